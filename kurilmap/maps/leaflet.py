"""The Leaflet pieces of kurilmap's maps, as folium/branca elements.

Every template inserts data with Jinja's ``tojson`` (keys sorted; ``<``, ``>``,
``&`` and ``'`` escaped, so no string can close the script), and every piece of
text was escaped in :mod:`kurilmap._payload` before it got here: popups,
tooltips and labels become HTML only as the escaped strings.
"""

from __future__ import annotations

import json
import re
from typing import Any

from branca.element import CssLink, Figure, JavascriptLink, MacroElement
from folium.map import Layer
from folium.template import Environment as _FoliumEnvironment
from folium.template import Template as _FoliumTemplate

from kurilmap.maps.assets import ASSETS

_JINJA_START = re.compile(r"\{(?=[{%#])")


def safe_json(value: Any) -> str:
    r"""JSON for a ``<script>``: sorted keys, no way out of the script or string.

    Like Jinja's ``tojson`` (``<``, ``>``, ``&``, ``'`` as ``\\u`` escapes), and
    also every ``{`` that would open a Jinja tag (``{{``, ``{%``, ``{#``): branca
    compiles each rendered script as a template again, so those must not survive.
    Structural JSON never contains them, so only string contents change.
    """
    text = json.dumps(
        value,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    )
    for char, code in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("'", "\\u0027"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, code)
    return _JINJA_START.sub("\\\\u007b", text)


class _Environment(_FoliumEnvironment):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["safe_json"] = safe_json


class Template(_FoliumTemplate):
    """folium's template class with the ``safe_json`` filter."""

    environment_class = _Environment


class SharedData(MacroElement):
    """A JavaScript variable holding data that several layers draw."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = kmDecode({{ this.data|safe_json }});
        {% endmacro %}
    """)

    def __init__(self, data: Any) -> None:
        super().__init__()
        self._name = "km_data"
        self.data = data


