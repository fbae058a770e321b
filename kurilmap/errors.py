"""Every exception class kurilmap raises on purpose.

The tree::

    KurilmapError
    ├── InputError (ValueError)            a bad argument: what was wrong, what is valid
    │   ├── InputTypeError (TypeError)     an argument of the wrong type
    │   └── StoryError                     a story spec: names the chapter and field
    ├── DatasetNotFoundError (LookupError) a dataset name that is not in the registry
    ├── DataDirectoryError (FileNotFoundError)
    ├── DataValidationError (ValueError)   a data file that breaks its contract
    ├── ArticleError (ValueError)          an article that cannot be read
    ├── PlaceNotFoundError (LookupError)   a name no gazetteer place matches
    ├── OfflineAssetError (RuntimeError)   a map asset that cannot be inlined
    └── OutputError (OSError)              an output that could not be written

Each message names the bad value, what would be valid and, where it helps, what
to do next. The command line prints ``str(error)`` on one line and exits with
code 2; any other exception is a bug in kurilmap (exit 1).

Examples
--------
>>> from kurilmap.errors import InputError, KurilmapError
>>> issubclass(InputError, KurilmapError) and issubclass(InputError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "DataDirectoryError",
    "DataValidationError",
    "DatasetNotFoundError",
    "InputError",
    "InputTypeError",
    "KurilmapError",
    "OfflineAssetError",
    "OutputError",
    "PlaceNotFoundError",
    "StoryError",
]


class KurilmapError(Exception):
    """Base class of every error kurilmap raises on purpose."""


class InputError(KurilmapError, ValueError):
    """An argument a user gave is not valid: the message says what would be."""


class InputTypeError(InputError, TypeError):
    """An argument a user gave has the wrong type."""


class StoryError(InputError):
    """A story's spec is not valid.

    Parameters
    ----------
    chapter
        1-based chapter number, or ``None`` for the story as a whole.
    field
        The field that is wrong (``"view"``, ``"date"``...), or ``None``.
    detail
        What was wrong and what would be valid.
    chapter_id
        The chapter's ``id`` when it has one.

    Examples
    --------
    >>> str(StoryError(3, "view", "unknown view 'japn'", chapter_id="yalta"))
    "chapter 3 ('yalta'), field 'view': unknown view 'japn'"
    """

    def __init__(
        self,
        chapter: int | None,
        field: str | None,
        detail: str,
        *,
        chapter_id: str | None = None,
    ) -> None:
        self.chapter = chapter
        self.field = field
        self.detail = detail
        self.chapter_id = chapter_id
        where = "story" if chapter is None else f"chapter {chapter}"
        if chapter is not None and chapter_id:
            where += f" ({chapter_id!r})"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {detail}")


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


class ArticleError(KurilmapError, ValueError):
    """An article cannot be read: empty, binary, too large or badly encoded."""


class PlaceNotFoundError(KurilmapError, LookupError):
    """No place of the gazetteer matches a name."""


class OfflineAssetError(KurilmapError, RuntimeError):
    """An asset cannot be inlined: unknown, missing or not the pinned file."""


class OutputError(KurilmapError, OSError):
    """An output file could not be written; nothing was left behind."""
