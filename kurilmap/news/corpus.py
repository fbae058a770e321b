r"""Annotate a corpus of articles into a folder on disk, resumably, at any scale.

:func:`annotate_corpus` reads files, folders, globs and CSV/Parquet tables of
texts as a stream, counts each article once (the same URL or the same cleaned
text is a duplicate), cuts the rest into shards of ``shard_size`` articles,
annotates each shard here or on a Dask cluster (:mod:`kurilmap.news.cluster`)
and writes the folder described in ``docs/corpus-format.md``: ``corpus.json``,
``articles.parquet``, ``errors.parquet`` and ``shards/<key>.parquet``.

A shard's key is a hash of what it holds, and each file is written atomically,
so a run that stops (Ctrl-C, a crash, a killed worker) loses nothing it wrote
and leaves no half-written file; running it again skips the shards already
there and gives the same bytes as a run that never stopped.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Lavrov met Kono in Moscow.", encoding="utf-8")
>>> articles = annotate_corpus([folder / "a.txt"], folder / "corpus", progress=False)
>>> articles[["status", "mentions"]].values.tolist()
[['annotated', 1]]
>>> sorted(p.name for p in (folder / "corpus").iterdir())
['articles.parquet', 'corpus.json', 'errors.parquet', 'shards']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap._version import __version__
from kurilmap.datasets import atomic_write, write_text
from kurilmap.errors import InputError, InputTypeError
from kurilmap.news.article import Article
from kurilmap.news.cluster import Failed, check_engine, engine
from kurilmap.news.corpus_inputs import Input, expand, read
from kurilmap.news.corpus_load import ARTICLE_COLUMNS, FORMAT
from kurilmap.news.corpus_load import CORPUS_VERSION as VERSION
from kurilmap.news.corpus_shards import article_id, pack, shard_key, summary
from kurilmap.vocab import as_count

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    from distributed import Client

__all__ = ["ARTICLE_COLUMNS", "FORMAT", "VERSION", "annotate_corpus"]


_ID, _SOURCE, _STATUS, _SHARD, _MENTIONS = 0, 6, 7, 9, 10
_KEY = re.compile(r"[0-9a-f]{16}\.parquet")
_OWN = ("corpus.json", "articles.parquet", "errors.parquet")


def annotate_corpus(
    inputs: str | Path | Sequence[str | Path],
    out: str | Path,
    *,
    client: Client | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    shard_size: int = 200,
    progress: bool = True,
) -> pd.DataFrame:
    """Annotate many articles into a corpus folder; return its articles table.

    Parameters
    ----------
    inputs
        Article files (``.txt``, ``.md``, saved ``.html`` pages), folders
        (searched for those and for tables), glob patterns, and CSV or Parquet
        tables of texts: a ``text`` column and optional ``date``, ``outlet``,
        ``url``, ``title`` and ``lang`` (or ``language``), one article a row.
    out
        The corpus folder: new, empty, or an earlier corpus (which is resumed
        or brought up to date: shards already there are kept, others written).
    client
        A ``distributed.Client`` to run the shards on (left open).
    scheduler
        Or the address of a Dask scheduler, ``tcp://host:port``.
    workers
        Or the number of worker processes of a ``LocalCluster`` started for
        this call and closed after it. Without any of the three, the shards are
        annotated in this process, on one core.
    shard_size
        Articles per shard: the unit of work, of resumption and of a file.
    progress
        Show a progress bar (tqdm): articles, articles/s and files read.

    Returns
    -------
    pandas.DataFrame
        ``articles.parquet``: one row per article read, in input order, with
        :data:`ARTICLE_COLUMNS`. ``attrs`` holds ``out`` (the folder),
        ``shards`` (how many), ``reused`` (how many were already written) and
        ``errors`` (rows of ``errors.parquet``).

    Raises
    ------
    InputError
        No inputs or an input that matches nothing; a table without a ``text``
        column or with an unknown one; ``out`` is a file or a folder of other
        files; more than one of ``client``, ``scheduler`` and ``workers``; a
        bad scheduler address or one that does not answer; ``workers`` or
        ``shard_size`` under 1. An article that cannot be read or annotated is
        not raised: it is a row of ``errors.parquet`` and the run goes on.

    Examples
    --------
    >>> import tempfile
    >>> import pandas as pd
    >>> folder = Path(tempfile.mkdtemp())
    >>> texts = pd.DataFrame({
    ...     "text": ["Kono met Lavrov in Tokyo.", "Kono met Lavrov in Tokyo.", ""],
    ...     "url": ["https://a.example/1", "https://a.example/2", None],
    ... })
    >>> texts.to_csv(folder / "news.csv", index=False)
    >>> articles = annotate_corpus(
    ...     folder / "news.csv", folder / "corpus", progress=False)
    >>> articles[["status", "mentions"]].values.tolist()
    [['annotated', 1], ['duplicate', 0]]
    >>> errors = pd.read_parquet(folder / "corpus" / "errors.parquet")
    >>> errors["source"].str.endswith("news.csv#3").tolist(), errors["reason"].tolist()
    ([True], ['no text'])
    """
    as_count(shard_size, "shard_size")
    check_engine(client=client, scheduler=scheduler, workers=workers)
    folder = _folder(out)
    entries = expand(inputs)  # every input checked before anything is written
    with engine(client=client, scheduler=scheduler, workers=workers) as runner:
        (folder / "shards").mkdir(parents=True, exist_ok=True)
        _remove_temporaries(folder)
        run = _Run(folder, shard_size, entries, progress=progress)
        try:
            for name, result in runner(run.tasks()):
                run.finish(name, result)
        finally:
            run.bar.close()
    return run.write()


def _folder(out: str | Path) -> Path:
    if not isinstance(out, str | Path):
        msg = f"out must be a folder path, not {type(out).__name__}"
        raise InputTypeError(msg)
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        msg = f"out {str(out)!r} is a file; give a folder (new, empty or a corpus)"
        raise InputError(msg)
    if folder.is_dir():
        names = {p.name for p in folder.iterdir()}
        if names and not names & {"corpus.json", "shards"}:
            msg = (
                f"out {str(out)!r} is a folder of other files; give a new or "
                "empty folder, or an earlier corpus to resume"
            )
            raise InputError(msg)
    return folder


def _remove_temporaries(folder: Path) -> None:
    """Remove what a run killed mid-write left (``atomic_write``'s temporaries)."""
    for where in (folder, folder / "shards"):
        for path in where.glob(".*.tmp"):
            if path.is_file():
                path.unlink(missing_ok=True)


def _write_shard(path: Path, data: bytes) -> None:
    """Write a shard's bytes atomically."""
    atomic_write(path, lambda tmp: tmp.write_bytes(data))


class _Run:
    """The state of one run: articles read, shards planned, written and reused."""

    def __init__(
        self, folder: Path, shard_size: int, entries: list[Input], *, progress: bool
    ) -> None:
        # tqdm.auto warns in a notebook without ipywidgets, even when disabled
        if progress:
            from tqdm.auto import tqdm as bar
        else:
            from tqdm import tqdm as bar  # type: ignore[assignment]

        self.folder = folder
        self.shard_size = shard_size
        self.entries = entries
        self.rows: list[list[Any]] = []
        self.order: list[int] = []  # each row's place among the items read
        self.errors: list[tuple[int, str, str]] = []  # (row or input seq, source, why)
        self.seen: set[str] = set()
        self.urls: dict[str, str] = {}
        self.batch: list[tuple[int, str, Article]] = []
        self.planned: dict[str, list[int]] = {}
        self.keys: list[str] = []
        self.reused = 0
        self.files = 0
        self.seq = 0
        self.bar = bar(
            desc="articles",
            unit="article",
            disable=not progress,
            dynamic_ncols=True,
            postfix={"files": f"0/{len(entries)}"},
        )

    def _file_done(self) -> None:
        self.files += 1
        self.bar.set_postfix(files=f"{self.files}/{len(self.entries)}", refresh=False)

    def tasks(self) -> Iterator[tuple[str, bytes]]:
        """Read the inputs; yield each shard to annotate (reuse those written)."""
        for item in read(self.entries, done=self._file_done):
            self.seq += 1
            if item.article is None:
                self.errors.append((self.seq, item.source, item.reason or "unreadable"))
                self.bar.update(1)
                continue
            if self._add(item.source, item.article):
                yield from self._shard()
        if self.batch:
            yield from self._shard()

    def _add(self, source: str, article: Article) -> bool:
        """Add an article; return whether its shard is full."""
        key = article_id(article)
        url = (article.url or "").strip() or None
        first = key if key in self.seen else self.urls.get(url) if url else None
        date = None if article.date is None else article.date.isoformat()
        row: list[Any] = [key, article.title, date, article.outlet, article.url]
        row += [article.language, source, "annotated", None, None, 0]
        self.rows.append(row)
        self.order.append(self.seq)
        if first is not None:
            row[_STATUS], row[8] = "duplicate", first
            self.bar.update(1)
            return False
        self.seen.add(key)
        if url is not None:
            self.urls.setdefault(url, key)
        self.batch.append((len(self.rows) - 1, key, article))
        return len(self.batch) >= self.shard_size

    def _shard(self) -> Iterator[tuple[str, bytes]]:
        articles = [(key, article) for _, key, article in self.batch]
        name = shard_key(articles)
        self.keys.append(name)
        self.planned[name] = [i for i, _, _ in self.batch]
        self.batch = []
        path = self.folder / "shards" / f"{name}.parquet"
        if path.is_file():
            try:
                found = summary(path)
            except (OSError, ValueError):
                found = None  # not a shard after all: write it again
            if found is not None:
                self.reused += 1
                self._record(name, *found)
                return
        yield name, pack(articles)

    def finish(self, name: str, result: bytes | Failed) -> None:
        """Write a shard's file and record what it holds (or why it failed)."""
        if isinstance(result, Failed):
            self.keys.remove(name)
            failed = [self.rows[i][_ID] for i in self.planned[name]]
            self._record(name, {}, [(key, result.reason) for key in failed])
            return
        _write_shard(self.folder / "shards" / f"{name}.parquet", result)
        self._record(name, *summary(result))

    def _record(
        self, name: str, counts: dict[str, int], errors: list[tuple[str, str]]
    ) -> None:
        why = dict(errors)
        rows = self.planned.pop(name)
        for i in rows:
            row = self.rows[i]
            if row[_ID] in why:
                row[_STATUS] = "error"
                self.errors.append((self.order[i], row[_SOURCE], why[row[_ID]]))
            else:
                row[_SHARD], row[_MENTIONS] = name, counts.get(row[_ID], 0)
        self.bar.update(len(rows))

    def write(self) -> pd.DataFrame:
        """Write errors, articles and the manifest (last); drop stale shards."""
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

        errors = sorted(self.errors, key=lambda e: e[0])
        _write_table(
            self.folder / "errors.parquet",
            pa.table(
                {
                    "source": pa.array([e[1] for e in errors], pa.string()),
                    "reason": pa.array([e[2] for e in errors], pa.string()),
                }
            ),
        )
        table = _articles_table(self.rows)
        _write_table(self.folder / "articles.parquet", table)
        keys = sorted(self.keys)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "kurilmap": __version__,
            "shard_size": self.shard_size,
            "shards": keys,
        }
        text = json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
        write_text(self.folder / "corpus.json", text)
        wanted = {f"{k}.parquet" for k in keys}
        for path in (self.folder / "shards").iterdir():
            if _KEY.fullmatch(path.name) and path.name not in wanted:
                path.unlink(missing_ok=True)
        frame: pd.DataFrame = table.to_pandas()
        frame.attrs.update(
            out=str(self.folder),
            shards=len(keys),
            reused=self.reused,
            errors=len(errors),
        )
        return frame


def _articles_table(rows: list[list[Any]]) -> pa.Table:
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    types = dict.fromkeys(ARTICLE_COLUMNS, pa.string()) | {"mentions": pa.int64()}
    return pa.table(
        {
            name: pa.array([r[i] for r in rows], types[name])
            for i, name in enumerate(ARTICLE_COLUMNS)
        }
    )


def _write_table(path: Path, table: pa.Table) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
