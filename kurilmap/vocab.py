"""kurilmap's vocabulary: points of view, languages, parties, statuses, dates.

One home for the closed choices every subpackage speaks of, as ``Literal``
types and as tuples derived from them, and for the checkers that turn a
user's argument into one of them. Every public function and every option of
the command line checks its arguments here, so a bad value is reported the
same way wherever it is given: the value, the valid choices and the closest
one.

Examples
--------
>>> from kurilmap.vocab import VIEWS, as_date, as_view
>>> VIEWS
('japan', 'russia', 'de_facto', 'neutral')
>>> as_view("de_facto")
'de_facto'
>>> as_view("defacto")  # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
kurilmap.errors.InputError: unknown view 'defacto' (did you mean 'de_facto'?); ...
>>> as_date("1956-10-19")
datetime.date(1956, 10, 19)
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias, TypeVar, cast, get_args

from kurilmap.errors import InputError, InputTypeError

if TYPE_CHECKING:
    import babel

__all__ = [
    "FIRST_DAY",
    "GROUPS",
    "LANGS",
    "PARTIES",
    "PARTY_OF_LANG",
    "ROLES",
    "STATUSES",
    "VIEWS",
    "IslandGroup",
    "Lang",
    "Party",
    "Role",
    "Status",
    "View",
    "as_choice",
    "as_count",
    "as_date",
    "as_lang",
    "as_langs",
    "as_view",
    "as_views",
    "counted",
    "listing",
    "number",
    "plural",
]

View: TypeAlias = Literal["japan", "russia", "de_facto", "neutral"]
"""Points of view of the claims model."""

Lang: TypeAlias = Literal["en", "ja", "ru"]
"""Languages of every label, legend, figure and text kurilmap writes."""

Party: TypeAlias = Literal["japan", "russia"]
"""The two parties of the dispute ("russia": Russia, the Soviet Union 1922-1991)."""

IslandGroup: TypeAlias = Literal["iturup", "kunashir", "shikotan", "habomai"]
"""The four disputed groups, from north-east to south-west."""

Role: TypeAlias = Literal[
    "sovereign",
    "administers",
    "occupies",
    "claims",
    "renounced",
    "pledged",
    "shared",
    "rules",
    "present",
    "title",
    "states",
]
"""What an assertion in the claims model says a party does with a unit.

