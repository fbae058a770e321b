"""Build the offline documentation site: the notebooks, then Sphinx.

1. Every notebook is executed and exported to an offline HTML page by
   ``tools/render_notebooks.py`` (into ``--notebooks DIR``, by default
   ``docs/notebooks/``, as before); ``--no-execute`` reuses the pages already
   there instead.
2. Sphinx builds ``docs/site/`` (pydata-sphinx-theme, numpydoc, MyST) with
   warnings as errors, from a fresh environment, and copies the rendered
   notebooks into the site's ``notebooks/``.

- **Offline**: no page loads a script, stylesheet, font or image from another
  host (``tests/test_docs_site.py`` checks every file); links to other sites
  are plain links.
- **Reproducible**: the same sources give the same files (no dates, numbered
  ids, doctrees kept out of the site).
- **Whole**: the site is built in a temporary folder beside ``--out`` and
  moved into place only when the build succeeded. An existing ``--out`` is
  replaced only if it is empty or an earlier build (it has a ``.buildinfo``);
  any other folder is refused.

Usage::

    python tools/build_docs.py                  # write docs/_build/html/
    python tools/build_docs.py --out DIR        # write elsewhere
    python tools/build_docs.py --no-execute     # reuse docs/notebooks/*.html

Exits with status 2 (and one line on stderr) when a notebook or the Sphinx
build fails; Sphinx prints its warnings and errors above that line.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "docs" / "site"
NOTEBOOKS_DIR = ROOT / "notebooks"
DEFAULT_OUT = ROOT / "docs" / "_build" / "html"
DEFAULT_NOTEBOOKS_OUT = ROOT / "docs" / "notebooks"
SPHINX_OPTIONS = ["-W", "--keep-going", "-b", "html", "-q", "-E"]


def _render_notebooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_notebooks", Path(__file__).resolve().parent / "render_notebooks.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sphinx_build(out: Path, notebooks: Path) -> int:
    """Run Sphinx on ``docs/site/`` into ``out``; return its exit status."""
    from sphinx.cmd.build import build_main

    with tempfile.TemporaryDirectory(prefix="kurilmap-doctrees-") as doctrees:
        argv = [
            *SPHINX_OPTIONS,
            "-d",
            doctrees,
            "-D",
            f"kurilmap_notebooks={notebooks}",
            str(SITE),
            str(out),
        ]
        return build_main(argv)


def _replaceable(out: Path) -> bool:
    return not out.exists() or (
        out.is_dir() and (not any(out.iterdir()) or (out / ".buildinfo").is_file())
    )


def build(out: Path, notebooks: Path, *, execute: bool = True) -> str | None:
    """Build the site into ``out``; return None, or what went wrong (one line)."""
    out = out.resolve()
    if not _replaceable(out):
        return f"{out} exists and is not an earlier build of the site; not replaced"
    if execute:
        status = _render_notebooks().main(
            ["--out", str(notebooks)], notebooks_dir=NOTEBOOKS_DIR
        )
        if status != 0:
            return "the notebooks could not be rendered"
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        if sphinx_build(staging, notebooks) != 0:
            return "the Sphinx build failed (warnings are errors)"
        staging.chmod(0o755)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="output folder of the site (default: docs/_build/html/)",
    )
    parser.add_argument(
        "--notebooks",
        type=Path,
        default=DEFAULT_NOTEBOOKS_OUT,
        help="folder of the rendered notebook pages (default: docs/notebooks/)",
    )
    parser.add_argument(
        "--no-execute",
        dest="execute",
        action="store_false",
        help="reuse the notebook pages already in --notebooks",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    error = build(args.out, args.notebooks.resolve(), execute=args.execute)
    if error is not None:
        print(f"build_docs: {error}", file=sys.stderr)
        return 2
    took = time.perf_counter() - start
    print(f"build_docs: {args.out} ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
