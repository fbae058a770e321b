"""Sphinx extension of kurilmap's documentation site (``docs/site/``).

- ``.. kurilmap-api:: MODULE`` writes a module's API page from its ``__all__``:
  the module docstring, a summary table of every name, then each name with its
  docstring (functions, classes, exceptions, types, constants), then each
  submodule named in ``__all__`` in the same way (a module without ``__all__``:
  the public names it defines).
- Links in the repository's Markdown files that the pages include (README,
  ``docs/*.md``, ...) are written for the repository, not the site. They are
  rewritten as the file is included (Sphinx's ``include-read`` event): a link
  to another included file becomes a link to its page, a link into
  ``kurilmap/`` a link to the API page, a link to a notebook a link to its
  rendered page, an image a path Sphinx can copy; a link to any other file of
  the repository keeps its text only (the site has no page for it). A link to
  a file that does not exist is left alone, so that the build fails on it.
- The rendered notebooks (``kurilmap_notebooks``, written by
  ``tools/render_notebooks.py``) are copied to ``notebooks/`` in the site; the
  Notebooks page must link every one of them.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import posixpath
import re
import shutil
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import PycodeError
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

SITE_SCHEME = "kurilmap-site:"
HEADINGS = "-~^"
MAX_VALUE = 200  # longer values (CSS, the contracts) are left to the docstring

# A code span (left as it is) or an inline link or image: [text](target "title").
_INLINE = re.compile(
    r"(?P<code>(?P<ticks>`+)[\s\S]*?(?P=ticks))"
    r"|(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
    r"\(\s*(?P<target><[^>\n]*>|[^\s)]+)(?P<title>\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
# A link reference definition: [label]: target "title".
_DEFINITION = re.compile(
    r"^(?P<head> {0,3}\[[^\]]+\]:[ \t]*)(?P<target><[^>\n]*>|\S+)", re.MULTILINE
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


# -- API pages ---------------------------------------------------------------


def public_names(module: ModuleType) -> list[str]:
    """Return the names a module documents: its ``__all__``, or what it defines."""
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    found = []
    for name, value in vars(module).items():
        if name.startswith("_") or isinstance(value, ModuleType):
            continue
        if type(value).__module__ == "__future__":
            continue  # from __future__ import annotations
        if (inspect.isclass(value) or inspect.isroutine(value)) and (
            value.__module__ != module.__name__
        ):
            continue  # imported
        found.append(name)
    return found


def kind_of(value: object) -> str:
    """Return the section of an API page where a value is documented."""
    if isinstance(value, ModuleType):
        return "module"
    if inspect.isclass(value):
        return "exception" if issubclass(value, BaseException) else "class"
    if inspect.isroutine(value):
        return "function"
    if typing.get_origin(value) is not None or isinstance(value, typing.TypeVar):
        return "type"
    return "data"


SECTIONS = {
    "function": ("Functions", "autofunction", []),
    "class": ("Classes", "autoclass", [":members:"]),
    "exception": ("Exceptions", "autoexception", [":members:", ":show-inheritance:"]),
    "type": ("Types", "autodata", []),
    "data": ("Constants", "autodata", []),
}


def short_value(value: object) -> bool:
    """Whether a constant's value is shown: short, and the same in every run."""
    text = repr(value)
    return len(text) <= MAX_VALUE and " at 0x" not in text


def api_lines(module: ModuleType, depth: int = 0) -> list[str]:
    """Return the reStructuredText of a module's API (see the module docstring)."""
    name = module.__name__
    names = public_names(module)
    values = {n: getattr(module, n) for n in names}
    lines = [f".. automodule:: {name}", "", f".. currentmodule:: {name}", ""]
    lines += [".. autosummary::", ""] + [f"   {n}" for n in names] + [""]
    heading = HEADINGS[depth]
    for kind, (title, directive, options) in SECTIONS.items():
        members = [n for n in names if kind_of(values[n]) == kind]
        if not members:
            continue
        lines += [title, heading * len(title), ""]
        for member in members:
            lines += [f".. {directive}:: {member}"]
            lines += [f"   {option}" for option in options]
            if kind == "data" and not short_value(values[member]):
                lines += ["   :no-value:"]
            lines += [""]
    for member in names:
        if kind_of(values[member]) == "module":
            title = values[member].__name__
            lines += [title, heading * len(title), ""]
            lines += api_lines(values[member], depth + 1)
            lines += [f".. currentmodule:: {name}", ""]
    return lines


