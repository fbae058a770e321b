"""Dates in news text, resolved against the article's date.

Each language has its rules, one per form news writes dates in
(:mod:`~kurilmap.news.dates_en`, :mod:`~kurilmap.news.dates_ru`,
:mod:`~kurilmap.news.dates_ja`); :func:`find_dates` runs those of the
sentence's script where a date may begin and returns every date with its span
(``start`` and ``end``, ISO, inclusive), ``precision`` (``day``, ``week``,
``month``, ``part_of_month``, ``season``, ``year``, ``range`` or
``duration``), ``relation`` (``on``, ``in``, ``since``, ``from``, ``until``…;
``past``/``future`` for a year-less month or weekday: the way it was
resolved) and ``tense`` against the article's date.

A date without its year ("Aug. 28", «в ноябре», 「10月初め」) is the one its
clause points to: the next if the clause speaks of the future ("will be
held", «состоится», 予定), the last if of the past, else the nearest.
"The same day", 同日, «в тот же день» and «накануне» count from the last day
named in the sentence or the three before it (else from the day the article
reports on), which is why :func:`find_dates` takes the dates found earlier.

Examples
--------
>>> today = dt.date(2019, 5, 10)
>>> [(d["text"], d["start"]) for d in find_dates("They met on Feb. 7.", today)]
[('Feb. 7', '2019-02-07')]
>>> first = find_dates("首相は7日午前に出発した。", today)
>>> later = find_dates("同日夜に到着した。", today, [first])
>>> [(d["text"], d["start"], d["tense"]) for d in later]
[('同日夜', '2019-05-07', 'past')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from kurilmap.errors import InputTypeError
from kurilmap.news.dates_core import (
    EN_MONTHS,
    RU_MONTHS,
    Entry,
    Rule,
    Scope,
    month_index,
)
from kurilmap.news.dates_en import INSIDE as EN_INSIDE
from kurilmap.news.dates_en import KEYS as EN_KEYS
from kurilmap.news.dates_en import RULES as EN_RULES
from kurilmap.news.dates_en import is_lead as en_lead
from kurilmap.news.dates_ja import RULES as JA_RULES
from kurilmap.news.dates_ja import STARTS as JA_STARTS
from kurilmap.news.dates_ru import KEYS as RU_KEYS
from kurilmap.news.dates_ru import RULES as RU_RULES
from kurilmap.news.dates_ru import is_lead as ru_lead
from kurilmap.news.quick import keyword_automaton, may_begin

__all__ = ["EN_MONTHS", "RU_FORMS", "RU_MONTHS", "find_dates", "month_index"]

RU_FORMS = (
    r"(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|"
    r"июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|"
    r"декабр[ьяе])"
)
"""A Russian month in any case, as one group (for datelines)."""

_NAMED = re.compile(r"\(\?P<\w+>")
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_DIGITS = re.compile(r"\d+")


def _word_start(text: str, at: int) -> int:
    """Return the offset of the first letter or digit of the word holding ``at``."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    while start < at and not text[start].isalnum():
        start += 1
    return start


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """Return the start and the word (lower case) before the word at ``start``."""
    end = start
    while end > 0 and not text[end - 1].isspace():
        end -= 1  # back over punctuation before the word ("(since")
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    first = _word_start(text, end - 1)
    return first, text[first:end].lower().rstrip(".,;:")


def word_starts(
    sentence: str,
    keys: tuple[str, ...],
    inside: tuple[str, ...],
    lead: Callable[[str], bool],
) -> list[int]:
    """Return where a date may begin: its words and the words leading them.

    A word holds a date if it has a digit, begins with one of ``keys`` or
    holds one of ``inside`` (lower case: "day" in "Monday"); the words just
    before it for which ``lead`` is true may begin its expression ("at the
    end of March"). Finding these with ``str.find`` and trying the rules only
    there is many times faster than trying them at every offset.

    Examples
    --------
    >>> lead = {"at", "the", "end", "of"}.__contains__
    >>> word_starts("Talks resume at the end of March.", ("march",), (), lead)
    [13, 16, 20, 24, 27]
    """
    lower = sentence.lower()
    anchors = {_word_start(sentence, m.start()) for m in _DIGITS.finditer(sentence)}
    if len(lower) == len(sentence):
        found = _found_keys(lower, keys)
    else:  # İ lowers to two characters: the offsets in lower case as they fall
        found = _found_keys_plain(lower, keys)
    for at, key in found:
        if key in inside or at == 0 or not lower[at - 1].isalpha():
            anchors.add(_word_start(sentence, at))
    out = set(anchors)
    for start in anchors:
        word = start
        while (before := _word_before(sentence, word)) and lead(before[1]):
            word = before[0]
            out.add(word)
    return sorted(out)


def _found_keys_plain(lower: str, keys: tuple[str, ...]) -> list[tuple[int, str]]:
    """Return where each key stands in ``lower``, key by key, as ``str.find`` finds."""
    out = []
    for key in keys:
        at = lower.find(key)
        while at >= 0:
            out.append((at, key))
            at = lower.find(key, at + len(key))
    return out


def _found_keys(lower: str, keys: tuple[str, ...]) -> list[tuple[int, str]]:
    """Return the places of :func:`_found_keys_plain`, in one automaton pass.

    A key's occurrence that overlaps its previous one is skipped, as
    ``str.find`` from the end of the previous one skips it ("tonightonight").
    """
    out = []
    ends: dict[str, int] = {}
    for last, key in keyword_automaton(keys).iter(lower):
        at = last + 1 - len(key)
        if at >= ends.get(key, 0):
            ends[key] = last + 1
            out.append((at, key))
    return out


