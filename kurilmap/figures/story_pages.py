"""A story as a printable PDF: one A4 page per chapter, for a class handout.

:func:`story_pdf` draws each resolved chapter (docs/story-format.md) on one
portrait page: its map state through :func:`~kurilmap.figures.static.plot`,
framed to the chapter, then its text, positions, events, quotes, the map in
words and the sources. Fonts are embedded as TrueType (``pdf.fonttype`` 42:
the text of every script can be searched and copied); the land is a 200-dpi
image (its coastline would outweigh the text a hundredfold), lines and names
stay vector; the same chapters give the same bytes.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap import style as _styles
from kurilmap.claims import legend_word, territories, view_title
from kurilmap.datasets import as_path, atomic_write, load
from kurilmap.errors import InputError, OutputError
from kurilmap.figures import static as _static
from kurilmap.figures.canvas import quiet
from kurilmap.figures.handout_page import A4, _lstrip, wrap_measured
from kurilmap.figures.saving import close
from kurilmap.figures.words import STORY_PAGE
from kurilmap.places import lookup, place_name
from kurilmap.vocab import Lang, as_date, as_lang, as_view, listing

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

__all__ = ["story_pdf"]

_LEFT, _RIGHT = 0.06, 0.94
_BOTTOM = 0.035  # where the last line of a page may end (figure fraction)
_MAP_WIDTH, _MAP_HEIGHT = 0.52, 0.36  # the legend stands to the map's right
_INK, _GREY, _OUTLINE = "#222222", "#555555", "#000000"
_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)  # the body's, tried until a chapter fits
_CUT_FIRST = ("text", "quotes", "events", "positions", "sources", "alt")
"""The parts of the body cut (to one line at least) when the smallest size
does not fit, in this order: the chapter's own text gives way first."""
_INSET = _static.INSET  # the locator: Japan, Sakhalin and Kamchatka


@dataclasses.dataclass(frozen=True)
class _Item:  # one paragraph of a page's body
    text: str
    group: str
    gap: float = 0.0  # figure fraction above the paragraph
    scale: float = 1.0  # of the body's font size
    color: str = _INK
    weight: str = "normal"


def story_pdf(
    chapters: Sequence[Mapping[str, Any]],
    path: str | Path,
    *,
    lang: Lang,
    title: str,
) -> Path:
    """Write a story as a PDF: one A4 page per chapter, map and text.

    Each page has the story's title and "Chapter N of M", the chapter's title,
    view and day, the map of that view on that day framed to ``bounds`` with
    the ``highlight`` places outlined in black and a locator, then the text,
    positions, events, quotes, what the map shows (``alt``) and the sources.
    Text that does not fit is set smaller (down to 7 points), then cut with
    an ellipsis, the chapter's own text first: a chapter is always one page.

    Parameters
    ----------
    chapters
        Resolved chapters (docs/story-format.md, "The resolved chapter"):
        mappings with ``number``, ``title``, ``text``, ``positions``,
        ``view``, ``date``, ``bounds``, ``highlight``, ``layers``, ``events``,
        ``sources``, ``quotes`` and ``alt``, already in ``lang``.
    path
        The PDF to write (suffix ``.pdf``); its folder must exist.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``: the language of the page's own words
        and of the map. Japanese needs a CJK font (Debian ``fonts-noto-cjk``);
        without one, a warning and the map's labels in English.
    title
        The story's title, in ``lang``.

    Returns
    -------
    pathlib.Path
        ``path``, written atomically (on any error nothing is left there). The
        PDF embeds its fonts and records no date: the same bytes every time.

    Raises
    ------
    kurilmap.InputError
        ``lang`` is not a language, a chapter's view, date or bounds are not
        valid, there is no chapter, or ``path`` does not end in ``.pdf``.
    kurilmap.OutputError
        The folder of ``path`` does not exist, or ``path`` is a folder.

    Examples
    --------
    >>> import datetime, tempfile, pathlib
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> chapter = {
    ...     "number": 1, "id": "shimoda-1855", "title": "1855: a first border",
    ...     "html": "<p>Shimoda draws a border.</p>", "text": "Shimoda draws a border.",
    ...     "positions": [], "view": "neutral", "date": datetime.date(1855, 2, 7),
    ...     "bounds": (145.0, 43.0, 150.0, 46.5), "framed": [], "highlight": ["iturup"],
    ...     "layers": ("territories", "boundaries", "labels"), "events": [],
    ...     "sources": [{"key": "S01", "title": "Northern Territories Issue Q&A",
    ...                  "publisher": "MOFA", "url": "https://www.mofa.go.jp/"}],
    ...     "quotes": [], "alt": "Iturup is Japanese; Urup, north of it, is Russian.",
    ... }
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     pdf = story_pdf([chapter], pathlib.Path(folder) / "story.pdf",
    ...                     lang="en", title="The Kuril Islands dispute")
    ...     print(pdf.read_bytes().count(b"/Type /Page "))
    1
    """
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    lang = as_lang(lang)
    path = as_path(path)
    if path.suffix.lower() != ".pdf":
        msg = f"cannot write a story as {path.suffix or 'no suffix'!r}; use .pdf"
        raise InputError(msg)
    if path.is_dir() or not path.parent.is_dir():
        why = "is a folder" if path.is_dir() else f"{str(path.parent)!r} does not exist"
        msg = f"cannot write the story's PDF {str(path)!r}: {why}"
        raise OutputError(msg)
    pages = [_checked(chapter) for chapter in chapters]
    if not pages:
        msg = "a story needs at least one chapter to make a PDF"
        raise InputError(msg)
    drawn, families = _static.fonts(lang)  # warns once if Japanese cannot be drawn
    if drawn != "ja" and _static.has_cjk_font():
        families = [*families, _static.CJK_FONT]  # a Japanese name in a Latin text
    no_date = dict.fromkeys(("CreationDate", "ModDate", "Producer", "Creator"))
    metadata = {"Title": str(title), **no_date}  # no date: the same bytes each time

    def write(tmp: Path) -> None:
        with (
            plt.rc_context({"pdf.fonttype": 42}),
            PdfPages(tmp, metadata=metadata) as pdf,
        ):
            for chapter in pages:
                fig = plt.figure(figsize=A4)  # one a page, freed once saved
                try:
                    with plt.rc_context({"font.family": families}):
                        _page(fig, chapter, len(pages), lang, str(title))
                    pdf.savefig(fig, dpi=200)  # the land's image
                finally:
                    close(fig)

    atomic_write(path, write)
    return path


