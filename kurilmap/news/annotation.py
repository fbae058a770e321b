r"""Read a news article about the dispute and place what it says.

:func:`annotate` returns one row per (place, sentence): the place (from
:func:`kurilmap.find_places`, plus "the islands"/"the archipelago" resolved to
the four islands in an article about them), the sentence with its quotations
and speakers, its dates resolved against the article's date, its figures, and
the known events it describes. Sentences about the dispute that name no place
attach to the four islands.

Examples
--------
>>> import kurilmap
>>> from kurilmap.news.annotation import annotate
>>> a = kurilmap.Article.from_text(
...     'Talks\n\n"It is hard," Lavrov said in Moscow on May 10.', date="2019-05-10")
>>> rows = annotate(a)
>>> rows[["place_id", "mention"]].values.tolist()
[['moscow', 'Moscow']]
>>> rows["quotes"].iloc[0][0]["speaker"], rows["events"].iloc[0]
('Lavrov', ['2019-05-10-lavrov-kono-moscow'])
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kurilmap.datasets import missing
from kurilmap.errors import ArticleError, InputTypeError
from kurilmap.news.article import Article
from kurilmap.news.reading import check_article, read
from kurilmap.places import lookup, place_name

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = ["COLUMNS", "annotate", "annotate_many"]

COLUMNS = (
    "paragraph",
    "sentence_index",
    "sentence",
    "place_id",
    "place_name",
    "kind",
    "mention",
    "start",
    "end",
    "match",
    "score",
    "quotes",
    "dates",
    "figures",
    "events",
    "in_region",
)


def annotate(article: Article, *, min_score: float = 0.5) -> gpd.GeoDataFrame:
    """Return the article's annotations: one row per (place, sentence).

    Parameters
    ----------
    article
        An :class:`kurilmap.Article`.
    min_score
        Weakest place sense kept (see :func:`kurilmap.find_places`).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns paragraph, sentence_index, sentence, place_id, place_name, kind,
        mention, start/end (offsets in the paragraph), match (``name``,
        ``anaphora`` for "the islands", ``topic`` for a sentence about the
        dispute that names no place), score, quotes (list of {text, speaker,
        speaker_id, role}), dates (list of {text, start, end, precision,
        relation}), figures (list of {text, value, unit, approximate}), events
        (ids in the ``events`` dataset), in_region, geometry (EPSG:4326).
    """
    import pandas as pd

    article = check_article(article, "annotate")
    rows = list(_rows(article, min_score))  # tuples: built as the dicts were
    frame = _frame(pd.DataFrame(rows, columns=list(COLUMNS)), [])
    del frame.attrs["errors"]
    return frame


def _rows(article: Article, min_score: float) -> Iterable[tuple[Any, ...]]:
    """Yield the article's rows, their values in the order of :data:`COLUMNS`."""
    lang = article.language
    for r in read(article, min_score=min_score, linking=lambda r: bool(r.named)):
        named = sorted(r.named, key=lambda n: n[2])
        for pid, mention, start, end, match, score in named:
            name, kind, inside = _place(pid, lang)
            yield (
                r.paragraph,
                r.index,
                r.sentence.text,
                pid,
                name,
                kind,
                mention,
                start,
                end,
                match,
                score,
                r.quotes,
                r.dates,
                r.figures,
                r.events,
                inside,
            )


@functools.lru_cache(maxsize=4096)
def _place(place_id: str, lang: str) -> tuple[str, Any, bool]:
    """Return a place's name in ``lang``, its kind and whether it is in the region."""
    place = lookup(place_id)
    return place_name(place, lang), place["kind"], bool(place["in_region"])


