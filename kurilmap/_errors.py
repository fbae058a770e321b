"""Exception classes raised by kurilmap.

Each error message names the bad value, what would be valid and, where it helps,
what to do next. The CLI prints ``str(error)`` on one line and exits with code 2.
"""

from __future__ import annotations


class KurilmapError(Exception):
    """Base class of every error kurilmap raises on purpose."""


class DatasetNotFoundError(KurilmapError, LookupError):
    """A dataset name that is not in the registry."""


class DataDirectoryError(KurilmapError, FileNotFoundError):
    """The folder with the shipped data (or its registry) cannot be found."""


class DataValidationError(KurilmapError, ValueError):
    """A data file breaks one of the rules of its dataset.

    Parameters
    ----------
    file
        Name of the file that broke the rule.
    rule
        Short name of the rule (``"geometry-valid"``, ``"source"``, ...).
    detail
        What was wrong and what would be valid.
    row
        1-based record number (feature or CSV data row), or ``None`` when the
        rule concerns the whole file.
    record_id
        The record's ``id`` (or key) when it has one.
    """

    def __init__(
        self,
        file: str,
        rule: str,
        detail: str,
        *,
        row: int | None = None,
        record_id: str | None = None,
    ) -> None:
        self.file = file
        self.rule = rule
        self.detail = detail
        self.row = row
        self.record_id = record_id
        where = file
        if row is not None:
            where += f", row {row}"
            if record_id:
                where += f" (id {record_id!r})"
        super().__init__(f"{where}: rule {rule!r}: {detail}")


class OutputError(KurilmapError, OSError):
    """An output file could not be written; nothing was left behind."""
