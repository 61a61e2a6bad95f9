# newsroom: `make run` starts everything on this machine; `make test` runs every test.
SHELL := /bin/bash
include versions.mk

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)

.PHONY: help venv services services-down services-status test test-unit run bench bench-scale eval eval-news lint compose-check compose-test compose-down clean

help:
	@echo "make run       start Redis, Elasticsearch, watcher, worker and API (Ctrl-C stops all)"
	@echo "make test      install what is missing, start the services, run every test"
	@echo "make services  start Redis and Elasticsearch, return when healthy (services-down stops them)"
	@echo "make eval      claim and entity extraction scores on tests/eval"
	@echo "make bench     benchmarks, written to bench/results.json"
	@echo "make bench-scale  CPU-seconds per article by service, 1/2/4 workers x 1/3 ES nodes (bench/scale.json)"

# The virtualenv is rebuilt when pyproject.toml (where every version is pinned) changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[ingest,extract,search,dev]'
	@rm -f $(VENV)/.installed-*; touch $@

venv: $(STAMP)

services:
	@scripts/services.sh up

services-down:
	@scripts/services.sh down

services-status:
	@scripts/services.sh status

test: venv services
	$(BIN)/pytest $(PYTEST_ARGS)

test-unit: venv
	$(BIN)/pytest tests/unit $(PYTEST_ARGS)

run: venv services
	exec $(BIN)/newsroom run

# CPU-seconds per article of each service with 1, 2 and 4 worker processes on 1 and 3
# Elasticsearch nodes of its own (spare ports), for the README's sizing table: bench/scale.json.
bench-scale: venv
	$(BIN)/python -m bench.scale $(BENCH_SCALE_ARGS)

eval: venv
	$(BIN)/python -m tests.eval.run_eval $(EVAL_ARGS)

# Claim extraction on real news: PolNeAR dev in ../shared/polnear (or NEWSROOM_POLNEAR_DIR), gated
# on tests/eval/news_baseline.json. EVAL_NEWS_ARGS="--split train -v" for train and the misses.
eval-news: venv
	$(BIN)/python -m tests.eval.news $(EVAL_NEWS_ARGS)

bench: venv services
	$(BIN)/python -m bench.run

lint: venv
	$(BIN)/ruff check .

# Validates docker-compose.yml with a real compose implementation, offline.
compose-check:
	@command -v docker-compose >/dev/null || apt-get install -y -q docker-compose >/dev/null
	docker-compose -f docker-compose.yml config -q && echo "docker-compose.yml is valid"

# The Docker path for real: podman's Docker API + docker-compose build and run docker-compose.yml
# (with compose/podman.override.yml), the seed article must come out searchable through the API.
compose-test:
	@scripts/compose-test.sh

# Removes a stack left up by `COMPOSE_TEST_KEEP=1 make compose-test`.
compose-down:
	@scripts/compose-test.sh down

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
