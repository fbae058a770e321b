r"""A story from an article: one chapter per paragraph that names a place or date.

The map flies to the places the paragraph names (those in the map's region;
places beyond it, such as Moscow, are named in the chapter's text alternative),
picks them out, and the time slider moves to the first day the paragraph
resolves (:func:`kurilmap.timeline`), else stays on the day before it; the
paragraph's quotations show with their speakers (:func:`kurilmap.quotes`) and
its known events with their sources (:func:`kurilmap.annotate`). The text is
the article's, shown as written (never read as Markdown) and escaped.

Examples
--------
>>> import kurilmap
>>> a = kurilmap.Article.from_text(
...     "Talks\n\nKono met Lavrov in Moscow on May 10 to discuss Shikotan.\n\n"
...     "No names here.", date="2019-05-14")
>>> s = story_from_article(a)
>>> s.chapters[["id", "date", "frame"]].values.tolist()
[['paragraph-1', datetime.date(2019, 5, 10), ['moscow', 'shikotan']]]
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kurilmap.datasets import missing
from kurilmap.errors import StoryError
from kurilmap.news import Article, annotate, check_article, quotes, timeline
from kurilmap.places import drawn_as, lookup
from kurilmap.teaching.story import Story, story
from kurilmap.teaching.words import STORY
from kurilmap.vocab import FIRST_DAY, Lang, as_lang

__all__ = ["story_from_article"]

TITLE_LENGTH = 90
"""The longest chapter title taken from a paragraph's first sentence."""


def _title(paragraph: str, number: int, lang: Lang) -> str:
    text = " ".join(paragraph.split())
    for stop in (". ", "。", "! ", "? "):
        at = text.find(stop)
        if 0 < at < TITLE_LENGTH:
            return text[: at + len(stop.strip())]
    if len(text) <= TITLE_LENGTH:
        return text or STORY["paragraph"][lang].format(n=number)
    cut = text.rfind(" ", 0, TITLE_LENGTH)
    return text[: cut if cut > 30 else TITLE_LENGTH].rstrip(",;:") + "…"


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    day = dt.date.fromisoformat(value[:10])
    return day if FIRST_DAY <= day <= dt.date.today() else None


def story_from_article(article: Article, *, lang: Lang | None = None) -> Story:
    """Return an article's story: a chapter per paragraph naming a place or date.

    Parameters
    ----------
    article
        A :class:`kurilmap.Article`.
    lang
        The language of the page's words (default: the article's).

    Returns
    -------
    Story
        Chapter ``paragraph-N`` for paragraph N (1-based): ``frame`` and
        ``highlight`` the places it names (one with no sourced coordinates
        is framed as the place it is in, :func:`kurilmap.places.drawn_as`,
        and not picked out), ``date`` the start of the first date it
        resolves that is not a duration ("for 70 years" names no day; else
        the previous chapter's day, else the article's date, else today),
        ``quotes`` its quotations with their speakers,
        ``events`` the known events it describes.

    Raises
    ------
    TypeError
        ``article`` is not a :class:`kurilmap.Article`.
    StoryError
        The article has no paragraph naming a place or a date.
    """
    article = check_article(article, "story_from_article")
    code = as_lang(lang or article.language)
    rows = annotate(article)
    named = rows[rows["match"] == "name"]
    dates = timeline(article)
    said = quotes(article)
    said = said[said["kind"] == "quote"]
    fallback = article.date if article.date is not None else dt.date.today()
    last: dt.date = _day(fallback.isoformat()) or dt.date.today()
    chapters: list[dict[str, Any]] = []
    for number, paragraph in enumerate(article.paragraphs):
        places = list(
            dict.fromkeys(named.loc[named["paragraph"] == number, "place_id"])
        )
        mine = dates[dates["paragraph"] == number]
        points = mine[mine["precision"] != "duration"]  # "for 70 years": no day
        days = [d for d in map(_day, points["start"]) if d is not None]
        if not places and not len(dates[dates["paragraph"] == number]):
            continue
        if days:
            last = days[0]
        events = sorted(
            {e for es in rows.loc[rows["paragraph"] == number, "events"] for e in es}
        )
        chapter: dict[str, Any] = {
            "id": f"paragraph-{number + 1}",
            "title": _title(paragraph, number + 1, code),
            "text": paragraph,
            "literal": True,
            "date": last,
            "view": "neutral",
            "quotes": [
                {"text": str(q["text"]), "speaker": _name(q["speaker"])}
                for q in said[said["paragraph"] == number].to_dict(orient="records")
            ],
            "events": events,
        }
        if places:  # a place with no coordinates: framed as where it is, not picked
            inside = [bool(lookup(p)["in_region"]) for p in places]
            drawn = [
                drawn_as(p) if i else p for p, i in zip(places, inside, strict=True)
            ]
            chapter["frame"] = list(dict.fromkeys(d for d in drawn if d is not None))
            chapter["highlight"] = [
                p for p, d, i in zip(places, drawn, inside, strict=True) if i and d == p
            ]
        chapters.append(chapter)
    if not chapters:
        msg = "the article has no paragraph that names a place or a date"
        raise StoryError(None, "chapters", msg)
    return story(chapters, lang=code, title=article.title or STORY["untitled"][code])


def _name(speaker: object) -> str:
    """Return a quotation's speaker as the story writes it: empty if none (NaN)."""
    return "" if missing(speaker) else str(speaker)
