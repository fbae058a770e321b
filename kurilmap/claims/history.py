"""What existed on a day: settlements with the name of their era, lines in force.

The rules, so that a map of 1905 never shows a Soviet town or a line of 1951:

- A settlement is shown from its first sourced day: ``known_from``, else the
  year of its first population figure, else the day it got its Russian name.
  One with no sourced date at all is shown only on today's map.
- Before its Russian name was given (``named_from``; where that day is not
  known, the Soviet landing on its island) it bears its Japanese name, if it
  had one; a settlement with neither is not shown then.
- Each name is written in the reader's script: a Japanese reader gets the
  katakana of a Russian name, a Russian reader the Cyrillic of a Japanese one
  (sourced, or by the Polivanov rule where no source gives it); where no form
  in the reader's script exists, the label is left empty rather than shown in
  another script.
- Its population is the latest figure of a year up to the day's year.
- A line is drawn while in force: treaty boundaries from signing to the day
  they were superseded, Japan's claim line from 1951, the equidistance lines
  from 1 March 1977, when the Soviet fishery zone took the equidistant line as
  its limit south of the islands [S98].

Examples
--------
>>> s = settlements_on("1905-06-01", lang="en").set_index("id")
>>> s.loc["golovnino", "name"], "gornoye" in s.index
('Tomari', False)
>>> settlements_on("2019-05-10", lang="ja").set_index("id").loc["golovnino", "name"]
'ゴロブニノ'
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from kurilmap.claims.model import _day, tables
from kurilmap.datasets import dataset_records, load, missing
from kurilmap.vocab import Lang, as_date, as_lang

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "EQUIDISTANCE_FROM",
    "line_window",
    "lines_on",
    "settlement_eras",
    "settlements_on",
]

EQUIDISTANCE_FROM = dt.date(1977, 3, 1)
"""The Soviet 200-mile fishery zone takes the equidistant line as its limit [S98]."""


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _landing(island: str) -> dt.date:
    """Return the first day of the Soviet occupation of an island (claims table)."""
    _, claims = tables()
    rows = claims[(claims["unit"] == island) & (claims["role"] == "occupies")]
    first: dt.date = min(d.date() for d in rows["valid_from"])
    return first


def settlement_eras() -> list[dict[str, Any]]:
    """Return each settlement's name eras: from, to, and its names in each era.

    Returns
    -------
    list of dict
        ``id``, ``geometry`` and ``eras``: a list of ``{"from": date, "to":
        date or None, "era": "japanese" | "russian", "names": {lang: name or
        None}}``, oldest first; no era before the settlement's first sourced
        day.

    Examples
    --------
    >>> eras = {s["id"]: s["eras"] for s in settlement_eras()}
    >>> [(e["era"], e["from"].isoformat()) for e in eras["yuzhno-kurilsk"]]
    [('japanese', '1945-09-01'), ('russian', '1946-01-01')]
    >>> [(e["era"], e["names"]["ru"]) for e in eras["golovnino"]]
    [('japanese', 'Томари'), ('russian', 'Головнино')]
    """
    firsts: dict[str, int] = {}
    for fig in dataset_records("populations"):
        if not missing(fig["year"]):
            year = int(fig["year"])
            firsts[fig["unit_id"]] = min(year, firsts.get(fig["unit_id"], year))
    out = []
    for row in dataset_records("settlements", geometry=True):
        known, named = _day(row["known_from"]), _day(row["named_from"])
        first_year = firsts.get(row["id"])
        first_figure = None if first_year is None else dt.date(first_year, 1, 1)
        attested = [d for d in (named, first_figure) if d is not None]
        start = known or (min(attested) if attested else None)
        switch = named or _landing(str(row["island"]))
        japanese = {
            "en": _text(row["name_ja_hepburn"]),
            "ja": _text(row["name_ja"]),
            "ru": _text(row["name_ru_japan"]),
        }
        russian = {
            "en": _text(row["name_en"]),
            "ja": _text(row["name_ja_russia"]),
            "ru": _text(row["name_ru"]),
        }
        eras: list[dict[str, Any]] = []
        if start is None:  # no sourced day: today's map only
            eras.append({"from": None, "to": None, "era": "russian", "names": russian})
        else:
            if japanese["ja"] and start < switch:
                eras.append(
                    {
                        "from": start,
                        "to": switch - dt.timedelta(days=1),
                        "era": "japanese",
                        "names": japanese,
                    }
                )
            eras.append(
                {
                    "from": max(start, switch),
                    "to": None,
                    "era": "russian",
                    "names": russian,
                }
            )
        out.append({"id": row["id"], "geometry": row["geometry"], "eras": eras})
    return out


def _population(unit: str, day: dt.date) -> dict[str, Any] | None:
    """Return the latest population figure of a year up to ``day``'s year."""
    figures = [
        f
        for f in dataset_records("populations")
        if f["unit_id"] == unit and not missing(f["year"]) and f["year"] <= day.year
    ]
    if not figures:
        return None
    return max(figures, key=lambda f: (f["year"], f["figure_kind"] == "census"))


