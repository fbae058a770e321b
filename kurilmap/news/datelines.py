"""An article's date and outlet, read from what is given or from its page.

:func:`article_date` checks a given date (1700 to tomorrow) or finds one in
the dateline; :func:`outlet_named` finds the outlet the page's boilerplate
names (not its credits).
"""

from __future__ import annotations

import datetime as dt
import re

from kurilmap.errors import ArticleError, InputError
from kurilmap.news.dates import EN_MONTHS, RU_FORMS, month_index
from kurilmap.vocab import FIRST_DAY, as_date

__all__ = ["article_date", "outlet_named"]

_EN = "|".join(EN_MONTHS)
_DATELINE = [
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), "ymd"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "ymd"),
    (
        re.compile(rf"\b({_EN})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I),
        "mdy",
    ),
    (re.compile(rf"\b(\d{{1,2}})\s+({_EN})\s+(\d{{4}})", re.I), "dmy"),
    (re.compile(rf"(\d{{1,2}})\s+{RU_FORMS}\s+(\d{{4}})", re.I), "dmy"),
]


def article_date(
    given: object, paragraphs: list[str]
) -> tuple[dt.date | None, str | None]:
    """Return the article's date and where it came from (given, its dateline).

    A date is from 1700 to tomorrow (an article of Tokyo's morning is dated
    ahead of a machine in Europe); a given date outside that is refused, a
    dateline outside it is not the article's date.
    """
    latest = dt.date.today() + dt.timedelta(days=1)
    no_date = type(given).__name__ == "NaTType" or (
        isinstance(given, float) and given != given  # NaT or NaN: none given
    )
    if given is not None and not no_date:
        if isinstance(given, dt.datetime):
            given = given.date()
        elif not isinstance(given, dt.date):
            given = str(given).strip()[:10]  # 2019-05-10T08:00
        try:
            day = as_date(given, today=dt.date.max)
        except InputError as exc:
            raise ArticleError(str(exc)) from None
        if day > latest:
            msg = (
                f"date {day.isoformat()} is in the future: an article is dated "
                f"{latest.isoformat()} (tomorrow, for time zones) at the latest"
            )
            raise ArticleError(msg)
        return day, "given"
    head = " ".join(paragraphs[:2])[:400]
    for pattern, order in _DATELINE:
        found = pattern.search(head)
        if not found:
            continue
        try:
            if order == "ymd":
                day = dt.date(*(int(g) for g in found.groups()))
            elif order == "mdy":
                day = dt.date(int(found[3]), month_index(found[1]), int(found[2]))
            else:
                day = dt.date(int(found[3]), month_index(found[2]), int(found[1]))
        except ValueError:
            continue
        if FIRST_DAY <= day <= latest:
            return day, "dateline"
    return None, None


_OUTLETS = re.compile(
    r"(?<!\w)(RFE/RL|Reuters|TASS|Kyodo|NHK|Interfax|RIA Novosti|Jiji|Asahi|Yomiuri|"
    r"Nikkei|The Japan Times|ТАСС|РИА Новости|Интерфакс|共同通信|時事通信)(?!\w)"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"([A-Z][\w&./'’ -]{1,40}?)\s*(?:[.,;|]|all rights|$)",
    re.IGNORECASE,
)


def outlet_named(boilerplate: list[str] | str) -> str | None:
    """Find the outlet named in the page's own boilerplate (not in its credits)."""
    lines = [boilerplate] if isinstance(boilerplate, str) else boilerplate
    for line in lines:
        found = _OUTLETS.search(line)
        if found:
            return found[1]
    for line in lines:
        found = _COPYRIGHT.search(line)
        if found and found[1].strip():
            return found[1].strip()
    return None
