"""The settlement options that have been on the table, and what each moves.

- ``all_four``: the four islands to Japan (Japan's position [S01][S02]);
- ``two_islands``: Shikotan and Habomai to Japan (the 1956 Joint Declaration,
  art. 9, after a peace treaty [S94]);
- ``status_quo``: Russia keeps all four (Russia's position [S117]).

For each: the land that changes hands (computed from GSHHG and as published by
Japan's GSI), its share of the four islands, the residents today and in 1945,
and the change in each side's sea within 12 and 200 nautical miles.

The four islands together are the published total, 5,003 km² (MOFA, GSI 2022
survey with islets [S03]; 5,003.1 in the GSI 2021 survey [S04]), not the sum
of the rounded per-island figures, which is 5,004 (:func:`four_islands_area`).

Examples
--------
>>> import kurilmap
>>> from kurilmap.claims.outcomes import scenarios
>>> s = scenarios().set_index("scenario")
>>> round(float(s.loc["two_islands", "share_area_gsi"]), 3)
0.069
>>> float(s.loc["all_four", "area_gsi_km2"]), s.loc["all_four", "area_gsi_source"]
(5003.0, 'S03;S04')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kurilmap.claims.maritime import SCENARIOS, zones
from kurilmap.claims.model import tables
from kurilmap.datasets import geodesic_area_km2, load, records

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ISLANDS", "four_islands_area", "key_figures", "scenarios"]

ISLANDS = ("iturup", "kunashir", "shikotan", "habomai")
"""The four islands (Habomai: the group of islets), west to east."""

DESCRIPTIONS = {
    "status_quo": ("Russia keeps all four islands", "Russia", "S117;S119"),
    "two_islands": (
        "Shikotan and the Habomai islets to Japan after a peace treaty",
        "1956 Joint Declaration, art. 9",
        "S94;S95",
    ),
    "all_four": (
        "Iturup, Kunashir, Shikotan and the Habomai islets to Japan",
        "Japan",
        "S01;S02",
    ),
}


def four_islands_area() -> tuple[float, str]:
    """Return the published land area of the four islands (km²) and its sources.

    MOFA gives 5,003 km² with the surrounding islets (GSI 2022 survey) [S03];
    the Northern Territories Issue Association gives 5,003.1 (GSI 2021) [S04].
    This is the published total: the per-island figures of :func:`key_figures`
    are rounded to whole km² and add up to 5,004.

    Returns
    -------
    tuple of (float, str)
        The area with islets as MOFA publishes it, and the ';'-joined source
        keys of the published totals that round to it.

    Raises
    ------
    LookupError
        If the areas table does not hold exactly one MOFA (GSI 2022) total.

    Examples
    --------
    >>> from kurilmap.claims.outcomes import four_islands_area
    >>> four_islands_area()
    (5003.0, 'S03;S04')
    """
    areas = load("areas")
    four = areas[areas["id"] == "four-islands"]
    total = four[(four["scope"] == "with_islets") & (four["source"] == "S03")]
    if len(total) != 1:
        msg = f"expected one GSI 2022 total for the four islands, found {len(total)}"
        raise LookupError(msg)
    area = float(total["area_km2"].iloc[0])
    gsi_2021 = [float(a) for a in four[four["source"] == "S04"]["area_km2"]]
    same = len(gsi_2021) == 1 and round(gsi_2021[0]) == round(area)
    return area, "S03;S04" if same else "S03"


def _figure(frame: pd.DataFrame, **match: object) -> tuple[int, str, int | None]:
    """(value, source, year) of the one row matching every column given."""
    rows = frame
    for column, value in match.items():
        rows = rows[rows[column] == value]
    if len(rows) != 1:
        msg = f"expected one figure for {match}, found {len(rows)}"
        raise LookupError(msg)
    row = rows.iloc[0]
    year = None if row.isna()["year"] else int(row["year"])
    return int(row["population"]), str(row["source"]), year


def scenarios(*, with_sea: bool = True) -> pd.DataFrame:
    """Return the settlement scenarios with their land, people and sea.

    Parameters
    ----------
    with_sea
        Also compute the change in sea area (a few seconds per scenario, then
        cached); ``False`` leaves those columns empty.

    Returns
    -------
    pandas.DataFrame
        One row per scenario: scenario, description, position_of, source,
        islands_to_japan, area_km2 (computed, GSHHG, with islets), area_gsi_km2
        (GSI 2022 with islets [S03]: the sum of the islands moved, and for all
        four the published total of 5,003 km², see :func:`four_islands_area`),
        area_gsi_source, share_area, share_area_gsi (of the published total),
        residents
        (Russian statistics of January 2016 published by Japan [S06][S09];
        Habomai: no civilian residents), residents_year, share_residents,
        japanese_1945 (residents on 15 Aug 1945 [S06]), share_japanese_1945, and
        the change against the status quo of Japan's and Russia's sea within 12
        and 200 nm (km²): sea12_japan_change_km2, sea12_russia_change_km2,
        sea200_japan_change_km2, sea200_russia_change_km2.
    """
    import pandas as pd

    figures = key_figures().set_index("island")
    area = figures["area_km2"].to_dict()
    gsi_area = figures["area_gsi_km2"].to_dict()
    residents = figures["residents"].to_dict()
    people_1945 = figures["japanese_1945"].to_dict()
    sources = {s for cell in figures["residents_source"] for s in cell.split(";")}
    four = SCENARIOS["all_four"]
    gsi_total, gsi_total_source = four_islands_area()
    total = {
        "area": sum(area[i] for i in four),
        "gsi": gsi_total,
        "people": sum(residents[i] for i in four),
        "1945": sum(people_1945[i] for i in four),
    }
    sea = _sea_changes() if with_sea else {}
    rows = []
    for scenario, islands in SCENARIOS.items():
        description, position, source = DESCRIPTIONS[scenario]
        land = sum(area[i] for i in islands)
        whole = set(islands) == set(four)
        land_gsi = gsi_total if whole else sum(gsi_area[i] for i in islands)
        land_source = gsi_total_source if whole else "S03" if islands else None
        people = sum(residents[i] for i in islands)
        old = sum(people_1945[i] for i in islands)
        rows.append(
            {
                "scenario": scenario,
                "description": description,
                "position_of": position,
                "source": source,
                "islands_to_japan": ";".join(islands) or None,
                "area_km2": round(land, 1),
                "area_gsi_km2": land_gsi,
                "area_gsi_source": land_source,
                "share_area": land / total["area"],
                "share_area_gsi": land_gsi / total["gsi"],
                "residents": people,
                "residents_year": 2016,
                "residents_source": ";".join(sorted(sources)),
                "share_residents": people / total["people"],
                "japanese_1945": old,
                "share_japanese_1945": old / total["1945"],
                **sea.get(scenario, dict.fromkeys(SEA_COLUMNS)),
            }
        )
    return pd.DataFrame(rows)


def key_figures() -> pd.DataFrame:
    """Return each island's land and people, as published, with their sources.

    Returns
    -------
    pandas.DataFrame
        One row per island (:data:`ISLANDS`): island, area_km2 (computed from
        GSHHG, with islets), area_gsi_km2 and area_source (GSI 2022 with islets
        [S03], rounded to whole km²: they add up to 5,004, one more than the
        published total of 5,003 given by :func:`four_islands_area`),
        japanese_1945 and japanese_1945_source (residents on 15 Aug 1945
        [S06]), residents, residents_year and residents_source (Russian
        statistics of January 2016 published by Japan [S06][S09]; Habomai: the
        2010 census, no civilian residents).

    Examples
    --------
    >>> import kurilmap
    >>> from kurilmap.claims.outcomes import four_islands_area
    >>> f = kurilmap.key_figures().set_index("island")
    >>> kunashir = f.loc["kunashir"]
    >>> int(kunashir["japanese_1945"]), int(kunashir["area_gsi_km2"])
    (7364, 1490)
    >>> four_islands_area()[0]  # the published total, not the sum of the above
    5003.0
    """
    import pandas as pd

    units, _ = tables()
    computed = dict(zip(units["id"], geodesic_area_km2(units.geometry), strict=True))
    areas = load("areas")
    gsi = areas[(areas["scope"] == "with_islets") & (areas["source"] == "S03")]
    gsi_area = dict(zip(gsi["id"], gsi["area_km2"], strict=True))
    pop = load("populations")
    rows = []
    for island in ISLANDS:
        if island == "habomai":
            people, source, year = _figure(
                pop, unit_id=island, figure_kind="census", year=2010
            )
        else:
            people, source, year = _figure(
                pop, unit_id=island, figure_kind="statistics", year=2016
            )
        old, old_source, _ = _figure(
            pop,
            unit_id=island,
            figure_kind="register_1945",
            reference_date=pd.Timestamp("1945-08-15"),
        )
        rows.append(
            {
                "island": island,
                "area_km2": round(float(computed[island]), 1),
                "area_gsi_km2": float(gsi_area[island]),
                "area_source": "S03",
                "japanese_1945": old,
                "japanese_1945_source": old_source,
                "residents": people,
                "residents_year": year,
                "residents_source": source,
            }
        )
    return pd.DataFrame(rows)


SEA_COLUMNS = (
    "sea12_japan_change_km2",
    "sea12_russia_change_km2",
    "sea200_japan_change_km2",
    "sea200_russia_change_km2",
)


def _sea_changes() -> dict[str, dict[str, float]]:

    areas = {}
    for scenario in SCENARIOS:
        frame = zones(scenario)
        rows = records(frame)
        areas[scenario] = {
            (r["party"], r["distance_nm"]): float(r["area_km2"]) for r in rows
        }
    base = areas["status_quo"]
    return {
        scenario: {
            f"sea{nm}_{party}_change_km2": round(values[party, nm] - base[party, nm], 0)
            for nm in (12, 200)
            for party in ("japan", "russia")
        }
        for scenario, values in areas.items()
    }
