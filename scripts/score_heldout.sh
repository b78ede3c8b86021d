#!/usr/bin/env bash
# Score the extractor on the held-out articles, printing aggregate figures only (per predicate
# and overall), never the per-document misses: the set stays unseen by whoever tunes rules.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
.venv/bin/rivalgraph extract tests/fixtures/heldout/*.txt --json > "$OUT/heldout.jsonl"
if [ -f ../shared/eval/score.py ]; then
  .venv/bin/python ../shared/eval/score.py "$OUT/heldout.jsonl" tests/fixtures/heldout | sed -n '/^RELATIONS/,$p'
fi
rm -rf "$OUT"
