"""Dates in Japanese news: the forms reports use, each a rule.

Days of the month alone 「13日」「10日夜」「7日（金）」, with their month
「5月10日」, year 「2019年5月10日」 or era 「平成19年9月8日」; ranges
「16~18日」「6月1日～9月30日」; months and their parts 「10月初め」「上旬」
「中旬」「下旬」「今月末」; years by number, era 「令和元年」「昭和56年」 or
fiscal year 「2019年度」; relative 「昨年」「来年」「今年」「年内」「年末」
「来月15日」「先週」; seasons 「今秋」「2023年夏」; and anaphora 「同日」
「同月」「翌日」「前年」 and 「この日」 (the day the report is about).

Examples
--------
>>> import datetime as dt
>>> from kurilmap.news.dates import find_dates
>>> today = dt.date(2018, 9, 12)
>>> [(d["text"], d["start"], d["end"]) for d in find_dates("10月初めで調整", today)]
[('10月初め', '2018-10-01', '2018-10-10')]
"""

from __future__ import annotations

import datetime as dt
import re

from kurilmap.news.dates_core import (
    FISCAL_START,
    JA_DAYS,
    Entry,
    Rule,
    Scope,
    Span,
    add_months,
    choose,
    day_spans,
    month_span,
    month_spans,
    part_span,
    season_span,
    week_span,
    year_span,
)
from kurilmap.news.dates_entries import (
    decade_entry,
    duration_entry,
    iso_day_entry,
    past_or_future,
)

ERAS = (
    ("明治", dt.date(1868, 1, 25)),
    ("大正", dt.date(1912, 7, 30)),
    ("昭和", dt.date(1926, 12, 25)),
    ("平成", dt.date(1989, 1, 8)),
    ("令和", dt.date(2019, 5, 1)),
)
"""Japan's eras and the day each began (Meiji's first year counts from 1868)."""
PARTS = {
    "上旬": "early",
    "初め": "early",
    "初旬": "early",
    "はじめ": "early",
    "中旬": "mid",
    "半ば": "mid",
    "下旬": "late",
    "末": "late",
}
SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
RELATIVE_YEARS = {
    "一昨年": -2,
    "昨年": -1,
    "去年": -1,
    "今年": 0,
    "本年": 0,
    "来年": 1,
    "再来年": 2,
}
"""Years counted from the article's; 前年・同年・翌年 count from the last named."""
RELATIVE_MONTHS = {"先々月": -2, "先月": -1, "今月": 0, "来月": 1, "再来月": 2}
RELATIVE_WEEKS = {"先々週": -2, "先週": -1, "今週": 0, "来週": 1, "再来週": 2}
ANAPHORIC = {"前": -1, "同": 0, "翌": 1}
RELATIONS = {
    "までに": "by",
    "まで": "until",
    "から": "from",
    "以来": "since",
    "以降": "after",
}
"""The relation a particle after a date gives it (else ``in``/``on``)."""

_PARTS = "(?P<part>上旬|初め|初旬|はじめ|中旬|半ば|下旬|末)"
_ERA = r"(?P<era>明治|大正|昭和|平成|令和)(?P<ey>元|\d{1,2})年"
_AFTER = re.compile(r"までに|まで|から|以来|以降")
_NOT_DAY = r"(?!間|目|本|以内|おき|ごと|当たり|あたり|分|付近|連続|ぶり|前|後)"
"""「3日間」「2日目」「1日あたり」「3日前」: a count of days, not a date."""


def _time(name: str) -> str:
    """Return the pattern of a weekday and time after a day: 「7日（金）」."""
    return (
        rf"(?:[（(](?P<{name}>[{JA_DAYS}])[）)])?"
        r"(?:朝|昼|夕方|夕|夜|未明|早朝|深夜|明け方|"
        r"(?:午前|午後)?\d{1,2}時(?:\d{1,2}分|半)?(?:すぎ|過ぎ|前|ごろ|頃)?|"
        r"午前|午後|正午(?:すぎ|過ぎ|前|ごろ|頃)?|ごろ|頃)?"
    )


