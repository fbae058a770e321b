"""Quick tests that rule out a costly pattern before it is tried.

Most sentences cannot hold most rules: a role needs a word such as
"minister" or 首相, a figure a digit. Trying a large regular expression on
every sentence costs far more than looking for the words it needs first.
:func:`may_hold` says whether a text holds one of them, ignoring case exactly
as ``re.IGNORECASE`` does; its ``False`` is certain, so a rule skipped on it
would have found nothing.

Examples
--------
>>> may_hold("The Prime Minister said", ("minister", "mayor"))
True
>>> may_hold("Talks resume next week.", ("minister", "mayor"))
False
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = [
    "FOLDS_APART",
    "Gated",
    "Led",
    "alternatives",
    "at_word_start",
    "keyword_automaton",
    "may_begin",
    "may_hold",
    "script_lang",
    "script_letters",
]

FOLDS_APART = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")
"""Characters ``re.IGNORECASE`` matches to a Latin or Cyrillic letter that
``str.lower`` does not turn into that letter (İ, ı, the long s, the old
Cyrillic letter forms): a text holding one is always tried in full."""


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower case), in any case.

    ``False`` means that no pattern needing one of the words can match,
    with or without ``re.IGNORECASE``.
    """
    if not text.isascii() and FOLDS_APART.search(text):
        return True
    return any(map(text.lower().__contains__, words))


class Gated:
    r"""A compiled pattern tried only on text holding one of ``words``.

    ``words`` (lower case) must be such that every match holds one of them:
    then :meth:`search` finds what ``re.compile(pattern, flags).search`` does.

    Examples
    --------
    >>> caption = Gated(r"^photo\s*:", re.IGNORECASE, words=("photo",))
    >>> caption.search("Photo: Reuters")[0], caption.search("Talks resume.")
    ('Photo:', None)
    """

    def __init__(self, pattern: str, flags: int = 0, *, words: tuple[str, ...]):
        self.pattern = re.compile(pattern, flags)
        self.words = words

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """Return the pattern's first match in ``text``, or ``None``."""
        if not may_hold(text, self.words):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Return an iterator over the pattern's matches in ``text``."""
        if not may_hold(text, self.words):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


