"""The political regression table: expected statuses and words, checked.

Each row of the ``claims_checks`` dataset names a gazetteer place, a day and a
view, and what the claims model must say there: the status, who administers,
who claims, and words each language's label must contain, with the sources.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from kurilmap.claims.model import status_rows, tables, territories
from kurilmap.datasets import LOCAL_CRS, dataset_records, load, missing, records
from kurilmap.vocab import LANGS, VIEWS, Lang, View, as_view

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = ["check"]


@functools.lru_cache(maxsize=2)
def _local_units(directory: str | None = None) -> gpd.GeoDataFrame:
    units, _ = tables(directory)
    return units.to_crs(LOCAL_CRS)


def _unit_at(point: Any, units: gpd.GeoDataFrame) -> str:
    """Return the unit containing a point, else the nearest within 5 km."""
    import geopandas as gpd

    inside = units.index[units.contains(point)]
    if len(inside):
        return str(units.at[inside[0], "id"])
    local = _local_units()
    where = gpd.GeoSeries([point], crs=4326).to_crs(LOCAL_CRS).iloc[0]
    distances = local.distance(where)
    nearest = int(distances.to_numpy().argmin())
    if float(distances.to_numpy()[nearest]) > 5000:
        msg = f"no territory unit within 5 km of {point.wkt}"
        raise ValueError(msg)
    return str(units["id"].iat[nearest])


def _result(
    row: dict[str, Any],
    unit: str,
    day: dt.date,
    view: View,
    field: str,
    want: str | None,
    got: str | None,
    *,
    passed: bool | None = None,
) -> dict[str, Any]:
    import pandas as pd

    return {
        "id": row["id"],
        "place_id": row["place_id"],
        "unit": unit,
        "date": pd.Timestamp(day),
        "view": view,
        "field": field,
        "expected": want,
        "got": got,
        "passed": want == got if passed is None else passed,
    }


@functools.lru_cache(maxsize=512)
def _labels_on(view: View, day: dt.date, lang: Lang) -> dict[str, str]:
    return {r["unit"]: str(r["status_label"]) for r in status_rows(view, day, lang)}


def check() -> pd.DataFrame:
    """Run the political regression table and return one row per expectation.

    Each check names a place of the gazetteer, a day and a view, and the
    status, administrator and claimant expected there (``claims_checks``).

    Returns
    -------
    pandas.DataFrame
        id, place_id, unit, date, view, field, expected, got, passed.

    Examples
    --------
    >>> result = check()
    >>> bool(result["passed"].all()), len(result) > 100
    (True, True)
    """
    import pandas as pd

    checks = dataset_records("claims_checks")
    places = load("gazetteer").set_index("id").geometry
    units, _ = tables()
    views: dict[tuple[str, dt.date], dict[str, dict[str, Any]]] = {}
    out = []
    for row in checks:
        unit = _unit_at(places[row["place_id"]].representative_point(), units)
        day = dt.date.today() if missing(row["date"]) else row["date"].date()
        for view in VIEWS if row["view"] == "all" else (as_view(row["view"]),):
            if (view, day) not in views:
                frame = territories(view, date=day)
                views[view, day] = {r["unit"]: r for r in records(frame)}
            got = views[view, day][unit]
            for field in ("status", "administered_by", "claimed_by"):
                expected = row[f"expect_{field}"]
                if field == "status" and missing(expected):
                    continue
                want = None if missing(expected) else str(expected)
                value = None if missing(got[field]) else str(got[field])
                out.append(_result(row, unit, day, view, field, want, value))
            for lang in LANGS:
                words = row[f"expect_label_{lang}"]
                if missing(words):
                    continue
                label = _labels_on(view, day, lang)[unit]
                out.append(
                    _result(
                        row,
                        unit,
                        day,
                        view,
                        f"label_{lang}",
                        str(words),
                        label,
                        passed=str(words) in label,
                    )
                )
    return pd.DataFrame(out)
