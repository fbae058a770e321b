"""Sentences and quotations in English, Russian and Japanese news text."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "st",
        "no",
        "vs",
        "u.s",
        "u.k",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "prof",
        "gov",
        "sen",
        "rep",
        "г",
        "гг",
        "т.е",
        "т.к",
        "ул",
    ]
)
QUOTE_PAIRS = {
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u201e": "\u201c",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    '"': '"',
}
_CLOSERS = "\"'\u201d\u00bb\u300d\u300f)"


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph, with its offsets in the paragraph."""

    text: str
    start: int
    end: int


_OPENERS = re.compile("[" + "".join(QUOTE_PAIRS) + "]")
_STOPS = re.compile(r"[.!?。！？]")


_last: tuple[str, tuple[tuple[int, int], ...]] | None = None
"""The last paragraph :func:`_spans` read and its spans: :func:`sentences`,
:func:`quotations` and the speakers each read a paragraph's quotations."""


def _spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Return the (opening, closing) mark offsets of the top-level quotations.

    A mark that is never closed is not a quotation (it does not hide the rest
    of the paragraph), nor is a straight quote right after a letter or digit
    (6'2", the inch mark). The last paragraph's are kept (held, so the same
    object is the same text).
    """
    global _last  # a one-paragraph cache
    last = _last
    if last is not None and last[0] is paragraph:
        return last[1]
    spans = _find_spans(paragraph)
    _last = (paragraph, spans)
    return spans


def _find_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    last: dict[str, int] = {}  # where each closing mark last stands
    at = _OPENERS.search(paragraph)
    while at is not None:
        i, closer = at.start(), QUOTE_PAIRS[at[0]]
        if closer not in last:
            last[closer] = paragraph.rfind(closer)
        end = paragraph.find(closer, i + 1) if last[closer] > i else -1
        inch = at[0] == '"' and i > 0 and paragraph[i - 1].isalnum()
        if end < 0 or inch:
            at = _OPENERS.search(paragraph, i + 1)
            continue
        out.append((i, end))
        at = _OPENERS.search(paragraph, end + 1)
    return tuple(out)


def sentences(paragraph: str) -> list[Sentence]:
    """Split a paragraph into sentences, never inside a quotation.

    Examples
    --------
    >>> [s.text for s in sentences('"It is hard. Very," he said. Talks go on.')]
    ['"It is hard. Very," he said.', 'Talks go on.']
    >>> [s.text for s in sentences("交渉は続く。「難しい。」と述べた。")]
    ['交渉は続く。', '「難しい。」と述べた。']
    >>> [s.text for s in sentences("A “quote never closed. Kono left.")]
    ['A “quote never closed.', 'Kono left.']
    """
    out: list[Sentence] = []
    spans = _spans(paragraph)
    start, n, quote = 0, len(paragraph), 0
    for stop in _STOPS.finditer(paragraph):
        i = stop.start()
        while quote < len(spans) and spans[quote][1] < i:
            quote += 1
        if i < start or (quote < len(spans) and spans[quote][0] < i):
            continue  # inside a quotation, or among the closers already taken
        j = i + 1
        while j < n and paragraph[j] in _CLOSERS:
            j += 1
        if stop[0] in "。！？":
            out.append(_make(paragraph, start, j))
            start = j
        elif (j >= n or paragraph[j].isspace()) and not _abbreviation(
            paragraph, start, i
        ):
            k = j
            while k < n and paragraph[k].isspace():
                k += 1
            if (
                k >= n
                or paragraph[k].isupper()
                or paragraph[k] in QUOTE_PAIRS
                or paragraph[k].isdigit()
            ):
                out.append(_make(paragraph, start, j))
                start = k
    if start < n and paragraph[start:].strip():
        out.append(_make(paragraph, start, n))
    return [s for s in out if s.text]


def _make(paragraph: str, start: int, end: int) -> Sentence:
    text = paragraph[start:end]
    lead = len(text) - len(text.lstrip())
    return Sentence(text.strip(), start + lead, start + lead + len(text.strip()))


def _abbreviation(paragraph: str, start: int, dot: int) -> bool:
    first = dot
    while first > start and not paragraph[first - 1].isspace():
        first -= 1
    token = paragraph[first:dot].lower().strip("(\"'«“")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


@dataclass(frozen=True)
class Quote:
    """A quotation: its text and where it stands in the paragraph."""

    text: str
    start: int
    end: int  # offsets of the quoted text, marks excluded


def quotations(paragraph: str) -> list[Quote]:
    """Find quotations in any of the quote marks news uses.

    Examples
    --------
    >>> [q.text for q in quotations('«Да», — сказал он. 「はい」と。"Yes," she said.')]
    ['Да', 'はい', 'Yes,']
    >>> [q.text for q in quotations('A 6-foot-2" man, an open « and "a quote".')]
    ['a quote']
    """
    return [
        Quote(paragraph[a + 1 : b], a + 1, b)
        for a, b in _spans(paragraph)
        if paragraph[a + 1 : b].strip()
    ]
