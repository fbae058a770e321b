r"""What an article says, sentence by sentence: places, quotations, dates, events.

:func:`read` walks an article once and gives, for every sentence, the places
it names (with "the islands" resolved in an article about them), its
quotations with their speakers, its dates resolved against the article's date,
its figures and the known events it describes. :func:`kurilmap.annotate` keeps
the sentences that name a place; :func:`timeline` keeps every dated
statement, whether or not it names a place; :func:`quotes` every quotation
with its speaker, and the names and terms in quotation marks that are not
speech.

Examples
--------
>>> import kurilmap
>>> a = kurilmap.Article.from_text(
...     'Talks\n\n"It is hard," Lavrov said on Friday. Talks resume next week.',
...     date="2019-05-14")
>>> for row in timeline(a)[["text", "start", "end", "tense"]].values.tolist():
...     print(row)
['on Friday', '2019-05-10', '2019-05-10', 'past']
['next week', '2019-05-20', '2019-05-26', 'future']
>>> quotes(a)[["text", "speaker_id"]].values.tolist()
[['It is hard', 'sergei-lavrov']]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kurilmap.errors import InputTypeError
from kurilmap.news.article import Article
from kurilmap.news.dates import find_dates
from kurilmap.news.events import link_events, refers_back
from kurilmap.news.quantities import find_figures
from kurilmap.news.quick import may_hold
from kurilmap.news.sentences import Sentence, quotations, sentences
from kurilmap.news.speakers import Speakers, attribute, people_in
from kurilmap.places import scan

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ANAPHORA",
    "DISPUTE_PLACES",
    "QUOTE_COLUMNS",
    "TIMELINE_COLUMNS",
    "Read",
    "check_article",
    "quotes",
    "read",
    "timeline",
]

DISPUTE_PLACES = frozenset(
    {
        "four-islands",
        "kuril-islands",
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
        "lesser-kuril-chain",
    }
)
ANAPHORA = {
    "en": re.compile(
        r"\b(?:the\s+(?:four\s+|disputed\s+|southern\s+)?islands|"
        r"four\s+islands|the\s+(?:disputed\s+)?archipelago|"
        r"the\s+island\s+chain)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:четыр\w+\s+)?(?:спорн\w+\s+)?(?:остров(?:а|ов|ах|ам|ами)\b|"
        r"архипелаг\w*)",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"四島|島々"),
}
_ANAPHORA_WORDS = {
    "en": ("island", "archipelago"),
    "ru": ("остров", "архипелаг"),
    "ja": ("四島", "島々"),
}
"""A word every match of :data:`ANAPHORA` holds, per language (a quick test)."""
TIMELINE_COLUMNS = (
    "paragraph",
    "sentence_index",
    "sentence",
    "text",
    "start",
    "end",
    "precision",
    "tense",
    "relation",
    "places",
    "events",
)
QUOTE_COLUMNS = (
    "paragraph",
    "sentence_index",
    "sentence",
    "kind",
    "text",
    "speaker",
    "speaker_id",
    "role",
)


@dataclass
class Read:
    """One sentence of an article as read: what it names, quotes and dates."""

    paragraph: int
    index: int
    sentence: Sentence
    named: list[tuple[str, str, int, int, str, float]]
    quotes: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    events: list[str] = field(default_factory=list)


def check_article(article: object, caller: str) -> Article:
    """Return ``article`` if it is an :class:`kurilmap.Article`, else raise.

    ``caller`` names the function in the message (``annotate``, ``timeline``).
    """
    if not isinstance(article, Article):
        msg = f"{caller}() takes a kurilmap.Article, not {type(article).__name__}"
        raise InputTypeError(msg)
    return article


def read(
    article: Article,
    *,
    min_score: float = 0.5,
    linking: Callable[[Read], bool] | None = None,
) -> Iterator[Read]:
    """Yield every sentence of ``article`` with what it says, in order.

    ``named`` holds ``(place_id, mention, start, end, match, score)``; ``match``
    is ``name`` (a place named), ``anaphora`` ("the islands" in an article
    about them) or ``topic`` (a sentence about the dispute naming no place,
    attached to the four islands). ``linking``, if given, says which sentences
    to link to events (it gets them with none): the others are left with none.
    """
    lang = article.language
    found = [scan(p, min_score=min_score) for p in article.paragraphs]
    about_dispute = any(m["place_id"] in DISPUTE_PLACES for ms in found for m in ms)
    index = 0
    speaker = None
    speakers = Speakers(lang, article.date)
    last_named: set[str] = set()
    seen: list[list[dict[str, Any]]] = []  # each sentence's dates: 同日 refers back
    for number, (paragraph, mentions) in enumerate(
        zip(article.paragraphs, found, strict=True)
    ):
        quotes_all = quotations(paragraph)
        for sentence in sentences(paragraph):
            inside = [
                q for q in quotes_all if sentence.start <= q.start - 1 < sentence.end
            ]
            said = attribute(
                paragraph, sentence.start, inside, speaker, speakers=speakers
            )
            if said:
                speaker = said[-1]["speaker"] or speaker
            dates = find_dates(sentence.text, article.date, seen)
            seen.append(dates)
            figures = find_figures(sentence.text, lang)
            hits = [m for m in mentions if sentence.start <= m["start"] < sentence.end]
            named = [
                (m["place_id"], m["text"], m["start"], m["end"], "name", m["score"])
                for m in hits
            ]
            if about_dispute:
                named += _anaphora(lang, paragraph, sentence, named)
            if not named and about_dispute and (said or dates or figures):
                named.append(
                    ("four-islands", "", sentence.start, sentence.start, "topic", 0.5)
                )
            r = Read(number, index, sentence, named, said, dates, figures)
            named_people = people_in(sentence.text)
            if linking is None or linking(r):
                ids = {pid for pid, *_ in named}
                people = named_people or (
                    last_named if refers_back(sentence.text) else set()
                )
                r.events = link_events(sentence.text, dates, ids, article.date, people)
            last_named = named_people or last_named
            yield r
            index += 1


def _anaphora(
    lang: str,
    paragraph: str,
    sentence: Sentence,
    named: list[tuple[str, str, int, int, str, float]],
) -> list[tuple[str, str, int, int, str, float]]:
    out: list[tuple[str, str, int, int, str, float]] = []
    words = _ANAPHORA_WORDS.get(lang)
    if words is not None and not may_hold(sentence.text, words):
        return out
    for m in ANAPHORA[lang].finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        tail = paragraph[end : end + 8]
        gap = len(tail) - len(tail.lstrip())
        if any(
            (a < end and start < b) or a == end + gap  # "острова Хабомаи"
            for _, _, a, b, _, _ in named
        ):
            continue
        out.append(("four-islands", m[0], start, end, "anaphora", 0.8))
    return out


def timeline(article: Article) -> pd.DataFrame:
    r"""Return every dated statement of an article, whether or not it names a place.

    Parameters
    ----------
    article
        A :class:`kurilmap.Article`; relative dates ("on Friday", 「同日」,
        «накануне») resolve against its date.

    Returns
    -------
    pandas.DataFrame
        One row per date expression: ``paragraph``, ``sentence_index``,
        ``sentence``, ``text`` (as written), ``start`` and ``end`` (ISO days,
        inclusive; empty if the article has no date to resolve against),
        ``precision`` (``day``, ``week``, ``month``, ``part_of_month``,
        ``season``, ``year``, ``range``…), ``tense`` (``past``, ``present`` or
        ``future`` relative to the article's date), ``relation`` (``on``,
        ``since``, ``until``, ``from``…), ``places`` (the places the sentence
        names) and ``events`` (known events it describes).

    Examples
    --------
    >>> import kurilmap
    >>> a = kurilmap.Article.from_text("Talks\n\nThe summit will be held in March.",
    ...                                date="2019-01-10")
    >>> timeline(a)[["text", "start", "end", "tense"]].values.tolist()
    [['in March', '2019-03-01', '2019-03-31', 'future']]
    """
    import pandas as pd

    article = check_article(article, "timeline")
    rows = []
    for r in read(article, linking=lambda r: bool(r.dates)):
        places = sorted({pid for pid, *_, match, _ in r.named if match == "name"})
        for d in r.dates:
            rows.append(
                {
                    "paragraph": r.paragraph,
                    "sentence_index": r.index,
                    "sentence": r.sentence.text,
                    "text": d["text"],
                    "start": d.get("start") or "",
                    "end": d.get("end") or "",
                    "precision": d.get("precision") or "",
                    "tense": d["tense"],
                    "relation": d.get("relation") or "",
                    "places": places,
                    "events": r.events,
                }
            )
    return pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))


def quotes(article: Article) -> pd.DataFrame:
    r"""Return every quotation of an article with its speaker, and the terms.

    Parameters
    ----------
    article
        A :class:`kurilmap.Article`.

    Returns
    -------
    pandas.DataFrame
        One row per text in quotation marks: ``paragraph``, ``sentence_index``,
        ``sentence``, ``kind`` (``quote``: speech, attributed to a speaker or
        continuing one; ``term``: a name, title or term in quotation marks),
        ``text``, ``speaker`` (as the article names them), ``speaker_id`` (in
        the ``people`` register) and ``role``.

    Examples
    --------
    >>> import kurilmap
    >>> a = kurilmap.Article.from_text('Talks\n\n"We disagree," Kono said.')
    >>> quotes(a)[["kind", "text", "speaker"]].values.tolist()
    [['quote', 'We disagree', 'Kono']]
    """
    import pandas as pd

    article = check_article(article, "quotes")
    rows = []
    for r in read(article, linking=lambda _: False):  # no events asked
        for q in r.quotes:
            rows.append(
                {
                    "paragraph": r.paragraph,
                    "sentence_index": r.index,
                    "sentence": r.sentence.text,
                    "kind": q.get("kind", "quote"),
                    "text": q["text"],
                    "speaker": q["speaker"],
                    "speaker_id": q["speaker_id"],
                    "role": q["role"],
                }
            )
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
