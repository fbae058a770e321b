"""Load the files of a corpus directory, checking what ``read_corpus`` relies on.

The manifest (format and version), the two tables and the shards, the JSON
columns of a shard decoded back to lists (``docs/corpus-format.md``). Every
problem is an :class:`~kurilmap.errors.InputError` naming the file.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap.errors import InputError
from kurilmap.news.annotation import COLUMNS

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "CORPUS_VERSION",
    "FORMAT",
    "JOINED",
    "JSON_COLUMNS",
    "SHARD_COLUMNS",
    "empty_frame",
    "empty_mentions",
    "join_mentions",
    "read_manifest",
    "read_shard",
    "read_table",
]

FORMAT = "kurilmap-corpus"
"""The manifest's ``format``: what marks a folder as a kurilmap corpus."""
CORPUS_VERSION = 1
"""The corpus format this kurilmap writes and reads (``docs/corpus-format.md``)."""
ARTICLE_COLUMNS = (
    "id",
    "title",
    "date",
    "outlet",
    "url",
    "language",
    "source",
    "status",
    "duplicate_of",
    "shard",
    "mentions",
)
"""The columns of ``articles.parquet``, in order."""

JSON_COLUMNS = ("quotes", "dates", "figures", "events")
"""Nested columns a shard stores as JSON text."""

JOINED = ("date", "month", "outlet", "language", "title", "url")
"""What each mention row gets from its article (``month`` is ``YYYY-MM``)."""

SHARD_COLUMNS = ("article", *COLUMNS, "geometry")
"""The columns of a shard :func:`read_shard` reads (any other is left out)."""


def read_manifest(folder: Path) -> dict[str, Any]:
    """Return ``corpus.json`` of a corpus directory, checked."""
    where = f"no corpus at {str(folder)!r}"
    if not folder.exists():
        msg = f"{where}: the directory does not exist"
        raise InputError(msg)
    if not folder.is_dir():
        msg = f"{where}: it is a file, not a corpus directory"
        raise InputError(msg)
    file = folder / "corpus.json"
    if not file.is_file():
        msg = (
            f"{where}: it has no corpus.json (write one with: kurilmap corpus "
            "annotate INPUTS --out DIR)"
        )
        raise InputError(msg)
    try:
        manifest = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        msg = f"{where}: corpus.json is not valid JSON ({exc})"
        raise InputError(msg) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        msg = f"{where}: corpus.json is not a kurilmap corpus manifest"
        raise InputError(msg)
    version = manifest.get("version")
    if version != CORPUS_VERSION:
        msg = (
            f"{where}: corpus format version {version!r} is unknown; this "
            f"kurilmap reads version {CORPUS_VERSION} (upgrade kurilmap, or "
            "annotate the inputs again)"
        )
        raise InputError(msg)
    if not isinstance(manifest.get("shards", []), list):
        msg = f"{where}: corpus.json's 'shards' is not a list"
        raise InputError(msg)
    return manifest


def read_table(file: Path, columns: list[str]) -> pd.DataFrame:
    """Return a corpus table (none: no rows), checking it has ``columns``."""
    import pandas as pd

    if not file.exists():
        return empty_frame(columns)
    try:
        frame = pd.read_parquet(file)
    except (OSError, ValueError) as exc:
        msg = f"cannot read {str(file)!r} as Parquet: {exc}"
        raise InputError(msg) from None
    lacking = [c for c in columns if c not in frame.columns]
    if lacking:
        msg = f"{str(file)!r} lacks the column(s) {lacking} of a corpus table"
        raise InputError(msg)
    return frame


def read_shard(
    folder: Path, key: str, shapes: dict[bytes, Any] | None = None
) -> tuple[pd.DataFrame, np.ndarray[Any, Any]]:
    """Return one shard: its columns (JSON decoded) and its geometry (EPSG:4326).

    A shard's geometry column is dictionary-encoded (each place's shape once,
    ``docs/corpus-format.md``): each distinct shape is decoded once, and every
    row of that place holds the same shapely object, not a copy (an island's
    outline is up to 300 KB). A shard whose geometry is not WKB in EPSG:4326
    is read by geopandas and reprojected, as any GeoParquet.

    Parameters
    ----------
    folder
        The corpus directory.
    key
        The shard's key (its file is ``shards/<key>.parquet``).
    shapes
        The shapes decoded so far (WKB to shape), carried from one shard to
        the next so that a place's shape is decoded once per corpus.

    Returns
    -------
    tuple
        The columns of ``SHARD_COLUMNS`` the shard has, but ``geometry``, as a
        DataFrame; and the geometry as an object array of shapely shapes (None
        where missing), one per row.
    """
    import numpy as np
    import pandas as pd
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

    file = folder / "shards" / f"{key}.parquet"
    if not file.is_file() or "/" in key or "\\" in key:
        msg = (
            f"shard {key!r} listed in {str(folder / 'corpus.json')!r} is missing "
            "(run the annotation again to finish the corpus)"
        )
        raise InputError(msg)
    try:
        reader = pq.ParquetFile(file, read_dictionary=["geometry"])
        names = reader.schema_arrow.names
        columns = [c for c in SHARD_COLUMNS if c in names]
        nested = [c for c in JSON_COLUMNS if c in columns]
        if "geometry" not in columns or not _plain_wkb_4326(reader.schema_arrow):
            frame, geometry = _read_geoparquet(file, columns)
            texts = {c: frame.pop(c).tolist() for c in nested}
        else:
            table = reader.read(columns=columns)
            geometry = _shapes(
                table.column("geometry"), {} if shapes is None else shapes
            )
            texts = {c: table.column(c).to_pylist() for c in nested}
            frame = table.drop_columns(["geometry", *nested]).to_pandas()
    except (OSError, ValueError) as exc:
        msg = f"cannot read shard {str(file)!r}: {exc}"
        raise InputError(msg) from None
    for column, values in texts.items():  # after the others: read_corpus orders
        frame[column] = pd.Series(_decoded_all(values), index=frame.index, dtype=object)
    return frame, np.asarray(geometry, dtype=object)


