"""Print-quality static maps of the dispute, drawn directly with matplotlib.

:func:`plot` draws what the interactive map shows (territories coloured and
hatched by status, settlements by population, treaty and claim lines, names)
in a conformal projection (UTM zone 55N, transverse Mercator), with a scale
bar, a north arrow, a locator inset, a legend naming the view and a source
line. :func:`kurilmap.figures.saving.save_figure` writes PNG, SVG or PDF,
byte-reproducibly.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import kurilmap
>>> ax = kurilmap.plot("japan", date="1950-01-01")
>>> ax.get_title()
"Japan's view — 1950-01-01"
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap import style as _styles
from kurilmap.claims import (
    ISLANDS,
    describe,
    legend_word,
    lines_on,
    settlements_on,
    territories,
    view_title,
)
from kurilmap.datasets import load
from kurilmap.figures.canvas import quiet
from kurilmap.figures.linebreak import wrap_chars
from kurilmap.figures.words import SOURCE_LINE, UNPLACED
from kurilmap.vocab import Lang, View, as_date, as_lang, as_view

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "CJK_FONT",
    "CRS",
    "fonts",
    "has_cjk_font",
    "plot",
]

CRS = "EPSG:32655"
"""UTM zone 55N: conformal, true to scale within 0.04 % over the islands."""
EXTENT = (144.9, 42.9, 149.2, 45.75)
"""West, south, east, north of the main map (degrees)."""
INSET = (128.0, 30.0, 165.0, 60.0)
"""The locator inset: Japan, Sakhalin and Kamchatka."""
CJK_FONT = "Noto Sans CJK JP"
FURNITURE = ("km-scale", "km-north", "km-inset")
"""The ``gid`` of what no name may cover: the scale bar, north arrow, inset."""


def has_cjk_font() -> bool:
    """Whether matplotlib can draw Japanese (the Noto Sans CJK JP font)."""
    from matplotlib import font_manager

    if not any(f.name == CJK_FONT for f in font_manager.fontManager.ttflist):
        # matplotlib's font cache may predate the font's installation
        for found in font_manager.findSystemFonts():
            if "NotoSansCJK" in Path(found).name:
                font_manager.fontManager.addfont(found)
    return any(f.name == CJK_FONT for f in font_manager.fontManager.ttflist)


def fonts(lang: Lang) -> tuple[Lang, list[str]]:
    """Pick the language the labels can be drawn in, and its font families."""
    if lang != "ja":
        return lang, ["DejaVu Sans"]
    if not has_cjk_font():
        warnings.warn(
            f"no {CJK_FONT} font is installed (Debian: apt-get install fonts-noto-cjk);"
            " drawing the labels in English instead of Japanese",
            stacklevel=3,
        )
        return "en", ["DejaVu Sans"]
    return "ja", [CJK_FONT, "DejaVu Sans"]


def _box(bounds: tuple[float, float, float, float]) -> Any:
    import geopandas as gpd
    import shapely

    return gpd.GeoSeries([shapely.box(*bounds).segmentize(0.1)], crs=4326).to_crs(CRS)


def plot(
    view: View = "neutral",
    *,
    lang: Lang = "en",
    date: object = None,
    ax: Axes | None = None,
    settlements: bool = True,
    lines: bool = True,
    labels: bool = True,
    inset: bool = True,
    caption: bool = False,
) -> Axes:
    """Draw the dispute in one view, on one day, as a static map.

    Parameters
    ----------
    view
        ``"neutral"``, ``"japan"``, ``"russia"`` or ``"de_facto"``.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``. Japanese needs a CJK font (Debian
        ``fonts-noto-cjk``); without one, a warning and English labels.
    date
        The day shown (default: today).
    ax
        Axes to draw on; a new A4-landscape-shaped figure by default.
    settlements, lines, labels, inset
        Draw the settlements, the treaty/claim lines, the names, the inset.
    caption
        Print the text alternative (:func:`kurilmap.describe`) under the map;
        it is always in ``ax.figure.get_label()``.

    Returns
    -------
    matplotlib.axes.Axes
        In metres of :data:`CRS`; its title names the view and the date.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    view = as_view(view)
    lang = as_lang(lang)
    day = as_date(date)
    lang, families = fonts(lang)
    if ax is None:  # outside rc_context: pyplot's first figure sets interactive mode
        _, ax = plt.subplots(figsize=(11.0, 7.8), layout=_same_layout())
    with (
        plt.rc_context({"font.family": families, "hatch.linewidth": 1.6}),
        quiet(ax.figure),
    ):
        frame = territories(view, date=day, lang=lang).to_crs(CRS)
        west, south, east, north = _box(EXTENT).total_bounds
        ax.set_facecolor(_styles.SEA)
        handles: list[Any] = []
        for status, style in _styles.STATUS_STYLE.items():
            part = frame[frame["status"] == status]
            if part.empty:
                continue
            fill = str(style["fillColor"])
            part.plot(ax=ax, color=fill, edgecolor=_styles.COAST, linewidth=0.5)
            hatch = style["hatch"]
            marks = _styles.MPL_HATCH[str(style["pattern"])] if hatch else None
            if hatch is not None:
                part.plot(
                    ax=ax,
                    facecolor="none",
                    edgecolor=str(hatch),
                    hatch=marks,
                    linewidth=0,
                )
                part.plot(
                    ax=ax, facecolor="none", edgecolor=_styles.COAST, linewidth=0.5
                )
            label = str(part["status_label"].iloc[0])
            handles.append(
                Patch(
                    facecolor=fill,
                    edgecolor=str(hatch or _styles.COAST),
                    hatch=marks,
                    label=label,
                )
            )
        pattern = 0.0  # the longest dash pattern drawn, in points
        if lines:
            line_handles, pattern = _lines(ax, lang, day)
            handles += line_handles
        if settlements:
            handles += _settlements(ax, lang, day)
        if labels:
            _labels(ax, frame, (west, south, east, north))
        _frame(ax, (west, south, east, north))
        ax.set_title(
            f"{view_title(view, lang)} — {day.isoformat()}", fontfamily=families
        )
        for handle in handles:  # the legend sits beside the map: keep it narrow
            handle.set_label(_wrap(handle.get_label(), lang))
        ax.legend(
            handles=handles,
            # a pattern longer than the handle looked solid in the legend
            handlelength=max(2.0, pattern / 8),
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            borderaxespad=0.0,
            fontsize=8,
            framealpha=0.95,
            title=view_title(view, lang),
            title_fontsize=9,
        )
        _scale_and_north(ax, lang)
        if inset:
            _inset(ax)
        # under the map by a fixed distance (not a fraction of the axes, which
        # the layout resizes): the layout then finds the same room on every draw
        ax.text(
            0.0,
            0.0,
            SOURCE_LINE[lang],
            transform=ax.transAxes + _points_down(ax, 10),
            fontsize=7,
            va="top",
            color="#444444",
        )
        text = describe(view, lang=lang, date=day)
        ax.figure.set_label(text)
        if caption:
            width = 70 if lang == "ja" else 150
            ax.text(
                0.0,
                0.0,
                "\n".join(wrap_chars(text, width, cjk=lang == "ja")),
                transform=ax.transAxes + _points_down(ax, 24),
                fontsize=7.5,
                va="top",
                color="#222222",
            )
    return ax


