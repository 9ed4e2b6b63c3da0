# wirenews: `make demo` parses the founding article; `make test` runs every check;
# `make docs` builds the documentation site into docs/_build/html.
# Both create .venv with python3 on first use and keep it up to date with pyproject.toml.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := examples/xinhua-2021-01-26-china-belarus.txt

.PHONY: demo test lint typecheck unit docs bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"

$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable . --group dev
	touch $@ $(VENV)/.installed-runtime $(VENV)/.installed-docs

$(VENV)/.installed-docs: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable . --group docs
	touch $@ $(VENV)/.installed-runtime

demo: $(VENV)/.installed-runtime
	$(BIN)/python examples/parse.py $(EXAMPLE)

test: lint typecheck unit

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

unit: $(VENV)/.installed-dev
	$(BIN)/pytest

# Warnings are errors (-W), all of them reported (--keep-going); -n flags broken references.
docs: $(VENV)/.installed-docs
	$(BIN)/sphinx-build -W --keep-going -n -b html docs docs/_build/html

bench: $(VENV)/.installed-runtime
	$(BIN)/python benchmarks/datelines.py
	$(BIN)/python benchmarks/polnear.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/batch.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis build dist docs/_build