def attribute_doc(module_name: str, name: str, value: object) -> list[str] | None:
    """Return the doc comment of a re-exported constant, from the module defining it.

    autodoc reads doc comments (``#:`` or a string after the assignment) in the
    module it documents only; a subpackage's ``__init__.py`` re-exports its
    constants from the modules that define and document them.
    """
    root = module_name.split(".")[0]
    for other in sorted(sys.modules):
        module = sys.modules[other]
        if not (other == root or other.startswith(root + ".")) or other == module_name:
            continue
        if getattr(module, name, None) is not value:
            continue
        try:
            docs = ModuleAnalyzer.for_module(other).find_attr_docs()
        except PycodeError:
            continue
        if ("", name) in docs:
            return list(docs["", name])
    return None


def on_process_docstring(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    lines: list[str],
) -> None:
    """Give a constant its own doc comment, never the docstring of its type.

    Without a doc comment in the module documented, autodoc and autosummary
    show ``type(value).__doc__`` ("Built-in immutable sequence."); this looks
    for the doc comment where the constant is defined, or leaves it empty.
    """
    del app, options
    if what not in {"data", "attribute"} or not lines:
        return
    own = inspect.cleandoc(type(obj).__doc__ or "").split("\n", 1)[0].strip()
    if not own or lines[0].strip() != own:
        return
    module_name, _, attr = name.rpartition(".")
    lines[:] = attribute_doc(module_name, attr, obj) or []


class ApiDirective(SphinxDirective):
    """``.. kurilmap-api:: MODULE``: the module's API page, from its ``__all__``."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Import the module and parse the reStructuredText of its API."""
        module = importlib.import_module(self.arguments[0])
        text = "\n".join(api_lines(module))
        return self.parse_text_to_nodes(text, allow_section_headings=True)


# -- Links of the included Markdown files -------------------------------------


class _Links:
    """What a link in an included file becomes on the site."""

    def __init__(self, app: Sphinx, source: Path) -> None:
        self.root = Path(app.config.kurilmap_root).resolve()
        self.srcdir = Path(app.srcdir).resolve()
        self.source = source
        self.env = app.env
        self.pages: dict[str, str] = app.config.kurilmap_pages
        self.api_pages: dict[str, str] = app.config.kurilmap_api_pages

    def doc(self, docname: str, fragment: str = "") -> str:
        path = posixpath.join("/", str(self.env.doc2path(docname, False)))
        return f"{path}#{fragment}" if fragment else path

    def target(self, target: str, *, image: bool) -> str | None:
        """Return the new target, or None to keep the link's text only."""
        bare = target[1:-1] if target.startswith("<") else target
        if not bare or bare.startswith(("#", "/")) or _SCHEME.match(bare):
            return target  # an anchor in the page, or a URL
        path, _, fragment = bare.partition("#")
        file = (self.source.parent / unquote(path)).resolve()
        if not file.is_relative_to(self.root) or not file.exists():
            return target  # broken: Sphinx reports it
        rel = file.relative_to(self.root).as_posix()
        if image:
            return "/" + Path(posixpath.relpath(file, self.srcdir)).as_posix()
        if file.is_dir() and f"{rel}/README.md" in self.pages:
            rel = f"{rel}/README.md"
        if rel in self.pages:
            return self.doc(self.pages[rel], fragment)
        parts = rel.split("/")
        if parts[0] == "kurilmap" and len(parts) > 1:
            module = "kurilmap." + parts[1].removesuffix(".py")
            if module in self.api_pages:
                return self.doc(self.api_pages[module])
        if len(parts) == 2 and parts[0] == "notebooks" and rel.endswith(".ipynb"):
            return f"{SITE_SCHEME}notebooks/{Path(rel).stem}.html"
        return None

    def inline(self, match: re.Match[str]) -> str:
        if match["code"]:
            return match[0]
        image = bool(match["bang"])
        new = self.target(match["target"], image=image)
        if new is None:
            return match["text"]
        return f"{match['bang']}[{match['text']}]({new}{match['title'] or ''})"

    def definition(self, match: re.Match[str]) -> str:
        new = self.target(match["target"], image=False)
        return match[0] if new is None else match["head"] + new

    def rewrite(self, text: str) -> str:
        """Rewrite the links of Markdown text, outside fenced code blocks."""
        out: list[str] = []
        chunk: list[str] = []
        fence = ""
        for line in text.splitlines(keepends=True):
            opened = _FENCE.match(line)
            if fence:
                out.append(line)
                if opened and opened[1][0] == fence[0] and len(opened[1]) >= len(fence):
                    fence = ""
            elif opened:
                out.append(self._prose("".join(chunk)))
                chunk = []
                out.append(line)
                fence = opened[1]
            else:
                chunk.append(line)
        out.append(self._prose("".join(chunk)))
        return "".join(out)

    def _prose(self, text: str) -> str:
        text = _INLINE.sub(self.inline, text)
        return _DEFINITION.sub(self.definition, text)


