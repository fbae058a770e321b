"""The contract of every shipped dataset: file, columns, types and rules.

One place says what each dataset holds; the data build (``tools/build_data.py``)
writes files that follow it and :func:`kurilmap.load` checks them against
it. Provenance that changes with the data (checksums, row counts, bounds) lives in
``data/registry.json``, written by the build.
"""

from __future__ import annotations

from kurilmap.datasets.place_contracts import PLACE_CONTRACTS
from kurilmap.datasets.schema import (
    DISPUTED_BOX,
    GSHHG_LICENSE,
    MAP_REGION,
    NAMES,
    NOTE,
    SOURCE,
    TABLE_LICENSE,
    Contract,
    column,
    optional,
)
from kurilmap.vocab import GROUPS, PARTIES, ROLES, STATUSES, VIEWS

__all__ = ["CONTRACTS", "ORDER"]

ORDER = (
    "islands",
    "context",
    "settlements",
    "populations",
    "areas",
    "events",
    "boundaries",
    "gazetteer",
    "place_names",
    "units",
    "claims",
    "claims_checks",
    "zones",
    "people",
    "offices",
    "prewar_villages",
    "sources",
)
"""The datasets in the order the registry lists them."""

_LAND_AND_CLAIMS: tuple[Contract, ...] = (
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
            column("id"),
            column("gshhg_id", description="Polygon id in GSHHG 2.3.7 (level 1)."),
            column("group", choices=GROUPS),
            column("kind", choices=("island", "islet", "rock")),
            column("named", "bool", description="False for rocks with generic labels."),
            *NAMES,
            column("area_km2", "float", description="Geodesic area on WGS84."),
            column("area_gshhg_km2", "float", description="Area stated by GSHHG."),
            optional("area_gsi_km2", "float", "Japanese figure (GSI 2021, [S04])."),
            optional("area_gsi_source"),
            optional("area_ru_km2", "float", "Figure from a Russian-language source."),
            optional("area_ru_source"),
            optional("ref_lat", "float", "Sourced coordinate used to identify it."),
            optional("ref_lon", "float"),
            optional("ref_distance_km", "float", "Reference point to polygon (km)."),
            SOURCE,
            NOTE,
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
            column("id"),
            column("gshhg_id"),
            column(
                "country",
                choices=("Japan", "Russia"),
                description="De-facto (administering) country; undisputed.",
            ),
            column(
                "part_of",
                choices=("hokkaido", "honshu", "kurils", "sakhalin", "kamchatka"),
                description="The landmass or chain it belongs to.",
            ),
            optional("name_en"),
            optional("name_ja"),
            optional("name_ru"),
            column("area_km2", "float", description="Geodesic area (after clipping)."),
            column("clipped", "bool", description="True if cut at the map frame."),
            SOURCE,
            NOTE,
        ),
        geometry_types=("Polygon", "MultiPolygon"),
        region=MAP_REGION,
        no_overlap=True,
    ),
    Contract(
        name="events",
        filename="events.geojson",
        kind="vector",
        description=(
            "Dated timeline 1711 to today: first contacts, treaties, the 1945 "
            "occupation per island, declarations, talks and the events of May "
            "2019, placed where they happened."
        ),
        license=TABLE_LICENSE,
        columns=(
            column("id"),
            column("date", description="ISO date at its precision (YYYY[-MM[-DD]])."),
            column("date_precision", choices=("day", "month", "year")),
            column("start", "date", description="First day the date can mean."),
            column("end", "date", description="Last day (end_date or end of period)."),
            column(
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
            column("title"),
            column("title_ja", description="The title in Japanese (kurilmap's)."),
            column("title_ru", description="The title in Russian (kurilmap's)."),
            column("summary"),
            column("summary_ja", description="The summary in Japanese (kurilmap's)."),
            column("summary_ru", description="The summary in Russian (kurilmap's)."),
            column("place_id", description="';'-separated place ids."),
            column("place_source", description="Sources of the place coordinates."),
            column(
                "place_kind",
                choices=("venue", "subject"),
                description="venue: where it happened; subject: the place it "
                "concerns, where the sources give no venue.",
            ),
            SOURCE,
            NOTE,
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
            column("id"),
            column("name_en"),
            column("name_ja"),
            column("name_ru"),
            column(
                "kind",
                choices=("treaty_boundary", "claim_line", "equidistance_line"),
            ),
            optional("valid_from", "date"),
            optional("valid_to", "date"),
            column("method", description="How the line was drawn from the coastlines."),
            SOURCE,
            NOTE,
        ),
        geometry_types=("LineString", "MultiLineString"),
        region=MAP_REGION,
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
            column("id"),
            column("disputed", "bool", description="Claimed by both sides today."),
            column("name_en_japan", description="English form of Japan's name."),
            column("name_en_russia", description="English form of Russia's name."),
            column("name_ja", description="Japanese name."),
            optional("name_ru", description="Russian name."),
            optional("name_ru_japan", description="Japan's name written in Russian."),
            optional(
                "name_ja_russia", description="Russia's name written in katakana."
            ),
            SOURCE,
            NOTE,
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
            column("unit"),
            column("party", choices=PARTIES),
            column("role", choices=ROLES),
            optional("valid_from", "date", "First day; empty: before 1855."),
            optional("valid_to", "date", "Last day; empty: still valid."),
            optional("basis"),
            optional("event_id", description="The event in `events`."),
            SOURCE,
            NOTE,
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
            column("id"),
            column("place_id", description="A gazetteer place."),
            optional("date", "date", "Empty: today."),
            column("view", choices=(*VIEWS, "all")),
            column("expect_status", required=False, choices=STATUSES),
            column("expect_administered_by", required=False, choices=PARTIES),
            column("expect_claimed_by", required=False, choices=PARTIES),
            optional("expect_label_en", description="Words the English label has."),
            optional("expect_label_ja", description="Words the Japanese label has."),
            optional("expect_label_ru", description="Words the Russian label has."),
            SOURCE,
            NOTE,
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
            column("scenario", choices=("status_quo", "two_islands", "all_four")),
            column("party", choices=PARTIES),
            column("distance_nm", "int"),
            column("area_km2", "float", description="Equal-area (LAEA) area."),
            SOURCE,
            NOTE,
        ),
        geometry_types=("Polygon", "MultiPolygon"),
        region=MAP_REGION,
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
            column("key"),
            optional("title"),
            optional("publisher"),
            optional("url"),
            optional("date"),
            optional("note"),
        ),
        has_source=False,
    ),
)

CONTRACTS: dict[str, Contract] = {
    c.name: c
    for c in sorted(
        (*_LAND_AND_CLAIMS, *PLACE_CONTRACTS), key=lambda c: ORDER.index(c.name)
    )
}
"""Every dataset's contract, by name."""
