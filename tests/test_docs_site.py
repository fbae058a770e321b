"""The documentation site (``make docs``): built as ``tools/build_docs.py``
builds it (notebooks executed, then Sphinx with warnings as errors), once for
this module. Every API page documents every name of its module's ``__all__``;
no page or stylesheet loads anything from another host; every internal link
and every fragment resolves.
"""

from __future__ import annotations

import html
import importlib
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote, urlsplit

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("pydata_sphinx_theme")
pytest.importorskip("numpydoc")
pytest.importorskip("myst_parser")
pytest.importorskip("nbclient")

from tests._layout import SUBPACKAGES, TOP_MODULES

REPO = Path(__file__).resolve().parent.parent
BUILD_DOCS = REPO / "tools" / "build_docs.py"
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
# One page per subpackage and per top-level module: api/<name>.html.
API_MODULES = [*SUBPACKAGES, *TOP_MODULES[:3]]
TIMEOUT = 600

# What a browser would fetch from another host (http://, https:// or //):
# src/href/srcset/poster of the elements that load, CSS url() and @import.
EXTERNAL_LOAD = re.compile(
    r"""<(?:script|link|img|iframe|source|video|audio|embed|track|input)\b[^>]*?"""
    r"""\b(?:src|href|srcset|poster)\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|url\(\s*["']?\s*(?:https?:)?//"""
    r"""|@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""",
    re.IGNORECASE,
)
SPHINX_PROBLEM = re.compile(r"\b(?:WARNING|ERROR|CRITICAL|SEVERE):")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def run_build(*args: str) -> subprocess.CompletedProcess[str]:
    # A separate process, as `make docs` runs it (and Sphinx's own warnings
    # are its business there: -W turns them into a failed build).
    return subprocess.run(
        [sys.executable, str(BUILD_DOCS), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The site and the rendered notebooks, built once for the module."""
    base = tmp_path_factory.mktemp("docs")
    site, notebooks = base / "html", base / "notebooks"
    result = run_build("--out", str(site), "--notebooks", str(notebooks))
    assert result.returncode == 0, result.stderr[-4000:]
    # -W makes any warning an error; none was printed either (Sphinx prints
    # "WARNING:"; the kernels' own "[IPKernelApp] WARNING |" lines are not its).
    assert SPHINX_PROBLEM.search(result.stderr) is None, result.stderr[-4000:]
    return site, notebooks


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


# The attribute by which each loading element fetches its URL.
LOADING = {"script": "src", "img": "src", "iframe": "src", "link": "href"}


class Page(HTMLParser):
    """The ids, links and loaded URLs of one HTML document."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        elif tag in LOADING and LOADING[tag] in values:
            self.loads.append(values[LOADING[tag]])


def parse(path: Path, cache: dict[Path, Page]) -> Page:
    if path not in cache:
        cache[path] = Page(path.read_text(encoding="utf-8"))
    return cache[path]


def text_of(page: Path) -> str:
    body = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
    # Sphinx's smart quotes: kurilmap’s for kurilmap's.
    return " ".join(html.unescape(body).replace("\u2019", "'").split())


def plain(rst: str) -> str:
    """The words of one line of reStructuredText, as a page shows them."""
    return " ".join(re.sub(r":[a-z:]+:|`", "", rst).split())


def entry_id(module: ModuleType, name: str) -> str:
    value = getattr(module, name)
    if isinstance(value, ModuleType):
        return f"module-{value.__name__}"
    return f"{module.__name__}.{name}"


@pytest.mark.parametrize(
    ("text", "loads"),
    [
        ('<script src="https://cdn.example/x.js"></script>', True),
        ("<link rel=stylesheet href=//cdn.example/x.css>", True),
        ('<img alt="a" src="http://example.org/a.png">', True),
        ('<iframe src="https://example.org/"></iframe>', True),
        ("<source srcset='https://example.org/a.webp'>", True),
        ('.a { background: url("https://example.org/a.png") }', True),
        ("@import url(//example.org/a.css);", True),
        ('@import "https://example.org/a.css";', True),
        ('<a href="https://example.org/">a plain link</a>', False),
        ('<link rel="stylesheet" href="_static/a.css">', False),
        ('<img src="data:image/png;base64,AAAA">', False),
        ("url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org'\")", False),
    ],
)
def test_what_counts_as_loading_from_another_host(text: str, loads: bool) -> None:
    assert (EXTERNAL_LOAD.search(text) is not None) is loads


@pytest.mark.slow
def test_the_build_fails_on_a_warning(tmp_path) -> None:
    # No rendered notebook pages: the extension warns, and -W fails the build,
    # leaving no site behind.
    out = tmp_path / "html"
    empty = tmp_path / "notebooks"
    empty.mkdir()
    result = run_build("--out", str(out), "--notebooks", str(empty), "--no-execute")
    assert result.returncode == 2
    assert "no rendered page notebooks/" in result.stderr
    assert "build_docs: the Sphinx build failed" in result.stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["notebooks"]


@pytest.mark.slow
def test_the_site_has_its_pages(site: Path) -> None:
    for page in [
        "index",
        "architecture",
        "story-format",
        "decisions",
        "data",
        "notebooks",
    ]:
        assert (site / f"{page}.html").is_file(), page
    assert (site / "api" / "index.html").is_file()
    readme = text_of(site / "index.html")
    assert "kurilmap" in readme
    assert "The API at a glance" in readme  # the README, included whole
    assert "Decisions" in text_of(site / "decisions.html")
    assert (site / "_images" / "map.png").is_file()  # the README's screenshot


@pytest.mark.slow
def test_the_site_is_reproducible(built, tmp_path) -> None:
    # Built again from the same rendered notebooks: the same files, byte for byte.
    site, notebooks = built
    again = tmp_path / "html"
    result = run_build(
        "--out", str(again), "--notebooks", str(notebooks), "--no-execute"
    )
    assert result.returncode == 0, result.stderr[-4000:]

    def files(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file()
        }

    first, second = files(site), files(again)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.slow
def test_every_notebook_is_in_the_site_and_linked(site: Path, built) -> None:
    _, notebooks = built
    assert NOTEBOOKS
    links = Page((site / "notebooks.html").read_text(encoding="utf-8")).links
    for notebook in NOTEBOOKS:
        page = site / "notebooks" / f"{notebook.stem}.html"
        # The page tools/render_notebooks.py wrote, copied as it is.
        rendered = notebooks / f"{notebook.stem}.html"
        assert page.read_bytes() == rendered.read_bytes(), notebook.name
        assert f"notebooks/{notebook.stem}.html" in links, notebook.name


@pytest.mark.slow
@pytest.mark.parametrize("name", API_MODULES)
def test_api_page_documents_every_public_name(site: Path, name: str) -> None:
    module = importlib.import_module(f"kurilmap.{name}")
    page = site / "api" / f"{name}.html"
    assert page.is_file(), page
    ids = Page(page.read_text(encoding="utf-8")).ids
    names = getattr(module, "__all__", None)
    assert names, f"kurilmap.{name} has no __all__"
    missing = [n for n in names if entry_id(module, n) not in ids]
    assert missing == [], f"{page.name} does not document {missing}"
    # The module docstring opens the page.
    summary = plain((module.__doc__ or "").strip().splitlines()[0])
    assert summary in text_of(page)


@pytest.mark.slow
def test_api_entries_show_their_docstrings(site: Path) -> None:
    text = text_of(site / "api" / "claims.html")
    # numpydoc's sections, from territories()'s docstring.
    for word in ["Parameters", "Returns", "Raises", "Examples"]:
        assert word in text
    assert ">>> from kurilmap import claims" in text


@pytest.mark.slow
def test_nothing_loads_from_another_host(site: Path) -> None:
    files = sorted(p for p in site.rglob("*") if p.suffix in {".html", ".css"})
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        # Also unescaped: the notebooks' maps are pages in <iframe srcdoc="...">.
        for variant in (text, html.unescape(text)):
            found = EXTERNAL_LOAD.search(variant)
            if found is not None:
                start = found.start()
                pytest.fail(f"{path.relative_to(site)}: {variant[start : start + 120]}")


@pytest.mark.slow
def test_every_internal_link_resolves(site: Path) -> None:
    pages: dict[Path, Page] = {}
    checked = 0
    for path in sorted(site.rglob("*.html")):
        page = parse(path, pages)
        for url in page.links + page.loads:
            if not url or SCHEME.match(url) or url.startswith("//"):
                continue  # another site, mailto:, data:, javascript:
            parts = urlsplit(url)
            target = (path.parent / unquote(parts.path)).resolve()
            if not parts.path:
                target = path
            elif parts.path.endswith("/"):
                target = target / "index.html"
            where = f"{path.relative_to(site)}: {url}"
            assert target.is_relative_to(site.resolve()), where
            assert target.is_file(), where
            if parts.fragment and url in page.links:
                # As browsers look it up: as written, then percent-decoded
                # (nbconvert's ids keep the encoding: "1-%C2%B7-Quickstart").
                ids = parse(target, pages).ids
                assert {parts.fragment, unquote(parts.fragment)} & ids, where
            checked += 1
    assert checked > 500
