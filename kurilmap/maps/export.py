"""Write a map as one HTML file: offline, reproducible, written atomically.

- **Offline**: every script and stylesheet is inlined from the ``folium-offline``
  package (checked against pinned SHA-256 digests, :mod:`kurilmap._assets`);
  a page that would still load anything from elsewhere is refused.
- **Reproducible**: element ids are numbered in document order instead of
  folium's random ones, JSON keys are sorted, nothing records the time: the
  same map gives the same bytes.
- **Atomic**: a temporary file in the target folder, renamed at the end.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kurilmap.datasets import as_path, write_text
from kurilmap.errors import InputTypeError, OfflineAssetError, OutputError
from kurilmap.maps.assets import inline_assets

__all__ = [
    "external_loads",
    "notebook_html",
    "render_html",
    "save_html",
    "stable_ids",
]

_LOADING_ATTRS = {
    "src": {"script", "img", "iframe", "frame", "source", "audio", "video", "embed"}
    | {"track", "input"},
    "srcset": {"img", "source"},
    "poster": {"video"},
    "data": {"object"},
    "href": {"link", "image", "use", "feimage"},
    "xlink:href": {"image", "use", "feimage"},
}
"""Which attribute of which element makes a browser fetch its value."""
_LOCAL = re.compile(r"\s*(?:data:|#|about:blank\b|$)", re.IGNORECASE)
"""A value that loads nothing: inline data, a fragment of the page, empty."""
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_LOADS = re.compile(
    r"""@import\b[^;]*|\burl\(\s*(?!["']?\s*(?:data:|#))[^)]*\)""", re.IGNORECASE
)
_JS_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))", re.DOTALL)
_JS_SIMPLE = {"n": "\n", "r": "\r", "t": "\t"}


def stable_ids(element: Any) -> None:
    """Give every element of a page an id in document order (``map_0001``...).

    folium gives each element a random id, so two saves of one map differ;
    numbering them in the order they were added makes the output repeatable.
    """
    from branca.element import Element

    counter = 0

    def visit(node: Element) -> None:
        nonlocal counter
        counter += 1
        node._id = f"{counter:04d}"
        for child in list(node._children.values()):
            visit(child)

    root = element.get_root()
    visit(root)


def render_html(m: Any, *, offline: bool = True) -> str:
    """Render a map (or a page of maps) to HTML text.

    Parameters
    ----------
    m
        A ``folium.Map`` or a ``branca.element.Figure``.
    offline
        Inline every asset and refuse anything that would load from elsewhere.

    Raises
    ------
    OfflineAssetError
        ``offline=True`` and the page uses online tiles or an unknown asset,
        or would still fetch something (:func:`external_loads` names it).
    """
    from folium.raster_layers import TileLayer

    if not callable(getattr(m, "get_root", None)):  # a folium or branca element
        msg = (
            "expected a map: a folium.Map (make_map, atlas, story_map…) or a "
            f"page of maps (compare_map, views_map), not {type(m).__name__}"
        )
        raise InputTypeError(msg)
    root = m.get_root()
    if offline:
        tiles = [c for c in _walk(root) if isinstance(c, TileLayer)]
        if tiles:
            msg = (
                "the map uses online tiles, which cannot work offline; build it "
                "with tiles=None or save with offline=False"
            )
            raise OfflineAssetError(msg)
    stable_ids(root)
    html = _render_once(root)
    if offline:
        html = inline_assets(html)
        found = external_loads(html)
        if found:
            msg = f"the page would still load from elsewhere: {found[0]}"
            raise OfflineAssetError(msg)
    return str(html)


def external_loads(html: str) -> list[str]:
    """Name everything in a page that a browser would fetch: none when offline.

    Only what loads is read: the ``src``/``href`` (and ``srcset``, ``poster``,
    ``data``) of the elements that fetch them, and CSS (``url(...)``,
    ``@import``) in ``<style>`` elements and ``style`` attributes. Markup that a
    script inserts (popups, tooltips: HTML in JavaScript strings) is read the
    same way. Text is never read, so an escaped ``url(http://...)`` or
    ``@import`` in a popup is words, not a request.

    Examples
    --------
    >>> external_loads('<p>see url(http://x) or @import</p>')
    []
    >>> external_loads('<link rel="stylesheet" href="https://cdn/x.css">')
    ["<link href='https://cdn/x.css'>"]
    >>> external_loads("<style>@import url(//cdn/x.css);</style>")
    ['@import url(//cdn/x.css) in a <style> element']
    """
    parser = _LoadFinder()
    parser.feed(html)
    parser.close()
    return parser.found


