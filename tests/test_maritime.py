from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

import kurilmap
from kurilmap import maritime
from kurilmap.datasets.geometry import LOCAL_CRS

NOSAPPU = shapely.Point(145.816278, 43.385056)  # [R03]


@pytest.fixture(scope="module")
def status_quo():
    return maritime.zones("status_quo")


def test_distances_against_the_published_figures():
    table = maritime.distances().set_index("what")
    assert len(table) == len(maritime.PUBLISHED_DISTANCES)
    # GSHHG against the Japanese figures [S04]: all within 1 km ...
    assert (table["difference_km"].abs() < 1.0).all(), table
    notsuke = table.loc["Notsuke peninsula to Kunashiri"]
    assert notsuke["computed_km"] == pytest.approx(16.0, abs=0.5)
    # ... and the Notsuke spit is where the strait is narrowest.
    lat, lon = (float(v) for v in notsuke["from_point"].split(","))
    assert 43.5 < lat < 43.7
    assert 145.2 < lon < 145.4
    kaigara = table.loc["Cape Nosappu to Kaigara"]
    assert kaigara["computed_km"] > kaigara["published_km"]
    assert "low-tide rock" in kaigara["note"]


def test_zones_shape_and_area(status_quo):
    assert list(status_quo.columns) == [
        "scenario",
        "party",
        "distance_nm",
        "geometry",
        "area_km2",
    ]
    assert status_quo.crs.to_epsg() == 4326
    area = status_quo.set_index(["party", "distance_nm"])["area_km2"]
    for party in ("japan", "russia"):
        assert 0 < area[party, 12] < area[party, 200]


def test_zones_exclude_land_and_do_not_overlap(status_quo):
    land = (
        kurilmap.load("context").union_all().union(kurilmap.load("islands").union_all())
    )
    local = status_quo.to_crs(LOCAL_CRS).set_index(["party", "distance_nm"])
    land_local = gpd.GeoSeries([land], crs=4326).to_crs(LOCAL_CRS).iloc[0]
    # Outlines are simplified to 300 m for display (areas are exact): slivers
    # along the coast stay well under 1 % of a zone.
    for geom in local.geometry:
        assert geom.intersection(land_local).area < 0.01 * geom.area
    overlap = local.geometry["japan", 200].intersection(local.geometry["russia", 200])
    assert overlap.area < 0.001 * local.geometry["japan", 200].area


def test_territorial_sea_reaches_12_nautical_miles(status_quo):
    units = kurilmap.load("units").to_crs(LOCAL_CRS).set_index("id").geometry
    zone = (
        gpd.GeoSeries(
            [status_quo.set_index(["party", "distance_nm"]).geometry["russia", 12]],
            crs=4326,
        )
        .to_crs(LOCAL_CRS)
        .iloc[0]
    )
    iturup, others = units["iturup"], units.drop("iturup").union_all()
    zone = zone.buffer(1.0)
    shapely.prepare(zone)
    nm = 1852.0
    for miles, inside in ((11.5, True), (12.5, False)):
        ring = shapely.segmentize(iturup.buffer(miles * nm).boundary, 5000)
        points = [
            p
            for p in shapely.points(shapely.get_coordinates(ring))
            if p.distance(others) > 30 * nm
        ]
        assert len(points) > 20
        hits = [zone.contains(p) for p in points]
        assert all(hits) if inside else not any(hits), miles


def test_median_line_passes_between_nosappu_and_kaigara():
    line = maritime.median_line().geometry.iloc[0]
    kaigara = kurilmap.geocode("Kaigara").geometry.item()
    gap = shapely.LineString([NOSAPPU, shapely.ops.nearest_points(kaigara, NOSAPPU)[0]])
    assert line.intersects(gap)
    kunashir = kurilmap.geocode("Kunashir").geometry.item()
    hokkaido = kurilmap.geocode("Hokkaido").geometry.item()
    assert not line.intersects(kunashir)
    assert not line.intersects(hokkaido)


def test_a_settlement_moves_the_median_line():
    assert maritime.median_line("all_four").geometry.iloc[0].is_empty
    two = maritime.median_line("two_islands").geometry.iloc[0]
    assert not two.is_empty
    assert not two.equals(maritime.median_line().geometry.iloc[0])


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda: maritime.zones("japan_wins"), "unknown scenario 'japan_wins'"),
        (lambda: maritime.zones(distances_nm=(0,)), "positive numbers up to 350"),
        (lambda: maritime.zones(distances_nm=("12",)), "positive numbers"),
        (lambda: maritime.land("nope"), "valid: status_quo, two_islands, all_four"),
    ],
)
def test_bad_input(call, needle):
    with pytest.raises(ValueError, match=needle):
        call()


def test_figure_of_zones_and_median_line(tmp_path, status_quo):
    """The test figure: zones, islands and the median line, checked by pixels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    colours = {"japan": "#E69F00", "russia": "#56B4E9"}
    fig, ax = plt.subplots(figsize=(6, 6))
    for (party, _), group in status_quo.groupby(["party", "distance_nm"]):
        group.plot(ax=ax, color=colours[party], alpha=0.5)
    kurilmap.load("units").plot(ax=ax, color="#444444")
    maritime.median_line().plot(ax=ax, color="#ff0000", linewidth=2)
    ax.set_xlim(140, 153)
    ax.set_ylim(39.5, 48.5)
    ax.set_axis_off()
    path = tmp_path / "zones.png"
    fig.savefig(path, dpi=60)
    plt.close(fig)
    pixels = (plt.imread(path)[..., :3] * 255).round().astype(int)
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 80) & (pixels[..., 2] < 80)
    assert red.sum() > 50  # the median line is drawn
    blue = pixels[..., 2] > pixels[..., 0] + 40
    orange = pixels[..., 0] > pixels[..., 2] + 60
    assert blue.mean() > 0.1
    assert orange.mean() > 0.05
    assert np.unique(pixels.reshape(-1, 3), axis=0).shape[0] > 10