def _checked(chapter: Mapping[str, Any]) -> dict[str, Any]:
    """Return the chapter with its view, day and bounds checked."""
    page = dict(chapter)
    where = f"chapter {page.get('number', '?')}"
    if missing := {"number", "title", "view", "date", "bounds"} - set(page):
        msg = f"{where} has no {sorted(missing)} (see docs/story-format.md)"
        raise InputError(msg)
    page["view"] = as_view(page["view"])
    page["date"] = as_date(page["date"])
    try:
        west, south, east, north = (float(x) for x in page["bounds"])
    except (TypeError, ValueError):
        msg = f"{where}: bounds must be four numbers, not {page['bounds']!r}"
        raise InputError(msg) from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        msg = f"{where}: bounds {page['bounds']!r} are not west < east, south < north"
        raise InputError(msg)
    page["bounds"] = (west, south, east, north)
    return page


def _page(
    fig: Figure, chapter: dict[str, Any], count: int, lang: Lang, title: str
) -> None:
    """Lay out one chapter's page: the head, the map, the body."""
    words = STORY_PAGE
    page = _Setter(fig)
    counter = words["chapter"][lang].format(number=chapter["number"], count=count)
    head = fig.text(_RIGHT, 0.972, counter, fontsize=8.5, color=_GREY, va="top")
    head.set_horizontalalignment("right")
    room = _RIGHT - _LEFT - page.width(counter, head) / page.pixels(1.0) - 0.03
    y = page.line(0.972, title, room, size=8.5, color=_GREY)
    y = page.line(y - 0.012, str(chapter["title"]), size=15, weight="bold", limit=2)
    when = f"{view_title(chapter['view'], lang)} — {chapter['date'].isoformat()}"
    y = page.line(y - 0.007, when, size=9.5, color=_GREY)
    highlight = [str(i) for i in chapter.get("highlight") or []]
    if highlight:
        names = (place_name(lookup(i), lang) for i in highlight)
        text = words["outlined"][lang].format(places=listing(names, lang))
        y = page.line(y - 0.004, text, size=8.5)
    top = y - 0.012
    ax = fig.add_axes((_LEFT, top - _MAP_HEIGHT, _MAP_WIDTH, _MAP_HEIGHT))
    with quiet(fig):
        _map(ax, chapter, lang)
    page.body(top - _MAP_HEIGHT - 0.032, _items(chapter, lang))


