"""Roles by date: who was prime minister, foreign minister, governor… on a day.

A news report names a speaker by a role as often as by a name: "the prime
minister", 首相, «глава МИД», "the Kremlin spokesman". :data:`ROLES` says how
each language writes each kind of role; :func:`holders` reads the ``offices``
dataset (one row per term, sourced) for who held an office on a date, so a
role with no name before it in the article still finds its person.

Examples
--------
>>> holders("japan-prime-minister", "2019-05-10")
['shinzo-abe']
>>> [(r.kind, r.country) for r in find_roles("首相は「…」と述べた", "ja")]
[('prime-minister', None)]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kurilmap.datasets import CONTRACTS, dataset_records, missing
from kurilmap.news.quick import Led, at_word_start, may_hold

__all__ = [
    "COUNTRY_WORDS",
    "OFFICES",
    "OFFICE_TITLES",
    "PATTERN_LANGS",
    "ROLES",
    "RoleMention",
    "default_country",
    "find_roles",
    "holders",
    "matches",
    "office_kind",
    "offices_of",
]

OFFICES: tuple[str, ...] = next(
    c.choices for c in CONTRACTS["offices"].columns if c.name == "office"
)
"""The offices of the ``offices`` dataset (its contract's choices)."""

OFFICE_TITLES = {
    "japan-prime-minister": "Prime Minister of Japan",
    "japan-foreign-minister": "Foreign Minister of Japan",
    "japan-chief-cabinet-secretary": "Chief Cabinet Secretary of Japan",
    "japan-defence-minister": "Defence Minister of Japan",
    "japan-northern-territories-minister": (
        "Minister of State for Okinawa and Northern Territories Affairs"
    ),
    "japan-mofa-press-secretary": "Press Secretary of Japan's Foreign Ministry",
    "japan-mofa-europe-director-general": (
        "Director-General of the European Affairs Bureau, Japan's Foreign Ministry"
    ),
    "japan-joint-staff-chief": "Chief of Staff, Joint Staff of Japan",
    "japan-representative": "Member of the House of Representatives of Japan",
    "hokkaido-governor": "Governor of Hokkaido",
    "nemuro-mayor": "Mayor of Nemuro",
    "islanders-league-president": (
        "President of the League of Residents of Chishima and Habomai Islands"
    ),
    "islanders-league-branch-head": (
        "Branch head, League of Residents of Chishima and Habomai Islands"
    ),
    "russia-president": "President of Russia",
    "russia-prime-minister": "Prime Minister of Russia",
    "russia-deputy-prime-minister": "Deputy Prime Minister of Russia",
    "russia-foreign-minister": "Foreign Minister of Russia",
    "russia-deputy-foreign-minister": "Deputy Foreign Minister of Russia",
    "russia-defence-minister": "Defence Minister of Russia",
    "russia-kremlin-press-secretary": "Press Secretary of the President of Russia",
    "russia-mfa-spokesperson": "Spokeswoman of the Russian Foreign Ministry",
    "russia-eastern-district-commander": (
        "Commander of Russia's Eastern Military District"
    ),
    "sakhalin-governor": "Governor of Sakhalin Oblast",
    "sakhalin-visa-free-commission-chair": (
        "Chair of the Sakhalin commission for visa-free exchanges"
    ),
    "yuzhno-kurilsky-head": "Head of the Yuzhno-Kurilsky district",
    "ussr-foreign-minister": "Foreign Minister of the USSR",
}
"""The English title of each office of the ``offices`` dataset."""

PATTERN_LANGS = ("en", "ru", "ja")
"""The language of each pattern in the tuples of :data:`ROLES`, in order."""

ROLES: dict[str, tuple[str, str, str]] = {
    "prime-minister": (
        r"\b(?:prime\s+minister|premier)\b",
        r"\b(?:премьер(?:-министр)?[а-я]*|глав[аеуы]\s+(?:правительства|кабинета"
        r"(?!\s+министров\s+Японии)))\b",
        r"首相(?!官邸|公邸)|総理大臣|総理(?!官邸|公邸)",
    ),
    "foreign-minister": (
        r"\bforeign\s+minister\b|\btop\s+diplomat\b",
        r"\b(?:министр[а-я]*\s+иностранных\s+дел|глав[аеуы]\s+МИД[а-я]*|"
        r"глав[аеуы]\s+внешнеполитического\s+ведомства)",
        r"外相|外務大臣",
    ),
    "chief-cabinet-secretary": (
        r"\b(?:chief\s+cabinet\s+secretary|top\s+government\s+spokesman)\b",
        r"\b(?:генеральн[а-я]+\s+секретар[а-я]+\s+(?:кабинета\s+министров|"
        r"правительства)|генсек[а-я]*(?:\s+кабинета(?:\s+министров)?)?)",
        r"官房長官",
    ),
    "defence-minister": (
        r"\bdefen[cs]e\s+minister\b",
        r"\bминистр[а-я]*\s+обороны\b",
        r"防衛相|防衛大臣|国防相",
    ),
    "president": (
        r"\bpresident\b",
        r"\b(?:президент[а-я]*|глав[аеуы]\s+государства)\b",
        r"大統領",
    ),
    "press-secretary": (
        r"\b(?:kremlin|presidential)\s+(?:spokes(?:man|woman|person)|"
        r"press\s+secretary)\b",
        r"\bпресс-секретар[а-я]+(?:\s+президента)?\b",
        r"大統領報道官",
    ),
    "spokesperson": (
        r"\b(?:foreign\s+ministry|ministry)\s+spokes(?:man|woman|person)\b",
        r"\bофициальн[а-я]+\s+представител[а-я]+\s+МИД[а-я]*",
        r"外務省報道官|外務報道官|報道官",
    ),
    "deputy-foreign-minister": (
        r"\bdeputy\s+foreign\s+minister\b",
        r"\b(?:заместител[а-я]+\s+министра\s+иностранных\s+дел|замминистра"
        r"(?:\s+иностранных\s+дел)?|замглав[аеуы]\s+МИД[а-я]*)",
        r"外務次官",
    ),
    "deputy-prime-minister": (
        r"\bdeputy\s+prime\s+minister\b",
        r"\b(?:вице-премьер[а-я]*|заместител[а-я]+\s+председателя\s+"
        r"правительства)",
        r"副首相",
    ),
    "governor": (
        r"\bgovernor\b",
        r"\bгубернатор[а-я]*\b",
        r"知事",
    ),
    "mayor": (
        r"\bmayor\b",
        r"\bмэр[а-я]*\b",
        r"市長",
    ),
    "minister": (
        r"\bminister\b",
        r"\bминистр[а-я]*\b",
        r"(?<![外防])相(?=は|が|も)",
    ),
}
"""How each language writes a kind of role (in the order of :data:`PATTERN_LANGS`)."""

COUNTRY_WORDS: dict[str, tuple[str, str, str]] = {
    "japan": (
        r"\bJapan(?:'s|ese)?\b",
        r"\b(?:Япони[июя]|японск[а-я]+)\b",
        r"日本",
    ),
    "russia": (
        r"\b(?:Russia(?:'s|n)?|Kremlin)\b",
        r"\b(?:Росси[ия]|российск[а-я]+|РФ)\b",
        r"ロシア|ロ(?=外相|首相|大統領)",
    ),
}
"""Words that say whose office a role is (en, ru, ja), a few words from it."""

# the kind of role each office is
_KINDS = {
    "prime-minister": "prime-minister",
    "foreign-minister": "foreign-minister",
    "chief-cabinet-secretary": "chief-cabinet-secretary",
    "defence-minister": "defence-minister",
    "president": "president",
    "kremlin-press-secretary": "press-secretary",
    "mfa-spokesperson": "spokesperson",
    "mofa-press-secretary": "spokesperson",
    "deputy-foreign-minister": "deputy-foreign-minister",
    "deputy-prime-minister": "deputy-prime-minister",
    "governor": "governor",
    "mayor": "mayor",
    "northern-territories-minister": "minister",
}
_COUNTRY_OF = {
    "ussr": "russia",
    "hokkaido": "japan",
    "nemuro": "japan",
    "sakhalin": "russia",
    "islanders": "japan",
    "yuzhno": "russia",
}
_DEFAULT_COUNTRY = (("en", "japan"), ("ru", "russia"), ("ja", "japan"))
# roles a language's news means by default when no country is written
_DEFAULTS_BY_KIND = {
    "president": "russia",
    "press-secretary": "russia",
    "governor": "russia",
    "mayor": "japan",
}


def office_kind(office: str) -> tuple[str, str]:
    """Return ``(kind, country)`` of an office of the ``offices`` dataset.

    Examples
    --------
    >>> office_kind("russia-mfa-spokesperson")
    ('spokesperson', 'russia')
    >>> office_kind("sakhalin-governor")
    ('governor', 'russia')
    """
    head, _, rest = office.partition("-")
    country = _COUNTRY_OF.get(head, head)
    if rest.endswith("minister") and rest not in _KINDS:
        return "minister", country
    return _KINDS.get(rest, rest), country


@dataclass(frozen=True)
class RoleMention:
    """A role written in a text: its kind, whose office, where it stands.

    ``former`` for a role held before ("the former president", «бывший
    президент», 元首相).
    """

    kind: str
    country: str | None
    start: int
    end: int
    former: bool = False


_FORMER = {
    "en": re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE),
    "ru": re.compile(r"(?:бывш[а-яё]+|экс-)\s*$", re.IGNORECASE),
    "ja": re.compile(r"[元前]$"),
}
_ROLE_WORDS = {
    "en": (
        *("minister", "premier", "diplomat", "secretary", "spokes", "president"),
        *("governor", "mayor"),
    ),
    "ru": (
        *("премьер", "глав", "министр", "генеральн", "генсек", "президент"),
        *("пресс-секретар", "официальн", "заместител", "губернатор", "мэр"),
    ),
    "ja": (
        *("相", "総理", "大臣", "官房長官", "大統領", "報道官", "次官", "知事", "市長"),
    ),
}
"""A word every role of :data:`ROLES` holds, per language: a text with none of
them has no role (a quick test, see :func:`kurilmap.news.quick.may_hold`)."""
# how far before and after a role a country word still qualifies it
_WINDOW = {"en": (16, 14), "ru": (16, 12), "ja": (5, 0)}  # characters


