"""The Leaflet pieces of an article on the map: markers and the side panel.

Like :mod:`kurilmap.maps.leaflet`, every template inserts data with ``safe_json``
and every text was escaped before it got here (:mod:`kurilmap._article_layer`).
"""

from __future__ import annotations

from typing import Any

from branca.element import MacroElement
from folium.map import Layer

from kurilmap.maps.leaflet import Template

__all__ = ["EDGE_JS", "ArticlePanel", "MarkerLayer"]


EDGE_JS = """
window.kmEdgeLayout = window.kmEdgeLayout || function (map) {
    var size = map.getSize(), c = size.divideBy(2), pad = 8, boxes = [];
    var frame = map.getContainer().getBoundingClientRect();
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (r.width && r.height) {
            boxes.push([r.left - frame.left - 2, r.top - frame.top - 2,
                        r.width + 4, r.height + 4]);
        }
    });
    (map._kmEdge || []).forEach(function (mk) {
        var el = mk.getElement();
        if (!el || !map.hasLayer(mk.kmLayer)) { return; }
        var p = map.latLngToContainerPoint([mk.kmItem.lat, mk.kmItem.lon]);
        var dx = p.x - c.x, dy = p.y - c.y, w = el.offsetWidth, h = el.offsetHeight;
        var inside = p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y, q = p;
        if (!inside) {
            var s = Math.min((c.x - pad) / Math.max(Math.abs(dx), 1e-9),
                             (c.y - pad) / Math.max(Math.abs(dy), 1e-9));
            q = L.point(c.x + dx * s, c.y + dy * s);
        }
        var x = Math.min(Math.max(q.x - w / 2, pad), size.x - w - pad);
        var y = Math.min(Math.max(q.y - h / 2, pad), size.y - h - pad);
        var y0 = y, down = true, tries = 0, hit;
        var clash = function () {
            return boxes.filter(function (b) {
                return x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h;
            })[0];
        };
        while ((hit = clash()) && tries++ < 60) {  // stack down, then up
            y = down ? hit[1] + hit[3] + 2 : hit[1] - h - 2;
            if (down && y + h > size.y - pad) { down = false; y = y0; }
        }
        boxes.push([x, y, w, h]);
        mk.setLatLng(map.containerPointToLatLng(L.point(x, y)));
        el.classList.toggle("km-at-edge", !inside);
        var angle = Math.atan2(p.y - (y + h / 2), p.x - (x + w / 2)) * 180 / Math.PI;
        el.querySelector(".km-arrow").style.transform = "rotate(" + angle + "deg)";
    });
    map.fire("km-edges");
};
"""
"""The page's layout of edge labels (places outside the map region), defined
once per page: each at the view's edge on the line from the centre towards its
place, none over a control or another label."""


class MarkerLayer(Layer):
    """Markers with tooltip and popup; those outside the region sit at the edge.

    ``items``: ``{id, lat, lon, off, t (tooltip html), title (plain text), p
    (popup html), b (bounds or null), k (kind)}``. An ``off`` item (outside the
    map region) is a label with an arrow: where it is when in view, otherwise
    at the view's edge on the line from the centre towards it; labels of all
    layers are laid out together so none hides another; its popup opens in the
    middle of the map. ``layer.kmById`` maps ids to markers (for the panel).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.edge_js }}
        var {{ this.get_name() }} = L.layerGroup();
        (function (layer, items, map) {
            var byId = {};
            map._kmEdge = map._kmEdge || [];
            items.forEach(function (d) {
                var ll = L.latLng(d.lat, d.lon), mk;
                if (d.off) {
                    mk = L.marker(ll, {keyboard: true, title: d.title, alt: d.title,
                        icon: L.divIcon({className: "km-offmap " + {{ this.css_class|safe_json }},
                            iconSize: null, iconAnchor: [0, 0],
                            html: '<span class="km-arrow" aria-hidden="true">\u27a4</span>' +
                                  '<span class="km-off-label">' + d.t + '</span>'})});
                    mk.kmLayer = layer;
                    map._kmEdge.push(mk);
                    mk.kmOpen = function () {
                        L.popup({maxWidth: 380, maxHeight: 320, autoPan: false})
                         .setLatLng(map.getCenter()).setContent(d.p).openOn(map);
                        var el = mk.getElement();
                        if (el) {
                            el.classList.remove("km-flash");
                            void el.offsetWidth;
                            el.classList.add("km-flash");
                        }
                    };
                    mk.on("click", function () { mk.kmOpen(); });
                } else {
                    mk = L.circleMarker(ll, {{ this.style|safe_json }});
                    mk.bindTooltip(d.t);
                    mk.bindPopup(d.p, {maxWidth: 380, maxHeight: 320});
                    mk.kmOpen = function () { mk.openPopup(); };
                }
                mk.kmItem = d;
                byId[d.id] = mk;
                mk.addTo(layer);
            });
            layer.kmById = byId;
            layer.kmPlace = function () { window.kmEdgeLayout(map); };
            map.on("moveend zoomend resize overlayadd overlayremove", layer.kmPlace);
            map.whenReady(layer.kmPlace);
        })({{ this.get_name() }}, {{ this.items|safe_json }}, {{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(
        self,
        name: str,
        items: list[dict[str, Any]],
        *,
        css_class: str,
        style: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "km_markers"
        self.edge_js = EDGE_JS
        self.items = items
        self.css_class = css_class
        self.style = style or {
            "radius": 8,
            "color": "#222222",
            "weight": 2,
            "fillColor": "#CC3311",
            "fillOpacity": 0.9,
        }


class ArticlePanel(MacroElement):
    """The article's text beside the map; each mention flies to its place.

    ``html`` is built escaped in :mod:`kurilmap._article_layer`; buttons carry
    ``data-km-place`` ids of a :class:`MarkerLayer` item. The page layout
    (:mod:`kurilmap.maps.dock`) shows it as a tab of the map panel.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var div = document.createElement("aside");
            div.className = "km-article";
            div.innerHTML = {{ this.html|safe_json }};
            div.setAttribute("aria-label", {{ this.label|safe_json }});
            document.body.appendChild(div);
            var layers = [{% for l in this.layers %}{{ l.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}];
            var fly = function (id) {
                var layer = layers.filter(function (l) { return l.kmById[id]; })[0];
                if (!layer) { return; }
                if (!map.hasLayer(layer)) { layer.addTo(map); }
                var mk = layer.kmById[id], d = mk.kmItem;
                map.closePopup();
                if (d.off) { layer.kmPlace(); mk.kmOpen(); return; }
                map.once("moveend", function () { mk.kmOpen(); });
                if (d.b) { map.flyToBounds(d.b, {maxZoom: 9}); }
                else { map.flyTo([d.lat, d.lon], Math.max(map.getZoom(), 9)); }
            };
            div.querySelectorAll("[data-km-date]").forEach(function (b) {
                b.addEventListener("click", function () {
                    var slider = document.querySelector(".km-slider");
                    if (!slider || !slider.kmGo) { return; }
                    slider.kmGo(b.getAttribute("data-km-date"));
                    slider.dispatchEvent(new CustomEvent("km-frame"));
                });
            });
            div.querySelectorAll("[data-km-place]").forEach(function (b) {
                b.addEventListener("click", function () {
                    document.dispatchEvent(new CustomEvent("km-fly"));
                    fly(b.getAttribute("data-km-place"));
                });
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(
        self,
        html: str,
        *,
        label: str,
        layers: list[MarkerLayer],
    ) -> None:
        super().__init__()
        self._name = "km_article"
        self.layers = layers
        self.html = html
        self.label = label
