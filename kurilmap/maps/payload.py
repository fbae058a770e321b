"""What the map embeds: light geometry and escaped text.

Geometry keeps every vertex, quantised to 1e-4° (at most 5.5 m off: within a
pixel at zoom 12, about 27 m at 44°N, so no islet is dropped and no coast
moves visibly) and written as encoded polylines, about 4 bytes a vertex.
Simplifying GSHHG at that scale removes almost nothing, so it is only used
where coarser display is the point (maritime zones, the minimap). Every string
that reaches the page goes through :func:`esc` here, once; the page inserts
only these strings.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable, Mapping
from typing import Any

from kurilmap.errors import InputTypeError

TOLERANCE_DEG = 0.0
DECIMALS = 4


class TrustedHTML(str):
    """Text the caller vouches for: inserted as HTML, not escaped.

    Only braces are still encoded (as entities), since folium would compile
    them as template code. In a DataFrame, keep such values in an ``object``
    column (``pd.Series(values, dtype=object)``): pandas' string dtype stores
    plain ``str`` and the mark is lost, so the text is escaped.

    Examples
    --------
    >>> esc(TrustedHTML("<b>bold</b>"))
    '<b>bold</b>'
    """

    __slots__ = ()


def esc(value: object) -> str:
    """Escape any value for HTML text or attributes (``None`` is empty).

    Braces become HTML entities too: folium/branca compile rendered scripts as
    Jinja templates a second time, so a ``{{ ... }}`` reaching them would be
    evaluated as template code.

    Examples
    --------
    >>> esc("<b>{{ 7*7 }}</b>")
    '&lt;b&gt;&#123;&#123; 7*7 &#125;&#125;&lt;/b&gt;'
    """
    if value is None:
        return ""
    if isinstance(value, TrustedHTML):
        return str(value).replace("{", "&#123;").replace("}", "&#125;")
    try:
        import pandas as pd

        if pd.isna(value):  # type: ignore[call-overload]
            return ""
    except (TypeError, ValueError):
        pass
    text = html.escape(str(value), quote=True)
    return text.replace("{", "&#123;").replace("}", "&#125;")


def encode_line(coords: Any) -> str:
    """Encode lon/lat vertices as an encoded polyline (1e-4°, lat first).

    The Encoded Polyline Algorithm (zigzag varints of the deltas, 5 bits a
    character, offset 63): about 4 characters a vertex instead of 19 in JSON.
    The page decodes it with :data:`DECODER`.

    Examples
    --------
    >>> encode_line([(146.0, 44.0), (146.0001, 44.0002)])
    '_kzY_qbxACA'
    """
    import numpy as np

    scaled = np.round(np.asarray(coords, dtype=np.float64)[:, :2] * 10**DECIMALS)
    points = scaled.astype(np.int64)[:, ::-1]  # (lat, lon)
    deltas = np.diff(points, axis=0, prepend=np.zeros((1, 2), dtype=np.int64)).ravel()
    zigzag = np.where(deltas < 0, ~(deltas << 1), deltas << 1).astype(np.uint64)
    # Up to 7 groups of 5 bits each; a group is written if it or a later one is set.
    shifts = np.arange(7, dtype=np.uint64) * np.uint64(5)
    groups = (zigzag[:, None] >> shifts) & np.uint64(0x1F)
    rest = zigzag[:, None] >> (shifts + np.uint64(5))
    more = rest > 0
    keep = np.concatenate([np.ones((len(zigzag), 1), dtype=bool), more[:, :-1]], axis=1)
    chars = (groups | np.where(more, np.uint64(0x20), np.uint64(0))) + np.uint64(63)
    return str(chars[keep].astype(np.uint8).tobytes().decode("ascii"))


def decode_line(text: str) -> list[list[float]]:
    """Decode :func:`encode_line` back to ``[lon, lat]`` pairs (for tests)."""
    values, shift, result = [], 0, 0
    for char in text:
        byte = ord(char) - 63
        result |= (byte & 0x1F) << shift
        shift += 5
        if byte < 0x20:
            values.append(~(result >> 1) if result & 1 else result >> 1)
            shift, result = 0, 0
    lat = lon = 0
    out = []
    for dlat, dlon in zip(values[::2], values[1::2], strict=True):
        lat, lon = lat + dlat, lon + dlon
        out.append([lon / 10**DECIMALS, lat / 10**DECIMALS])
    return out


DECODER = (
    "function kmLine(s){var i=0,a=0,o=0,r=[];while(i<s.length){var b,h=0,v=0;"
    "do{b=s.charCodeAt(i++)-63;v|=(b&31)<<h;h+=5}while(b>=32);a+=v&1?~(v>>1):v>>1;"
    "h=0;v=0;do{b=s.charCodeAt(i++)-63;v|=(b&31)<<h;h+=5}while(b>=32);"
    "o+=v&1?~(v>>1):v>>1;r.push([o/1e4,a/1e4])}return r}"
    "function kmDecode(c){c.features.forEach(function(f){var g=f.geometry;"
    "if(g&&g.e!==undefined){var t=g.type;g.coordinates=t==='LineString'?kmLine(g.e)"
    ":t==='Polygon'||t==='MultiLineString'?g.e.map(kmLine):g.e.map(function(p){"
    "return p.map(kmLine)});delete g.e}});return c}"
)
"""The page's decoder of encoded geometry (kurilmap's own, 10 lines)."""


def geometry(geom: Any, *, tolerance: float = TOLERANCE_DEG) -> dict[str, Any] | None:
    """Return light GeoJSON geometry: simplified, vertices encoded (or ``None``).

    Lines and polygons carry ``"e"`` (encoded rings, see :func:`encode_line`)
    instead of ``"coordinates"``; the page restores them with :data:`DECODER`.
    Points stay plain, rounded to 4 decimals.
    """
    import shapely

    if geom is None or geom.is_empty:
        return None
    return _light(shapely.to_wkb(geom), tolerance)


@functools.lru_cache(maxsize=1024)
def _light(wkb: bytes, tolerance: float) -> dict[str, Any]:
    """Do the work of :func:`geometry` once per distinct geometry."""
    import shapely

    geom = shapely.from_wkb(wkb)
    kind = geom.geom_type
    if kind in ("Point", "MultiPoint"):
        mapping = shapely.geometry.mapping(geom)
        coords = mapping["coordinates"]
        if kind == "Point":
            return {"type": kind, "coordinates": [round(c, DECIMALS) for c in coords]}
        return {
            "type": kind,
            "coordinates": [[round(c, DECIMALS) for c in p] for p in coords],
        }
    if tolerance:
        geom = shapely.simplify(geom, tolerance, preserve_topology=True)

    def rings(polygon: Any) -> list[str]:
        return [
            encode_line(polygon.exterior.coords),
            *(encode_line(r.coords) for r in polygon.interiors),
        ]

    if kind == "Polygon":
        encoded: Any = rings(geom)
    elif kind == "MultiPolygon":
        encoded = [rings(p) for p in shapely.get_parts(geom)]
    elif kind == "LineString":
        encoded = encode_line(geom.coords)
    elif kind == "MultiLineString":
        encoded = [encode_line(line.coords) for line in shapely.get_parts(geom)]
    else:
        msg = f"cannot encode a {kind}"
        raise InputTypeError(msg)
    return {"type": kind, "e": encoded}


def decode(geometry: dict[str, Any]) -> dict[str, Any]:
    """Turn :func:`geometry` output back into plain GeoJSON (for tests)."""
    if "e" not in geometry:
        return geometry
    kind, encoded = geometry["type"], geometry["e"]
    if kind == "LineString":
        coords: Any = decode_line(encoded)
    elif kind in ("Polygon", "MultiLineString"):
        coords = [decode_line(r) for r in encoded]
    else:
        coords = [[decode_line(r) for r in polygon] for polygon in encoded]
    return {"type": kind, "coordinates": coords}


def collection(features: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Return a FeatureCollection of ``{"geometry", "properties"}`` items."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": f["geometry"],
                "properties": f["properties"],
            }
            for f in features
            if f["geometry"] is not None
        ],
    }


def rows_html(rows: Iterable[tuple[str, object]]) -> str:
    """Return a two-column table of (label, value), both escaped."""
    cells = "".join(
        f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if esc(v)
    )
    return f"<table>{cells}</table>"


def popup(title: str, body: str) -> str:
    """Return popup HTML: an escaped title over an already escaped body."""
    return f'<div class="km-popup"><b>{esc(title)}</b>{body}</div>'