class GeoJsonLayer(Layer):
    """GeoJSON drawn with per-feature style, tooltip and popup.

    Feature properties: ``s`` (Leaflet path options), ``t`` (tooltip HTML),
    ``p`` (popup HTML), ``u`` (unit id, for the time slider). With ``source``
    the features come from a :class:`SharedData` variable instead of inline;
    ``fixed_style`` draws every feature the same (the basemap).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJSON(
            {% if this.source %}{{ this.source.get_name() }}{% else %}kmDecode({{ this.data|safe_json }}){% endif %}, {
            interactive: {{ this.interactive|safe_json }},
            style: function (f) {
                return {% if this.fixed_style %}{{ this.fixed_style|safe_json }}{% else %}f.properties.s{% endif %};
            },
            pointToLayer: function (f, latlng) {
                return L.circleMarker(latlng, f.properties.s);
            },
            onEachFeature: function (f, layer) {
                {% if not this.fixed_style %}
                if (f.properties.t) { layer.bindTooltip(f.properties.t, {sticky: true}); }
                if (f.properties.p) { layer.bindPopup(f.properties.p, {maxWidth: 360}); }
                {% endif %}
            }
        });
        {% endmacro %}
    """)

    def __init__(
        self,
        name: str,
        *,
        data: Any = None,
        source: SharedData | None = None,
        fixed_style: dict[str, Any] | None = None,
        overlay: bool = True,
        control: bool = True,
        show: bool = True,
        interactive: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "km_layer"
        self.data = data
        self.source = source
        self.fixed_style = fixed_style
        self.interactive = interactive


class LabelLayer(Layer):
    """Permanent text labels: ``[lat, lon, escaped html, min zoom]`` items.

    A label shows from its min zoom on. After every move, zoom and slider
    step the labels are placed in order: each at its point if that is free,
    else at the first free spot around it (above, below, right, left, then
    further out); the free space excludes every label placed before and every
    circle marker (settlements). A label with a min zoom (an islet) that finds
    no free spot is hidden; one without (an island) stays at its point.
    ``layer.kmSet(items)`` replaces the labels (the view switch).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        (function (layer, map) {
            var box = function (r, dx, dy) {
                return [r.left + dx, r.top + dy, r.width, r.height];
            };
            var hits = function (a, b) {
                return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] &&
                       a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
            };
            var place = function () {
                if (!map.hasLayer(layer)) { return; }
                var z = map.getZoom(), taken = [], edge = map.getContainer().getBoundingClientRect();
                layer.kmItems.forEach(function (t) {
                    var on = z >= t.kmMin;
                    if (on && !layer.hasLayer(t)) { layer.addLayer(t); }
                    if (!on && layer.hasLayer(t)) { layer.removeLayer(t); }
                });
                map.getContainer().querySelectorAll(".leaflet-control").forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.width && r.height) { taken.push(box(r, -2, -2).map(function (v, i) { return i > 1 ? v + 4 : v; })); }
                });
                map.eachLayer(function (l) {
                    var e = l.getElement && l.getElement();
                    if (e && (l instanceof L.CircleMarker || e.classList.contains("km-offmap"))) {
                        var r = e.getBoundingClientRect();
                        taken.push(box(r, -2, -2).map(function (v, i) { return i > 1 ? v + 4 : v; }));
                    }
                });
                layer.kmItems.forEach(function (t) {
                    var el = t.getElement && t.getElement();
                    if (!el || !layer.hasLayer(t)) { return; }
                    el.style.marginLeft = "0px";
                    el.style.marginTop = "0px";
                    el.style.visibility = "";
                    var r = el.getBoundingClientRect(), w = r.width / 2 + 10, h = r.height + 4;
                    var tries = [[0, 0]];
                    [1, 2, 3].forEach(function (k) {  // rings further and further out
                        tries.push([0, -k * h], [0, k * h], [k * w, 0], [-k * w, 0],
                                   [k * w, -k * h], [-k * w, -k * h], [k * w, k * h], [-k * w, k * h]);
                    });
                    var pick = null;
                    tries.some(function (d) {
                        var b = box(r, d[0], d[1]);
                        var inside = b[0] >= edge.left && b[1] >= edge.top &&
                                     b[0] + b[2] <= edge.right && b[1] + b[3] <= edge.bottom;
                        var free = !taken.some(function (o) { return hits(b, o); });
                        if (free && (inside || d[0] === 0 && d[1] === 0)) { pick = [d, b]; }
                        return pick !== null;
                    });
                    if (!pick && t.kmMin) { el.style.visibility = "hidden"; return; }
                    if (!pick) { pick = [[0, 0], box(r, 0, 0)]; }
                    el.style.marginLeft = pick[0][0] + "px";
                    el.style.marginTop = pick[0][1] + "px";
                    taken.push(pick[1]);
                });
            };
            layer.kmSet = function (items) {
                layer.clearLayers();
                layer.kmItems = items.map(function (d) {
                    var t = L.tooltip({permanent: true, direction: "center", interactive: false,
                                       className: d[3] ? "km-label km-label-minor" : "km-label"})
                        .setLatLng([d[0], d[1]]).setContent(d[2]);
                    t.kmMin = d[3] || 0;
                    return t;
                });
                layer.kmItems.forEach(function (t) {
                    if (!t.kmMin) { layer.addLayer(t); }
                });
                later();
            };
            var pending = null;
            var later = function () {  // after Leaflet has moved every tooltip
                if (pending === null) {
                    pending = setTimeout(function () { pending = null; place(); }, 0);
                }
            };
            layer.kmPlace = place;
            layer.on("add", later);
            map.on("zoomend moveend resize overlayadd overlayremove km-frame km-layout km-edges",
                   later);
            layer.kmSet({{ this.items|safe_json }});
        })({{ this.get_name() }}, {{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, name: str, items: list[list[Any]], *, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "km_labels"
        self.items = items


class HtmlControl(MacroElement):
    """A Leaflet control showing escaped HTML (the legend)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position|safe_json }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", {{ this.css_class|safe_json }});
            div.innerHTML = {{ this.html|safe_json }};
            div.setAttribute("role", "region");
            div.setAttribute("aria-label", {{ this.label|safe_json }});
            {{ this._parent.get_name() }}.kmControls = {{ this._parent.get_name() }}.kmControls || {};
            {{ this._parent.get_name() }}.kmControls[{{ this.css_class|safe_json }}] = div;
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(
        self,
        html: str,
        *,
        label: str,
        position: str = "bottomright",
        css_class: str = "km-legend",
    ) -> None:
        super().__init__()
        self._name = "km_control"
        self.html = html
        self.label = label
        self.position = position
        self.css_class = css_class


