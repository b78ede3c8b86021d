# rivalgraph: `make demo` runs the main job, `make test` installs everything and runs all checks.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
UV      := $(BIN)/uv
STAMP   := $(VENV)/.installed-$(shell cat requirements.lock | cksum | cut -d' ' -f1)
DEVSTAMP:= $(VENV)/.installed-dev-$(shell cat requirements-dev.lock | cksum | cut -d' ' -f1)
DEMO_DB ?= $(CURDIR)/.demo/rivalgraph.db

.PHONY: demo test lint typecheck pytest bench lock clean venv dev-venv

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==0.13.9

# --compile-bytecode: with PYTHONDONTWRITEBYTECODE set (as on this project's machines) every process
# would otherwise recompile spaCy, Ray and pandas from source: 2-5 s per CLI call and Ray worker.
# The demo installs additively (never removes the dev tools `make test` put in the same venv).
$(STAMP): $(BIN)/python requirements.lock
	$(UV) pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

$(DEVSTAMP): $(BIN)/python requirements-dev.lock
	$(UV) pip sync --quiet --compile-bytecode --python $(BIN)/python requirements-dev.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

venv: $(STAMP)
dev-venv: $(DEVSTAMP)

## The main job on the bundled samples, into a fresh embedded store.
demo: $(STAMP)
	@bash scripts/demo.sh "$(DEMO_DB)"

## Everything from scratch: packages, services (PostgreSQL, Chromium), lint, types, tests.
test: $(DEVSTAMP)
	@bash scripts/test.sh

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(DEVSTAMP)
	$(BIN)/mypy

bench: $(DEVSTAMP)
	@for b in bench/*_bench.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

## Re-resolve the pinned dependency locks from pyproject.toml.
lock: $(BIN)/python
	$(UV) pip compile --quiet pyproject.toml --python-version 3.11 -o requirements.lock
	$(UV) pip compile --quiet pyproject.toml --python-version 3.11 --extra dev --extra ray -o requirements-dev.lock

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