class Led:
    r"""A compiled pattern whose every match begins with one of ``words``.

    ``words`` (lower case) must be such that every match of the pattern, in
    lower case, begins with one of them. Then the pattern can only match
    where one of the words stands: :meth:`search`, :meth:`finditer` and
    :meth:`sub` find those places in one pass of an Aho–Corasick automaton
    over the lower-case text and try the pattern there alone, instead of
    at every offset. They return what the compiled pattern's methods of
    the same name return (each match found by ``pattern.match`` at its
    start). A text holding a letter of :data:`FOLDS_APART` is read by the
    pattern itself, in full.

    Examples
    --------
    >>> they = Led(r"\b(?:they|both)\b", re.IGNORECASE, words=("they", "both"))
    >>> they.search("Then THEY met")[0], they.search("Then the other met")
    ('THEY', None)
    >>> [m.span() for m in they.finditer("they, both, bother")]
    [(0, 4), (6, 10)]
    """

    def __init__(
        self, pattern: str | re.Pattern[str], flags: int = 0, *, words: tuple[str, ...]
    ):
        self.pattern = (
            pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
        )
        self.words = words
        self._automaton: Any = None

    def starts(self, text: str) -> list[int] | None:
        """Return the offsets where a match may begin, in order (``None``: any)."""
        if not text.isascii() and FOLDS_APART.search(text):
            return None
        if self._automaton is None:  # built on first use (ahocorasick is lazy)
            self._automaton = keyword_automaton(self.words)
        found = self._automaton.iter(text.lower())
        return sorted({last + 1 - len(word) for last, word in found})

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """Return the pattern's first match in ``text``, or ``None``."""
        starts = self.starts(text)
        if starts is None:
            return self.pattern.search(text, pos, endpos)
        match = self.pattern.match
        for at in starts:
            if pos <= at < endpos and (m := match(text, at, endpos)) is not None:
                return m
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Return an iterator over the pattern's matches in ``text``."""
        starts = self.starts(text)
        if starts is None:
            return self.pattern.finditer(text, pos, endpos)
        return self._matches(text, starts, pos, endpos)

    def _matches(
        self, text: str, starts: list[int], pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        match = self.pattern.match
        for at in starts:
            if pos <= at < endpos and (m := match(text, at, endpos)) is not None:
                yield m  # never empty: it holds a word
                pos = m.end()

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        """Return ``text`` with each match replaced by ``repl(match)``."""
        starts = self.starts(text)
        if starts is None:
            return self.pattern.sub(repl, text)
        parts: list[str] = []
        at = 0
        for m in self._matches(text, starts, 0, len(text)):
            parts += [text[at : m.start()], repl(m)]
            at = m.end()
        return "".join(parts) + text[at:] if parts else text


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")  # UTF-8 of U+0400-U+04FF
_KANA_KANJI = re.compile("[\u3040-\u30ff\u4e00-\u9fff]+")


def script_letters(text: str) -> dict[str, int]:
    r"""Count the letters of ``en``, ``ru`` and ``ja`` text: Latin, Cyrillic, kana.

    The numbers of matches of ``[A-Za-z]``, ``[\u0400-\u04ff]`` and
    ``[\u3040-\u30ff\u4e00-\u9fff]``, counted on the text's UTF-8 bytes (ASCII
    letters; the lead bytes of U+0400-U+04FF, ``\xd0``-``\xd3``) and in runs.

    Examples
    --------
    >>> script_letters("Kono — 河野 — Коно")
    {'en': 4, 'ru': 4, 'ja': 2}
    """
    raw = text.encode("utf-8", "surrogatepass")
    return {
        "en": len(raw) - len(raw.translate(None, _ASCII_LETTERS)),
        "ru": sum(raw.count(lead) for lead in _CYRILLIC_LEADS),
        "ja": sum(map(len, _KANA_KANJI.findall(text))),
    }


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def script_lang(text: str) -> str:
    """Return ``ja`` for a text with kana or kanji, else ``ru`` if Cyrillic, ``en``.

    Examples
    --------
    >>> script_lang("Kono — 河野"), script_lang("Коно"), script_lang("Kono")
    ('ja', 'ru', 'en')
    """
    if text.isascii():  # neither: the common case, without a search
        return "en"
    if _KANA_KANJI.search(text):
        return "ja"
    return "ru" if _CYRILLIC.search(text) else "en"


def alternatives(pattern: str) -> list[str]:
    r"""Split a regular expression at its top-level ``|``.

    Examples
    --------
    >>> alternatives(r"\bfoo(?:a|b)|[|]bar|\|")
    ['\\bfoo(?:a|b)', '[|]bar', '\\|']
    """
    out: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":  # a class: its first member may be "]"
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += 2 if pattern[i : i + 1] == "\\" else 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def at_word_start(pattern: str) -> bool:
    r"""Whether every match of ``pattern`` begins at a word boundary (``\b``).

    True when each of its top-level alternatives begins with ``\b``: then the
    alternation of such patterns, written ``\b(?:…|…)``, tests the boundary
    once per offset instead of once per pattern, and matches the same.

    Examples
    --------
    >>> at_word_start(r"\bforeign\s+minister\b|\btop\s+diplomat\b")
    True
    >>> at_word_start(r"\bforeign|top")
    False
    """
    return all(a.startswith(r"\b") for a in alternatives(pattern))


@functools.lru_cache(maxsize=16)
def keyword_automaton(words: tuple[str, ...]) -> Any:
    """Return an Aho–Corasick automaton over ``words``, built once per process.

    Its ``iter(text)`` yields ``(last, word)`` for every occurrence of every
    word in ``text`` (overlapping ones too), ``last`` the offset of its last
    character, in the order of ``last``: one pass for many ``str.find`` loops.

    Examples
    --------
    >>> list(keyword_automaton(("may", "day")).iter("mayday"))
    [(2, 'may'), (5, 'day')]
    """
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in dict.fromkeys(words):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


try:  # re's own parser, loaded by re; private, so a Python without it...
    _SRE: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - ...tries every rule everywhere, as before
    _SRE = None
