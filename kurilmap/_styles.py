"""Colours, hatching and words of the maps (one place for every renderer).

The palette is Okabe-Ito (safe for the common colour-vision deficiencies), and
contested land is hatched as well as coloured, so colour is never the only cue.
"""

from __future__ import annotations

from kurilmap._typing import Lang, View

JAPAN = "#E69F00"
RUSSIA = "#56B4E9"
SEA = "#DCEBF5"
LAND = "#F2EFE8"
COAST = "#8A8A8A"

STATUS_STYLE: dict[str, dict[str, object]] = {
    "japanese": {"fillColor": JAPAN, "hatch": None},
    "russian": {"fillColor": RUSSIA, "hatch": None},
    "disputed": {"fillColor": RUSSIA, "hatch": JAPAN},
    "japanese_occupied": {"fillColor": JAPAN, "hatch": RUSSIA},
    "occupied": {"fillColor": RUSSIA, "hatch": JAPAN},
    "renounced": {"fillColor": "#9FCDEB", "hatch": None},
    "undivided": {"fillColor": "#CC79A7", "hatch": None},
    "no_boundary": {"fillColor": "#BBBBBB", "hatch": None},
}
"""Fill of each status; ``hatch``: colour of the diagonal stripes (contested)."""

LINE_STYLE: dict[str, dict[str, object]] = {
    "treaty_boundary": {"color": "#555555", "weight": 2, "dashArray": "6 4"},
    "claim_line": {"color": "#D55E00", "weight": 3, "dashArray": "2 6"},
    "equidistance_line": {"color": "#CC3311", "weight": 2, "dashArray": "10 4 2 4"},
}

ZONE_STYLE = {
    ("japan", 12): {"fillColor": JAPAN, "fillOpacity": 0.35},
    ("japan", 200): {"fillColor": JAPAN, "fillOpacity": 0.12},
    ("russia", 12): {"fillColor": RUSSIA, "fillOpacity": 0.35},
    ("russia", 200): {"fillColor": RUSSIA, "fillOpacity": 0.12},
}

VIEW_TITLE: dict[View, dict[Lang, str]] = {
    "japan": {"en": "Japan's view", "ja": "日本の立場", "ru": "Позиция Японии"},
    "russia": {"en": "Russia's view", "ja": "ロシアの立場", "ru": "Позиция России"},
    "de_facto": {
        "en": "On the ground (de facto)",
        "ja": "実効支配の状況",
        "ru": "Фактическое положение",
    },
    "neutral": {
        "en": "Neutral: both positions",
        "ja": "中立：両国の立場を併記",
        "ru": "Нейтрально: обе позиции",
    },
}

WORDS: dict[str, dict[Lang, str]] = {
    "territories": {"en": "Territories", "ja": "領域", "ru": "Территории"},
    "land": {"en": "Land (basemap)", "ja": "陸地（背景）", "ru": "Суша (подложка)"},
    "settlements": {"en": "Settlements", "ja": "集落", "ru": "Населённые пункты"},
    "boundaries": {
        "en": "Treaty and claim lines",
        "ja": "条約上の境界と主張線",
        "ru": "Договорные границы и линия притязаний",
    },
    "zones": {
        "en": "Maritime zones (12 / 200 nm)",
        "ja": "海域（12・200海里）",
        "ru": "Морские зоны (12 / 200 миль)",
    },
    "median_line": {
        "en": "Equidistance (median) line",
        "ja": "中間線",
        "ru": "Срединная линия",
    },
    "labels": {"en": "Names", "ja": "名称", "ru": "Названия"},
    "events": {"en": "Events", "ja": "出来事", "ru": "События"},
    "date": {"en": "Date", "ja": "日付", "ru": "Дата"},
    "sources": {"en": "Sources", "ja": "出典", "ru": "Источники"},
    "population": {"en": "Population", "ja": "人口", "ru": "Население"},
    "no_events": {
        "en": "No event on this day.",
        "ja": "この日の出来事はありません。",
        "ru": "В этот день событий нет.",
    },
    "data_note": {
        "en": "Shorelines: GSHHG (LGPL-3.0). Facts: see sources.csv of kurilmap.",
        "ja": "海岸線：GSHHG（LGPL-3.0）。事実の出典：kurilmap の sources.csv。",
        "ru": "Береговая линия: GSHHG (LGPL-3.0). Факты: sources.csv в kurilmap.",
    },
}

