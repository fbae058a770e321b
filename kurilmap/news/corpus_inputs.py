r"""The inputs of a corpus: files, folders, globs and tables of texts, streamed.

:func:`expand` turns the arguments into a list of :class:`Input` (a file or a
table, in the order given; a folder or a glob in sorted order) and checks each
table's columns up front, so that a wrong column stops the run before any work.
:func:`read` then yields one :class:`Item` per article: its source and the
cleaned :class:`~kurilmap.news.Article`, or the one-line reason it could not be
read. Tables are read in batches, so no more than a batch of their texts is
ever held.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Lavrov met Kono in Moscow.", encoding="utf-8")
>>> _ = (folder / "b.txt").write_bytes("Курилы".encode("cp1251"))
>>> [(i.source.rsplit("/", 1)[-1], i.article is None) for i in read(expand([folder]))]
[('a.txt', False), ('b.txt', True)]
"""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple

from kurilmap.errors import InputError, InputTypeError, KurilmapError
from kurilmap.news.article import Article
from kurilmap.vocab import as_choice

__all__ = [
    "ARTICLE_SUFFIXES",
    "BATCH",
    "META",
    "TABLE_SUFFIXES",
    "Input",
    "Item",
    "expand",
    "one_line",
    "read",
]

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
"""Files a folder is searched for as articles (plain text, Markdown, saved pages)."""

TABLE_SUFFIXES = (".csv", ".parquet")
"""Tables of texts: one article a row."""

META = ("date", "outlet", "url", "title", "lang", "language")
"""The optional columns of a table of texts, beside ``text``."""

BATCH = 256
"""Rows of a table read at a time."""

Kind = Literal["article", "csv", "parquet"]


class Input(NamedTuple):
    """One input file: its path as given, and how it is read."""

    source: str
    path: Path
    kind: Kind
    columns: tuple[str, ...] = ()
    problem: str | None = None  # the table cannot be opened: why


class Item(NamedTuple):
    """One article read: from where, and the article or why it could not be read."""

    source: str
    article: Article | None
    reason: str | None = None


def one_line(text: object) -> str:
    """Return ``str(text)`` on one line (runs of whitespace folded)."""
    return " ".join(str(text).split())


def _kind(path: Path) -> Kind:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".parquet":
        return "parquet"
    return "article"


def _in_folder(folder: Path) -> list[Path]:
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in (*ARTICLE_SUFFIXES, *TABLE_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.as_posix())


def _paths(given: str | Path) -> list[Path]:
    path = Path(given)
    if path.is_dir():
        found = _in_folder(path)
        if not found:
            msg = (
                f"folder {str(given)!r} holds no article or table "
                f"({', '.join(ARTICLE_SUFFIXES + TABLE_SUFFIXES)})"
            )
            raise InputError(msg)
        return found
    if path.exists():
        return [path]
    text = str(given)
    if glob.has_magic(text):
        matched = sorted(glob.glob(text, recursive=True))
        found = []
        for name in matched:
            p = Path(name)
            found += _in_folder(p) if p.is_dir() else [p]
        if found:
            return found
        msg = f"no file matches {text!r}"
        raise InputError(msg)
    msg = f"no input {text!r}: no such file or folder"
    raise InputError(msg)


def expand(inputs: str | Path | Sequence[str | Path]) -> list[Input]:
    """Return the input files, each once, in order; tables with their columns.

    Parameters
    ----------
    inputs
        Files, folders (searched for :data:`ARTICLE_SUFFIXES` and
        :data:`TABLE_SUFFIXES`) and glob patterns (``news/**/*.txt``).

    Returns
    -------
    list of Input
        In the order given; a folder's or a glob's files in sorted order.

    Raises
    ------
    InputError
        No inputs, an input that matches no file, or a table without a
        ``text`` column or with a column it does not know.
    """
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    if not isinstance(inputs, Sequence) or not inputs:
        msg = "no inputs: give article files, folders, globs or CSV/Parquet tables"
        raise InputError(msg)
    seen: set[Path] = set()
    out: list[Input] = []
    for given in inputs:
        if not isinstance(given, str | Path):
            msg = f"an input is a path or a glob, not {type(given).__name__}"
            raise InputTypeError(msg)
        for path in _paths(given):
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            kind = _kind(path)
            source = path.as_posix()
            if kind == "article":
                out.append(Input(source, path, kind))
                continue
            try:
                columns = _columns(path, kind)
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                out.append(Input(source, path, kind, (), _unreadable(kind, exc)))
                continue
            _check_columns(source, columns)
            out.append(Input(source, path, kind, columns))
    return out


