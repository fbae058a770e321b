"""Page-level Leaflet pieces: the panel settings, text alternative, minimap, sync.

Like :mod:`kurilmap.maps.leaflet` (whose ``Template`` they use), these load
folium and branca, so they are imported only when a map is built.
"""

from __future__ import annotations

import html
import json
from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.map import Layer

from kurilmap.maps.assets import ASSETS
from kurilmap.maps.dock import DOCK_JS
from kurilmap.maps.leaflet import (
    GeoJsonLayer,
    HtmlControl,
    LabelLayer,
    SharedData,
    Template,
    TimeSlider,
    link_assets,
)
from kurilmap.maps.payload import DECODER
from kurilmap.maps.words import DOCK_WORDS
from kurilmap.vocab import Lang

__all__ = [
    "AltText",
    "DockSettings",
    "MapSync",
    "ValuePool",
    "ViewSwitch",
    "add_page_style",
    "switch_targets",
    "switch_variant",
]


class DockSettings(MacroElement):
    """What the page's panel needs of one map: its words and opening bounds.

    The panel itself is :mod:`kurilmap.maps.dock`'s script.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.kmDock = {{ this.settings|safe_json }};
        {% endmacro %}
    """)

    def __init__(self, *, lang: Lang, fit: list[list[float]]) -> None:
        super().__init__()
        self._name = "km_dock"
        self.settings: dict[str, Any] = {
            "fit": fit,
            "lang": lang,
            "words": {key: DOCK_WORDS[key][lang] for key in DOCK_WORDS},
        }


class AltText(MacroElement):
    """A map's text alternative: page description, hidden paragraph, link.

    ``text`` is escaped HTML; the ids come from the map's final name, so they
    survive :func:`kurilmap.maps.stable_ids`.
    """

    _template = Template("""
        {% macro header(this, kwargs) %}
        <meta name="description" content="{{ this.text }}">
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <p id="{{ this._parent.get_name() }}_alt" class="km-alt">{{ this.text }}</p>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        document.getElementById({{ this._parent.get_name()|safe_json }})
            .setAttribute("aria-describedby", {{ (this._parent.get_name() ~ "_alt")|safe_json }});
        {% endmacro %}
    """)

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "km_alt"
        self.text = text


