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

from branca.element import Element, Figure, MacroElement
from folium.map import Layer
from folium.template import Environment as _FoliumEnvironment
from folium.template import Template as _FoliumTemplate

from kurilmap.maps.assets import ASSETS
from kurilmap.maps.payload import DECODER

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
    """Permanent text labels: ``[lat, lon, escaped html]`` items."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        {{ this.items|safe_json }}.forEach(function (d) {
            L.tooltip({permanent: true, direction: "center", interactive: false,
                       className: "km-label"})
             .setLatLng([d[0], d[1]]).setContent(d[2]).addTo({{ this.get_name() }});
        });
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
            div.innerHTML = {{ this.head|safe_json }} +
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
                    l.setPopupContent(texts[pick[1]]);
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
                var box = map.getContainer().querySelector(".km-legend");
                if (box && legends.length) {
                    box.querySelector(".km-legend-body").innerHTML = legends[frame.l];
                    box.querySelector(".km-legend-date").textContent = iso;
                }
                div.setAttribute("data-frame", String(i));
            };
            L.DomEvent.on(input, "input change", function () { show(+input.value); });
            div.querySelectorAll("[data-km-frame]").forEach(function (b) {
                L.DomEvent.on(b, "click", function () {
                    input.value = b.getAttribute("data-km-frame");
                    show(+input.value);
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
        {% endmacro %}
    """)

    def __init__(self, data: Any, style: dict[str, Any]) -> None:
        super().__init__()
        self._name = "km_minimap"
        self.data = data
        self.style = style

    def render(self, **kwargs: Any) -> str:
        """Add the plugin's files to the page header, then the script."""
        _link_assets(self)
        return str(super().render(**kwargs))


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
        _link_assets(self)
        return str(super().render(**kwargs))


def _link_assets(element: Any) -> None:
    from branca.element import CssLink, JavascriptLink

    figure = element.get_root()
    assert isinstance(figure, Figure)
    for name, url in getattr(element, "default_js", []):
        figure.header.add_child(JavascriptLink(url), name=name)
    for name, url in getattr(element, "default_css", []):
        figure.header.add_child(CssLink(url), name=name)


def add_page_style(figure: Figure, css: str, body_html: str) -> None:
    """Add kurilmap's CSS, geometry decoder and hatch patterns to a page, once."""
    figure.header.add_child(Element(f"<style>{css}</style>"), name="km_css")
    figure.header.add_child(Element(f"<script>{DECODER}</script>"), name="km_decode")
    figure.html.add_child(Element(body_html), name="km_defs")
