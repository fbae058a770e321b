"""The ``kurilmap corpus`` commands: annotate many articles into a corpus folder.

``kurilmap corpus annotate INPUT... --out DIR`` runs
:func:`kurilmap.annotate_corpus`: in this process, on a ``LocalCluster`` of
``--workers N`` processes, or on a running Dask scheduler (``--scheduler
tcp://host:port``). Bad input (no file matches, ``--out`` is a file, a bad
scheduler address...) is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kurilmap.cli.options import command, count
from kurilmap.news import annotate_corpus

__all__ = ["add_corpus_commands"]


def _annotate(args: argparse.Namespace) -> int:
    articles = annotate_corpus(
        args.inputs,
        args.out,
        workers=args.workers,
        scheduler=args.scheduler,
        shard_size=args.shard_size,
        progress=not args.no_progress,
    )
    status = articles["status"].value_counts()
    shards, reused = articles.attrs["shards"], articles.attrs["reused"]
    print(
        f"wrote {args.out}: {count(len(articles), 'article')} "
        f"({status.get('annotated', 0):,} annotated, "
        f"{count(int(status.get('duplicate', 0)), 'duplicate')}, "
        f"{count(int(status.get('error', 0)), 'error')}), "
        f"{count(int(articles['mentions'].sum()), 'mention')} in "
        f"{count(shards, 'shard')} ({reused:,} already written); "
        f"{count(articles.attrs['errors'], 'input')} in errors.parquet"
    )
    return 0


def add_corpus_commands(sub: Any) -> None:
    """Add the ``corpus`` command and its subcommand ``annotate`` to ``sub``."""
    corpus = sub.add_parser(
        "corpus",
        help="annotate many articles into a corpus folder (resumable, on Dask)",
        description="Work with a corpus: many articles annotated into a folder "
        "of Parquet files (docs/corpus-format.md).",
    )
    inner = corpus.add_subparsers(
        title="corpus commands", dest="corpus_command", metavar="COMMAND"
    )
    inner.required = True
    cmd = command(
        inner,
        "annotate",
        _annotate,
        help="annotate article files and tables of texts into DIR",
        description="Read article files (.txt, .md, saved .html), folders, globs "
        "and CSV/Parquet tables of texts (columns text and optional date, outlet, "
        "url, title, lang), count each article once (same URL or same text), and "
        "write DIR: corpus.json, articles.parquet, errors.parquet and GeoParquet "
        "shards. Every file is written atomically: run it again after a stop and "
        "it goes on where it was; the same inputs give the same bytes.",
    )
    cmd.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders, globs or tables"
    )
    cmd.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="the corpus folder"
    )
    where = cmd.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="start a local Dask cluster of N worker processes (default: one "
        "core, in this process)",
    )
    where.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run on the Dask scheduler at this address",
    )
    cmd.add_argument(
        "--shard-size",
        type=int,
        default=200,
        metavar="N",
        help="articles per shard (default: 200)",
    )
    cmd.add_argument("--no-progress", action="store_true", help="no progress bar")
