# OnGuard: two commands on a fresh machine, `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.setup-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist): one per core by default; 0 runs the suite in this process.
PYTEST_WORKERS ?= auto

.PHONY: setup prepare run test lint typecheck unit coverage slow bench models eval clean

setup: $(STAMP)

# Re-install only when the project's dependencies change; quick otherwise.
$(STAMP): pyproject.toml setup.py src/onguard/detect/learned/_fastscore.c scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	bash scripts/system-deps.sh
	@touch $(STAMP)

# Compile and cache the rules' screens (minutes, once after an install or a rules change;
# about a second when cached), so the first scan or page does not wait for them.
prepare: setup
	$(BIN)/onguard prepare

run: prepare
	$(BIN)/onguard serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: setup
	$(BIN)/mypy

unit: prepare
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m "not slow"

# The same suite in one process with a coverage report. (Not part of `make test`: under
# pytest-xdist, coverage doubled the suite's CPU time and took back all of the gain.)
coverage: prepare
	$(BIN)/pytest --cov=onguard --cov-report=term:skip-covered -m "not slow"

test: lint typecheck unit

slow: prepare
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m slow

bench: prepare
	$(BIN)/python bench/scan_throughput.py

models: setup
	$(BIN)/onguard train
	$(BIN)/onguard train-annotated

eval: setup
	$(BIN)/onguard eval

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage
