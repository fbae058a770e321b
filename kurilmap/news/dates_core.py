"""What the date rules of every language share: spans, years, tense, anchors.

A rule finds an expression ("Aug. 28", «в тот же день», 「来月15日」) and
turns it into an entry: the span it names (``start`` and ``end``, inclusive),
its ``precision``, its ``relation`` to what it dates and its ``tense`` against
the article's date. What a rule cannot read from the words it gets from a
:class:`Scope`: the article's date, which way the clause looks (a future
verb, a past one, or neither) and the dates mentioned before it, which
"the same day", 同日 and «накануне» refer to.

Examples
--------
>>> import datetime as dt
>>> scope = Scope("They met in March.", 11, 17, dt.date(2019, 5, 10), "en", [], [])
>>> scope.direction
-1
>>> choose(month_spans(3, scope.today), scope.today, scope.direction)
(datetime.date(2019, 3, 1), datetime.date(2019, 3, 31))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from kurilmap.errors import InputError
from kurilmap.news.quick import Led, alternatives

Entry = dict[str, Any]
Span = tuple[dt.date, dt.date]

EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
RU_MONTHS = (
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
    "октябр", "ноябр", "декабр",
)  # fmt: skip
RU_SHORT = (
    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
)  # fmt: skip
"""The stems news agencies abbreviate Russian months to («1 ноя», «24 окт.»)."""
_EN_SHORT = [m[:3] for m in EN_MONTHS]
EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RU_DAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен")
JA_DAYS = "月火水木金土日"
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
"""The first month of each season (meteorological: March, June, September,
December); winter runs into the next year's February."""
PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
"""Days of a part of a month: early 1–10, mid 11–20, late 21–end."""
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
"""Months of a part of a year: "early next year" is January to April."""
NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "один": 1,
    "одного": 1,
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
}
"""Small numbers written as words ("two days later", «через два дня»)."""
FISCAL_START = 4
"""Japan's fiscal year starts in April: "fiscal 2019" is 2019-04 to 2020-03."""

FUTURE = re.compile(
    r"\b(?:will|shall|would|might|may|could|upcoming|(?:is|are|was|were) (?:due )?to|"
    r"plans? to|planned to|planning to|expected to|expects to|set to|aims? to|"
    r"intends? to|hopes? to|scheduled)\b|"
    r"будет|будут|буд[еу]т|состоится|состоятся|пройд[её]т|пройдут|планиру|намерен|"
    r"намечен|предстоящ|собира[ею]тся|ожидается|должн[аыо]?\b|"
    r"予定(?!された|されていた|だった|していた)|方針|見通し|見込み|方向で|意向|めど|目指|"
    r"計画(?!した|された|していた)|今後|開かれる|行われる|開催される|"
    r"(?:する|れる)(?=こと(?![がは]でき)|方針|予定|方向|見通し|考え|意向|計画|よう)"
)
"""Words of a clause that speaks of the future (English modals are lower case)."""
PAST = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"\b(?:was|were|had|did|said|told|met|took|came|went|"
    r"made|held|gave|began|left|sent|won|saw|became|paid|led|ran|fell|flew|spoke|"
    r"wrote|sought|brought|kept|lost|found|built|stood|(?!need|speed|united|disputed|"
    r"based|armed|limited|advanced|related|hundred|indeed)[a-z]{2,}ed)\b|"
    r"(?<![а-яё])[а-яё]{2,}(?:[аеиоуыяё]л(?:а|о|и)?|[шг]л[аои])(?:сь|ся)?(?![а-яё])|"
    r"(?:た|んだ|いだ)(?:という|とされる|とみられる|ばかり(?:だ)?)?"
    r"(?=[。」』）)]|$|と[、はも]?[^\d]|、|が|ものの)"
)
"""Past verbs: English -ed and common irregular forms (not a participle after
"be": "will be held"), Russian -л/-ла/-ли, a Japanese predicate in た."""
_FUTURE_EN, *_FUTURE_OTHER = alternatives(FUTURE.pattern)
_PAST_EN, *_PAST_OTHER = alternatives(PAST.pattern)
_FUTURE_PARTS = (re.compile(_FUTURE_EN), re.compile("|".join(_FUTURE_OTHER)))
_PAST_PARTS = (  # the word boundary tested first: the same, faster
    re.compile(r"\b" + _PAST_EN.replace(r")\b(?:was|", r")(?:was|", 1)),
    re.compile("|".join(_PAST_OTHER)),
)
_NOT_LATIN = re.compile("[а-яё\u3040-\u30ff\u4e00-\u9fff]")
"""Every alternative of FUTURE and PAST but the English begins with one of these."""


