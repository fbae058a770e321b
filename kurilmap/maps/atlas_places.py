"""Where the corpus atlas puts each place, and which island's bar it counts in.

A place is drawn where the gazetteer puts it: a circle in the map region, a
label at the view's edge beyond it (with its distance). A place the gazetteer
knows but has no sourced coordinates for (``kitovy``, ``reydovo``: their
geometry is empty rather than guessed) is not drawn, but it is still listed
and counted, and its articles still open from the panel; a settlement of that
kind counts in the bar of the island it is on
(:func:`kurilmap.places.drawn_as`).

Examples
--------
>>> item = atlas_place("kitovy", None, "en")
>>> item["lat"], item["u"], item["g"], item["title"]
(None, True, 0, 'Kitovy')
>>> atlas_place("yuzhno-kurilsk", None, "en")["g"]
1
"""

from __future__ import annotations

from typing import Any

from kurilmap.datasets import in_region, load
from kurilmap.errors import PlaceNotFoundError
from kurilmap.maps.article_layer import _distance_km, _point, sea_point
from kurilmap.maps.leaflet_words import CONTROL_WORDS
from kurilmap.maps.payload import esc
from kurilmap.places import drawn_as, lookup, place_name
from kurilmap.vocab import Lang, number

__all__ = ["ISLANDS", "atlas_place"]

ISLANDS = (
    ("iturup", "#0072B2"),
    ("kunashir", "#D55E00"),
    ("shikotan", "#009E73"),
    ("habomai", "#CC79A7"),
)
"""The islands of the chart, each with its colour (Okabe-Ito)."""


def atlas_place(pid: str, row: Any, lang: Lang) -> dict[str, Any]:
    """Return one place of the atlas: where to draw it, its name, its island.

    Parameters
    ----------
    pid
        The place's id.
    row
        One of its mentions (``geometry``, ``kind``, ``place_name``): what a
        place the gazetteer no longer knows is drawn from.
    lang
        The page's language.

    Returns
    -------
    dict
        ``id``, ``lat``/``lon`` (``None`` for a place with no coordinates),
        ``off`` (beyond the map: a label at its edge), ``u`` (not drawn: no
        coordinates), ``title`` and ``title_html``, ``dist`` (how far beyond
        the map), ``b`` (its bounds, for a shape), ``g`` (the index of its
        island in :data:`ISLANDS`, or -1) and ``k`` (``group`` for a group of
        islands, drawn between them, else ``place``).
    """
    try:
        place = dict(lookup(pid))
        name = place_name(place, lang)
        inside = drawn_as(pid)  # itself, or where it is if it has no coordinates
    except PlaceNotFoundError:
        place = {"geometry": row["geometry"], "kind": row["kind"]}
        name = str(row["place_name"])
        inside = None
    geom = place["geometry"]
    group = place.get("kind") == "island_group" and pid not in dict(ISLANDS)
    item: dict[str, Any] = {
        "id": pid,
        "lat": None,
        "lon": None,
        "off": False,
        "u": True,
        "title": name,
        "title_html": esc(name),
        "dist": "",
        "b": None,
        "g": -1,
        "k": "group" if group else "place",
    }
    point = _point(geom)
    if point is None:  # no sourced coordinates: listed and counted, not drawn
        if inside is None or group:
            return item
        return item | {"g": _island(inside, _point(lookup(inside)["geometry"]))}
    if group:  # between its islands, not on the one its centroid falls on
        point = geom.envelope.centroid
    if place.get("kind") == "sea" and not in_region(point.x, point.y):
        point = sea_point(point)
    off = not in_region(point.x, point.y)
    if geom.geom_type != "Point":
        w, s, e, n = (round(v, 4) for v in geom.bounds)
        item["b"] = [[s, w], [n, e]]
    km = CONTROL_WORDS["km"][lang]
    return item | {
        "lat": round(point.y, 5),
        "lon": round(point.x, 5),
        "off": off,
        "u": False,
        "dist": esc(f"{number(_distance_km(point), lang)} {km}") if off else "",
        "g": -1 if group else _island(pid, point),
    }


def _island(pid: str, point: Any) -> int:
    """Index in :data:`ISLANDS` of the island a place is on, or -1."""
    ids = [i for i, _ in ISLANDS]
    if pid in ids:
        return ids.index(pid)
    units = load("units")
    for i, island in enumerate(ids):
        shape = units.loc[units["id"] == island].geometry.iloc[0]
        if shape.distance(point) < 0.02:  # a coastal settlement's point at sea
            return i
    return -1
