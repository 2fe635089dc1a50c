# wirecoder — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lock eval bench clean

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

eval: setup
	$(BIN)/wirecoder eval

# Regenerate the hashed lock after editing pyproject.toml (needs network access to PyPI).
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml --all-extras --generate-hashes \
		--python-version 3.11 --python-platform x86_64-unknown-linux-gnu -o requirements.lock
	$(PYTHON) scripts/pin_model_hash.py requirements.lock

clean:
	rm -rf $(VENV) wirecoder.db .pytest_cache
