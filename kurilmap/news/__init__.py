"""News about the dispute: read articles, find places, quotes, dates and figures.

Examples
--------
>>> from kurilmap import news
>>> article = news.Article.from_text(
...     "Lavrov met Kono in Moscow on 10 May 2019 to discuss Kunashir.",
...     date="2019-05-10",
... )
>>> sorted(set(news.annotate(article)["place_id"]))
['kunashir', 'moscow']
"""

from __future__ import annotations

from kurilmap.news.annotation import COLUMNS, annotate, annotate_many
from kurilmap.news.article import MAX_BYTES, MAX_PARAGRAPH, Article, clean_lines
from kurilmap.news.cluster import local_cluster
from kurilmap.news.corpus import annotate_corpus
from kurilmap.news.corpus_read import Corpus, read_corpus
from kurilmap.news.dates import find_dates
from kurilmap.news.quantities import find_figures
from kurilmap.news.reading import check_article, quotes, timeline
from kurilmap.news.words import DATE_RELATIONS, DATE_WORDS

__all__ = [
    "COLUMNS",
    "DATE_RELATIONS",
    "DATE_WORDS",
    "MAX_BYTES",
    "MAX_PARAGRAPH",
    "Article",
    "Corpus",
    "annotate",
    "annotate_corpus",
    "annotate_many",
    "check_article",
    "clean_lines",
    "find_dates",
    "find_figures",
    "local_cluster",
    "quotes",
    "read_corpus",
    "timeline",
]
