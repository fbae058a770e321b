"""The ``kurilmap atlas`` command: a corpus directory as one offline map.

Examples
--------
>>> from kurilmap.cli import main
>>> main(["atlas", "no/such/corpus", "-o", "atlas.html"])
2
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kurilmap.cli.options import add_html_output, add_lang, command, count
from kurilmap.maps import atlas, save_html
from kurilmap.news import read_corpus

__all__ = ["add_atlas_command"]


def _atlas(args: argparse.Namespace) -> int:

    corpus = read_corpus(args.corpus)
    path = save_html(atlas(corpus, lang=args.lang), args.output)
    annotated = int((corpus.articles["status"] == "annotated").sum())
    print(
        f"wrote {path} ({path.stat().st_size // 1024:,} KiB, "
        f"{count(annotated, 'article')}, {count(len(corpus.mentions), 'mention')})"
    )
    return 0


def add_atlas_command(sub: Any) -> None:
    """Add ``kurilmap atlas DIR -o atlas.html [--lang ..]`` to the subcommands."""
    cmd = command(
        sub,
        "atlas",
        _atlas,
        help="a corpus of news on one offline map",
        description="Draw a corpus directory (written by kurilmap corpus "
        "annotate) as one offline HTML map: places sized by mentions, a slider "
        "over the months, filters by language and outlet, each place's articles.",
    )
    cmd.add_argument("corpus", type=Path, metavar="DIR", help="the corpus directory")
    add_html_output(cmd, default="kurilmap-atlas.html")
    add_lang(cmd, help="language of the page and the place names")
