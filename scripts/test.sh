#!/usr/bin/env bash
# make test: system packages (when root), a throwaway PostgreSQL, then ruff, mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

# --- system packages: PostgreSQL server and Chromium from Debian (root only) -----------
need=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "note: not root, so ${need[*]} cannot be installed; their tests will be skipped"
  fi
fi

# --- a throwaway PostgreSQL cluster on a free port ---------------------------------------
PGROOT=""
stop_pg() {
  if [ -n "$PGROOT" ] && [ -d "$PGROOT/data" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGROOT"
  fi
}
trap stop_pg EXIT
if [ -z "${RIVALGRAPH_TEST_PG_URL:-}" ] && [ "$(id -u)" = 0 ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGROOT=$(mktemp -d); chown postgres:postgres "$PGROOT"
  PGPORT=$($BIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
      -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  runuser -u postgres -- psql -h "$PGROOT" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE ROLE rivalgraph LOGIN PASSWORD 'rivalgraph' CREATEDB" \
      -c "CREATE DATABASE rivalgraph OWNER rivalgraph"
  export RIVALGRAPH_TEST_PG_URL="postgresql+psycopg://rivalgraph:rivalgraph@127.0.0.1:$PGPORT/rivalgraph"
  echo "PostgreSQL test server on 127.0.0.1:$PGPORT"
fi

echo "== ruff"
$BIN/ruff check src tests bench
$BIN/ruff format --check src tests bench
echo "== mypy"
$BIN/mypy
echo "== pytest"
set +e
$BIN/pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of the suite, not a pass.
exit $rc