def annotate_many(articles: Any, *, progress: bool = True) -> gpd.GeoDataFrame:
    """Annotate many articles; one GeoDataFrame with an ``article`` column.

    Parameters
    ----------
    articles
        A pandas DataFrame with a ``text`` column and optional ``date``,
        ``outlet``, ``url``, ``title`` and ``lang`` columns; or a Dask DataFrame
        of the same (``pip install "kurilmap[dask]"``), annotated partition by
        partition in Dask's workers. Dask's ``processes`` scheduler hands
        tasks out six at a time, so give it many partitions or
        ``dask.config.set(chunksize=1)``, or use a ``distributed`` cluster,
        whose workers also stay warm between calls.
    progress
        Show a progress bar (tqdm) for pandas input.

    Returns
    -------
    geopandas.GeoDataFrame
        The rows of :func:`annotate`, with ``article`` (the input's index) first.
        An article that cannot be read adds no rows and one warning line in
        ``frame.attrs["errors"]``.
    """
    import pandas as pd

    if type(articles).__module__.startswith("dask"):
        if "text" not in getattr(articles, "columns", ()):
            msg = "annotate_many() takes a DataFrame with a 'text' column"
            raise InputTypeError(msg)
        return _annotate_dask(articles)
    if not isinstance(articles, pd.DataFrame) or "text" not in articles.columns:
        msg = "annotate_many() takes a DataFrame with a 'text' column"
        raise InputTypeError(msg)
    rows, errors = _annotate_rows(articles, progress=progress)
    return _frame(pd.DataFrame(rows, columns=["article", *COLUMNS]), errors)


def _annotate_rows(
    articles: pd.DataFrame, *, progress: bool
) -> tuple[list[tuple[Any, ...]], list[str]]:

    rows: list[tuple[Any, ...]] = []
    errors: list[str] = []
    items: Iterable[tuple[Any, Any]] = _items(articles)
    if progress:
        from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]

        items = tqdm(items, total=len(articles), desc="articles", unit="article")
    for key, row in items:
        meta = {
            c: _given(row.get(c)) for c in ("date", "outlet", "url", "title", "lang")
        }
        text = row["text"]
        if not isinstance(text, str):
            what = (
                "no text"
                if missing(text)
                else f"text is {type(text).__name__}, not str"
            )
            errors.append(f"{key}: {what}")
            continue
        try:
            article = Article.from_text(text, **meta)
        except (ArticleError, TypeError) as exc:
            errors.append(f"{key}: {exc}")
            continue
        rows.extend((key, *found) for found in _rows(article, 0.5))
    return rows, errors


def _given(value: Any) -> Any:
    """Return a value of an article's row, ``None`` if missing (a string never is)."""
    if isinstance(value, str):
        return value
    return None if missing(value) else value


def _items(articles: pd.DataFrame) -> Iterator[tuple[Any, Any]]:
    """Yield ``articles.iterrows()``, a row with text as a plain dict (faster).

    A row whose text is a string holds in ``articles.values`` what its Series
    would hold (the Series infers no other type from a row with a string in
    it); any other row is made the Series ``iterrows`` makes.
    """
    import pandas as pd

    columns = articles.columns
    values = articles.values
    at = columns.get_loc("text") if columns.is_unique else None
    fast = isinstance(at, int) and values.dtype == object
    for key, row in zip(articles.index, values, strict=True):
        if fast and isinstance(row[at], str):
            yield key, dict(zip(columns, row, strict=True))
        else:
            yield key, pd.Series(row, index=columns, name=key)


def _frame(frame: pd.DataFrame, errors: list[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    ids = frame["place_id"].tolist()
    shapes = {p: lookup(p)["geometry"] for p in dict.fromkeys(ids)}  # each once
    integers = ("paragraph", "sentence_index", "start", "end")
    frame = frame.astype(dict.fromkeys(integers, "int64") | {"score": "float64"})
    out = gpd.GeoDataFrame(
        frame.reset_index(drop=True),
        geometry=gpd.GeoSeries([shapes[p] for p in ids], crs="EPSG:4326"),
    )
    out.attrs["errors"] = errors
    return out


def _partition(part: pd.DataFrame) -> pd.DataFrame:
    """Annotate one Dask partition; its errors ride along in an ``error`` column."""
    import pandas as pd

    rows, errors = _annotate_rows(part, progress=False)
    names = ["article", *COLUMNS]
    frame = pd.DataFrame(
        [
            *(dict(zip(names, r, strict=True)) for r in rows),
            *({"error": e} for e in errors),
        ],
        columns=[*names, "error"],
    )
    return frame.astype(object)


def _annotate_dask(articles: Any) -> gpd.GeoDataFrame:
    import pandas as pd

    meta = pd.DataFrame(
        {c: pd.Series(dtype=object) for c in ("article", *COLUMNS, "error")}
    )
    frame = articles.map_partitions(_partition, meta=meta).compute()
    failed = frame["error"].notna()
    errors = [str(e) for e in frame.loc[failed, "error"]]
    return _frame(frame.loc[~failed, ["article", *COLUMNS]].infer_objects(), errors)
