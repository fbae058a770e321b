"""Print rows as an aligned plain-text table (Japanese characters are two cells)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["print_table", "text_or_none", "width"]


def text_or_none(value: object) -> str | None:
    """Return ``value`` if it is a text, else ``None`` (a missing value).

    Examples
    --------
    >>> text_or_none("Итуруп"), text_or_none(float("nan"))
    ('Итуруп', None)
    """
    return value if isinstance(value, str) else None


def width(text: str) -> int:
    """Return the display width in a terminal: wide characters take two cells.

    Examples
    --------
    >>> width("択捉島"), width("Iturup")
    (6, 6)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def print_table(rows: Sequence[dict[str, object]], columns: Sequence[str]) -> None:
    """Print ``rows`` under a header of ``columns``; floats with two decimals.

    Examples
    --------
    >>> print_table([{"id": "iturup", "km2": 3166.6}], ["id", "km2"])
    id      km2
    iturup  3166.60
    """
    cells = [
        [
            ""
            if r[c] is None
            else f"{r[c]:.2f}"
            if isinstance(r[c], float)
            else str(r[c])
            for c in columns
        ]
        for r in rows
    ]
    widths = [
        max([width(c), *(width(row[i]) for row in cells)])
        for i, c in enumerate(columns)
    ]
    for line in [list(columns), *cells]:
        padded = [v + " " * (w - width(v)) for v, w in zip(line, widths, strict=True)]
        print("  ".join(padded).rstrip())