def _points_down(ax: Axes, points: float) -> Any:
    """Return a shift ``points`` down, whatever the size or resolution."""
    from matplotlib.transforms import ScaledTranslation

    return ScaledTranslation(0, -points / 72, ax.figure.dpi_scale_trans)


def _same_layout() -> Any:
    """Return a layout engine that lays a figure out the same way on every draw.

    matplotlib's constrained layout starts from where the previous draw left
    the axes; a map keeps its aspect, so its drawn box (and the legend and
    source line placed from it) differs from the box the layout measured, and
    every save moved the map a little (different bytes each time). This one
    puts each axes back in its grid cell first, so every draw lays out from
    the same start; ``compress`` fits the layout to the map's drawn box.
    """
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    class SameLayout(ConstrainedLayoutEngine):
        def execute(self, fig: Any) -> Any:
            for axes in fig.axes:
                spec = axes.get_subplotspec()
                if spec is not None:
                    axes.set_position(spec.get_position(fig))
                    axes.set_in_layout(True)  # set_position took it out
            return super().execute(fig)

    return SameLayout(compress=True)


def _wrap(text: str, lang: Lang) -> str:
    return "\n".join(wrap_chars(text, 18 if lang == "ja" else 38, cjk=lang == "ja"))


def _lines(ax: Axes, lang: Lang, day: dt.date) -> tuple[list[Any], float]:
    """Draw the lines in force on ``day``; return their legend handles.

    Each handle has its line's width and dash pattern; the length returned
    (points) is what a handle needs to show the longest pattern whole: one
    period and its first dash again (the equidistance line's 12-point dash
    filled matplotlib's 16-point handle, so it looked solid in the legend).
    """
    from matplotlib.lines import Line2D

    frame: Any = lines_on(day).to_crs(CRS)
    frame = frame[frame["id"] != "median-line-two-islands"]
    frame = frame[frame.intersects(_box(EXTENT).iloc[0])]  # lines on the map
    handles, longest = [], 0.0
    for kind, style in _styles.LINE_STYLE.items():
        part = frame[frame["kind"] == kind]
        if part.empty:
            continue
        dashes = [float(x) for x in str(style["dashArray"]).split()]
        color, width = str(style["color"]), float(str(style["weight"])) * 0.6
        part.plot(ax=ax, color=color, linewidth=width, linestyle=(0, dashes))
        names = ", ".join(str(n) for n in part[f"name_{lang}"])
        handles.append(
            Line2D(
                [], [], color=color, linewidth=width, linestyle=(0, dashes), label=names
            )
        )
        longest = max(longest, (sum(dashes) + dashes[0]) * width)  # lw scales dashes
    return handles, longest


