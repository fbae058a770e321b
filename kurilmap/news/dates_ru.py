"""Dates in Russian news: the forms reports use, each a rule.

Months in every case and as agencies abbreviate them («1991 года»,
«в ноябре», «1 ноя», «15 дек.»), ranges («с 12 по 24 августа», «15 и 16
декабря», «с мая по октябрь», «2007–2015 годы»), parts of months and years
(«в начале сентября», «в начале месяца», «в конце года»), seasons («весной
2022 года»), weekdays («в понедельник»), relative spans («в прошлом году»,
«на следующей неделе») and anaphora («накануне», «в тот же день», «через два
дня», «спустя два дня»), which count from the last day named before them.

Examples
--------
>>> import datetime as dt
>>> from kurilmap.news.dates import find_dates
>>> today = dt.date(2015, 8, 22)
>>> [(d["text"], d["start"]) for d in find_dates("ИТУРУП, 22 авг — в субботу", today)]
[('22 авг', '2015-08-22'), ('в субботу', '2015-08-22')]
"""

from __future__ import annotations

import datetime as dt
import re

from kurilmap.news.dates_core import (
    NUMBERS,
    RU_DAYS,
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
    span_tense,
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
    r"(?i:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|"
    r"август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|"
    r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?)(?![а-яё])"
)
_GOD = r"(?:\s*(?:года|году|год|гг?\.)(?![а-яё]))"
_PREP = r"(?:(?P<prep>(?i:с|со|до|по|к|ко|после|перед|в|во|на|начиная\s+с))\s+)"
_WHICH = r"(?i:позапрошл|прошл|эт|текущ|следующ|будущ)[а-яё]*"
_NOT_EVE = (
    r"(?!\s+(?:визит|встреч|переговор|саммит|выбор|праздник|годовщин|дня|поездк|"
    r"приезд|прил[её]т|заседан|форум|голосован|нов|юбиле|церемон|открыт|Нов))"
)
"""«накануне визита» is "on the eve of the visit", not a day."""


def _m(name: str) -> str:
    return rf"(?P<{name}>{_MONTH})"


def _d(name: str) -> str:
    return rf"(?<![\d,.])(?P<{name}>\d{{1,2}})(?!\d|[,.]\d)"


def _y(name: str) -> str:
    return rf"(?P<{name}>1[7-9]\d\d|20\d\d|2100)(?!\d|[,.]\d)"


_RELATIONS = {
    "с": "since",
    "со": "since",
    "начиная с": "since",
    "до": "until",
    "по": "until",
    "к": "by",
    "ко": "by",
    "после": "after",
    "перед": "before",
}
"""The relation a preposition gives the date after it (else ``in``/``on``)."""


