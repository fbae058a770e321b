"""Normalise place names so that spellings of one name meet in one key.

Two levels:

- :func:`fold` maps text to a comparable form of the same length, character by
  character: Unicode NFKC, case folding, Latin/Cyrillic diacritics and macrons
  removed (``Etorofu-tō`` → ``etorofu-to``, ``Зелёный`` → ``зеленыи``), every dash
  a hyphen-minus, every apostrophe ``'``. Kana voicing marks are kept (``が`` stays
  ``が``). Because it is one character in, one character out, offsets found in the
  folded text are offsets in the original text.
- :func:`normalise` is the geocoder's key: :func:`fold`, then the island affixes
  (``island(s)``, ``isl.``, ``-tō``, ``-jima``, ``島``, ``остров``, ``о.`` …) and
  all spaces, hyphens, dots and apostrophes removed.

Examples
--------
>>> normalise("Etorofu-tō")
'etorofu'
>>> normalise("Iturup Island") == normalise("iturup")
True
>>> normalise("択捉島")
'択捉'
>>> fold("Ёлка — Tō")
'елка - to'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from kurilmap.errors import InputTypeError

__all__ = ["fold", "normalise", "russian_forms", "script_of"]

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_APOSTROPHES = "\u2018\u2019\u02bc\u02b9\u0060\u00b4"
_KANA = re.compile(r"[\u3040-\u30ff]")


@functools.lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    """Fold one character to exactly one character (or itself)."""
    text = unicodedata.normalize("NFKC", char)
    if text in _DASHES or char in _DASHES:
        return "-"
    if text in _APOSTROPHES or char in _APOSTROPHES:
        return "'"
    if char.isspace() or text.isspace():
        return " "
    if not _KANA.search(text):
        text = "".join(
            c
            for c in unicodedata.normalize("NFD", text)
            if not unicodedata.combining(c)
        )
        text = unicodedata.normalize("NFC", text)
    text = text.casefold()
    return text if len(text) == 1 else char.lower() if len(char.lower()) == 1 else char


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each new character on first sight."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Return ``text`` folded character by character (same length).

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        Lower-case, NFKC, without Latin/Cyrillic diacritics; ``len`` unchanged.

    Examples
    --------
    >>> fold("Южно-Курильск")
    'южно-курильск'
    >>> len(fold("ｲﾄｩﾙｯﾌﾟ")) == len("ｲﾄｩﾙｯﾌﾟ")
    True
    """
    return _checked(text, "fold").translate(_TABLE)


def _checked(text: object, caller: str) -> str:
    """Return ``text`` if it is a str; else name the function and what it got."""
    if not isinstance(text, str):
        msg = f"{caller}() takes a str, not {type(text).__name__}"
        raise InputTypeError(msg)
    return text


# Affixes that mean "island(s)" in the three languages, after folding.
_PREFIXES = re.compile(
    r"^(?:the\s+|island\s+of\s+|islands\s+of\s+|ostrov\s+|ostrova\s+|"
    r"остров[ае]?\s+|острова\s+|о-в[а]?\s+|о\.\s*)"
)
_SUFFIXES = re.compile(
    r"(?:[\s-]+(?:islands?|isl\.?|is\.|islets?|"
    r"gunto|shoto|retto|to|jima|shima|"
    r"остров[ае]?|острова|о-в)|"
    r"(?<=..)(?:群島|諸島|列島|島))$"
)
_GLUE = re.compile(r"[\s\-.'’·・,]+")


def normalise(name: str) -> str:
    """Return the geocoder key of a name.

    Parameters
    ----------
    name
        A place name in any language or script.

    Returns
    -------
    str
        The folded name without island affixes, spaces, hyphens or dots; never
        empty unless the name has no letters at all.

    Examples
    --------
    >>> normalise("  Kunashiri-TO ")
    'kunashiri'
    >>> normalise("о. Шикотан")
    'шикотан'
    >>> normalise("Yuzhno-Kurilsk") == normalise("yuzhno kurilsk")
    True
    >>> normalise("千島")  # one character would remain: the affix is kept
    '千島'
    """
    return _normalise(_checked(name, "normalise"))


