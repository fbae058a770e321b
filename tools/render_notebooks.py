"""Execute the notebooks and export each one as a standalone, offline HTML page.

Every ``notebooks/*.ipynb`` is executed with nbclient (kernel ``python3``,
working directory ``notebooks/``, 120 s per cell) and exported with nbconvert's
``HTMLExporter`` (the ``lab`` template) to ``DIR/<name>.html``. Matplotlib uses
the inline backend, as in Jupyter: headless, and figures become PNG outputs
(with ``MPLBACKEND=Agg`` the charts and static maps would be missing).

- **Offline**: the template's require.js, MathJax, Mermaid and widget loaders
  (all from CDNs) are left out; the notebooks use none of them. kurilmap's
  maps show in a notebook as an iframe around the page of
  :func:`kurilmap.maps.render_html` (assets inlined, ids numbered). A page
  that would still load a script, stylesheet or image from elsewhere is
  refused.
- **Reproducible**: the ids nbconvert draws with ``uuid4()`` are numbered
  instead, so the same notebook outputs give the same bytes.
- **Atomic**: each page is written to a temporary file in ``DIR``, then renamed.
- **Alt text**: an image keeps the alt text the notebook gave its output
  (``display(fig, metadata={"image/png": {"alt": ...}})``) or its cell.

Usage (from the repository root; ``python tools/render_notebooks.py`` works too)::

    python -m tools.render_notebooks              # write docs/notebooks/
    python -m tools.render_notebooks --out DIR    # write elsewhere

A notebook that fails prints one line naming it and the cell to stderr and
exits with status 2. ``tests/test_notebooks.py`` imports :func:`execute`,
:func:`exporter` and :func:`to_html` so that the test suite checks the same
export without executing the notebooks a second time.
"""

from __future__ import annotations

import argparse
import html
import itertools
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
import nbclient
import nbformat
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from nbconvert import HTMLExporter

from kurilmap.datasets import atomic_write

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR = ROOT / "notebooks"
DEFAULT_OUT = ROOT / "docs" / "notebooks"
TIMEOUT = 120
KERNEL = "python3"
# No display needed, and figures are shown, as in Jupyter; set explicitly so an
# inherited MPLBACKEND=Agg (CI) cannot drop the figures.
MPL_BACKEND = "module://matplotlib_inline.backend_inline"

# The lab template with every block that loads from a CDN emptied, and each
# image given its alt text: the lab template drops it (nbconvert then warns
# "Alternative text is missing" and writes a placeholder); the classic one
# reads it from the output's metadata, then the cell's, as here.
OFFLINE_TEMPLATE = """\
{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- macro with_alt(image, output, cell, mimetype) -%}
{%- set alt = output | get_metadata('alt', mimetype) -%}
{%- set alt = alt or (cell | get_metadata('alt')) -%}
{%- if alt -%}
{{ image | replace('<img ', '<img alt="' ~ (alt | escape_html) ~ '" ', 1) }}
{%- else -%}
{{ image }}
{%- endif -%}
{%- endmacro -%}
{%- block data_png scoped -%}
{{ with_alt(super(), output, cell, 'image/png') }}
{%- endblock data_png -%}
{%- block data_jpg scoped -%}
{{ with_alt(super(), output, cell, 'image/jpeg') }}
{%- endblock data_jpg -%}
"""

# Anything a browser would fetch from another host: src= on any element,
# <link href=>, CSS url() and @import, and JavaScript import().
_LOADS = re.compile(
    r"""<[a-z][^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|url\(\s*["']?\s*(?:https?:)?//"""
    r"""|@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//"""
    r"""|\bimport\(\s*["'`]\s*(?:https?:)?//""",
    re.IGNORECASE,
)


class NotebookError(Exception):
    """A notebook failed to execute or to export; the message is one line."""


