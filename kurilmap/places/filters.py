"""The checks of a name and of the kind and language filters of a name search."""

from __future__ import annotations

from collections.abc import Sequence

from kurilmap.datasets import PLACE_KINDS
from kurilmap.errors import InputError, InputTypeError
from kurilmap.vocab import as_choice

__all__ = ["MAX_NAME", "NAME_LANGS", "check_name", "name_filters"]

NAME_LANGS = ("en", "ja", "ru", "ain")
"""Languages of place names: kurilmap's three, and Ainu."""

MAX_NAME = 1000
"""Longest name accepted: a place name, not a text (see :func:`find_places`)."""


def check_name(name: object) -> None:
    """Refuse what cannot be a place name: not a text, empty, or a whole text."""
    if not isinstance(name, str):
        msg = f"name must be a string, got {type(name).__name__}: {name!r:.80}"
        raise InputTypeError(msg)
    if not name.strip():
        msg = "the name is empty; give a place name, e.g. 'Etorofu' or '択捉島'"
        raise InputError(msg)
    if len(name) > MAX_NAME:
        msg = (
            f"the name is {len(name):,} characters long (starts {name[:30]!r}); a "
            f"place name has at most {MAX_NAME:,}: use find_places() for a text"
        )
        raise InputError(msg)


def name_filters(
    kind: str | Sequence[str] | None, lang: str | Sequence[str] | None
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """Check the ``kind`` and ``lang`` filters; ``None`` where one is not given."""
    kinds = (
        None if kind is None else frozenset([kind] if isinstance(kind, str) else kind)
    )
    langs = (
        None if lang is None else frozenset([lang] if isinstance(lang, str) else lang)
    )
    if kinds is not None and not kinds <= set(PLACE_KINDS):
        bad = sorted(kinds - set(PLACE_KINDS))
        msg = f"unknown kind {bad}; valid kinds: {', '.join(PLACE_KINDS)}"
        raise InputError(msg)
    valid_langs = set(NAME_LANGS)
    if langs is not None and not langs <= valid_langs:
        for value in sorted(langs - valid_langs):  # names the closest valid one
            as_choice(value, NAME_LANGS, "language")
        bad = sorted(langs - valid_langs)
        msg = f"unknown language {bad}; valid: {', '.join(sorted(valid_langs))}"
        raise InputError(msg)
    return kinds, langs
