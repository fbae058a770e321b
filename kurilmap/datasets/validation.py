"""Check records against a dataset's contract and build a typed (Geo)DataFrame.

Every rule failure raises :class:`~kurilmap.DataValidationError` naming the file,
the 1-based row, the record's id and the rule, so a corrupt or hand-edited file
is caught on load with a message that says what to fix.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from kurilmap.datasets.schema import Column, Contract
from kurilmap.errors import DataValidationError

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

_INT = re.compile(r"-?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BOOLS = {"true": True, "false": False}
_DTYPES = {"str": "string", "int": "Int64", "float": "float64", "bool": "boolean"}


def split_keys(value: str) -> list[str]:
    """Split a ``;``-separated key list (``"S04;S05"``) into its keys."""
    return [k for k in value.split(";") if k]


def _parse(column: Column, value: Any) -> Any:
    """Return the typed value, or raise ValueError saying what was expected."""
    if isinstance(value, str) and column.kind != "str":
        if value == "":
            return None
        if column.kind == "int" and _INT.fullmatch(value):
            return int(value)
        if column.kind == "float":
            number = float(value)
            if math.isfinite(number):
                return number
        if column.kind == "bool" and value in _BOOLS:
            return _BOOLS[value]
        if column.kind == "date" and _DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
        raise ValueError
    if value is None or value == "":
        return None
    if column.kind == "str" and isinstance(value, str):
        return value
    if column.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if (
        column.kind == "float"
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    ):
        return float(value)
    if column.kind == "bool" and isinstance(value, bool):
        return value
    raise ValueError


_EXPECTED = {
    "str": "text",
    "int": "a whole number",
    "float": "a finite number",
    "bool": "true or false",
    "date": "an ISO date YYYY-MM-DD",
}


def _typed_rows(
    contract: Contract, file: str, records: Sequence[Mapping[str, Any]]
) -> dict[str, list[Any]]:
    expected = set(contract.column_names)
    values: dict[str, list[Any]] = {c.name: [] for c in contract.columns}
    for row, record in enumerate(records, start=1):
        rid = str(record.get(contract.key) or "") if contract.key else None
        missing = [c for c in contract.column_names if c not in record]
        extra = sorted(set(record) - expected)
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"missing column(s) {', '.join(missing)}")
            if extra:
                parts.append(f"unknown column(s) {', '.join(extra)}")
            detail = "; ".join(parts) + f"; expected {', '.join(contract.column_names)}"
            raise DataValidationError(file, "columns", detail, row=row, record_id=rid)
        for column in contract.columns:
            raw = record[column.name]
            try:
                value = _parse(column, raw)
            except (ValueError, OverflowError):
                detail = (
                    f"column {column.name!r} holds {raw!r}; expected "
                    f"{_EXPECTED[column.kind]}"
                )
                raise DataValidationError(
                    file, "type", detail, row=row, record_id=rid
                ) from None
            if value is None and column.required:
                detail = f"column {column.name!r} is empty; it is required"
                raise DataValidationError(
                    file, "required", detail, row=row, record_id=rid
                )
            if value is not None and column.choices and value not in column.choices:
                detail = (
                    f"column {column.name!r} holds {value!r}; valid values are "
                    f"{', '.join(column.choices)}"
                )
                raise DataValidationError(
                    file, "choices", detail, row=row, record_id=rid
                )
            values[column.name].append(value)
    return values


def _check_unique(contract: Contract, file: str, values: dict[str, list[Any]]) -> None:
    if not contract.key:
        return
    seen: dict[Any, int] = {}
    for row, key in enumerate(values[contract.key], start=1):
        if key in seen:
            detail = f"{contract.key} {key!r} is already used by row {seen[key]}"
            raise DataValidationError(file, "unique", detail, row=row, record_id=key)
        seen[key] = row


def source_columns(contract: Contract) -> list[str]:
    """Names of the columns that hold source keys (``source``, ``*_source``)."""
    if not contract.has_source:
        return []
    return [c for c in contract.column_names if c == "source" or c.endswith("_source")]


def _check_sources(
    contract: Contract, file: str, values: dict[str, list[Any]], known: set[str]
) -> None:
    for column in source_columns(contract):
        ids = values[contract.key] if contract.key else [None] * len(values[column])
        for row, (rid, keys) in enumerate(zip(ids, values[column], strict=True), 1):
            for key in split_keys(keys or ""):
                if key not in known:
                    detail = f"{column} key {key!r} is not in sources.csv"
                    raise DataValidationError(
                        file, "source", detail, row=row, record_id=rid
                    )


def _geometries(
    contract: Contract,
    file: str,
    geometries: Sequence[Mapping[str, Any] | None],
    ids: Sequence[Any],
) -> list[Any]:
    import shapely
    import shapely.geometry

    shapes: list[Any] = []
    for row, (mapping, rid) in enumerate(zip(geometries, ids, strict=True), start=1):
        if mapping is None:
            if contract.geometry_required:
                raise DataValidationError(
                    file,
                    "geometry-missing",
                    "the feature has no geometry",
                    row=row,
                    record_id=rid,
                )
            shapes.append(None)
            continue
        try:
            geom = shapely.geometry.shape(dict(mapping))
        except (
            KeyError,
            TypeError,
            ValueError,
            AttributeError,
            shapely.errors.GEOSException,
        ) as exc:
            detail = f"geometry cannot be read ({type(exc).__name__}: {exc})"
            raise DataValidationError(
                file, "geometry", detail, row=row, record_id=rid
            ) from None
        if geom.geom_type not in contract.geometry_types:
            detail = (
                f"geometry is a {geom.geom_type}; expected "
                f"{' or '.join(contract.geometry_types)}"
            )
            raise DataValidationError(
                file, "geometry-type", detail, row=row, record_id=rid
            )
        if geom.is_empty or not shapely.is_valid(geom):
            reason = "empty" if geom.is_empty else shapely.is_valid_reason(geom)
            detail = f"geometry is not valid: {reason}"
            raise DataValidationError(
                file, "geometry-valid", detail, row=row, record_id=rid
            )
        if contract.region is not None:
            west, south, east, north = contract.region
            x0, y0, x1, y1 = geom.bounds
            if x0 < west or y0 < south or x1 > east or y1 > north:
                detail = (
                    f"geometry bounds ({x0:.4f}, {y0:.4f}, {x1:.4f}, {y1:.4f}) leave "
                    f"the region ({west}, {south}, {east}, {north}) (lon/lat)"
                )
                raise DataValidationError(
                    file, "region", detail, row=row, record_id=rid
                )
        shapes.append(geom)
    if contract.no_overlap:
        _check_overlap(file, shapes, ids)
    return shapes


def _check_overlap(file: str, shapes: Sequence[Any], ids: Sequence[Any]) -> None:
    import shapely

    tree = shapely.STRtree(shapes)
    left, right = tree.query(shapes, predicate="intersects")
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        if i < j and shapely.relate_pattern(shapes[i], shapes[j], "T********"):
            detail = f"overlaps row {i + 1} (id {ids[i]!r}); features must not overlap"
            raise DataValidationError(
                file, "overlap", detail, row=j + 1, record_id=ids[j]
            )


def build_frame(
    contract: Contract,
    records: Sequence[Mapping[str, Any]],
    geometries: Sequence[Mapping[str, Any] | None] | None = None,
    *,
    source_keys: set[str] | None = None,
) -> pd.DataFrame | gpd.GeoDataFrame:
    """Validate records against ``contract`` and return a typed frame.

    Parameters
    ----------
    contract
        The dataset's contract (from ``kurilmap.datasets.CONTRACTS``).
    records
        Property mappings (GeoJSON) or string rows (CSV), in file order.
    geometries
        GeoJSON geometry mappings for vector datasets, else ``None``.
    source_keys
        Known source keys; ``None`` skips the source rule.

    Returns
    -------
    pandas.DataFrame or geopandas.GeoDataFrame
        Columns in contract order with nullable dtypes; EPSG:4326 for vectors.

    Raises
    ------
    DataValidationError
        The first rule a record breaks.
    """
    import pandas as pd

    file = contract.filename
    values = _typed_rows(contract, file, records)
    _check_unique(contract, file, values)
    if source_keys is not None:
        _check_sources(contract, file, values, source_keys)
    data: dict[str, Any] = {}
    for column in contract.columns:
        if column.kind == "date":
            data[column.name] = pd.to_datetime(
                pd.Series(values[column.name], dtype="object")
            ).astype("datetime64[ns]")
        else:
            dtype = cast("Any", _DTYPES[column.kind])
            data[column.name] = pd.array(values[column.name], dtype=dtype)
    frame = pd.DataFrame(data)
    if contract.kind == "table":
        return frame
    import geopandas as gpd

    count = len(next(iter(values.values()))) if values else 0
    ids = values[contract.key] if contract.key else [None] * count
    shapes = _geometries(contract, file, geometries or [], ids)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(shapes, crs="EPSG:4326"))
