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
from pathlib import Path
from typing import Any

from kurilmap.datasets import write_text
from kurilmap.errors import OfflineAssetError, OutputError
from kurilmap.maps.assets import inline_assets

__all__ = ["notebook_html", "render_html", "save_html", "stable_ids"]

_LOADS = re.compile(
    r"""<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc\s*=\s*["']?(?!data:)"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(?!data:)"""
    r"""|url\(\s*["']?(?:https?:)?//|@import""",
    re.IGNORECASE,
)


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
        ``offline=True`` and the page uses online tiles or an unknown asset.
    """
    from folium.raster_layers import TileLayer

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
        found = _LOADS.search(html)
        if found:
            snippet = html[found.start() : found.start() + 80]
            msg = f"the page would still load from elsewhere: {snippet!r}"
            raise OfflineAssetError(msg)
    return str(html)


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
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        msg = f"the output must be an .html file, got {str(path)!r}"
        raise OutputError(msg)
    if path.is_dir():
        msg = f"{str(path)!r} is a folder; give a file name ending in .html"
        raise OutputError(msg)
    html = render_html(m, offline=offline)
    try:
        write_text(path, html)
    except OSError as exc:
        msg = f"cannot write {str(path)!r}: {exc.strerror or exc}"
        raise OutputError(msg) from exc
    return path