def _map(ax: Axes, chapter: dict[str, Any], lang: Lang) -> None:
    """Draw the chapter's map state, framed to its bounds, places outlined."""
    from matplotlib.collections import PatchCollection

    layers = chapter.get("layers")
    shown = {"boundaries", "settlements", "labels"} if layers is None else set(layers)
    _static.plot(
        chapter["view"],
        lang=lang,
        date=chapter["date"],
        ax=ax,
        settlements="settlements" in shown,
        lines="boundaries" in shown,
        labels=False,  # named below, within the chapter's frame
        inset=False,  # the locator below shows the chapter's frame
    )
    ax.set_title("")  # the page's own line names the view and the day
    for place_id in chapter.get("highlight") or []:
        _outline(ax, lookup(str(place_id))["geometry"])
    bounds = _fitted(ax, chapter["bounds"])
    if "labels" in shown:
        drawn: Lang = lang if lang != "ja" or _static.has_cjk_font() else "en"
        frame = territories(chapter["view"], date=chapter["date"], lang=drawn)
        _static._labels(ax, frame.to_crs(_static.CRS), bounds)
    _static._frame(ax, bounds)
    for shapes in ax.collections:  # the land, as an image: its vertices outnumber
        shapes.set_rasterized(isinstance(shapes, PatchCollection))  # the text 100:1
    _legend_and_locator(ax, bounds)


def _outline(ax: Axes, geometry: Any) -> None:
    """Outline a place boldly: black over a white halo (a ring for a point)."""
    import geopandas as gpd

    shape: Any = gpd.GeoSeries([geometry], crs=4326).to_crs(_static.CRS)
    if shape.geom_type.iloc[0] in ("Point", "MultiPoint"):
        points = shape.explode(index_parts=False)
        ring: dict[str, Any] = {"s": 150, "facecolors": "none", "zorder": 4.5}
        for color, width in (("white", 4.0), (_OUTLINE, 2.0)):
            ax.scatter(points.x, points.y, edgecolors=color, linewidths=width, **ring)
        return
    lines = shape.boundary.explode(index_parts=False)  # not GeoSeries.plot: it draws
    for color, width, z in (("white", 4.0, 3.5), (_OUTLINE, 1.8, 3.6)):
        for line in lines:
            ax.plot(*line.xy, color=color, linewidth=width, zorder=z)