def says_future(text: str, parts: tuple[re.Pattern[str], ...] = _FUTURE_PARTS) -> bool:
    """Whether :data:`FUTURE` (or, given its ``parts``, PAST) matches ``text``.

    The English alternative first, the others only where their letters are.
    """
    return bool(parts[0].search(text)) or (
        not text.isascii()
        and _NOT_LATIN.search(text) is not None
        and parts[1].search(text) is not None
    )


def says_past(text: str) -> bool:
    """Whether :data:`PAST` matches ``text`` (a quicker test, the same answer)."""
    return says_future(text, _PAST_PARTS)


_CLAUSE = re.compile(
    r",(?!\s*\d{4}\b)|[;:—–()、，；。]|\s-{1,2}\s|"
    r"\b(?:that|which|who|whom|whose|when|while|because|"
    r"although|but|where)\b|(?<![а-яё])(?:что|чтобы|когда|но|где|котор[а-яё]+)(?![а-яё])",
    re.IGNORECASE,
)
"""Where a clause ends: a verb beyond it does not move a date ("Feb. 7, 2008"
holds no end)."""
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character ``\\s`` matches (those for which ``str.isspace`` is true)."""
_CLAUSE_LED = Led(
    _CLAUSE,
    words=(
        *",;:—–()、，；。",
        *(space + "-" for space in _SPACES),
        *("that", "which", "who", "when", "while", "because", "although", "but"),
        *("where", "что", "когда", "но", "где", "котор"),
    ),
)
""":data:`_CLAUSE` tried only where a clause's end may begin."""
_WORD = re.compile(r"[^\W\d_]{3,}")
_DIGIT = re.compile(r"\d")
_DATELINE = re.compile(r"\.?,?\s*(?:—|–|\s-{1,2}\s)")
"""What follows a dateline's date: "TOKYO, July 2 — ", «ТОКИО, 24 окт. — »."""


class Rule(NamedTuple):
    """One form of date: its name, its pattern and what turns a match into an entry.

    ``resolve`` returns ``None`` when the words are not a date after all
    ("since 2030" in an article of 2019, February 30).
    """

    name: str
    pattern: str
    resolve: Callable[[re.Match[str], Scope], Entry | None]


def month_index(token: str) -> int:
    """Return the month (1-12) an English or Russian month word names.

    Full words, inflected forms and abbreviations all count.

    Examples
    --------
    >>> [month_index(w) for w in ("Feb.", "Sept", "ноябре", "ноя", "мая", "мар")]
    [2, 9, 11, 11, 5, 3]
    """
    token = token.lower().rstrip(".")
    if token.isascii():
        if token[:3] in _EN_SHORT:
            return _EN_SHORT.index(token[:3]) + 1
    elif token.startswith("мар"):
        return 3
    else:
        for i, stem in enumerate(RU_SHORT):
            if token.startswith(stem):
                return i + 1
    msg = f"not a month: {token!r} (an English or Russian month name)"
    raise InputError(msg)


def span_tense(start: dt.date, end: dt.date, today: dt.date) -> str:
    """Return past, present or future: where a span lies against ``today``."""
    return "past" if end < today else "future" if start > today else "present"


def last_day(year: int, month: int) -> int:
    """Return the number of days of a month.

    Examples
    --------
    >>> last_day(2020, 2)
    29
    """
    return calendar.monthrange(year, month)[1]