class OfflineHTMLExporter(HTMLExporter):  # type: ignore[misc]
    """nbconvert's HTML export, with no CDN and with numbered ids."""

    def __init__(self, **kwargs: Any) -> None:
        loader = jinja2.DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})
        super().__init__(extra_loaders=[loader], **kwargs)
        self.template_file = "offline.html.j2"

    def from_notebook_node(
        self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        """Export a notebook; the ids of its outputs count from 1."""
        counter = itertools.count(1)
        self.environment.globals["uuid4"] = lambda: f"output-{next(counter):04d}"
        return super().from_notebook_node(nb, resources, **kw)  # type: ignore[no-any-return]


def exporter() -> OfflineHTMLExporter:
    """Build the HTML exporter of the docs (once, then reuse it)."""
    return OfflineHTMLExporter()


def execute(nb: Any, name: str, *, cwd: Path = NOTEBOOKS_DIR) -> None:
    """Execute a notebook in place, as the docs and the tests do.

    Raises
    ------
    NotebookError
        A cell raised, timed out or killed the kernel; the message names the
        notebook and the cell (its 0-based index in the notebook, as nbformat
        counts, and its first line).
    """
    current: dict[str, Any] = {}

    def on_cell_execute(cell: Any, cell_index: int) -> None:
        current.update(cell=cell, index=cell_index)

    client = nbclient.NotebookClient(
        nb,
        timeout=TIMEOUT,
        kernel_name=KERNEL,
        allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
        on_cell_execute=on_cell_execute,
    )
    env = {**os.environ, "MPLBACKEND": MPL_BACKEND}
    try:
        client.execute(env=env)
    except Exception as error:
        raise NotebookError(_describe(name, current, error)) from error


def _describe(name: str, current: dict[str, Any], error: Exception) -> str:
    errors = [
        out
        for out in (current["cell"].get("outputs", []) if current else [])
        if out.get("output_type") == "error"
    ]
    if errors:  # what the cell showed (the reply may lack it: display errors)
        what = f"{errors[-1].get('ename')}: {errors[-1].get('evalue')}"
    elif isinstance(error, CellExecutionError):
        what = f"{error.ename}: {error.evalue}"
    elif isinstance(error, CellTimeoutError):
        what = f"timed out after {TIMEOUT} s"
    else:
        what = f"{type(error).__name__}: {error}"
    where = "before the first cell"
    if current:
        lines = current["cell"].source.strip().splitlines() or [""]
        where = f"cell {current['index']} ({lines[0][:60]!r})"
    text = " ".join(f"{name}: {where}: {what}".split())
    return text if len(text) <= 300 else text[:297] + "..."


def to_html(nb: Any, name: str, html_exporter: OfflineHTMLExporter) -> str:
    """Export an executed notebook to HTML text (its title is ``name``).

    Raises
    ------
    NotebookError
        The page would still load something from another host.
    """
    body, _ = html_exporter.from_notebook_node(
        nb, resources={"metadata": {"name": name}}
    )
    found = external_loads(body)
    if found:
        msg = f"{name}: the page would load from elsewhere: {found[0]!r}"
        raise NotebookError(msg)
    return str(body)


def external_loads(page: str) -> list[str]:
    """Find the places where a page would fetch from another host.

    Checked both as written and unescaped, so that pages embedded in an
    ``<iframe srcdoc="...">`` (folium's maps) are checked too.
    """
    found = []
    for text in (page, html.unescape(page)):
        found += [text[m.start() : m.start() + 80] for m in _LOADS.finditer(text)]
    return found


def render(path: Path, out: Path, html_exporter: OfflineHTMLExporter) -> Path:
    """Execute one notebook and write ``out/<stem>.html``."""
    nb = nbformat.read(path, as_version=4)
    execute(nb, path.name, cwd=path.parent)
    page = to_html(nb, path.stem, html_exporter)
    target = out / f"{path.stem}.html"
    atomic_write(target, lambda tmp: tmp.write_bytes(page.encode("utf-8")))
    return target


def main(
    argv: Sequence[str] | None = None, *, notebooks_dir: Path = NOTEBOOKS_DIR
) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="output folder (default: docs/notebooks/)",
    )
    args = parser.parse_args(argv)
    notebooks = sorted(notebooks_dir.glob("*.ipynb"))
    if not notebooks:
        print(f"render_notebooks: no notebooks in {notebooks_dir}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    html_exporter = exporter()
    for path in notebooks:
        try:
            target = render(path, args.out, html_exporter)
        except NotebookError as error:
            print(f"render_notebooks: {error}", file=sys.stderr)
            return 2
        size = target.stat().st_size / 1e6
        print(f"{os.path.relpath(target)} ({size:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
