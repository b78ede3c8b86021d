#!/usr/bin/env bash
# Candidates for the learned relation classifier's second CV ("arena"): the rules as they stood at
# commit 384a7e6, before the five older held-out sets (heldout, heldout_final, heldout3-5) were opened
# to rule authors, run on those sets and on the sets they had read. On unread text the rules miss
# far more, as they do on new articles; the arena measures what the classifier adds there.
# Usage: scripts/relations_arena.sh [OUT.json]   then: scripts/train_relations.py --arena OUT.json
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
COMMIT=${ARENA_COMMIT:-384a7e6}
OUT=$(realpath -m "${1:-/tmp/rivalgraph-arena.json}")
TREE=$(mktemp -d)/arena
trap 'git -C "$REPO" worktree remove --force "$TREE" >/dev/null 2>&1 || true' EXIT
git worktree add --detach "$TREE" "$COMMIT" >/dev/null
# today's candidate finder and component hook on the old rules; the old DocState lacks two cached
# token lists, which the copy computes itself
cp src/rivalgraph/extract/relations/learned.py "$TREE/src/rivalgraph/extract/relations/"
cp src/rivalgraph/extract/components.py "$TREE/src/rivalgraph/extract/"
mkdir -p "$TREE/scripts" && cp scripts/train_relations.py "$TREE/scripts/"
sed -i 's/self.lemma = state.lemma_low/self.lemma = [t.lemma_.lower() for t in state.toks]/; s/self.pos = state.pos$/self.pos = [t.pos_ for t in state.toks]/' \
  "$TREE/src/rivalgraph/extract/relations/learned.py"
# the fixture sets of this checkout (the old one lacks the newer ones)
export RIVALGRAPH_FIXTURES="$REPO/tests/fixtures"
export RIVALGRAPH_SHARED=${RIVALGRAPH_SHARED:-$(realpath -m "$REPO/../shared")}
PYTHONPATH="$TREE/src" RIVALGRAPH_DATA="$TREE/data" "$REPO/.venv/bin/python" "$TREE/scripts/train_relations.py" --dump "$OUT"