``rules``: direct rule before any treaty boundary (the shogunate from 1799);
``present``: a presence without firm control (trading posts, hunters);
``title``: title kept, not yet renounced, while another holds it (Japan's
title to South Sakhalin and the Kurils until the 1952 peace treaty);
``states``: a position the party stated, worded by the assertion's ``basis``.
"""

Status: TypeAlias = Literal[
    "japanese",
    "russian",
    "disputed",
    "japanese_occupied",
    "occupied",
    "renounced",
    "undivided",
    "no_boundary",
    "pre_treaty_japanese",
    "pre_treaty_russian",
    "annexed_no_treaty",
]
"""Status codes of a unit in a view."""

VIEWS: tuple[View, ...] = get_args(View)
LANGS: tuple[Lang, ...] = get_args(Lang)
PARTIES: tuple[Party, ...] = get_args(Party)
GROUPS: tuple[IslandGroup, ...] = get_args(IslandGroup)
ROLES: tuple[Role, ...] = get_args(Role)
STATUSES: tuple[Status, ...] = get_args(Status)

PARTY_OF_LANG: dict[Lang, Party] = {"ja": "japan", "ru": "russia"}
"""The party whose language it is (English is neither side's)."""

FIRST_DAY = dt.date(1700, 1, 1)
"""The first day the claims model answers for (before the Russians reached Shumshu)."""

_T = TypeVar("_T", bound=str)


def as_count(value: object, what: str, *, minimum: int = 1) -> int:
    """Return ``value`` if it is a whole number of at least ``minimum``.

    Raises :class:`InputTypeError` for anything but an ``int`` (a ``bool``
    included) and :class:`InputError` below ``minimum``, naming ``what``.

    Examples
    --------
    >>> as_count(200, "shard_size")
    200
    >>> as_count(0, "workers")
    Traceback (most recent call last):
    ...
    kurilmap.errors.InputError: workers must be at least 1, got 0
    """
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{what} must be a whole number, not {value!r}"
        raise InputTypeError(msg)
    if value < minimum:
        msg = f"{what} must be at least {minimum}, got {value}"
        raise InputError(msg)
    return value


def as_choice(value: object, valid: Sequence[_T], what: str) -> _T:
    """Return ``value`` if it is one of ``valid``; else raise naming the choices.

    Parameters
    ----------
    value
        The argument as given.
    valid
        The valid choices, in the order they are listed in the message.
    what
        What the argument is ("view", "language", ...), for the message.

    Returns
    -------
    str
        ``value``, typed as one of ``valid``.

    Raises
    ------
    InputError
        ``value`` is not one of ``valid``; the message names the closest one.

    Examples
    --------
    >>> as_choice("ja", ("en", "ja", "ru"), "language")
    'ja'
    """
    if isinstance(value, str) and value in valid:
        return cast("_T", value)
    folded = [v for v in valid if v.casefold() == str(value).casefold()]
    close = folded or difflib.get_close_matches(str(value), list(valid), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    msg = f"unknown {what} {value!r}{hint}; valid: {', '.join(valid)}"
    raise InputError(msg)


def as_view(value: object) -> View:
    """Return ``value`` as a :data:`View`, or raise :class:`InputError`.

    Examples
    --------
    >>> as_view("neutral")
    'neutral'
    """
    return as_choice(value, VIEWS, "view")


def as_lang(value: object) -> Lang:
    """Return ``value`` as a :data:`Lang`, or raise :class:`InputError`.

    Examples
    --------
    >>> as_lang("ru")
    'ru'
    """
    return as_choice(value, LANGS, "language")


def _many(values: str | Sequence[str], what: str) -> list[str]:
    """Split a comma-separated text (``"all"`` is every choice) into a list."""
    items = values.split(",") if isinstance(values, str) else list(values)
    items = [str(v).strip() for v in items if str(v).strip()]
    if not items:
        msg = f"no {what} given; give one or more, or 'all'"
        raise InputError(msg)
    return items


def as_views(values: str | Sequence[str]) -> tuple[View, ...]:
    """Return views from a list or a comma-separated text (``"all"``: every view).

    Examples
    --------
    >>> as_views("japan,russia")
    ('japan', 'russia')
    >>> as_views("all") == VIEWS
    True
    """
    items = _many(values, "view")
    if items == ["all"]:
        return VIEWS
    return tuple(dict.fromkeys(as_view(v) for v in items))


def as_langs(values: str | Sequence[str]) -> tuple[Lang, ...]:
    """Return languages from a list or a comma-separated text (``"all"``: all).

    Examples
    --------
    >>> as_langs(["ja", "en", "ja"])
    ('ja', 'en')
    """
    items = _many(values, "language")
    if items == ["all"]:
        return LANGS
    return tuple(dict.fromkeys(as_lang(v) for v in items))


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def as_date(
    date: object,
    *,
    today: dt.date | None = None,
    first: dt.date = FIRST_DAY,
) -> dt.date:
    """Return the day a date argument means, checked against the model's range.

    Parameters
    ----------
    date
        ``None`` (today), an ISO date text, a :class:`datetime.date` or
        :class:`datetime.datetime`, or a :class:`pandas.Timestamp`.
    today
        The day taken as today (default: the machine's date).
    first
        The earliest day accepted (default: :data:`FIRST_DAY`).

    Returns
    -------
    datetime.date

    Raises
    ------
    InputError
        Not an ISO date, before ``first`` or after ``today``.
    InputTypeError
        Not a text, date or timestamp.

    Examples
    --------
    >>> as_date("1855-02-07")
    datetime.date(1855, 2, 7)
    >>> as_date("1699-12-31")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
        ...
    kurilmap.errors.InputError: date 1699-12-31 is before 1700-01-01: ...
    """
    today = today or dt.date.today()
    if date is None:
        return today
    if type(date).__name__ == "NaTType":  # pandas.NaT is a datetime, of no day
        msg = "date is missing (NaT): give a day, or None for today"
        raise InputError(msg)
    if isinstance(date, dt.datetime):
        day = date.date()
    elif isinstance(date, dt.date):
        day = date
    elif isinstance(date, str):
        try:  # YYYY-MM-DD only: Python also reads 20190101 and 2019-W01-1
            if not _ISO_DAY.fullmatch(date.strip()):
                raise ValueError(date)
            day = dt.date.fromisoformat(date.strip())
        except ValueError:
            msg = f"date {date!r} is not an ISO date (YYYY-MM-DD), e.g. '1956-10-19'"
            raise InputError(msg) from None
    elif hasattr(date, "to_pydatetime"):
        day = date.to_pydatetime().date()
    else:
        msg = (
            f"date must be None, an ISO date string, datetime.date or "
            f"pandas.Timestamp, not {type(date).__name__}: {date!r}"
        )
        raise InputTypeError(msg)
    if day < first:
        msg = (
            f"date {day.isoformat()} is before {first.isoformat()}: the claims "
            "model starts in 1700, before the first Russian and Japanese posts "
            "in the Kurils"
        )
        raise InputError(msg)
    if day > today:
        msg = (
            f"date {day.isoformat()} is in the future (today is "
            f"{today.isoformat()}); the model records what has happened"
        )
        raise InputError(msg)
    return day


def _shown(value: float) -> int | decimal.Decimal:
    """Return the figure as written: whole, or rounded to one decimal."""
    value = float(value)
    if value == round(value):
        return round(value)
    return decimal.Decimal(f"{value:.1f}")


@functools.lru_cache(maxsize=4)
def _locale(lang: Lang) -> babel.Locale:
    import babel

    return babel.Locale.parse(lang)


def number(value: float, lang: Lang) -> str:
    r"""Write a figure as readers of ``lang`` do: ``5,003``; Russian ``5 003``, ``6,9``.

    Whole numbers have no decimals, others one; the separators are the
    language's (CLDR, by Babel).

    Examples
    --------
    >>> number(5003.1, "en"), number(5003.1, "ru"), number(17291, "ja")
    ('5,003.1', '5\xa0003,1', '17,291')
    """
    from babel.numbers import format_decimal

    shown = _shown(value)
    pattern = "#,##0" if isinstance(shown, int) else "#,##0.0"
    return str(format_decimal(shown, format=pattern, locale=_locale(lang)))


LIST_SEP: dict[Lang, str] = {"en": ", ", "ja": "、", "ru": ", "}
"""How each language separates the items of a list in running text."""


def listing(items: Iterable[str], lang: Lang) -> str:
    """Write names as a list in running text: ``Iturup, Urup``; ``択捉島、得撫島``.

    Examples
    --------
    >>> listing(["択捉島", "得撫島"], "ja")
    '択捉島、得撫島'
    """
    return LIST_SEP[lang].join(items)


def plural(value: float, lang: Lang) -> str:
    """Return the plural category of a figure as written (CLDR, by Babel).

    ``"one"``, ``"few"``, ``"many"`` or ``"other"`` in Russian; ``"one"`` or
    ``"other"`` in English; always ``"other"`` in Japanese, which has no plural.

    Examples
    --------
    >>> [plural(n, "ru") for n in (1, 2, 5, 21, 17291, 2.5)]
    ['one', 'few', 'many', 'one', 'one', 'other']
    >>> plural(1, "ja")
    'other'
    """
    return str(_locale(lang).plural_form(_shown(value)))


def counted(value: float, forms: Mapping[str, str], lang: Lang) -> str:
    r"""Write a figure with the form of its noun that agrees with it.

    ``forms`` maps plural categories (:func:`plural`) to templates with
    ``{n}``, the figure written by :func:`number`; ``"other"`` is required.

    Examples
    --------
    >>> forms = {"one": "{n} житель", "few": "{n} жителя", "many": "{n} жителей",
    ...          "other": "{n} жителя"}
    >>> counted(17291, forms, "ru"), counted(2, forms, "ru"), counted(5, forms, "ru")
    ('17\xa0291 житель', '2 жителя', '5 жителей')
    """
    template = forms.get(plural(value, lang), forms["other"])
    return template.format(n=number(value, lang))
