r"""One shard of a corpus: its articles in, its GeoParquet bytes out.

A shard travels to a worker as Arrow IPC bytes (:func:`pack`: each article's
cleaned text and metadata) and comes back as the bytes of its GeoParquet file
(:func:`annotate_shard`), so neither way pickles Python objects. The file's
columns are ``article`` (the article id), then :data:`kurilmap.news.COLUMNS`,
the nested ones as JSON text, and ``geometry`` (WKB, EPSG:4326), with the same
Arrow schema in every shard (see ``docs/corpus-format.md``).

Examples
--------
>>> import io
>>> import pyarrow.parquet as pq
>>> from kurilmap.news.article import Article
>>> a = Article.from_text("Lavrov met Kono in Moscow.", date="2019-05-10")
>>> data = annotate_shard(pack([(article_id(a), a)]))
>>> pq.read_table(io.BytesIO(data)).column("place_id").to_pylist()
['moscow']
>>> summary(data) == ({article_id(a): 1}, [])
True
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kurilmap._version import __version__
from kurilmap.news.annotation import COLUMNS, annotate_many
from kurilmap.news.article import Article

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

__all__ = [
    "JSON_COLUMNS",
    "annotate_shard",
    "article_id",
    "pack",
    "schema",
    "shard_key",
    "summary",
    "warm",
]

JSON_COLUMNS = ("quotes", "dates", "figures", "events")
"""Nested columns, stored as JSON text."""

_DICTIONARY_PAGE = 16 * 2**20
"""Room for every place's shape once (the gazetteer's are 1.7 MB of WKB)."""
_INTEGERS = ("paragraph", "sentence_index", "start", "end")
_PACKED = ("id", "text", "title", "date", "outlet", "url", "lang")


def article_id(article: Article) -> str:
    r"""Return the article's id: 16 hex digits of the SHA-256 of its cleaned text.

    Examples
    --------
    >>> a = Article.from_text("Lavrov  met Kono.")
    >>> article_id(a) == article_id(Article.from_text("Lavrov met Kono.\n"))
    True
    """
    return hashlib.sha256(article.body.encode("utf-8")).hexdigest()[:16]


def _described(article_id: str, article: Article) -> list[str | None]:
    """Return what a shard key covers: the id and what cleaning or annotating reads."""
    date = None if article.date is None else article.date.isoformat()
    return [article_id, date, article.language, article.title]


def shard_key(articles: Sequence[tuple[str, Article]]) -> str:
    """Return a shard's key: 16 hex digits of the SHA-256 of what it holds.

    The key covers each article's id, date, language and title, in
    order, and the kurilmap version: the same inputs give the same keys (so a
    rerun skips the shards it wrote), a changed date or a new kurilmap does not.
    """
    what = [__version__, *(_described(i, a) for i, a in articles)]
    text = json.dumps(what, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def pack(articles: Sequence[tuple[str, Article]]) -> bytes:
    """Return the articles as Arrow IPC bytes: id, cleaned text and metadata."""
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    columns: dict[str, list[str | None]] = {c: [] for c in _PACKED}
    for key, article in articles:
        values = (
            key,
            article.body,
            article.title,
            None if article.date is None else article.date.isoformat(),
            article.outlet,
            article.url,
            article.language,
        )
        for name, value in zip(_PACKED, values, strict=True):
            columns[name].append(value)
    table = pa.table({c: pa.array(v, pa.string()) for c, v in columns.items()})
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _unpack(payload: bytes) -> pd.DataFrame:
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    with pa.ipc.open_stream(payload) as reader:
        table = reader.read_all()
    frame: pd.DataFrame = table.to_pandas().set_index("id")
    frame.index.name = None
    return frame


def annotate_shard(payload: bytes) -> bytes:
    """Annotate a packed shard; return its GeoParquet file's bytes.

    Parameters
    ----------
    payload
        Articles as :func:`pack` returns them.

    Returns
    -------
    bytes
        The shard file. An article that cannot be annotated adds no rows and
        an ``(article id, reason)`` pair to the file's ``kurilmap`` metadata
        (read by :func:`summary`); the others are annotated as usual.
    """
    frame = _unpack(payload)
    try:
        rows = annotate_many(frame, progress=False)
    except Exception:  # one article's failure must not sink the shard
        return _one_by_one(frame)
    errors = [_split(e) for e in rows.attrs.get("errors", [])]
    return _parquet(_arrow(rows), errors)


def _one_by_one(frame: pd.DataFrame) -> bytes:
    import pandas as pd

    found, errors = [], []
    for i in range(len(frame)):
        key = str(frame.index[i])
        try:
            rows = annotate_many(frame.iloc[[i]], progress=False)
        except Exception as exc:  # reported, not raised
            reason = " ".join(f"annotation failed: {type(exc).__name__}: {exc}".split())
            errors.append((key, reason))
            continue
        errors += [_split(e) for e in rows.attrs.get("errors", [])]
        found.append(rows)
    table = _arrow(pd.concat(found, ignore_index=True) if found else None)
    return _parquet(table, errors)


def _split(error: str) -> tuple[str, str]:
    key, _, reason = str(error).partition(": ")
    return key, " ".join(reason.split()) or "annotation failed"


def _plain(value: object) -> object:
    """JSON for what ``json`` cannot write: dates, numpy numbers."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _json(values: Any) -> list[str]:
    return [
        json.dumps(
            [] if v is None else list(v),
            ensure_ascii=False,
            sort_keys=True,
            default=_plain,
        )
        for v in values
    ]


