"""The shipped datasets: list them, describe them, load them validated.

The data lives in ``data/`` of the source tree and is packed into the wheel as
``kurilmap/_data``; :func:`data_dir` finds either, the same way for a wheel and
an editable install. ``data/registry.json`` (written by ``tools/build_data.py``)
records each file's provenance, licence, shape and SHA-256.

Examples
--------
>>> import kurilmap
>>> "islands" in kurilmap.available()
True
>>> islands = kurilmap.load("islands")
>>> sorted(islands["group"].unique())
['habomai', 'iturup', 'kunashir', 'shikotan']
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap.datasets import files as _io
from kurilmap.datasets.contracts import CONTRACTS
from kurilmap.datasets.schema import Contract
from kurilmap.datasets.validation import build_frame
from kurilmap.errors import (
    DataDirectoryError,
    DatasetNotFoundError,
    DataValidationError,
)

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = ["REGISTRY", "Dataset", "available", "data_dir", "info", "load", "path"]

REGISTRY = "registry.json"


@dataclasses.dataclass(frozen=True)
class Dataset:
    """Provenance and shape of one shipped dataset (see ``data/README.md``)."""

    name: str
    filename: str
    kind: str
    description: str
    license: str
    sources: tuple[str, ...]
    nrows: int
    columns: tuple[str, ...]
    geometry_types: tuple[str, ...]
    crs: str | None
    bounds: tuple[float, float, float, float] | None
    sha256: str

    def __repr__(self) -> str:
        return (
            f"Dataset({self.name!r}: {self.kind}, {self.nrows} rows, "
            f"{self.filename}, {self.license})"
        )


def data_dir() -> Path:
    """Return the folder that holds the shipped data.

    A wheel install carries it as ``kurilmap/_data``; an editable install or a
    source checkout reads ``data/`` beside the package.

    Returns
    -------
    pathlib.Path
        The folder containing ``registry.json``.

    Raises
    ------
    DataDirectoryError
        Neither location has a registry (a broken install).

    Examples
    --------
    >>> (data_dir() / "registry.json").is_file()
    True
    """
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "_data", package.parent / "data"):
        if (candidate / REGISTRY).is_file():
            return candidate
    msg = (
        f"kurilmap's data folder was not found (looked for {REGISTRY} in "
        f"{package / '_data'} and {package.parent / 'data'}); reinstall kurilmap "
        "or rebuild the data with tools/build_data.py"
    )
    raise DataDirectoryError(msg)


@functools.lru_cache(maxsize=8)
def _registry(folder: Path) -> dict[str, Any]:
    file = folder / REGISTRY
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
        datasets = doc["datasets"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        detail = f"cannot read the registry ({type(exc).__name__}: {exc})"
        raise DataValidationError(REGISTRY, "registry", detail) from None
    if not isinstance(datasets, dict):
        raise DataValidationError(REGISTRY, "registry", "'datasets' must be an object")
    return datasets


def _folder(directory: str | Path | None) -> Path:
    return data_dir() if directory is None else Path(directory).resolve()


def available(*, directory: str | Path | None = None) -> list[str]:
    """List the names of the shipped datasets, sorted.

    Parameters
    ----------
    directory
        Another data folder (as written by ``tools/build_data.py``).

    Returns
    -------
    list of str

    Examples
    --------
    >>> available()[:3]
    ['areas', 'boundaries', 'claims']
    """
    return sorted(_registry(_folder(directory)))


def _contract(name: object) -> Contract:
    if isinstance(name, str) and name in CONTRACTS:
        return CONTRACTS[name]
    valid = sorted(CONTRACTS)
    close = difflib.get_close_matches(str(name).lower(), valid, n=1, cutoff=0.5)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    msg = f"unknown dataset {name!r}{hint}; valid names: {', '.join(valid)}"
    raise DatasetNotFoundError(msg)


def info(name: str, *, directory: str | Path | None = None) -> Dataset:
    """Describe one dataset: file, licence, sources, rows, columns, checksum.

    Parameters
    ----------
    name
        A name from :func:`available`.
    directory
        Another data folder (as written by ``tools/build_data.py``).

    Returns
    -------
    Dataset

    Raises
    ------
    DatasetNotFoundError
        ``name`` is not a dataset; the message lists the valid names.

    Examples
    --------
    >>> info("islands").license
    'LGPL-3.0-or-later'
    """
    contract = _contract(name)
    folder = _folder(directory)
    entry = _registry(folder).get(contract.name)
    if entry is None:
        detail = f"dataset {contract.name!r} is missing from the registry"
        raise DataValidationError(REGISTRY, "registry", detail)
    bounds = entry.get("bounds")
    return Dataset(
        name=contract.name,
        filename=contract.filename,
        kind=contract.kind,
        description=contract.description,
        license=contract.license,
        sources=tuple(entry.get("sources", ())),
        nrows=int(entry["nrows"]),
        columns=contract.column_names,
        geometry_types=tuple(entry.get("geometry_types", ())),
        crs=entry.get("crs"),
        bounds=tuple(bounds) if bounds else None,
        sha256=str(entry["sha256"]),
    )


def path(name: str, *, directory: str | Path | None = None) -> Path:
    """Return the path of a dataset's file.

    Examples
    --------
    >>> path("islands").name
    'islands.geojson'
    """
    return _folder(directory) / _contract(name).filename


@functools.lru_cache(maxsize=8)
def _source_keys(folder: Path) -> frozenset[str]:
    frame = _load(CONTRACTS["sources"], folder, None)
    return frozenset(frame["key"].tolist())


def _load(
    contract: Contract, folder: Path, source_keys: frozenset[str] | None
) -> pd.DataFrame | gpd.GeoDataFrame:
    file = folder / contract.filename
    if not file.is_file():
        detail = f"the file is missing from {folder}"
        raise DataValidationError(contract.filename, "missing", detail)
    keys = set(source_keys) if source_keys is not None else None
    if contract.kind == "vector":
        records, geometries = _io.read_geojson(file)
        frame = build_frame(contract, records, geometries, source_keys=keys)
    else:
        _, rows = _io.read_csv(file)
        frame = build_frame(contract, rows, source_keys=keys)
    entry = _registry(folder).get(contract.name, {})
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    if entry.get("sha256") != digest:
        detail = (
            f"the file passes the rules but differs from the registry (sha256 "
            f"{digest[:12]}…, registry {str(entry.get('sha256'))[:12]}…): it was "
            "edited by hand; rebuild with tools/build_data.py"
        )
        raise DataValidationError(contract.filename, "checksum", detail)
    return frame


def load(
    name: str, *, directory: str | Path | None = None
) -> pd.DataFrame | gpd.GeoDataFrame:
    """Load a dataset, validated, as a GeoDataFrame (EPSG:4326) or DataFrame.

    Loading checks every rule of the dataset's contract: columns and types,
    required values, allowed values, unique ids, known source keys, valid
    geometries of the right type inside the region, no overlapping islands, and
    the file's checksum against the registry.

    Parameters
    ----------
    name
        A name from :func:`available`.
    directory
        Another data folder (as written by ``tools/build_data.py``).

    Returns
    -------
    geopandas.GeoDataFrame or pandas.DataFrame
        Vector datasets come back as GeoDataFrames, tables as DataFrames.

    Raises
    ------
    DatasetNotFoundError
        ``name`` is not a dataset.
    DataValidationError
        The file breaks a rule; the message names the file, row and rule.

    Examples
    --------
    >>> islands = load("islands")
    >>> islands.crs.to_string()
    'EPSG:4326'
    >>> int((islands["group"] == "habomai").sum()) >= 10
    True
    """
    contract = _contract(name)
    folder = _folder(directory)
    file = folder / contract.filename
    try:
        stat = file.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (0, 0)
    return _cached_load(contract.name, folder, stamp).copy()


@functools.lru_cache(maxsize=64)
def _cached_load(
    name: str, folder: Path, stamp: tuple[int, int]
) -> pd.DataFrame | gpd.GeoDataFrame:
    """Return a validated frame, kept while its file is unchanged."""
    del stamp  # part of the cache key only: an edited file is read again
    contract = CONTRACTS[name]
    if contract.name == "sources":
        return _load(contract, folder, None)
    return _load(contract, folder, _source_keys(folder))