@functools.lru_cache(maxsize=3)
def _role_pattern(lang: str) -> re.Pattern[str]:
    at = PATTERN_LANGS.index(lang)
    parts = [f"(?P<{k.replace('-', '_')}>{v[at]})" for k, v in ROLES.items()]
    pattern = "|".join(parts)
    if all(at_word_start(v[at]) for v in ROLES.values()):
        pattern = rf"\b(?:{pattern})"  # the boundary tested once, not once a role
    return re.compile(pattern, re.IGNORECASE if lang != "ja" else 0)


_ROLE_LEADS = {
    "en": (
        *("prime", "premier", "foreign", "top", "chief", "defen", "president"),
        *("kremlin", "ministry", "deputy", "governor", "mayor", "minister"),
    ),
    "ru": (
        *("премьер", "глав", "министр", "генеральн", "генсек", "президент"),
        *("пресс-секретар", "официальн", "заместител", "замминистра", "замглав"),
        *("вице-премьер", "губернатор", "мэр"),
    ),
    "ja": (
        *("首相", "総理", "外相", "外務", "官房長官", "防衛", "国防相", "大統領"),
        *("報道官", "副首相", "知事", "市長", "相"),
    ),
}
"""The words every role of :data:`ROLES` begins with, per language (lower case)."""