class _LoadFinder(HTMLParser):
    """Collect the requests a page makes, as :func:`external_loads` describes."""

    def __init__(self, *, depth: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._depth = depth  # markup inside a script inside a script: stop
        self._inside = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = tag if tag in ("script", "style") else ""
        for name, value in attrs:
            if value is None:
                continue
            if name == "style":
                self._css(value, f"a style attribute of <{tag}>")
            elif tag in _LOADING_ATTRS.get(name, ()):
                urls = [value]
                if name == "srcset":  # "a.png 1x, b.png 2x" (data: has no space)
                    urls = [u.split()[0] for u in re.split(r",\s+", value.strip())]
                for url in urls:
                    if not _LOCAL.match(url):
                        self.found.append(f"<{tag} {name}={url.strip()!r}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._inside = ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._inside = ""

    def handle_data(self, data: str) -> None:
        if self._inside == "style":
            self._css(data, "a <style> element")
        elif self._inside == "script" and self._depth < 2:
            inner = _LoadFinder(depth=self._depth + 1)
            inner.feed(_JS_ESCAPE.sub(_unescape_js, data))  # HTML in JS strings
            inner.close()
            self.found += [f"{what} (in a script)" for what in inner.found]

    def _css(self, css: str, where: str) -> None:
        for found in _CSS_LOADS.finditer(_CSS_COMMENT.sub("", css)):
            self.found.append(f"{' '.join(found[0].split())} in {where}")


def _unescape_js(escape: re.Match[str]) -> str:
    code = escape[1] or escape[2]
    if code:
        return chr(int(code, 16))
    return _JS_SIMPLE.get(escape[3], escape[3])


def notebook_html(m: Any) -> str:
    """Return a map as Jupyter shows it: an iframe holding the offline page.

    folium's own display links Leaflet from a CDN and gives random ids; this
    holds :func:`render_html`'s page (assets inlined, ids numbered), so a map
    shows in a notebook with no network. A map with online tiles keeps its
    links (it needs the network anyway).
    """
    import html

    from branca.element import Figure

    try:
        page = render_html(m)
    except OfflineAssetError:
        page = render_html(m, offline=False)
    root = m.get_root()
    ratio = root.ratio if isinstance(root, Figure) and root.height is None else "60%"
    return (
        '<div style="width:100%;"><div style="position:relative;width:100%;'
        f'height:0;padding-bottom:{ratio};"><iframe srcdoc="{html.escape(page)}" '
        'style="position:absolute;width:100%;height:100%;left:0;top:0;'
        'border:none !important;" allowfullscreen></iframe></div></div>'
    )


def _render_once(root: Any) -> str:
    """Render, then drop what rendering added, so the next render is the same.

    branca and folium add children while rendering (each element's script and
    style in the page's sections, folium's ``ElementAddToElement`` in every
    shown layer); left there, a second render (a save, then a notebook
    display) would renumber them and draw every control twice.
    """
    sections = [getattr(root, name) for name in ("header", "html", "script")]
    nodes = [*_walk(root), *(n for section in sections for n in _walk(section))]
    before = [(node, dict(node._children)) for node in nodes]
    try:
        return str(root.render())
    finally:
        for node, children in before:
            node._children.clear()
            node._children.update(children)


def _walk(node: Any) -> list[Any]:
    out = [node]
    for child in node._children.values():
        out.extend(_walk(child))
    return out


def save_html(m: Any, path: str | Path, *, offline: bool = True) -> Path:
    """Save a map as one standalone HTML file.

    Parameters
    ----------
    m
        A ``folium.Map`` (e.g. from :func:`kurilmap.make_map`) or a page of maps
        (:func:`kurilmap.compare_map`).
    path
        The file to write (``.html``); its folder must exist.
    offline
        Inline Leaflet and every plugin so the file works with no network
        (default). ``False`` keeps folium's links to CDNs.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    OutputError
        The path is not an ``.html`` file in an existing folder, or cannot be
        written; nothing is left behind.
    OfflineAssetError
        ``offline=True`` and the map uses online tiles or an unknown asset.

    Examples
    --------
    >>> import kurilmap, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> out = save_html(kurilmap.make_map(layers=("territories",)), folder / "m.html")
    >>> out.read_text(encoding="utf-8").count("https://cdn")
    0
    """
    path = as_path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        msg = f"the output must be an .html file, got {str(path)!r}"
        raise OutputError(msg)
    if path.is_dir():
        msg = f"{str(path)!r} is a folder; give a file name ending in .html"
        raise OutputError(msg)
    html = render_html(m, offline=offline)
    try:
        write_text(path, html)
    except OutputError:
        raise  # already says what and where
    except OSError as exc:
        msg = f"cannot write {str(path)!r}: {exc.strerror or exc}"
        raise OutputError(msg) from exc
    return path