class MapSync(MacroElement):
    """Keep two maps on the same view (Leaflet.Sync)."""

    default_js = (("leaflet_sync", ASSETS["sync.js"][0]),)
    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.left.get_name() }}.sync({{ this.right.get_name() }});
        {{ this.right.get_name() }}.sync({{ this.left.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, left: Any, right: Any) -> None:
        super().__init__()
        self._name = "km_sync"
        self.left = left
        self.right = right

    def render(self, **kwargs: Any) -> str:
        """Add Leaflet.Sync to the page header, then the script."""
        link_assets(self)
        return str(super().render(**kwargs))


def add_page_style(figure: Figure, css: str, body_html: str) -> None:
    """Add kurilmap's CSS, geometry decoder, layout and hatch patterns, once."""
    figure.header.add_child(Element(f"<style>{css}</style>"), name="km_css")
    figure.header.add_child(Element(f"<script>{DECODER}</script>"), name="km_decode")
    figure.header.add_child(Element(f"<script>{DOCK_JS}</script>"), name="km_dock")
    figure.html.add_child(Element(body_html), name="km_defs")


class ViewSwitch(MacroElement):
    """Switch a map between views and languages in the page (no reload).

    ``targets``: ``[kind, element]`` of the map's pieces whose content changes
    (``shared`` territory data, ``territories`` layers drawing it, ``geojson``
    layers, ``labels``, ``legend``, ``slider``); ``variants``: per
    ``"view.lang"`` key, one entry per target (indexes into ``pool``, where
    each distinct value is stored once), the layer names, the page title,
    text alternative and panel words; ``layers``: the map's layers in the
    order of the variants' names; ``control``: the layer control. The state
    (view, language, date) lives in the URL hash: ``#view=japan&lang=ja&date=1956-10-19``,
    unless ``use_hash`` is false (a story keeps its chapter there). ``map.kmView(v)``
    switches the view from another script.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "topright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "km-switch");
            div.innerHTML = {{ this.html|safe_json }};
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        (function (map, ctl) {
            var pool = {{ this.pool|safe_json }}, variants = {{ this.variants|safe_json }},
                words = {{ this.words|safe_json }}, decoded = {},
                control = {{ this.control.get_name() }},
                layers = [{% for l in this.layers %}{{ l.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}],
                targets = [{% for t in this.targets %}[{{ t[0]|safe_json }}, {% if t[0] in ("AltText", "DockSettings") %}null{% else %}{{ t[1].get_name() }}{% endif %}]{% if not loop.last %}, {% endif %}{% endfor %}];
            var div = ctl.getContainer(), view = div.querySelector("[data-km=view]"),
                lang = div.querySelector("[data-km=lang]"), state = {{ this.initial|safe_json }};
            var slider = function () {
                var s = targets.filter(function (t) { return t[0] === "slider"; })[0];
                return s ? s[1].getContainer() : null;
            };
            var geoms = function (i) {
                if (!decoded[i]) {
                    kmDecode({features: pool[i].map(function (g) { return {geometry: g}; })});
                    decoded[i] = true;
                }
                return pool[i];
            };
            var write = function () {
                if (!{{ this.use_hash|safe_json }}) { return; }
                var s = slider(), iso = s ? s.kmIso() : "";
                var hash = "#view=" + state.view + "&lang=" + state.lang + (iso ? "&date=" + iso : "");
                if (location.hash !== hash) {
                    try { history.replaceState(null, "", hash); } catch (e) { location.replace(hash); }
                }
            };
            var apply = function (v, l) {
                var key = v + "." + l, d = variants[key];
                if (!d) { return; }
                state = {view: v, lang: l};
                var shared = null;
                targets.forEach(function (t, i) {
                    var kind = t[0], obj = t[1], e = d.items[i];
                    if (kind === "shared") {
                        shared = pool[e];
                        obj.features.forEach(function (f, j) { f.properties = shared[j]; });
                    } else if (kind === "territories") {
                        obj.eachLayer(function (x) {
                            if (x.getTooltip()) { x.setTooltipContent(x.feature.properties.t); }
                        });
                    } else if (kind === "geojson") {
                        var g = geoms(e[0]), p = pool[e[1]];
                        obj.clearLayers();
                        obj.kmAll = null;
                        obj.addData({type: "FeatureCollection", features: g.map(function (x, j) {
                            return {type: "Feature", geometry: x, properties: p[j]};
                        })});
                    } else if (kind === "labels") {
                        obj.kmSet(pool[e]);
                    } else if (kind === "legend") {
                        obj.getContainer().innerHTML = pool[e[0]];
                        obj.getContainer().setAttribute("aria-label", pool[e[1]]);
                    } else if (kind === "slider") {
                        var ev = pool[e.events];
                        obj.getContainer().kmSet({frames: pool[e.frames].map(function (f, j) {
                                return Object.assign({e: ev[j]}, f);
                            }), styles: pool[e.styles],
                            texts: pool[e.texts], legends: pool[e.legends], head: pool[e.head],
                            label: e.label});
                    }
                });
                control._layers.forEach(function (o) {
                    var at = layers.indexOf(o.layer);
                    if (at >= 0) { o.name = d.names[at]; }
                });
                control._update();
                var alt = document.getElementById(map.getContainer().id + "_alt");
                if (alt) { alt.innerHTML = pool[d.alt]; }
                document.title = d.title;
                document.documentElement.lang = l;
                if (window.kmDockWords) { window.kmDockWords(d.dock); }
                var w = words[l];
                if (map.kmControlWords) { map.kmControlWords(w.controls); }
                if (map.kmMeasureWords) { map.kmMeasureWords(l); }
                div.querySelector("[data-km-word=view]").textContent = w.view;
                div.querySelector("[data-km-word=lang]").textContent = w.lang;
                Array.from(view.options).forEach(function (o) { o.textContent = w.views[o.value]; });
                view.value = v;
                lang.value = l;
                map.fire("km-frame");
                write();
            };
            var read = function () {
                var q = {};
                location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
                    var p = kv.split("=");
                    if (p.length === 2) { q[decodeURIComponent(p[0])] = decodeURIComponent(p[1]); }
                });
                var v = variants[(q.view || state.view) + "." + (q.lang || state.lang)]
                    ? [q.view || state.view, q.lang || state.lang] : [state.view, state.lang];
                apply(v[0], v[1]);
                var s = slider();
                if (s && q.date && /^\\d{4}-\\d{2}-\\d{2}$/.test(q.date)) { s.kmGo(q.date); write(); }
            };
            map.kmView = function (v) { if (v !== state.view) { apply(v, state.lang); } };
            map.kmViewNow = function () { return state.view; };
            view.addEventListener("change", function () { apply(view.value, state.lang); });
            lang.addEventListener("change", function () { apply(state.view, lang.value); });
            var s = slider();
            if (s) { s.addEventListener("km-frame", write); }
            if ({{ this.use_hash|safe_json }}) {
                window.addEventListener("hashchange", read);
                map.whenReady(function () { setTimeout(read, 0); });
            }
        })({{ this._parent.get_name() }}, {{ this.get_name() }});
        {% endmacro %}
    """)

    def __init__(
        self,
        *,
        html: str,
        pool: list[Any],
        variants: dict[str, Any],
        words: dict[str, Any],
        targets: list[tuple[str, Any]],
        layers: list[Any],
        control: Any,
        initial: dict[str, str],
        use_hash: bool = True,
    ) -> None:
        super().__init__()
        self._name = "km_switch"
        self.use_hash = use_hash
        self.html = html
        self.pool = pool
        self.variants = variants
        self.words = words
        self.targets = targets
        self.layers = layers
        self.control = control
        self.initial = initial


class ValuePool:
    """Each distinct JSON value once; a variant refers to it by index."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._index: dict[str, int] = {}

    def add(self, value: Any) -> int:
        """Store ``value`` if it is new; return its index."""
        key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        if key not in self._index:
            self._index[key] = len(self.items)
            self.items.append(value)
        return self._index[key]


def switch_targets(m: Any) -> list[tuple[str, Any]]:
    """Return the pieces of a map whose content depends on view and language."""
    out: list[tuple[str, Any]] = []
    for child in m._children.values():
        if isinstance(child, SharedData):
            out.append(("shared", child))
        elif isinstance(child, GeoJsonLayer) and child.source is not None:
            if child.fixed_style is None:
                out.append(("territories", child))
        elif isinstance(child, GeoJsonLayer):
            out.append(("geojson", child))
        elif isinstance(child, LabelLayer):
            out.append(("labels", child))
        elif isinstance(child, HtmlControl):
            out.append(("legend", child))
        elif isinstance(child, TimeSlider):
            out.append(("slider", child))
        elif isinstance(child, AltText | DockSettings):
            out.append((type(child).__name__, child))
    return out


def switch_variant(m: Any, pool: ValuePool) -> dict[str, Any]:
    """Return what one view and language shows, as indexes into ``pool``."""
    items: list[Any] = []
    extra: dict[str, Any] = {}
    for kind, el in switch_targets(m):
        if kind == "shared":
            items.append(pool.add([f["properties"] for f in el.data["features"]]))
        elif kind == "geojson":
            features = el.data["features"]
            items.append(
                [
                    pool.add([f["geometry"] for f in features]),
                    pool.add([f["properties"] for f in features]),
                ]
            )
        elif kind == "labels":
            items.append(pool.add(el.items))
        elif kind == "legend":  # its text and its name for screen readers
            items.append([pool.add(el.html), pool.add(el.label)])
        elif kind == "slider":
            items.append(
                {
                    "frames": pool.add(
                        [{k: v for k, v in f.items() if k != "e"} for f in el.frames]
                    ),
                    "events": pool.add([f["e"] for f in el.frames]),
                    "styles": pool.add(el.styles),
                    "texts": pool.add(el.texts),
                    "legends": pool.add(el.legends),
                    "head": pool.add(el.head),
                    "label": el.label,
                }
            )
        elif kind == "AltText":
            extra["alt"] = pool.add(el.text)
            items.append(None)
        elif kind == "DockSettings":
            extra["dock"] = el.settings["words"]
            items.append(None)
        else:
            items.append(None)
    names = [c.layer_name for c in m._children.values() if isinstance(c, Layer)]
    root = m.get_root()
    title = html.unescape(str(root.title))  # set as text by the page, not as HTML
    return {"items": items, "names": names, "title": title, **extra}


class ControlWords(MacroElement):
    """Leaflet's own controls in the map's language: zoom, scale bar, measure tool.

    The zoom buttons get their titles, the scale bar its units (Leaflet writes
    them in English). ``measure`` (the measuring tool's words by key and
    language; the tool writes English: folium-offline's leaflet-measure has no
    Japanese) lets the page swap the tool's words for those of ``lang``
    wherever it writes them (its panel and result popups), and again when the
    view switch changes the language (``map.kmMeasureWords``).
    """

    _template = Template(r"""
        {% macro script(this, kwargs) %}
        (function (map, words, measure, lang) {
            var scale = L.Control.Scale.prototype;
            if (!scale.kmLocal) {
                var update = scale._updateScale;
                scale._updateScale = function (el, text, ratio) {
                    var u = this._map && this._map.kmUnits;
                    if (u) {  // "2 mi": 2 мили, by the language's plural rules
                        text = text.replace(/^(\d+) (km|mi|m|ft)$/, function (s, n, k) {
                            var v = u[k] || k;
                            if (typeof v === "object") {
                                v = v[new Intl.PluralRules(u.lang).select(+n)] || v.other;
                            }
                            return n + " " + v;
                        });
                    }
                    update.call(this, el, text, ratio);
                };
                scale.kmLocal = true;
            }
            var c = map.getContainer();
            var name = function (e, text) {
                e.title = text;
                e.setAttribute("aria-label", text);
            };
            var title = function (sel, text) {  // the page's panel may hold a control:
                document.querySelectorAll(sel).forEach(function (e) { name(e, text); });
            };  // every map of a page speaks its one language
            map.kmControlWords = function (w) {  // also called by the view switch
                map.kmUnits = {km: w.km, m: w.m, mi: w.units.mi, ft: w.units.ft, lang: w.lang};
                title(".leaflet-control-zoom-in", w.zoom_in);
                title(".leaflet-control-zoom-out", w.zoom_out);
                title(".leaflet-control-zoom-fullscreen", w.full_screen);
                title(".leaflet-control-layers-toggle", w.layers);
                var mini = map.kmMiniMap;
                if (mini) {  // its button's title changes as it opens and closes
                    mini.options.strings = {hideText: w.hide_minimap, showText: w.show_minimap};
                    var button = mini._toggleDisplayButton;
                    if (button) { name(button, mini._minimized ? w.show_minimap : w.hide_minimap); }
                }
                if (map.getSize().x) { map.fire("move"); }  // redraw the scale bar
            };
            map.kmControlWords(words);
            if (!measure) { return; }
            var now = "en", pairs = [];
            var swap = function (t) {
                pairs.forEach(function (p) { t = t.split(p[0]).join(p[1]); });
                return t;
            };
            var fix = function (root) {
                var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), n;
                while ((n = walk.nextNode())) {
                    var t = swap(n.nodeValue);
                    if (t !== n.nodeValue) { n.nodeValue = t; }
                }
                root.querySelectorAll("[title]").forEach(function (e) { e.title = swap(e.title); });
            };
            var roots = [c.querySelector(".leaflet-control-measure"), map.getPane("popupPane")]
                .filter(Boolean);
            var opts = {childList: true, subtree: true, characterData: true};
            var watch = new MutationObserver(function () {
                watch.disconnect();
                roots.forEach(fix);
                roots.forEach(function (r) { watch.observe(r, opts); });
            });
            map.kmMeasureWords = function (lang) {  // also called by the view switch
                var from = ["en", now].filter(function (l, i, a) {
                    return l !== lang && a.indexOf(l) === i;
                });
                pairs = [];  // the tool writes English; what was swapped is in now's words
                Object.keys(measure).forEach(function (k) {
                    from.forEach(function (l) { pairs.push([measure[k][l], measure[k][lang]]); });
                });
                pairs.sort(function (a, b) { return b[0].length - a[0].length; });
                now = lang;
                roots.forEach(fix);
            };
            map.kmMeasureWords(lang);
            roots.forEach(function (r) { watch.observe(r, opts); });
        })({{ this._parent.get_name() }}, {{ this.words|safe_json }},
           {{ this.measure|safe_json }}, {{ this.lang|tojson }});
        {% endmacro %}
    """)

    def __init__(
        self,
        words: dict[str, object],
        measure: dict[str, dict[Lang, str]] | None,
        *,
        lang: Lang = "en",
    ) -> None:
        super().__init__()
        self._name = "km_words"
        self.words = words
        self.measure = measure
        self.lang = lang
