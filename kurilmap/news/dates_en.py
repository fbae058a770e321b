"""Dates in English news: the forms reports use, each a rule.

Months are written in full or abbreviated ("Feb. 7, 2008", "Aug. 28",
"October 1991", "in March", "the end of March", "early March"); weekdays
("on Tuesday"); years standing alone ("in 1956", "the 1956 declaration"),
decades ("the 1990s") and fiscal years ("fiscal 2019", Japan's: April to
March); relative spans ("last month", "later this year", "early next year",
"next week") and anaphora ("the same day", "the following month"), which
count from the last date named before them.

Examples
--------
>>> import datetime as dt
>>> from kurilmap.news.dates import find_dates
>>> today = dt.date(2008, 2, 7)
>>> [d["start"] for d in find_dates("TOKYO, Feb. 7, 2008 — In March", today)]
['2008-02-07', '2008-03-01']
"""

from __future__ import annotations

import datetime as dt
import re

from kurilmap.news.dates_core import (
    EN_DAYS,
    EN_MONTHS,
    FISCAL_START,
    YEAR_PARTS,
    Entry,
    Rule,
    Scope,
    add_months,
    choose,
    day_spans,
    month_index,
    month_span,
    month_spans,
    number,
    part_span,
    season_span,
    week_span,
    year_span,
)
from kurilmap.news.dates_entries import (
    decade_entry,
    duration_entry,
    full_date_entry,
    iso_day_entry,
    month_year_entry,
    past_or_future,
    same_day_entry,
    year_range_entry,
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|"
    r"Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_WEEKDAY = "|".join(d.capitalize() for d in EN_DAYS)


def _m(name: str) -> str:
    return rf"(?P<{name}>{_MONTH})"


def _d(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"


def _y(name: str) -> str:
    return rf"(?P<{name}>1[7-9]\d\d|20\d\d|2100)(?!\d|[,.]\d)"


_SHIFT = r"(?:,?\s+(?:of\s+)?(?P<shift>last|this|next)\s+year)"
_PREP = r"(?:(?P<prep>(?i:since|from|until|till|through|by|in|before|after|during))\s+)"
_PART = r"(?P<part>(?i:end|beginning|start|middle))"
_NUM = r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven)"
_UNITS = (
    r"(?:%|percent|km|kilomet|miles?|meters|metres|m\b|tons?|tonnes|people|"
    r"residents|troops|soldiers|servicemen|yen|rubles|roubles|dollars|euros|"
    r"units|times|hectares|feet|vessels|boats|ships|islanders|persons|votes|"
    r"households|families|members|children|students|workers|participants|"
    r"visitors|tourists|signatures|homes|houses|apartments|flats)"
)
_QUANTITY = (
    r"(?<!about )(?<!some )(?<!nearly )(?<!almost )(?<!than )(?<!least )(?<!page )"
    r"(?<!pages )(?<!p\. )(?<!No\. )(?<!no\. )(?<!number )(?<!Flight )(?<!flight )"
)
"""Words before a number that make it a count, a page or a number, not a year."""
PREPOSITIONS = {
    "since": "since",
    "from": "from",
    "until": "until",
    "till": "until",
    "through": "until",
    "by": "by",
    "before": "before",
    "after": "after",
}
"""The relation a preposition gives the date after it (else ``in``/``on``)."""


def _relation(prep: str | None, default: str) -> str:
    return PREPOSITIONS.get((prep or "").lower(), default)


_STEP = {
    "last": -1,
    "previous": -1,
    "this": 0,
    "same": 0,
    "that": 0,
    "the": 0,
    "next": 1,
    "following": 1,
}
"""How far "last", "this", "the following"… move from a week, month or year."""


def _year(shift: str, today: dt.date) -> int:
    return today.year + _STEP[shift.lower()]


def _full(m: re.Match[str], s: Scope) -> Entry:
    return full_date_entry(m, s, _relation(m["prep"], "on"))


def _day_month(m: re.Match[str], s: Scope) -> Entry | None:
    spans = day_spans(month_index(m["m"]), int(m["d"]), s.today)
    if not spans:
        return None
    return s.entry(s.pick(spans), "day", _relation(m["prep"], "on"))


def _range(m: re.Match[str], s: Scope) -> Entry | None:
    groups = m.groupdict()
    month = month_index(m["m"])
    end_month = month_index(groups["m2"]) if groups.get("m2") else month
    year = groups.get("y2") or m["y"]
    if year:
        start = dt.date(int(year), month, int(m["d"]))
    else:
        spans = day_spans(month, int(m["d"]), s.today)
        if not spans:
            return None
        start = s.pick(spans)[0]
    end = dt.date(start.year, end_month, int(m["d2"]))
    if end < start:
        end = end.replace(year=end.year + 1)
    return s.entry((start, end), "range", _relation(m["prep"], "from"))


def _month_year(m: re.Match[str], s: Scope) -> Entry:
    return month_year_entry(m, s, _relation(m["prep"], "in"))


def _month(m: re.Match[str], s: Scope) -> Entry:
    month = month_index(m["m"])
    which = (m["which"] or "").lower()
    if m["shift"]:
        span = month_span(_year(m["shift"], s.today), month)
    elif which == "last":  # the last such month before this one
        span = month_span(s.today.year - (month >= s.today.month), month)
    elif which == "next":
        span = month_span(s.today.year + (month <= s.today.month), month)
    elif which == "this":
        span = month_span(s.today.year, month)
    else:
        span = s.pick(month_spans(month, s.today))
    relation = _relation(m["prep"], past_or_future(span[0], s))
    return s.entry(span, "month", relation)


def _part(m: re.Match[str], s: Scope) -> Entry:
    word = (m["part"] or m["part2"]).lower()
    part = (
        "late" if word in ("end", "late") else "mid" if word[:3] == "mid" else "early"
    )
    month = month_index(m["m"])
    if m["y"]:
        span = part_span(int(m["y"]), month, part)
    elif m["shift"]:
        span = part_span(_year(m["shift"], s.today), month, part)
    else:
        span = s.pick(month_spans(month, s.today, part))
    return s.entry(span, "part_of_month", past_or_future(span[0], s))


def _weekday(m: re.Match[str], s: Scope) -> Entry:
    which, today = (m["which"] or "").lower(), s.today
    weekday = EN_DAYS.index(m["w"].lower())
    before = today - dt.timedelta(days=(today.weekday() - weekday) % 7)
    after = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    if which == "last":
        day = before if before < today else before - dt.timedelta(days=7)
    elif which == "next" or (which == "this" and s.direction >= 0):
        day = after
    else:
        # a future weekday is after the report's day; a past one on or before it
        pair = [(before, before), (after, after)]
        day = after if s.direction > 0 else choose(pair, today, s.direction)[0]
    relation = _relation(m["prep"], "future" if day > today else "past")
    return s.entry((day, day), "day", relation)


def _fiscal(m: re.Match[str], s: Scope) -> Entry:
    year = int(m["y"])
    start = dt.date(year, FISCAL_START, 1)
    end = dt.date(year + 1, FISCAL_START, 1) - dt.timedelta(days=1)
    return s.entry((start, end), "range", _relation(m["prep"], "in"))


def _season(m: re.Match[str], s: Scope) -> Entry | None:
    season = m["season"].lower().replace("fall", "autumn")
    which = (m["which"] or "").lower()
    if not (m["y"] or which) or (m["season"] == "fall" and not m["y"]):
        return None  # "closes early in winter", "summer camp", "a fall in prices"
    if m["y"]:
        span = season_span(int(m["y"]), season)
    else:
        spans = [season_span(s.today.year + k, season) for k in (-2, -1, 0, 1)]
        if which == "last":
            span = [x for x in spans if x[1] < s.today][-1]
        elif which == "next":
            span = next(x for x in spans if x[0] > s.today)
        else:
            span = choose(spans, s.today, 0 if which == "this" else s.direction)
    return s.entry(span, "season", _relation(m["prep"], "in"))


def _unit(m: re.Match[str], s: Scope) -> Entry:
    which, unit = m["which"].lower().split()[-1], m["unit"].lower()
    step = _STEP.get(which, 1)
    anaphoric = which in ("previous", "following", "same", "that")
    if unit == "week":
        day = s.anchor_day() if anaphoric else s.today
        span = week_span(day + dt.timedelta(days=7 * step))
        return s.entry(span, "week", "in")
    if unit == "month":
        year, month = s.anchor_month() if anaphoric else (s.today.year, s.today.month)
        return s.entry(month_span(*add_months(year, month, step)), "month", "in")
    year = s.anchor_year() if anaphoric else s.today.year
    return s.entry(year_span(year + step), "year", _relation(m["prep"], "in"))


def _within(m: re.Match[str], s: Scope) -> Entry:
    """Resolve "earlier this month", "later this year": before or after today."""
    unit, today = m["unit"].lower(), s.today
    first, final = (
        week_span(today)
        if unit == "week"
        else month_span(today.year, today.month)
        if unit == "month"
        else year_span(today.year)
    )
    one = dt.timedelta(days=1)
    span = (
        (first, today - one) if m["when"].lower() == "earlier" else (today + one, final)
    )
    return s.entry(span, "range", "in")


def _part_of(m: re.Match[str], s: Scope) -> Entry:
    """Resolve "early next year", "the end of this month", "mid-2019"."""
    word = (m["part"] or m["part2"]).lower()
    part = (
        "late" if word in ("end", "late") else "mid" if word[:3] == "mid" else "early"
    )
    which = (m["which"] or "this").lower().split()[-1]
    step, anaphoric = _STEP[which], which in ("previous", "following", "same")
    if m["unit"] and m["unit"].lower() == "month":
        here = s.anchor_month() if anaphoric else (s.today.year, s.today.month)
        span = part_span(*add_months(*here, step), part)
        return s.entry(span, "part_of_month", past_or_future(span[0], s))
    if m["y"]:
        year = int(m["y"])
    else:
        year = (s.anchor_year() if anaphoric else s.today.year) + step
    if word in ("end", "beginning", "start"):  # the last or first days of the year
        month = 12 if part == "late" else 1
        span = part_span(year, month, part)
        return s.entry(span, "part_of_month", past_or_future(span[0], s))
    first, final = YEAR_PARTS[part]
    span = (month_span(year, first)[0], month_span(year, final)[1])
    return s.entry(span, "range", "in")


def _day_word(m: re.Match[str], s: Scope) -> Entry:
    word = m[0].lower()
    shift = -1 if "yesterday" in word else 1 if "tomorrow" in word else 0
    day = s.today + dt.timedelta(days=shift)
    return s.entry((day, day), "day", "on")


def _days_after(m: re.Match[str], s: Scope) -> Entry:
    word = m[0].lower()
    days = number(m["n"]) if m["n"] else 1
    back = any(w in word for w in ("previous", "before", "earlier", "eve"))
    day = s.anchor_day() + dt.timedelta(days=-days if back else days)
    return s.entry((day, day), "day", "on")


def _years_ago(m: re.Match[str], s: Scope) -> Entry:
    return s.entry(year_span(s.today.year - number(m["n"])), "year", "in")


def _bare_year(m: re.Match[str], s: Scope) -> Entry | None:
    year = int(m["y"])
    relation = _relation(m["prep"], "in")
    if relation == "since" and year > s.today.year:  # "since 2030": not a start
        return None
    return s.entry(year_span(year), "year", relation)


RULES: list[Rule] = [
    Rule(
        "iso",
        r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])",
        iso_day_entry,
    ),
    Rule(
        "range",
        rf"{_PREP}?{_m('m')}\s+{_d('d')}(?:,?\s+{_y('y')})?"
        rf"\s*(?:-|–|—|to|through|until)\s*(?:{_m('m2')}\s+)?{_d('d2')}"
        rf"(?:,?\s+{_y('y2')})?",
        _range,
    ),
    Rule(
        "mdy",
        rf"(?:(?:{_WEEKDAY}),?\s+)?{_PREP}?{_m('m')}\s+{_d('d')},?\s+{_y('y')}",
        _full,
    ),
    Rule("dmy", rf"{_PREP}?{_d('d')}\s+{_m('m')},?\s+{_y('y')}", _full),
    Rule(
        "md",
        rf"(?:(?:{_WEEKDAY}),?\s+)?{_PREP}?{_m('m')}\s+{_d('d')}(?!\s*[:.]\d)",
        _day_month,
    ),
    Rule(
        "day_range",
        rf"{_PREP}?(?<![\d,.]){_d('d')}\s*(?:-|–|—|to)\s*{_d('d2')}\s+{_m('m')}"
        rf"(?:,?\s+{_y('y')})?",
        _range,
    ),
    Rule("dm", rf"{_PREP}?(?<![\d,.]){_d('d')}\s+(?:of\s+)?{_m('m')}", _day_month),
    Rule("fiscal", rf"{_PREP}?(?i:fiscal(?:\s+year)?|FY)\s*{_y('y')}", _fiscal),
    Rule(
        "month_year",
        rf"{_PREP}?{_m('m')},?\s+(?:of\s+)?{_y('y')}",
        _month_year,
    ),
    Rule(
        "part",
        rf"(?:(?i:at|in|by|until|from|since|toward|towards)\s+)?(?:(?i:the)\s+)?"
        rf"(?:{_PART}\s+of\s+|(?P<part2>(?i:early|mid|late))[- ]){_m('m')}"
        rf"(?:,?\s+{_y('y')}|{_SHIFT})?",
        _part,
    ),
    Rule(
        "month",
        rf"(?:{_PREP}|(?P<which>(?i:last|this|next))\s+){_m('m')}{_SHIFT}?"
        r"(?![ \t]*\d)",
        _month,
    ),
    Rule(
        "weekday",
        rf"(?:(?i:late|early)\s+)?(?:{_PREP}|(?i:on)\s+)?"
        r"(?:(?P<which>(?i:last|next|this))\s+)?"
        rf"(?<!Black )(?<!Good )(?<!Super )(?P<w>{_WEEKDAY})(?![A-Za-z])"
        r"(?:\s+(?:morning|afternoon|evening|night))?",
        _weekday,
    ),
    Rule("decade", r"(?:(?i:the)\s+)?(?P<y>1[7-9]\d0|20\d0)'?s\b", decade_entry),
    Rule(
        "season",
        rf"{_PREP}?(?:(?i:the)\s+)?(?:(?P<which>(?i:last|this|next))\s+)?"
        r"(?P<season>(?i:spring|summer|autumn|winter)|fall)\b"
        rf"(?:\s+(?:of\s+)?{_y('y')})?",
        _season,
    ),
    Rule(
        "within",
        r"(?P<when>(?i:earlier|later))\s+(?:(?i:this)|(?i:in\s+the))\s+"
        r"(?P<unit>week|month|year)\b",
        _within,
    ),
    Rule(
        "part_of",
        r"(?:(?i:at|in|by|until|from|since|toward|towards)\s+)?(?:(?i:the)\s+)?"
        r"(?:(?P<part>(?i:end|beginning|start|middle))\s+of\s+|"
        r"(?P<part2>(?i:early|mid|late))[- ])"
        r"(?:(?:(?P<which>this|next|last|the(?:\s+(?:following|previous|same))?)\s+"
        rf"(?P<unit>month|year)\b)|{_y('y')})",
        _part_of,
    ),
    Rule(
        "same_day",
        r"(?i:(?:(?:earlier|later)\s+(?:on\s+)?)?the\s+same\s+day|"
        r"(?:earlier|later)\s+(?:in|on)\s+the\s+day|that\s+same\s+day)\b",
        same_day_entry,
    ),
    Rule(
        "days_after",
        r"(?i:the\s+(?:following|next|previous)\s+(?:day|morning)|"
        rf"the\s+day\s+(?:before|after)|{_NUM}\s+days?\s+(?:later|earlier))\b",
        _days_after,
    ),
    Rule(
        "unit",
        rf"{_PREP}?(?P<which>(?i:last|this|next|the\s+previous|the\s+following|"
        r"the\s+same|that))\s+(?P<unit>week|month|year)\b(?!s)",
        _unit,
    ),
    Rule("day_word", r"\b(?i:today|yesterday|tomorrow|tonight)\b", _day_word),
    Rule(
        "between_years",
        rf"(?i:between)\s+{_y('y')}\s+and\s+{_y('y2')}",
        year_range_entry,
    ),
    Rule(
        "year_range",
        rf"{_PREP}?(?<![\d,.$€£¥#№/+-]){_y('y')}\s*(?:-|–|—|to)\s*{_y('y2')}",
        year_range_entry,
    ),
    Rule("years_ago", rf"{_NUM}\s+years?\s+ago\b", _years_ago),
    Rule(
        "duration",
        r"(?i:more than|over|almost|nearly|some|about)?\s*(?<![\d,.])(?P<n>\d{1,3})"
        r"\s+years\b"
        r"(?!\s+ago|\s+old)",
        duration_entry,
    ),
    Rule(
        "year",
        rf"{_PREP}?{_QUANTITY}(?<![\d,.$€£¥#№/+\w-]){_y('y')}(?!\s*[-+/]\d)"
        rf"(?!\s*{_UNITS})",
        _bare_year,
    ),
]

KEYS = (
    *(m[:3] for m in EN_MONTHS),
    *("tomorrow", "tonight", "week", "month", "year", "morning"),
    *("spring", "summer", "autumn", "fall", "winter"),
)
"""Beginnings of the words a date holds besides digits (lower case)."""
INSIDE = ("day",)
"""Words a date holds that end other words: "Monday", "today", "the day"."""
LEADS = frozenset(
    (
        *("in", "on", "at", "the", "a", "an", "since", "from", "until", "till"),
        *("through", "by", "before", "after", "during", "of", "between"),
        *("early", "late", "mid", "earlier", "later", "last", "this", "next"),
        *("previous", "following", "same", "that", "end", "beginning", "start"),
        *("middle", "fiscal", "fy", "first", "one", "two", "three", "four", "five"),
        *("six", "seven", "eight", "nine", "ten"),
        *("more", "than", "over", "almost", "nearly", "some", "about"),
    )
)
"""Words that may begin a date before the word that holds it ("at the end of")."""


def is_lead(word: str) -> bool:
    """Return whether ``word`` may begin a date before the word that holds it.

    Examples
    --------
    >>> is_lead("since"), is_lead("said")
    (True, False)
    """
    return word in LEADS