def month_span(year: int, month: int) -> Span:
    """Return the first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Return ``(year, month)`` moved by ``months`` (negative moves back)."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def part_span(year: int, month: int, part: str) -> Span:
    """Return the days of the early, mid or late part of a month."""
    first, final = PARTS[part]
    end = min(final, last_day(year, month))
    return dt.date(year, month, first), dt.date(year, month, end)


def season_span(year: int, season: str) -> Span:
    """Return the three months of a season; winter ``year`` starts in December."""
    month = SEASONS[season]
    end_year, end_month = add_months(year, month, 2)
    return dt.date(year, month, 1), month_span(end_year, end_month)[1]


def year_span(year: int) -> Span:
    """Return the first and last day of a year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_span(day: dt.date) -> Span:
    """Return the Monday and Sunday of the week of ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_spans(month: int, today: dt.date, part: str | None = None) -> list[Span]:
    """Return ``month`` (or its part) in the year before, of and after ``today``."""
    years = (today.year - 1, today.year, today.year + 1)
    if part:
        return [part_span(y, month, part) for y in years]
    return [month_span(y, month) for y in years]


def day_spans(month: int, day: int, today: dt.date) -> list[Span]:
    """Return day ``day`` of ``month`` in the years around ``today`` that have it."""
    out = []
    for year in (today.year - 1, today.year, today.year + 1):
        if day <= last_day(year, month):
            date = dt.date(year, month, day)
            out.append((date, date))
    return out


def choose(spans: Iterable[Span], today: dt.date, direction: int) -> Span:
    """Pick the span a year-less date means, in the direction of its clause.

    Forward (``1``): the first that has not ended; backward (``-1``): the last
    that has begun; neither (``0``): the nearest to ``today``, the earlier of
    two as near.

    Examples
    --------
    >>> today = dt.date(2019, 1, 23)
    >>> choose(month_spans(6, today), today, 0)[0]
    datetime.date(2019, 6, 1)
    >>> choose(month_spans(6, today), today, -1)[0]
    datetime.date(2018, 6, 1)
    """
    ordered = sorted(spans)
    if direction > 0:
        return next((s for s in ordered if s[1] >= today), ordered[-1])
    if direction < 0:
        return next((s for s in reversed(ordered) if s[0] <= today), ordered[0])

    def distance(span: Span) -> tuple[int, dt.date]:
        start, end = span
        days = (start - today).days if start > today else max(0, (today - end).days)
        return days, start

    return min(ordered, key=distance)


def _shift(day: dt.date, years: int) -> dt.date:
    """Return the day ``years`` later; a month's last day stays its last."""
    year = day.year + years
    if day.day == last_day(day.year, day.month):
        return dt.date(year, day.month, last_day(year, day.month))
    return day.replace(year=year)


