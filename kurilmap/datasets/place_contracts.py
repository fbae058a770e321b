"""The contracts of the datasets about places and people.

Settlements, populations, areas, the gazetteer and its names, people and the
prewar villages; the other contracts are in :mod:`kurilmap.datasets.contracts`.
"""

from __future__ import annotations

from kurilmap.datasets.schema import (
    DISPUTED_BOX,
    GSHHG_LICENSE,
    NAME_FORMS,
    NOTE,
    PLACE_KINDS,
    SOURCE,
    TABLE_LICENSE,
    Contract,
    column,
    optional,
)
from kurilmap.vocab import GROUPS, PARTIES

__all__ = ["OFFICES", "PLACE_CONTRACTS"]

OFFICES = (
    "japan-prime-minister",
    "japan-foreign-minister",
    "japan-chief-cabinet-secretary",
    "japan-defence-minister",
    "japan-northern-territories-minister",
    "japan-mofa-press-secretary",
    "japan-mofa-europe-director-general",
    "japan-joint-staff-chief",
    "japan-representative",
    "hokkaido-governor",
    "nemuro-mayor",
    "islanders-league-president",
    "islanders-league-branch-head",
    "russia-president",
    "russia-prime-minister",
    "russia-deputy-prime-minister",
    "russia-foreign-minister",
    "russia-deputy-foreign-minister",
    "russia-defence-minister",
    "russia-kremlin-press-secretary",
    "russia-mfa-spokesperson",
    "russia-eastern-district-commander",
    "sakhalin-governor",
    "sakhalin-visa-free-commission-chair",
    "yuzhno-kurilsky-head",
    "ussr-foreign-minister",
)
"""The offices of ``offices``: ``<country or region>-<office>``."""

PLACE_CONTRACTS: tuple[Contract, ...] = (
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
            column("id"),
            column("name_en"),
            column("name_ru"),
            optional("name_ru_translit"),
            optional("name_ja", description="Prewar Japanese name."),
            optional("name_ja_hepburn"),
            optional("name_ru_japan", description="The Japanese name in Cyrillic."),
            optional("name_ja_russia", description="The Russian name in katakana."),
            optional("known_from", "date", "First sourced day it existed."),
            optional("named_from", "date", "Day its Russian name was given."),
            optional("time_source", description="Sources of the four columns before."),
            optional("time_note"),
            column("island", choices=GROUPS[:3]),
            column("district", choices=("kurilsky", "yuzhno-kurilsky")),
            optional("official", "bool", "On the official list of settlements."),
            optional("coord_source"),
            optional("pop_2002", "int", "2002 census, where one figure is sourced."),
            optional("pop_2002_source"),
            optional("pop_2010", "int", "2010 census, where one figure is sourced."),
            optional("pop_2010_source"),
            optional("pop_2021", "int", "2021 census, where one figure is sourced."),
            optional("pop_2021_source"),
            optional("pop_latest", "int", "Most recent figure of any kind."),
            optional("pop_latest_year", "int"),
            optional("pop_latest_kind"),
            optional("pop_latest_source"),
            column(
                "pop_conflict",
                "bool",
                description="True if sources give different figures for a year.",
            ),
            SOURCE,
            NOTE,
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
            column("unit_id"),
            column(
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
            optional("year", "int"),
            optional("reference_date", "date"),
            column(
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
            column("population", "int"),
            optional("households", "int"),
            column("approximate", "bool"),
            SOURCE,
            NOTE,
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
            column("id"),
            column(
                "scope",
                choices=(
                    "unspecified",
                    "main_island",
                    "with_islets",
                    "sum_of_listed_islets",
                ),
            ),
            column("area_km2", "float"),
            column("side", choices=("japan", "russia", "other")),
            column("publisher"),
            optional("survey"),
            SOURCE,
            NOTE,
        ),
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
            column("id"),
            column("kind", choices=PLACE_KINDS),
            column("name_en"),
            optional("name_ja"),
            optional("name_ru"),
            column("in_region", "bool", description="Inside the map region."),
            optional("located_in", description="Id of the place that contains it."),
            optional("members", description="';'-separated ids of a group's members."),
            column("geometry_method", description="How the geometry was made."),
            SOURCE,
            NOTE,
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
            column("place_id"),
            column("name"),
            column("lang", choices=("en", "ja", "ru", "ain")),
            column("script", choices=("Latn", "Cyrl", "Hani", "Hira", "Kana")),
            column("form", choices=NAME_FORMS),
            column("usage", choices=("neutral", "japan", "russia", "historical")),
            column("weight", "float", description="1 for the main sense of a name."),
            SOURCE,
            NOTE,
        ),
    ),
    Contract(
        name="people",
        filename="people.csv",
        kind="table",
        description=(
            "People (and the few institutions) quoted in news about the "
            "dispute, with their names in English, Russian and Japanese and "
            "their best-known role, to attribute quotations; the offices they "
            "held, with dates, are in `offices`."
        ),
        license=TABLE_LICENSE,
        columns=(
            column("id"),
            column(
                "kind",
                choices=("person", "institution"),
                description="An institution's 'surname' is its short name.",
            ),
            column("name_en"),
            column("surname_en"),
            optional("name_ru"),
            optional("surname_ru"),
            optional("name_ja"),
            optional("surname_ja"),
            optional("surname_ja_kana"),
            column("country", choices=PARTIES),
            column("role_en"),
            optional("role_ru"),
            optional("role_ja"),
            optional(
                "aliases",
                description="Other written forms, ';'-separated (any script).",
            ),
            SOURCE,
            NOTE,
        ),
    ),
    Contract(
        name="offices",
        filename="offices.csv",
        kind="table",
        description=(
            "Who held which office when: one row per term of a person of "
            "`people` (prime ministers, foreign ministers, chief cabinet "
            "secretaries, presidents, governors, mayors…), to name the person "
            "an article means by a role alone on its date."
        ),
        license=TABLE_LICENSE,
        key="",
        columns=(
            column("person_id", description="An id of `people`."),
            column("office", choices=OFFICES),
            column(
                "start",
                description="First day in office (YYYY-MM-DD, or YYYY-MM where "
                "the sources give no day).",
            ),
            optional("end", description="Last day (same form); empty: in office."),
            SOURCE,
            NOTE,
        ),
    ),
    Contract(
        name="prewar_villages",
        filename="prewar_villages.csv",
        kind="table",
        description="Japanese prewar villages (村) of the four islands.",
        license=TABLE_LICENSE,
        columns=(
            column("id"),
            column("name_ja"),
            column("name_ja_hepburn"),
            column(
                "name_ru", description="The name in Cyrillic (sourced or Polivanov)."
            ),
            column("island", choices=GROUPS),
            optional("gun_ja"),
            optional("gun_hepburn"),
            SOURCE,
            NOTE,
        ),
    ),
)
