# Everything the project needs is installed from here (PyPI only), into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared/eval
OUT    ?= out

.PHONY: install browser demo test notebooks eval eval-all eval-external eval-heldout bench lint format clean

# The annotated news sets in eval/: devN folders whose errors a session has read, and fresh
# ones scored for totals only until a session reads them.
EVAL_READ   := 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28
EVAL_UNREAD := 29 30
# make eval-all builds its sets side by side, one job per core, each set's output kept together.
EVAL_JOBS   ?= $(shell nproc 2>/dev/null || echo 2)

# Check an annotated folder, build a fresh store from its articles (not its README) and score
# it: $(call score_set,FOLDER,NAME)
define score_set
$(BIN)/python eval/check_gold.py $(1)
	rm -rf $(OUT)/$(2)-store
	$(BIN)/kg build $(wildcard $(1)/*.json) --store $(OUT)/$(2)-store --quiet > $(OUT)/$(2)-build.txt || true
	$(BIN)/kg export --store $(OUT)/$(2)-store --format facts -o $(OUT)/$(2)-facts.jsonl
	$(BIN)/python $(SHARED)/score.py $(1) $(OUT)/$(2)-facts.jsonl
endef

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium and ChromeDriver, for the query page's browser tests.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "installing Debian's chromium and chromium-driver for the browser tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# Build the graph from the bundled sample, ask three questions, write Turtle.
demo: install
	rm -rf $(OUT)/demo-store
	$(BIN)/kg build samples/articles.jsonl --store $(OUT)/demo-store
	@echo; echo "== Who said what about whom (queries/who-said-what.rq) =="
	$(BIN)/kg query --store $(OUT)/demo-store -f queries/who-said-what.rq
	@echo; echo "== Every denial (queries/denials.rq) =="
	$(BIN)/kg query --store $(OUT)/demo-store -f queries/denials.rq
	@echo; echo "== Everything known about Ukraine (queries/entity-profile.rq) =="
	$(BIN)/kg query --store $(OUT)/demo-store -f queries/entity-profile.rq
	$(BIN)/kg export --store $(OUT)/demo-store --format turtle -o $(OUT)/demo-graph.ttl
	@echo; echo "The graph is in $(OUT)/demo-store; its Turtle export is $(OUT)/demo-graph.ttl"

test: install browser
	$(BIN)/python -m pytest

# Run every notebook top to bottom on a fresh kernel of the venv.
notebooks: install
	$(BIN)/python -m pytest tests/test_notebooks.py

# Extraction quality on the shared dev articles: per article, per predicate, per type.
eval: install
	mkdir -p $(OUT)
	$(MAKE) --no-print-directory eval-shared

# The same on every hand-annotated set (../shared/eval/dev, eval/dev2-23), then one line for
# everything read.
eval-all: install
	mkdir -p $(OUT)
	$(MAKE) --no-print-directory -j$(EVAL_JOBS) --output-sync=target eval-shared \
	  $(EVAL_READ:%=eval-dev%) $(EVAL_UNREAD:%=eval-fresh%)
	@echo; echo "== every read set summed (../shared/eval/dev and eval/dev$(firstword $(EVAL_READ))-$(lastword $(EVAL_READ)))"
	$(BIN)/python -m kg.evaluate --summed $(SHARED)/dev $(OUT)/eval-facts.jsonl \
	  $(foreach n,$(EVAL_READ),eval/dev$(n) $(OUT)/eval$(n)-facts.jsonl) --scorer $(SHARED)/score.py

# One set each (make eval-all runs them in parallel): no .PHONY, which would hide pattern rules.
eval-shared:
	@echo; echo "== ../shared/eval/dev"
	rm -rf $(OUT)/eval-store
	$(BIN)/kg build $(SHARED)/dev --store $(OUT)/eval-store --quiet > $(OUT)/eval-build.txt || true
	$(BIN)/kg export --store $(OUT)/eval-store --format facts -o $(OUT)/eval-facts.jsonl
	$(BIN)/python $(SHARED)/score.py $(SHARED)/dev $(OUT)/eval-facts.jsonl --per-doc
	@echo
	$(BIN)/python -m kg.evaluate $(SHARED)/dev $(OUT)/eval-facts.jsonl --scorer $(SHARED)/score.py

eval-dev%:
	@echo; echo "== eval/dev$*"
	$(call score_set,eval/dev$*,eval$*)
	$(BIN)/python -m kg.evaluate eval/dev$* $(OUT)/eval$*-facts.jsonl --scorer $(SHARED)/score.py

eval-fresh%:
	@echo; echo "== eval/dev$* (totals only until a session reads it)"
	$(call score_set,eval/dev$*,eval$*)

# The same on Re-DocRED (Wikipedia text nobody here annotated): does it generalise?
eval-external: install
	mkdir -p $(OUT); rm -rf $(OUT)/external-store
	$(BIN)/kg build $(SHARED)/external/redocred-dev.articles.jsonl --store $(OUT)/external-store --quiet > $(OUT)/external-build.txt || true
	$(BIN)/kg export --store $(OUT)/external-store --format facts -o $(OUT)/external-facts.jsonl
	$(BIN)/python $(SHARED)/score.py $(SHARED)/external/redocred-dev.gold.jsonl $(OUT)/external-facts.jsonl
	@echo
	$(BIN)/python -m kg.evaluate $(SHARED)/external/redocred-dev.gold.jsonl $(OUT)/external-facts.jsonl --scorer $(SHARED)/score.py

# The sealed held-out news set (eval/heldout/README.md): the figures that count.
# Only the totals are printed; its errors are never read while writing rules.
eval-heldout: install
	mkdir -p $(OUT)
	$(MAKE) --no-print-directory -j$(EVAL_JOBS) --output-sync=target sealed-heldout sealed-heldout2

sealed-%:
	@echo; echo "== sealed set eval/$*"
	$(call score_set,eval/$*,$*)

# Benchmarks (speed goals live here, never in unit tests).
bench: install
	$(BIN)/python bench/bench_build.py

lint: install
	$(BIN)/ruff check kg tests bench eval
	$(BIN)/ruff format --check kg tests bench eval

format: install
	$(BIN)/ruff format kg tests bench eval
	$(BIN)/ruff check --fix kg tests bench eval

clean:
	rm -rf $(OUT) .pytest_cache
