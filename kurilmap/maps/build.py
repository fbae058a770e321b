"""Interactive maps of the dispute: one view at a date, or two side by side.

:func:`make_map` returns a ``folium.Map`` with named, toggleable layers (the
territories coloured and hatched by status, the land as an offline vector
basemap, settlements by population, treaty and claim lines, maritime zones,
the median line, names), a legend naming the view, a time slider over the
timeline, a scale bar, a minimap, full screen and a measuring tool.
:func:`kurilmap.save_html` writes it as one offline file.

Examples
--------
>>> import kurilmap
>>> m = kurilmap.make_map("japan", lang="ja", date="1960-01-01")
>>> "日本の立場" in m.get_root().render()
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kurilmap import style as _styles
from kurilmap.claims import describe, view_title
from kurilmap.errors import InputError, InputTypeError
from kurilmap.maps import article_layer as _article_layer
from kurilmap.maps import layers as _map_layers
from kurilmap.maps import payload as _payload
from kurilmap.maps.article_layer import article_events, event_note
from kurilmap.maps.assets import ASSETS
from kurilmap.maps.export import notebook_html
from kurilmap.maps.leaflet_words import CONTROL_WORDS, MEASURE_WORDS, control_words
from kurilmap.maps.payload import esc
from kurilmap.news import Article, annotate
from kurilmap.vocab import Lang, View, as_date, as_lang, as_view

if TYPE_CHECKING:
    import folium
    from branca.element import Figure


__all__ = ["LAYERS", "add_layer", "compare_map", "make_map"]

LAYERS = ("territories", "zones", "median_line", "boundaries", "settlements", "labels")
"""The layers of :func:`make_map`, drawn in this order (all by default)."""

FIT_BOUNDS = [[43.0, 145.0], [45.7, 149.0]]
"""South-west and north-east corners the map opens on: the four islands."""


def _map_class() -> type[folium.Map]:
    import folium

    class KurilMap(folium.Map):
        """folium.Map that needs only Leaflet (no jQuery, Bootstrap, fonts)."""

        default_js = [("leaflet", ASSETS["leaflet.js"][0])]  # noqa: RUF012
        default_css = [("leaflet_css", ASSETS["leaflet.css"][0])]  # noqa: RUF012

        def _repr_html_(self, **_: Any) -> str:

            return notebook_html(self)

    return KurilMap


def _page_class() -> type[Figure]:
    from branca.element import Figure

    class KurilPage(Figure):
        """A page of maps that Jupyter shows offline (see ``notebook_html``)."""

        def _repr_html_(self, **_: Any) -> str:

            return notebook_html(self)

    return KurilPage


def _check_layers(layers: Sequence[str]) -> tuple[str, ...]:
    if isinstance(layers, str):
        layers = (layers,)
    names = tuple(layers) if isinstance(layers, Iterable) else None
    if names is None or not all(isinstance(n, str) for n in names):
        msg = f"layers must be layer names, e.g. {LAYERS[:2]!r}, not {layers!r}"
        raise InputTypeError(msg)
    layers = names
    unknown = [name for name in layers if name not in LAYERS]
    if unknown:
        msg = f"unknown layer(s) {unknown}; valid layers: {', '.join(LAYERS)}"
        raise InputError(msg)
    return tuple(name for name in LAYERS if name in layers)


def make_map(
    view: View = "neutral",
    *,
    lang: Lang = "en",
    date: object = None,
    layers: Sequence[str] = LAYERS,
    tiles: str | None = None,
    width: str = "100%",
    height: str = "100%",
    left: str = "0%",
    position: str = "relative",
    article: Article | None = None,
    stops: Sequence[object] = (),
) -> folium.Map:
    r"""Return an interactive map of the dispute in one view, on one day.

    Parameters
    ----------
    view
        ``"neutral"`` (default: both positions), ``"japan"``, ``"russia"`` or
        ``"de_facto"``; it decides the colours, the names that lead and the
        legend's title.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``: names, labels, legend and popups.
    date
        The day shown first (default: today); the time slider steps through
        every dated event from 1700 to today.
    layers
        Which of :data:`LAYERS` to draw (all by default).
    tiles
        Online tiles under the vector land, by xyzservices name (e.g.
        ``"OpenStreetMap.Mapnik"``); ``None`` (default) keeps the map offline.
    width, height, left, position
        CSS placement of the map (for pages with several maps).
    article
        A :class:`kurilmap.Article` to put on the map (see
        :func:`kurilmap.annotate`): a marker for each place it names, with its
        sentences, quotes, speakers and dates; the known events it describes
        where they happened; a panel with its paragraphs, each mention a button
        flying to the place; its events marked on the time slider, which opens
        on the article's date unless ``date`` is given. Places outside the map
        region (Moscow, Tokyo) sit at the edge of the view, pointing their way.
    stops
        More days for the time slider to stop on, besides every day the
        claims change and every dated event (ISO strings or dates).

    Returns
    -------
    folium.Map

    Raises
    ------
    ValueError
        Unknown view, language, layer or tile provider, or a date outside
        1700-01-01 to today.
    TypeError
        ``article`` is not a :class:`kurilmap.Article`.

    Examples
    --------
    >>> import kurilmap
    >>> a = kurilmap.Article.from_text(
    ...     "Talks\n\nKono met Lavrov in Moscow on May 10 to discuss Shikotan.",
    ...     date="2019-05-10")
    >>> html = kurilmap.make_map(article=a).get_root().render()
    >>> 'data-km-place=\\"shikotan\\"' in html
    True
    """
    import folium
    import folium.plugins

    view = as_view(view)
    lang = as_lang(lang)
    rows, notes = _article_rows(article, lang)
    if date is None and article is not None and article.date is not None:
        date = article.date
    day = as_date(date)
    chosen = _check_layers(layers)
    if isinstance(stops, str | dt.date):  # one day, not a sequence of characters
        msg = f"stops takes a list of days: [{stops!r}], not one {type(stops).__name__}"
        raise InputTypeError(msg)
    extra = tuple(sorted({as_date(d) for d in stops}))
    m = _map_class()(
        tiles=None,
        width=width,
        height=height,
        left=left,
        position=position,
        control_scale=True,
        zoom_snap=0.25,
        min_zoom=3,
        max_zoom=14,
    )
    if tiles is not None:
        _add_tiles(m, tiles)
    root = _figure(m)
    title = f"{view_title(view, lang)} — {day.isoformat()}"
    if article is not None and article.title:
        title = f"{article.title} | {title}"
    root.title = esc(title)
    from kurilmap.maps.controls import (
        AltText,
        ControlWords,
        DockSettings,
        add_page_style,
    )

    add_page_style(root, _styles.CSS + _styles.DOCK_CSS, _styles.hatch_defs())
    AltText(esc(describe(view, lang=lang, date=day))).add_to(m)
    DockSettings(lang=lang, fit=FIT_BOUNDS).add_to(m)
    _map_layers.build(
        m, view=view, lang=lang, day=day, layers=chosen, notes=notes, stops=extra
    )
    if article is not None:
        _article_layer.build(m, article, rows, lang=lang)
    folium.plugins.Fullscreen(
        position="topleft",
        title=CONTROL_WORDS["full_screen"][lang],
        title_cancel=CONTROL_WORDS["exit_full_screen"][lang],
    ).add_to(m)
    folium.plugins.MeasureControl(  # writes English; ControlWords swaps its words
        position="topleft",
        primary_length_unit="kilometers",
        secondary_length_unit="miles",
        primary_area_unit="sqkilometers",
        secondary_area_unit="sqmiles",  # not acres, which the tool leaves English
        localization="en",
    ).add_to(m)
    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    ControlWords(control_words(lang), MEASURE_WORDS, lang=lang).add_to(m)  # last
    m.fit_bounds(FIT_BOUNDS)
    return m


def _article_rows(article: Article | None, lang: Lang) -> tuple[Any, dict[str, str]]:
    """Annotate the article; note, per linked event, what it says of it."""
    if article is None:
        return None, {}

    if not isinstance(article, Article):
        msg = f"article must be a kurilmap.Article, not {type(article).__name__}"
        raise InputTypeError(msg)
    rows = annotate(article)
    notes = {
        event: event_note(found, lang) for event, found in article_events(rows).items()
    }
    return rows, notes


def _figure(m: folium.Map) -> Figure:
    from branca.element import Figure

    root = m.get_root()
    assert isinstance(root, Figure)
    return root


def _add_tiles(m: folium.Map, tiles: str) -> None:
    import folium
    import xyzservices

    try:
        provider = xyzservices.providers.query_name(tiles)
    except ValueError:
        msg = (
            f"unknown tile provider {tiles!r}; use an xyzservices name such as "
            "'OpenStreetMap.Mapnik', or tiles=None for the offline map"
        )
        raise InputError(msg) from None
    folium.TileLayer(
        tiles=provider.build_url(),
        attr=provider.html_attribution,
        name=provider.name,
        overlay=False,
    ).add_to(m)


def compare_map(
    left: View = "japan",
    right: View = "russia",
    *,
    lang: Lang = "en",
    date: object = None,
    layers: Sequence[str] = LAYERS,
) -> Figure:
    """Return a page with two synced maps side by side, each with its legend.

    Examples
    --------
    >>> page = compare_map("japan", "russia")
    >>> html = page.render()
    >>> "Japan&#x27;s view | Russia&#x27;s view" in html
    True
    """
    from kurilmap.maps.controls import MapSync, add_page_style

    page = _page_class()(height="100%")
    maps = []
    for side, offset in ((left, "0%"), (right, "50%")):
        m = make_map(
            side,
            lang=lang,
            date=date,
            layers=layers,
            width="50%",
            left=offset,
            position="absolute",
        )
        page.add_child(m)
        maps.append(m)
    page.title = esc(f"{view_title(left, lang)} | {view_title(right, lang)}")
    MapSync(maps[0], maps[1]).add_to(maps[1])
    add_page_style(page, _styles.CSS + _styles.DOCK_CSS, _styles.hatch_defs())
    return page


def add_layer(
    m: folium.Map,
    data: Any,
    *,
    name: str,
    label: str | None = None,
    popup: Sequence[str] = (),
    color: str = "#CC3311",
) -> Any:
    """Add your own GeoDataFrame to a map, every text escaped.

    Parameters
    ----------
    m
        A map from :func:`make_map` or :func:`kurilmap.views_map`, or a page
        from :func:`compare_map` (the layer is added to each of its maps).
    data
        A GeoDataFrame (any CRS; drawn in lon/lat).
    name
        The layer's name in the layer control.
    label
        Column shown as tooltip.
    popup
        Columns shown as a table in the popup.
    color
        Colour of lines, outlines and points.

    Returns
    -------
    The layer added (a folium layer); for a page of maps, the list of the
    layers added, one per map.

    Raises
    ------
    TypeError
        ``m`` is neither a map nor a page of maps.
    ValueError
        A column named in ``label`` or ``popup`` is not in the data.

    Examples
    --------
    >>> import geopandas, shapely, kurilmap
    >>> pts = geopandas.GeoDataFrame({"note": ["<b>hi</b>"]},
    ...                              geometry=[shapely.Point(146, 44)], crs=4326)
    >>> layer = add_layer(kurilmap.make_map(layers=()), pts, name="Mine", label="note")
    >>> "&lt;b&gt;hi&lt;/b&gt;" in layer.data["features"][0]["properties"]["t"]
    True
    """
    import folium
    from branca.element import Figure

    from kurilmap.maps.leaflet import GeoJsonLayer

    if not isinstance(m, folium.Map):
        maps = [
            c for c in getattr(m, "_children", {}).values() if isinstance(c, folium.Map)
        ]
        if not isinstance(m, Figure) or not maps:
            msg = (
                "add_layer needs a map from make_map or views_map, or a page from "
                f"compare_map, not {type(m).__name__}"
            )
            raise InputTypeError(msg)
        return [
            add_layer(one, data, name=name, label=label, popup=popup, color=color)
            for one in maps
        ]
    import geopandas as gpd

    if not isinstance(data, gpd.GeoDataFrame):
        msg = f"add_layer() draws a GeoDataFrame, not {type(data).__name__}"
        raise InputTypeError(msg)
    frame = data.to_crs(4326) if data.crs is not None else data
    missing = [c for c in (label, *popup) if c is not None and c not in frame.columns]
    if missing:
        msg = f"no column {missing} in the data; columns: {list(frame.columns)}"
        raise InputError(msg)
    style = {
        "color": color,
        "fillColor": color,
        "weight": 2,
        "fillOpacity": 0.4,
        "radius": 6,
    }
    features = []
    for _, row in frame.iterrows():
        props: dict[str, Any] = {"s": style}
        if label is not None:
            props["t"] = esc(row[label])
        if popup:
            props["p"] = _payload.popup(
                str(row[label]) if label else name,
                _payload.rows_html((c, row[c]) for c in popup),
            )
        features.append(
            {
                "geometry": _payload.geometry(row.geometry, tolerance=0),
                "properties": props,
            }
        )
    layer = GeoJsonLayer(esc(name), data=_payload.collection(features))
    layer.add_to(m)
    _layer_control_last(m)
    return layer


def _layer_control_last(m: folium.Map) -> None:
    """Move the layer control after every layer (it must see them all defined)."""
    import folium

    for key, child in list(m._children.items()):
        if isinstance(child, folium.LayerControl):
            del m._children[key]
            m._children[key] = child
