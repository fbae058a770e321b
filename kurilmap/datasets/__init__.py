"""The shipped datasets: contracts, validated loading, files, records, geometry.

The bottom layer of kurilmap above :mod:`kurilmap.vocab` and
:mod:`kurilmap.errors`: every other subpackage reads data through the names
exported here.

Examples
--------
>>> from kurilmap import datasets
>>> "islands" in datasets.available()
True
>>> datasets.load("islands").crs.to_epsg()
4326
"""

from __future__ import annotations

from kurilmap.datasets.contracts import CONTRACTS
from kurilmap.datasets.files import (
    as_path,
    atomic_write,
    csv_text,
    format_number,
    geojson_text,
    read_csv,
    read_geojson,
    write_text,
)
from kurilmap.datasets.geometry import (
    LOCAL_CENTRE,
    LOCAL_CRS,
    geodesic_area_km2,
    geodesic_distance_km,
)
from kurilmap.datasets.registry import (
    REGISTRY,
    Dataset,
    available,
    data_dir,
    info,
    load,
    path,
)
from kurilmap.datasets.rows import dataset_records, missing, records
from kurilmap.datasets.schema import (
    DISPUTED_BOX,
    MAP_REGION,
    NAME_FORMS,
    PLACE_KINDS,
    Column,
    Contract,
    in_region,
)
from kurilmap.datasets.validation import build_frame, source_columns, split_keys

__all__ = [
    "CONTRACTS",
    "DISPUTED_BOX",
    "LOCAL_CENTRE",
    "LOCAL_CRS",
    "MAP_REGION",
    "NAME_FORMS",
    "PLACE_KINDS",
    "REGISTRY",
    "Column",
    "Contract",
    "Dataset",
    "as_path",
    "atomic_write",
    "available",
    "build_frame",
    "csv_text",
    "data_dir",
    "dataset_records",
    "format_number",
    "geodesic_area_km2",
    "geodesic_distance_km",
    "geojson_text",
    "in_region",
    "info",
    "load",
    "missing",
    "path",
    "read_csv",
    "read_geojson",
    "records",
    "source_columns",
    "split_keys",
    "write_text",
]
