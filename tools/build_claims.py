"""Territory units, the claims model and its regression table.

Units are unions of the islands' groups and the context land by ``part_of``
(Sakhalin split at the Portsmouth parallel, 50°N). The claims table is checked:
every unit and event exists, periods are ordered, and on any day a unit has at
most one holder (``sovereign``/``administers``/``occupies``), or two ``shared``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shapely

Record = dict[str, Any]
HOLDING = ("sovereign", "administers", "occupies")


MEDIAN_LABELS = {
    "status_quo": ("status quo", "現状", "статус-кво"),
    "two_islands": (
        "if Shikotan and Habomai were Japan's",
        "二島返還の場合",
        "при передаче Шикотана и Хабомаи",
    ),
}


def _union(geoms: list[Any]) -> Any:
    return shapely.set_precision(shapely.union_all(geoms), 1e-6)


def units(
    rows: list[dict[str, str]],
    islands: tuple[list[Record], list[Any]],
    context: tuple[list[Record], list[Any]],
) -> tuple[list[Record], list[Any]]:
    """Return the unit records and their geometries."""
    records, geoms = [], []
    for row in rows:
        how, *args = row["geometry"].split()
        if how == "groups":
            shape = _union(
                [g for r, g in zip(*islands, strict=True) if r["group"] in args]
            )
        elif how == "part_of":
            parts = [
                g for r, g in zip(*context, strict=True) if r["part_of"] == args[0]
            ]
            shape = _union(parts)
            if len(args) == 3:
                side, latitude = args[1], float(args[2])
                west, south, east, north = shape.bounds
                box = (
                    (west, south, east, latitude)
                    if side == "south_of"
                    else (west, latitude, east, north)
                )
                shape = shapely.set_precision(shapely.clip_by_rect(shape, *box), 1e-6)
        elif how == "context":
            shape = _union(
                [g for r, g in zip(*context, strict=True) if r["id"] == args[0]]
            )
        else:
            msg = f"units.csv {row['id']}: unknown geometry spec {row['geometry']!r}"
            raise SystemExit(msg)
        records.append(
            {
                "id": row["id"],
                "disputed": row["disputed"] == "true",
                "name_en_japan": row["name_en_japan"],
                "name_en_russia": row["name_en_russia"],
                "name_ja": row["name_ja"],
                "name_ru": row["name_ru"] or None,
                "name_ru_japan": row["name_ru_japan"] or None,
                "name_ja_russia": row["name_ja_russia"] or None,
                "source": row["source"],
                "note": row["note"] or None,
            }
        )
        geoms.append(shape)
    return records, geoms


def check_claims(
    rows: list[dict[str, str]], unit_ids: set[str], event_ids: set[str]
) -> None:
    """Fail the build on an inconsistent claims table."""
    for n, row in enumerate(rows, start=2):
        where = f"claims.csv line {n} ({row['unit']} {row['party']} {row['role']})"
        if row["unit"] not in unit_ids:
            msg = f"{where}: unknown unit {row['unit']!r}"
            raise SystemExit(msg)
        if row["event_id"] and row["event_id"] not in event_ids:
            msg = f"{where}: unknown event {row['event_id']!r}"
            raise SystemExit(msg)
        if (
            row["valid_from"]
            and row["valid_to"]
            and row["valid_to"] < row["valid_from"]
        ):
            msg = f"{where}: valid_to is before valid_from"
            raise SystemExit(msg)
    for unit in sorted(unit_ids):
        mine = [r for r in rows if r["unit"] == unit]
        days = sorted(
            {r["valid_from"] for r in mine if r["valid_from"]}
            | {
                (
                    dt.date.fromisoformat(r["valid_to"]) + dt.timedelta(days=1)
                ).isoformat()
                for r in mine
                if r["valid_to"]
            }
            | {"1855-01-01"}
        )
        for day in days:
            holders = [r for r in mine if r["role"] in HOLDING and _active(r, day)]
            shared = [r for r in mine if r["role"] == "shared" and _active(r, day)]
            if len(holders) > 1 or (holders and shared):
                msg = f"claims.csv: {unit} has two holders on {day}"
                raise SystemExit(msg)


def _active(row: dict[str, str], day: str) -> bool:
    return (not row["valid_from"] or row["valid_from"] <= day) and (
        not row["valid_to"] or day <= row["valid_to"]
    )


def check_checks(rows: list[dict[str, str]], place_ids: set[str]) -> None:
    """Fail the build if a regression check names an unknown place."""
    for row in rows:
        if row["place_id"] not in place_ids:
            msg = f"claims_checks.csv {row['id']}: unknown place {row['place_id']!r}"
            raise SystemExit(msg)


def maritime(
    records: list[Record], geoms: list[Any]
) -> tuple[tuple[list[Record], list[Any]], tuple[list[Record], list[Any]]]:
    """Zones of every scenario and the median lines, from the units just built."""
    import geopandas as gpd

    from kurilmap.claims import maritime as sea

    units = gpd.GeoDataFrame(records, geometry=geoms, crs="EPSG:4326")
    zone_records: list[Record] = []
    zone_geoms: list[Any] = []
    line_records: list[Record] = []
    line_geoms: list[Any] = []
    for scenario in sea.SCENARIOS:
        frame, median = sea.compute(units, scenario)
        for row in frame.itertuples():
            zone_records.append(
                {
                    "scenario": scenario,
                    "party": row.party,
                    "distance_nm": int(row.distance_nm),
                    "area_km2": round(float(row.area_km2), 1),
                    "source": "GSHHG",
                    "note": None,
                }
            )
            zone_geoms.append(shapely.set_precision(row.geometry, 1e-6))
        if median.is_empty:
            continue
        label = scenario.replace("_", "-")
        en, ja, ru = MEDIAN_LABELS[scenario]
        line_records.append(
            {
                "id": f"median-line-{label}",
                "name_en": f"Equidistance line, Hokkaido to the islands ({en})",
                "name_ja": f"中間線（北海道と島々の間、{ja}）",
                "name_ru": f"Срединная линия между Хоккайдо и островами ({ru})",
                "kind": "equidistance_line",
                "valid_from": None,
                "valid_to": None,
                "method": (
                    "equidistance between GSHHG coastline points (Voronoi "
                    f"partition, {sea.COAST_SPACING_M:.0f} m spacing)"
                ),
                "source": "GSHHG;S100;S101",
                "note": (
                    "A geometric construction, not an agreed boundary. Japan's "
                    "1977 safe-fishing 'median line' runs halfway between Hokkaido "
                    "and the islands [S100]."
                ),
            }
        )
        line_geoms.append(shapely.set_precision(median, 1e-6))
    return (zone_records, zone_geoms), (line_records, line_geoms)
