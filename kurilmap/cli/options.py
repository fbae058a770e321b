"""The options several commands share, declared once, checked by the vocabulary.

``--view``, ``--lang`` and ``--date`` take their choices from
:mod:`kurilmap.vocab` and are checked by its checkers, so a bad value gets the
same message (with the closest valid one) as in the Python API.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kurilmap.errors import KurilmapError
from kurilmap.vocab import LANGS, VIEWS, Lang, View, as_date, as_lang, as_view

__all__ = [
    "add_date",
    "add_html_output",
    "add_json",
    "add_lang",
    "add_view",
    "comma_list",
    "command",
    "html_path",
    "output_path",
]

_T = TypeVar("_T")


def _checked(check: Callable[[str], _T], name: str) -> Callable[[str], _T]:
    """Turn a vocabulary checker into an argparse ``type`` with its message."""

    def parse(value: str) -> _T:
        try:
            return check(value)
        except KurilmapError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = name  # argparse names the option's type in some messages
    return parse


def command(
    sub: Any,
    name: str,
    run: Callable[[argparse.Namespace], int],
    *,
    help: str,  # noqa: A002 - argparse's own word
    description: str,
) -> argparse.ArgumentParser:
    """Add a subcommand that runs ``run(args)``; return its parser for options."""
    cmd: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=description
    )
    cmd.set_defaults(run=run)
    return cmd


def _add_choice(
    cmd: argparse.ArgumentParser,
    flag: str,
    check: Callable[[str], str],
    choices: tuple[str, ...],
    *,
    default: str | None,
    help: str,  # noqa: A002
) -> None:
    cmd.add_argument(
        flag,
        type=_checked(check, flag.lstrip("-")),
        default=default,
        metavar="{" + ",".join(choices) + "}",
        help=help if default is None else f"{help} (default: {default})",
    )


def add_view(
    cmd: argparse.ArgumentParser,
    flag: str = "--view",
    *,
    default: View = "neutral",
    help: str = "point of view",  # noqa: A002 - argparse's own word
) -> None:
    """Add a point-of-view option (``japan``, ``russia``, ``de_facto``, ``neutral``)."""
    _add_choice(cmd, flag, as_view, VIEWS, default=default, help=help)


def add_lang(
    cmd: argparse.ArgumentParser,
    *,
    default: Lang | None = "en",
    help: str = "language of names and labels",  # noqa: A002
) -> None:
    """Add a ``--lang`` option (``en``, ``ja``, ``ru``; ``None``: the command picks)."""
    _add_choice(cmd, "--lang", as_lang, LANGS, default=default, help=help)


def add_date(
    cmd: argparse.ArgumentParser,
    *,
    help: str = "ISO date shown (default: today)",  # noqa: A002
) -> None:
    """Add a ``--date`` option, checked against the claims model's range."""
    cmd.add_argument(
        "--date", type=_checked(as_date, "date"), metavar="YYYY-MM-DD", help=help
    )


def add_json(cmd: argparse.ArgumentParser) -> None:
    """Add a ``--json`` flag (print JSON instead of a table)."""
    cmd.add_argument("--json", action="store_true", help="print JSON")


def count(n: int, noun: str, plural: str | None = None) -> str:
    """Return ``"1 chapter"``, ``"1,200 chapters"``: the command line speaks English.

    Examples
    --------
    >>> count(1, "chapter"), count(1200, "mention"), count(2, "data file")
    ('1 chapter', '1,200 mentions', '2 data files')
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def output_path(
    suffixes: tuple[str, ...], *, what: str = "output"
) -> Callable[[str], Path]:
    """Return an argparse type: a file to write, in a folder that exists.

    Its name ends in one of ``suffixes`` (the first is named in messages).
    """

    def check(value: str) -> Path:
        path = Path(value)
        if path.suffix.lower() not in suffixes:
            # read as letters: "an .html file", "a .pdf file"
            a = "an" if suffixes[0][1:2] in tuple("aefhilmnorsx") else "a"
            msg = f"{what} must be {a} {suffixes[0]} file, got {value!r}"
            raise argparse.ArgumentTypeError(msg)
        if path.is_dir():
            ending = suffixes[0]
            msg = f"{what} {value!r} is a folder; give a file name ending in {ending}"
            raise argparse.ArgumentTypeError(msg)
        if not path.parent.is_dir():
            msg = f"the folder of {value!r} does not exist"
            raise argparse.ArgumentTypeError(msg)
        return path

    return check


html_path = output_path((".html", ".htm"))
"""An output path ending in .html whose folder exists."""


def add_html_output(
    cmd: argparse.ArgumentParser, *, default: str | None = None
) -> None:
    """Add ``-o/--output``: the HTML file to write (``default``, if any)."""
    cmd.add_argument(
        "-o",
        "--output",
        type=html_path,
        default=None if default is None else Path(default),
        help="output file" + (f" (default: {default})" if default else ""),
    )


def comma_list(valid: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Return an argparse type: comma-separated names, or ``all``.

    The names themselves are checked by the function the command calls, with
    the vocabulary's messages.
    """

    def parse(value: str) -> list[str]:
        items = [v.strip() for v in value.split(",") if v.strip()]
        return list(valid) if items == ["all"] else items

    return parse
