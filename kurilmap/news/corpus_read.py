r"""Read a corpus directory back: its articles, its mentions, summary tables.

A corpus is what ``kurilmap corpus annotate`` (:func:`kurilmap.annotate_corpus`)
writes: ``corpus.json``, ``articles.parquet``, ``errors.parquet`` and GeoParquet
shards (``docs/corpus-format.md``). :func:`read_corpus` loads it into a
:class:`Corpus`: the articles, every mention joined with its article's date,
outlet, language, title and URL (the JSON columns decoded back to lists), the
inputs that failed, and the tables an analyst asks for in a notebook: mentions
by place, month, outlet and language; who is quoted about each place; the
events most reported.

Examples
--------
>>> import pathlib, tempfile
>>> import pandas as pd
>>> from kurilmap.news import annotate_corpus
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> texts = pd.DataFrame({"text": ["Kono met Lavrov in Tokyo to discuss Shikotan.",
...                                "Residents of Shikotan met officials."],
...                       "date": ["2019-05-31", "2019-06-03"],
...                       "outlet": ["Wire", "Post"]})
>>> texts.to_csv(folder / "texts.csv", index=False)
>>> _ = annotate_corpus(folder / "texts.csv", folder / "corpus", progress=False)
>>> corpus = read_corpus(folder / "corpus")
>>> corpus.mentions_by(by=["place_id", "month"]).head(2).values.tolist()
[['shikotan', '2019-05', 1, 1], ['shikotan', '2019-06', 1, 1]]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from kurilmap.datasets import dataset_records
from kurilmap.errors import InputError, InputTypeError
from kurilmap.news.corpus_load import (
    ARTICLE_COLUMNS,
    CORPUS_VERSION,
    FORMAT,
    empty_frame,
    empty_mentions,
    join_mentions,
    read_manifest,
    read_shard,
    read_table,
)
from kurilmap.places import lookup, place_name
from kurilmap.vocab import Lang, as_count, as_lang

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "CORPUS_VERSION",
    "GROUP_KEYS",
    "Corpus",
    "GroupKey",
    "read_corpus",
]


QUOTE_FROM_ROW = ("sentence", "article", "date", "outlet", "language")
"""What :meth:`Corpus.quotes` keeps of the mention row a quote is in."""

QuoteKind = Literal["quote", "term", "all"]
"""What :meth:`Corpus.quotes` keeps: speech, quoted terms or both."""

GroupKey = Literal[
    "place_id",
    "place_name",
    "kind",
    "in_region",
    "month",
    "date",
    "outlet",
    "language",
    "article",
]
"""A column :meth:`Corpus.mentions_by` can group by."""
GROUP_KEYS: tuple[GroupKey, ...] = get_args(GroupKey)


@dataclass(frozen=True, eq=False)
class Corpus:
    """A corpus read from disk (see :func:`read_corpus`).

    Attributes
    ----------
    path
        The corpus directory.
    manifest
        ``corpus.json`` as a dict.
    articles
        One row per input article (``ARTICLE_COLUMNS``): annotated, duplicate
        or error.
    mentions
        One row per (place, sentence) of the annotated articles: ``article``
        (its id), the columns of :func:`kurilmap.annotate`, then the article's
        ``date``, ``month``, ``outlet``, ``language``, ``title`` and ``url``;
        geometry in EPSG:4326. The rows of one place share its shape, and the
        rows of one sentence its decoded lists: read them, never change them.
    errors
        One row per input that could not be read: ``source``, ``reason``.
    """

    path: Path
    manifest: dict[str, Any]
    articles: pd.DataFrame
    mentions: gpd.GeoDataFrame
    errors: pd.DataFrame

    def __repr__(self) -> str:
        counted = self.articles["status"].value_counts().to_dict()
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counted.items()))
        return (
            f"<Corpus {str(self.path)!r}: {len(self.articles)} articles"
            f"{f' ({parts})' if parts else ''}, {len(self.mentions)} mentions, "
            f"{len(self.errors)} errors>"
        )

    def mentions_by(
        self,
        *,
        by: Sequence[GroupKey] = ("place_id", "month"),
        lang: Lang | None = None,
    ) -> pd.DataFrame:
        """Count mentions and articles by place, month, outlet, language...

        Parameters
        ----------
        by
            Columns of :attr:`mentions` to group by, any of :data:`GROUP_KEYS`
            (an article with no date has no month: its group's month is empty).
            ``place_name`` is the name each article used in its own language;
            group by ``place_id`` to count a place across languages.
        lang
            With ``place_id`` in ``by``: add ``place``, the gazetteer's name of
            each place in this language, after ``place_id``.

        Returns
        -------
        pandas.DataFrame
            The ``by`` columns, ``mentions`` (rows: a place in a sentence) and
            ``articles`` (distinct articles), most mentions first, then by the
            ``by`` columns.

        Raises
        ------
        InputError
            A column that is not one of :data:`GROUP_KEYS`.

        Examples
        --------
        >>> corpus = Corpus.empty()
        >>> list(corpus.mentions_by(by=["outlet", "language"]).columns)
        ['outlet', 'language', 'mentions', 'articles']
        >>> list(corpus.mentions_by(by=["place_id"], lang="ja").columns)
        ['place_id', 'place', 'mentions', 'articles']
        """
        keys = _check_keys(by)
        named = lang is not None and "place_id" in keys
        if lang is not None:
            lang = as_lang(lang)
        frame = self.mentions
        if not len(frame):
            columns = [*keys, "mentions", "articles"]
            if named:
                columns.insert(keys.index("place_id") + 1, "place")
            return empty_frame(columns)
        grouped = frame.groupby(keys, dropna=False, sort=True)
        out = grouped.agg(
            mentions=("article", "size"), articles=("article", "nunique")
        ).reset_index()
        order = out.sort_values(
            ["mentions", *keys],
            ascending=[False] + [True] * len(keys),
            kind="stable",
        )
        order = order.reset_index(drop=True)
        if named and lang is not None:
            names = [place_name(lookup(p), lang) for p in order["place_id"]]
            order.insert(keys.index("place_id") + 1, "place", names)
        return order

    def quotes(
        self, *, place: str | None = None, kind: QuoteKind = "quote"
    ) -> pd.DataFrame:
        """Return the quotations of a place's sentences, one row per place and quote.

        Parameters
        ----------
        place
            A gazetteer id (``"kunashir"``) to keep only its quotes.
        kind
            ``"quote"`` (speech: words someone said), ``"term"`` (a name or
            phrase in quotation marks: «Бастион», 「2島プラスアルファ」) or
            ``"all"``.

        Returns
        -------
        pandas.DataFrame
            ``place_id``, ``kind``, ``speaker`` (as the article wrote it;
            ``None`` when unattributed), ``speaker_id`` (the ``people``
            register's id, the same person in every script), ``role``,
            ``text``, ``sentence``, ``article``, ``date``, ``outlet``,
            ``language``, in corpus order.

        Examples
        --------
        >>> Corpus.empty().quotes(kind="term").columns.tolist()[:4]
        ['place_id', 'kind', 'speaker', 'speaker_id']
        """
        import pandas as pd

        if kind not in get_args(QuoteKind):
            msg = f"kind must be one of {', '.join(get_args(QuoteKind))}, not {kind!r}"
            raise InputError(msg)
        rows = [
            {
                "place_id": row["place_id"],
                "kind": quote.get("kind") or "quote",
                "speaker": quote.get("speaker") or None,
                "speaker_id": quote.get("speaker_id") or None,
                "role": quote.get("role") or None,
                "text": quote.get("text"),
                **{c: row[c] for c in QUOTE_FROM_ROW},
            }
            for _, row in self._rows(place).iterrows()
            for quote in row["quotes"]
            if kind == "all" or (quote.get("kind") or "quote") == kind
        ]
        columns = [
            "place_id",
            "kind",
            "speaker",
            "speaker_id",
            "role",
            "text",
            *QUOTE_FROM_ROW,
        ]
        out = pd.DataFrame(rows, columns=columns, dtype=object)
        return out.drop_duplicates(["place_id", "article", "text"]).reset_index(
            drop=True
        )

    def speakers(
        self, *, place: str | None = None, top: int = 10, lang: Lang = "en"
    ) -> pd.DataFrame:
        """Return who is quoted most about each place.

        A person of the ``people`` register counts once whatever the script
        the article wrote them in (Lavrov, Лавров, ラブロフ), under their name in
        ``lang``; a speaker outside the register counts under the name as
        written.

        Parameters
        ----------
        place
            Keep only this place (a gazetteer id).
        top
            How many speakers to keep per place.
        lang
            The language of the register's names.

        Returns
        -------
        pandas.DataFrame
            ``place_id``, ``speaker``, ``speaker_id`` (``None`` outside the
            register), ``quotes``, ``articles``, ``languages`` (of the articles
            quoting them, e.g. ``"en, ja, ru"``) and ``example`` (their first
            quote), most quotes first within each place.

        Examples
        --------
        >>> Corpus.empty().speakers().columns.tolist()[:4]
        ['place_id', 'speaker', 'speaker_id', 'quotes']
        """
        lang = as_lang(lang)
        top = as_count(top, "top")
        said = self.quotes(place=place)
        said = said[said["speaker"].notna()].copy()
        columns = [
            "place_id",
            "speaker",
            "speaker_id",
            "quotes",
            "articles",
            "languages",
            "example",
        ]
        if not len(said):
            return empty_frame(columns)
        names = {
            str(p["id"]): str(p[f"name_{lang}"]) for p in dataset_records("people")
        }
        said["who"] = [
            f"id:{pid}" if isinstance(pid, str) else f"name:{name}"
            for pid, name in zip(said["speaker_id"], said["speaker"], strict=True)
        ]
        said["speaker"] = [
            names.get(pid, name) if isinstance(pid, str) else name
            for pid, name in zip(said["speaker_id"], said["speaker"], strict=True)
        ]
        out = (
            said.groupby(["place_id", "who"], sort=True)
            .agg(
                speaker=("speaker", "first"),
                speaker_id=("speaker_id", "first"),
                quotes=("text", "size"),
                articles=("article", "nunique"),
                languages=("language", lambda s: ", ".join(sorted(set(s)))),
                example=("text", "first"),
            )
            .reset_index()
            .sort_values(
                ["place_id", "quotes", "speaker"],
                ascending=[True, False, True],
                kind="stable",
            )
        )
        out = out[columns].astype({"quotes": "int64", "articles": "int64"})
        return out.groupby("place_id", sort=False).head(top).reset_index(drop=True)

    def events(self, *, top: int = 10, lang: Lang = "en") -> pd.DataFrame:
        """Return the known events the corpus reports most.

        Parameters
        ----------
        top
            How many events to keep.
        lang
            Language of the event titles (``en``, ``ja`` or ``ru``).

        Returns
        -------
        pandas.DataFrame
            ``event`` (id in the ``events`` dataset), ``title``, ``date`` (of
            the event), ``articles`` reporting it, ``sentences`` describing it,
            ``first`` and ``last`` (publication dates), most articles first.

        Examples
        --------
        >>> Corpus.empty().events().columns.tolist()
        ['event', 'title', 'date', 'articles', 'sentences', 'first', 'last']
        """
        import pandas as pd

        top, lang = as_count(top, "top"), as_lang(lang)
        columns = ["event", "title", "date", "articles", "sentences", "first", "last"]
        seen: dict[str, dict[str, Any]] = {}
        frame = self.mentions
        if len(frame):
            sentences = frame.drop_duplicates(["article", "sentence_index"])
            for article, date, events in zip(
                sentences["article"].tolist(),
                sentences["date"].tolist(),
                sentences["events"].tolist(),
                strict=True,
            ):
                for event in events:
                    entry = seen.setdefault(
                        str(event), {"articles": set(), "sentences": 0, "dates": []}
                    )
                    entry["articles"].add(article)
                    entry["sentences"] += 1
                    if isinstance(date, str):
                        entry["dates"].append(date)
        known = {e["id"]: e for e in dataset_records("events")}
        suffix = "" if lang == "en" else f"_{lang}"
        rows = []
        for event, entry in seen.items():
            record = known.get(event, {})
            rows.append(
                [
                    event,
                    record.get(f"title{suffix}") or record.get("title"),
                    record.get("date"),
                    len(entry["articles"]),
                    entry["sentences"],
                    min(entry["dates"], default=None),
                    max(entry["dates"], default=None),
                ]
            )
        if not rows:
            return empty_frame(columns)
        out = pd.DataFrame(rows, columns=columns)
        out = out.sort_values(
            ["articles", "sentences", "event"],
            ascending=[False, False, True],
            kind="stable",
        )
        return out.head(top).reset_index(drop=True)

    @classmethod
    def empty(cls, path: str | Path = ".") -> Corpus:
        """Return a corpus with no article (the shape of every table, no rows)."""
        return cls(
            path=Path(path),
            manifest={"format": FORMAT, "version": CORPUS_VERSION},
            articles=empty_frame(list(ARTICLE_COLUMNS)),
            mentions=empty_mentions(),
            errors=empty_frame(["source", "reason"]),
        )

    def _rows(self, place: str | None) -> gpd.GeoDataFrame:
        """Return the mentions, of ``place`` only if given (a place it may name)."""
        frame = self.mentions
        if place is None:
            return frame
        if not isinstance(place, str):
            msg = f"place must be a gazetteer id (str), not {type(place).__name__}"
            raise InputTypeError(msg)
        kept = frame[frame["place_id"] == place]
        if not len(kept):
            lookup(place)  # a place no corpus could name is an error, not no rows
        return kept


def read_corpus(path: str | Path) -> Corpus:
    """Read a corpus directory written by :func:`kurilmap.annotate_corpus`.

    Parameters
    ----------
    path
        The directory holding ``corpus.json`` (``docs/corpus-format.md``).

    Returns
    -------
    Corpus
        Its articles, mentions (each joined with its article) and errors.

    Raises
    ------
    InputError
        The directory does not exist, holds no ``corpus.json``, is not a
        kurilmap corpus, is of a format version this kurilmap cannot read, or
        lacks a file its manifest lists.

    Examples
    --------
    >>> read_corpus("no/such/dir")
    Traceback (most recent call last):
    ...
    kurilmap.errors.InputError: no corpus at 'no/such/dir': the directory does not exist
    """
    import pandas as pd

    if not isinstance(path, str | Path):
        msg = f"read_corpus() takes a directory's path, not {type(path).__name__}"
        raise InputTypeError(msg)
    folder = Path(path)
    manifest = read_manifest(folder)
    articles = read_table(folder / "articles.parquet", list(ARTICLE_COLUMNS))
    errors = read_table(folder / "errors.parquet", ["source", "reason"])
    shapes: dict[bytes, Any] = {}  # each place's shape decoded once, then shared
    shards = [read_shard(folder, str(k), shapes) for k in manifest.get("shards", [])]
    if shards:
        import numpy as np

        frame = pd.concat([f for f, _ in shards], ignore_index=True)
        geometry = np.concatenate([g for _, g in shards])
        mentions = join_mentions(frame, geometry, articles)
    else:
        mentions = empty_mentions()
    if "mentions" in articles.columns and len(articles):
        articles["mentions"] = articles["mentions"].fillna(0).astype("int64")
    return Corpus(
        path=folder,
        manifest=manifest,
        articles=articles,
        mentions=mentions,
        errors=errors,
    )


def _check_keys(by: Sequence[str]) -> list[str]:
    keys = [by] if isinstance(by, str) else list(by)
    unknown = [k for k in keys if k not in GROUP_KEYS]
    if unknown or not keys:
        valid = ", ".join(GROUP_KEYS)
        msg = f"cannot group mentions by {unknown or keys}; valid: {valid}"
        raise InputError(msg)
    return keys