def _relation(m: re.Match[str], default: str) -> str:
    after = _AFTER.match(m.string, m.end())
    return RELATIONS[after[0]] if after else default


def _era_year(era: str, year: str) -> tuple[int, dt.date, dt.date] | None:
    """Return the Western year of an era year and the part of it the era covers.

    ``None`` for a year the era did not reach (「平成40年」).
    """
    index = [name for name, _ in ERAS].index(era)
    began = ERAS[index][1]
    number = 1 if year == "元" else int(year)
    western = began.year + number - 1
    ended = ERAS[index + 1][1] - dt.timedelta(days=1) if index + 1 < len(ERAS) else None
    if number < 1 or (ended and western > ended.year):
        return None
    first, last = year_span(western)
    return western, max(first, began), min(last, ended) if ended else last


def _with_weekday(spans: list[Span], weekday: str | None) -> list[Span]:
    """Keep the days that fall on the weekday written after them, if any do."""
    if not weekday:
        return spans
    number = JA_DAYS.index(weekday)
    return [x for x in spans if x[0].weekday() == number] or spans


def _year_of(m: re.Match[str]) -> int | None:
    """Return the year written in a match; 0 (no such day) past its era's end."""
    if m.groupdict().get("era"):
        era = _era_year(m["era"], m["ey"])
        return era[0] if era else 0
    return int(m["y"]) if m.groupdict().get("y") else None


def _full(m: re.Match[str], s: Scope) -> Entry | None:
    year = _year_of(m)
    if not year:
        return None
    day = dt.date(year, int(m["m"]), int(m["d"]))
    return s.entry((day, day), "day", _relation(m, "on"))


def _range(m: re.Match[str], s: Scope) -> Entry | None:
    """「16~18日」「6月1日～9月30日」「来月1~3日」."""
    groups = m.groupdict()
    first, last = int(m["d"]), int(m["d2"])
    if groups.get("rel"):
        month = add_months(s.today.year, s.today.month, RELATIVE_MONTHS[m["rel"]])
        start = dt.date(*month, first)
    elif groups.get("m"):
        month_number = int(m["m"])
        if groups.get("y"):
            start = dt.date(int(m["y"]), month_number, first)
        else:
            spans = day_spans(month_number, first, s.today)
            start = s.pick(spans)[0]
    else:  # days of this month, or of the last or next
        start = _bare_day(first, None, s)
    end_month = int(m["m2"]) if groups.get("m2") else start.month
    end = dt.date(int(groups.get("y2") or start.year), end_month, last)
    if end < start:
        if groups.get("m2") or groups.get("y2"):
            end = end.replace(year=end.year + 1)
        else:
            return None
    return s.entry((start, end), "range", "from")


def _bare_day(day: int, weekday: str | None, s: Scope) -> dt.date:
    """Return the day a day of the month alone means: this month's, last or next."""
    today = s.today
    spans = []
    for step in (-1, 0, 1):
        year, month = add_months(today.year, today.month, step)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        spans.append((date, date))
    return s.pick(_with_weekday(spans, weekday))[0]


def _day(m: re.Match[str], s: Scope) -> Entry:
    day = _bare_day(int(m["d"]), m["wd"], s)
    return s.entry((day, day), "day", _relation(m, "on"))


def _month_day(m: re.Match[str], s: Scope) -> Entry | None:
    spans = day_spans(int(m["m"]), int(m["d"]), s.today)
    if not spans:
        return None
    span = s.pick(_with_weekday(spans, m["wd"]))
    return s.entry(span, "day", _relation(m, "on"))


