# wirenews: `make demo` parses the founding article; `make test` runs every check;
# `make docs` builds the documentation site into docs/_build/html.
# Both create .venv with python3 on first use and keep it up to date with pyproject.toml.
# `make test` also builds the compiled build (mypyc, a C compiler) into .venv-compiled and runs
# the tests against it; `make bench` times both builds.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
COMPILED ?= .venv-compiled
COMPILED_BIN := $(COMPILED)/bin
SOURCES := $(wildcard src/wirenews/*.py src/wirenews/data/*.py)
EXAMPLE := examples/xinhua-2021-01-26-china-belarus.txt

.PHONY: demo test lint typecheck unit unit-compiled docs bench clean

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

# The compiled build, installed as a wheel (not editable) with the test tools. It is built
# from a copy of the sources in build/compiled: mypyc leaves its extension modules beside the
# sources it compiles, where they would shadow the editable install's Python modules.
$(COMPILED)/.installed: pyproject.toml README.md LICENSE $(SOURCES)
	rm -rf build/compiled
	mkdir -p build/compiled
	cp -R pyproject.toml README.md LICENSE src build/compiled/
	find build/compiled -name '*.so' -delete
	$(PYTHON) -m venv $(COMPILED)
	$(COMPILED_BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(COMPILED_BIN)/python -m pip install --quiet --group test
	HATCH_BUILD_HOOK_ENABLE_MYPYC=true $(COMPILED_BIN)/python -m pip install --quiet \
		--force-reinstall ./build/compiled
	touch $@

demo: $(VENV)/.installed-runtime
	$(BIN)/python examples/parse.py $(EXAMPLE)

test: lint typecheck unit unit-compiled

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

unit: $(VENV)/.installed-dev
	$(BIN)/pytest

# The same tests (not the sources' doctests, which import the sources) on the compiled build.
unit-compiled: $(COMPILED)/.installed
	$(COMPILED_BIN)/python benchmarks/build.py --require-compiled
	$(COMPILED_BIN)/python -m pytest -q tests README.md docs

# Warnings are errors (-W), all of them reported (--keep-going); -n flags broken references.
docs: $(VENV)/.installed-docs
	$(BIN)/sphinx-build -W --keep-going -n -b html docs docs/_build/html

bench: $(VENV)/.installed-runtime $(COMPILED)/.installed
	$(BIN)/python benchmarks/datelines.py
	$(BIN)/python benchmarks/polnear.py
	$(COMPILED_BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/throughput.py
	$(COMPILED_BIN)/python benchmarks/batch.py

clean:
	rm -rf $(VENV) $(COMPILED) .mypy_cache .pytest_cache .ruff_cache .hypothesis build dist docs/_build
