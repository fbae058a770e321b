"""The notebooks: none stores outputs; each one executes without error and
exports to an offline HTML page, as ``tools/render_notebooks.py`` does for the
docs (``make docs``). Each notebook is executed once, by the tool's own code.
"""

from __future__ import annotations

import copy
import html
import importlib.util
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("nbconvert")
pytest.importorskip("ipykernel")

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
IDS = [path.stem for path in NOTEBOOKS]

_spec = importlib.util.spec_from_file_location(
    "render_notebooks", REPO / "tools" / "render_notebooks.py"
)
assert _spec is not None
assert _spec.loader is not None
render = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render)

# Checked independently of the tool's own guard: a script, stylesheet or any
# src= that a browser would fetch from another host.
EXTERNAL = re.compile(
    r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|\bsrc\s*=\s*["']?\s*(?:https?:)?//""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def exporter():
    return render.exporter()


@pytest.fixture(scope="module")
def executed():
    """Execute each notebook once, as make docs does it; the tests share it.

    Returns the executed notebook (a copy) and the ``sys.prefix`` its kernel
    printed from a cell appended for the check and removed again.
    """
    done = {}

    def run(path: Path):
        if path not in done:
            nb = nbformat.read(path, as_version=4)
            nb.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.prefix)"))
            render.execute(nb, path.name, cwd=NOTEBOOKS_DIR)
            check = nb.cells.pop()
            printed = "".join(out.get("text", "") for out in check.outputs).strip()
            done[path] = (nb, printed)
        nb, printed = done[path]
        return copy.deepcopy(nb), printed

    return run


def first_heading(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    pytest.fail("the notebook has no markdown heading")


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, f"no notebooks in {NOTEBOOKS_DIR}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_has_no_stored_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [], f"{path.name}: cell {index} has stored outputs"
        assert cell.execution_count is None, (
            f"{path.name}: cell {index} has an execution count"
        )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_executes_and_exports_offline(path: Path, exporter, executed) -> None:
    # Executed as make docs does it (cwd notebooks/, inline figures, 120 s).
    nb, printed = executed(path)
    # The kernel runs in this environment (the venv), not another Python.
    assert printed == sys.prefix
    # A reader sees no warning (missing glyphs, progress-bar widgets, ...).
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("name") == "stderr":
                assert "Warning" not in out["text"], f"cell {index}: {out['text']}"
    # Every figure drawn is shown (pyplot's interactive mode left on).
    code = [cell.source for cell in nb.cells if cell.cell_type == "code"]
    drawn = sum(s.count("kurilmap.plot(") + s.count("kurilmap.handout(") for s in code)
    shown = sum(
        "image/png" in out.get("data", {})
        for cell in nb.cells
        for out in cell.get("outputs", [])
    )
    assert shown >= drawn
    # Exported as make docs exports it: the title and no request elsewhere,
    # also inside the maps' <iframe srcdoc="...">.
    page = render.to_html(nb, path.stem, exporter)
    heading = html.escape(first_heading(nb), quote=False)
    assert re.search(rf"<h1[^>]*>{re.escape(heading)}<", page), heading
    assert f"<title>{path.stem}</title>" in page
    for text in (page, html.unescape(page)):
        found = EXTERNAL.search(text)
        assert found is None, text[found.start() : found.start() + 100]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_image_has_alt_text(path: Path, exporter, executed) -> None:
    nb, _ = executed(path)
    images = 0
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            for mimetype in out.get("data", {}):
                if not mimetype.startswith("image/"):
                    continue
                images += 1
                alt = out.get("metadata", {}).get(mimetype, {}).get("alt")
                alt = alt or cell.metadata.get("alt")
                assert alt, f"{path.name}: cell {index} shows an image with no alt text"
                assert alt.strip(), f"{path.name}: cell {index}: blank alt text"
    # and the page shows it: nbconvert's lab template would drop it, warn
    # "Alternative text is missing" and write a placeholder instead
    page = render.to_html(nb, path.stem, exporter)
    tags = re.findall(r"<img\b[^>]*>", page)
    assert len(tags) == images
    for tag in tags:
        alt = re.search(r'\balt="([^"]*)"', tag)
        assert alt, tag[:120]
        assert alt.group(1).strip(), tag[:120]
        assert "No description has been provided" not in alt.group(1), tag[:120]


def test_a_failing_notebook_is_named_with_its_cell(tmp_path, capsys) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Broken"),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("1 / 0  # on purpose\nprint(x)"),
    ]
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nbformat.write(nb, notebooks / "broken.ipynb")
    out = tmp_path / "out"
    assert render.main(["--out", str(out)], notebooks_dir=notebooks) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "broken.ipynb" in err
    assert "cell 2" in err
    assert "ZeroDivisionError" in err
    assert list(out.iterdir()) == []
