"""Maritime zones, the median line and distances, computed from the coastlines.

Zones are buffers of the land in an azimuthal equidistant projection centred on
the islands (:data:`kurilmap.datasets.LOCAL_CRS`), never in degrees: 12
nautical miles (territorial sea) and 200 (EEZ-style). Where the two sides'
zones meet, the sea goes to the nearer coast: the equidistance (median) line is
the boundary of a Voronoi partition of coastline points labelled by side.
Areas are measured in a Lambert azimuthal equal-area projection.

Limits, stated rather than hidden: the coastlines are GSHHG's (about 0.1-1 km
positional error; the low-tide rock Kaigara is drawn ~1 km from its
lighthouse); only northern Honshu, Hokkaido, Sakhalin, the Kurils and southern
Kamchatka are on the map, so zones are reported inside the *window* where a
settlement of the dispute can change them: 200 nm around the four islands.
No agreed maritime boundary exists; these are geometric constructions.

Examples
--------
>>> import kurilmap
>>> z = kurilmap.maritime.zones("status_quo")
>>> sorted(z["party"].unique()), sorted(int(d) for d in z["distance_nm"].unique())
(['japan', 'russia'], [12, 200])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast, get_args

from kurilmap.claims.model import tables
from kurilmap.datasets import LOCAL_CRS, geodesic_distance_km, load
from kurilmap.errors import InputError
from kurilmap.vocab import as_choice

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = [
    "COAST_SPACING_M",
    "SCENARIOS",
    "Scenario",
    "compute",
    "distances",
    "land",
    "median_line",
    "zones",
]

Scenario: TypeAlias = Literal["status_quo", "two_islands", "all_four"]

SCENARIOS: dict[Scenario, tuple[str, ...]] = {
    "status_quo": (),
    "two_islands": ("shikotan", "habomai"),
    "all_four": ("iturup", "kunashir", "shikotan", "habomai"),
}
"""Disputed units that go to Japan in each settlement scenario."""

NAUTICAL_MILE_M = 1852.0
EQUAL_AREA_CRS = "+proj=laea +lat_0=44.5 +lon_0=146.5 +datum=WGS84 +units=m +no_defs"
COAST_SPACING_M = 500.0
"""Spacing of the coastline points of the Voronoi partition."""

SIMPLIFY_RATIO = 100
"""Coasts are simplified to 1/100 of the buffer distance before buffering (222 m
for 12 nm): the zone edge moves by at most that, about 1% of the zone's width."""

DISPLAY_TOLERANCE_M = 300.0
"""Zone outlines are simplified to 300 m after their areas are measured."""

MEDIAN_WINDOW = (144.5, 42.5, 147.5, 44.9)
"""(west, south, east, north) of the Hokkaido-islands median line."""


def _scenario(scenario: object) -> Scenario:
    """Check a scenario name (Russia's position, the 1956 two islands, Japan's)."""
    return as_choice(scenario, get_args(Scenario), "scenario")


def land(scenario: Scenario = "status_quo") -> gpd.GeoDataFrame:
    """Return each side's land under a scenario (lon/lat, one row per side).

    Parameters
    ----------
    scenario
        ``"status_quo"`` (Russia keeps the four islands: Russia's position),
        ``"two_islands"`` (Shikotan and Habomai to Japan: the 1956 Declaration,
        art. 9) or ``"all_four"`` (the four islands to Japan: Japan's position).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns party, geometry.

    Examples
    --------
    >>> land("all_four")["party"].tolist()
    ['japan', 'russia']
    """
    import geopandas as gpd

    scenario = _scenario(scenario)
    units, _ = tables()
    return gpd.GeoDataFrame(
        {"party": ["japan", "russia"]},
        geometry=list(_sides(units, scenario)),
        crs=units.crs,
    )


def _sides(units: gpd.GeoDataFrame, scenario: Scenario) -> tuple[Any, Any]:
    """(Japan's land, Russia's land) under a scenario, in the units' CRS."""
    import shapely

    japanese = {"hokkaido", "honshu", *SCENARIOS[scenario]}
    shapes = list(units.geometry)
    ids = list(units["id"])
    japan = [g for g, u in zip(shapes, ids, strict=True) if u in japanese]
    russia = [g for g, u in zip(shapes, ids, strict=True) if u not in japanese]
    return shapely.union_all(japan), shapely.union_all(russia)


def _partition(japan: Any, russia: Any) -> tuple[Any, Any]:
    """(sea nearer Japan, sea nearer Russia) from both coasts, local CRS."""
    import numpy as np
    import shapely

    points, labels = [], []
    for label, side in enumerate((japan, russia)):
        coast = shapely.segmentize(
            shapely.simplify(side, 50.0).boundary, COAST_SPACING_M
        )
        xy = shapely.get_coordinates(coast)
        points.append(xy)
        labels.append(np.full(len(xy), label))
    xy = np.vstack(points)
    xy, first = np.unique(np.round(xy, 1), axis=0, return_index=True)
    owner = np.concatenate(labels)[first]
    extent = shapely.box(*(xy.min(axis=0) - 2e6), *(xy.max(axis=0) + 2e6))
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.MultiPoint(xy), extend_to=extent)
    )
    tree = shapely.STRtree(cast("Any", shapely.points(xy)))
    which = tree.query(cells, predicate="contains")
    cell_owner = np.empty(len(cells), dtype=int)
    cell_owner[which[0]] = owner[which[1]]
    return (
        shapely.coverage_union_all(cells[cell_owner == 0]),
        shapely.coverage_union_all(cells[cell_owner == 1]),
    )


