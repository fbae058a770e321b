r"""Read and write the shipped data files, byte for byte reproducibly.

GeoJSON (RFC 7946, EPSG:4326, one feature per line) and CSV (UTF-8, ``\\n``,
minimal quoting). Readers return plain records with their row numbers so that
validation can name the row that breaks a rule; writers round coordinates and
format numbers the same way every time.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kurilmap.errors import DataValidationError, InputTypeError, OutputError

COORDINATE_DECIMALS = 6
"""Decimals kept in coordinates: 1e-6° is about 0.1 m."""

Record = dict[str, Any]


def read_geojson(path: Path) -> tuple[list[Record], list[Mapping[str, Any] | None]]:
    """Read a FeatureCollection into (properties, geometry mappings)."""
    name = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise DataValidationError(name, "encoding", f"not UTF-8 text ({exc})") from exc
    except json.JSONDecodeError as exc:
        detail = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise DataValidationError(name, "json", detail) from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise DataValidationError(name, "json", "expected a GeoJSON FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list):
        raise DataValidationError(name, "json", "'features' must be a list")
    props: list[Record] = []
    geoms: list[Mapping[str, Any] | None] = []
    for row, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise DataValidationError(name, "json", "not a GeoJSON Feature", row=row)
        properties = feature.get("properties")
        if not isinstance(properties, dict):
            detail = "'properties' must be an object"
            raise DataValidationError(name, "json", detail, row=row)
        geometry = feature.get("geometry")
        if geometry is not None and not isinstance(geometry, dict):
            detail = "'geometry' must be an object or null"
            raise DataValidationError(name, "json", detail, row=row)
        props.append(properties)
        geoms.append(geometry)
    return props, geoms


def read_csv(path: Path) -> tuple[list[str], list[Record]]:
    """Read a CSV file into (header, records); every value is a string."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataValidationError(name, "encoding", f"not UTF-8 text ({exc})") from exc
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        detail = f"malformed CSV at line {reader.line_num}: {exc}"
        raise DataValidationError(name, "csv", detail) from exc
    if not rows:
        raise DataValidationError(name, "csv", "the file is empty (no header)")
    header, body = rows[0], rows[1:]
    records: list[Record] = []
    for row, values in enumerate(body, start=1):
        if len(values) != len(header):
            detail = f"{len(values)} fields where the header has {len(header)}"
            raise DataValidationError(name, "csv", detail, row=row)
        records.append(dict(zip(header, values, strict=True)))
    return header, records


def format_number(value: float, decimals: int) -> float | int:
    """Round for output; integral floats stay floats (``2.0``), NaN is refused."""
    if math.isnan(value) or math.isinf(value):
        msg = f"cannot write a non-finite number: {value!r}"
        raise ValueError(msg)
    rounded = round(float(value), decimals)
    return 0.0 if rounded == 0 else rounded


def _round_coords(coords: Any) -> Any:
    if isinstance(coords, list | tuple):
        if coords and isinstance(coords[0], int | float):
            return [format_number(c, COORDINATE_DECIMALS) for c in coords]
        return [_round_coords(c) for c in coords]
    msg = f"unexpected coordinate value: {coords!r}"
    raise TypeError(msg)


def geojson_text(
    records: Sequence[Mapping[str, Any]],
    geometries: Sequence[Mapping[str, Any] | None],
    *,
    name: str,
) -> str:
    """Serialise a FeatureCollection: one feature per line, fixed key order."""
    lines = []
    for props, geom in zip(records, geometries, strict=True):
        geometry = None
        if geom is not None:
            geometry = {
                "type": geom["type"],
                "coordinates": _round_coords(geom["coordinates"]),
            }
        feature = {"type": "Feature", "properties": dict(props), "geometry": geometry}
        lines.append(
            json.dumps(
                feature, ensure_ascii=False, separators=(",", ":"), allow_nan=False
            )
        )
    head = json.dumps(
        {"type": "FeatureCollection", "name": name},
        ensure_ascii=False,
        separators=(",", ":"),
    )[:-1]
    return head + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"


def csv_text(header: Sequence[str], records: Iterable[Mapping[str, Any]]) -> str:
    """Serialise records as CSV in header order; ``None`` is an empty cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for record in records:
        writer.writerow(["" if record[h] is None else record[h] for h in header])
    return buffer.getvalue()


def as_path(value: object, what: str = "path") -> Path:
    """Return a file's path given as text or a path; name anything else.

    Examples
    --------
    >>> as_path("map.html")
    PosixPath('map.html')
    """
    if not isinstance(value, str | os.PathLike):
        msg = f"{what} must be a str or pathlib.Path, not {type(value).__name__}"
        raise InputTypeError(msg)
    return Path(value)


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file in the same folder, then rename.

    ``write`` receives the temporary path. On any failure the temporary file is
    removed and the destination is left as it was. A file written again keeps
    its permissions, and a symbolic link its place: its target is written.
    """
    given = Path(path)
    path = given.resolve() if given.is_symlink() else given
    folder = path.parent
    if not folder.is_dir():
        msg = f"cannot write {str(given)!r}: folder {str(folder)!r} does not exist"
        raise OutputError(msg)
    if path.is_dir():
        msg = f"cannot write {str(given)!r}: it is a folder"
        raise OutputError(msg)
    mode = path.stat().st_mode & 0o777 if path.is_file() else 0o644
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # a read-only folder, /proc
        msg = f"cannot write {str(given)!r}: {exc.strerror or exc}"
        raise OutputError(msg) from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    r"""Atomically write UTF-8 text with ``\\n`` line ends."""
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
