"""Draw the historical boundary lines from the GSHHG coastlines.

Treaties name a strait or a parallel, not coordinates. The lines are drawn from
the coastlines: across a strait, the perpendicular bisector of the narrowest gap
between the two shores; on Sakhalin, the 50th parallel from shore to shore.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
import shapely.ops
from pyproj import Transformer

from kurilmap.datasets import LOCAL_CRS

_TO_LOCAL = Transformer.from_crs("EPSG:4326", LOCAL_CRS, always_xy=True)
_TO_LONLAT = Transformer.from_crs(LOCAL_CRS, "EPSG:4326", always_xy=True)


def to_local(geom: Any) -> Any:
    """Project a lon/lat geometry to the local equidistant CRS (metres)."""
    return shapely.transform(
        geom, lambda xy: np.column_stack(_TO_LOCAL.transform(xy[:, 0], xy[:, 1]))
    )


def to_lonlat(geom: Any) -> Any:
    """Project a local-CRS geometry back to lon/lat."""
    return shapely.transform(
        geom, lambda xy: np.column_stack(_TO_LONLAT.transform(xy[:, 0], xy[:, 1]))
    )


def strait_line(shore_a: Any, shore_b: Any, *, half_length_km: float) -> Any:
    """Perpendicular bisector of the narrowest gap between two shores.

    Returns a lon/lat LineString centred on the midpoint of the shortest segment
    between the shores, at right angles to it, ``half_length_km`` each way.
    """
    a, b = to_local(shore_a), to_local(shore_b)
    p, q = shapely.ops.nearest_points(a, b)
    mid = np.array([(p.x + q.x) / 2, (p.y + q.y) / 2])
    gap = np.array([q.x - p.x, q.y - p.y])
    normal = np.array([-gap[1], gap[0]]) / np.hypot(*gap)
    half = normal * half_length_km * 1000.0
    return to_lonlat(shapely.LineString([mid - half, mid + half]))


def parallel_across(island: Any, latitude: float) -> Any:
    """Draw the parallel ``latitude`` from the westmost to the eastmost shore."""
    west, _, east, _ = island.bounds
    crossing = island.intersection(
        shapely.LineString([(west - 1, latitude), (east + 1, latitude)])
    )
    x0, _, x1, _ = crossing.bounds
    return shapely.LineString([(x0, latitude), (x1, latitude)])