@functools.lru_cache(maxsize=3)
def _role_finder(lang: str) -> Led:
    """Return :func:`_role_pattern`, tried only where a role's first word stands."""
    return Led(_role_pattern(lang), words=_ROLE_LEADS[lang])


@functools.lru_cache(maxsize=3)
def _country_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    at = PATTERN_LANGS.index(lang)
    return tuple((c, re.compile(p[at])) for c, p in COUNTRY_WORDS.items())


def find_roles(text: str, lang: str) -> list[RoleMention]:
    """Return the roles a text writes, with the country written near each.

    Examples
    --------
    >>> [(r.kind, r.country) for r in find_roles(
    ...     "заявил премьер-министр Японии Наото Кан", "ru")]
    [('prime-minister', 'japan')]
    >>> [(r.kind, r.country) for r in find_roles("Russia's foreign minister", "en")]
    [('foreign-minister', 'russia')]
    """
    words = _ROLE_WORDS.get(lang)
    if words is not None and not may_hold(text, words):
        return []
    out = []
    before, after = _WINDOW.get(lang, (16, 12))
    for m in _role_finder(lang).finditer(text):
        kind = str(m.lastgroup).replace("_", "-")  # one group a role: the one met
        window = text[max(0, m.start() - before) : m.end() + after]
        near = [c for c, p in _country_patterns(lang) if p.search(window)]
        former = bool(_FORMER[lang].search(text[max(0, m.start() - 12) : m.start()]))
        country = near[0] if len(near) == 1 else None
        out.append(RoleMention(kind, country, m.start(), m.end(), former))
    return out


