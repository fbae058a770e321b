"""Dates in news text: every form the rules know, in English, Russian and Japanese.

Each case is a sentence, the article's date and what it must give: the
expression as written, its span (ISO, inclusive), its precision and its tense
against the article's date. The sentences are paraphrases of the forms news
reports use; the fixtures are built here, in code.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kurilmap
from kurilmap.errors import InputError
from kurilmap.news.dates import find_dates, month_index, word_starts

PRECISIONS = {
    "day",
    "week",
    "month",
    "part_of_month",
    "season",
    "year",
    "range",
    "duration",
}


def found(sentence: str, today: str, earlier=()) -> list[tuple[str, ...]]:
    dates = find_dates(sentence, dt.date.fromisoformat(today), earlier)
    keys = ("text", "start", "end", "precision", "tense")
    return [tuple(d[k] for k in keys) for d in dates]


def chain(sentences: list[str], today: str) -> list[tuple[str, str, str]]:
    """Read sentences in order, each with the dates of those before."""
    earlier: list[list[dict]] = []
    out = []
    for sentence in sentences:
        dates = find_dates(sentence, dt.date.fromisoformat(today), earlier)
        earlier.append(dates)
        out += [(d["text"], d["start"], d["end"]) for d in dates]
    return out


# --- English ----------------------------------------------------------------

EN = [
    # full dates, abbreviated months, a dateline
    (
        "TOKYO, Feb. 7, 2008 — Fukuda spoke.",
        "2008-02-07",
        [("Feb. 7, 2008", "2008-02-07", "2008-02-07", "day", "present")],
    ),
    (
        "The treaty was signed on February 7, 1855.",
        "2024-02-07",
        [("February 7, 1855", "1855-02-07", "1855-02-07", "day", "past")],
    ),
    # a day without its year: the clause's verb, or the nearest
    (
        "The boats were seized on Aug. 28.",
        "2019-05-10",
        [("Aug. 28", "2018-08-28", "2018-08-28", "day", "past")],
    ),
    (
        "The Kremlin has said Abe might visit Russia on Jan. 21.",
        "2018-12-18",
        [("Jan. 21", "2019-01-21", "2019-01-21", "day", "future")],
    ),
    (
        "The vote ran from June 25 to July 1.",
        "2020-07-02",
        [("from June 25 to July 1", "2020-06-25", "2020-07-01", "range", "past")],
    ),
    (
        "He met Putin on May 10-12, 2019 and on 10-12 May.",
        "2019-05-20",
        [
            ("May 10-12, 2019", "2019-05-10", "2019-05-12", "range", "past"),
            ("10-12 May", "2019-05-10", "2019-05-12", "range", "past"),
        ],
    ),
    # months
    (
        "Lavrov visited Tokyo in October 2007.",
        "2008-02-07",
        [("in October 2007", "2007-10-01", "2007-10-31", "month", "past")],
    ),
    (
        "Japan will host the summit in July.",
        "2008-02-07",
        [("in July", "2008-07-01", "2008-07-31", "month", "future")],
    ),
    (
        "Fukuda took office in September.",
        "2008-02-07",
        [("in September", "2007-09-01", "2007-09-30", "month", "past")],
    ),
    (
        "In March, Shoigu announced the plan.",
        "2016-11-24",
        [("In March", "2016-03-01", "2016-03-31", "month", "past")],
    ),
    (
        "The constitution was amended last July.",
        "2021-07-26",
        [("last July", "2020-07-01", "2020-07-31", "month", "past")],
    ),
    (
        "They agreed in November last year.",
        "2019-05-10",
        [("in November last year", "2018-11-01", "2018-11-30", "month", "past")],
    ),
    # parts of a month
    (
        "Koumura could travel to Russia at the end of March.",
        "2008-02-07",
        [
            (
                "at the end of March",
                "2008-03-21",
                "2008-03-31",
                "part_of_month",
                "future",
            )
        ],
    ),
    (
        "The vote, first set for late April, was postponed.",
        "2020-07-02",
        [("late April", "2020-04-21", "2020-04-30", "part_of_month", "past")],
    ),
    (
        "The programme was agreed in early March and revised in mid-March.",
        "2019-05-24",
        [
            ("in early March", "2019-03-01", "2019-03-10", "part_of_month", "past"),
            ("in mid-March", "2019-03-11", "2019-03-20", "part_of_month", "past"),
        ],
    ),
    # years, decades, fiscal years
    (
        "The Soviet army occupied them in 1945.",
        "2010-11-01",
        [("in 1945", "1945-01-01", "1945-12-31", "year", "past")],
    ),
    (
        "In a 1956 joint declaration, Moscow offered two islands.",
        "2010-11-01",
        [("1956", "1956-01-01", "1956-12-31", "year", "past")],
    ),
    (
        "It protested Japan's 1960 security treaty.",
        "2019-01-23",
        [("1960", "1960-01-01", "1960-12-31", "year", "past")],
    ),
    (
        "It is his first visit since 2015.",
        "2019-08-02",
        [("since 2015", "2015-01-01", "2015-12-31", "year", "past")],
    ),
    (
        "Both exchange schemes date from the 1990s.",
        "2022-03-22",
        [("the 1990s", "1990-01-01", "1999-12-31", "range", "past")],
    ),
    (
        "Talks ran between 2007 and 2015, and 2016-2018.",
        "2019-05-10",
        [
            ("between 2007 and 2015", "2007-01-01", "2015-12-31", "range", "past"),
            ("2016-2018", "2016-01-01", "2018-12-31", "range", "past"),
        ],
    ),
    (
        "It is the second such trip in fiscal 2019.",
        "2019-05-24",
        [("in fiscal 2019", "2019-04-01", "2020-03-31", "range", "present")],
    ),
    (
        "The islands were seized 74 years ago.",
        "2019-05-10",
        [("74 years ago", "1945-01-01", "1945-12-31", "year", "past")],
    ),
    # weekdays: the last before the report, the next in a future clause
    (
        "Fukuda said on Thursday he would go.",
        "2008-02-07",
        [("on Thursday", "2008-02-07", "2008-02-07", "day", "present")],
    ),
    (
        "Late on Wednesday the prime minister had told reporters.",
        "2008-02-07",
        [("Late on Wednesday", "2008-02-06", "2008-02-06", "day", "past")],
    ),
    (
        "They last met on Saturday in Lima.",
        "2016-11-24",
        [("on Saturday", "2016-11-19", "2016-11-19", "day", "past")],
    ),
    (
        "The visitors will stay on Shikotan through Monday.",
        "2019-05-24",
        [("through Monday", "2019-05-27", "2019-05-27", "day", "future")],
    ),
    (
        "The talks move to Tokyo on Friday.",
        "2016-12-15",
        [("on Friday", "2016-12-16", "2016-12-16", "day", "future")],
    ),
    # spans relative to the report
    (
        "A lawmaker caused an uproar earlier this month.",
        "2019-05-24",
        [("earlier this month", "2019-05-01", "2019-05-23", "range", "past")],
    ),
    (
        "The kindergarten opens later this month.",
        "2010-11-01",
        [("later this month", "2010-11-02", "2010-11-30", "range", "future")],
    ),
    (
        "They met last month and will meet next month.",
        "2016-11-24",
        [
            ("last month", "2016-10-01", "2016-10-31", "month", "past"),
            ("next month", "2016-12-01", "2016-12-31", "month", "future"),
        ],
    ),
    (
        "Soldiers would move next week; talks stalled last week.",
        "2018-12-18",
        [
            ("next week", "2018-12-24", "2018-12-30", "week", "future"),
            ("last week", "2018-12-10", "2018-12-16", "week", "past"),
        ],
    ),
    (
        "Japan chairs the G8 this year.",
        "2008-02-07",
        [("this year", "2008-01-01", "2008-12-31", "year", "present")],
    ),
    (
        "Putin's trip to Japan later this year looks uncertain.",
        "2015-08-22",
        [("later this year", "2015-08-23", "2015-12-31", "range", "future")],
    ),
    (
        "Abe plans to travel to Russia early next year.",
        "2018-11-15",
        [("early next year", "2019-01-01", "2019-04-30", "range", "future")],
    ),
    (
        "The plan will start next year; talks failed last year.",
        "2015-08-22",
        [
            ("next year", "2016-01-01", "2016-12-31", "year", "future"),
            ("last year", "2014-01-01", "2014-12-31", "year", "past"),
        ],
    ),
    (
        "Kishida attended the rally today.",
        "2024-02-07",
        [("today", "2024-02-07", "2024-02-07", "day", "present")],
    ),
    (
        "Wells will be drilled next summer; it snowed last winter.",
        "2019-05-10",
        [
            ("next summer", "2019-06-01", "2019-08-31", "season", "future"),
            ("last winter", "2018-12-01", "2019-02-28", "season", "past"),
        ],
    ),
    (
        "It has been more than 70 years; he was 8 years old.",
        "2019-05-10",
        [("more than 70 years", "1949-05-10", "2019-05-10", "duration", "past")],
    ),
]


@pytest.mark.parametrize(("sentence", "today", "expected"), EN)
def test_english(sentence, today, expected):
    assert found(sentence, today) == expected


# --- Russian ----------------------------------------------------------------

RU = [
    # a dateline is the report's day; the same day in a past clause is past
    (
        "ТОКИО, 24 окт. — Министр заявил это журналистам.",
        "2007-10-24",
        [("24 окт.", "2007-10-24", "2007-10-24", "day", "present")],
    ),
    (
        "КУНАШИР, 1 ноя — В понедельник на Кунашир прилетел президент.",
        "2010-11-01",
        [
            ("1 ноя", "2010-11-01", "2010-11-01", "day", "present"),
            ("В понедельник", "2010-11-01", "2010-11-01", "day", "past"),
        ],
    ),
    (
        "Песков заявил в среду, что это оправдано.",
        "2016-11-23",
        [("в среду", "2016-11-23", "2016-11-23", "day", "past")],
    ),
    (
        "Встреча прошла 15 дек. в Москве.",
        "2016-12-20",
        [("15 дек.", "2016-12-15", "2016-12-15", "day", "past")],
    ),
    (
        "Гражданский аэропорт на Итурупе открылся 22 сентября 2014 года.",
        "2015-08-22",
        [("22 сентября 2014 года", "2014-09-22", "2014-09-22", "day", "past")],
    ),
    (
        "Первые группы отправятся на острова 4 июня.",
        "2012-04-10",
        [("4 июня", "2012-06-04", "2012-06-04", "day", "future")],
    ),
    (
        "Запрет действует с 24 апреля.",
        "2019-05-10",
        [("с 24 апреля", "2019-04-24", "2019-04-24", "day", "past")],
    ),
    (
        "Срок продлен до 1 сентября.",
        "2019-05-10",
        [("до 1 сентября", "2019-09-01", "2019-09-01", "day", "future")],
    ),
    # ranges
    (
        "Форум работает на острове с 12 по 24 августа.",
        "2015-08-22",
        [("с 12 по 24 августа", "2015-08-12", "2015-08-24", "range", "present")],
    ),
    (
        "Визит Путина в Японию намечен на 15 и 16 декабря.",
        "2016-11-23",
        [("15 и 16 декабря", "2016-12-15", "2016-12-16", "range", "future")],
    ),
    (
        "Сезон поездок продлится с мая по октябрь.",
        "2012-03-23",
        [("с мая по октябрь", "2012-05-01", "2012-10-31", "range", "future")],
    ),
    (
        "Программа рассчитана на 2007–2015 годы.",
        "2015-08-22",
        [("на 2007–2015 годы", "2007-01-01", "2015-12-31", "range", "present")],
    ),
    (
        "За девять месяцев текущего года товарооборот вырос.",
        "2018-11-14",
        [
            (
                "За девять месяцев текущего года",
                "2018-01-01",
                "2018-09-30",
                "range",
                "past",
            )
        ],
    ),
    # months and their parts, in every case
    (
        "Медведев побывал на Кунашире в ноябре.",
        "2011-02-01",
        [("в ноябре", "2010-11-01", "2010-11-30", "month", "past")],
    ),
    (
        "В декабре прошлого года Путин и Абэ договорились.",
        "2017-07-06",
        [("В декабре прошлого года", "2016-12-01", "2016-12-31", "month", "past")],
    ),
    (
        "Япония в начале месяца расширила санкции.",
        "2022-03-22",
        [("в начале месяца", "2022-03-01", "2022-03-10", "part_of_month", "past")],
    ),
    (
        "Сбор может начаться в середине июня.",
        "2022-06-07",
        [("в середине июня", "2022-06-11", "2022-06-20", "part_of_month", "future")],
    ),
    (
        "Возможность появится в конце ноября.",
        "2018-11-14",
        [("в конце ноября", "2018-11-21", "2018-11-30", "part_of_month", "future")],
    ),
    # years, decades, seasons
    (
        "СССР согласно декларации 1956 года обещал передать два острова.",
        "2016-11-23",
        [("1956 года", "1956-01-01", "1956-12-31", "year", "past")],
    ),
    (
        "Безвизовые обмены шли с 1992 года, а в 1990-е годы их было больше.",
        "2022-11-15",
        [
            ("с 1992 года", "1992-01-01", "1992-12-31", "year", "past"),
            ("в 1990-е годы", "1990-01-01", "1999-12-31", "range", "past"),
        ],
    ),
    (
        "Переговоры заморожены с весны 2022 года.",
        "2025-11-10",
        [("с весны 2022 года", "2022-03-01", "2022-05-31", "season", "past")],
    ),
    # relative years and weeks; the year that holds the report takes the verb
    (
        "Переговоры в этом году затянулись, в прошлом году шли быстрее, "
        "а в следующем году начнутся раньше.",
        "2022-06-07",
        [
            ("в этом году", "2022-01-01", "2022-12-31", "year", "past"),
            ("в прошлом году", "2021-01-01", "2021-12-31", "year", "past"),
            ("в следующем году", "2023-01-01", "2023-12-31", "year", "future"),
        ],
    ),
    (
        "На прошлой неделе Путин провел совещание, на следующей неделе он уедет.",
        "2021-07-26",
        [
            ("На прошлой неделе", "2021-07-19", "2021-07-25", "week", "past"),
            ("на следующей неделе", "2021-08-02", "2021-08-08", "week", "future"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "today", "expected"), RU)
def test_russian(sentence, today, expected):
    assert found(sentence, today) == expected


# --- Japanese ---------------------------------------------------------------

JA = [
    # a day of the month alone, with a time of day or its weekday
    (
        "安倍晋三首相は8日夕、シドニーで会談した。",
        "2007-09-08",
        [("8日夕", "2007-09-08", "2007-09-08", "day", "past")],
    ),
    (
        "首相は9日まで日程をこなし、10日早朝に帰国する予定だ。",
        "2007-09-08",
        [
            ("9日", "2007-09-09", "2007-09-09", "day", "future"),
            ("10日早朝", "2007-09-10", "2007-09-10", "day", "future"),
        ],
    ),
    (
        "13日から横浜で始まるAPEC首脳会議が焦点となる。",
        "2010-11-01",
        [("13日", "2010-11-13", "2010-11-13", "day", "future")],
    ),
    (
        "「北方領土の日」の7日（金）、大会が開かれた。",
        "2025-02-07",
        [("7日（金）", "2025-02-07", "2025-02-07", "day", "past")],
    ),
    # full dates, era years
    (
        "外務省が平成19年9月8日付で公表した。",
        "2007-09-08",
        [("平成19年9月8日", "2007-09-08", "2007-09-08", "day", "past")],
    ),
    (
        "2019年5月10日と5月10日に会った。",
        "2019-05-20",
        [
            ("2019年5月10日", "2019-05-10", "2019-05-10", "day", "past"),
            ("5月10日", "2019-05-10", "2019-05-10", "day", "past"),
        ],
    ),
    (
        "平成30年、令和2年、令和元年、昭和39年、昭和56年。",
        "2025-02-07",
        [
            ("平成30年", "2018-01-01", "2018-12-31", "year", "past"),
            ("令和2年", "2020-01-01", "2020-12-31", "year", "past"),
            ("令和元年", "2019-05-01", "2019-12-31", "year", "past"),
            ("昭和39年", "1964-01-01", "1964-12-31", "year", "past"),
            ("昭和56年", "1981-01-01", "1981-12-31", "year", "past"),
        ],
    ),
    (
        "2010年11月に国後島に入って以来、2回目となる。",
        "2012-07-03",
        [("2010年11月", "2010-11-01", "2010-11-30", "month", "past")],
    ),
    (
        "日ロ首脳、56年宣言を基礎に交渉を加速。",
        "2018-11-15",
        [("56年", "1956-01-01", "1956-12-31", "year", "past")],
    ),
    (
        "2019年度の予算。",
        "2019-05-10",
        [("2019年度", "2019-04-01", "2020-03-31", "range", "present")],
    ),
    # relative months and days
    (
        "プーチン大統領の来日を来月に控えた。",
        "2016-11-24",
        [("来月", "2016-12-01", "2016-12-31", "month", "future")],
    ),
    (
        "来月15日に会談が予定されている。",
        "2016-11-24",
        [("来月15日", "2016-12-15", "2016-12-15", "day", "future")],
    ),
    (
        "両首脳は先月18日に初めて会談した。",
        "2012-07-03",
        [("先月18日", "2012-06-18", "2012-06-18", "day", "past")],
    ),
    (
        "両首脳は今月30日に改めて会談する。",
        "2018-11-15",
        [("今月30日", "2018-11-30", "2018-11-30", "day", "future")],
    ),
    (
        "外相が今月末にロシアを訪れる方向で調整していた。",
        "2015-08-22",
        [("今月末", "2015-08-21", "2015-08-31", "part_of_month", "future")],
    ),
    (
        "ロシアは今年10月、配備を表明していた。",
        "2020-12-02",
        [("今年10月", "2020-10-01", "2020-10-31", "month", "past")],
    ),
    (
        "改正憲法が昨年7月に発効した。",
        "2021-07-26",
        [("昨年7月", "2020-07-01", "2020-07-31", "month", "past")],
    ),
    (
        "大統領は来年3月の選挙の後も続ける意向を示した。",
        "2007-09-08",
        [("来年3月", "2008-03-01", "2008-03-31", "month", "future")],
    ),
    # parts of months, the rest of the year
    (
        "調査団の派遣を10月初めで調整している。",
        "2018-09-12",
        [("10月初め", "2018-10-01", "2018-10-10", "part_of_month", "future")],
    ),
    (
        "10月下旬に外相会談を開き、11月上旬には副首相が来日することを確認した。",
        "2007-09-08",
        [
            ("10月下旬", "2007-10-21", "2007-10-31", "part_of_month", "future"),
            ("11月上旬", "2007-11-01", "2007-11-10", "part_of_month", "future"),
        ],
    ),
    (
        "現地調査は8月中旬に予定されていたが、延期された。",
        "2018-09-12",
        [("8月中旬", "2018-08-11", "2018-08-20", "part_of_month", "past")],
    ),
    (
        "年内に平和条約を結ぶよう呼びかけ、年末までに結ぼうと述べた。",
        "2018-09-12",
        [
            ("年内", "2018-01-01", "2018-12-31", "year", "future"),
            ("年末", "2018-12-21", "2018-12-31", "part_of_month", "future"),
        ],
    ),
    (
        "ロシアが2月24日に侵攻を始めた。",
        "2022-03-22",
        [("2月24日", "2022-02-24", "2022-02-24", "day", "past")],
    ),
    # ranges
    (
        "フォーラムは11～13日の日程で開かれた。",
        "2018-09-12",
        [("11～13日", "2018-09-11", "2018-09-13", "range", "present")],
    ),
    (
        "交渉は16~18日に行われる。",
        "2018-09-12",
        [("16~18日", "2018-09-16", "2018-09-18", "range", "future")],
    ),
    (
        "操業期間は昨年と同じ6月1日～9月30日。",
        "2025-04-30",
        [
            ("昨年", "2024-01-01", "2024-12-31", "year", "past"),
            ("6月1日～9月30日", "2025-06-01", "2025-09-30", "range", "future"),
        ],
    ),
    # a year written before a year-less date sets its year
    (
        "2022年は妥結がずれ込み、初出漁は6月22日となった。",
        "2025-04-30",
        [
            ("2022年", "2022-01-01", "2022-12-31", "year", "past"),
            ("6月22日", "2022-06-22", "2022-06-22", "day", "past"),
        ],
    ),
    # weeks and seasons
    (
        "大統領は先週の会議で指示した。",
        "2021-07-26",
        [("先週", "2021-07-19", "2021-07-25", "week", "past")],
    ),
    (
        "2023年夏には灯台が修理された。",
        "2025-04-30",
        [("2023年夏", "2023-06-01", "2023-08-31", "season", "past")],
    ),
    (
        "墓参を夏に実施することで合意している。",
        "2019-05-10",
        [("夏", "2019-06-01", "2019-08-31", "season", "future")],
    ),
]


@pytest.mark.parametrize(("sentence", "today", "expected"), JA)
def test_japanese(sentence, today, expected):
    assert found(sentence, today) == expected


# --- what is not a date -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 20,000 people, 1,000 troops, 2+2 talks, S-300 missiles.",
        "It has 2000 people, about 1956 residents and page 1956 of the report.",
        "He was 8 years old.",
        "The museum closes early in winter; a fall in prices.",
        "Японцы заплатят 2 тыс. человек, на 11 меньше, 300 км.",
        "Накануне визита Путина в Токио.",
        "3泊4日の日程で4日間、2日目、1万7291人、7233万円、80年の節目、4年ぶり。",
        "10年宣言を基礎に。",  # 1910 or 2010: not said
        "平成40年に。",  # Heisei ended in its 31st year
        "since 2030",  # after the article: not a start
    ],
)
def test_not_dates(sentence):
    assert find_dates(sentence, dt.date(2019, 5, 10)) == []


def test_no_article_date_no_dates():
    assert find_dates("on Feb. 7, 2008", None) == []


# --- relations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("It has been frozen since 2015.", "since"),
        ("The ban runs until May 13.", "until"),
        ("They will finish by 2030.", "by"),
        ("Обмены шли с 1992 года.", "since"),
        ("Срок продлен до 1 сентября.", "until"),
        ("首相は9日まで滞在する。", "until"),
        ("交流事業は2020年から止まっている。", "from"),
        ("年内に結ぶ。", "by"),
        ("They met on May 2.", "on"),
        ("It was built in 1998.", "in"),
    ],
)
def test_relation(sentence, relation):
    (date,) = find_dates(sentence, dt.date(2019, 5, 10))
    assert date["relation"] == relation


# --- anaphora: the same day, the following month ----------------------------


def test_english_anaphora_count_from_the_last_day_named():
    assert chain(
        [
            "Foreign Minister Kishida said on Wednesday that Japan was concerned.",
            "Kremlin spokesman Peskov said the same day that it was justified.",
            "A statement would be released the following day.",
            "Abe recalled that last June he had met former islanders.",
            "The following month, he heard from students.",
        ],
        "2016-11-24",
    ) == [
        ("on Wednesday", "2016-11-23", "2016-11-23"),
        ("the same day", "2016-11-23", "2016-11-23"),
        ("the following day", "2016-11-24", "2016-11-24"),
        ("last June", "2016-06-01", "2016-06-30"),
        ("The following month", "2016-07-01", "2016-07-31"),
    ]


def test_russian_anaphora():
    assert chain(
        [
            "ТОКИО, 24 окт. — Министр заявил, что прорыва ждать не стоит.",
            "Накануне он провел переговоры.",
            "Первый раунд прошел 18 марта в Токио.",
            "Через два дня прошли переговоры министров.",
            "Мишустин подписал распоряжение 3 сентября, а спустя два дня оно "
            "было опубликовано.",
        ],
        "2007-10-24",
    ) == [
        ("24 окт.", "2007-10-24", "2007-10-24"),
        ("Накануне", "2007-10-23", "2007-10-23"),
        ("18 марта", "2007-03-18", "2007-03-18"),
        ("Через два дня", "2007-03-20", "2007-03-20"),
        ("3 сентября", "2007-09-03", "2007-09-03"),
        ("спустя два дня", "2007-09-05", "2007-09-05"),
    ]


def test_russian_same_day_far_from_the_last_day_named_is_the_story_day():
    """Three sentences on, «в тот же день» is the day the article is about."""
    assert chain(
        [
            "КУНАШИР, 1 ноя — В понедельник на Кунашир прилетел президент.",
            "О поездке президент объявил еще 29 сентября.",
            "Тогда поездку пришлось отложить.",
            "Медведев пробыл на острове около четырех часов.",
            "Люди жаловались на холод.",
            "В тот же день министр иностранных дел Японии выступил с заявлением.",
        ],
        "2010-11-01",
    )[-1] == ("В тот же день", "2010-11-01", "2010-11-01")


def test_japanese_anaphora_same_day_and_this_day():
    """同日 is the last day named; この日 the day the report is about."""
    assert chain(
        [
            "安倍晋三首相は16日、プーチン大統領と会談した。",
            "両首脳は15日夜、長門市で会談しており、この日は東京に場所を移した。",
            "首相は7日午前に出発し、同日夜に到着した。",
            "入漁料として前年より少ない額を支払う。",
        ],
        "2016-12-16",
    ) == [
        ("16日", "2016-12-16", "2016-12-16"),
        ("15日夜", "2016-12-15", "2016-12-15"),
        ("この日", "2016-12-16", "2016-12-16"),
        ("7日午前", "2016-12-07", "2016-12-07"),
        ("同日夜", "2016-12-07", "2016-12-07"),
        ("前年", "2015-01-01", "2015-12-31"),
    ]


def test_the_timeline_passes_each_sentence_the_dates_before_it():
    article = kurilmap.Article.from_text(
        "Seizure\n\nA boat was stopped on Wednesday near Kunashiri.\n\n"
        "An official said the same day that details were not known.",
        date="2020-01-16",
    )
    rows = kurilmap.timeline(article)[["text", "start", "tense"]].values.tolist()
    assert rows == [
        ["on Wednesday", "2020-01-15", "past"],
        ["the same day", "2020-01-15", "past"],
    ]


def test_japanese_same_day_in_the_timeline():
    article = kurilmap.Article.from_text(
        "択捉島訪問\n\nメドベージェフ首相は2日、択捉島を訪れた。\n\n"
        "日本政府は同日、ロシア側に抗議した。",
        date="2019-08-02",
    )
    rows = kurilmap.timeline(article)[["text", "start", "precision"]].values.tolist()
    assert rows == [["2日", "2019-08-02", "day"], ["同日", "2019-08-02", "day"]]


# --- the parts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("January", 1),
        ("Feb.", 2),
        ("Sept", 9),
        ("марта", 3),
        ("мае", 5),
        ("мар", 3),
        ("ноя", 11),
        ("декабре", 12),
    ],
)
def test_month_index(word, month):
    assert month_index(word) == month


def test_month_index_names_a_bad_word():
    with pytest.raises(InputError, match="not a month: 'moon'"):
        month_index("Moon")


def test_rules_are_tried_only_where_a_date_may_begin():
    sentence = "Lavrov said in December that they met on Friday."
    starts = word_starts(
        sentence, ("dec", "day"), ("day",), {"in", "on", "that"}.__contains__
    )
    assert [sentence[i : i + 3] for i in starts] == ["in ", "Dec", "on ", "Fri"]


@pytest.mark.parametrize(
    ("era", "start", "end"),
    [
        ("昭和元年", "1926-12-25", "1926-12-31"),
        ("平成元年", "1989-01-08", "1989-12-31"),
        ("平成31年", "2019-01-01", "2019-04-30"),
        ("令和元年", "2019-05-01", "2019-12-31"),
    ],
)
def test_an_era_year_is_the_part_of_the_year_the_era_covers(era, start, end):
    (date,) = find_dates(f"{era}に", dt.date(2025, 1, 1))
    assert (date["start"], date["end"]) == (start, end)


# --- properties -------------------------------------------------------------

RU_GENITIVE = [
    *("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"),
    *("сентября", "октября", "ноября", "декабря"),
]
DAYS = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=200, deadline=None)
@given(day=DAYS, today=DAYS)
def test_a_full_date_is_that_day_in_every_language(day, today):
    english = f"They met on {day:%B} {day.day}, {day.year}."
    russian = f"Они встретились {day.day} {RU_GENITIVE[day.month - 1]} {day.year} года."
    japanese = f"{day.year}年{day.month}月{day.day}日に会談した。"
    for sentence in (english, russian, japanese):
        (date,) = find_dates(sentence, today)
        assert date["start"] == date["end"] == day.isoformat(), sentence


PIECES = [
    *"0123456789 ,.-–~～年月日週今来昨同свдопгиа",
    *("May ", "on ", "the same day", "накануне", "1956", "年度", "平成", "Friday"),
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    today=DAYS,
)
def test_any_text_gives_well_formed_spans(text, today):
    for date in find_dates(text, today):
        assert date["start"] <= date["end"]
        assert date["precision"] in PRECISIONS
        assert date["tense"] in {"past", "present", "future"}
        assert date["text"]
        assert date["text"] in text


def test_find_dates_and_find_figures_name_a_wrong_argument():
    from kurilmap.news import find_figures

    with pytest.raises(TypeError, match=r"takes today as a datetime\.date or None"):
        find_dates("on Thursday", "2019-01-01")  # was AttributeError: weekday
    with pytest.raises(TypeError, match="takes sentence as a str, not NoneType"):
        find_dates(None, None)  # was an empty list
    with pytest.raises(TypeError, match="takes a str, not NoneType"):
        find_figures(None, "en")
    with pytest.raises(ValueError, match="reads en, ru or ja, not 'xx'"):
        find_figures("5 islands", "xx")  # was read as English
