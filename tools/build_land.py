"""Islands and context land from GSHHG: identify, assign, measure, clip.

Named polygons are picked by GSHHG id from the hand-kept tables (never by
bounding box), and each named island's sourced reference point must lie within
``MAX_REF_KM`` of its polygon. Every other land polygon near the islands joins
the group of its nearest named polygon: a disputed island's group if that is
nearest, else the context with the nearest named land's country. So Yururi and
Moyururi (named Japanese context) and Hokkaido's rocks can never fall into the
disputed set, and every rock off Iturup does.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import shapely
import shapely.ops

from kurilmap.datasets import DISPUTED_BOX, geodesic_area_km2, geodesic_distance_km
from kurilmap.vocab import GROUPS
from tools import gshhg
from tools.build_lines import to_local

FRAME = (139.0, 38.0, 158.0, 51.6)
"""(west, south, east, north) of the context land."""

MAX_REF_KM = 3.0
AREA_DECIMALS = 3
GROUP_NAMES = {
    "iturup": ("Iturup", "択捉島", "Итуруп"),
    "kunashir": ("Kunashir", "国後島", "Кунашир"),
    "shikotan": ("Shikotan", "色丹島", "Шикотан"),
    "habomai": ("Habomai", "歯舞群島", "Хабомаи"),
}
KIND_ORDER = {"island": 0, "islet": 1, "rock": 2}


def _ref_km(poly: Any, lat: str, lon: str) -> float | None:
    if not lat:
        return None
    point = shapely.Point(float(lon), float(lat))
    if poly.covers(point):
        return 0.0
    nearest = shapely.ops.nearest_points(poly, point)[0]
    return geodesic_distance_km(point.x, point.y, nearest.x, nearest.y)


def _area(geom: Any) -> float:
    return round(float(geodesic_area_km2([geom])[0]), AREA_DECIMALS)


@dataclasses.dataclass
class Land:
    """All GSHHG land of the frame, split into disputed islands and context."""

    polygons: dict[str, gshhg.GshhgPolygon]
    island_rows: dict[str, dict[str, str]]  # gshhg id -> islands.csv row
    context_rows: dict[str, dict[str, str]]  # gshhg id -> context.csv row
    group_of: dict[str, str]  # gshhg id -> group, for every disputed polygon
    anchor_of: dict[str, str]  # gshhg id -> nearest named context polygon

    @classmethod
    def read(cls, islands: list[dict[str, str]], context: list[dict[str, str]]) -> Land:
        """Read GSHHG, check the tables' polygon ids, assign the rest."""
        polygons = {
            p.gshhg_id: p
            for p in gshhg.read_polygons(
                west=FRAME[0], south=FRAME[1], east=FRAME[2], north=FRAME[3]
            )
        }
        island_rows = {r["gshhg_id"]: r for r in islands}
        context_rows = {r["gshhg_id"]: r for r in context}
        for gid in (*island_rows, *context_rows):
            if gid not in polygons:
                msg = f"GSHHG has no land polygon {gid!r} in the frame {FRAME}"
                raise SystemExit(msg)
        anchors = {
            gid: ("disputed", r["group"])
            for gid, r in island_rows.items()
            if r["kind"] != "rock"
        }
        anchors |= {gid: ("context", gid) for gid in context_rows}
        anchor_ids = sorted(anchors)
        local = {
            gid: to_local(_clip(polygons[gid].polygon, context_rows.get(gid)))
            for gid in anchor_ids
        }
        tree = shapely.STRtree([local[g] for g in anchor_ids])
        group_of = {g: r["group"] for g, r in island_rows.items()}
        anchor_of = {g: g for g in context_rows}
        for gid in sorted(polygons):
            if gid in group_of or gid in anchor_of:
                continue
            nearest = anchor_ids[
                int(
                    tree.query_nearest(
                        to_local(polygons[gid].polygon), all_matches=False
                    )[0]
                )
            ]
            side, value = anchors[nearest]
            target = group_of if side == "disputed" else anchor_of
            target[gid] = value
        for gid in group_of:
            x, y = polygons[gid].polygon.centroid.coords[0]
            west, south, east, north = DISPUTED_BOX
            if not (west <= x <= east and south <= y <= north):
                msg = f"polygon {gid} joined a disputed group but lies at {x}, {y}"
                raise SystemExit(msg)
        return cls(polygons, island_rows, context_rows, group_of, anchor_of)

    def shape(self, place_id: str, *, clipped: bool = True) -> Any:
        """Return the polygon of a named island or context land, by its id."""
        for gid, row in (*self.island_rows.items(), *self.context_rows.items()):
            if row["id"] == place_id:
                poly = self.polygons[gid].polygon
                return _clip(poly, row) if clipped else poly
        msg = f"no named land with id {place_id!r} in islands.csv or context.csv"
        raise SystemExit(msg)

    def islands(
        self, areas: list[dict[str, str]]
    ) -> tuple[list[dict[str, Any]], list[Any]]:
        """Return records and polygons of the disputed set, by group and size."""
        order = sorted(
            self.group_of,
            key=lambda g: (
                GROUPS.index(self.group_of[g]),
                KIND_ORDER[self.island_rows.get(g, {}).get("kind", "rock")],
                -self.polygons[g].area_km2,
                g,
            ),
        )
        counters = dict.fromkeys(GROUPS, 0)
        records, geoms = [], []
        for gid in order:
            poly = self.polygons[gid].polygon
            group = self.group_of[gid]
            row = self.island_rows.get(gid, {})
            kind = row.get("kind", "rock")
            named = kind != "rock"
            if named:
                names = {
                    k: row[k] or None
                    for k in (
                        "name_en",
                        "name_ja",
                        "name_ja_kana",
                        "name_ja_hepburn",
                        "name_ru",
                        "name_ru_translit",
                    )
                }
                pid = row["id"]
            else:
                counters[group] += 1
                n = counters[group]
                en, ja, ru = GROUP_NAMES[group]
                names = {
                    "name_en": f"{en} rock {n}",
                    "name_ja": f"{ja} 岩礁{n}",
                    "name_ja_kana": None,
                    "name_ja_hepburn": None,
                    "name_ru": f"{ru}, скала {n}",
                    "name_ru_translit": None,
                }
                pid = f"{group}-rock-{n:02d}"
            ref = _ref_km(poly, row.get("ref_lat", ""), row.get("ref_lon", ""))
            if ref is not None and ref > MAX_REF_KM:
                msg = (
                    f"islands.csv {pid}: the reference point is {ref:.1f} km from "
                    f"GSHHG polygon {gid} (at most {MAX_REF_KM} km)"
                )
                raise SystemExit(msg)
            gsi = [a for a in areas if a["id"] == pid and a["source"] == "S04"]
            ru = [a for a in areas if a["id"] == pid and a["side"] == "russia"]
            keys = [
                "GSHHG",
                *row.get("name_source", "").split(";"),
                *row.get("ref_source", "").split(";"),
            ]
            source = ";".join(k for k in dict.fromkeys(keys) if k)
            records.append(
                {
                    "id": pid,
                    "gshhg_id": gid,
                    "group": group,
                    "kind": kind,
                    "named": named,
                    **names,
                    "area_km2": _area(poly),
                    "area_gshhg_km2": round(self.polygons[gid].area_km2, AREA_DECIMALS),
                    "area_gsi_km2": float(gsi[0]["area_km2"]) if gsi else None,
                    "area_gsi_source": gsi[0]["source"] if gsi else None,
                    "area_ru_km2": float(ru[0]["area_km2"]) if ru else None,
                    "area_ru_source": ru[0]["source"] if ru else None,
                    "ref_lat": float(row["ref_lat"]) if row.get("ref_lat") else None,
                    "ref_lon": float(row["ref_lon"]) if row.get("ref_lon") else None,
                    "ref_distance_km": None if ref is None else round(ref, 3),
                    "source": source,
                    "note": row.get("note") or None,
                }
            )
            geoms.append(poly)
        return records, geoms

    def country(self, gid: str) -> str:
        """Return the de-facto country of a context polygon (its anchor's)."""
        return self.context_rows[self.anchor_of[gid]]["country"]

    def context(self) -> tuple[list[dict[str, Any]], list[Any]]:
        """Return records and polygons of the context land, clipped to the frame."""
        order = sorted(
            self.anchor_of,
            key=lambda g: (
                g not in self.context_rows,
                self.country(g),
                -self.polygons[g].area_km2,
                g,
            ),
        )
        records, geoms = [], []
        for gid in order:
            row = self.context_rows.get(gid)
            poly = _clip(self.polygons[gid].polygon, row)
            if poly is None or poly.is_empty:
                continue
            x0, y0, x1, y1 = _box(row)
            px0, py0, px1, py1 = self.polygons[gid].polygon.bounds
            clipped = px0 < x0 or py0 < y0 or px1 > x1 or py1 > y1
            records.append(
                {
                    "id": row["id"] if row else f"gshhg-{gid}",
                    "gshhg_id": gid,
                    "country": self.country(gid),
                    "part_of": self.context_rows[self.anchor_of[gid]]["part_of"],
                    "name_en": row["name_en"] if row else None,
                    "name_ja": row["name_ja"] if row else None,
                    "name_ru": row["name_ru"] if row else None,
                    "area_km2": _area(poly),
                    "clipped": clipped,
                    "source": "GSHHG" + (f";{row['name_source']}" if row else ""),
                    "note": (row["note"] or None) if row else None,
                }
            )
            geoms.append(poly)
        return records, geoms


def _box(row: dict[str, str] | None) -> tuple[float, float, float, float]:
    """Return the clip box of a context row, or the frame."""
    if row and row.get("clip_west"):
        return (
            float(row["clip_west"]),
            float(row["clip_south"]),
            float(row["clip_east"]),
            float(row["clip_north"]),
        )
    return FRAME


def _clip(poly: Any, row: dict[str, str] | None) -> Any:
    """Clip a polygon to its row's box (or the frame) when it reaches outside."""
    box = _box(row)
    x0, y0, x1, y1 = poly.bounds
    if x0 >= box[0] and y0 >= box[1] and x1 <= box[2] and y1 <= box[3]:
        return poly
    return _polygonal(shapely.clip_by_rect(poly, *box))


def _polygonal(geom: Any) -> Any:
    """Keep the polygonal part of a clip result (drop slivers of lines/points)."""
    parts = [
        g
        for g in shapely.get_parts(geom)
        if g.geom_type == "Polygon" and not g.is_empty
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)
