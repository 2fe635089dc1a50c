# wirecoder — two commands on a fresh machine: `make demo` and `make test`.
# `make check` is the fast gate (lint, format, types, the tests not marked slow); `make bench` times things.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test check lint typecheck docs lock eval calibration bench clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The seed article is coded in place from ../shared/examples when that directory is beside the checkout.
demo: setup
	$(BIN)/wirecoder demo --db wirecoder.db $(wildcard ../shared/examples/seed-article.txt)

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

check: lint typecheck
	$(BIN)/python -m pytest -q -m "not slow"

# Regenerate docs/cli.md from the command line's own definitions (tests/test_docs.py fails when it is stale).
docs: setup
	$(BIN)/python scripts/gen_cli_docs.py

# Each benchmark with short settings: a ratio against a baseline measured in the same run.
bench: setup
	$(BIN)/python benchmarks/coding_speed.py --limit 20
	$(BIN)/python benchmarks/pipeline_speed.py --limit 20
	$(BIN)/python benchmarks/geocode_speed.py --queries 2000
	$(BIN)/python benchmarks/api_latency.py --events 20000 --requests 20
	$(BIN)/python benchmarks/prefilter_eval.py --limit 50
	$(BIN)/python benchmarks/throughput.py --workers 1
	$(BIN)/python benchmarks/language_detect.py

eval: setup
	$(BIN)/wirecoder eval

# Refit the confidence calibration map on the development sets (run it after changing the coder).
calibration: setup
	$(BIN)/python scripts/build_calibration.py

# Regenerate the hashed lock after editing pyproject.toml (needs network access to PyPI).
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml --all-extras --generate-hashes \
		--python-version 3.11 --python-platform x86_64-unknown-linux-gnu -o requirements.lock
	$(PYTHON) scripts/pin_model_hash.py requirements.lock

clean:
	rm -rf $(VENV) wirecoder.db .pytest_cache
