"""The Leaflet pieces of the corpus atlas: its places, slider, filters and panel.

One element, :class:`AtlasLayer`, draws every place the corpus names as a
circle sized by its mentions (a place outside the map region as a label at the
view's edge, :data:`kurilmap.maps.article_leaflet.EDGE_JS`), and wires the
controls it adds: the month slider with its bars of mentions per month, the
language and outlet filters, and the panel (the chart of mentions per month
per island, the places by mentions). Any change of month or filter recounts
every place in the page; a click on a place lists its articles.

Like :mod:`kurilmap.maps.leaflet`, the template inserts data with
``safe_json`` and every text was escaped before it got here
(:mod:`kurilmap.maps.atlas`); the script joins only those strings and numbers.
"""

from __future__ import annotations

from typing import Any

from folium.map import Layer

from kurilmap.maps.article_leaflet import EDGE_JS
from kurilmap.maps.controls import AltText, ControlWords, DockSettings, add_page_style
from kurilmap.maps.leaflet import GeoJsonLayer, HtmlControl, LabelLayer, Template

__all__ = [
    "AltText",
    "AtlasLayer",
    "ControlWords",
    "DockSettings",
    "GeoJsonLayer",
    "HtmlControl",
    "LabelLayer",
    "add_page_style",
]

ATLAS_JS = """
(function (layer, map, data, words) {
    var months = data.months, arts = data.articles, places = data.places,
        rows = data.rows, isles = data.islands;
    var state = {month: -1, lang: "", outlet: -1};
    var rules = new Intl.PluralRules(data.locale);
    var fmt = function (forms, n) {  // the form of the noun that agrees with n
        var w = forms[rules.select(n)] || forms.other;
        return w.split("{n}").join(n.toLocaleString(data.locale));
    };
    var icon = function (label) {
        return L.divIcon({className: "km-offmap km-pin", iconSize: null, iconAnchor: [0, 0],
            html: '<span class="km-arrow" aria-hidden="true">\\u27a4</span>' + label});
    };
    var pass = function (a, month) {
        return (!state.lang || a[3] === state.lang) &&
            (state.outlet < 0 || a[2] === state.outlet) &&
            (month < 0 || a[5] === month);
    };
    var centred = function (i) {  // a popup in the middle of the view, its top in it
        var p = L.popup({maxWidth: 380, maxHeight: 320, autoPan: false,
                         className: "km-atlas-popup"})
            .setLatLng(map.getCenter()).setContent(popup(i)).openOn(map);
        var lift = function () {  // the map does not move: the popup's tip does
            if (!p.isOpen()) { return; }
            var size = map.getSize(), tall = p.getElement().offsetHeight + 16;
            var y = Math.min(size.y - 8, Math.max(size.y / 2, tall));
            p.setLatLng(map.containerPointToLatLng([size.x / 2, y]));
        };
        lift();
        setTimeout(lift, 0);  // again once the dock has fitted it to the map (dock.py)
    };
    var markers = places.map(function (d, i) {
        if (d.u) { return null; }  // no sourced coordinates: listed, not drawn
        var mk, ll = L.latLng(d.lat, d.lon);
        if (d.off) {
            mk = L.marker(ll, {keyboard: true, title: d.title, alt: d.title,
                               icon: icon('<span class="km-off-label"></span>')});
            mk.kmLayer = layer;
            map._kmEdge = map._kmEdge || [];
            map._kmEdge.push(mk);
            mk.kmOpen = function () { centred(i); };
            mk.on("click", function () { mk.kmOpen(); });
        } else {
            mk = L.circleMarker(ll, d.k === "group"
                ? {radius: 6, color: "#882255", weight: 2, dashArray: "4 3",
                   fillColor: "#CC6677", fillOpacity: 0.3}
                : {radius: 6, color: "#222222", weight: 1.5,
                   fillColor: "#CC3311", fillOpacity: 0.75});
            mk.bindTooltip("");
            mk.bindPopup(function () { return popup(i); },
                         {maxWidth: 380, maxHeight: 320, className: "km-atlas-popup"});
            mk.kmOpen = function () { mk.openPopup(); };
        }
        mk.kmItem = d;
        mk.kmIndex = i;
        return mk;
    });
    var byId = {}, at = {};
    markers.forEach(function (mk) { if (mk) { byId[mk.kmItem.id] = mk; } });
    places.forEach(function (d, i) { at[d.id] = i; });
    layer.kmById = byId;
    var popup = function (i) {
        var d = places[i], seen = {}, list = [];
        rows.forEach(function (r) {
            if (r[0] !== i || !pass(arts[r[1]], state.month)) { return; }
            if (!seen[r[1]]) { seen[r[1]] = {a: r[1], n: 0, s: []}; list.push(seen[r[1]]); }
            seen[r[1]].n += r[2];
            seen[r[1]].s = seen[r[1]].s.concat(r[3]);
        });
        list.sort(function (x, y) {
            var dx = arts[x.a][1] || "", dy = arts[y.a][1] || "";
            return dx < dy ? 1 : dx > dy ? -1 : x.a - y.a;
        });
        var total = list.reduce(function (t, e) { return t + e.n; }, 0);
        var items = list.slice(0, data.max_articles).map(function (e) {
            var a = arts[e.a];
            var title = a[4] ? '<a href="' + a[4] + '" target="_blank" rel="noopener noreferrer">' +
                a[0] + '</a>' : a[0];
            var meta = [a[1] || words.undated, data.outlets[a[2]], data.lang_names[a[3]]];
            var said = e.s.slice(0, data.max_sentences).map(function (s) {
                return "<li>" + s + "</li>";
            }).join("");
            return '<li class="km-atlas-article"><h5>' + title + '</h5><div class="km-mini">' +
                meta.join(" · ") + " · " + fmt(words.mentions, e.n) + '</div><ul>' + said +
                '</ul></li>';
        }).join("");
        var more = list.length > data.max_articles
            ? '<p class="km-mini">' + fmt(words.more, list.length - data.max_articles) + '</p>' : "";
        return '<div class="km-popup km-atlas-place"><h4>' + d.title_html + '</h4>' +
            (d.u ? '<div class="km-mini km-unmapped">' + words.unmapped + '</div>' : "") +
            '<div class="km-mini">' + fmt(words.articles, list.length) + " · " +
            fmt(words.mentions, total) + '</div><ol>' + items + '</ol>' + more + '</div>';
    };
    var counts = function (month) {
        var out = places.map(function () { return 0; });
        rows.forEach(function (r) { if (pass(arts[r[1]], month)) { out[r[0]] += r[2]; } });
        return out;
    };
    var perMonth = function () {
        var total = months.map(function () { return 0; });
        var byIsle = isles.map(function () { return months.map(function () { return 0; }); });
        rows.forEach(function (r) {
            var a = arts[r[1]];
            if (a[5] < 0 || !pass(a, -1)) { return; }
            total[a[5]] += r[2];
            var g = places[r[0]].g;
            if (g >= 0) { byIsle[g][a[5]] += r[2]; }
        });
        return {total: total, isles: byIsle};
    };
    var bars = function (total) {
        var max = Math.max.apply(null, total.concat([1])), n = total.length || 1, w = 300 / n;
        return total.map(function (v, i) {
            var h = Math.round(38 * v / max), on = state.month === i || state.month < 0;
            return '<rect x="' + (i * w + 1).toFixed(1) + '" y="' + (40 - h) + '" width="' +
                Math.max(w - 2, 1).toFixed(1) + '" height="' + h + '" class="' +
                (on ? "km-bar-on" : "km-bar") + '"><title>' + months[i] + ": " +
                fmt(words.mentions, v) + '</title></rect>';
        }).join("");
    };
    var chart = function (series) {  // stacked bars: a month's (a year's) islands one above another
        var cols = months, at = months.map(function (m, i) { return i; });
        if (data.yearly) {  // a long corpus: one bar a year, or the bars are hairlines
            cols = [];
            at = months.map(function (m) {
                if (cols[cols.length - 1] !== m.slice(0, 4)) { cols.push(m.slice(0, 4)); }
                return cols.length - 1;
            });
            series = series.map(function (a) {
                var out = cols.map(function () { return 0; });
                a.forEach(function (v, i) { out[at[i]] += v; });
                return out;
            });
        }
        var sel = state.month < 0 ? -1 : at[state.month];
        var W = 300, H = 130, left = 28, right = 4, top = 8, bottom = 20, n = cols.length;
        var sums = cols.map(function (m, i) {
            return series.reduce(function (t, a) { return t + a[i]; }, 0);
        });
        var max = Math.max.apply(null, sums.concat([1])), base = H - bottom;
        var step = (W - left - right) / Math.max(n, 1), bw = Math.max(step * 0.8, 1);
        var s = '<svg class="km-chart" viewBox="0 0 ' + W + ' ' + H + '" role="img" aria-label="' +
            words.chart + '"><line class="km-axis" x1="' + left + '" y1="' + base + '" x2="' +
            (W - right) + '" y2="' + base + '"/><text x="' + (left - 4) + '" y="' + (top + 8) +
            '" text-anchor="end">' + max.toLocaleString(data.locale) + '</text><text x="' +
            (left - 4) + '" y="' + base + '" text-anchor="end">0</text>';
        if (n) {
            s += '<text x="' + left + '" y="' + (H - 4) + '">' + cols[0] + '</text>';
            if (n > 1) {
                s += '<text x="' + (W - right) + '" y="' + (H - 4) + '" text-anchor="end">' +
                    cols[n - 1] + '</text>';
            }
        }
        cols.forEach(function (m, i) {
            var x = (left + i * step + (step - bw) / 2).toFixed(1), at = base;
            var dim = sel < 0 || sel === i ? "" : ' opacity="0.35"';
            series.forEach(function (a, k) {
                if (!a[i]) { return; }
                var h = (base - top) * a[i] / max;
                at -= h;
                s += '<rect class="km-chart-bar" x="' + x + '" y="' + at.toFixed(1) + '" width="' +
                    bw.toFixed(1) + '" height="' + h.toFixed(1) + '" fill="' + isles[k][2] + '"' +
                    dim + '><title>' + isles[k][1] + " " + m + ": " + fmt(words.mentions, a[i]) +
                    '</title></rect>';
            });
        });
        s += '</svg><div class="km-chart-key">' + isles.map(function (g) {
            return '<span><i style="background:' + g[2] + '"></i>' + g[1] + '</span>';
        }).join("") + '</div>';
        return s;
    };
    var ctl = L.control({position: "bottomleft"});
    ctl.onAdd = function () {
        var div = L.DomUtil.create("div", "km-slider km-atlas-time");
        div.innerHTML = data.slider_html;
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    ctl.addTo(map);
    var filters = L.control({position: "topright"});
    filters.onAdd = function () {
        var div = L.DomUtil.create("div", "km-switch km-atlas-filters");
        div.innerHTML = data.filters_html;
        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    filters.addTo(map);
    var panel = document.createElement("aside");
    panel.className = "km-article km-atlas-panel";
    panel.setAttribute("aria-label", words.tab);
    panel.innerHTML = data.panel_html;
    document.body.appendChild(panel);
    var slider = ctl.getContainer(), input = slider.querySelector("input"),
        all = slider.querySelector(".km-all"), fbox = filters.getContainer();
    if (months.length) {
        input.max = months.length - 1;
        input.value = months.length - 1;
    } else {
        input.disabled = true;
    }
    var fly = function (id) {
        var mk = byId[id];
        if (!mk) {  // a place not drawn: its list in the middle of the view
            if (at[id] === undefined) { return; }
            map.closePopup();
            document.dispatchEvent(new CustomEvent("km-fly"));  // a phone's sheet closes
            centred(at[id]);
            return;
        }
        if (!map.hasLayer(layer)) { layer.addTo(map); }
        var d = mk.kmItem;
        map.closePopup();
        document.dispatchEvent(new CustomEvent("km-fly"));
        if (d.off) { window.kmEdgeLayout(map); mk.kmOpen(); return; }
        map.once("moveend", function () { mk.kmOpen(); });
        if (d.b) { map.flyToBounds(d.b, {maxZoom: 9}); }
        else { map.flyTo([d.lat, d.lon], Math.max(map.getZoom(), 9)); }
    };
    var update = function () {
        var n = counts(state.month), shown = 0, total = 0;
        markers.forEach(function (mk, i) {
            var v = n[i], d = places[i];
            total += v;
            if (!mk) { return; }
            if (!v) { if (layer.hasLayer(mk)) { layer.removeLayer(mk); } return; }
            shown += 1;
            var more = " · " + fmt(words.mentions, v) + (d.dist ? " · " + d.dist : "");
            var tip = d.title_html + more;
            if (d.off) {  // on a phone the label keeps only the name (ATLAS_CSS)
                mk.setIcon(icon('<span class="km-off-label">' + d.title_html +
                    '<span class="km-off-more">' + more + '</span></span>'));
            } else {
                mk.setRadius(Math.min(4 + 2.4 * Math.sqrt(v), 30));
                mk.setTooltipContent(tip);
            }
            mk.kmCount = v;
            if (!layer.hasLayer(mk)) { layer.addLayer(mk); }
        });
        var pm = perMonth();
        slider.querySelector(".km-bars").innerHTML = bars(pm.total);
        var when = state.month < 0 ? words.all_months + (months.length ? " (" + months[0] +
            " – " + months[months.length - 1] + ")" : "") : months[state.month];
        slider.querySelector(".km-date").innerHTML = "<b>" + when + "</b> · " +
            fmt(words.mentions, total);
        slider.setAttribute("data-km-month", state.month < 0 ? "" : months[state.month]);
        all.setAttribute("aria-pressed", String(state.month < 0));
        panel.querySelector(".km-atlas-chart").innerHTML = chart(pm.isles);
        var order = places.map(function (d, i) { return i; }).filter(function (i) { return n[i]; });
        order.sort(function (a, b) { return n[b] - n[a] || (places[a].id < places[b].id ? -1 : 1); });
        panel.querySelector(".km-atlas-places").innerHTML = order.length ? order.map(function (i) {
            return '<li><button type="button" class="km-mention" data-km-place="' + places[i].id +
                '">' + places[i].title_html + '</button> <span class="km-mini">' +
                n[i].toLocaleString(data.locale) + (places[i].u ? " · " + words.unmapped : "") +
                '</span></li>';
        }).join("") : '<li class="km-mini">' + words.none + '</li>';
        panel.querySelectorAll("[data-km-place]").forEach(function (b) {
            b.addEventListener("click", function () { fly(b.getAttribute("data-km-place")); });
        });
        map.getContainer().setAttribute("data-km-shown", String(shown));
        map.closePopup();
        window.kmEdgeLayout(map);
        write();
        map.fire("km-frame");
    };
    // The state lives in the URL hash, #month=2019-05&language=ja&outlet=TASS
    // (a default is left out; "outlet=" is the outlet not given), so a link
    // opens the same selection. A value the corpus does not have is ignored.
    var pick = fbox.querySelector("[data-km=lang]"), outlet = fbox.querySelector("[data-km=outlet]");
    var write = function () {
        var parts = [];
        if (state.month >= 0) { parts.push("month=" + months[state.month]); }
        if (state.lang) { parts.push("language=" + encodeURIComponent(state.lang)); }
        if (state.outlet >= 0) {
            parts.push("outlet=" + encodeURIComponent(data.outlet_keys[state.outlet]));
        }
        var hash = parts.length ? "#" + parts.join("&") : "";
        if (location.hash === hash) { return; }
        try { history.replaceState(null, "", hash || location.pathname + location.search); }
        catch (e) { location.replace(hash || "#"); }
    };
    var read = function () {
        var q = Object.create(null);
        location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
            var at = kv.indexOf("=");
            if (at < 1) { return; }
            try {
                q[decodeURIComponent(kv.slice(0, at))] =
                    decodeURIComponent(kv.slice(at + 1));
            } catch (e) { /* a malformed escape: the key is ignored */ }
        });
        state.month = typeof q.month === "string" ? months.indexOf(q.month) : -1;
        state.lang = typeof q.language === "string" &&
            Object.prototype.hasOwnProperty.call(data.lang_names, q.language) ? q.language : "";
        state.outlet = typeof q.outlet === "string" ? data.outlet_keys.indexOf(q.outlet) : -1;
        if (months.length) { input.value = state.month >= 0 ? state.month : months.length - 1; }
        pick.value = state.lang;
        outlet.value = String(state.outlet);
        update();
    };
    L.DomEvent.on(input, "input change", function () { state.month = +input.value; update(); });
    L.DomEvent.on(all, "click", function () { state.month = -1; update(); });
    pick.addEventListener("change", function () { state.lang = pick.value; update(); });
    outlet.addEventListener("change", function () { state.outlet = +outlet.value; update(); });
    layer.kmPlace = function () { window.kmEdgeLayout(map); };
    layer.kmUpdate = update;
    map.on("moveend zoomend resize overlayadd overlayremove", layer.kmPlace);
    window.addEventListener("hashchange", read);
    read();
    map.whenReady(layer.kmPlace);
})
"""
"""The atlas's page script: called with the layer, the map, the data, the words."""


