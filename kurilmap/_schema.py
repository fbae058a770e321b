"""The contract of every shipped dataset: file, columns, types and rules.

One place says what each dataset holds; the data build (``tools/build_data.py``)
writes files that follow it and :func:`kurilmap.datasets.load` checks them against
it. Provenance that changes with the data (checksums, row counts, bounds) lives in
``data/registry.json``, written by the build.
"""

from __future__ import annotations

import dataclasses

from kurilmap._typing import ColumnKind, DatasetKind

MAP_REGION = (139.0, 38.0, 158.5, 52.0)
"""(west, south, east, north) of the map: northern Honshu to southern Kamchatka."""


def in_region(lon: float, lat: float) -> bool:
    """Whether a point lies in :data:`MAP_REGION`."""
    west, south, east, north = MAP_REGION
    return bool(west <= lon <= east and south <= lat <= north)


DISPUTED_BOX = (145.3, 43.0, 149.3, 45.8)
"""(west, south, east, north) that holds all four disputed groups."""

GROUPS = ("iturup", "kunashir", "shikotan", "habomai")
"""The four disputed groups, from north-east to south-west."""

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

PARTIES = ("japan", "russia")
"""The parties of the dispute ("russia": Russia, the Soviet Union 1922-1991)."""

ROLES = (
    "sovereign",
    "administers",
    "occupies",
    "claims",
    "renounced",
    "pledged",
    "shared",
)
"""What an assertion in the claims model says a party does with a unit."""

VIEWS = ("japan", "russia", "de_facto", "neutral")
"""Points of view of :func:`kurilmap.territories`."""

STATUSES = (
    "japanese",
    "russian",
    "disputed",
    "japanese_occupied",
    "occupied",
    "renounced",
    "undivided",
    "no_boundary",
)
"""Status codes of a unit in a view."""

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


def _c(
    name: str,
    kind: ColumnKind = "str",
    *,
    required: bool = True,
    choices: tuple[str, ...] = (),
    description: str = "",
) -> Column:
    return Column(name, kind, required, choices, description)


def _opt(name: str, kind: ColumnKind = "str", description: str = "") -> Column:
    return Column(name, kind, False, (), description)


_SOURCE = _c("source", description="Source keys, ';'-separated; see `sources`.")
_NOTE = _opt("note")
_NAMES = (
    _c("name_en"),
    _c("name_ja", description="Japanese (kanji/kana)."),
    _opt("name_ja_kana"),
    _opt("name_ja_hepburn", description="Hepburn romanisation."),
    _c("name_ru", description="Russian (Cyrillic)."),
    _opt("name_ru_translit"),
)

