# kurilmap: `make map` renders the main map, `make test` runs the whole suite.
# Both create .venv and install kurilmap with its pinned dev tools on first use.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: map test lint typecheck data data-check bench docs screenshot lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -c constraints.txt --group dev -e .
	touch $(STAMP)

map: $(STAMP)
	$(BIN)/kurilmap map --output kurilmap.html

test: lint typecheck data-check
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy --strict kurilmap

data: $(STAMP)
	$(BIN)/python tools/build_data.py

data-check: $(STAMP)
	$(BIN)/python tools/build_data.py --check

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_load.py
	$(BIN)/python benchmarks/bench_geocoder.py
	$(BIN)/python benchmarks/bench_map.py
	$(BIN)/python benchmarks/bench_annotate.py
	$(BIN)/python benchmarks/bench_bundle.py

# Execute the notebooks and export them as offline HTML pages (docs/notebooks/).
docs: $(STAMP)
	$(BIN)/python tools/render_notebooks.py --out docs/notebooks

# The README's picture of the neutral map, taken by the browser test's Chromium.
screenshot: $(STAMP)
	KURILMAP_SCREENSHOT=docs/img/map.png KURILMAP_REQUIRE_BROWSER=1 \
		$(BIN)/python -m pytest tests/test_browser.py -k screenshot

# Re-pin every dependency from a fresh resolve (then review the diff).
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade "pip>=25.1"
	.venv-lock/bin/python -m pip install --quiet --group dev -e .
	.venv-lock/bin/python -m pip freeze --exclude-editable | sort -f > constraints.txt
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache kurilmap.html docs/notebooks
