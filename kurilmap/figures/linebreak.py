"""Japanese line breaking (JIS X 4051 kinsoku) for the figures and the handout.

No line starts with closing punctuation, a small kana or a prolonged sound
mark, and none ends with an opening bracket; the same for the Latin brackets
and stops. A run of Latin letters, digits and their signs (``16,668``,
``[S03;S04]``, ``1805``) is not cut: JIS X 4051 keeps them whole.
:func:`wrap_chars` wraps by a number of characters (the static figure's legend
and caption); :mod:`kurilmap.figures.handout_page` wraps by drawn width.
"""

from __future__ import annotations

import textwrap

__all__ = ["NO_BREAK_AFTER", "NO_BREAK_BEFORE", "WIDOW", "may_break", "wrap_chars"]

NO_BREAK_BEFORE = frozenset(
    "。、，．・：；？！ー〜～ゝゞヽヾ々"
    "）」』］｝〕〉》】〙〗"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "!?.,;:)]}%"
)
NO_BREAK_AFTER = frozenset("（「『［｛〔〈《【〘〖([{")
WIDOW = 2
"""A last line of this many characters or fewer takes some of the line above."""


def may_break(before: str, after: str) -> bool:
    """Return whether a line may end with ``before`` and the next start with ``after``.

    Examples
    --------
    >>> may_break("場", "）"), may_break("島", "の"), may_break("20", "16")
    (False, True, False)
    """
    last, first = before[-1], after[0]
    if last.isascii() and first.isascii() and not (last.isspace() or first.isspace()):
        return False  # inside 2016, 16,668 or [S03;S04]
    return not (after.isspace() or first in NO_BREAK_BEFORE or last in NO_BREAK_AFTER)


def wrap_chars(text: str, width: int, *, cjk: bool) -> list[str]:
    """Wrap ``text`` in lines of at most about ``width`` characters.

    Latin and Cyrillic text breaks at spaces (:func:`textwrap.wrap`); Japanese
    (``cjk=True``) between any two characters kinsoku allows, and a last line
    of :data:`WIDOW` characters or fewer takes characters from the line above.

    Examples
    --------
    >>> wrap_chars("日本固有の領土、ソ連が占拠（日本の立場）", 18, cjk=True)
    ['日本固有の領土、ソ連が占拠（日本の', '立場）']
    """
    if not cjk:
        return textwrap.wrap(text, width)
    lines: list[str] = []
    line = ""
    for char in text:
        if len(line) < width or not line:
            line += char
            continue
        cut = len(line)
        while cut > 0 and not may_break(line[cut - 1], (line + char)[cut]):
            cut -= 1
        if cut == 0:  # nowhere to break: the line runs over
            line += char
            continue
        lines.append(line[:cut])
        line = line[cut:] + char
    if line:
        lines.append(line)
    if len(lines) >= 2 and len(lines[-1].strip()) <= WIDOW:
        head, tail = lines[-2], lines[-1]
        for cut in range(len(head) - 1, 0, -1):
            moved = head[cut:] + tail
            if len(moved) > WIDOW and may_break(head[cut - 1], head[cut]):
                lines[-2:] = [head[:cut], moved]
                break
    return [x.strip() for x in lines]
