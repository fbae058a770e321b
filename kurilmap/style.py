"""Colours, hatching and page CSS of every renderer (no words: see the words tables).

The palette is Okabe-Ito (safe for the common colour-vision deficiencies), and
contested land is hatched as well as coloured, so colour is never the only cue.
"""

from __future__ import annotations

__all__ = [
    "ATLAS_CSS",
    "COAST",
    "CSS",
    "DOCK_CSS",
    "DOCK_WIDTH",
    "JAPAN",
    "LAND",
    "LINE_STYLE",
    "MPL_HATCH",
    "NARROW",
    "RUSSIA",
    "SEA",
    "STATUS_STYLE",
    "ZONE_STYLE",
    "hatch_defs",
    "hatch_id",
    "line_swatch",
    "pattern_svg",
    "swatch",
]
JAPAN = "#E69F00"
RUSSIA = "#56B4E9"
SEA = "#DCEBF5"
LAND = "#F2EFE8"
COAST = "#8A8A8A"
LAND_STYLE = {"fillColor": LAND, "fillOpacity": 1, "color": COAST, "weight": 0.6}
"""Leaflet style of the land layer of every interactive map."""

STATUS_STYLE: dict[str, dict[str, object]] = {
    "japanese": {"fillColor": JAPAN, "hatch": None, "pattern": None},
    "russian": {"fillColor": RUSSIA, "hatch": None, "pattern": None},
    "disputed": {"fillColor": RUSSIA, "hatch": JAPAN, "pattern": "stripes"},
    "japanese_occupied": {"fillColor": JAPAN, "hatch": RUSSIA, "pattern": "cross"},
    "occupied": {"fillColor": RUSSIA, "hatch": JAPAN, "pattern": "cross"},
    "renounced": {"fillColor": "#9FCDEB", "hatch": None, "pattern": None},
    "undivided": {"fillColor": "#CC79A7", "hatch": None, "pattern": None},
    "no_boundary": {"fillColor": "#BBBBBB", "hatch": None, "pattern": None},
    "pre_treaty_japanese": {"fillColor": JAPAN, "hatch": "#FFFFFF", "pattern": "dots"},
    "pre_treaty_russian": {"fillColor": RUSSIA, "hatch": "#FFFFFF", "pattern": "dots"},
    "annexed_no_treaty": {
        "fillColor": RUSSIA,
        "hatch": "#555555",
        "pattern": "stripes",
    },
}
"""Fill of each status; ``hatch``: colour of the marks over it (contested or
unsettled), ``pattern`` their shape: ``stripes`` (a claim disputed), ``cross``
(held by force, no peace settlement), ``dots`` (a presence before any treaty).
No two statuses look the same (a test checks it); the static figures draw the
same shapes with matplotlib's hatches (:data:`MPL_HATCH`)."""

MPL_HATCH = {"stripes": "///", "cross": "xxx", "dots": ".."}
"""The matplotlib hatch of each pattern."""

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

DOCK_WIDTH = 340
"""Width in CSS pixels of the side panel on wide screens."""

NARROW = 959
"""Widest screen (CSS pixels) that gets the bottom sheet instead of the side panel."""

