"""The shape of a dataset contract: columns, kinds, the map region.

One place says what each dataset holds; the data build (``tools/build_data.py``)
writes files that follow it and :func:`kurilmap.datasets.load` checks them against
it. Provenance that changes with the data (checksums, row counts, bounds) lives in
``data/registry.json``, written by the build.
"""

from __future__ import annotations

import dataclasses
from typing import Literal, TypeAlias

__all__ = [
    "DISPUTED_BOX",
    "GSHHG_LICENSE",
    "MAP_REGION",
    "NAMES",
    "NAME_FORMS",
    "NOTE",
    "PLACE_KINDS",
    "SOURCE",
    "TABLE_LICENSE",
    "Column",
    "ColumnKind",
    "Contract",
    "DatasetKind",
    "column",
    "in_region",
    "optional",
]

ColumnKind: TypeAlias = Literal["str", "int", "float", "bool", "date"]
"""How a column's values are stored and typed when loaded."""

DatasetKind: TypeAlias = Literal["vector", "table"]
"""``vector``: GeoJSON loaded as a GeoDataFrame; ``table``: CSV as a DataFrame."""

MAP_REGION = (139.0, 38.0, 158.5, 52.0)
"""(west, south, east, north) of the map: northern Honshu to southern Kamchatka."""


def in_region(lon: float, lat: float) -> bool:
    """Whether a point lies in :data:`MAP_REGION`."""
    west, south, east, north = MAP_REGION
    return bool(west <= lon <= east and south <= lat <= north)


DISPUTED_BOX = (145.3, 43.0, 149.3, 45.8)
"""(west, south, east, north) that holds all four disputed groups."""


PLACE_KINDS = (
    "island",
    "islet",
    "island_group",
    "settlement",
    "prewar_village",
    "district",
    "cape",
    "peninsula",
    "strait",
    "bay",
    "sea",
    "peak",
    "city",
    "region",
)
"""Kinds of gazetteer places."""

NAME_FORMS = (
    "native",
    "variant",
    "hepburn",
    "kana",
    "transliteration",
    "prewar",
    "ainu",
    "historical",
)
"""Forms of a place name in ``place_names``."""


GSHHG_LICENSE = "LGPL-3.0-or-later"
TABLE_LICENSE = "CC-BY-4.0"


@dataclasses.dataclass(frozen=True)
class Column:
    """One column: its name, kind, whether it may be empty, allowed values."""

    name: str
    kind: ColumnKind = "str"
    required: bool = True
    choices: tuple[str, ...] = ()
    description: str = ""


@dataclasses.dataclass(frozen=True)
class Contract:
    """What one dataset must hold for :func:`kurilmap.load` to accept it."""

    name: str
    filename: str
    kind: DatasetKind
    description: str
    license: str
    columns: tuple[Column, ...]
    key: str = "id"
    geometry_types: tuple[str, ...] = ()
    geometry_required: bool = True
    region: tuple[float, float, float, float] | None = None
    no_overlap: bool = False
    has_source: bool = True

    @property
    def column_names(self) -> tuple[str, ...]:
        """Names of the columns, in file order."""
        return tuple(c.name for c in self.columns)


def column(
    name: str,
    kind: ColumnKind = "str",
    *,
    required: bool = True,
    choices: tuple[str, ...] = (),
    description: str = "",
) -> Column:
    """Return a column of a contract (required unless ``required=False``)."""
    return Column(name, kind, required, choices, description)


def optional(name: str, kind: ColumnKind = "str", description: str = "") -> Column:
    """Return a column that may be empty."""
    return Column(name, kind, False, (), description)


SOURCE = column("source", description="Source keys, ';'-separated; see `sources`.")
NOTE = optional("note")
NAMES = (
    column("name_en"),
    column("name_ja", description="Japanese (kanji/kana)."),
    optional("name_ja_kana"),
    optional("name_ja_hepburn", description="Hepburn romanisation."),
    column("name_ru", description="Russian (Cyrillic)."),
    optional("name_ru_translit"),
)
"""Columns many datasets share: the source keys, a note, the names."""
