"""Build-time scripts: rebuild data/ and render the notebooks (run as modules)."""