def _month(m: re.Match[str], s: Scope) -> Entry | None:
    """「2019年5月」「10月下旬」「来年3月」「同月」「先月18日」."""
    groups, today = m.groupdict(), s.today
    month = int(m["m"]) if groups.get("m") else None
    part = PARTS.get(groups.get("part") or "")
    year = _year_of(m)
    explicit = year is not None
    rel = groups.get("rel") or ""
    if rel in RELATIVE_YEARS:
        year, explicit = today.year + RELATIVE_YEARS[rel], False
    elif rel and rel[0] in ANAPHORIC and rel.endswith("年"):
        year = s.anchor_year() + ANAPHORIC[rel[0]]
    elif rel in RELATIVE_MONTHS:
        year, month = add_months(today.year, today.month, RELATIVE_MONTHS[rel])
    elif rel:  # 同月・前月・翌月
        year, month = add_months(*s.anchor_month(), ANAPHORIC[rel[0]])
    if month is None:  # every form that comes here names a month
        return None
    if groups.get("d"):
        if year is None:
            return _month_day(m, s)
        day = dt.date(year, month, int(m["d"]))
        return s.entry((day, day), "day", _relation(m, "on"))
    if year is None:
        spans = month_spans(month, today, part)
        span = s.pick(spans)
    else:
        span = part_span(year, month, part) if part else month_span(year, month)
    precision = "part_of_month" if part else "month"
    default = "in" if explicit else past_or_future(span[0], s)
    return s.entry(span, precision, _relation(m, default))


def _year(m: re.Match[str], s: Scope) -> Entry | None:
    """「2003年」「平成30年」「2019年度」「56年宣言」."""
    groups = m.groupdict()
    if groups.get("era"):
        era = _era_year(m["era"], m["ey"])
        if era is None:
            return None
        western, first, last = era
    elif groups.get("yy"):  # 「56年宣言」: only if the century cannot be another
        western = 1900 + int(m["yy"])
        if western + 100 <= s.today.year:
            return None
        first, last = year_span(western)
    else:
        western = int(m["y"])
        if not 1700 <= western <= 2100:
            return None
        first, last = year_span(western)
    if groups.get("fy"):
        first = dt.date(western, FISCAL_START, 1)
        last = dt.date(western + 1, FISCAL_START, 1) - dt.timedelta(days=1)
        return s.entry((first, last), "range", _relation(m, "in"))
    relation = _relation(m, "in")
    if relation == "since" and first > s.today:
        return None
    return s.entry((first, last), "year", relation)


def _relative_year(m: re.Match[str], s: Scope) -> Entry:
    """「昨年」「来年度」「年内」「年末」「前年」「今年末」."""
    groups, today = m.groupdict(), s.today
    rel, tail = groups.get("rel") or "今年", groups.get("tail") or ""
    if rel in RELATIVE_YEARS:
        year = today.year + RELATIVE_YEARS[rel]
    else:
        year = s.anchor_year() + ANAPHORIC[rel[0]]
    if tail == "度末":  # the end of the fiscal year: late March
        span = part_span(year + 1, FISCAL_START - 1, "late")
        return s.entry(span, "part_of_month", past_or_future(span[0], s))
    if tail.startswith("度"):
        first = dt.date(year, FISCAL_START, 1)
        span = first, dt.date(year + 1, FISCAL_START, 1) - dt.timedelta(days=1)
        return s.entry(span, "range", _relation(m, "in"))
    if tail == "末":
        span = part_span(year, 12, "late")
        return s.entry(span, "part_of_month", past_or_future(span[0], s))
    if tail in ("初", "初め", "明け"):
        span = part_span(year, 1, "early")
        return s.entry(span, "part_of_month", past_or_future(span[0], s))
    if tail == "内":  # 「年内に」: by the end of the year, still to come
        return s.entry(year_span(year), "year", "by", tense="future")
    return s.entry(year_span(year), "year", _relation(m, "in"))


def _season(m: re.Match[str], s: Scope) -> Entry:
    season, groups, today = SEASONS[m["season"]], m.groupdict(), s.today
    spans = [season_span(today.year + k, season) for k in (-2, -1, 0, 1)]
    rel = groups.get("rel") or ""
    if groups.get("y"):
        span = season_span(int(m["y"]), season)
    elif rel in ("昨", "去", "昨年", "去年"):
        span = [x for x in spans if x[1] < today][-1]
    elif rel in ("来", "来年"):
        span = next(x for x in spans if x[0] > today)
    else:
        span = choose(spans, today, 0 if rel else s.direction)
    return s.entry(span, "season", _relation(m, "in"))


