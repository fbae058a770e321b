r"""Entries that read the same in every language: the rules share these builders.

An ISO date, a decade, "N years" back, "the same day", a range of years, a
full date or a month of a year become the same entry whatever the words; only
the relation a preposition gives ("since", «с», 以来) is the language's own, so
the builders that need one take it from the caller.

Examples
--------
>>> import datetime as dt, re
>>> from kurilmap.news.dates_core import Scope
>>> s = Scope("the 1990s", 0, 9, dt.date(2019, 5, 10), "en", [], [])
>>> decade_entry(re.match(r"the (?P<y>\d{4})s", "the 1990s"), s)["end"]
'1999-12-31'
"""

from __future__ import annotations

import datetime as dt
import re

from kurilmap.news.dates_core import Entry, Scope, month_index, month_span, year_span

__all__ = [
    "decade_entry",
    "duration_entry",
    "full_date_entry",
    "iso_day_entry",
    "month_year_entry",
    "past_or_future",
    "same_day_entry",
    "year_range_entry",
]


def past_or_future(start: dt.date, s: Scope) -> str:
    """Return ``future`` if ``start`` is after the article's date, else ``past``."""
    return "future" if start > s.today else "past"


def iso_day_entry(m: re.Match[str], s: Scope) -> Entry:
    """Return the day of an ISO date (groups ``y``, ``mo``, ``d``)."""
    day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return s.entry((day, day), "day", "on")


def full_date_entry(m: re.Match[str], s: Scope, relation: str) -> Entry:
    """Return the day of a full date (groups ``y``, month word ``m``, ``d``)."""
    day = dt.date(int(m["y"]), month_index(m["m"]), int(m["d"]))
    return s.entry((day, day), "day", relation)


def month_year_entry(m: re.Match[str], s: Scope, relation: str) -> Entry:
    """Return a month of a year (groups month word ``m`` and ``y``)."""
    return s.entry(month_span(int(m["y"]), month_index(m["m"])), "month", relation)


def decade_entry(m: re.Match[str], s: Scope) -> Entry:
    """Return the ten years of a decade starting with year ``y``."""
    first = int(m["y"])
    return s.entry((dt.date(first, 1, 1), dt.date(first + 9, 12, 31)), "range", "in")


def duration_entry(m: re.Match[str], s: Scope) -> Entry | None:
    """Return the ``n`` years up to the article's date ("more than 70 years")."""
    years = int(m["n"])
    if not 1 < years < 300:
        return None
    today = s.today
    start = today.replace(year=today.year - years, day=min(today.day, 28))
    return s.entry((start, today), "duration", "duration", tense="past")


def same_day_entry(_m: re.Match[str], s: Scope) -> Entry:
    """Return the day mentioned last before ("the same day", «в тот же день»)."""
    day = s.anchor_day()
    return s.entry((day, day), "day", "on")


def year_range_entry(m: re.Match[str], s: Scope) -> Entry | None:
    """Return the years from ``y`` to ``y2`` ("2007–2015"); none if reversed."""
    first, last = int(m["y"]), int(m["y2"])
    if last <= first:
        return None
    return s.entry((year_span(first)[0], year_span(last)[1]), "range", "from")