def settlements_on(date: object = None, *, lang: Lang = "en") -> gpd.GeoDataFrame:
    """Return the settlements that existed on a day, named as they were then.

    Parameters
    ----------
    date
        The day (default: today), from 1700-01-01 to today.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``: the script of ``name``.

    Returns
    -------
    geopandas.GeoDataFrame
        id, name (``None`` where no name in the reader's script is known), era
        (``japanese`` or ``russian``), population, population_year,
        population_source, geometry (EPSG:4326; empty where no coordinates are
        sourced).

    Examples
    --------
    >>> s = settlements_on("1960-01-01", lang="ru").set_index("id")
    >>> s.loc["kurilsk", ["name", "era"]].tolist()
    ['Курильск', 'russian']
    >>> settlements_on("1940-01-01", lang="ru").set_index("id").loc["kurilsk", "name"]
    'Сяна'
    """
    import geopandas as gpd

    day = as_date(date)
    lang = as_lang(lang)
    today = dt.date.today()
    rows, shapes = [], []
    for settlement in settlement_eras():
        for era in settlement["eras"]:
            start, end = era["from"], era["to"]
            if start is None:
                shown = day == today
            else:
                shown = start <= day and (end is None or day <= end)
            if not shown:
                continue
            figure = _population(settlement["id"], day)
            rows.append(
                {
                    "id": settlement["id"],
                    "name": era["names"][lang],
                    "era": era["era"],
                    "population": None if figure is None else int(figure["population"]),
                    "population_year": None if figure is None else int(figure["year"]),
                    "population_source": None if figure is None else figure["source"],
                }
            )
            shapes.append(settlement["geometry"])
    columns = [
        "id",
        "name",
        "era",
        "population",
        "population_year",
        "population_source",
    ]
    frame = gpd.GeoDataFrame(  # columns named: before 1754, no settlement at all
        rows, columns=columns, geometry=gpd.GeoSeries(shapes, crs="EPSG:4326")
    )
    typed: gpd.GeoDataFrame = frame.astype(
        {"population": "Int64", "population_year": "Int64"}
    )
    return typed


def lines_on(date: object = None) -> gpd.GeoDataFrame:
    """Return the boundary lines in force on a day.

    Treaty boundaries from the treaty's day to the day before the next one,
    Japan's claim line from 1951, the equidistance lines from
    :data:`EQUIDISTANCE_FROM`.

    Examples
    --------
    >>> sorted(lines_on("1900-01-01")["id"])
    ['saint-petersburg-1875']
    >>> "japan-claim-line" in set(lines_on("2019-05-10")["id"])
    True
    """
    day = as_date(date)
    frame = load("boundaries")
    keep = []
    for row in frame.itertuples():
        start, last = line_window(str(row.kind), row.valid_from, row.valid_to)
        keep.append((start is None or start <= day) and (last is None or day <= last))
    return cast("gpd.GeoDataFrame", frame[keep].reset_index(drop=True))


def line_window(
    kind: str, valid_from: Any, valid_to: Any
) -> tuple[dt.date | None, dt.date | None]:
    """Return a line's first and last day in force (``None``: open).

    A boundary is in force from its treaty's day to the day before the next
    one (``valid_to``); the equidistance lines from :data:`EQUIDISTANCE_FROM`.

    Examples
    --------
    >>> import pandas as pd
    >>> line_window("treaty_boundary", pd.Timestamp("1855-02-07"),
    ...             pd.Timestamp("1875-05-07"))
    (datetime.date(1855, 2, 7), datetime.date(1875, 5, 6))
    """
    start = EQUIDISTANCE_FROM if kind == "equidistance_line" else _day(valid_from)
    end = _day(valid_to)
    return start, None if end is None else end - dt.timedelta(days=1)