CONTRACTS: dict[str, Contract] = {
    c.name: c
    for c in (
        Contract(
            name="islands",
            filename="islands.geojson",
            kind="vector",
            description=(
                "One polygon per island, islet and rock of the four disputed groups "
                "(GSHHG full-resolution shorelines), with names in three languages, "
                "geodesic area and published areas."
            ),
            license=GSHHG_LICENSE,
            columns=(
                _c("id"),
                _c("gshhg_id", description="Polygon id in GSHHG 2.3.7 (level 1)."),
                _c("group", choices=GROUPS),
                _c("kind", choices=("island", "islet", "rock")),
                _c("named", "bool", description="False for rocks with generic labels."),
                *_NAMES,
                _c("area_km2", "float", description="Geodesic area on WGS84."),
                _c("area_gshhg_km2", "float", description="Area stated by GSHHG."),
                _opt("area_gsi_km2", "float", "Japanese figure (GSI 2021, [S04])."),
                _opt("area_gsi_source"),
                _opt("area_ru_km2", "float", "Figure from a Russian-language source."),
                _opt("area_ru_source"),
                _opt("ref_lat", "float", "Sourced coordinate used to identify it."),
                _opt("ref_lon", "float"),
                _opt("ref_distance_km", "float", "Reference point to polygon (km)."),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Polygon",),
            region=DISPUTED_BOX,
            no_overlap=True,
        ),
        Contract(
            name="context",
            filename="context.geojson",
            kind="vector",
            description=(
                "Land around the disputed islands for an offline basemap and for "
                "distances to the coast: Hokkaido, northern Honshu, the undisputed "
                "Kurils, Sakhalin south of 51.6°N and southern Kamchatka (GSHHG), "
                "with the de-facto country."
            ),
            license=GSHHG_LICENSE,
            columns=(
                _c("id"),
                _c("gshhg_id"),
                _c(
                    "country",
                    choices=("Japan", "Russia"),
                    description="De-facto (administering) country; undisputed.",
                ),
                _c(
                    "part_of",
                    choices=("hokkaido", "honshu", "kurils", "sakhalin", "kamchatka"),
                    description="The landmass or chain it belongs to.",
                ),
                _opt("name_en"),
                _opt("name_ja"),
                _opt("name_ru"),
                _c("area_km2", "float", description="Geodesic area (after clipping)."),
                _c("clipped", "bool", description="True if cut at the map frame."),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Polygon", "MultiPolygon"),
            region=MAP_REGION,
            no_overlap=True,
        ),
        Contract(
            name="settlements",
            filename="settlements.geojson",
            kind="vector",
            description=(
                "Settlements on the four islands with Russian and prewar Japanese "
                "names and census populations (each figure sourced; conflicts in "
                "`populations`). Geometry is empty where no source gives coordinates."
            ),
            license=TABLE_LICENSE,
            columns=(
                _c("id"),
                _c("name_en"),
                _c("name_ru"),
                _opt("name_ru_translit"),
                _opt("name_ja", description="Prewar Japanese name."),
                _opt("name_ja_hepburn"),
                _c("island", choices=GROUPS[:3]),
                _c("district", choices=("kurilsky", "yuzhno-kurilsky")),
                _opt("official", "bool", "On the official list of settlements."),
                _opt("coord_source"),
                _opt("pop_2002", "int", "2002 census, where one figure is sourced."),
                _opt("pop_2002_source"),
                _opt("pop_2010", "int", "2010 census, where one figure is sourced."),
                _opt("pop_2010_source"),
                _opt("pop_2021", "int", "2021 census, where one figure is sourced."),
                _opt("pop_2021_source"),
                _opt("pop_latest", "int", "Most recent figure of any kind."),
                _opt("pop_latest_year", "int"),
                _opt("pop_latest_kind"),
                _opt("pop_latest_source"),
                _c(
                    "pop_conflict",
                    "bool",
                    description="True if sources give different figures for a year.",
                ),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Point",),
            geometry_required=False,
            region=DISPUTED_BOX,
        ),
        Contract(
            name="populations",
            filename="populations.csv",
            kind="table",
            description=(
                "Every population figure by unit, year and kind: the 1945 Japanese "
                "register by prewar village, Russian censuses 2002/2010/2021, "
                "estimates and press figures. Conflicting figures are separate rows."
            ),
            license=TABLE_LICENSE,
            key="",
            columns=(
                _c("unit_id"),
                _c(
                    "unit_kind",
                    choices=(
                        "settlement",
                        "islet",
                        "island",
                        "island_group",
                        "prewar_village",
                        "district",
                        "archipelago",
                        "four_islands",
                    ),
                ),
                _opt("year", "int"),
                _opt("reference_date", "date"),
                _c(
                    "figure_kind",
                    choices=(
                        "census",
                        "estimate",
                        "register_1945",
                        "statistics",
                        "press",
                        "survivors",
                    ),
                ),
                _c("population", "int"),
                _opt("households", "int"),
                _c("approximate", "bool"),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="areas",
            filename="areas.csv",
            kind="table",
            description=(
                "Published land areas (km²) of the islands, islets and groups, "
                "Japanese (GSI) and Russian/other, each with its source and scope."
            ),
            license=TABLE_LICENSE,
            key="",
            columns=(
                _c("id"),
                _c(
                    "scope",
                    choices=(
                        "unspecified",
                        "main_island",
                        "with_islets",
                        "sum_of_listed_islets",
                    ),
                ),
                _c("area_km2", "float"),
                _c("side", choices=("japan", "russia", "other")),
                _c("publisher"),
                _opt("survey"),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="events",
            filename="events.geojson",
            kind="vector",
            description=(
                "Dated timeline 1855 to today: treaties, the 1945 occupation per "
                "island, declarations, talks and the events of May 2019, placed "
                "where they happened."
            ),
            license=TABLE_LICENSE,
            columns=(
                _c("id"),
                _c("date", description="ISO date at its precision (YYYY[-MM[-DD]])."),
                _c("date_precision", choices=("day", "month", "year")),
                _c("start", "date", description="First day the date can mean."),
                _c("end", "date", description="Last day (end_date or end of period)."),
                _c(
                    "kind",
                    choices=(
                        "treaty",
                        "declaration",
                        "agreement",
                        "military",
                        "occupation",
                        "administrative",
                        "meeting",
                        "law",
                        "infrastructure",
                        "statement",
                        "other",
                    ),
                ),
                _c("title"),
                _c("summary"),
                _c("place_id", description="';'-separated place ids."),
                _c("place_source", description="Sources of the place coordinates."),
                _c(
                    "place_kind",
                    choices=("venue", "subject"),
                    description="venue: where it happened; subject: the place it "
                    "concerns, where the sources give no venue.",
                ),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Point", "MultiPoint"),
        ),
        Contract(
            name="boundaries",
            filename="boundaries.geojson",
            kind="vector",
            description=(
                "Historical treaty boundaries and Japan's claim line: Shimoda 1855 "
                "(Iturup-Urup strait), Saint Petersburg 1875 (Shumshu-Kamchatka "
                "strait), Portsmouth 1905 (50°N on Sakhalin), each with its period."
            ),
            license=GSHHG_LICENSE,
            columns=(
                _c("id"),
                _c("name_en"),
                _c("name_ja"),
                _c("name_ru"),
                _c(
                    "kind",
                    choices=("treaty_boundary", "claim_line", "equidistance_line"),
                ),
                _opt("valid_from", "date"),
                _opt("valid_to", "date"),
                _c("method", description="How the line was drawn from the coastlines."),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("LineString", "MultiLineString"),
            region=MAP_REGION,
        ),
        Contract(
            name="gazetteer",
            filename="gazetteer.geojson",
            kind="vector",
            description=(
                "Every place the dispute's texts name: islands and islets, island "
                "groups (a group is the union of its members), settlements, prewar "
                "villages, capes, straits, bays, seas, peaks, regions and the cities "
                "where the dispute is negotiated. Names are in `place_names`."
            ),
            license=GSHHG_LICENSE,
            columns=(
                _c("id"),
                _c("kind", choices=PLACE_KINDS),
                _c("name_en"),
                _opt("name_ja"),
                _opt("name_ru"),
                _c("in_region", "bool", description="Inside the map region."),
                _opt("located_in", description="Id of the place that contains it."),
                _opt("members", description="';'-separated ids of a group's members."),
                _c("geometry_method", description="How the geometry was made."),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Point", "Polygon", "MultiPolygon"),
            geometry_required=False,
        ),
        Contract(
            name="place_names",
            filename="place_names.csv",
            kind="table",
            description=(
                "Every name of every gazetteer place: language, script, form (native, "
                "variant, Hepburn, transliteration, prewar, Ainu, historical), whose "
                "usage it is, and a weight below 1 for a secondary sense."
            ),
            license=TABLE_LICENSE,
            key="",
            columns=(
                _c("place_id"),
                _c("name"),
                _c("lang", choices=("en", "ja", "ru", "ain")),
                _c("script", choices=("Latn", "Cyrl", "Hani", "Hira", "Kana")),
                _c("form", choices=NAME_FORMS),
                _c("usage", choices=("neutral", "japan", "russia", "historical")),
                _c("weight", "float", description="1 for the main sense of a name."),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="units",
            filename="units.geojson",
            kind="vector",
            description=(
                "Territory units of the claims model: each disputed group and the "
                "undisputed neighbours (Hokkaido, northern Honshu, the Kurils from "
                "Urup to Shumshu, Sakhalin south and north of 50°N, Kamchatka), with "
                "the name each side uses."
            ),
            license=GSHHG_LICENSE,
            columns=(
                _c("id"),
                _c("disputed", "bool", description="Claimed by both sides today."),
                _c("name_en_japan", description="English form of Japan's name."),
                _c("name_en_russia", description="English form of Russia's name."),
                _c("name_ja", description="Japanese name."),
                _opt("name_ru", description="Russian name."),
                _opt("name_ru_japan", description="Japan's name written in Russian."),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Polygon", "MultiPolygon"),
            region=MAP_REGION,
            no_overlap=True,
        ),
        Contract(
            name="claims",
            filename="claims.csv",
            kind="table",
            description=(
                "The claims model: who holds, occupies, claims, renounced or pledged "
                "each unit, from when to when, on what basis, with the event and "
                "the sources."
            ),
            license=TABLE_LICENSE,
            key="",
            columns=(
                _c("unit"),
                _c("party", choices=PARTIES),
                _c("role", choices=ROLES),
                _opt("valid_from", "date", "First day; empty: before 1855."),
                _opt("valid_to", "date", "Last day; empty: still valid."),
                _opt("basis"),
                _opt("event_id", description="The event in `events`."),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="claims_checks",
            filename="claims_checks.csv",
            kind="table",
            description=(
                "Political regression table: places with the status, administrator "
                "and claimant expected in each view at a date, run by "
                "kurilmap.claims.check()."
            ),
            license=TABLE_LICENSE,
            columns=(
                _c("id"),
                _c("place_id", description="A gazetteer place."),
                _opt("date", "date", "Empty: today."),
                _c("view", choices=(*VIEWS, "all")),
                _c("expect_status", required=False, choices=STATUSES),
                _c("expect_administered_by", required=False, choices=PARTIES),
                _c("expect_claimed_by", required=False, choices=PARTIES),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="zones",
            filename="zones.geojson",
            kind="vector",
            description=(
                "Each side's sea within 12 and 200 nautical miles of its coast under "
                "each settlement scenario, split by equidistance and clipped to 200 "
                "nm around the four islands (computed by kurilmap.maritime)."
            ),
            license=GSHHG_LICENSE,
            key="",
            columns=(
                _c("scenario", choices=("status_quo", "two_islands", "all_four")),
                _c("party", choices=PARTIES),
                _c("distance_nm", "int"),
                _c("area_km2", "float", description="Equal-area (LAEA) area."),
                _SOURCE,
                _NOTE,
            ),
            geometry_types=("Polygon", "MultiPolygon"),
            region=MAP_REGION,
        ),
        Contract(
            name="people",
            filename="people.csv",
            kind="table",
            description=(
                "People quoted in news about the dispute, with their names in "
                "English, Russian and Japanese and their roles, to attribute "
                "quotations by surname."
            ),
            license=TABLE_LICENSE,
            columns=(
                _c("id"),
                _c("name_en"),
                _c("surname_en"),
                _opt("name_ru"),
                _opt("surname_ru"),
                _opt("name_ja"),
                _opt("surname_ja"),
                _opt("surname_ja_kana"),
                _c("country", choices=PARTIES),
                _c("role_en"),
                _opt("role_ru"),
                _opt("role_ja"),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="prewar_villages",
            filename="prewar_villages.csv",
            kind="table",
            description="Japanese prewar villages (村) of the four islands.",
            license=TABLE_LICENSE,
            columns=(
                _c("id"),
                _c("name_ja"),
                _c("name_ja_hepburn"),
                _c("island", choices=GROUPS),
                _opt("gun_ja"),
                _opt("gun_hepburn"),
                _SOURCE,
                _NOTE,
            ),
        ),
        Contract(
            name="sources",
            filename="sources.csv",
            kind="table",
            description="The sources behind every `source` key: title, publisher, "
            "address, date.",
            license=TABLE_LICENSE,
            key="key",
            columns=(
                _c("key"),
                _opt("title"),
                _opt("publisher"),
                _opt("url"),
                _opt("date"),
                _opt("note"),
            ),
            has_source=False,
        ),
    )
}