@functools.lru_cache(maxsize=262144)
def _normalise(name: str) -> str:
    text = fold(name).strip()
    stripped = _SUFFIXES.sub("", _PREFIXES.sub("", text)).strip()
    key = _GLUE.sub("", stripped)
    return key or _GLUE.sub("", text)


def script_of(name: str) -> str:
    """Return the ISO 15924 script of a name: Latn, Cyrl, Hira, Kana, Hani or Zyyy.

    Examples
    --------
    >>> [script_of(n) for n in ("Iturup", "Итуруп", "えとろふ", "エトロフ", "択捉島")]
    ['Latn', 'Cyrl', 'Hira', 'Kana', 'Hani']
    """
    counts: dict[str, int] = {}
    for char in _checked(name, "script_of"):
        code = ord(char)
        if 0x3040 <= code <= 0x309F:
            script = "Hira"
        elif (
            0x30A0 <= code <= 0x30FF
            or 0x31F0 <= code <= 0x31FF
            or 0xFF66 <= code <= 0xFF9F
        ):
            script = "Kana"
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            script = "Hani"
        elif 0x0400 <= code <= 0x04FF:
            script = "Cyrl"
        elif char.isalpha():
            script = "Latn"
        else:
            continue
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Zyyy"
    return max(sorted(counts), key=lambda s: counts[s])


# Russian declension of place names, for finding them in running text.
_CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
_VELAR_SIBILANT = "кгхжшчщ"
_SIBILANT = "жшчщц"
_ADJECTIVE = {
    # nominative ending: endings of the six cases, hard stems (Курильск-ий)
    "ый": ("ый", "ого", "ому", "ый", "ым", "ом"),
    "ий": ("ий", "ого", "ому", "ий", "ым", "ом"),
    "ой": ("ой", "ого", "ому", "ой", "ым", "ом"),
    "ая": ("ая", "ой", "ой", "ую", "ой|ою", "ой"),
    "ое": ("ое", "ого", "ому", "ое", "ым", "ом"),
    "ые": ("ые", "ых", "ым", "ые", "ыми", "ых"),
    "ие": ("ие", "ых", "ым", "ие", "ыми", "ых"),
}
_SOFT_ADJECTIVE = {
    # soft stems (Син-ий, Нижн-яя, Верхн-ее)
    "ий": ("ий", "его", "ему", "ий", "им", "ем"),
    "яя": ("яя", "ей", "ей", "юю", "ей|ею", "ей"),
    "ее": ("ее", "его", "ему", "ее", "им", "ем"),
    "ие": ("ие", "их", "им", "ие", "ими", "их"),
}
_PLURAL = ("", "|ов|ей", "ам", "", "ами", "ах")
"""Endings of a plural noun after its stem (Курилы: Курил, Курилам …)."""
_PLURAL_IN_A = {"острова": "остров"}
"""Plural nouns in -а, which would otherwise decline as feminine singulars."""


def _adjective(word: str) -> bool:
    """Whether a Russian word of a name is an adjective (Южные, Курильский)."""
    end = word[-2:]
    if len(word) < 4 or (end not in _ADJECTIVE and end not in _SOFT_ADJECTIVE):
        return False
    return end != "ий" or word[-3] in _VELAR_SIBILANT + "н"


def _adjective_endings(word: str) -> tuple[str, ...]:
    """Return the endings of an adjective's six cases, spelt after its stem."""
    end, before = word[-2:], word[-3]
    if (before == "н" and end in _SOFT_ADJECTIVE) or end not in _ADJECTIVE:
        return _SOFT_ADJECTIVE[end]
    if before in _VELAR_SIBILANT:  # ы is spelt и after к, г, х, ж, ш, ч, щ
        return tuple(e.replace("ы", "и") for e in _ADJECTIVE[end])
    return _ADJECTIVE[end]