def _relation(prep: str | None, default: str) -> str:
    return _RELATIONS.get(" ".join((prep or "").lower().split()), default)


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of a match, or ``name2`` where the form has it twice."""
    groups = m.groupdict()
    return groups.get(name) or groups.get(f"{name}2")


def _step(word: str | None) -> int:
    word = (word or "").lower()
    if word.startswith("позапрошл"):
        return -2
    if word.startswith("прошл"):
        return -1
    return 1 if word.startswith(("следующ", "будущ")) else 0


def _full(m: re.Match[str], s: Scope) -> Entry:
    return full_date_entry(m, s, _relation(m["prep"], "on"))


def _day_month(m: re.Match[str], s: Scope) -> Entry | None:
    spans = day_spans(month_index(m["m"]), int(m["d"]), s.today)
    span = s.pick(spans)
    return s.entry(span, "day", _relation(m["prep"], "on"))


def _day_range(m: re.Match[str], s: Scope) -> Entry:
    end_month = month_index(m["m2"])
    month = month_index(m["m"]) if m["m"] else end_month
    year = m["y2"] or m["y"]
    if year:
        start = dt.date(int(year), month, int(m["d"]))
    else:
        spans = day_spans(month, int(m["d"]), s.today)
        start = s.pick(spans)[0]
    end = dt.date(start.year, end_month, int(m["d2"]))
    if end < start:
        end = end.replace(year=end.year + 1)
    return s.entry((start, end), "range", "from")


def _month_range(m: re.Match[str], s: Scope) -> Entry:
    month, end_month = month_index(m["m"]), month_index(m["m2"])
    if m["y"] or m["y2"]:
        year = int(m["y"] or m["y2"])
    else:
        year = s.pick(month_spans(month, s.today))[0].year
    end_year = year + (end_month < month)
    span = (month_span(year, month)[0], month_span(end_year, end_month)[1])
    return s.entry(span, "range", "from")


def _month_year(m: re.Match[str], s: Scope) -> Entry:
    return month_year_entry(m, s, _relation(m["prep"], "in"))


def _month(m: re.Match[str], s: Scope) -> Entry | None:
    month, which = month_index(m["m"]), m["which"]
    if not (which or m["prep"]):
        return None  # a month alone is a name («Октябрь»), not a date
    if which:
        span = month_span(s.today.year + _step(which), month)
    else:
        span = s.pick(month_spans(month, s.today))
    relation = _relation(m["prep"], past_or_future(span[0], s))
    return s.entry(span, "month", relation)


def _part(m: re.Match[str], s: Scope) -> Entry:
    word, which, year = m["part"].lower(), _g(m, "which"), _g(m, "y")
    part = "early" if word[:3] == "нач" else "late" if word[:3] == "кон" else "mid"
    unit, step, today = (m["unit"] or "").lower(), _step(which), s.today
    if m["m"]:
        month = month_index(m["m"])
        if year or which:
            span = part_span(int(year) if year else today.year + step, month, part)
        else:
            span = s.pick(month_spans(month, today, part))
    elif unit.startswith("месяц"):
        span = part_span(*add_months(today.year, today.month, step), part)
    elif unit.startswith("недел"):
        first, last = week_span(today + dt.timedelta(days=7 * step))
        middle = first + dt.timedelta(days=2), last - dt.timedelta(days=2)
        span = {"early": (first, middle[0]), "late": (middle[1], last)}.get(
            part, middle
        )
        return s.entry(span, "week", "in")
    else:  # the year: its first or last days, or its middle months
        number = int(year) if year else today.year + step
        if part == "mid":
            return s.entry(
                (dt.date(number, 5, 1), dt.date(number, 8, 31)), "range", "in"
            )
        span = part_span(number, 12 if part == "late" else 1, part)
    return s.entry(span, "part_of_month", past_or_future(span[0], s))


def _season(m: re.Match[str], s: Scope) -> Entry | None:
    word, which, year = m["season"].lower(), _g(m, "which"), _g(m, "y")
    stems = (("весн", "spring"), ("лет", "summer"), ("осен", "autumn"))
    season = next((n for stem, n in stems if word.startswith(stem)), "winter")
    adverb = word in ("весной", "летом", "осенью", "зимой")
    if not (adverb or year or which or m["prep"]):
        return None  # «лето» as a noun
    if year:
        span = season_span(int(year), season)
    else:
        spans = [season_span(s.today.year + k, season) for k in (-2, -1, 0, 1)]
        step = _step(which)
        if step < 0:
            span = [x for x in spans if x[1] < s.today][step]
        elif step > 0:
            span = next(x for x in spans if x[0] > s.today)
        else:
            span = choose(spans, s.today, 0 if which else s.direction)
    return s.entry(span, "season", _relation(m["prep"], "in"))


def _year(m: re.Match[str], s: Scope) -> Entry | None:
    year = int(m["y"])
    relation = _relation(m["prep"], "in")
    if relation == "since" and year > s.today.year:
        return None
    return s.entry(year_span(year), "year", relation)


def _unit(m: re.Match[str], s: Scope) -> Entry:
    """«в этом году», «на прошлой неделе», «в следующем месяце», «на текущий год»."""
    unit, step, today = m["unit"].lower(), _step(m["which"]), s.today
    if unit.startswith("недел"):
        span, precision = week_span(today + dt.timedelta(days=7 * step)), "week"
    elif unit.startswith("месяц"):
        span = month_span(*add_months(today.year, today.month, step))
        precision = "month"
    else:
        span, precision = year_span(today.year + step), "year"
    if (m["prep"] or "").lower() == "на" and unit in ("год", "месяц", "неделю"):
        # «программа на текущий год»: what the year is for, not when it happened
        tense = span_tense(*span, today)
        return s.entry(span, precision, "for", tense=tense)
    return s.entry(span, precision, _relation(m["prep"], "in"))


def _months_of(m: re.Match[str], s: Scope) -> Entry | None:
    """«за девять месяцев текущего года»: the year's first months."""
    months = number(m["n"])
    year = s.today.year + _step(m["which"])
    if not 0 < months < 12:
        return None
    span = (dt.date(year, 1, 1), month_span(year, months)[1])
    return s.entry(span, "range", "in")


