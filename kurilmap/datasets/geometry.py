"""Geodesic measures and the local projection used for distances.

Areas are computed on the WGS84 ellipsoid (pyproj's ``Geod``), never in degrees.
Distances and buffers use an azimuthal equidistant projection centred on the
islands, which keeps distances true to well under 0.1 % across the map region.

Examples
--------
>>> import shapely
>>> square = shapely.box(146.0, 44.0, 146.01, 44.01)
>>> round(float(geodesic_area_km2([square])[0]), 3)
0.891
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

LOCAL_CENTRE = (146.5, 44.5)
"""(lon, lat) centre of the local equidistant projection."""

LOCAL_CRS = (
    f"+proj=aeqd +lat_0={LOCAL_CENTRE[1]} +lon_0={LOCAL_CENTRE[0]} "
    "+datum=WGS84 +units=m +no_defs"
)
"""PROJ string of the local azimuthal equidistant projection (metres)."""


def geodesic_area_km2(geometries: Iterable[Any]) -> npt.NDArray[np.float64]:
    """Return the geodesic area of each (multi)polygon on WGS84, in km².

    Parameters
    ----------
    geometries
        Shapely geometries in lon/lat (EPSG:4326). Points and lines have area 0.

    Returns
    -------
    numpy.ndarray
        One area per geometry, always positive whatever the ring orientation.

    Examples
    --------
    >>> import shapely
    >>> float(geodesic_area_km2([shapely.Point(146, 44)])[0])
    0.0
    """
    import numpy as np
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    areas = [
        0.0 if g is None else abs(geod.geometry_area_perimeter(g)[0]) / 1e6
        for g in geometries
    ]
    return np.asarray(areas, dtype=np.float64)


def geodesic_distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Return the geodesic distance between two lon/lat points on WGS84, in km.

    Examples
    --------
    >>> round(geodesic_distance_km(145.0, 44.0, 146.0, 44.0), 2)
    80.21
    """
    from pyproj import Geod

    _, _, metres = Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)
    return float(metres) / 1000.0
