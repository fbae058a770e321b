"""The checks of a name, of the filters of a name search, and of a mention's context.

A name found in a text is not always the place: it may be part of another name
(the "Pacific Fleet", the "League of Residents of Chishima and Habomai
Islands", 北海道水産会, アジア太平洋経済協力), or name an administrative unit
that is not the place (the "Sakhalin region", サハリン州: the oblast, not the
island). :func:`part_of_another_name` says so from the words around it.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence

from kurilmap.datasets import PLACE_KINDS
from kurilmap.errors import InputError, InputTypeError
from kurilmap.vocab import as_choice

__all__ = [
    "HEADS_AFTER",
    "HEADS_BEFORE",
    "JA_HEADS",
    "MAX_NAME",
    "NAME_LANGS",
    "check_name",
    "name_filters",
    "part_of_another_name",
]

NAME_LANGS = ("en", "ja", "ru", "ain")
"""Languages of place names: kurilmap's three, and Ainu."""

MAX_NAME = 1000
"""Longest name accepted: a place name, not a text (see :func:`find_places`)."""


def check_name(name: object) -> None:
    """Refuse what cannot be a place name: not a text, empty, or a whole text."""
    if not isinstance(name, str):
        msg = f"name must be a string, got {type(name).__name__}: {name!r:.80}"
        raise InputTypeError(msg)
    if not name.strip():
        msg = "the name is empty; give a place name, e.g. 'Etorofu' or '択捉島'"
        raise InputError(msg)
    if len(name) > MAX_NAME:
        msg = (
            f"the name is {len(name):,} characters long (starts {name[:30]!r}); a "
            f"place name has at most {MAX_NAME:,}: use find_places() for a text"
        )
        raise InputError(msg)