def _endings(word: str, *, head: bool) -> tuple[str, tuple[str, ...]]:
    """Return (stem, endings of the six cases) of a Russian word of a name.

    A word that does not decline (Токио, Хабомаи, Хоккайдо, a Latin word)
    keeps its form in every case. ``head`` is true for the noun of a name of
    several words (море, гряда), which declines whatever its ending.
    """
    last = word[-1:]
    if not any("а" <= c <= "я" for c in word):
        return word, ("",) * 6
    if _adjective(word):
        return word[:-2], _adjective_endings(word)
    if word in _PLURAL_IN_A:
        return _PLURAL_IN_A[word], ("а", "ов", "ам", "а", "ами", "ах")
    before = word[-2:-1]
    vowels = "аеёиоуыэюя"
    if last in "ыи" and before and before not in vowels + "ь":
        return word[:-1], (last, *_PLURAL[1:3], last, *_PLURAL[4:])
    if last == "а":
        gen = "и" if before in _VELAR_SIBILANT else "ы"
        ins = "ей|ею" if before in _SIBILANT else "ой|ою"
        return word[:-1], ("а", gen, "е", "у", ins, "е")
    if last == "я":
        dat = "ии" if before == "и" else "е"
        return word[:-1], ("я", "и", dat, "ю", "ей|ею", dat)
    if last == "ь":
        return word[:-1], ("ь", "я|и", "ю|и", "ь", "ем|ью", "е|и")
    if last == "й":
        prep = "и" if before == "и" else "е"
        return word[:-1], ("й", "я", "ю", "й", "ем", prep)
    if last in "ое" and (head or word.endswith(("во", "но"))):
        gen = "а" if last == "о" else "я"
        dat = "у" if last == "о" else "ю"
        return word[:-1], (last, gen, dat, last, "ом" if last == "о" else "ем", "е")
    if last in vowels:
        return word, ("",) * 6
    ins = "ом|ем" if last in _SIBILANT else "ом"
    return word, ("", "а", "у", "", ins, "е")


def _case_forms(word: str, *, head: bool) -> list[list[str]]:
    stem, endings = _endings(word, head=head)
    return [[stem + e for e in ending.split("|")] for ending in endings]


def russian_forms(name: str) -> list[str]:
    """Return the case forms of a Russian place name, the name first.

    The leading adjectives and the noun that follows them decline together
    (Малая Курильская гряда → Малой Курильской гряды); words after that noun
    stay as they are (мыс Носаппу → мыса Носаппу, пролив Екатерины → проливе
    Екатерины). A word that does not decline (Токио, Хабомаи) keeps its form.
    Forms that no one writes may appear (a plural's three genitives): they are
    only searched for, never shown.

    Parameters
    ----------
    name
        A place name in Cyrillic (case is kept; endings are lower case).

    Returns
    -------
    list of str
        The name, then its other forms, each once.

    Examples
    --------
    >>> russian_forms("Курильск")
    ['Курильск', 'Курильска', 'Курильску', 'Курильском', 'Курильске']
    >>> "Малой Курильской гряды" in russian_forms("Малая Курильская гряда")
    True
    >>> russian_forms("Токио")
    ['Токио']
    """
    words = name.split(" ")
    lead = 0
    while lead < len(words) - 1 and _adjective(words[lead].casefold()):
        lead += 1
    declined = words[: lead + 1]
    per_word = [
        _case_forms(w, head=len(words) > 1 and i == lead)
        for i, w in enumerate(declined)
    ]
    rest = words[lead + 1 :]
    forms = [name]
    for case in range(len(_CASES)):
        combos: list[list[str]] = [[]]
        for word_forms in per_word:
            combos = [[*c, f] for c in combos for f in word_forms[case]]
        for combo in combos:
            form = " ".join(combo + rest)
            if form not in forms:
                forms.append(form)
    return forms