DOCK_CSS = f"""
body.km-page {{ overflow: hidden; }}
.km-shell {{ position: fixed; inset: 0; display: grid; background: #fff;
  grid-template-columns: minmax(0, 1fr) {DOCK_WIDTH}px; grid-template-rows: 100%; }}
.km-main {{ position: relative; display: grid; min-width: 0; min-height: 0;
  grid-template-columns: repeat(var(--km-n, 1), minmax(0, 1fr));
  grid-template-rows: 100%; gap: 2px; background: #888; }}
.km-main > .folium-map {{ position: relative !important; left: 0 !important;
  top: 0 !important; width: 100% !important; height: 100% !important; }}
.km-dock {{ position: relative; overflow-y: auto; overscroll-behavior: contain;
  background: #fff; border-left: 1px solid #BBB; padding: 8px 10px;
  box-sizing: border-box; font: 13px/1.45 "Noto Sans", "Noto Sans CJK JP",
  system-ui, sans-serif; display: flex; flex-direction: column; gap: 8px; }}
.km-dock-bar {{ display: none; }}
.km-dock .leaflet-control {{ float: none; clear: none; margin: 0; box-shadow: none;
  border: 1px solid #DDD; border-radius: 4px; max-width: none; width: auto; }}
.km-dock .km-slider, .km-dock .km-legend {{ box-shadow: none; max-width: none;
  width: auto; background: #fff; }}
.km-dock .leaflet-control-layers {{ padding: 4px 8px; }}
.km-dock .leaflet-control-minimap {{ width: 100% !important; height: 140px !important;
  position: relative; box-sizing: border-box; }}
.km-small .leaflet-control-measure, .km-small .leaflet-control-scale,
.km-small .leaflet-bar:has(.leaflet-control-zoom-fullscreen),
.km-small .leaflet-control-attribution {{
  display: none; }}
.km-key-group {{ display: flex; flex-direction: column; gap: 8px; }}
.km-key-group + .km-key-group {{ border-top: 2px solid #DDD; padding-top: 8px; }}
.km-dock-tabs {{ display: flex; gap: 4px; border-bottom: 1px solid #BBB; }}
.km-tab {{ font: inherit; padding: 6px 10px; border: 1px solid #BBB;
  border-bottom: 0; border-radius: 4px 4px 0 0; background: #EEE; cursor: pointer; }}
.km-tab[aria-selected="true"] {{ background: #fff; font-weight: 600; }}
.km-dock[data-km-tab="article"] .km-dock-key,
.km-dock[data-km-tab="story"] .km-dock-key,
.km-dock[data-km-tab="key"] .km-dock-article {{ display: none; }}
.km-dock-more {{ display: flex; flex-direction: column; gap: 8px; }}
.km-dock .km-slider .km-events {{ max-height: 34vh; }}
.km-slider .km-events p {{ margin: 0 0 4px; }}
.km-single .km-slider h4 {{ display: none; }}
.km-link {{ display: flex; gap: 6px; align-items: center; font-size: 12px; }}
.km-linked .km-slider ~ .km-slider {{ display: none; }}
.km-linked .km-slider h4 {{ display: none; }}
.km-switch {{ display: grid; grid-template-columns: auto 1fr; gap: 4px 8px;
  align-items: center; font-size: 12px; }}
.km-switch select {{ font: inherit; min-height: 32px; }}
.km-slider input[type=range] {{ min-height: 28px; }}
.km-article p {{ margin: 8px 0; }}
.km-article h4 {{ margin: 0; font-size: 15px; }}
path.leaflet-interactive:focus:not(:focus-visible) {{ outline: none; }}
path.leaflet-interactive:focus-visible {{ outline: none; stroke: #000;
  stroke-width: 3px; }}
@media (max-width: {NARROW}px) {{
  .km-shell {{ grid-template-columns: 100%;
    grid-template-rows: minmax(0, 1fr) auto; }}
  .km-main {{ grid-template-columns: 100%;
    grid-template-rows: repeat(var(--km-n, 1), minmax(0, 1fr)); }}
  .km-dock {{ border-left: 0; border-top: 1px solid #888; max-height: 53vh;
    padding: 4px 8px 8px; box-shadow: 0 -2px 6px rgba(0,0,0,.2); }}
  .km-dock-bar {{ display: flex; justify-content: space-between; align-items: center;
    gap: 8px; }}
  .km-dock-toggle {{ font: inherit; font-weight: 600; padding: 6px 12px;
    min-height: 36px; border: 1px solid #888; border-radius: 18px;
    background: #F4F4F4; cursor: pointer; }}
  .km-dock:not(.km-open) .km-dock-more {{ display: none; }}
  .km-dock:not(.km-open) .km-slider .km-events {{ max-height: 2.9em; }}
  .km-dock:not(.km-open) .km-slider .km-marks {{ display: none; }}
  .km-dock.km-open .km-slider .km-events {{ max-height: 18vh; }}
  .km-dock:not(.km-open) .km-slider h4,
  .km-dock:not(.km-open) .km-slider .km-mini {{ display: none; }}
  .km-dock .km-slider, .km-dock .leaflet-control {{ border: 0; padding: 0; }}
  .km-dock .km-slider .km-date {{ display: inline; }}
}}
@media print {{
  body.km-page {{ overflow: visible; }}
  .km-shell {{ position: static; display: block; }}
  .km-main {{ height: 600px; }}
  .km-dock {{ border: 0; overflow: visible; max-height: none; }}
  .km-dock-bar, .km-dock-tabs, .km-link, .km-switch,
  .km-dock .leaflet-control-layers,
  .km-dock .leaflet-control-minimap {{ display: none; }}
  .km-dock-more, .km-dock-article, .km-dock-key {{ display: flex !important; }}
}}
"""
"""Page layout: the maps and one panel (legend, time slider, layers, minimap,
article) beside them on wide screens, a bottom sheet on narrow ones. The panel
is never over the map, so it covers neither the slider nor a feature."""