class _Scanner:
    """A language's rules as one pattern, each rule in its own named group.

    The pattern is tried only where a date may begin (``starts``), leftmost
    first; a rule that turns its match down hands the place to the next
    rule that matches there.
    """

    def __init__(
        self, rules: Sequence[Rule], starts: Callable[[str], Iterable[int]]
    ) -> None:
        self.rules = list(rules)
        self.starts = starts
        self.patterns = [re.compile(rule.pattern) for rule in self.rules]
        self.every = tuple(range(len(self.rules)))
        self.pattern = self._combined(self.every)
        self._by_char: dict[str, tuple[tuple[int, ...], re.Pattern[str] | None]] = {}

    def _combined(self, rules: tuple[int, ...]) -> re.Pattern[str]:
        """Return the rules as one pattern, rule ``i`` in the group ``r{i}``."""
        return re.compile(
            "|".join(
                f"(?P<r{i}>{_NAMED.sub('(', self.rules[i].pattern)})" for i in rules
            )
        )

    def _for(self, char: str) -> tuple[tuple[int, ...], re.Pattern[str] | None]:
        """Return the rules a match beginning with ``char`` may be of, as a pattern.

        The others cannot match there (:func:`may_begin`): the pattern of the
        rest finds the same first rule and match as :attr:`pattern` does.
        Built once per character.
        """
        found = self._by_char.get(char)
        if found is None:
            rules = tuple(
                i for i in self.every if may_begin(self.rules[i].pattern, char)
            )
            if rules == self.every:
                found = rules, self.pattern
            else:
                found = rules, self._combined(rules) if rules else None
            if len(self._by_char) < 4096:
                self._by_char[char] = found
        return found

    def scan(
        self,
        sentence: str,
        today: dt.date,
        lang: str,
        earlier: Sequence[Sequence[Mapping[str, Any]]],
    ) -> list[Entry]:
        found: list[Entry] = []
        taken = 0
        for at in self.starts(sentence):
            if at < taken or at >= len(sentence):
                continue
            rules, combined = self._for(sentence[at])
            if combined is None or not (hit := combined.match(sentence, at)):
                continue
            taken = hit.end()  # no rule takes it ("since 2030"): skip it whole
            first = int(str(hit.lastgroup)[1:])
            for i in rules:
                if i < first:
                    continue
                rule, pattern = self.rules[i], self.patterns[i]
                m = pattern.match(sentence, at)
                if m is None or m.end() == m.start():
                    continue
                scope = Scope(sentence, at, m.end(), today, lang, found, earlier)
                try:
                    entry = rule.resolve(m, scope)
                except (ValueError, KeyError, StopIteration):
                    entry = None  # February 30, "the 13th month"
                if entry is not None:
                    found.append(entry)
                    taken = m.end()
                    break
        return found


def _en_starts(sentence: str) -> list[int]:
    return word_starts(sentence, EN_KEYS + EN_INSIDE, EN_INSIDE, en_lead)


def _ru_starts(sentence: str) -> list[int]:
    return word_starts(sentence, RU_KEYS, (), ru_lead)


def _ja_starts(sentence: str) -> list[int]:
    return [m.start() for m in JA_STARTS.finditer(sentence)]


_SCANNERS = {
    "en": _Scanner(EN_RULES, _en_starts),
    "ru": _Scanner(RU_RULES, _ru_starts),
    "ja": _Scanner(JA_RULES, _ja_starts),
}


def find_dates(
    sentence: str,
    today: dt.date | None,
    earlier: Sequence[Sequence[Mapping[str, Any]]] = (),
) -> list[dict[str, Any]]:
    """Return the dates a sentence mentions, resolved against ``today``.

    Parameters
    ----------
    sentence
        One sentence of an article (English, Russian or Japanese: its
        script chooses the rules).
    today
        The article's date; without it nothing can be resolved and the
        result is empty.
    earlier
        The dates found in the article's sentences before this one, one list
        per sentence: "the same day", 同日 and «накануне» count from them.

    Returns
    -------
    list of dict
        One dict per date expression, in the order of the text: ``text``,
        ``start``, ``end``, ``precision``, ``relation`` and ``tense``.

    Examples
    --------
    >>> d = dt.date(2019, 5, 10)
    >>> [(x["start"], x["precision"]) for x in find_dates("in December", d)]
    [('2018-12-01', 'month')]
    >>> [(x["start"], x["end"]) for x in find_dates("will meet at the end of May", d)]
    [('2019-05-21', '2019-05-31')]
    >>> [x["start"] for x in find_dates("They are due to meet on Friday.", d)]
    ['2019-05-17']
    >>> [(x["start"], x["end"]) for x in find_dates("с 12 по 24 августа", d)]
    [('2019-08-12', '2019-08-24')]
    >>> [(x["text"], x["start"]) for x in find_dates("昭和56年に定めた", d)]
    [('昭和56年', '1981-01-01')]
    """
    if not isinstance(sentence, str) or not isinstance(today, dt.date | None):
        what = "sentence" if not isinstance(sentence, str) else "today"
        value = sentence if what == "sentence" else today
        want = "a str" if what == "sentence" else "a datetime.date or None"
        msg = f"find_dates() takes {what} as {want}, not {type(value).__name__}"
        raise InputTypeError(msg)
    if today is None:
        return []
    if sentence.isascii():
        lang = "en"
    elif _CYRILLIC.search(sentence):
        lang = "ru"
    elif _JAPANESE.search(sentence):
        lang = "ja"
    else:
        lang = "en"
    return _SCANNERS[lang].scan(sentence, today, lang, earlier)
