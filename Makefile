# Two targets a newcomer needs: `make demo` (set up, check the shipped example)
# and `make test` (set up, run the tests). Everything lives in .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup bench browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,web,browser,hook]"
	touch $(STAMP)

setup: $(STAMP)

# Exit status 1 means "findings": that is the point of the demo, not a failure.
demo: $(STAMP)
	$(BIN)/factcheck check examples/pakistan-iran-trade.md; test $$? -le 1

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/peer_scores.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