def _week(m: re.Match[str], s: Scope) -> Entry:
    monday, sunday = week_span(
        s.today + dt.timedelta(days=7 * RELATIVE_WEEKS[m["rel"]])
    )
    if m["end"]:  # 週末: the weekend
        return s.entry((sunday - dt.timedelta(days=1), sunday), "week", "in")
    return s.entry((monday, sunday), "week", "in")


def _weekday(m: re.Match[str], s: Scope) -> Entry:
    weekday, today = JA_DAYS.index(m["w"]), s.today
    if m["rel"]:
        monday = week_span(today + dt.timedelta(days=7 * RELATIVE_WEEKS[m["rel"]]))[0]
        day = monday + dt.timedelta(days=weekday)
    else:
        before = today - dt.timedelta(days=(today.weekday() - weekday) % 7)
        after = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
        # a future weekday is after the report's day; a past one on or before it
        pair = [(before, before), (after, after)]
        day = after if s.direction > 0 else choose(pair, today, s.direction)[0]
    return s.entry((day, day), "day", "future" if day > today else "past")


STORY_DAYS = {
    "この日": 0,
    "今日": 0,
    "本日": 0,
    "きょう": 0,
    "今朝": 0,
    "今夜": 0,
    "昨日": -1,
    "きのう": -1,
    "昨夜": -1,
    "明日": 1,
    "あす": 1,
}
"""Days counted from the one the report is about (a morning paper's "today"
is the day before its date)."""
ANAPHORIC_DAYS = {"翌日": 1, "翌朝": 1, "翌々日": 2, "前日": -1, "前夜": -1}
"""Days counted from the last day named; 同日・当日・その日 are that day."""


def _same_day(m: re.Match[str], s: Scope) -> Entry:
    """「同日」: the last day named; 「この日」「今日」: the day the report is about."""
    word = m["word"]
    if word in STORY_DAYS:
        day = s.story_day + dt.timedelta(days=STORY_DAYS[word])
    else:
        shift = int(m["n"]) if m["n"] else ANAPHORIC_DAYS.get(word, 0)
        day = s.anchor_day() + dt.timedelta(days=shift)
    return s.entry((day, day), "day", _relation(m, "on"))


_Y = r"(?<![\d,.])(?P<y>1[7-9]\d\d|20\d\d|2100)年"
_M = r"(?P<m>1[0-2]|0?[1-9])月"
_TILDE = r"\s*[~～〜－−]\s*"