CSS = f"""
html, body {{ margin: 0; padding: 0; }}
html body .leaflet-container {{ background: {SEA}; font: 13px/1.4 "Noto Sans",
  "Noto Sans CJK JP", system-ui, sans-serif; }}
.km-legend, .km-slider {{ background: rgba(255,255,255,.94); padding: 8px 10px;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.35); max-width: 320px; }}
.km-legend h4, .km-slider h4 {{ margin: 0 0 4px; font-size: 14px; }}
.km-legend .km-row {{ display: flex; align-items: center; gap: 6px; margin: 2px 0; }}
.km-legend svg {{ flex: none; }}
.km-legend .km-note {{ color: #555; font-size: 11px; margin-top: 6px; }}
.km-slider {{ width: 300px; }}
.km-slider input {{ width: 100%; }}
.km-slider .km-events {{ max-height: 140px; overflow-y: auto; font-size: 12px; }}
.leaflet-tooltip.km-label {{ background: transparent; border: none; box-shadow: none;
  padding: 0; font-weight: 600; color: #222;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff; }}
.leaflet-tooltip.km-label::before {{ display: none; }}
.km-popup table {{ border-collapse: collapse; font-size: 12px; }}
.km-popup td, .km-popup th {{ border-bottom: 1px solid #ddd; padding: 1px 4px;
  text-align: left; }}
.km-mini {{ font-size: 11px; color: #555; }}
"""
"""Page CSS: the sea is the map's background, so no tile is ever needed."""


def hatch_id(status: str) -> str:
    """Return the id of the SVG pattern that hatches a status."""
    return f"km-hatch-{status.replace('_', '-')}"


def hatch_defs() -> str:
    """Return an invisible SVG with one diagonal-stripe pattern per status."""
    patterns = []
    for status, style in STATUS_STYLE.items():
        if style["hatch"] is None:
            continue
        patterns.append(
            f'<pattern id="{hatch_id(status)}" patternUnits="userSpaceOnUse" '
            'width="8" height="8" patternTransform="rotate(45)">'
            f'<rect width="8" height="8" fill="{style["fillColor"]}"/>'
            f'<rect width="3" height="8" fill="{style["hatch"]}"/></pattern>'
        )
    rules = "".join(
        f".{hatch_id(s)} {{ fill: url(#{hatch_id(s)}); }}"
        for s, st in STATUS_STYLE.items()
        if st["hatch"] is not None
    )
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true">'
        f"<defs>{''.join(patterns)}</defs></svg><style>{rules}</style>"
    )


def swatch(status: str) -> str:
    """Return an inline SVG swatch of a status for the legend."""
    style = STATUS_STYLE[status]
    fill = (
        f"url(#{hatch_id(status)})"
        if style["hatch"] is not None
        else str(style["fillColor"])
    )
    return (
        f'<svg width="18" height="14" aria-hidden="true"><rect width="18" '
        f'height="14" fill="{fill}" stroke="#555" stroke-width="1"/></svg>'
    )


def line_swatch(kind: str) -> str:
    """Return an inline SVG swatch of a line style."""
    style = LINE_STYLE[kind]
    return (
        f'<svg width="24" height="10" aria-hidden="true"><line x1="0" y1="5" '
        f'x2="24" y2="5" stroke="{style["color"]}" stroke-width="'
        f'{style["weight"]}" stroke-dasharray="{style["dashArray"]}"/></svg>'
    )
