"""A first, plain map of the islands from the shipped data.

Placeholder for the full interactive map (claims by point of view, legend,
timeline, offline export), which replaces it. It draws the context land, the
disputed islands by group and the settlements, with names in three languages.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium

GROUP_COLOURS = {
    "iturup": "#0072B2",
    "kunashir": "#009E73",
    "shikotan": "#D55E00",
    "habomai": "#CC79A7",
}
"""Okabe-Ito colours (colour-blind safe), one per disputed group."""

SEA = "#dbe9f4"
LAND = {"Japan": "#f2efe9", "Russia": "#e9e6df"}


def _label(row: Any) -> str:
    parts = [row["name_en"], row["name_ja"], row["name_ru"]]
    return " / ".join(html.escape(str(p)) for p in parts if isinstance(p, str))


def overview_map(*, width: str = "100%", height: str = "100%") -> folium.Map:
    """Return a folium map of the disputed islands on an offline basemap.

    No tile server is used: the land comes from the ``context`` dataset and the
    sea is the map's background colour.

    Parameters
    ----------
    width, height
        CSS size of the map.

    Returns
    -------
    folium.Map
        Context land, islands coloured by group (tooltips with their names in
        English, Japanese and Russian and their area) and settlements.

    Examples
    --------
    >>> m = overview_map()
    >>> "択捉島" in m.get_root().render()
    True
    """
    import folium
    from branca.element import Figure

    from kurilmap.datasets import load

    context = load("context")
    islands = load("islands")
    settlements = load("settlements")
    m = folium.Map(
        tiles=None, width=width, height=height, control_scale=True, prefer_canvas=True
    )
    root = m.get_root()
    assert isinstance(root, Figure)
    root.header.add_child(
        folium.Element(f"<style>.leaflet-container{{background:{SEA};}}</style>")
    )
    land = folium.FeatureGroup(name="Land (context)").add_to(m)
    for country, part in context.groupby("country"):
        folium.GeoJson(
            part[["geometry"]].to_json(),
            style_function=lambda _, c=LAND[str(country)]: {
                "fillColor": c,
                "color": "#9a9a9a",
                "weight": 0.5,
                "fillOpacity": 1,
            },
        ).add_to(land)
    disputed = folium.FeatureGroup(name="Disputed islands").add_to(m)
    for _, row in islands.iterrows():
        tip = f"{_label(row)}<br>{row['area_km2']:.1f} km² (computed)"
        folium.GeoJson(
            row["geometry"].__geo_interface__,
            style_function=lambda _, c=GROUP_COLOURS[row["group"]]: {
                "fillColor": c,
                "color": c,
                "weight": 1,
                "fillOpacity": 0.6,
            },
            tooltip=folium.Tooltip(tip),
        ).add_to(disputed)
    towns = folium.FeatureGroup(name="Settlements").add_to(m)
    for _, row in settlements.dropna(subset=["geometry"]).iterrows():
        point = row["geometry"]
        folium.CircleMarker(
            (point.y, point.x),
            radius=4,
            color="#222",
            weight=1,
            fill=True,
            fill_color="#fff",
            fill_opacity=1,
            tooltip=folium.Tooltip(_label(row)),
        ).add_to(towns)
    folium.LayerControl(collapsed=False).add_to(m)
    west, south, east, north = islands.total_bounds
    m.fit_bounds([[south, west], [north, east]])
    return m
