"""Dates in news text, resolved against the article's date.

"May 10" is the article's year; a month without a year is the last one before
the article ("in December" in May 2019 is December 2018) unless its clause
speaks of the future ("will be held at the end of May"); "last year", "прошлого
года" and 昨年 move it to the year before. A weekday ("on Friday") is the
nearest such day before the article, or after it in a future clause. "since
2013" and "more than 70 years" keep what they are (a start, a duration). Every
result keeps its precision: day, month, part of a month, year or duration.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

EN_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RU_DAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен")
JA_DAYS = "月火水木金土日"
_EN = "|".join(m.capitalize() for m in EN_MONTHS)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
RU_FORMS = (
    r"(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|"
    r"июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|"
    r"декабр[ьяе])"
)
_EN_REL = r"(?:,?\s+(?:of\s+)?(last|this|next)\s+year)?"
_RU_REL = r"(?:\s+(прошлого|этого|текущего|следующего|будущего)\s+года)?"
_JA_REL = r"(昨年|去年|今年|本年|来年)"
YEAR_SHIFT = {
    "last": -1,
    "this": 0,
    "next": 1,
    "прошлого": -1,
    "этого": 0,
    "текущего": 0,
    "следующего": 1,
    "будущего": 1,
    "昨年": -1,
    "去年": -1,
    "今年": 0,
    "本年": 0,
    "来年": 1,
}
FUTURE = re.compile(
    r"\b(will|shall|next|upcoming|to be held|is to|are to|plans? to|due to|"
    r"expected to|set to|scheduled)\b|будет|будут|состоится|пройд[её]т|планиру|"
    r"намерен|предстоящ|予定|する方針|開かれる|行われる|見通し",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"[,;:—–()、，；]|\s-{1,2}\s|\b(?:that|which|who|whom|whose|when|while|because|"
    r"although|but)\b|\b(?:что|чтобы|когда|но|котор\w+)\b",
    re.IGNORECASE,
)
"""Where a clause ends: a future verb beyond it does not move a date."""

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
    ("en_mdy", re.compile(rf"\b({_EN})\s+{_DAY},?\s+(\d{{4}})\b")),
    ("en_dmy", re.compile(rf"\b{_DAY}\s+({_EN}),?\s+(\d{{4}})\b")),
    ("en_md", re.compile(rf"\b({_EN})\s+{_DAY}\b(?!,?\s+\d{{4}})(?!\s*[:.]\d)")),
    ("en_dm", re.compile(rf"\b{_DAY}\s+({_EN})\b(?!,?\s+\d{{4}})")),
    (
        "en_part",
        re.compile(
            rf"\b(?:(?i:at the )?((?i:end|beginning|start|middle))\s+of\s+({_EN})|"
            rf"((?i:late|early|mid))[- ]({_EN})){_EN_REL}\b"
        ),
    ),
    ("en_month_year", re.compile(rf"\b({_EN}),?\s+(\d{{4}})\b")),
    (
        "en_month",
        re.compile(
            rf"\b(?i:in|since|from|until|by|last|this|next|early|late)\s+({_EN})"
            rf"{_EN_REL}\b"
        ),
    ),
    (
        "en_weekday",
        re.compile(
            r"\b(?i:on|last|next|this)\s+("
            + "|".join(d.capitalize() for d in EN_DAYS)
            + r")\b"
        ),
    ),
    ("en_since", re.compile(r"\bsince\s+(1[89]\d\d|20\d\d)\b", re.IGNORECASE)),
    ("en_year", re.compile(r"\bin\s+(1[89]\d\d|20\d\d)\b", re.IGNORECASE)),
    (
        "en_years",
        re.compile(
            r"\b(more than|over|almost|nearly|some|about)?\s*(\d+)\s+years\b",
            re.IGNORECASE,
        ),
    ),
    ("ru_dmy", re.compile(rf"\b(\d{{1,2}})\s+{RU_FORMS}\s+(\d{{4}})", re.IGNORECASE)),
    ("ru_dm", re.compile(rf"\b(\d{{1,2}})\s+{RU_FORMS}(?!\s+\d{{4}})", re.IGNORECASE)),
    (
        "ru_part",
        re.compile(
            rf"\bв\s+(конце|начале|середине)\s+{RU_FORMS}{_RU_REL}(?!\s+\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "ru_month_year",
        re.compile(rf"\b{RU_FORMS}\s+(\d{{4}})(?:\s*(?:г\.|года|году|год))?", re.I),
    ),
    ("ru_month", re.compile(rf"\bв\s+{RU_FORMS}{_RU_REL}(?!\s+\d)", re.IGNORECASE)),
    (
        "ru_weekday",
        re.compile(
            r"\bво?\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
            re.IGNORECASE,
        ),
    ),
    ("ru_since", re.compile(r"\bс\s+(1[89]\d\d|20\d\d)\s+год[ау]?\b", re.IGNORECASE)),
    ("ru_year", re.compile(r"\bв\s+(1[89]\d\d|20\d\d)\s+году\b", re.IGNORECASE)),
    (
        "ru_years",
        re.compile(
            r"(более|свыше|почти|около)?\s*(\d+)\s+(?:лет|года|год)\b", re.IGNORECASE
        ),
    ),
    ("ja_ymd", re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")),
    (
        "ja_rel",
        re.compile(_JA_REL + r"(\d{1,2})月(?:(\d{1,2})日|(末|下旬|上旬|中旬|初め))?"),
    ),
    ("ja_ym", re.compile(r"(\d{4})年(\d{1,2})月(?![\d日])")),
    ("ja_md", re.compile(r"(?<![年\d])(\d{1,2})月(\d{1,2})日")),
    ("ja_part", re.compile(r"(?<![年\d])(\d{1,2})月(末|下旬|上旬|中旬|初め)")),
    ("ja_month", re.compile(r"(?<![年\d])(\d{1,2})月(?![\d末日下上中初])")),
    ("ja_weekday", re.compile(rf"(?<![\d月])([{JA_DAYS}])曜(?:日)?")),
    ("ja_since", re.compile(r"(\d{4})年(?:以来|から)")),
    ("ja_years", re.compile(r"(\d+)年(以上|余り|近く)?(?:にわたり|が経|が過ぎ|間)")),
]


WORDS_ONLY = frozenset(
    [
        "en_part",
        "en_month",
        "en_weekday",
        "ru_part",
        "ru_month",
        "ru_weekday",
        "ja_weekday",
    ]
)
"""Patterns that may match without a digit."""
_PLAN = [(k, k.split("_")[0], k in WORDS_ONLY, p) for k, p in _PATTERNS]
_PLAN_BY_SCRIPT = {
    script: [(i, k, w, p) for i, (k, s, w, p) in enumerate(_PLAN) if s == script]
    for script in dict.fromkeys(s for _, s, _, _ in _PLAN)
}
_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
_EN_GATE = re.compile(rf"\d|\b(?:{_EN}|{'|'.join(d.capitalize() for d in EN_DAYS)})\b")


def month_index(token: str) -> int:
    """Return the month (1-12) an English or Russian month word names."""
    token = token.lower()
    if token[:3] in [m[:3] for m in EN_MONTHS] and token.isascii():
        return [m[:3] for m in EN_MONTHS].index(token[:3]) + 1
    for i, stem in enumerate(RU_MONTHS):
        if token.startswith(stem) and not (stem == "ма" and token.startswith("мар")):
            return i + 1
    msg = f"not a month: {token!r}"
    raise ValueError(msg)


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_year(
    month: int, today: dt.date, future: bool, shift: str | None = None
) -> int:
    if shift:
        return today.year + YEAR_SHIFT[shift.lower()]
    if month == today.month:
        return today.year
    if future:
        return today.year if month > today.month else today.year + 1
    return today.year if month < today.month else today.year - 1


def _weekday(day: int, today: dt.date, future: bool) -> dt.date:
    if future:
        return today + dt.timedelta(days=(day - today.weekday() - 1) % 7 + 1)
    return today - dt.timedelta(days=(today.weekday() - day) % 7)


def _entry(
    text: str, start: dt.date, end: dt.date, precision: str, relation: str
) -> dict[str, Any]:
    return {
        "text": text,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "precision": precision,
        "relation": relation,
    }


def _future(sentence: str, start: int, end: int) -> bool:
    """Whether the clause around ``sentence[start:end]`` speaks of the future."""
    before = [m.end() for m in _CLAUSE.finditer(sentence, 0, start)]
    after = _CLAUSE.search(sentence, end)
    clause = sentence[before[-1] if before else 0 : after.start() if after else None]
    return bool(FUTURE.search(clause))


def find_dates(sentence: str, today: dt.date | None) -> list[dict[str, Any]]:
    """Return the dates a sentence mentions, resolved against ``today``.

    Examples
    --------
    >>> d = dt.date(2019, 5, 10)
    >>> [(x["start"], x["precision"]) for x in find_dates("in December", d)]
    [('2018-12-01', 'month')]
    >>> [(x["start"], x["end"]) for x in find_dates("will meet at the end of May", d)]
    [('2019-05-21', '2019-05-31')]
    >>> [x["start"] for x in find_dates("They are due to meet on Friday.", d)]
    ['2019-05-17']
    """
    if today is None:
        return []
    digit = bool(_DIGIT.search(sentence))
    scripts = {
        "iso": digit,
        "en": bool(_EN_GATE.search(sentence)),
        "ru": bool(_CYRILLIC.search(sentence)),
        "ja": "月" in sentence or "年" in sentence or "曜" in sentence,
    }
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, dict[str, Any]]] = []
    plan = sorted(
        (i, kind, pattern)
        for script, on in scripts.items()
        if on
        for i, kind, words_only, pattern in _PLAN_BY_SCRIPT.get(script, ())
        if digit or words_only  # a quick test rules the pattern out
    )
    for _, kind, pattern in plan:
        for m in pattern.finditer(sentence):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            future = _future(sentence, m.start(), m.end())
            entry = _resolve(kind, m, today, future)
            if entry is not None:
                taken.append((m.start(), m.end()))
                out.append((m.start(), entry))
    return [e for _, e in sorted(out, key=lambda p: p[0])]


def _part(
    text: str, part: str, month: int, year: int, today: dt.date
) -> dict[str, Any]:
    late = part in ("end", "late", "конце", "末", "下旬")
    early = part in ("beginning", "start", "early", "начале", "上旬", "初め")
    last = _last(year, month)
    first, final = (21, last) if late else (1, 10) if early else (11, 20)
    start, end = dt.date(year, month, first), dt.date(year, month, final)
    rel = "future" if start > today else "past"
    return _entry(text, start, end, "part_of_month", rel)


def _month(text: str, year: int, month: int, relation: str) -> dict[str, Any]:
    start, end = dt.date(year, month, 1), dt.date(year, month, _last(year, month))
    return _entry(text, start, end, "month", relation)


def _day(text: str, day: dt.date) -> dict[str, Any]:
    return _entry(text, day, day, "day", "on")


def _resolve(
    kind: str, m: re.Match[str], today: dt.date, future: bool
) -> dict[str, Any] | None:
    text = m[0].strip()
    relation = "future" if future else "past"
    try:
        if kind == "iso":
            return _day(text, dt.date(int(m[1]), int(m[2]), int(m[3])))
        if kind == "en_mdy":
            return _day(text, dt.date(int(m[3]), month_index(m[1]), int(m[2])))
        if kind == "en_dmy":
            return _day(text, dt.date(int(m[3]), month_index(m[2]), int(m[1])))
        if kind == "ru_dmy":
            return _day(text, dt.date(int(m[3]), month_index(m[2]), int(m[1])))
        if kind == "ja_ymd":
            return _day(text, dt.date(int(m[1]), int(m[2]), int(m[3])))
        if kind in ("en_md", "en_dm", "ru_dm", "ja_md"):
            month = (
                int(m[1])
                if kind == "ja_md"
                else month_index(m[1] if kind == "en_md" else m[2])
            )
            number = int(m[2]) if kind in ("en_md", "ja_md") else int(m[1])
            year = _month_year(month, today, future)
            return _day(text, dt.date(year, month, number))
        if kind == "ja_rel":
            month = int(m[2])
            year = _month_year(month, today, future, m[1])
            if m[3]:
                return _day(text, dt.date(year, month, int(m[3])))
            if m[4]:
                return _part(text, m[4], month, year, today)
            return _month(text, year, month, relation)
        if kind == "en_part":
            month = month_index(m[2] or m[4])
            year = _month_year(month, today, future, m[5])
            return _part(text, (m[1] or m[3]).lower(), month, year, today)
        if kind == "ru_part":
            month = month_index(m[2])
            year = _month_year(month, today, future, m[3])
            return _part(text, m[1].lower(), month, year, today)
        if kind == "ja_part":
            month = int(m[1])
            return _part(text, m[2], month, _month_year(month, today, future), today)
        if kind in ("en_month_year", "ru_month_year", "ja_ym"):
            if kind == "ja_ym":
                year, month = int(m[1]), int(m[2])
            else:
                year, month = int(m[2]), month_index(m[1])
            return _month(text, year, month, "in")
        if kind in ("en_month", "ru_month", "ja_month"):
            month = int(m[1]) if kind == "ja_month" else month_index(m[1])
            shift = None if kind == "ja_month" else m[2]
            year = _month_year(month, today, future, shift)
            return _month(text, year, month, relation)
        if kind in ("en_weekday", "ru_weekday", "ja_weekday"):
            token = m[1].lower()
            days = EN_DAYS if kind == "en_weekday" else RU_DAYS
            number = (
                JA_DAYS.index(m[1])
                if kind == "ja_weekday"
                else next(i for i, d in enumerate(days) if token.startswith(d))
            )
            ahead = future or m[0].lower().startswith("next")
            day = _weekday(number, today, ahead)
            if m[0].lower().startswith("last") and day == today:
                day -= dt.timedelta(days=7)
            return _entry(text, day, day, "day", "future" if day > today else "past")
        if kind in ("en_since", "ru_since", "ja_since"):
            year = int(m[1])
            if year > today.year:  # "since 2013" in an article of 2000: a typo
                return None
            return _entry(text, dt.date(year, 1, 1), today, "year", "since")
        if kind in ("en_years", "ru_years", "ja_years"):
            years = int(m[2]) if kind != "ja_years" else int(m[1])
            if not 1 < years < 300:
                return None
            start = today.replace(year=today.year - years, day=min(today.day, 28))
            return _entry(text, start, today, "duration", "duration")
        if kind in ("en_year", "ru_year"):
            year = int(m[1])
            return _entry(
                text, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "in"
            )
    except ValueError:
        return None
    return None