def _unreadable(kind: Kind, exc: BaseException) -> str:
    what = "CSV" if kind == "csv" else "Parquet"
    if isinstance(exc, UnicodeDecodeError):
        return f"the {what} table is not UTF-8 text (byte {exc.start})"
    return one_line(f"cannot read the {what} table: {exc}")


def _columns(path: Path, kind: Kind) -> tuple[str, ...]:
    if kind == "parquet":
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

        return tuple(pq.ParquetFile(path).schema_arrow.names)
    import pandas as pd

    frame = pd.read_csv(path, nrows=0, dtype=str, encoding="utf-8-sig")
    return tuple(str(c) for c in frame.columns)


def _check_columns(source: str, columns: tuple[str, ...]) -> None:
    known = ("text", *META)
    if "text" not in columns:
        msg = (
            f"table {source} has no 'text' column (it has: "
            f"{', '.join(columns) or 'none'}); a table of texts has text and "
            f"optional {', '.join(META)}"
        )
        raise InputError(msg)
    for name in columns:
        if name.startswith("__index_level_"):  # pandas wrote its index
            continue
        try:
            as_choice(name, known, "column")
        except InputError as exc:
            msg = f"table {source}: {exc}"
            raise InputError(msg) from None
    if "lang" in columns and "language" in columns:
        msg = f"table {source} has both 'lang' and 'language': keep one"
        raise InputError(msg)


def read(
    inputs: Sequence[Input], *, done: Callable[[], object] | None = None
) -> Iterator[Item]:
    """Yield one :class:`Item` per article of the inputs, in order.

    Parameters
    ----------
    inputs
        As :func:`expand` returns them.
    done
        Called after each input file is read (for a progress bar).
    """
    for entry in inputs:
        if entry.problem is not None:
            yield Item(entry.source, None, entry.problem)
        elif entry.kind == "article":
            yield _file(entry)
        else:
            yield from _table(entry)
        if done is not None:
            done()


def _file(entry: Input) -> Item:
    try:
        return Item(entry.source, Article.from_file(entry.path))
    except (KurilmapError, OSError, ValueError) as exc:
        return Item(entry.source, None, one_line(exc))


def _table(entry: Input) -> Iterator[Item]:
    row = 0
    try:
        for batch in _batches(entry):
            for values in batch:
                row += 1
                yield _row(f"{entry.source}#{row}", values)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        where = f" after row {row}" if row else ""
        yield Item(entry.source, None, _unreadable(entry.kind, exc) + where)


def _batches(entry: Input) -> Iterator[list[dict[str, Any]]]:
    wanted = [c for c in entry.columns if c == "text" or c in META]
    if entry.kind == "parquet":
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

        with pq.ParquetFile(entry.path) as table:
            for batch in table.iter_batches(batch_size=BATCH, columns=wanted):
                yield batch.to_pylist()
        return
    import pandas as pd

    chunks = pd.read_csv(
        entry.path,
        dtype=str,
        usecols=wanted,
        keep_default_na=False,
        na_filter=False,
        encoding="utf-8-sig",
        chunksize=BATCH,
    )
    with chunks:
        for chunk in chunks:
            yield [{str(k): v for k, v in r.items()} for r in chunk.to_dict("records")]


def _row(source: str, values: dict[str, Any]) -> Item:
    text = values.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return Item(source, None, "no text")
    if not isinstance(text, str):
        return Item(source, None, f"text is {type(text).__name__}, not text")
    meta = {k: _text(values.get(k)) for k in ("outlet", "url", "title")}
    lang = _text(values.get("lang", values.get("language")))
    date = values.get("date")
    if not isinstance(date, dt.date):
        date = _text(date)
    try:
        article = Article.from_text(text, date=date, lang=lang, **meta)
    except (KurilmapError, ValueError) as exc:
        return Item(source, None, one_line(exc))
    return Item(source, article)


def _text(value: object) -> str | None:
    """Return a table's cell as text, or None if it is empty."""
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return None
    text = str(value).strip()
    return text or None
