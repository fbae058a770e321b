"""The words of what an article's dates say, for the pages that show them.

Every entry has English, Japanese and Russian (a test checks it).
"""

from __future__ import annotations

from kurilmap.vocab import Lang

__all__ = ["DATE_RELATIONS", "DATE_WORDS"]

DATE_WORDS: dict[str, dict[Lang, str]] = {
    "day": {"en": "a day", "ja": "日付", "ru": "день"},
    "week": {"en": "a week", "ja": "週", "ru": "неделя"},
    "month": {"en": "a month", "ja": "月", "ru": "месяц"},
    "part_of_month": {
        "en": "part of a month",
        "ja": "上旬・中旬・下旬",
        "ru": "часть месяца",
    },
    "season": {"en": "a season", "ja": "季節", "ru": "время года"},
    "year": {"en": "a year", "ja": "年", "ru": "год"},
    "range": {"en": "a span of days", "ja": "期間", "ru": "промежуток времени"},
    "duration": {"en": "a length of time", "ja": "長さ", "ru": "продолжительность"},
}
"""What a date in an article names (its ``precision``), shown when hovered."""

DATE_RELATIONS: dict[str, dict[Lang, str]] = {
    "since": {
        "en": "since {days}",
        "ja": "{days}以来",
        "ru": "с {days} (и по сей день)",
    },
    "from": {"en": "from {days}", "ja": "{days}から", "ru": "с {days}"},
    "until": {"en": "until {days}", "ja": "{days}まで", "ru": "до {days}"},
    "by": {"en": "by {days}", "ja": "{days}までに", "ru": "к {days}"},
    "before": {"en": "before {days}", "ja": "{days}より前", "ru": "раньше {days}"},
    "after": {"en": "after {days}", "ja": "{days}以降", "ru": "после {days}"},
}
"""A date's days with what its preposition or particle says of them (``relation``);
"on", "in" and the tense need no words: the days are the date."""
