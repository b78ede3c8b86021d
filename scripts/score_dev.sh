#!/usr/bin/env bash
# Extract the seed article and the dev corpus, then score both with the shared scorer.
# Usage: scripts/score_dev.sh [OUTDIR]   (needs ../shared next to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${RIVALGRAPH_SHARED:-../shared}
OUT=${1:-/tmp/rivalgraph-score}
mkdir -p "$OUT"
PY=.venv/bin/python
# The seed is a bare .txt without a dateline: its publication date comes from the source page.
.venv/bin/rivalgraph extract "$SHARED/seed/000_473380d4fb89c8cd.txt" --published 2023-07-04 > "$OUT/seed.jsonl"
.venv/bin/rivalgraph extract "$SHARED"/corpus/dev/*.txt "$SHARED"/corpus/dev/*.html > "$OUT/dev.jsonl"
echo "== seed"
$PY "$SHARED/eval/score.py" "$OUT/seed.jsonl" "$SHARED/seed" ${PER_DOC:+--per-doc} | tail -n "${SEED_LINES:-3}"
echo "== dev"
$PY "$SHARED/eval/score.py" "$OUT/dev.jsonl" "$SHARED/corpus/dev" --per-doc > "$OUT/dev.txt"
cat "$OUT/dev.txt" | sed -n '1,25p'
tail -n 1 "$OUT/dev.txt"
