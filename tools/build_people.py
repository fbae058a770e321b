"""Checks of the people register and its offices that a contract cannot state.

Every term of ``offices`` belongs to a person of ``people`` (not an
institution), starts no later than it ends, and writes its days as
``YYYY-MM-DD`` or, where the sources give no day, ``YYYY-MM``.
"""

from __future__ import annotations

import re

__all__ = ["check_offices"]

_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def check_offices(people: list[dict[str, str]], offices: list[dict[str, str]]) -> None:
    """Raise ``SystemExit`` naming the first term that breaks a rule.

    Examples
    --------
    >>> check_offices([{"id": "a", "kind": "person"}],
    ...               [{"person_id": "a", "start": "2001-02", "end": "2001-02-03"}])
    """
    kinds = {row["id"]: row["kind"] for row in people}
    for number, row in enumerate(offices, start=1):
        where = f"offices.csv row {number} ({row['person_id']})"
        if kinds.get(row["person_id"]) != "person":
            msg = f"{where}: person_id is not a person of people.csv"
            raise SystemExit(msg)
        start, end = row["start"], row.get("end") or ""
        for value in (start, end):
            if value and not _DAY.fullmatch(value):
                msg = f"{where}: {value!r} is not YYYY-MM-DD or YYYY-MM"
                raise SystemExit(msg)
        if end and end < start[: len(end)]:
            msg = f"{where}: ends ({end}) before it starts ({start})"
            raise SystemExit(msg)
