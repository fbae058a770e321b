"""Names on the interactive map: the islands, and each Habomai islet by name.

The Habomai unit is drawn islet by islet, so a click on an islet names it (its
popup is the islet's name over the unit's status of the day). The islands'
names show at every zoom; an islet's from the zoom where its name fits beside
it. Where names would collide with each other or with a settlement's circle,
the page moves them to a free spot nearby, or hides an islet's name
(:class:`kurilmap.maps.leaflet.LabelLayer`).
"""

from __future__ import annotations

from typing import Any

from kurilmap.datasets import load
from kurilmap.maps.payload import esc
from kurilmap.vocab import Lang, View

__all__ = ["SPLIT_UNITS", "islet_min_zoom", "islet_name", "islets", "label_items"]

SPLIT_UNITS = ("habomai",)
"""Units drawn island by island (named islets; the unnamed rocks together)."""


def islet_min_zoom(area_km2: float) -> int:
    """Return the first zoom at which an islet's name is shown.

    Examples
    --------
    >>> islet_min_zoom(61.5), islet_min_zoom(3.4), islet_min_zoom(0.05)
    (9, 10, 11)
    """
    if area_km2 >= 10:
        return 9
    if area_km2 >= 1:
        return 10
    return 11


def islet_name(row: dict[str, Any], view: View, lang: Lang) -> str:
    """Return an islet's name for a reader: each side's name in the reader's script.

    In English both names show, the view's first (Russia's first in the
    neutral and de facto views, as for the islands); in Japanese the Japanese
    name, in Russian the Russian one (no sourced cross-script form exists).

    Examples
    --------
    >>> row = {"name_en": "Zelyony Island", "name_ja_hepburn": "Shibotsu-tō",
    ...        "name_ja": "志発島", "name_ru": "Зелёный"}
    >>> islet_name(row, "japan", "en"), islet_name(row, "neutral", "en")
    ('Shibotsu-tō (Zelyony Island)', 'Zelyony Island / Shibotsu-tō')
    """
    if lang != "en":
        return str(row[f"name_{lang}"])
    russia = str(row["name_en"])
    japan = row.get("name_ja_hepburn")
    if not isinstance(japan, str) or not japan:
        return russia
    if view == "japan":
        return f"{japan} ({russia})"
    if view == "russia":
        return f"{russia} ({japan})"
    return f"{russia} / {japan}"


def islets(unit: str) -> list[dict[str, Any]]:
    """Return the named islets of a split unit (largest first), then its rocks.

    Each item has ``id``, ``row`` (the islands record, ``None`` for the rocks
    together) and ``geometry``.
    """
    islands = load("islands")
    group = islands[islands["group"] == unit].sort_values("area_km2", ascending=False)
    named = group[group["named"].astype(bool)]
    rocks = group[~group["named"].astype(bool)]
    out: list[dict[str, Any]] = [
        {"id": str(row["id"]), "row": row.to_dict(), "geometry": row.geometry}
        for _, row in named.iterrows()
    ]
    if len(rocks):
        out.append(
            {"id": f"{unit}-rocks", "row": None, "geometry": rocks.geometry.union_all()}
        )
    return out


def label_items(
    names: dict[str, str], shapes: dict[str, Any], *, view: View, lang: Lang
) -> list[list[Any]]:
    """Return the map's labels: ``[lat, lon, escaped name, min zoom]``.

    The four islands and the other units come first (shown at every zoom),
    then each named islet of a split unit from the zoom where it fits.
    """
    items: list[list[Any]] = []
    for unit, shape in shapes.items():
        point = shape.representative_point()
        items.append([round(point.y, 4), round(point.x, 4), esc(names[unit]), 0])
    for unit in SPLIT_UNITS:
        if unit not in shapes:
            continue
        for islet in islets(unit):
            if islet["row"] is None:
                continue
            point = islet["geometry"].representative_point()
            items.append(
                [
                    round(point.y, 4),
                    round(point.x, 4),
                    esc(islet_name(islet["row"], view, lang)),
                    islet_min_zoom(float(islet["row"]["area_km2"])),
                ]
            )
    return items
