# The two commands a new user runs (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint system-deps eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Set everything up, serve the bundled demo corpus on 127.0.0.1 and write its brief to demo-out/
demo: setup
	$(BIN)/dailybrief demo --out demo-out

## System packages the end-to-end tests need (a browser, CJK fonts, PDF tools), from Debian
system-deps:
	@scripts/system-deps.sh

## Set everything up and run the test suite (and the linter)
test: setup system-deps
	$(BIN)/ruff check dailybrief tests scripts bench
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check dailybrief tests scripts bench

## Score the demo corpus with the shared scorer (../shared must be present)
eval: setup
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python ../shared/eval/score.py dailybrief/demo/corpus

## Benchmark a seeded synthetic day of PAGES pages (comma-separated sizes) end to end
PAGES ?= 1000
DAY ?= synthetic
bench: setup
	$(BIN)/python bench/run.py --pages $(PAGES) --day $(DAY)

clean:
	rm -rf $(VENV) demo-out .pytest_cache .ruff_cache