_MAYBE = (True, True)


@functools.lru_cache(maxsize=256)
def _parsed(pattern: str) -> Any:
    return _SRE.parse(pattern)


def may_begin(pattern: str, char: str) -> bool:
    r"""Whether a match of ``pattern`` may begin with ``char`` (or be empty).

    Read from the parsed pattern: the characters each of its first items
    may match, looking past items that may match nothing (``\b``, a
    lookaround, an optional group). ``False`` is certain: where ``char``
    stands, ``re.compile(pattern).match`` finds nothing. Whatever the reading
    does not follow (a back-reference, a negated set under ``re.IGNORECASE``,
    a letter that folds to another script) answers ``True``.

    Examples
    --------
    >>> may_begin(r"(?:(?i:in)\s+)?\b\d{4}", "I"), may_begin(r"(?:in\s+)?\d{4}", "x")
    (True, False)
    >>> may_begin(r"(?<!\d)(?:\d+|May)", "5"), may_begin(r"(?<!\d)(?:\d+|May)", "m")
    (True, False)
    """
    if _SRE is None:
        return True
    parsed = _parsed(pattern)
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return True
    found, empty = _begins(parsed, char, bool(parsed.state.flags & re.IGNORECASE))
    return found or empty


def _begins(items: Any, char: str, icase: bool) -> tuple[bool, bool]:
    """Return whether a sequence of parsed items may begin with ``char``, be empty."""
    for op, av in items:
        found, empty = _item(op, av, char, icase)
        if found:
            return True, False
        if not empty:
            return False, False
    return False, True


def _item(op: Any, av: Any, char: str, icase: bool) -> tuple[bool, bool]:
    """Return whether one parsed item may begin with ``char``, and be empty."""
    name = str(op)
    if name == "LITERAL":
        return _same(av, char, icase), False
    if name == "IN":
        return _in_set(av, char, icase), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width: look past it
        return False, True
    if name == "SUBPATTERN":
        _, add, drop, items = av
        if (add | drop) & (re.ASCII | re.LOCALE):
            return _MAYBE
        icase = bool((icase or add & re.IGNORECASE) and not drop & re.IGNORECASE)
        return _begins(items, char, icase)
    if name == "BRANCH":
        answers = [_begins(items, char, icase) for items in av[1]]
        return any(f for f, _ in answers), any(e for _, e in answers)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _, items = av
        found, empty = _begins(items, char, icase)
        return found, empty or least == 0
    if name == "ATOMIC_GROUP":
        return _begins(av, char, icase)
    return _MAYBE  # any character, a back-reference, a conditional group


def _same(code: int, char: str, icase: bool) -> bool:
    if code == ord(char):
        return True
    if not icase:
        return False
    if code < 128 and char.isascii():
        return chr(code).lower() == char.lower()
    return True  # a fold outside ASCII (the Kelvin sign, the long s): maybe


def _in_set(items: Any, char: str, icase: bool) -> bool:
    if items and str(items[0][0]) == "NEGATE":
        return True  # rare in a pattern's first item: maybe
    tests = {char}
    if icase:
        wide = any(
            (str(op) == "LITERAL" and av >= 128)
            or (str(op) == "RANGE" and av[1] >= 128)
            for op, av in items
        )
        if wide or not char.isascii():
            return True
        tests |= {char.lower(), char.upper()}
    return any(_member(op, av, c) for c in tests for op, av in items)


def _member(op: Any, av: Any, char: str) -> bool:
    name = str(op)
    if name == "LITERAL":
        return bool(av == ord(char))
    if name == "RANGE":
        return bool(av[0] <= ord(char) <= av[1])
    if name == "CATEGORY":
        kind = str(av).removeprefix("CATEGORY_").removeprefix("UNI_")
        inside = {
            "DIGIT": char.isdecimal(),
            "SPACE": char.isspace(),
            "WORD": char.isalnum() or char == "_",
        }
        if kind in inside:
            return inside[kind]
        if kind.removeprefix("NOT_") in inside:
            return not inside[kind.removeprefix("NOT_")]
    return True