def _iso(value: object) -> str | None:
    if missing(value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)[:10]


@functools.lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, str, str, str | None], ...]:
    return tuple(
        (
            str(r["person_id"]),
            str(r["office"]),
            _iso(r["start"]) or "",
            _iso(r["end"]),
        )
        for r in dataset_records("offices")
    )


def _in_office(day: str, start: str, end: str | None) -> bool:
    """Whether ``day`` falls in a term; a start or end may be a month (YYYY-MM)."""
    return day[: len(start)] >= start and (end is None or day[: len(end)] <= end)


def holders(office: str, date: str | dt.date) -> list[str]:
    """Return the ids of the people who held ``office`` on ``date``.

    A term known to the month only counts for the whole month.

    Examples
    --------
    >>> holders("russia-president", "2010-11-01")
    ['dmitry-medvedev']
    """
    day = date.isoformat() if isinstance(date, dt.date) else date
    return list(_cached(_holders, office, day))


def _holders(office: str, day: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            pid
            for pid, name, start, end in _terms()
            if name == office and _in_office(day, start, end)
        )
    )


def offices_of(person_id: str, date: str | dt.date | None = None) -> list[str]:
    """Return the offices a person held (on ``date``, or ever), latest first.

    Examples
    --------
    >>> offices_of("fumio-kishida", "2015-08-21")
    ['japan-foreign-minister']
    """
    day = date.isoformat() if isinstance(date, dt.date) else date
    return list(_cached(_offices, person_id, day))


def _offices(person_id: str, day: str | None) -> tuple[str, ...]:
    found = [
        (start, name)
        for pid, name, start, end in _terms()
        if pid == person_id and (day is None or _in_office(day, start, end))
    ]
    return tuple(dict.fromkeys(name for _, name in sorted(found, reverse=True)))


_MEMO: dict[tuple[Any, ...], tuple[str, ...]] = {}


def _cached(
    find: Callable[[str, Any], tuple[str, ...]], key: str, day: Any
) -> tuple[str, ...]:
    """Return ``find(key, day)``, each computed once (the terms never change)."""
    try:
        memo = (find, key, day)
        if memo not in _MEMO:
            if len(_MEMO) >= 65536:
                _MEMO.clear()
            _MEMO[memo] = find(key, day)
        return _MEMO[memo]
    except TypeError:  # an unhashable key or day: as it is
        return find(key, day)


def default_country(kind: str, lang: str) -> str:
    """Return the country a role with none written means in a language's news.

    Examples
    --------
    >>> default_country("prime-minister", "ru"), default_country("president", "ja")
    ('russia', 'russia')
    """
    return _DEFAULTS_BY_KIND.get(kind, dict(_DEFAULT_COUNTRY).get(lang, "japan"))


def matches(office: str, kind: str, country: str | None) -> bool:
    """Whether ``office`` is a role of ``kind`` (and of ``country``, if given).

    A generic "minister" is any minister's office.

    Examples
    --------
    >>> matches("japan-foreign-minister", "minister", None)
    True
    >>> matches("russia-prime-minister", "prime-minister", "japan")
    False
    """
    own, where = office_kind(office)
    if country is not None and where != country:
        return False
    if kind == "minister":
        return own.endswith("minister")
    return own == kind
