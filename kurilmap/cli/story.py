"""The ``kurilmap story`` command: a guided tour of the dispute, or of an article.

Examples
--------
>>> from kurilmap.cli import main
>>> main(["story", "no-such-story.yaml", "-o", "story.html"])
2
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from kurilmap.cli.options import (
    add_html_output,
    add_lang,
    command,
    count,
    output_path,
)
from kurilmap.errors import InputError
from kurilmap.news import Article
from kurilmap.teaching import Story, story, story_from_article

__all__ = ["add_story_command"]


def _story(args: argparse.Namespace) -> int:
    if args.article is not None and args.spec is not None:
        msg = "give a story file or --article, not both"
        raise InputError(msg)
    if args.date is not None and args.article is None:
        msg = "--date is the date of an --article; a story file's chapters carry theirs"
        raise InputError(msg)
    told: Story
    if args.article is not None:
        article = Article.from_file(args.article, date=args.date)
        told = story_from_article(article, lang=args.lang)
    else:
        told = story(args.spec, lang=args.lang or "en")
    told.resolve()  # every chapter checked before anything is written
    written: list[Path] = []
    try:
        if args.pdf is not None:
            written.append(told.save_pdf(args.pdf))
        written.append(told.save(args.output))
    except BaseException:
        for path in written:  # all or nothing: no page without its PDF
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    for path in written:
        print(f"wrote {path} ({path.stat().st_size // 1024:,} KiB)")
    print(f"{count(len(told.chapters), 'chapter')}: {told.heading()}")
    return 0


def add_story_command(sub: Any) -> None:
    """Add ``kurilmap story [SPEC] -o story.html [--pdf story.pdf]``."""
    cmd = command(
        sub,
        "story",
        _story,
        help="a guided tour: chapters that move the map, offline",
        description="Write a story as one offline HTML page: chapter by chapter "
        "the map changes view, date and extent while the text explains. Without "
        "SPEC, the built-in story of the dispute (1711 to today); SPEC is a "
        "YAML or JSON file of chapters (docs/story-format.md); --article tells "
        "an article, one chapter per paragraph naming a place or date.",
    )
    cmd.add_argument(
        "spec", nargs="?", type=Path, metavar="SPEC", help="story file (.yaml, .json)"
    )
    cmd.add_argument(
        "--article", type=Path, help="tell this article (.txt or saved .html)"
    )
    cmd.add_argument("--date", help="the article's ISO date (with --article)")
    add_html_output(cmd, default="kurilmap-story.html")
    cmd.add_argument(
        "--pdf",
        type=output_path((".pdf",), what="--pdf"),
        help="also write one A4 page per chapter, with its static map, to this file",
    )
    add_lang(
        cmd,
        default=None,
        help="language of the page (default: en; with --article, the article's)",
    )
