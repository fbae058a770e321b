"""Names and a scale bar that fit the map as it is finally drawn.

A static map's names are placed, and its scale bar sized, when the figure is
drawn, not when :func:`kurilmap.plot` is called: the layout engine and a story
page's framing change the map's size and extent after that, and a name placed
for the first extent collided with its neighbours on a zoomed-out page
(Kunashiri, Shikotan, Habomai and Hokkaido over each other). Matplotlib
places no text by itself, and adjustText moves names away from their places
with leader lines in an iterative solve run once, before the final layout;
so this module does what a cartographer does, in a fixed order that gives the
same bytes every time: the names of the four islands first, then the others
by area, each on its land if it fits there, else beside it, and left out if
it would still cover a name already set, the scale bar, the north arrow or
the inset.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

from matplotlib.artist import Artist

from kurilmap.figures.words import SCALE_BAR
from kurilmap.vocab import Lang, number

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.text import Annotation

__all__ = ["NamePlacer", "ScaleBar", "bar_length"]

GAP = 3.0
"""Points between a name set beside its land and the land."""

BESIDE = ((1, 0), (1, -1), (1, 1), (0, -1), (0, 1), (-1, 0), (-1, -1), (-1, 1))
"""Where a name may stand beside its land, in the order tried: (1, 0) right,
(1, -1) below right... (-1, 1) above left. Right and below first: the islands
face the open Pacific to the south-east, and Hokkaido lies to their west."""

Ha = Literal["left", "center", "right"]
Va = Literal["bottom", "center", "top"]
_HA: dict[int, Ha] = {1: "left", 0: "center", -1: "right"}
_VA: dict[int, Va] = {1: "bottom", 0: "center", -1: "top"}

LENGTHS = (10_000, 20_000, 50_000, 100_000, 200_000, 500_000)
"""The scale bar's lengths, in metres (round numbers of kilometres)."""


def bar_length(width: float) -> int:
    """Return the longest round length within a fifth of a map ``width`` (metres).

    Examples
    --------
    >>> bar_length(400_000), bar_length(1_600_000), bar_length(20_000)
    (50000, 200000, 10000)
    """
    fitting = [n for n in LENGTHS if n <= width / 5]
    return fitting[-1] if fitting else LENGTHS[0]