def _plain_wkb_4326(schema: Any) -> bool:
    """Whether the shard's geometry is WKB in EPSG:4326 (what kurilmap writes)."""
    try:
        geo = json.loads((schema.metadata or {}).get(b"geo", b"{}"))
        column = geo["columns"]["geometry"]
        crs = column["crs"]
    except (KeyError, TypeError, ValueError):
        return False
    if column.get("encoding") != "WKB" or not isinstance(crs, dict):
        return False
    return _is_4326(json.dumps(crs, sort_keys=True))


@functools.cache
def _is_4326(crs: str) -> bool:
    import pyproj

    return bool(pyproj.CRS.from_json(crs).equals("EPSG:4326"))


def _shapes(column: Any, shapes: dict[bytes, Any]) -> list[Any]:
    """Decode a dictionary-encoded WKB column, each distinct shape once."""
    import shapely

    out: list[Any] = []
    for chunk in column.chunks:
        wkb = chunk.dictionary.to_pylist()
        new = [w for w in dict.fromkeys(wkb) if w is not None and w not in shapes]
        if new:
            shapes.update(zip(new, shapely.from_wkb(new), strict=True))
        decoded = [None if w is None else shapes[w] for w in wkb]
        out += [None if i is None else decoded[i] for i in chunk.indices.to_pylist()]
    return out


def _read_geoparquet(file: Path, columns: list[str]) -> tuple[pd.DataFrame, Any]:
    """Read a shard as any GeoParquet (geopandas), in EPSG:4326."""
    import geopandas as gpd
    import pandas as pd

    shard = gpd.read_parquet(file, columns=columns or None)
    if shard.crs is not None and not shard.crs.equals("EPSG:4326"):
        shard = shard.to_crs(4326)
    geometry = list(shard.geometry.array)
    frame = pd.DataFrame(shard.drop(columns=shard.geometry.name))
    return frame, geometry


def _decoded_all(values: list[Any]) -> list[list[Any]]:
    """Decode a shard's JSON column: each distinct text once.

    The rows of one sentence (a mention of each place in it) hold the same
    text, so they share its decoded list; an empty list is never shared.
    """
    seen: dict[str, list[Any]] = {}
    out: list[list[Any]] = []
    for value in values:
        if not value or value == "[]":  # most rows: no quote, date, figure, event
            out.append([])
        elif isinstance(value, str):
            found = seen.get(value)
            if found is None:
                found = seen[value] = _decoded(value)
            out.append(found)
        else:
            out.append(_decoded(value))
    return out


def _decoded(value: Any) -> list[Any]:
    if isinstance(value, str):
        found = json.loads(value) if value else []
        return list(found) if isinstance(found, list) else [found]
    if value is None:
        return []
    return list(value)


def empty_frame(columns: list[str]) -> pd.DataFrame:
    """Return a table with these columns and no row."""
    import pandas as pd

    return pd.DataFrame({c: [] for c in columns}, dtype=object)


def join_mentions(
    frame: pd.DataFrame, geometry: Any, articles: pd.DataFrame
) -> gpd.GeoDataFrame:
    """Return the mentions joined with their article, with their geometry.

    Each mention gets its article's date, month, outlet, language, title and
    URL (``None`` where not given); the geometry is in EPSG:4326.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    annotated = articles
    if "status" in articles.columns:
        annotated = articles[articles["status"] == "annotated"]
    meta = annotated.drop_duplicates("id")
    at = {str(k): i for i, k in enumerate(meta["id"])}  # the article's row
    found = pd.Index(list(at)).get_indexer(pd.Index(frame["article"].astype(str)))
    rows = np.array([*at.values(), -1])[found]  # -1: not an annotated article

    def text(value: object) -> str | None:
        return value if isinstance(value, str) and value else None

    table: dict[str, list[str | None]] = {
        name: [text(v) for v in meta[name]]
        for name in ("date", "outlet", "language", "title", "url")
    }
    table["month"] = [v[:7] if v else None for v in table["date"]]
    out = frame.copy(deep=False)
    for name in JOINED:  # object arrays: pandas' map would turn None into NaN
        values = np.array([*table[name], None], dtype=object)  # -1: no article
        out[name] = pd.Series(values[rows], index=out.index, dtype=object)
    order = ["article", *COLUMNS, *JOINED]
    out = out[[c for c in order if c in out.columns]]
    return gpd.GeoDataFrame(
        out, geometry=gpd.GeoSeries(geometry, index=out.index, crs=4326)
    )


def empty_mentions() -> gpd.GeoDataFrame:
    """Return the mentions table of a corpus with no shard: every column, no row."""
    import geopandas as gpd

    columns = ["article", *COLUMNS, *JOINED]
    return gpd.GeoDataFrame(
        {c: [] for c in columns}, geometry=gpd.GeoSeries([], crs=4326)
    )
