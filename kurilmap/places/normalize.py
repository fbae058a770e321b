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

__all__ = ["fold", "normalise", "script_of"]

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
    return text.translate(_TABLE)


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


@functools.lru_cache(maxsize=262144)
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
    for char in name:
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
