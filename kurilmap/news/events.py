"""Link a sentence of an article to the known events it describes.

The events are those of the ``events`` dataset. A sentence is compared with
an event by its dates (which must overlap the event), its places and its
words: the words of the event's title and summary, the people it names, and a
few terms that read the same across languages and spellings ("2+2", 外務・防衛
閣僚協議, "foreign and defence ministers").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Any

from kurilmap.datasets import dataset_records
from kurilmap.news.quick import FOLDS_APART, Led, keyword_automaton, may_hold

_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "for",
        "with",
        "from",
        "by",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "that",
        "this",
        "their",
        "its",
        "his",
        "her",
        "as",
        "or",
        "after",
        "before",
        "between",
        "over",
        "into",
        "about",
        "it",
    ]
)


@functools.lru_cache(maxsize=1)
def _events() -> tuple[dict[str, Any], ...]:

    out: list[dict[str, Any]] = []
    for r in dataset_records("events"):
        words = set(_words(f"{r['title']} {r['summary']}"))
        out.append(
            {
                "id": r["id"],
                "start": r["start"].date(),
                "end": r["end"].date(),
                "places": set(str(r["place_id"]).split(";")),
                "words": words,
                "title_words": set(_words(str(r["title"]))),
            }
        )
        event = out[-1]
        event["rare_title_words"] = event["title_words"] - COMMON_IN_TITLES
        event["weights"] = {w: _weight(w, event) for w in words | event["title_words"]}
    return tuple(out)


TERMS = (
    (
        r"two[- ]plus[- ]two|\b2\s*\+\s*2\b|foreign and defen[cs]e ministers?|"
        r"外務・防衛閣僚協議|два плюс два",
        "2+2",
    ),
    (r"fib(?:er|re)[- ]optic|光ファイバー|оптоволок\w*", "fibre optic"),
    (r"barracks|dormitor(?:y|ies)|казарм\w*|общежити\w*|宿舎|兵舎", "barracks"),
    (r"summit|首脳会談|саммит\w*", "summit"),
)
"""Terms an event's words share across languages and spellings."""
TERM_WORDS = frozenset(w for _, term in TERMS for w in term.split())
_TERMS = re.compile(
    "|".join(f"(?P<t{i}>{pattern})" for i, (pattern, _) in enumerate(TERMS)),
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9+]{3,}")  # the words of three letters or more


_TERM_KEYS = (
    "two", "+", "defen", "外務・防衛", "плюс", "fib", "光ファイバー", "оптоволок",
    "barracks", "dormitor", "казарм", "общежити", "宿舎", "兵舎", "summit", "首脳会談",
    "саммит",
)  # fmt: skip
"""Text without any of these has none of the terms (a quick test)."""
_TERM_NEEDS = tuple("plus" if key == "two" else key for key in _TERM_KEYS)
"""A closer quick test: "two-plus-two" holds "plus" (when lower case text is
what ``re.IGNORECASE`` reads, see :mod:`kurilmap.news.quick`)."""
_TERM_LEADS = (
    "two", "2", "foreign and defen", "外務・防衛閣僚協議", "два плюс два", "fib",
    "光ファイバー", "оптоволок", "barracks", "dormitor", "казарм", "общежити", "宿舎",
    "兵舎", "summit", "首脳会談", "саммит",
)  # fmt: skip
_TERMS_LED = Led(_TERMS, words=_TERM_LEADS)
""":data:`TERMS` tried only where one begins (a word of each, lower case)."""