def compute(
    units: gpd.GeoDataFrame, scenario: str, distances_nm: tuple[float, ...] = (12, 200)
) -> tuple[gpd.GeoDataFrame, Any]:
    """Compute the zones and the median line from territory units.

    This is the computation behind :func:`zones` and :func:`median_line`; the
    data build runs it once and ships the result (datasets ``zones`` and
    ``boundaries``).

    Parameters
    ----------
    units
        The ``units`` dataset (or another set of units with the same ids).
    scenario
        See :func:`land`.
    distances_nm
        Distances from the coast in nautical miles.

    Returns
    -------
    tuple
        (zones GeoDataFrame in lon/lat, median line geometry in lon/lat).
    """
    import geopandas as gpd
    import shapely

    scenario = _scenario(scenario)
    local = units.to_crs(LOCAL_CRS)
    japan, russia = _sides(local, scenario)
    japan_sea, russia_sea = _partition(japan, russia)
    four = local[local["id"].isin(SCENARIOS["all_four"])].geometry.union_all()
    window = four.buffer(200 * NAUTICAL_MILE_M + 10_000, quad_segs=16)
    all_land = shapely.union(japan, russia)
    rows, geoms = [], []
    for party, own, sea in (
        ("japan", japan, japan_sea),
        ("russia", russia, russia_sea),
    ):
        for distance in distances_nm:
            metres = distance * NAUTICAL_MILE_M
            # Only coast that can reach the window matters, and detail far below
            # the buffer distance barely moves its edge (see SIMPLIFY_RATIO).
            west, south, east, north = window.bounds
            near = shapely.clip_by_rect(
                own, west - metres, south - metres, east + metres, north + metres
            )
            coast = shapely.simplify(near, metres / SIMPLIFY_RATIO)
            reach = coast.buffer(metres, quad_segs=8)
            zone = reach.intersection(sea).intersection(window).difference(all_land)
            rows.append({"scenario": scenario, "party": party, "distance_nm": distance})
            geoms.append(zone)
    frame = gpd.GeoDataFrame(rows, geometry=geoms, crs=LOCAL_CRS)
    frame["area_km2"] = frame.to_crs(EQUAL_AREA_CRS).area / 1e6
    # Areas come from the exact zones; the geometry kept is simplified for display.
    frame["geometry"] = shapely.simplify(frame.geometry.to_numpy(), DISPLAY_TOLERANCE_M)
    shared = japan_sea.boundary.intersection(russia_sea.boundary)
    shared = shapely.line_merge(
        shapely.union_all(
            [g for g in shapely.get_parts(shared) if g.geom_type == "LineString"]
        )
    )
    lonlat = gpd.GeoSeries([shared], crs=LOCAL_CRS).to_crs(4326).iloc[0]
    median = shapely.line_merge(shapely.clip_by_rect(lonlat, *MEDIAN_WINDOW))
    return frame.to_crs("EPSG:4326"), median


def zones(
    scenario: Scenario = "status_quo", *, distances_nm: tuple[float, ...] = (12, 200)
) -> gpd.GeoDataFrame:
    """Return each side's sea within 12 and 200 nautical miles of its coast.

    Sea nearer the other side's coast goes to the other side (equidistance).
    Zones are clipped to the window where the dispute matters (200 nm around
    the four islands) and exclude all land. The 12 and 200 nm zones of the three
    scenarios ship precomputed (dataset ``zones``); other distances are
    computed (a few seconds).

    Parameters
    ----------
    scenario
        See :func:`land`.
    distances_nm
        Distances from the coast in nautical miles (1 nm = 1,852 m).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns scenario, party, distance_nm, area_km2 (equal-area), geometry
        (lon/lat).

    Raises
    ------
    ValueError
        Unknown scenario, or a distance that is not a positive number up to 350.
    """
    scenario = _scenario(scenario)
    for distance in distances_nm:
        if (
            isinstance(distance, bool)
            or not isinstance(distance, int | float)
            or not 0 < distance <= 350
        ):
            msg = f"distances_nm must be positive numbers up to 350, got {distance!r}"
            raise InputError(msg)
    shipped = load("zones")
    rows = shipped[
        (shipped["scenario"] == scenario)
        & shipped["distance_nm"].isin(list(distances_nm))
    ]
    if len(rows) == 2 * len(set(distances_nm)):
        order = {d: i for i, d in enumerate(distances_nm)}
        rows = (
            rows.assign(_o=rows["distance_nm"].map(order))
            .sort_values(["party", "_o"])
            .drop(columns="_o")
        )
        columns = ["scenario", "party", "distance_nm", "geometry", "area_km2"]
        return cast("gpd.GeoDataFrame", rows[columns].reset_index(drop=True))
    units, _ = tables()
    return compute(units, scenario, tuple(distances_nm))[0]


