from __future__ import annotations

import math

import shapely
from hypothesis import given
from hypothesis import strategies as st

from kurilmap.datasets.geometry import geodesic_area_km2, geodesic_distance_km

# Area of a 1°x1° cell at the equator on WGS84 (GeographicLib): 12,308.778 km².
EQUATOR_CELL_KM2 = 12308.778


def test_one_degree_cell_at_the_equator():
    area = geodesic_area_km2([shapely.box(0, 0, 1, 1)])[0]
    assert math.isclose(area, EQUATOR_CELL_KM2, rel_tol=1e-5)


def test_orientation_does_not_matter():
    box = shapely.box(146, 44, 147, 45)
    reverse = shapely.Polygon(list(box.exterior.coords)[::-1])
    assert geodesic_area_km2([box])[0] == geodesic_area_km2([reverse])[0]


def test_none_and_points_have_no_area():
    assert geodesic_area_km2([None, shapely.Point(1, 1)]).tolist() == [0.0, 0.0]


@given(
    west=st.floats(140, 150),
    south=st.floats(40, 50),
    width=st.floats(0.01, 2),
    height=st.floats(0.01, 2),
    cut=st.floats(0.1, 0.9),
)
def test_area_is_additive(west, south, width, height, cut):
    whole = shapely.box(west, south, west + width, south + height)
    split = west + width * cut
    left = shapely.box(west, south, split, south + height)
    right = shapely.box(split, south, west + width, south + height)
    total, a, b = geodesic_area_km2([whole, left, right])
    # Edges are geodesics, not parallels: the halves' top and bottom edges bow
    # less than the whole's, a few parts per million for boxes this size.
    assert math.isclose(total, a + b, rel_tol=1e-4)


def test_distance_along_a_meridian():
    # One degree of latitude near 44°N is 111.1 km on WGS84.
    assert math.isclose(geodesic_distance_km(146, 43.5, 146, 44.5), 111.1, abs_tol=0.1)
