"""Colours, hatching and page CSS of every renderer (no words: see the words tables).

The palette is Okabe-Ito (safe for the common colour-vision deficiencies), and
contested land is hatched as well as coloured, so colour is never the only cue.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_CSS",
    "COAST",
    "CSS",
    "JAPAN",
    "LAND",
    "LINE_STYLE",
    "PANEL_WIDTH",
    "RUSSIA",
    "SEA",
    "STATUS_STYLE",
    "ZONE_STYLE",
    "hatch_defs",
    "hatch_id",
    "line_swatch",
    "swatch",
]
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
    "pre_treaty_japanese": {"fillColor": JAPAN, "hatch": "#FFFFFF"},
    "pre_treaty_russian": {"fillColor": RUSSIA, "hatch": "#FFFFFF"},
    "annexed_no_treaty": {"fillColor": RUSSIA, "hatch": "#BBBBBB"},
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

PANEL_WIDTH = 380
ARTICLE_CSS = f"""
.km-article {{ position: fixed; left: 0; top: 0; bottom: 0; width: {PANEL_WIDTH}px;
  box-sizing: border-box; overflow-y: auto; padding: 10px 14px; background: #fff;
  border-right: 1px solid #BBB; font: 13px/1.5 "Noto Sans", "Noto Sans CJK JP",
  system-ui, sans-serif; z-index: 1001; }}
body.km-has-article .folium-map {{ position: absolute !important; top: 0;
  left: {PANEL_WIDTH}px !important; width: calc(100% - {PANEL_WIDTH}px) !important; }}
body.km-article-collapsed .km-article {{ width: 64px; padding: 8px; }}
body.km-article-collapsed .km-article-body,
body.km-article-collapsed .km-article-head h4 {{ display: none; }}
body.km-article-collapsed .folium-map {{ left: 64px !important;
  width: calc(100% - 64px) !important; }}
.km-article-head {{ display: flex; gap: 8px; align-items: flex-start;
  justify-content: space-between; }}
.km-article-head h4 {{ margin: 0; font-size: 15px; }}
.km-toggle {{ flex: none; white-space: nowrap; cursor: pointer; }}
.km-article p {{ margin: 8px 0; }}
@media (max-width: 720px) {{
  .km-article {{ top: auto; right: 0; width: auto; height: 40%;
    border-right: 0; border-top: 1px solid #BBB; }}
  body.km-has-article .folium-map {{ left: 0 !important; width: 100% !important;
    height: 60% !important; }}
}}
@media print {{
  .km-article {{ position: static; width: auto; height: auto; overflow: visible;
    border: 0; }}
  body.km-has-article .folium-map {{ position: relative !important; left: 0 !important;
    width: 100% !important; height: 600px !important; }}
}}
"""
"""Page CSS of a map with an article: the panel is a sidebar beside the map."""


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
.km-alt {{ position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }}
.km-mention {{ font: inherit; color: inherit; background: #FDE68A; border: 0;
  border-bottom: 2px solid #CC3311; padding: 0 1px; cursor: pointer; }}
.km-mention:hover, .km-mention:focus {{ background: #FBBF24; outline: 2px solid #222; }}
.km-unlocated {{ background: #EEE; }}
.km-article-popup ol {{ padding-left: 18px; margin: 4px 0; }}
.km-article-popup li {{ margin-bottom: 6px; }}
.km-article-popup mark {{ background: #FDE68A; }}
.km-quote {{ margin: 3px 0 3px 6px; padding-left: 6px; border-left: 3px solid #999;
  font-style: italic; }}
.km-tag {{ display: inline-block; background: #EEF; border-radius: 3px; padding: 0 4px;
  margin: 1px 3px 1px 0; font-size: 11px; }}
.km-in-article {{ border-left: 3px solid #009988; padding-left: 6px; margin-top: 4px; }}
.km-in-article ul {{ margin: 2px 0; padding-left: 16px; }}
.km-marks button {{ font-size: 11px; margin: 2px 2px 0 0; cursor: pointer; }}
.km-offmap {{ display: flex; align-items: center; gap: 3px; white-space: nowrap;
  background: rgba(255,255,255,.92); border: 1px solid #555; border-radius: 10px;
  padding: 1px 6px; font-size: 11px; cursor: pointer; width: max-content; }}
.km-offmap .km-arrow {{ display: inline-block; color: #CC3311; }}
.km-offmap.km-flash {{ animation: km-flash 1.6s ease-out; }}
@keyframes km-flash {{ 0%, 50% {{ background: #FBBF24; }}
  100% {{ background: #fff; }} }}
.km-offmap.km-event .km-arrow {{ color: #009988; }}
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