STORY_WIDTH = 400
"""Width in CSS pixels of a story's panel on wide screens (its text is read there)."""

STORY_CSS = f"""
.km-shell:has(.km-story) {{ grid-template-columns: minmax(0, 1fr) {STORY_WIDTH}px; }}
.km-dock:has(.km-story) .km-dock-time {{ position: sticky; top: -8px; z-index: 2;
  background: #fff; padding: 8px 0 6px; margin-top: -8px;
  border-bottom: 1px solid #DDD; display: flex; flex-direction: column; gap: 6px; }}
.km-dock:has(.km-story) .km-slider .km-events,
.km-dock:has(.km-story) .km-switch {{ display: none; }}
.km-story {{ font-size: 14px; line-height: 1.55; }}
.km-story-head h1 {{ font-size: 19px; margin: 4px 0; }}
.km-story-toc ol {{ margin: 4px 0; padding-left: 22px; }}
.km-story-nav {{ display: flex; justify-content: space-between; align-items: center;
  gap: 8px; font-size: 13px; }}
.km-story-nav button {{ font: inherit; min-height: 36px; padding: 4px 12px;
  border: 1px solid #888; border-radius: 18px; background: #F4F4F4; cursor: pointer; }}
.km-story-nav button:disabled {{ opacity: .4; cursor: default; }}
.km-chapter {{ padding: 10px 2px 28px; border-top: 1px solid #DDD; opacity: .5;
  transition: opacity .3s; }}
.km-chapter.km-active {{ opacity: 1; }}
.km-chapter h2 {{ font-size: 18px; margin: 2px 0 4px; }}
.km-chapter h3 {{ font-size: 13px; margin: 10px 0 2px; }}
.km-chapter-n, .km-chapter-when {{ color: #555; font-size: 12px; margin: 0; }}
.km-chapter-text p {{ margin: 6px 0; }}
.km-positions {{ margin: 8px 0; display: grid; gap: 6px; }}
.km-position {{ border-left: 4px solid #777; padding: 2px 8px; background: #F6F6F6; }}
.km-position dt {{ font-weight: 600; }}
.km-position dd {{ margin: 0; }}
.km-chapter ul {{ margin: 2px 0; padding-left: 18px; font-size: 12.5px; }}
.km-keys {{ color: #555; }}
.km-chapter-alt {{ margin: 8px 0; font-size: 12.5px; color: #333; }}
.km-chapter-alt summary {{ cursor: pointer; }}
.km-story-end {{ height: 80vh; }}
@media (max-width: {NARROW}px) {{
  .km-shell:has(.km-story) {{ grid-template-columns: 100%; }}
  .km-dock:has(.km-story) .km-dock-bar {{ position: sticky; top: -4px; z-index: 3;
    background: #fff; margin-top: -4px; padding: 4px 0; }}
  .km-dock:has(.km-story) .km-dock-time {{ top: 40px; margin-top: 0;
    padding-top: 0; }}
  .km-story-end {{ height: 40vh; }}
  .km-story-head h1 {{ font-size: 16px; }}
}}
@media (prefers-reduced-motion: reduce) {{
  .km-chapter {{ transition: none; }}
}}
@media print {{
  .km-shell:has(.km-story) .km-main,
  .km-dock:has(.km-story) .km-dock-time,
  .km-dock:has(.km-story) .km-dock-key,
  .km-story-nav, .km-story-toc, .km-story-end, .km-story .km-mini {{
    display: none !important; }}
  .km-story {{ font-size: 11pt; }}
  .km-chapter {{ opacity: 1; border: 0; break-after: page; padding: 0; }}
  .km-chapter-alt summary {{ font-weight: 600; list-style: none; }}
  .km-chapter a[href^="http"]::after {{ content: " <" attr(href) ">"; font-size: 9pt;
    word-break: break-all; }}
}}
"""
"""A story's page: its chapters in the panel (a wider column on wide screens,
the open bottom sheet on phones), the slider and the chapter buttons kept in
view above the text, and one page per chapter in print."""

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
.leaflet-tooltip.km-label-minor {{ font-weight: 500; font-size: 11px; color: #333; }}
.km-islet {{ margin: 0 0 4px; font-size: 14px; }}
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
.km-reading ul {{ margin: 4px 0; padding-left: 18px; }}
.km-reading h4 {{ margin: 10px 0 2px; font-size: 14px; }}
.km-date-button {{ font: inherit; background: none; border: 0; padding: 0;
  color: #0B5394; text-decoration: underline; cursor: pointer; text-align: left; }}
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

ATLAS_CSS = """
@media (max-width: 600px) { .km-off-more { display: none; } }
.km-atlas-when { display: flex; justify-content: space-between; align-items: center;
  gap: 6px; }
.km-all { font: inherit; font-size: 12px; padding: 2px 10px; min-height: 28px;
  border: 1px solid #888; border-radius: 14px; background: #F4F4F4; cursor: pointer;
  white-space: nowrap; }
.km-all[aria-pressed="true"] { background: #333; color: #fff; }
.km-bars { display: block; width: 100%; height: 36px; margin-top: 2px; }
.km-bar { fill: #BBBBBB; }
.km-bar-on { fill: #CC3311; }
.km-chart { display: block; width: 100%; height: auto; }
.km-chart text { fill: #444; font-size: 10px; }
.km-axis { stroke: #888; }
.km-chart-now { stroke: #222; stroke-dasharray: 3 3; }
.km-chart-key { display: flex; flex-wrap: wrap; gap: 2px 10px; font-size: 11px; }
.km-chart-key i { display: inline-block; width: 10px; height: 10px;
  margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.km-atlas-places { margin: 4px 0; padding-left: 24px; }
.km-atlas-places li { margin: 3px 0; }
.km-atlas-places li.km-mini { list-style: none; }
.km-atlas-place ol { padding-left: 18px; margin: 4px 0; }
.km-atlas-place h5 { margin: 0; font-size: 13px; }
.km-atlas-place ul { margin: 2px 0 0; padding-left: 14px; font-size: 12px; }
.km-atlas-article { margin-bottom: 8px; }
.km-atlas-place mark { background: #FDE68A; }
.km-atlas-filters select { min-width: 0; max-width: 100%; }
.km-key-off { display: inline-flex; cursor: default; }
"""
"""The corpus atlas's own pieces: month bars, chart, place list, popups."""


def hatch_id(status: str) -> str:
    """Return the id of the SVG pattern that hatches a status."""
    return f"km-hatch-{status.replace('_', '-')}"


def _pattern(status: str) -> str:
    style = STATUS_STYLE[status]
    fill, ink, shape = style["fillColor"], style["hatch"], style["pattern"]
    head = f'<pattern id="{hatch_id(status)}" patternUnits="userSpaceOnUse" '
    ground = f'<rect width="8" height="8" fill="{fill}"/>'
    if shape == "dots":
        return (
            f'{head}width="7" height="7">{ground}'
            f'<circle cx="3.5" cy="3.5" r="1.6" fill="{ink}"/></pattern>'
        )
    if shape == "cross":
        return (
            f'{head}width="8" height="8" patternTransform="rotate(45)">{ground}'
            f'<rect width="2.5" height="8" fill="{ink}"/>'
            f'<rect width="8" height="2.5" fill="{ink}"/></pattern>'
        )
    return (
        f'{head}width="8" height="8" patternTransform="rotate(45)">{ground}'
        f'<rect width="3" height="8" fill="{ink}"/></pattern>'
    )


def hatch_defs() -> str:
    """Return an invisible SVG with one pattern per hatched status."""
    hatched = [s for s, style in STATUS_STYLE.items() if style["hatch"] is not None]
    rules = "".join(f".{hatch_id(s)} {{ fill: url(#{hatch_id(s)}); }}" for s in hatched)
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true">'
        f"<defs>{''.join(_pattern(s) for s in hatched)}</defs></svg>"
        f"<style>{rules}</style>"
    )


def pattern_svg(status: str) -> str:
    """Return the SVG pattern of a hatched status (what its swatch shows)."""
    return _pattern(status)


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