def number(word: str) -> int:
    """Return a count written in digits or as a small number word."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS[word]


class Scope:
    """What a rule knows about its match beyond its words.

    Parameters
    ----------
    sentence
        The sentence, and ``start`` and ``end`` the match's offsets in it.
    today
        The article's date.
    lang
        ``en``, ``ru`` or ``ja``: the rules' language.
    here
        The dates found so far in this sentence, left of the match.
    earlier
        The dates of the sentences before, one list per sentence.
    """

    def __init__(
        self,
        sentence: str,
        start: int,
        end: int,
        today: dt.date,
        lang: str,
        here: Sequence[Mapping[str, Any]],
        earlier: Sequence[Sequence[Mapping[str, Any]]],
    ) -> None:
        self.sentence, self.start, self.end = sentence, start, end
        self.today, self.lang = today, lang
        self.here: Sequence[Mapping[str, Any]] = here
        self.earlier: Sequence[Sequence[Mapping[str, Any]]] = earlier

    @cached_property
    def clause(self) -> str:
        """The clause around the match."""
        cuts = [m.end() for m in _CLAUSE_LED.finditer(self.sentence, 0, self.start)]
        after = _CLAUSE_LED.search(self.sentence, self.end)
        return self.sentence[cuts[-1] if cuts else 0 : after.start() if after else None]

    @cached_property
    def direction(self) -> int:
        """``1`` if the clause looks forward, ``-1`` back, ``0`` if it does not say.

        The clause's own verb decides; a future and a past in it ("has said
        Abe might visit on Jan. 21") say nothing. A clause that is only the
        date ("In March, …"; in Japanese any clause, its verb comes last)
        takes the sentence's: its past first, the main verb of a report (in
        Japanese its past alone). A clause with other words but no verb known
        ("staying until May 13") says nothing: the nearest date is meant.
        """
        clause, sentence, ja = self.clause, self.sentence, self.lang == "ja"
        future, past = says_future(clause), says_past(clause)
        if future and (past or (ja and says_past(sentence))):
            return 0  # "has said Abe might visit on Jan. 21": the nearest
        if future or past:
            return 1 if future else -1
        rest = clause.replace(sentence[self.start : self.end], " ")
        if not ja and _WORD.search(rest):
            return 0
        future, past = says_future(sentence), says_past(sentence)
        if ja:  # a plan in another clause does not date this one: only the past
            return -1 if past and not future else 0
        return -1 if past else 1 if future else 0

    def tense(self, start: dt.date, end: dt.date, precision: str) -> str:
        """Return the tense of a span against the article's date.

        A span that holds the article's date is present; in Russian and
        Japanese a day or year that holds it takes the tense of its verb
        («встретились в среду», 「22日、訪れた」: past), except a dateline.
        """
        plain = span_tense(start, end, self.today)
        if plain != "present" or self.lang == "en" or precision == "range":
            return plain
        if self.dateline:
            return plain
        text = self.sentence if precision == "day" else self.clause
        if says_future(self.clause):
            return "future"
        return "past" if says_past(text) else "present"

    def pick(self, spans: Iterable[Span]) -> Span:
        """Pick the span a year-less date means (see :func:`choose`).

        A year written out before it in the sentence sets its year: 「2022年は
        …6月22日となった」, "In 2014, … on March 3" (not 「昨年と同じ6月1日」:
        the same dates as last year's, this year).
        """
        spans = list(spans)
        written = [
            d
            for d in self.here
            if d["precision"] == "year"
            and d["relation"] == "in"
            and _DIGIT.search(d["text"])
        ]
        if written:
            year = int(written[-1]["start"][:4])
            inside = [x for x in spans if x[0].year == year]
            if inside:
                return choose(inside, self.today, self.direction)
            start, end = spans[0]
            try:
                return _shift(start, year - start.year), _shift(end, year - start.year)
            except ValueError:  # 29 February
                pass
        return choose(spans, self.today, self.direction)

    @cached_property
    def dateline(self) -> bool:
        """Whether the match is a dateline's date ("TOKYO, July 2 — ")."""
        return bool(_DATELINE.match(self.sentence, self.end))

    def entry(
        self,
        span: Span,
        precision: str,
        relation: str,
        *,
        tense: str | None = None,
        text: str | None = None,
    ) -> Entry:
        """Return the entry of a span found by a rule."""
        start, end = span
        return {
            "text": text or self.sentence[self.start : self.end].strip(" ,"),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "precision": precision,
            "relation": relation,
            "tense": tense or self.tense(start, end, precision),
        }

    def _recent(self, precisions: tuple[str, ...]) -> Mapping[str, Any] | None:
        """Return the last date of those precisions in this or 3 sentences before."""
        for dates in (self.here, *self.earlier[-3:][::-1]):
            for date in dates[::-1]:
                if date["precision"] in precisions:
                    return date
        return None

    @cached_property
    def story_day(self) -> dt.date:
        """The day the article reports on: its first day in the week up to its date."""
        week = self.today - dt.timedelta(days=7)
        for dates in (*self.earlier, self.here):
            for date in dates:
                day = dt.date.fromisoformat(date["start"])
                if date["precision"] == "day" and week <= day <= self.today:
                    return day
        return self.today

    def anchor_day(self) -> dt.date:
        """Return the day "the same day" means: the last named near, or the story's."""
        date = self._recent(("day",))
        return dt.date.fromisoformat(date["start"]) if date else self.story_day

    def anchor_month(self) -> tuple[int, int]:
        """Return the month "the following month" counts from."""
        date = self._recent(("day", "month", "part_of_month"))
        day = dt.date.fromisoformat(date["start"]) if date else self.story_day
        return day.year, day.month

    def anchor_year(self) -> int:
        """Return the year 前年 and "the following year" count from: the last event's.

        A year named as such is left out: in 「昨年と同じ…。…前年と同額」 the
        year before is the report's.
        """
        date = self._recent(
            ("day", "week", "month", "part_of_month", "season", "range")
        )
        return dt.date.fromisoformat(date["start"]).year if date else self.today.year
