"""The ``kurilmap`` command line: a thin front end over the public API.

Every error a user can cause prints one line to stderr and exits with code 2;
any other exception is a bug in kurilmap: one line saying so, exit code 1, and
the traceback with ``--debug`` or ``KURILMAP_DEBUG=1``.
Heavy libraries (geopandas, folium) are imported only by the subcommands that
need them, so ``kurilmap --help`` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from kurilmap._version import __version__
from kurilmap.claims import check, scenarios, territories
from kurilmap.cli.atlas import add_atlas_command
from kurilmap.cli.corpus import add_corpus_commands
from kurilmap.cli.options import add_date, add_json, add_lang, add_view, command
from kurilmap.cli.outputs import add_output_commands
from kurilmap.cli.story import add_story_command
from kurilmap.cli.table import print_table, text_or_none
from kurilmap.datasets import PLACE_KINDS, available, info, load, missing, path, records
from kurilmap.errors import KurilmapError, PlaceNotFoundError
from kurilmap.places import NAME_LANGS, OUTPUT_COLUMNS, geocode

EXIT_USAGE = 2
"""Exit code of an error the user can fix (one line on stderr)."""
EXIT_BUG = 1
"""Exit code of a bug in kurilmap."""


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n"
        )


def _datasets(_: argparse.Namespace) -> int:

    for name in available():
        entry = info(name)
        print(f"{name:<16} {entry.kind:<6} {entry.nrows:>5} rows  {entry.license}")
    return 0


def _info(args: argparse.Namespace) -> int:

    entry = info(args.name)
    print(f"{entry.name}: {entry.description}")
    print(f"  file:     {path(entry.name)}")
    print(f"  kind:     {entry.kind}, {entry.nrows} rows, CRS {entry.crs or 'none'}")
    if entry.geometry_types:
        print(f"  geometry: {', '.join(entry.geometry_types)}; bounds {entry.bounds}")
    print(f"  licence:  {entry.license}")
    print(f"  columns:  {', '.join(entry.columns)}")
    if entry.sources:
        print(f"  sources:  {', '.join(entry.sources)}")
    print(f"  sha256:   {entry.sha256}")
    return 0


def _validate(args: argparse.Namespace) -> int:

    names = args.names or available()
    for name in names:
        frame = load(name)
        print(f"{name}: ok ({len(frame)} rows)")
    return 0


def _geocode(args: argparse.Namespace) -> int:
    import json

    found, missing = [], []
    for name in args.names:
        try:
            found.append(geocode(name, kind=args.kind, lang=args.lang))
        except PlaceNotFoundError as exc:
            missing.append(str(exc))
    rows = []
    for frame in found:
        row = frame.iloc[0]
        geom = row["geometry"]
        point = None if geom is None else geom.representative_point()
        plain = {c: row[c] for c in OUTPUT_COLUMNS if c != "in_region"}
        rows.append(
            plain
            | {
                "name_ja": text_or_none(row["name_ja"]),
                "name_ru": text_or_none(row["name_ru"]),
                "score": float(row["score"]),
                "ambiguous": bool(row["ambiguous"]),
                "lon": None if point is None else round(point.x, 6),
                "lat": None if point is None else round(point.y, 6),
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif rows:
        print_table(rows, (*OUTPUT_COLUMNS[:6], "method", "score", "candidates"))
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise KurilmapError(missing[0] + more)
    return 0


def _territories(args: argparse.Namespace) -> int:
    import json

    frame = territories(args.view, date=args.date, lang=args.lang)
    frame["since"] = frame["since"].dt.strftime("%Y-%m-%d")
    plain = records(frame)
    rows: list[dict[str, object]] = [
        {
            k: text_or_none(r[k])
            for k in (
                "unit",
                "name",
                "status",
                "status_label",
                "administered_by",
                "claimed_by",
                "since",
            )
        }
        for r in plain
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        print_table(
            rows,
            (
                "unit",
                "name",
                "status",
                "administered_by",
                "claimed_by",
                "since",
                "status_label",
            ),
        )
    return 0


def _check(_: argparse.Namespace) -> int:

    result = check()
    failed = result[~result["passed"]]
    print(f"{len(result) - len(failed)} passed, {len(failed)} failed")
    if len(failed):
        first = failed.iloc[0]
        msg = (
            f"claims check {first['id']} ({first['view']}, {first['field']}): "
            f"expected {first['expected']!r}, got {first['got']!r}"
        )
        raise KurilmapError(msg)
    return 0


def _scenarios(args: argparse.Namespace) -> int:

    frame = scenarios(with_sea=not args.no_sea)
    columns = [
        "scenario",
        "area_km2",
        "area_gsi_km2",
        "share_area_gsi",
        "residents",
        "japanese_1945",
    ]
    if not args.no_sea:
        columns += ["sea12_japan_change_km2", "sea200_japan_change_km2"]
    rows: list[dict[str, object]] = [
        {c: None if missing(v) else v for c, v in row.items()}
        for row in records(frame[columns])
    ]
    print_table(rows, columns)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``kurilmap`` command."""
    parser = _Parser(
        prog="kurilmap",
        description="Map, check and teach the Kuril Islands / Northern Territories "
        "dispute from sourced data.",
    )
    parser.add_argument(
        "--version", action="version", version=f"kurilmap {__version__}"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on an internal error, print the traceback (also: KURILMAP_DEBUG=1)",
    )
    sub = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    sub.required = True

    cmd = command(
        sub,
        "datasets",
        _datasets,
        help="list the shipped datasets",
        description="List the shipped datasets.",
    )

    cmd = command(
        sub,
        "info",
        _info,
        help="describe one dataset",
        description="Describe one dataset: file, licence, "
        "sources, rows, columns and checksum.",
    )
    cmd.add_argument("name", help="dataset name (see: kurilmap datasets)")

    cmd = command(
        sub,
        "validate",
        _validate,
        help="load and check datasets",
        description="Load datasets and check every rule of their "
        "contract; exit 2 naming the file, row and rule that fail.",
    )
    cmd.add_argument(
        "names", nargs="*", metavar="NAME", help="datasets to check (default: all)"
    )

    cmd = command(
        sub,
        "geocode",
        _geocode,
        help="find places by name (en, ja, ru)",
        description="Find places of the dispute by name, in English, Japanese or "
        "Russian, offline; print a table (or JSON). Ambiguous names list their "
        "candidates with scores.",
    )
    cmd.add_argument("names", nargs="+", metavar="NAME", help="place names")
    cmd.add_argument("--kind", choices=PLACE_KINDS, help="keep only this kind")
    cmd.add_argument("--lang", choices=NAME_LANGS, help="keep only this language")
    add_json(cmd)

    cmd = command(
        sub,
        "territories",
        _territories,
        help="who holds and claims each territory, in a view, on a day",
        description="Print the status of every territory unit in a point of view "
        "(japan, russia, de_facto, neutral) on a day from 1700 to today.",
    )
    add_view(cmd, default="de_facto")
    add_date(cmd, help="ISO date (default: today)")
    add_lang(cmd)
    add_json(cmd)

    cmd = command(
        sub,
        "check",
        _check,
        help="run the political regression table",
        description="Check the expected status of test places in every view "
        "(kurilmap.claims.check); exit 2 on the first failure.",
    )

    cmd = command(
        sub,
        "scenarios",
        _scenarios,
        help="settlement options: land, people and sea",
        description="Print the settlement scenarios (status quo, two islands, all "
        "four) with land area, residents and the change in sea area.",
    )
    cmd.add_argument(
        "--no-sea", action="store_true", help="skip the sea areas (faster)"
    )

    add_atlas_command(sub)
    add_story_command(sub)
    add_corpus_commands(sub)
    add_output_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kurilmap`` command; return its exit code.

    Parameters
    ----------
    argv
        Arguments without the program name; ``None`` reads ``sys.argv``.

    Returns
    -------
    int
        0 on success; 2 on an error the user can fix (a
        :class:`~kurilmap.errors.KurilmapError` or an ``OSError`` on a path they
        gave: one line on stderr); 1 on a bug in kurilmap (one line saying so,
        and the traceback with ``--debug`` or ``KURILMAP_DEBUG=1``); 130 on
        Ctrl-C.

    Examples
    --------
    >>> main(["validate", "areas"])
    areas: ok (65 rows)
    0
    """
    parser = build_parser()
    debug = os.environ.get("KURILMAP_DEBUG", "") not in ("", "0")
    try:
        args = parser.parse_args(argv)
        debug = debug or args.debug
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except KurilmapError as exc:
        print(f"kurilmap: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kurilmap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BUG
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"kurilmap: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if debug:
            traceback.print_exc()
        print(
            f"kurilmap: internal error, a bug in kurilmap {__version__}: "
            f"{type(exc).__name__}: {exc} (run again with --debug or "
            "KURILMAP_DEBUG=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