class AtlasLayer(Layer):
    """Every place of a corpus, sized by its mentions under the page's filters.

    ``data``: ``months`` (``YYYY-MM``), ``articles`` (``[title html, date,
    outlet index, language, url html, month index]``), ``outlets`` and
    ``lang_names`` (escaped), ``outlet_keys`` (the outlets as written, the
    URL hash's values; ``""`` for none given), ``places`` (``{id, lat, lon, off, u,
    title, title_html, dist, b, g, k}``, see
    :func:`kurilmap.maps.atlas_places.atlas_place`; a place with ``u`` true has
    no coordinates: listed, counted, its popup opened in the middle), ``rows``
    (``[place, article, mentions, [sentence html…]]``), ``islands`` (``[id,
    name html, colour]``), the HTML of the slider, filters and panel, and the
    popup limits. ``words``: escaped texts; a counted word (``mentions``,
    ``articles``, ``more``) as its forms per plural category, ``{n}`` the number
    (the page picks the form with ``Intl.PluralRules``).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.edge_js }}
        var {{ this.get_name() }} = L.layerGroup();
        {{ this.atlas_js }}({{ this.get_name() }}, {{ this._parent.get_name() }},
            {{ this.data|safe_json }}, {{ this.words|safe_json }});
        {% endmacro %}
    """)

    def __init__(self, name: str, data: dict[str, Any], words: dict[str, str]) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "km_atlas"
        self.data = data
        self.words = words
        self.edge_js = EDGE_JS
        self.atlas_js = ATLAS_JS