def on_include_read(
    app: Sphinx, relative_path: Path, parent_docname: str, content: list[str]
) -> None:
    """Rewrite the links of an included Markdown file for the site."""
    del parent_docname  # the pages that include files are at the top level
    source = (Path(app.srcdir) / relative_path).resolve()
    if source.suffix == ".md":
        content[0] = _Links(app, source).rewrite(content[0])


# -- Rendered notebooks --------------------------------------------------------


def notebook_pages(app: Sphinx) -> dict[str, Path]:
    """Map each notebook's site path (``notebooks/NAME.html``) to its rendered page."""
    rendered = Path(app.config.kurilmap_notebooks)
    notebooks = Path(app.config.kurilmap_root) / "notebooks"
    return {
        f"notebooks/{nb.stem}.html": rendered / f"{nb.stem}.html"
        for nb in sorted(notebooks.glob("*.ipynb"))
    }


def on_doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Point the links to rendered notebooks at their copies in the site."""
    pages = notebook_pages(app)
    linked = set()
    for ref in doctree.findall(nodes.reference):
        uri = ref.get("refuri", "")
        if not uri.startswith(SITE_SCHEME):
            continue
        target = uri.removeprefix(SITE_SCHEME)
        if target not in pages or not pages[target].is_file():
            logger.warning(
                "no rendered page %s in %s (run tools/render_notebooks.py)",
                target,
                app.config.kurilmap_notebooks,
                location=ref,
            )
        linked.add(target)
        ref["refuri"] = posixpath.relpath(target, posixpath.dirname(docname) or ".")
        ref["internal"] = True
        ref["classes"] = [c for c in ref["classes"] if c != "external"]
    if docname == app.config.kurilmap_pages.get("notebooks/README.md"):
        for target in sorted(set(pages) - linked):
            logger.warning(
                "the Notebooks page does not link %s", target, location=docname
            )


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    """Copy the rendered notebooks into the site's ``notebooks/`` folder."""
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    # pydata-sphinx-theme ships a Jinja template among its static files; in the
    # site it would be a page of unrendered {{ }} with broken links.
    (out / "_static" / "webpack-macros.html").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (out / "_sources").rmdir()  # empty: html_copy_source is off
    for target, page in notebook_pages(app).items():
        if page.is_file():
            (out / target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, out / target)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive, the config values and the event handlers."""
    app.add_config_value("kurilmap_root", "", "env", str)
    app.add_config_value("kurilmap_pages", {}, "env", dict)
    app.add_config_value("kurilmap_api_pages", {}, "env", dict)
    app.add_config_value("kurilmap_notebooks", "", "env", str)
    app.add_directive("kurilmap-api", ApiDirective)
    app.connect("autodoc-process-docstring", on_process_docstring, priority=400)
    app.connect("include-read", on_include_read)
    app.connect("doctree-resolved", on_doctree_resolved)
    app.connect("build-finished", on_build_finished)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