def _weekday(m: re.Match[str], s: Scope) -> Entry:
    word, today = m["w"].lower(), s.today
    weekday = next(i for i, stem in enumerate(RU_DAYS) if word.startswith(stem))
    before = today - dt.timedelta(days=(today.weekday() - weekday) % 7)
    after = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    step = _step(m["which"])
    if step < 0:
        day = before if before < today else before - dt.timedelta(days=7)
    elif step > 0:
        day = after
    else:
        # a future weekday is after the report's day; a past one on or before it
        pair = [(before, before), (after, after)]
        day = after if s.direction > 0 else choose(pair, today, s.direction)[0]
    return s.entry((day, day), "day", "future" if day > today else "past")


def _shifted_day(m: re.Match[str], s: Scope) -> Entry | None:
    """«накануне», «на следующий день», «через два дня», «два дня спустя»."""
    text = m[0].lower()
    if m["n"] or m["n2"]:
        days = number(m["n"] or m["n2"])
    elif "недел" in text:
        days = 7
    else:
        days = 1
    if text.startswith("накануне") or "ранее" in text or "раньше" in text:
        days = -days
    day = s.anchor_day() + dt.timedelta(days=days)
    return s.entry((day, day), "day", "on")


def _day_word(m: re.Match[str], s: Scope) -> Entry:
    word = m[0].lower()
    shift = {"позавчера": -2, "вчера": -1, "завтра": 1, "послезавтра": 2}.get(word, 0)
    day = s.today + dt.timedelta(days=shift)
    return s.entry((day, day), "day", "on")


_WEEKDAYS = r"(?i:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_SEASONS = (
    r"(?i:весной|весны|весну|весна|летом|лета|лето|осенью|осени|осень|зимой|зимы|"
    r"зиму|зима)(?![а-яё])"
)
_N = r"(?P<{}>\d{{1,2}}|[а-яё]+)"

