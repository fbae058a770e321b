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
	$(BIN)/python -m pytest -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy --strict kurilmap

data: $(STAMP)
	$(BIN)/python -m tools.build_data

data-check: $(STAMP)
	$(BIN)/python -m tools.build_data --check

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench_startup
	$(BIN)/python -m benchmarks.bench_load
	$(BIN)/python -m benchmarks.bench_geocoder
	$(BIN)/python -m benchmarks.bench_map
	$(BIN)/python -m benchmarks.bench_annotate
	$(BIN)/python -m benchmarks.bench_bundle

# The offline documentation site (docs/_build/html/): execute the notebooks and
# export them as offline HTML pages (docs/notebooks/), then build the API pages,
# the README and docs/*.md with Sphinx (docs/site/; warnings are errors).
docs: $(STAMP)
	$(BIN)/python tools/build_docs.py

# The README's pictures, taken by the browser tests' Chromium: the neutral map,
# and every page kind at a phone, a tablet and a desktop size (docs/img/screens/).
screenshot: $(STAMP)
	KURILMAP_SCREENSHOT=docs/img/map.png KURILMAP_REQUIRE_BROWSER=1 \
		$(BIN)/python -m pytest tests/test_browser.py -k screenshot
	KURILMAP_SCREENSHOTS=docs/img/screens KURILMAP_REQUIRE_BROWSER=1 \
		$(BIN)/python -m pytest tests/test_layout.py -k screenshot
	KURILMAP_SCREENSHOTS=docs/img/screens KURILMAP_REQUIRE_BROWSER=1 \
		$(BIN)/python -m pytest tests/test_story_page.py -k screenshot

# Re-pin every dependency from a fresh resolve (then review the diff).
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade "pip>=25.1"
	.venv-lock/bin/python -m pip install --quiet --group dev -e .
	.venv-lock/bin/python -m pip freeze --exclude-editable | sort -f > constraints.txt
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache kurilmap.html docs/notebooks docs/_build