class NamePlacer(Artist):
    """Place the map's names each time it is drawn; draws nothing itself.

    It is drawn just before the names (a lower ``zorder``), sets each name
    where it fits and hides those that fit nowhere, so the names then drawn
    never overlap each other or the artists to ``avoid``. A name that fits
    inside its land as drawn is tried there first (on it, then just above and
    below); a smaller land is named beside it (:data:`BESIDE`).

    Parameters
    ----------
    names
        The names' annotations, most important first, each placed at a point
        of its land with ``textcoords="offset points"``.
    lands
        Each name's land in view, as (west, south, east, north) in data units.
    cut
        Whether each land is cut by the map's frame (Hokkaido's eastern tip):
        its name goes on the part in view or nowhere, never beside it, where
        it would seem to name a neighbour; and nowhere if that part is
        narrower than the name, which would hide it.
    avoid
        The ``gid`` of the axes' artists no name may cover, found when drawn.
    """

    def __init__(
        self,
        names: list[Annotation],
        lands: list[tuple[float, float, float, float]],
        cut: list[bool],
        *,
        avoid: tuple[str, ...],
    ) -> None:
        super().__init__()
        self.names = names
        self.lands = lands
        self.cut = cut
        self.avoid = avoid
        self.set_zorder(min((n.get_zorder() for n in names), default=5) - 0.01)

    def draw(self, renderer: RendererBase) -> None:
        """Set every name where it fits, or hide it."""
        ax: Any = self.axes
        area = ax.get_window_extent(renderer)
        taken = [
            a.get_window_extent(renderer)
            for a in ax.get_children()
            if a.get_gid() in self.avoid and a.get_visible()
        ]
        to_points = 72.0 / ax.figure.dpi
        for name, land, cut in zip(self.names, self.lands, self.cut, strict=True):
            name.set_visible(True)
            (x0, y0), (x1, y1) = ax.transData.transform([land[:2], land[2:]])
            ax_, ay = ax.transData.transform(name.xy)
            xs = {
                1: (x1 - ax_) * to_points + GAP,
                0: 0.0,
                -1: (x0 - ax_) * to_points - GAP,
            }
            ys = {
                1: (y1 - ay) * to_points + GAP,
                0: 0.0,
                -1: (y0 - ay) * to_points - GAP,
            }
            beside = [(xs[h], ys[v], _HA[h], _VA[v]) for h, v in BESIDE]
            line = float(name.get_fontsize()) * 1.25
            on: list[tuple[float, float, Ha, Va]] = [
                (0.0, dy, "center", "center") for dy in (0.0, line, -line)
            ]
            name.xyann = (0.0, 0.0)
            name.set_horizontalalignment("center")
            name.set_verticalalignment("center")
            fits = name.get_window_extent(renderer).width <= x1 - x0
            if cut:  # on a part in view as wide as the name, or not at all
                tried = on if fits else []
            else:
                tried = on + beside if fits else beside + on[:1]
            for dx, dy, ha, va in tried:
                name.xyann = (dx, dy)
                name.set_horizontalalignment(ha)
                name.set_verticalalignment(va)
                box = name.get_window_extent(renderer)
                inside = area.x0 <= box.x0 and box.x1 <= area.x1
                inside = inside and area.y0 <= box.y0 and box.y1 <= area.y1
                if inside and not any(box.overlaps(t) for t in taken):
                    taken.append(box)
                    break
            else:
                name.set_visible(False)


class ScaleBar(Artist):
    """A scale bar of a round length fitting the map's extent when drawn.

    The map's axes are in metres of a conformal projection; the bar is the
    longest of :data:`LENGTHS` within a fifth of the map's width, labelled in
    ``lang`` ("200 km", "200 км").
    """

    def __init__(self, ax: Axes, lang: Lang) -> None:
        super().__init__()
        self.lang = lang
        self.set_zorder(5)
        self.axes = ax
        self._bars: dict[int, Any] = {}

    def bar(self) -> Any:
        """Return the bar (an ``AnchoredSizeBar``) for the map's extent now."""
        from mpl_toolkits.axes_grid1.anchored_artists import (  # type: ignore[import-untyped]
            AnchoredSizeBar,
        )

        ax: Any = self.axes
        west, east = ax.get_xlim()
        length = bar_length(abs(east - west))
        if length not in self._bars:
            label = SCALE_BAR[self.lang].format(km=number(length // 1000, self.lang))
            bar = AnchoredSizeBar(
                ax.transData,
                length,
                label,
                loc="lower left",
                pad=0.6,
                frameon=True,
                size_vertical=max(1500.0, length * 0.03),
            )
            bar.set_figure(ax.figure)
            bar.axes = ax
            self._bars[length] = bar
        return self._bars[length]

    def get_window_extent(self, renderer: RendererBase | None = None) -> Any:
        """Return the extent of the bar drawn now (for the names to avoid it)."""
        return self.bar().get_window_extent(renderer)

    def draw(self, renderer: RendererBase) -> None:
        """Draw the bar for the map's extent now."""
        if self.get_visible():
            self.bar().draw(renderer)


def north_angle(crs: str, lon: float, lat: float) -> float:
    """Return true north's tilt from the map's up, in radians, at a place.

    Examples
    --------
    >>> round(math.degrees(north_angle("EPSG:32655", 148.5, 45.3)), 2)
    -1.07
    """
    from pyproj import Transformer

    to_map = Transformer.from_crs(4326, crs, always_xy=True)
    x0, y0 = to_map.transform(lon, lat)
    x1, y1 = to_map.transform(lon, lat + 0.1)
    return math.atan2(x1 - x0, y1 - y0)
