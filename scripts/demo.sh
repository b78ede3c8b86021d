#!/usr/bin/env bash
# make demo: ingest the bundled sample documents into a fresh store and show what came out.
# Usage: scripts/demo.sh DB_PATH   (the Makefile passes .demo/rivalgraph.db)
set -euo pipefail
cd "$(dirname "$0")/.."
DB_PATH="${1:-$PWD/.demo/rivalgraph.db}"
BIN=.venv/bin
# Tables read better wider than the 80 columns rich assumes when stdout is not a terminal.
export COLUMNS="${COLUMNS:-160}"
mkdir -p "$(dirname "$DB_PATH")"
rm -f "$DB_PATH" "$DB_PATH-wal" "$DB_PATH-shm"
DB="sqlite:///$DB_PATH"

echo "== Ingesting the bundled samples (data/samples) into $DB_PATH"
$BIN/rivalgraph ingest data/samples --db "$DB"

echo
echo "== Re-ingesting the same files changes nothing"
$BIN/rivalgraph ingest data/samples --db "$DB" --json \
  | $BIN/python -c 'import json,sys; r=json.load(sys.stdin); print(r["stored"], "stored,", r["skipped"], "already stored,", r["failed"], "failed")'

echo
$BIN/rivalgraph documents --db "$DB"

echo
echo "== Screening every stored organization and person against the bundled US lists (data/lists)"
$BIN/rivalgraph screen --all --summary --db "$DB"

echo
echo "== WAIC 2023: who sponsored, attended or stayed away (by role and by country)"
$BIN/rivalgraph event WAIC --year 2023 --db "$DB"

echo
echo "== WAIC sponsors by country, edition by edition ('no data' = no document covers that edition)"
$BIN/rivalgraph trend WAIC --predicate sponsors --by country --db "$DB"
