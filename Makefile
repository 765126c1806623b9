# sakiplib: two commands on a fresh machine
#   make reports   set up the environment, ingest data/raw, build reports/
#   make test      set up the environment and run the tests
# `make help` lists every target.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAKIP  := $(BIN)/sakip

.DEFAULT_GOAL := help
.PHONY: help venv reports ingest test lint format lab template samples benchmark clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP) ## create or update the virtual environment (only when pyproject.toml changed)

reports: $(STAMP) ## ingest data/raw, then run the notebooks of every unit into reports/ (HTML dashboards + index)
	$(SAKIP) ingest
	$(SAKIP) run --resume

ingest: $(STAMP) ## only validate and ingest data/raw into data/processed
	$(SAKIP) ingest

test: $(STAMP) ## run the test suite (unit, doctests, real workbooks)
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check sakiplib tests benchmarks
	$(BIN)/ruff format --check sakiplib tests benchmarks

format: $(STAMP) ## apply ruff formatting
	$(BIN)/ruff format sakiplib tests benchmarks

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's kernel (ingest first: make ingest)
	$(BIN)/jupyter lab --notebook-dir=notebooks

template: $(STAMP) ## write the blank operator template to reports/template-sakip.xlsx
	$(SAKIP) template reports/template-sakip.xlsx

samples: $(STAMP) ## regenerate the sample workbooks in data/raw from the generator
	$(SAKIP) sample

benchmark: $(STAMP) ## run the benchmarks (results appended to benchmarks/RESULTS.md)
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_capaian.py
	$(BIN)/python benchmarks/bench_run.py
	$(BIN)/python benchmarks/bench_hostile.py

clean: ## remove generated outputs (not the environment)
	rm -rf data/processed/tables reports/*/ .pytest_cache
