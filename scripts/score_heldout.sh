#!/usr/bin/env bash
# Score the extractor on a held-out set, printing aggregate figures only (per predicate and
# overall), never the per-document misses: the set stays unseen by whoever tunes rules.
# Usage: scripts/score_heldout.sh [DIR ...]   (default tests/fixtures/heldout; needs ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${RIVALGRAPH_SHARED:-../shared}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for DIR in "${@:-tests/fixtures/heldout}"; do
  echo "== $DIR"
  .venv/bin/rivalgraph extract "$DIR"/*.txt --json > "$OUT/set.jsonl"
  .venv/bin/python "$SHARED/eval/score.py" "$OUT/set.jsonl" "$DIR" | sed -n '/^RELATIONS/,$p'
done