RULES: list[Rule] = [
    Rule(
        "iso",
        r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])",
        iso_day_entry,
    ),
    Rule(
        "range",
        rf"(?:{_Y}|(?<![\d年/.])){_M}(?P<d>\d{{1,2}})日{_TILDE}"
        r"(?:(?P<y2>\d{4})年)?(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>\d{1,2})日",
        _range,
    ),
    Rule(
        "day_range",
        rf"(?:(?P<rel>今月|来月|先月)|(?:{_Y}|(?<![\d年/.])){_M})?"
        rf"(?<![\d/.])(?P<d>\d{{1,2}})(?:日)?{_TILDE}(?P<d2>\d{{1,2}})日",
        _range,
    ),
    Rule("era_ymd", rf"{_ERA}{_M}(?P<d>\d{{1,2}})日{_time('wd')}", _full),
    Rule("ymd", rf"{_Y}{_M}(?P<d>\d{{1,2}})日{_time('wd')}", _full),
    Rule("ym", rf"(?:{_Y}|{_ERA}){_M}{_PARTS}?(?!\d)", _month),
    Rule(
        "relative_month",
        r"(?P<rel>一昨年|再来年|昨年|去年|今年|本年|来年|前年|翌年|同年)の?"
        rf"{_M}(?:(?P<d>\d{{1,2}})日{_time('wd')}|{_PARTS})?(?!\d)",
        _month,
    ),
    Rule(
        "this_month",
        r"(?P<rel>先々月|先月|今月|来月|再来月|同月|前月|翌月)"
        rf"(?:(?P<d>\d{{1,2}})日{_time('wd')}|{_PARTS})?",
        _month,
    ),
    Rule("month_day", rf"(?<![\d年/.]){_M}(?P<d>\d{{1,2}})日{_time('wd')}", _month_day),
    Rule("month", rf"(?<![\d年/.]){_M}{_PARTS}?(?![\d日])", _month),
    Rule(
        "season",
        rf"(?:{_Y}の?|(?P<rel>今年の?|来年の?|昨年の?|去年の?|今|来|昨|去|この))"
        r"(?P<season>[春夏秋冬])(?![季期休田])",
        _season,
    ),
    Rule(
        "season_alone",
        r"(?<![\u4e00-\u9fff])(?P<season>[春夏秋冬])(?=に|から|まで|ごろ|頃|以降|をめど)",
        _season,
    ),
    Rule("era_year", rf"{_ERA}(?P<fy>度)?(?![\d月])", _year),
    Rule("decade", r"(?<![\d,.])(?P<y>1[7-9]\d0|20\d0)年代", decade_entry),
    Rule("year", rf"{_Y}(?P<fy>度)?(?![\d月間代])", _year),
    Rule(
        "short_year",
        r"(?<![\d年和成正治])(?P<yy>\d\d)年(?=の?(?:日ソ|日露|日ロ)?(?:共同)?(?:宣言|声明))",
        _year,
    ),
    Rule(
        "relative_year",
        r"(?P<rel>一昨年|再来年|昨年|去年|今年|本年|来年|前年|翌年|同年)"
        r"(?P<tail>度末|度|末|初め|初|明け)?(?!比|同期)",
        _relative_year,
    ),
    Rule(
        "this_year",
        r"(?<![\d一二三四五六七八九十百千数毎半昨今来前翌同去本元])年(?P<tail>内|末|初め|明け|度内|度末)",
        _relative_year,
    ),
    Rule(
        "week",
        r"(?P<rel>先々週|先週|今週|来週|再来週)(?P<end>末)?(?!の?[月火水木金土日]曜)",
        _week,
    ),
    Rule(
        "weekday",
        r"(?P<rel>先々週|先週|今週|来週|再来週)?の?(?<![\d月])(?P<w>[月火水木金土日])曜(?:日)?",
        _weekday,
    ),
    Rule(
        "same_day",
        r"(?P<word>同日|当日|その日|この日(?!本)|同夜|翌日|翌朝|翌々日|前日|前夜|今日|本日|きょう|"
        r"昨日|きのう|明日|あす|今朝|今夜|昨夜|(?P<n>\d{1,2})日後)" + _time("wd"),
        _same_day,
    ),
    Rule(
        "duration",
        r"(?P<n>\d{1,3})年(?:以上|余り|近く)?(?:にわたり|が経|が過ぎ|間)",
        duration_entry,
    ),
    Rule("day", rf"(?<![\d月年/.／泊])(?P<d>\d{{1,2}})日{_time('wd')}{_NOT_DAY}", _day),
]

STARTS = re.compile(
    r"\d|明治|明日|大正|昭和|平成|令和|一昨年|再来[年月週]|昨[年日夜春夏秋冬]|去[年春夏秋冬]|"
    r"今[年月週日朝夜春夏秋冬]|本[年日]|来[年月週春夏秋冬]|前[年月日夜]|翌[年月日朝々]|"
    r"同[日月年夜]|先[月週々]|当日|この[日春夏秋冬]|その日|きょう|きのう|あす|"
    r"年(?:内|末|初|明|度)|[月火水木金土日]曜|[春夏秋冬](?=に|から|まで|ごろ|頃|以降|をめど)"
)
"""Where a Japanese date expression may begin: a digit or its first word."""