def _settlements(ax: Axes, lang: Lang, day: dt.date) -> list[Any]:
    """Draw the settlements of ``day``, sized by their figure then; return handles."""
    from matplotlib.lines import Line2D

    every = settlements_on(day, lang=lang)
    placed = ~every.geometry.is_empty & every.geometry.notna()
    frame = every[placed].to_crs(CRS)
    if every.empty:
        return []
    sizes = frame["population"].astype(float).fillna(20).clip(lower=20) ** 0.5 * 1.2
    ax.scatter(
        frame.geometry.x,
        frame.geometry.y,
        s=sizes,
        color="white",
        edgecolor="#333333",
        linewidth=0.7,
        zorder=4,
    )
    label = legend_word("settlements", lang)
    if not placed.all():  # Kitovy, Reydovo...: listed nowhere on a print
        label = UNPLACED[lang].format(settlements=label, n=int((~placed).sum()))
    return [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="white",
            markeredgecolor="#333333",
            label=label,
        )
    ]


def _labels(ax: Axes, frame: Any, bounds: tuple[float, float, float, float]) -> None:
    """Name the map's land: each name placed when drawn, where it fits.

    The four islands are named first, then the rest by their area in view;
    :class:`kurilmap.figures.placing.NamePlacer` sets each on its land if it
    fits there, else beside it, and leaves out a name that would cover
    another, the scale bar, the north arrow or the inset.
    """
    import shapely
    from shapely.ops import polylabel

    from kurilmap.figures.placing import NamePlacer

    west, south, east, north = bounds
    dx, dy = (east - west) * 0.08, (north - south) * 0.04  # room for text
    view_box = shapely.box(west + dx, south + dy, east - dx, north - dy)
    shown = []
    for _, row in frame.iterrows():
        shape = row.geometry.intersection(view_box)
        if shape.is_empty or shape.area < 5e7:  # 50 km²: Habomai (95) is named
            continue
        part = max(getattr(shape, "geoms", [shape]), key=lambda g: g.area)
        point = polylabel(part, tolerance=1_000)  # its visual centre
        first = row["unit"] in ISLANDS
        shown.append((not first, 0.0 if first else -shape.area, point, shape, row))
    names, lands, cut = [], [], []
    for _, _, point, shape, row in sorted(shown, key=lambda s: s[:2]):
        names.append(
            ax.annotate(
                str(row["name"]),
                (point.x, point.y),
                xytext=(0.0, 0.0),
                textcoords="offset points",
                ha="center",
                va="center",
                fontsize=8,
                fontweight="bold",
                color="#222222",
                zorder=5,
                path_effects=_halo(),
            )
        )
        lands.append(shape.bounds)
        cut.append(shape.area < 0.99 * row.geometry.area)
    ax.add_artist(NamePlacer(names, lands, cut, avoid=FURNITURE))


def _halo() -> list[Any]:
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=3, foreground="white")]


def _scale_and_north(ax: Axes, lang: Lang) -> None:
    """Add a scale bar sized to the map when drawn, and a north arrow."""
    from kurilmap.figures.placing import ScaleBar, north_angle

    ax.add_artist(ScaleBar(ax, lang)).set_gid("km-scale")
    angle = north_angle(CRS, 148.5, 45.3)  # grid convergence: true north's tilt
    dx, dy = 0.05 * math.sin(angle), 0.05 * math.cos(angle)
    ax.annotate(
        "N",
        xy=(0.95 + dx, 0.80 + dy),
        xytext=(0.95, 0.80),
        xycoords="axes fraction",
        textcoords="axes fraction",
        ha="center",
        va="top",
        fontsize=10,
        fontweight="bold",
        arrowprops={"arrowstyle": "-|>", "color": "#222222", "lw": 1.5},
        gid="km-north",
    )


def _inset(ax: Axes) -> None:

    sub = ax.inset_axes((0.005, 0.64, 0.27, 0.355))
    sub.set_gid("km-inset")
    land: Any = load("context").to_crs(CRS)  # type: ignore[operator]
    islands: Any = load("islands").to_crs(CRS)  # type: ignore[operator]
    sub.set_facecolor(_styles.SEA)
    land.plot(ax=sub, color=_styles.LAND, edgecolor=_styles.COAST, linewidth=0.2)
    islands.plot(ax=sub, color=_styles.RUSSIA, linewidth=0)
    _box(EXTENT).boundary.plot(ax=sub, color="#CC3311", linewidth=1.2)
    _frame(sub, tuple(_box(INSET).total_bounds))


def _frame(ax: Axes, bounds: tuple[float, ...]) -> None:
    """Show exactly ``bounds`` (metres of :data:`CRS`), true to scale, no ticks."""
    west, south, east, north = bounds
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