def _holds_any(text: str, keys: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``keys`` (``any(k in text for k in keys)``)."""
    return next(keyword_automaton(keys).iter(text), None) is not None


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_terms_text(text)) if w not in _STOP]


def _terms_text(text: str) -> str:
    """Return the text in lower case, its terms written one way ("2+2")."""
    text = text.lower().replace("defense", "defence")
    if _holds_any(text, _TERM_KEYS) and (
        (not text.isascii() and FOLDS_APART.search(text))
        or _holds_any(text, _TERM_NEEDS)
    ):
        text = _TERMS_LED.sub(
            lambda m: f" {TERMS[int(str(m.lastgroup)[1:])][1]} ", text
        )
    return text


@functools.lru_cache(maxsize=256)
def _recent(today: dt.date) -> tuple[dict[str, Any], ...]:
    """Events that began in the year up to ``today``."""
    year = dt.timedelta(days=366)
    return tuple(e for e in _events() if dt.timedelta(0) <= today - e["start"] <= year)


GENERIC = frozenset(
    [
        "japan",
        "japanese",
        "russia",
        "russian",
        "moscow",
        "tokyo",
        "meeting",
        "meetings",
        "talks",
        "peace",
        "treaty",
        "foreign",
        "ministers",
        "minister",
        "leaders",
        "islands",
        "kurils",
        "kuril",
        "round",
        "first",
        "further",
    ]
)
"""Title words too common to identify an event on their own."""
COMMON_IN_TITLES = GENERIC | {
    *("iturup", "etorofu", "kunashir", "kunashiri", "shikotan", "habomai"),
}
"""Title words that with another do not name an event of the year before: the
generic ones and the disputed islands, which nearly every article names ("A
new school opened on Iturup" is not "New military barracks ready on Iturup and
Kunashir"; "new military facilities" is)."""
_STOP_OR_GENERIC = _STOP | GENERIC


def _weight(word: str, event: dict[str, Any]) -> int:
    """How strongly a word of a sentence points to an event.

    A word of the event's title counts 2, of its summary 1; a term naming the
    kind of event ("2+2", "barracks") counts 3 in the title.
    """
    if word in event["title_words"]:
        return 3 if word in TERM_WORDS else 2
    return 1 if word in event["words"] else 0


def _weight_of(words: set[str], event: dict[str, Any]) -> int:
    """Return the sum of :func:`_weight` over ``words`` (those of no weight skipped)."""
    weights = event["weights"]
    return sum([weights[w] for w in words & weights.keys()])


def link_events(
    sentence: str,
    dates: list[dict[str, Any]],
    places: set[str],
    today: dt.date | None,
    people: Iterable[str] = (),
) -> list[str]:
    """Known events a sentence describes.

    Each date of the sentence names the event it overlaps that shares the
    most words with the sentence (the ``people`` it is about count as words),
    or, if none shares a word, the one whose places are closest to the
    sentence's (the article's own date counts for "a meeting in Moscow" in
    an article of that day). An undated mention is linked by two distinctive
    title words ("fibre-optic cable") to events of the year before the
    article.
    """
    spans = [
        (dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"]))
        for d in dates
        if d["precision"] != "duration" and d["relation"] != "since"
    ]
    if today is not None and not spans and _has_event_word(sentence):
        spans = [(today, today)]  # "after a meeting in Moscow", in that day's news
    words = set(_WORD.findall(_terms_text(sentence))) - _STOP_OR_GENERIC  # _words'
    distinctive = words - _surnames()
    words |= {name.lower() for name in people}
    linked: list[str] = []
    for a, b in spans:
        found = []
        for event in _by_year().get(a.year, ()) if a.year == b.year else _events():
            if not (a <= event["end"] and event["start"] <= b):
                continue
            rank = _weight_of(words, event)
            shared = places & event["places"]
            if rank or shared:
                near = len(shared) / len(places | event["places"])
                found.append(((rank, near), event["id"]))
        best = max((score for score, _ in found), default=None)
        linked += [e for score, e in found if score == best and e not in linked]
    recent = today is not None and len(distinctive) > 1 and _titled(distinctive)
    for event in _recent(today) if recent and today is not None else ():
        title = distinctive & event["rare_title_words"]
        if len(title) >= 2 and event["id"] not in linked:
            linked.append(event["id"])
    return linked


def _titled(words: set[str]) -> bool:
    """Whether an event's title holds two of ``words`` (of its rare title words).

    A quick test: without such an event, no event is linked by its title.
    """
    counts: dict[int, int] = {}
    index = _by_title_word()
    for word in words:
        for at in index.get(word, ()):
            counts[at] = counts.get(at, 0) + 1
            if counts[at] >= 2:
                return True
    return False


@functools.lru_cache(maxsize=1)
def _by_title_word() -> dict[str, tuple[int, ...]]:
    """Return the events (their places in :func:`_events`) of each rare title word."""
    out: dict[str, list[int]] = {}
    for at, event in enumerate(_events()):
        for word in event["rare_title_words"]:
            out.setdefault(word, []).append(at)
    return {word: tuple(ats) for word, ats in out.items()}


@functools.lru_cache(maxsize=1)
def _by_year() -> dict[int, tuple[dict[str, Any], ...]]:
    """Return the events of each year they last into, in the dataset's order.

    A span within one year can only overlap the events of that year: these
    are the only ones :func:`link_events` compares it with.
    """
    out: dict[int, list[dict[str, Any]]] = {}
    for event in _events():
        for year in range(event["start"].year, event["end"].year + 1):
            out.setdefault(year, []).append(event)
    return {year: tuple(events) for year, events in out.items()}


PLURAL = re.compile(
    r"\b(?:they|them|their|both|the two|the leaders|the ministers|the sides)\b|"
    r"\b(?:они|их|оба|обе|стороны|лидеры|лидеров|министры)\b|"
    r"両(?:外相|首脳|氏|国|者|大臣)|双方",
    re.IGNORECASE,
)
"""Words that refer back to the people last named ("they", 両外相)."""
_PLURAL_LEADS = (
    *("they", "them", "their", "both", "the two", "the leaders", "the ministers"),
    *("the sides", "они", "их", "оба", "обе", "стороны", "лидеры", "лидеров"),
    *("министры", "両", "双方"),
)
_PLURAL = Led(PLURAL, words=_PLURAL_LEADS)


def refers_back(sentence: str) -> bool:
    """Whether :data:`PLURAL` matches the sentence (tried where its words stand)."""
    return _PLURAL.search(sentence) is not None


EVENT_WORDS = re.compile(
    r"\b(?:meeting|talks|summit|met|visit|conference|session)\b|"
    r"встреч|переговор|саммит|визит|会談|会合|首脳会談|訪問",
    re.IGNORECASE,
)
_EVENT_KEYS = (
    *("meeting", "talks", "summit", "met", "visit", "conference", "session"),
    *("встреч", "переговор", "саммит", "визит", "会談", "会合", "訪問"),
)
"""A word every match of :data:`EVENT_WORDS` holds (a quick test)."""
_EVENT_WORDS = Led(EVENT_WORDS, words=(*_EVENT_KEYS, "首脳会談"))


def _has_event_word(sentence: str) -> bool:
    """Whether :data:`EVENT_WORDS` matches the sentence, the quick test first."""
    return may_hold(sentence, _EVENT_KEYS) and bool(_EVENT_WORDS.search(sentence))


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:

    return frozenset(str(r["surname_en"]).lower() for r in dataset_records("people"))
