"""Figures with units in news text: "some 20,000 people", "25 times", 約2万人.

Only quantities written with digits are figures: number words ("the four
islands", "четыре", 四島) name things rather than count them. A scale word
multiplies ("1.5 million people", "20 тыс. человек", 2万人); years (2019年,
"in 2013") are dates, not figures.
"""

from __future__ import annotations

import re
from typing import Any

from kurilmap.errors import InputError, InputTypeError

SCALES = (
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("тыс", 1e3),
    ("млн", 1e6),
    ("миллион", 1e6),
    ("млрд", 1e9),
)
"""Scale words, by the start of the word ("тыс.", "тысяч", "миллиона")."""
_APPROX = (
    r"(some|about|around|nearly|almost|more than|over|at least|roughly|up to|"
    r"approximately|около|примерно|более|свыше|почти|порядка|приблизительно)"
)
_UNIT_EN = (
    r"(people|residents|inhabitants|islanders|times|islands|islets|troops|"
    r"soldiers|servicemen|families|years|kilometers|kilometres|km|meetings|"
    r"rounds|buildings|dormitories|barracks|percent|per cent|tons|tonnes|"
    r"square kilometers|square kilometres|hectares|ships|aircraft|jets|"
    r"fighters|missiles|visitors|tourists)"
)
_UNIT_RU = (
    r"(человек|жител\w*|раз|остров\w*|военн\w*|сем\w*|лет|км|километр\w*|"
    r"встреч\w*|процент\w*|общежити\w*|казарм\w*|тонн\w*|гектар\w*|"
    r"самол[её]т\w*|кораб\w*|туристов)"
)
_NUMBER = r"(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
_EN = re.compile(
    rf"(?<![\w.,])(?:{_APPROX}\s+)?{_NUMBER}"
    r"(?:\s+(thousand|million|billion))?"
    rf"(?:\s+(?:[a-z-]+\s+)?{_UNIT_EN}\b|\s*(%))",
    re.IGNORECASE,
)
_RU = re.compile(
    rf"(?<![\w.,])(?:{_APPROX}\s+)?{_NUMBER}"
    r"(?:\s+(тыс(?:\.|яч[аи]?)?|млн\.?|миллион\w*|млрд\.?))?"
    rf"(?:\s+{_UNIT_RU}|\s*(%))",
    re.IGNORECASE,
)
_JA_APPROX = "(約|およそ|少なくとも|最大|推定)"
_JA = re.compile(
    _JA_APPROX + r"?(\d[\d,]*(?:\.\d+)?(?:万(?:\d+千)?|千)?|\d+万\d+千)"
    r"(人|回|島|年|キロ|km|棟|家族|世帯|%|トン|隻|機)"
)
_DIGIT = re.compile(r"\d")
_APPROX_LONGEST = max(map(len, _APPROX.strip("()").split("|")))
_JA_LONGEST = max(map(len, _JA_APPROX.strip("()").split("|")))
r"""The longest approximation word before a number (``\s+`` apart in English
and Russian): the first match starts no earlier before the first digit."""
_JA_NUM = re.compile(r"(?:(\d+(?:\.\d+)?)万)?(?:(\d+)千)?(\d+)?")


def _value(token: str, scale: str | None = None) -> float | None:
    cleaned = re.sub(r"[ ,\u00a0\u202f]", "", token)
    if re.fullmatch(r"\d+,\d{1,2}", token):  # a Russian decimal comma: 1,5
        cleaned = token.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if scale:
        word = scale.lower()
        value *= next((f for prefix, f in SCALES if word.startswith(prefix)), 1.0)
    return value


def _ja_value(token: str) -> float | None:
    token = token.replace(",", "")
    if "万" not in token and "千" not in token:
        try:
            return float(token)
        except ValueError:
            return None
    m = _JA_NUM.fullmatch(token)
    if not m:
        return None
    man = float(m[1]) if m[1] else 0.0
    sen, rest = (int(g) if g else 0 for g in m.groups()[1:])
    return man * 10_000 + sen * 1_000 + rest


def _is_year(value: float, unit: str, after: str) -> bool:
    if unit not in ("years", "лет", "年"):
        return False
    return 1800 <= value <= 2100 or (unit == "年" and bool(re.match(r"\d", after)))


def find_figures(sentence: str, lang: str) -> list[dict[str, Any]]:
    """Return the figures with units in a sentence.

    Examples
    --------
    >>> [(f["value"], f["unit"], f["approximate"])
    ...  for f in find_figures("home to some 20,000 people, 25 times", "en")]
    [(20000.0, 'people', True), (25.0, 'times', False)]
    >>> [f["value"] for f in find_figures("約1万7千人の島民", "ja")]
    [17000.0]
    >>> find_figures("the four islands", "en")
    []
    """
    if not isinstance(sentence, str):
        msg = f"find_figures() takes a str, not {type(sentence).__name__}"
        raise InputTypeError(msg)
    if lang not in ("en", "ru", "ja"):
        msg = f"find_figures() reads en, ru or ja, not {lang!r}"
        raise InputError(msg)
    out: list[dict[str, Any]] = []
    digit = _DIGIT.search(sentence)
    if digit is None:  # every figure has one
        return out
    at = digit.start()  # a figure starts at most a few words before it
    if lang == "ja":
        for m in _JA.finditer(sentence, max(0, at - _JA_LONGEST)):
            value = _ja_value(m[2])
            if value is None or _is_year(value, m[3], sentence[m.end() :]):
                continue
            out.append(
                {"text": m[0], "value": value, "unit": m[3], "approximate": bool(m[1])}
            )
        return out
    while at > 0 and sentence[at - 1].isspace():
        at -= 1
    pattern = _RU if lang == "ru" else _EN
    for m in pattern.finditer(sentence, max(0, at - _APPROX_LONGEST)):
        value = _value(m[2], m[3])
        unit = (m[4] or m[5] or "").lower()
        if value is None or _is_year(value, unit, ""):
            continue
        out.append(
            {
                "text": m[0].strip(),
                "value": value,
                "unit": unit,
                "approximate": bool(m[1]),
            }
        )
    return out