def median_line(scenario: Scenario = "status_quo") -> gpd.GeoDataFrame:
    """Return the equidistance line between Hokkaido and the islands.

    The boundary between the sea nearer Japan's coast and the sea nearer
    Russia's, inside ``MEDIAN_WINDOW`` (from the Sea of Okhotsk through the
    Nemuro and Sovetsky straits to the Pacific). Empty when the scenario leaves
    no Japanese and Russian coasts facing each other there (``all_four``).

    Examples
    --------
    >>> line = median_line()
    >>> line.geometry.iloc[0].geom_type in ("LineString", "MultiLineString")
    True
    """
    import geopandas as gpd
    import shapely

    scenario = _scenario(scenario)
    lines = load("boundaries").set_index("id")
    key = f"median-line-{scenario.replace('_', '-')}"
    geometry = lines.geometry[key] if key in lines.index else shapely.LineString()
    method = lines.at[key, "method"] if key in lines.index else "no facing coasts"
    return gpd.GeoDataFrame(
        {"scenario": [scenario], "method": [method]},
        geometry=[geometry],
        crs="EPSG:4326",
    )


PUBLISHED_DISTANCES = (
    # (from, to, published km, source, what the figure measures)
    ("nosappu", "kaigara-signalny", 3.7, "S04", "Cape Nosappu to Kaigara"),
    ("nosappu", "suisho-tanfilyeva", 7.0, "S04", "Cape Nosappu to Suisho"),
    ("nosappu", "akiyuri-anuchina", 13.7, "S04", "Cape Nosappu to Akiyuri"),
    ("nosappu", "yuri", 16.6, "S04", "Cape Nosappu to Yuri"),
    ("nosappu", "shibotsu-zelyony", 25.5, "S04", "Cape Nosappu to Shibotsu"),
    ("nosappu", "taraku-polonsky", 45.5, "S04", "Cape Nosappu to Taraku"),
    ("nosappu", "shikotan", 73.3, "S04", "Cape Nosappu to Shikotan"),
    ("nosappu", "iturup", 144.5, "S04", "Cape Nosappu to Etorofu"),
    ("hokkaido", "kunashir", 16.0, "S04", "Notsuke peninsula to Kunashiri"),
    ("kunashir", "iturup", 22.0, "G05", "Kunashir to Iturup (Ekaterina Strait)"),
    ("iturup", "urup", 40.0, "G07", "Iturup to Urup (Vries Strait)"),
)


def distances() -> pd.DataFrame:
    """Return computed distances beside the published ones.

    Each computed figure is the geodesic distance between the nearest points of
    the two shapes: Cape Nosappu is the sourced point [R03]; islands are the
    GSHHG polygons of the gazetteer; Hokkaido is its whole coastline (the
    narrowest gap to Kunashir is at the Notsuke spit).

    Returns
    -------
    pandas.DataFrame
        what, computed_km, published_km, difference_km, source, from_point,
        to_point (the nearest points, lon/lat), note.

    Examples
    --------
    >>> d = distances().set_index("what")
    >>> bool(abs(d.loc["Notsuke peninsula to Kunashiri", "difference_km"]) < 3)
    True
    """
    import geopandas as gpd
    import pandas as pd
    import shapely.ops

    places = load("gazetteer").set_index("id").geometry
    rows = []
    for start, end, published, source, what in PUBLISHED_DISTANCES:
        local = gpd.GeoSeries([places[start], places[end]], crs=4326).to_crs(LOCAL_CRS)
        near_a, near_b = shapely.ops.nearest_points(local.iloc[0], local.iloc[1])
        ends = gpd.GeoSeries([near_a, near_b], crs=LOCAL_CRS).to_crs(4326)
        (ax, ay), (bx, by) = (tuple(g.coords[0]) for g in ends)
        computed = geodesic_distance_km(ax, ay, bx, by)
        note = None
        if end == "kaigara-signalny":
            note = (
                "Kaigara is a low-tide rock about 200 m long [S30][S32]; GSHHG "
                "draws it as a 0.05 km² polygon about 1 km east of its "
                "lighthouse, so the computed gap is longer. Other sources: "
                "3.4 km [S71], 3.3 km [G09]."
            )
        rows.append(
            {
                "what": what,
                "computed_km": round(computed, 2),
                "published_km": published,
                "difference_km": round(computed - published, 2),
                "source": source,
                "from_point": f"{ay:.5f}, {ax:.5f}",
                "to_point": f"{by:.5f}, {bx:.5f}",
                "note": note,
            }
        )
    return pd.DataFrame(rows)