RULES: list[Rule] = [
    Rule(
        "iso",
        r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])",
        iso_day_entry,
    ),
    Rule(
        "day_range",
        rf"(?:(?i:с|со)\s+)?{_d('d')}(?:\s+{_m('m')}(?:\s+{_y('y')}{_GOD}?)?\s+"
        rf"(?:по|до|-|–|—)|\s*(?:по|до|и|-|–|—))\s*{_d('d2')}\s+{_m('m2')}"
        rf"(?:\s+{_y('y2')}{_GOD}?)?",
        _day_range,
    ),
    Rule(
        "month_range",
        rf"(?i:с|со)\s+{_m('m')}(?:\s+{_y('y')}{_GOD}?)?\s+(?:по|до)\s+{_m('m2')}"
        rf"(?:\s+{_y('y2')}{_GOD}?)?",
        _month_range,
    ),
    Rule("dmy", rf"{_PREP}?{_d('d')}\s+{_m('m')}\s*,?\s*{_y('y')}{_GOD}?", _full),
    Rule("dm", rf"{_PREP}?{_d('d')}\s+{_m('m')}", _day_month),
    Rule(
        "part",
        r"(?:(?i:в|к|до|с|со)\s+)?"
        r"(?P<part>(?i:начал[еау]|конц[еау]|середин[еуы]))\s+(?:"
        rf"{_m('m')}(?:\s+{_y('y')}{_GOD}?|\s+(?P<which>{_WHICH})\s+года)?|"
        rf"(?:(?P<which2>{_WHICH})\s+)?(?P<unit>(?i:месяца|года|недели))(?![а-яё])|"
        rf"{_y('y2')}{_GOD})",
        _part,
    ),
    Rule("month_year", rf"{_PREP}?{_m('m')}\s+{_y('y')}{_GOD}?", _month_year),
    Rule(
        "month",
        rf"{_PREP}?{_m('m')}(?:\s+(?P<which>{_WHICH})\s+года)?(?!\s*\d)",
        _month,
    ),
    Rule(
        "season",
        rf"{_PREP}?(?:(?P<which>{_WHICH})\s+)?(?P<season>{_SEASONS})"
        rf"(?:\s+{_y('y')}{_GOD}?|\s+(?P<which2>{_WHICH})\s+года)?",
        _season,
    ),
    Rule(
        "year_range",
        rf"{_PREP}?{_y('y')}(?:\s*(?:-|–|—)\s*|\s+(?:года\s+)?(?i:по|до)\s+){_y('y2')}"
        r"(?:-?[еx]|-?х)?(?:\s*(?:годы|годах|годов|года|год|гг\.?)(?![а-яё]))?",
        year_range_entry,
    ),
    Rule(
        "decade",
        rf"{_PREP}?(?P<y>1[7-9]\d0|20\d0)-(?:е|х|ые|ых|ми)(?:\s+(?:годы|годах|годов|годам))?",
        decade_entry,
    ),
    Rule("year", rf"{_PREP}?{_y('y')}(?:-?(?:м|го|й))?{_GOD}", _year),
    Rule(
        "months_of",
        rf"(?i:за)\s+(?:(?i:первые)\s+)?{_N.format('n')}\s+месяц(?:а|ев)\s+"
        rf"(?P<which>{_WHICH})\s+года",
        _months_of,
    ),
    Rule(
        "unit",
        rf"{_PREP}?(?P<which>{_WHICH})\s+"
        r"(?P<unit>(?i:году|год|года|месяце|месяц|месяца|неделе|неделю|недели))(?![а-яё])",
        _unit,
    ),
    Rule(
        "weekday",
        rf"(?i:в|во)\s+(?:(?P<which>{_WHICH})\s+)?(?P<w>{_WEEKDAYS})(?![а-яё])"
        r"(?:\s+(?:утром|днем|днём|вечером|ночью))?",
        _weekday,
    ),
    Rule(
        "same_day",
        r"(?i:в\s+(?:тот|этот)\s+же\s+день|в\s+тот\s+день|тем\s+же\s+дн[её]м)(?![а-яё])",
        same_day_entry,
    ),
    Rule(
        "shifted_day",
        rf"(?i:накануне){_NOT_EVE}(?:\s+(?:вечером|утром))?|"
        r"(?i:на\s+следующий\s+день|на\s+другой\s+день|дн[её]м\s+(?:позже|ранее|раньше)|"
        r"(?:через|спустя)\s+неделю)|"
        rf"(?i:(?:через|спустя)\s+{_N.format('n')}\s+(?:дня|дней|день|суток|сутки)|"
        rf"{_N.format('n2')}\s+(?:дня|дней)\s+спустя)(?![а-яё])",
        _shifted_day,
    ),
    Rule(
        "day_word",
        r"(?<![а-яё])(?i:сегодня|вчера|завтра|позавчера|послезавтра)(?![а-яё])",
        _day_word,
    ),
    Rule(
        "duration",
        r"(?i:более|свыше|почти|около)?\s*(?<![\d,.])(?P<n>\d{1,3})\s+(?:лет|года|год)"
        r"(?![а-яё])",
        duration_entry,
    ),
]

KEYS = (
    *("янв", "фев", "мар", "апр", "май", "мая", "мае", "июн", "июл", "авг"),
    *("сен", "окт", "ноя", "дек"),
    *("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"),
    *("год", "недел", "месяц", "сутк", "суток", "весн", "осен", "зим", "лет"),
    *("день", "дня", "дней", "накануне", "сегодня", "вчера", "завтра", "позавчера"),
    "послезавтра",
)
"""Beginnings of the words a date holds besides digits (lower case)."""
LEADS = frozenset(
    (
        *("в", "во", "с", "со", "до", "по", "к", "ко", "после", "перед", "на"),
        *("за", "через", "спустя", "начиная", "тот", "этот", "же", "тем", "первые"),
        "и",
    )
)
"""Words that may begin a date before the word that holds it («в тот же день»)."""
LEAD_STEMS = (
    *("прошл", "следующ", "будущ", "эт", "текущ", "позапрошл", "начал", "конц"),
    *("серед", "ближайш", "друг"),
)
"""Beginnings of such words («в начале следующего года»)."""


def is_lead(word: str) -> bool:
    """Return whether ``word`` may begin a date before the word that holds it.

    Examples
    --------
    >>> is_lead("через"), is_lead("два"), is_lead("прошлой"), is_lead("министр")
    (True, True, True, False)
    """
    return word in LEADS or word in NUMBERS or word.startswith(LEAD_STEMS)