def _fitted(
    ax: Axes, bounds: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """Return ``bounds`` (degrees) in :data:`CRS`, widened to the map's shape."""
    west, south, east, north = (float(v) for v in _static._box(bounds).total_bounds)
    if not all(math.isfinite(v) for v in (west, south, east, north)):  # the region
        west, south, east, north = (float(v) for v in _static._box(_INSET).total_bounds)
    box = ax.get_position(original=True)
    shape = (box.width * A4[0]) / (box.height * A4[1])  # width / height
    width, height = (east - west) * 1.06, (north - south) * 1.06  # a margin
    width, height = max(width, height * shape), max(height, width / shape)
    x, y = (west + east) / 2, (south + north) / 2
    return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def _legend_and_locator(ax: Axes, bounds: tuple[float, float, float, float]) -> None:
    """Fit the legend beside the map; under it, if there is room, a locator map."""
    fig: Any = ax.figure
    ax.apply_aspect()  # the box the frame fills, not the one the last draw saw
    renderer, box = fig.canvas.get_renderer(), ax.get_position(original=True)
    legend: Any = ax.get_legend()
    edge, page = None, fig.bbox
    for size in (7.5, 7.0, 6.5, 6.0, None):  # smaller until it fits
        edge = legend.get_window_extent(renderer) if legend else None
        fits = edge is None or (
            edge.x1 <= _RIGHT * page.width and edge.y0 >= box.y0 * page.height
        )
        if fits or size is None:
            break
        for text in [*legend.get_texts(), legend.get_title()]:
            text.set_fontsize(size)
    rect = (box.x1 + 0.02, box.y0, _RIGHT - box.x1 - 0.02, 0.13)
    if edge is not None and edge.y0 / page.height - 0.01 < box.y0 + rect[3]:
        return  # no room under the legend for the locator: the page goes without
    sub = fig.add_axes(rect)
    sub.set_anchor("SW")
    land: Any = load("context").to_crs(_static.CRS).simplify(4e3)  # type: ignore[operator]
    islands: Any = load("islands").to_crs(_static.CRS).simplify(4e3)  # type: ignore[operator]
    sub.set_facecolor(_styles.SEA)
    land.plot(ax=sub, color=_styles.LAND, edgecolor=_styles.COAST, linewidth=0.2)
    islands.plot(ax=sub, color=_styles.RUSSIA, linewidth=0)
    x0, y0, x1, y1 = bounds
    sub.plot([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0], color="#CC3311", linewidth=1.2)
    _static._frame(sub, tuple(_static._box(_INSET).total_bounds))


def _items(chapter: dict[str, Any], lang: Lang) -> list[_Item]:
    """Return the paragraphs of the chapter's body, in page order."""
    words = STORY_PAGE
    items = [
        _Item(paragraph, "text", gap=0.004 if n else 0.0)
        for n, paragraph in enumerate(_paragraphs(chapter.get("text")))
    ]
    for n, (party, text) in enumerate(chapter.get("positions") or []):
        line = words["position"][lang].format(party=party, text=text)
        items.append(_Item(line, "positions", gap=0.003 if n else 0.008))
    for n, event in enumerate(chapter.get("events") or []):
        line = words["event"][lang].format(**_fields(event, "date title summary"))
        items.append(_Item(line, "events", gap=0.003 if n else 0.008))
    for n, quote in enumerate(chapter.get("quotes") or []):
        speaker = str(quote.get("speaker") or "").strip()
        form = words["quote" if speaker else "quote_unattributed"][lang]
        line = form.format(text=str(quote.get("text", "")).strip(), speaker=speaker)
        items.append(_Item(line, "quotes", gap=0.003 if n else 0.008, color=_GREY))
    alt = str(chapter.get("alt") or "").strip()
    if alt:
        line = words["alt"][lang].format(alt=alt)
        items.append(_Item(line, "alt", gap=0.009, color=_GREY))
    sources = chapter.get("sources") or []
    if sources:
        head = legend_word("sources", lang)
        items.append(_Item(head, "sources_head", gap=0.009, weight="bold"))
    for source in sources:
        line = words["source"][lang].format(**_fields(source, "key publisher title"))
        items.append(_Item(line.strip(" :："), "sources", gap=0.001, scale=0.9))
    return [item for item in items if item.text.strip()]


def _fields(record: Mapping[str, Any], keys: str) -> dict[str, str]:
    values = {key: record.get(key) for key in keys.split()}  # None, NaN: nothing
    return {k: "" if v is None or v != v else str(v).strip() for k, v in values.items()}


def _paragraphs(text: object) -> list[str]:
    """Split plain text into its paragraphs and list items (one line each)."""
    lines = (" ".join(line.split()) for line in str(text or "").splitlines())
    return [re.sub(r"^[-*] ", "• ", line) for line in lines if line]


class _Setter:
    """Sets one page's text: wrapped to the width, smaller or cut to fit."""

    def __init__(self, fig: Figure) -> None:
        from matplotlib.backends.backend_agg import RendererAgg

        self.fig: Any = fig
        canvas: Any = fig.canvas
        self.renderer: Any = canvas.get_renderer()
        fine: Any = RendererAgg  # widths as in a PDF: at 720 dpi hinting rounds less
        self.fine, self.totals = fine(1, 1, 720), dict[str, int]()
        self.advances: dict[Any, dict[str, float]] = {}  # font: word: advance
        self.wrapped: dict[tuple[int, float], list[str]] = {}  # (item, size)

    def pixels(self, fraction: float = _RIGHT - _LEFT) -> float:
        """Return a fraction of the page's width in pixels."""
        return float(fraction * self.fig.bbox.width)

    def width(self, text: str, artist: Text) -> float:
        """Return the drawn width of ``text`` in ``artist``'s font (pixels)."""
        prop = artist.get_fontproperties()
        w, _, _ = self.fine.get_text_width_height_descent(text, prop, ismath=False)
        return float(w * self.fig.dpi / 720)

    def bottom(self, artist: Text) -> float:
        """Return where ``artist`` ends, as a fraction of the page's height."""
        extent = artist.get_window_extent(self.renderer)
        return float(extent.y0 / self.fig.bbox.height)

    def wrap(self, text: str, artist: Text, width: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` pixels.

        The rules of :func:`kurilmap.figures.handout_page._wrap` (words at
        spaces, Japanese by kinsoku, a number with its unit, no widow), but a
        line's width is the sum of its words' advances, each measured once:
        measuring every candidate line took seconds for a long chapter.
        """
        known = self.advances.setdefault(artist.get_fontproperties(), {})

        def advance(token: str) -> float:
            if token not in known:
                bars = self.width(f"|{token}|", artist) - self.width("||", artist)
                known[token] = bars
            return known[token]

        def measure(tokens: list[str]) -> float:
            words = _lstrip(tokens)
            while words and words[-1].isspace():
                words = words[:-1]
            return sum(advance(t) for t in words)

        return wrap_measured(text, measure, width)

    def set(self, artist: Text, lines: list[str], width: float, cut: bool) -> None:
        """Set ``lines``; if ``cut``, end the last one with an ellipsis."""
        if cut and lines:
            last = lines[-1].rstrip("…")
            while last and self.width(last + "…", artist) > width:
                last = last[:-1]
            lines = [*lines[:-1], last.rstrip() + "…"]
        artist.set_parse_math(False)  # "$5 and $6" are dollars, not mathtext
        artist.set_text("\n".join(lines))

    def line(
        self, y: float, text: str, fraction: float = _RIGHT - _LEFT, **style: Any
    ) -> float:
        """Draw a head line, at most ``limit`` lines (default 1); return its end."""
        limit = style.pop("limit", 1)
        size, weight = style.pop("size"), style.pop("weight", "normal")
        color = style.pop("color", _INK)
        artist = self.fig.text(
            _LEFT, y, "", fontsize=size, color=color, fontweight=weight, va="top"
        )
        lines = self.wrap(text, artist, self.pixels(fraction))
        self.set(artist, lines[:limit], self.pixels(fraction), len(lines) > limit)
        return self.bottom(artist)

    def body(self, top: float, items: list[_Item]) -> None:
        """Draw the body from ``top`` to the page's end: smaller, then cut."""
        for size in _SIZES:
            drawn, end = self.draw(top, items, size, {})
            if end >= _BOTTOM:
                return
            for artist in drawn:
                artist.remove()
        size = _SIZES[-1]
        line = size * 1.3 / 72 / A4[1]  # a line's height, about
        limits: dict[str, int] = {}
        for group in _CUT_FIRST:
            total = min(self.totals.get(group, 0), math.ceil((top - _BOTTOM) / line))
            while total > 1:
                limits[group] = total
                drawn, end = self.draw(top, items, size, limits)
                if end >= _BOTTOM:
                    return
                for artist in drawn:
                    artist.remove()
                over = math.ceil((_BOTTOM - end) / line)
                total = max(1, min(total - 1, total - over))
            limits[group] = 1
        self.draw(top, items, size, limits)  # runs over the margin: nothing helps

    def draw(
        self, top: float, items: list[_Item], size: float, limits: dict[str, int]
    ) -> tuple[list[Text], float]:
        """Draw ``items`` at ``size`` from ``top``; return the artists and the end.

        ``limits`` caps a group's lines (the last one shown ends with "…").
        """
        artists: list[Text] = []
        totals: dict[str, int] = {}
        for index, item in enumerate(items):
            style = {"color": item.color, "fontweight": item.weight, "va": "top"}
            artist = self.fig.text(_LEFT, top, "", fontsize=size * item.scale, **style)
            artist.set_linespacing(1.3)
            if (index, size) not in self.wrapped:  # words measured: 1 % to spare
                width = self.pixels() * 0.99
                self.wrapped[index, size] = self.wrap(item.text, artist, width)
            count = len(self.wrapped[index, size])
            totals[item.group] = totals.get(item.group, 0) + count
            artists.append(artist)
        self.totals = totals  # the lines of each group at this size
        room = math.ceil((top - _BOTTOM) * A4[1] * 72 / size) + 1  # 1-point lines
        used: dict[str, int] = {}
        y = top
        for index, (item, artist) in enumerate(zip(items, artists, strict=True)):
            lines, limit = self.wrapped[index, size], limits.get(item.group)
            done = used.get(item.group, 0)
            kept = lines[:room] if limit is None else lines[: max(0, limit - done)]
            used[item.group] = done + len(kept)
            if not kept:
                artist.remove()
                continue
            cut = limit is not None and used[item.group] == limit < totals[item.group]
            self.set(artist, list(kept), self.pixels(), cut)
            artist.set_y(y - item.gap)
            y = self.bottom(artist)
        return [a for a in artists if a.figure is not None], y