class TimeSlider(MacroElement):
    """A slider over dated frames that restyles a territories layer.

    ``frames``: ``[{"d": date html, "iso": day, "e": events html, "u": {unit:
    [style index, text index]}, "l": legend index}]``; ``styles``, ``texts``
    and ``legends`` hold each distinct style, escaped popup and legend body
    once. The features of the ``dated`` layers show only inside their window
    ``w`` and take their last variant ``v`` begun by the day
    (:mod:`kurilmap.maps.timeline`); the legend's body and day follow.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomleft"});
        {{ this.get_name() }}.onAdd = function () {
            var frames = {{ this.frames|safe_json }}, styles = {{ this.styles|safe_json }},
                texts = {{ this.texts|safe_json }}, layer = {{ this.layer.get_name() }},
                legends = {{ this.legends|safe_json }}, map = {{ this._parent.get_name() }},
                dated = [{% for d in this.dated %}{{ d.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}];
            var div = L.DomUtil.create("div", "km-slider");
            div.innerHTML = '<div class="km-head">' + {{ this.head|safe_json }} + '</div>' +
                '<input type="range" min="0" step="1">' +
                '<div class="km-date"></div><div class="km-events"></div>' +
                {{ this.marks_html|safe_json }};
            var input = div.querySelector("input");
            input.max = frames.length - 1;
            input.value = {{ this.initial|safe_json }};
            input.setAttribute("aria-label", {{ this.label|safe_json }});
            var show = function (i) {
                var frame = frames[i];
                div.querySelector(".km-date").innerHTML = frame.d;
                div.querySelector(".km-events").innerHTML = frame.e;
                layer.eachLayer(function (l) {
                    var pick = frame.u[l.feature.properties.u];
                    if (!pick) { return; }
                    var style = styles[pick[0]];
                    l.setStyle(style);
                    var el = l.getElement && l.getElement();
                    if (el) {
                        Array.from(el.classList).forEach(function (c) {
                            if (c.indexOf("km-hatch") === 0) { el.classList.remove(c); }
                        });
                        if (style.className) { el.classList.add(style.className); }
                    }
                    var n = l.feature.properties.n;
                    l.setPopupContent(n ? n + texts[pick[1]] : texts[pick[1]]);
                });
                var iso = frame.iso;
                dated.forEach(function (group) {
                    if (!group.kmAll) { group.kmAll = group.getLayers(); }
                    group.kmAll.forEach(function (l) {
                        var p = l.feature.properties, w = p.w;
                        if (!w) { return; }
                        var on = (!w[0] || w[0] <= iso) && (!w[1] || iso <= w[1]);
                        if (on && p.v) {
                            var pick = p.v[0];
                            p.v.forEach(function (x) { if (x[0] <= iso) { pick = x; } });
                            if (pick[1] && l.getTooltip()) { l.setTooltipContent(pick[1]); }
                            if (l.getPopup()) { l.setPopupContent(pick[2]); }
                            if (l.setRadius) { l.setRadius(pick[3]); }
                        }
                        if (on && !group.hasLayer(l)) { group.addLayer(l); }
                        if (!on && group.hasLayer(l)) { group.removeLayer(l); }
                    });
                });
                var box = (map.kmControls || {})["km-legend"];
                if (box && legends.length) {
                    box.querySelector(".km-legend-body").innerHTML = legends[frame.l];
                    box.querySelector(".km-legend-date").textContent = iso;
                }
                div.setAttribute("data-frame", String(i));
                div.setAttribute("data-km-iso", iso);
                map.fire("km-frame");
            };
            var moved = function () {
                show(+input.value);
                div.dispatchEvent(new CustomEvent("km-frame"));
            };
            div.kmIso = function () { return frames[+input.value].iso; };
            div.kmSet = function (d) {
                var iso = div.kmIso();
                frames = d.frames; styles = d.styles; texts = d.texts; legends = d.legends;
                div.querySelector(".km-head").innerHTML = d.head;
                input.setAttribute("aria-label", d.label);
                input.max = frames.length - 1;
                div.kmGo(iso);
            };
            div.kmGo = function (iso) {
                var at = 0;
                frames.forEach(function (f, i) { if (f.iso <= iso) { at = i; } });
                input.value = at;
                show(at);
            };
            L.DomEvent.on(input, "input change", moved);
            div.querySelectorAll("[data-km-frame]").forEach(function (b) {
                L.DomEvent.on(b, "click", function () {
                    input.value = b.getAttribute("data-km-frame");
                    moved();
                });
            });
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            {{ this._parent.get_name() }}.whenReady(function () { show(+input.value); });
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(
        self,
        layer: GeoJsonLayer,
        *,
        frames: list[dict[str, Any]],
        styles: list[dict[str, Any]],
        texts: list[str],
        initial: int,
        head: str,
        label: str,
        marks: list[list[Any]] | None = None,
        marks_label: str = "",
        dated: list[GeoJsonLayer] | None = None,
        legends: list[str] | None = None,
    ) -> None:
        super().__init__()
        self._name = "km_slider"
        self.dated = dated or []
        self.legends = legends or []
        buttons = "".join(
            f'<button type="button" data-km-frame="{int(i)}">{text}</button>'
            for i, text in marks or []
        )
        self.marks_html = (
            f'<div class="km-marks"><span class="km-mini">{marks_label}</span> '
            f"{buttons}</div>"
            if marks
            else ""
        )
        self.layer = layer
        self.frames = frames
        self.styles = styles
        self.texts = texts
        self.initial = initial
        self.head = head
        self.label = label


class VectorMiniMap(MacroElement):
    """Leaflet-MiniMap drawing vector land instead of tiles (works offline)."""

    default_js = (("minimap_js", ASSETS["minimap.js"][0]),)
    default_css = (("minimap_css", ASSETS["minimap.css"][0]),)
    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Control.MiniMap(
            L.geoJSON(kmDecode({{ this.data|safe_json }}), {style: {{ this.style|safe_json }},
                                              interactive: false}),
            {position: "bottomright", toggleDisplay: true, width: 140, height: 140,
             zoomLevelOffset: -5, aimingRectOptions: {color: "#CC3311", weight: 2}}
        ).addTo({{ this._parent.get_name() }});
        {{ this._parent.get_name() }}.kmMiniMap = {{ this.get_name() }};
        {% endmacro %}
    """)

    def __init__(self, data: Any, style: dict[str, Any]) -> None:
        super().__init__()
        self._name = "km_minimap"
        self.data = data
        self.style = style

    def render(self, **kwargs: Any) -> str:
        """Add the plugin's files to the page header, then the script."""
        link_assets(self)
        return str(super().render(**kwargs))


def link_assets(element: Any) -> None:
    """Add an element's plugin files (``default_js``/``default_css``) to the page header."""
    figure = element.get_root()
    assert isinstance(figure, Figure)
    for name, url in getattr(element, "default_js", []):
        figure.header.add_child(JavascriptLink(url), name=name)
    for name, url in getattr(element, "default_css", []):
        figure.header.add_child(CssLink(url), name=name)