def name_filters(
    kind: str | Sequence[str] | None, lang: str | Sequence[str] | None
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """Check the ``kind`` and ``lang`` filters; ``None`` where one is not given."""
    kinds, langs = _as_set(kind, "kind"), _as_set(lang, "lang")
    if kinds is not None and not kinds <= set(PLACE_KINDS):
        bad = sorted(kinds - set(PLACE_KINDS))
        msg = f"unknown kind {bad}; valid kinds: {', '.join(PLACE_KINDS)}"
        raise InputError(msg)
    valid_langs = set(NAME_LANGS)
    if langs is not None and not langs <= valid_langs:
        for value in sorted(langs - valid_langs):  # names the closest valid one
            as_choice(value, NAME_LANGS, "language")
        bad = sorted(langs - valid_langs)
        msg = f"unknown language {bad}; valid: {', '.join(sorted(valid_langs))}"
        raise InputError(msg)
    return kinds, langs


def _as_set(value: object, what: str) -> frozenset[str] | None:
    """Return a filter's values: one text or a list of texts (not an empty one)."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple | set | frozenset) or not all(
        isinstance(v, str) for v in items
    ):
        msg = f"{what} must be a str or a list of str, not {type(value).__name__}"
        raise InputTypeError(msg)
    if not items:
        msg = f"{what} is empty: give one or more, or None for any"
        raise InputError(msg)
    return frozenset(items)


def as_score(value: object) -> float:
    """Return ``min_score`` if it is a number from 0 to 1 (a place sense's weight).

    Examples
    --------
    >>> as_score(0.5)
    0.5
    >>> as_score(2)
    Traceback (most recent call last):
    ...
    kurilmap.errors.InputError: min_score must be from 0 to 1, got 2
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        msg = f"min_score must be a number from 0 to 1, not {value!r}"
        raise InputTypeError(msg)
    score = float(value)
    if not 0 <= score <= 1:  # NaN too
        msg = f"min_score must be from 0 to 1, got {value!r}"
        raise InputError(msg)
    return score


HEADS_AFTER = frozenset(
    [
        "association",
        "border",  # the Sakhalin border directorate (FSB)
        "co-op",
        "company",
        "cooperative",
        "corporation",
        "federation",
        "fleet",  # the Pacific Fleet
        "league",
        "oblast",
        "region",  # the Sakhalin region: the oblast, not the island
    ]
)
"""English nouns that, right after a name, make it part of another name."""

HEADS_BEFORE = frozenset(
    [
        "association",
        "bank",
        "committee",
        "council",
        "federation",
        "foundation",
        "institute",
        "league",
        "society",
        "union",
        "university",
    ]
)
"""English nouns that open a title naming a name ("League of Residents of …")."""

JA_HEADS = (
    "連盟",
    "協会",
    "協議会",
    "連合会",
    "水産会",
    "組合",
    "漁協",
    "艦隊",
    "経済協力",
)
"""Japanese heads that, later in the same kanji compound, make a name part of an
organisation's name (千島歯舞諸島居住者連盟, 北海道水産会, 太平洋艦隊)."""

_JA_REGION = "州"  # サハリン州: the oblast, not the island
_JA_ADDRESS = "市町村区郡県道都府"  # a compound ends at a municipality (根室市)
_TITLE_GLUE = frozenset(["of", "and", "the", "for", "&"])
_MAX_TITLE_WORDS = 8


def _kanji(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or char == "々"


def _katakana(char: str) -> bool:
    code = ord(char)
    return (0x30A1 <= code <= 0x30FA or code == 0x30FC) or 0xFF66 <= code <= 0xFF9F


def _japanese_compound(text: str, start: int, end: int) -> bool:
    """Say if a Japanese name is in a longer word, an organisation's name or a 州."""
    if start > 0 and _katakana(text[start - 1]):  # アジア太平洋
        return True
    if end < len(text) and _katakana(text[end]) and _katakana(text[end - 1]):
        return True  # サハリンエナジー
    if end < len(text) and text[end] == _JA_REGION:
        return True
    stop = end
    while stop < len(text) and _kanji(text[stop]):
        stop += 1
        if text[stop - 1] in _JA_ADDRESS:
            break
    if stop - end < 2:  # every head has two characters or more
        return False
    compound = text[end:stop]
    return any(head in compound for head in JA_HEADS)


def _word_after(text: str, end: int) -> str:
    start = end
    while start < len(text) and text[start] == " ":
        start += 1
    if start == end or start - end > 1:
        return ""
    stop = start
    while stop < len(text) and (text[stop].isalpha() or text[stop] == "-"):
        stop += 1
    return text[start:stop].casefold()


def _in_title(text: str, start: int) -> bool:
    """Whether capitalised words before ``start`` open with an organisation."""
    here = start
    for _ in range(_MAX_TITLE_WORDS):
        if here < 2 or text[here - 1] != " ":
            return False
        stop = here - 1
        begin = stop
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "'’-"):
            begin -= 1
        word = text[begin:stop]
        if not word:
            return False
        if word[:1].isupper() and word.casefold() in HEADS_BEFORE:
            return True
        if not (word[:1].isupper() or word in _TITLE_GLUE):
            return False
        here = begin
    return False


def part_of_another_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of another name.

    Rules, in every language where they apply:

    - the second part of a hyphenated word (Asia-Pacific, Северо-Курильск);
    - in English, a name followed by a noun of :data:`HEADS_AFTER` (the Pacific
      Fleet, the Sakhalin region, the Habomai cooperative) or inside a title
      opened by one of :data:`HEADS_BEFORE` (the League of Residents of
      Chishima and Habomai Islands);
    - in Japanese, a name joined to katakana (アジア太平洋, サハリンエナジー),
      followed by 州 (サハリン州), or in a kanji compound that ends in an
      organisation (:data:`JA_HEADS`: 千島歯舞諸島居住者連盟, 北海道水産会).

    Parameters
    ----------
    text
        The text searched.
    start, end
        The name's offsets in ``text``.

    Returns
    -------
    bool
        True if the words around the name make it part of another name.

    Examples
    --------
    >>> part_of_another_name("the Pacific Fleet", 4, 11)
    True
    >>> part_of_another_name("the Pacific Ocean", 4, 11)
    False
    >>> part_of_another_name("北海道水産会", 0, 3)
    True
    """
    first = text[start : start + 1]
    if not first:
        return False
    hyphenated = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    if first.isascii():
        return (
            hyphenated
            or _word_after(text, end) in HEADS_AFTER
            or _in_title(text, start)
        )
    if "\u0400" <= first <= "\u04ff":
        return hyphenated
    return first >= "\u3040" and _japanese_compound(text, start, end)