@functools.cache
def schema() -> pa.Schema:
    """Return the Arrow schema of a shard (without the GeoParquet metadata)."""
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    def kind(name: str) -> pa.DataType:
        if name in _INTEGERS:
            return pa.int64()
        if name == "score":
            return pa.float64()
        if name == "in_region":
            return pa.bool_()
        return pa.string()

    fields = [pa.field("article", pa.string(), nullable=False)]
    fields += [pa.field(c, kind(c)) for c in COLUMNS]
    geometry = pa.field("geometry", pa.dictionary(pa.int32(), pa.binary()))
    return pa.schema([*fields, geometry])


def _arrow(rows: pd.DataFrame | None) -> pa.Table:
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    shape = schema()
    if rows is None or not len(rows):
        return shape.empty_table()
    arrays = []
    for field in shape:
        name = field.name
        if name == "geometry":
            arrays.append(_shapes(rows.geometry.array))
        elif name in JSON_COLUMNS:
            arrays.append(pa.array(_json(rows[name]), pa.string()))
        elif name == "article":
            arrays.append(pa.array([str(k) for k in rows[name]], pa.string()))
        else:
            arrays.append(pa.Array.from_pandas(rows[name], type=field.type))
    return pa.Table.from_arrays(arrays, schema=shape)


def _shapes(geometries: Any) -> pa.DictionaryArray:
    """Return WKB, each shape once: a place's outline is not copied per mention.

    Every mention of a place holds the same shapely object (``annotate`` looks
    it up once), so the WKB is computed once per object, and the column is
    dictionary-encoded in memory as it is in the Parquet file.
    """
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    import shapely

    first: dict[int, int] = {}
    codes: list[int | None] = []
    unique: list[Any] = []
    for shape in geometries:
        if shape is None:
            codes.append(None)
            continue
        code = first.setdefault(id(shape), len(unique))
        if code == len(unique):
            unique.append(shape)
        codes.append(code)
    wkb: Any = (
        shapely.to_wkb(unique, output_dimension=2, byte_order=1) if unique else []
    )
    return pa.DictionaryArray.from_arrays(
        pa.array(codes, pa.int32()), pa.array(list(wkb), pa.binary())
    )


@functools.cache
def _crs() -> dict[str, Any]:
    import pyproj

    found: dict[str, Any] = pyproj.CRS.from_epsg(4326).to_json_dict()
    return found


def _parquet(table: pa.Table, errors: list[tuple[str, str]]) -> bytes:
    """Return the table as GeoParquet 1.0 bytes (zstd; the same table, same bytes)."""
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    import shapely

    shapes = _distinct_shapes(table.column("geometry"))
    column: dict[str, Any] = {
        "encoding": "WKB",
        "geometry_types": sorted({g.geom_type for g in shapes if g is not None}),
        "crs": _crs(),
    }
    if any(g is not None for g in shapes):
        column["bbox"] = [float(x) for x in shapely.total_bounds(shapes)]
    geo = {
        "version": "1.0.0",
        "primary_column": "geometry",
        "columns": {"geometry": column},
        "creator": {"library": "kurilmap", "version": __version__},
    }
    own = {"errors": [list(e) for e in errors]}
    meta = {
        b"geo": json.dumps(geo, sort_keys=True).encode("utf-8"),
        b"kurilmap": json.dumps(own, ensure_ascii=False).encode("utf-8"),
    }
    sink = pa.BufferOutputStream()
    # without the Arrow schema the geometry reads back as plain WKB (binary),
    # as GeoParquet readers expect; on disk it stays dictionary-encoded
    with pq.ParquetWriter(
        sink,
        table.schema,
        compression="zstd",
        store_schema=False,
        dictionary_pagesize_limit=_DICTIONARY_PAGE,
    ) as writer:
        writer.write_table(table)
        writer.add_key_value_metadata(meta)
    return bytes(sink.getvalue().to_pybytes())


def _distinct_shapes(column: pa.ChunkedArray) -> list[Any]:
    import shapely

    wkb: dict[bytes, None] = {}
    for chunk in column.chunks:
        used = set(chunk.indices.drop_null().to_pylist())
        for i in sorted(used):
            wkb.setdefault(chunk.dictionary[i].as_py())
    return list(shapely.from_wkb(list(wkb))) if wkb else []


def summary(source: bytes | Path) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Return a shard's rows per article and its errors (from its bytes or file).

    Raises
    ------
    OSError, ValueError
        Not a readable shard (pyarrow's errors are both).
    """
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

    where: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    table = pq.read_table(where, columns=["article"])
    raw = (table.schema.metadata or {}).get(b"kurilmap")
    if raw is None:
        msg = "not a kurilmap shard: no 'kurilmap' metadata"
        raise ValueError(msg)
    own = json.loads(raw)
    counts: dict[str, int] = {}
    for key in table.column("article").to_pylist():
        counts[key] = counts.get(key, 0) + 1
    return counts, [(str(k), str(r)) for k, r in own["errors"]]


_WARM = "Lavrov met Kono in Moscow on 10 May 2019 to discuss Kunashir."


def warm() -> int:
    """Load the gazetteer, the registers and the name automaton in this process."""
    import pandas as pd

    frame = pd.DataFrame({"text": [_WARM], "date": ["2019-05-10"]})
    return len(annotate_many(frame, progress=False))
