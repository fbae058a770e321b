"""The ``kurilmap`` commands that write files: map, compare, annotate, bundle.

Each handler takes the parsed arguments and returns the exit code; the errors
users can cause are raised as exceptions that :func:`kurilmap.cli.commands` prints
as one line (exit code 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kurilmap.cli.options import (
    add_date,
    add_html_output,
    add_lang,
    add_view,
    comma_list,
    command,
    count,
)
from kurilmap.cli.table import print_table
from kurilmap.datasets import missing, records
from kurilmap.errors import InputError
from kurilmap.maps import LAYERS, compare_map, make_map, save_html, views_map
from kurilmap.news import Article, annotate, quotes, timeline
from kurilmap.teaching import bundle
from kurilmap.vocab import LANGS, VIEWS, as_langs


def _map(args: argparse.Namespace) -> int:

    layers = LAYERS if args.layers is None else tuple(args.layers.split(","))
    if args.all_views and args.tiles is not None:
        msg = "--all-views makes an offline file; it cannot use --tiles"
        raise InputError(msg)
    if args.all_views:
        m = views_map(args.view, lang=args.lang, date=args.date, layers=layers)
        what = f"every view, opens on {args.view}"
    else:
        m = make_map(
            args.view, lang=args.lang, date=args.date, layers=layers, tiles=args.tiles
        )
        what = f"{args.view} view"
    path = save_html(m, args.output, offline=args.tiles is None)
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB, {what})")
    return 0


def _compare(args: argparse.Namespace) -> int:

    page = compare_map(args.left, args.right, lang=args.lang, date=args.date)
    path = save_html(page, args.output)
    print(
        f"wrote {path} ({path.stat().st_size // 1024} KiB, {args.left} | {args.right})"
    )
    return 0


def _annotate(args: argparse.Namespace) -> int:
    if args.output is not None and args.show is not None:
        msg = f"--show {args.show} lists on the screen; with -o the map shows it all"
        raise InputError(msg)
    article = Article.from_file(
        args.article, date=args.date, outlet=args.outlet, encoding=args.encoding
    )
    rows = annotate(article)
    if article.date is None:
        print(
            "kurilmap: note: no date in the article or its file name; relative "
            "dates stay unresolved and no event is linked (pass --date)",
            file=sys.stderr,
        )
    if args.output is None and args.show == "timeline":
        dated = timeline(article)
        print_table(
            [
                {
                    "¶": int(r["paragraph"]) + 1,
                    "date": r["text"],
                    "from": r["start"],
                    "to": r["end"],
                    "tense": r["tense"],
                    "places": ", ".join(r["places"]),
                }
                for r in records(dated)
            ],
            ["¶", "date", "from", "to", "tense", "places"],
        )
        return 0
    if args.output is None and args.show == "quotes":
        said = quotes(article)
        print_table(
            [
                {
                    "¶": int(r["paragraph"]) + 1,
                    "kind": r["kind"],
                    "speaker": _speaker(r),
                    "text": r["text"] if len(r["text"]) <= 60 else r["text"][:59] + "…",
                }
                for r in records(said)
            ],
            ["¶", "kind", "speaker", "text"],
        )
        return 0
    if args.output is None:
        table = [
            {
                "¶": int(r["paragraph"]) + 1,
                "place": r["place_id"],
                "mention": r["mention"] or f"({r['match']})",
                "quotes": "; ".join(str(q["speaker"] or "?") for q in r["quotes"]),
                "dates": "; ".join(f"{d['text']}={d['start']}" for d in r["dates"]),
                "events": len(r["events"]),
            }
            for r in records(rows)
        ]
        print_table(table, ["¶", "place", "mention", "quotes", "dates", "events"])
        return 0

    m = make_map(args.view, lang=args.lang, article=article)
    path = save_html(m, args.output)
    places = rows["place_id"].nunique()
    print(
        f"wrote {path} ({path.stat().st_size // 1024:,} KiB, "
        f"{count(len(rows), 'annotation')}, {count(places, 'place')})"
    )
    return 0


def _bundle(args: argparse.Namespace) -> int:

    views = None if args.view is None else [v for group in args.view for v in group]
    langs = (
        ("en",) if args.lang is None else as_langs([v for g in args.lang for v in g])
    )
    manifest = bundle(
        args.outdir,
        views=views,
        langs=langs,
        date=args.date,
        force=args.force,
        progress=not args.quiet,
    )
    size = int(manifest["bytes"].sum()) / 2**20
    counts = manifest["kind"].value_counts()
    print(
        f"wrote {args.outdir}: {len(manifest) + 1} files, {size:.1f} MiB "
        f"({count(counts.get('map', 0), 'map')}, "
        f"{count(counts.get('figure', 0), 'figure')}, "
        f"{count(counts.get('handout', 0), 'handout')}, "
        f"{count(counts.get('data', 0), 'data file')}); "
        "open index.html"
    )
    return 0


def add_output_commands(sub: Any) -> None:
    """Add the map, compare, annotate and bundle commands to ``sub``."""
    cmd = command(
        sub,
        "map",
        _map,
        help="render the interactive map to one offline HTML file",
        description="Render the map of the islands in one view and language, on "
        "one day, to a standalone HTML file that works offline (written atomically).",
    )
    add_html_output(cmd, default="kurilmap.html")
    add_view(cmd)
    add_lang(cmd)
    add_date(cmd, help="ISO date shown first (default: today)")
    cmd.add_argument("--layers", help="comma-separated layers (default: all)")
    cmd.add_argument(
        "--tiles",
        help="online tiles by xyzservices name (the file then needs the network)",
    )
    cmd.add_argument(
        "--all-views",
        action="store_true",
        help="one file in which the reader switches view and language (the URL "
        "hash keeps view, language and date); --view and --lang choose the first",
    )

    cmd = command(
        sub,
        "compare",
        _compare,
        help="two views side by side in one offline HTML file",
        description="Render two synced maps side by side (default: Japan's view "
        "and Russia's view), each with its own legend.",
    )
    add_html_output(cmd, default="kurilmap-compare.html")
    add_view(cmd, "--left", default="japan", help="view on the left")
    add_view(cmd, "--right", default="russia", help="view on the right")
    add_lang(cmd)
    add_date(cmd, help="ISO date shown first (default: today)")

    cmd = command(
        sub,
        "annotate",
        _annotate,
        help="read a news article and put what it says on the map",
        description="Read an article (.txt or saved .html, English, Russian or "
        "Japanese) and list the places it names with their sentences, quotes and "
        "dates; with -o, write the offline map with the article beside it.",
    )
    cmd.add_argument("article", type=Path, help="article file (.txt, .html)")
    cmd.add_argument(
        "--date", help="the article's ISO date (default: from the text or file name)"
    )
    cmd.add_argument("--outlet", help="the outlet that published it")
    cmd.add_argument(
        "--encoding", help="text encoding if not UTF-8 (e.g. cp1251, shift_jis)"
    )
    cmd.add_argument(
        "--show",
        choices=("places", "timeline", "quotes"),
        help="what to list without -o: the places (default), every dated "
        "statement, or the quotations with their speakers and the quoted terms",
    )
    add_html_output(cmd)
    add_view(cmd)
    add_lang(cmd, help="map language")

    cmd = command(
        sub,
        "bundle",
        _bundle,
        help="write maps, figures, handout and data for a class or a newsroom",
        description="Write into OUTDIR the offline HTML maps (each view and the "
        "Japan | Russia comparison), PNG and PDF figures, a one-page printable "
        "handout (PDF), the territories of each view as GeoJSON, settlements.csv, "
        "sources.csv, index.html and manifest.csv. The folder appears only when "
        "complete; the same arguments give the same bytes.",
    )
    cmd.add_argument("outdir", help="folder to create (new or empty)")
    cmd.add_argument(
        "--view",
        action="append",
        type=comma_list(VIEWS),
        help="views, comma-separated or repeated (default: all)",
    )
    cmd.add_argument(
        "--lang",
        action="append",
        type=comma_list(LANGS),
        help="languages, comma-separated or repeated (default: en)",
    )
    add_date(cmd)
    cmd.add_argument(
        "--force", action="store_true", help="replace an earlier bundle in OUTDIR"
    )
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def _speaker(row: dict[str, object]) -> str:
    """Return a quotation's speaker id, else its name as written, else ``?``."""
    found = (row[k] for k in ("speaker_id", "speaker") if not missing(row[k]))
    return str(next(found, "?"))
