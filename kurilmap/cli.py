"""The ``kurilmap`` command line: a thin front end over the public API.

Every error a user can cause prints one line to stderr and exits with code 2.
Heavy libraries (geopandas, folium) are imported only by the subcommands that
need them, so ``kurilmap --help`` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from kurilmap import __version__
from kurilmap._cli_outputs import add_output_commands
from kurilmap._errors import KurilmapError
from kurilmap._frames import missing, records
from kurilmap._schema import PLACE_KINDS, VIEWS

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n"
        )


def _datasets(_: argparse.Namespace) -> int:
    from kurilmap.datasets import available, info

    for name in available():
        entry = info(name)
        print(f"{name:<16} {entry.kind:<6} {entry.nrows:>5} rows  {entry.license}")
    return 0


def _info(args: argparse.Namespace) -> int:
    from kurilmap.datasets import info, path

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
    from kurilmap.datasets import available, load

    names = args.names or available()
    for name in names:
        frame = load(name)
        print(f"{name}: ok ({len(frame)} rows)")
    return 0


def _geocode(args: argparse.Namespace) -> int:
    import json

    from kurilmap.geocoder import PlaceNotFoundError, geocode

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
        rows.append(
            {
                "query": row["query"],
                "id": row["id"],
                "kind": row["kind"],
                "name_en": row["name_en"],
                "name_ja": _text(row["name_ja"]),
                "name_ru": _text(row["name_ru"]),
                "matched_name": row["matched_name"],
                "lang": row["lang"],
                "score": float(row["score"]),
                "method": row["method"],
                "ambiguous": bool(row["ambiguous"]),
                "candidates": row["candidates"],
                "lon": None if point is None else round(point.x, 6),
                "lat": None if point is None else round(point.y, 6),
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif rows:
        _print_table(
            rows,
            (
                "query",
                "id",
                "kind",
                "name_en",
                "name_ja",
                "name_ru",
                "method",
                "score",
                "candidates",
            ),
        )
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise KurilmapError(missing[0] + more)
    return 0


def _territories(args: argparse.Namespace) -> int:
    import json

    from kurilmap.claims import territories

    frame = territories(args.view, date=args.date, lang=args.lang)
    frame["since"] = frame["since"].dt.strftime("%Y-%m-%d")
    plain = records(frame)
    rows: list[dict[str, object]] = [
        {
            k: _text(r[k])
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
        _print_table(
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
    from kurilmap.claims import check

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
    from kurilmap.scenarios import scenarios

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
    _print_table(rows, columns)
    return 0


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _width(text: str) -> int:
    """Display width in a terminal: East Asian wide characters take two cells."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _print_table(rows: list[dict[str, object]], columns: Sequence[str]) -> None:
    cells = [
        [
            ""
            if r[c] is None
            else f"{r[c]:.2f}"
            if isinstance(r[c], float)
            else str(r[c])
            for c in columns
        ]
        for r in rows
    ]
    widths = [
        max(_width(c), *(_width(row[i]) for row in cells))
        for i, c in enumerate(columns)
    ]
    for line in [list(columns), *cells]:
        padded = [v + " " * (w - _width(v)) for v, w in zip(line, widths, strict=True)]
        print("  ".join(padded).rstrip())


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
    sub = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    sub.required = True

    cmd = sub.add_parser(
        "datasets",
        help="list the shipped datasets",
        description="List the shipped datasets.",
    )
    cmd.set_defaults(run=_datasets)

    cmd = sub.add_parser(
        "info",
        help="describe one dataset",
        description="Describe one dataset: file, licence, "
        "sources, rows, columns and checksum.",
    )
    cmd.add_argument("name", help="dataset name (see: kurilmap datasets)")
    cmd.set_defaults(run=_info)

    cmd = sub.add_parser(
        "validate",
        help="load and check datasets",
        description="Load datasets and check every rule of their "
        "contract; exit 2 naming the file, row and rule that fail.",
    )
    cmd.add_argument(
        "names", nargs="*", metavar="NAME", help="datasets to check (default: all)"
    )
    cmd.set_defaults(run=_validate)

    cmd = sub.add_parser(
        "geocode",
        help="find places by name (en, ja, ru)",
        description="Find places of the dispute by name, in English, Japanese or "
        "Russian, offline; print a table (or JSON). Ambiguous names list their "
        "candidates with scores.",
    )
    cmd.add_argument("names", nargs="+", metavar="NAME", help="place names")
    cmd.add_argument("--kind", choices=PLACE_KINDS, help="keep only this kind")
    cmd.add_argument(
        "--lang", choices=("en", "ja", "ru", "ain"), help="keep only this language"
    )
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(run=_geocode)

    cmd = sub.add_parser(
        "territories",
        help="who holds and claims each territory, in a view, on a day",
        description="Print the status of every territory unit in a point of view "
        "(japan, russia, de_facto, neutral) on a day from 1855 to today.",
    )
    cmd.add_argument("--view", choices=VIEWS, default="de_facto", help="point of view")
    cmd.add_argument("--date", help="ISO date (default: today)")
    cmd.add_argument(
        "--lang",
        choices=("en", "ja", "ru"),
        default="en",
        help="language of names and labels",
    )
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(run=_territories)

    cmd = sub.add_parser(
        "check",
        help="run the political regression table",
        description="Check the expected status of test places in every view "
        "(kurilmap.claims.check); exit 2 on the first failure.",
    )
    cmd.set_defaults(run=_check)

    cmd = sub.add_parser(
        "scenarios",
        help="settlement options: land, people and sea",
        description="Print the settlement scenarios (status quo, two islands, all "
        "four) with land area, residents and the change in sea area.",
    )
    cmd.add_argument(
        "--no-sea", action="store_true", help="skip the sea areas (faster)"
    )
    cmd.set_defaults(run=_scenarios)

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
        0 on success, 2 on any error the user can fix (one line on stderr).

    Examples
    --------
    >>> main(["validate", "areas"])
    areas: ok (65 rows)
    0
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except (KurilmapError, ValueError, TypeError, LookupError) as exc:
        print(f"kurilmap: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kurilmap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
