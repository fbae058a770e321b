"""The Leaflet side of a story's page: the chapters' panel and what moves the map.

:class:`StoryPanel` puts the chapters in the page's panel (a tab beside the
map on wide screens, the bottom sheet on phones) and, for the chapter being
read, switches the view, moves the time slider to its day, shows its layers,
outlines its places and flies to its extent. The chapter being read is the
last whose top has passed a reading line a third of the way down the panel;
the arrow keys, Page Up/Down, Home and End and the buttons move one chapter,
and the URL hash (``#chapter=shimoda-1855``) opens one. With
``prefers-reduced-motion`` the map jumps instead of flying and the panel
scrolls without animation. Plain JavaScript written here: story libraries
(Scrollama, StoryMapJS) bring a layout of their own and know nothing of the
map's view and slider.
"""

from __future__ import annotations

from typing import Any

from branca.element import MacroElement

from kurilmap.maps.leaflet import Template, TimeSlider

__all__ = ["STORY_JS", "StoryPanel", "TimeSlider"]

STORY_JS = """
(function (map, d, slider, layers) {
  var chapters = d.chapters, current = -1, lock = 0, started = false;
  var reduce = window.matchMedia("(prefers-reduced-motion: reduce)");
  var narrow = window.matchMedia("(max-width: " + d.narrow + "px)");
  var root = document.createElement("div");
  root.className = "km-story";
  root.setAttribute("aria-label", d.label);
  root.innerHTML = d.html;
  document.body.appendChild(root);
  var sections = Array.from(root.querySelectorAll(".km-chapter"));
  var nav = root.querySelector(".km-story-nav"), live = root.querySelector(".km-story-live");
  var count = nav.querySelector(".km-story-count");
  var prev = nav.querySelector("[data-km-step='-1']"), next = nav.querySelector("[data-km-step='1']");
  var shapes = d.shapes, heading = root.querySelector(".km-story-head h1").textContent;
  kmDecode({features: Object.keys(shapes).map(function (k) { return {geometry: shapes[k]}; })});
  var outline = L.geoJSON(null, {
    interactive: false,
    style: function () { return d.outline; },
    pointToLayer: function (f, ll) { return L.circleMarker(ll, Object.assign({radius: 10}, d.outline)); }
  });
  var scroller = function () { return root.closest(".km-dock") || document.scrollingElement; };
  var top = function () {
    var t = document.querySelector(".km-dock-time");
    return t && root.closest(".km-dock") ? t.getBoundingClientRect().bottom : 0;
  };
  var line = function () {
    var sc = scroller(), r = sc.getBoundingClientRect(), head = Math.max(top(), r.top);
    return head + 0.3 * Math.max(0, r.bottom - head);
  };
  var frame = function (c, instant) {
    var b = L.latLngBounds([[c.bounds[1], c.bounds[0]], [c.bounds[3], c.bounds[2]]]);
    map.stop();
    if (instant || reduce.matches) { map.fitBounds(b, {animate: false}); }
    else { map.flyToBounds(b, {duration: 1.2}); }
  };
  var go = function (i, instant) {
    i = Math.max(0, Math.min(chapters.length - 1, i));
    if (i === current) { return; }
    current = i;
    var c = chapters[i];
    sections.forEach(function (s, j) {
      s.classList.toggle("km-active", j === i);
      if (j === i) { s.setAttribute("aria-current", "step"); } else { s.removeAttribute("aria-current"); }
    });
    if (map.kmView) { map.kmView(c.view); }
    slider.getContainer().kmGo(c.date);
    Object.keys(layers).forEach(function (k) {
      var l = layers[k], on = c.layers.indexOf(k) >= 0;
      if (on && !map.hasLayer(l)) { map.addLayer(l); }
      if (!on && map.hasLayer(l)) { map.removeLayer(l); }
    });
    outline.clearLayers();
    outline.addData({type: "FeatureCollection", features: c.highlight.map(function (id) {
      return {type: "Feature", geometry: shapes[id], properties: {}};
    })});
    outline.bringToFront();
    var alt = document.getElementById(map.getContainer().id + "_alt");
    if (alt) { alt.innerHTML = c.alt; }
    count.textContent = d.counter.replace("{n}", String(i + 1)).replace("{total}", String(chapters.length));
    prev.disabled = i === 0;
    next.disabled = i === chapters.length - 1;
    live.innerHTML = c.title;
    map.getContainer().setAttribute("data-km-chapter", c.id);
    document.title = live.textContent + " | " + heading;
    var hash = "#chapter=" + c.id;
    if (location.hash !== hash) {
      try { history.replaceState(null, "", hash); } catch (e) { location.replace(hash); }
    }
    frame(c, instant);
  };
  var pick = function () {
    if (lock || !started) { return; }
    var y = line(), at = 0;
    sections.forEach(function (s, j) { if (s.getBoundingClientRect().top <= y) { at = j; } });
    go(at, false);
  };
  var reveal = function (i, smooth) {
    var sc = scroller(), s = sections[Math.max(0, Math.min(sections.length - 1, i))];
    var head = Math.max(top(), sc.getBoundingClientRect().top);
    var by = s.getBoundingClientRect().top - head - 6;
    clearTimeout(lock);
    lock = setTimeout(function () { lock = 0; }, smooth && !reduce.matches ? 900 : 60);
    sc.scrollBy({top: by, behavior: smooth && !reduce.matches ? "smooth" : "auto"});
    if (!smooth || reduce.matches) {  // a sticky header may have moved: once more
      var again = s.getBoundingClientRect().top - Math.max(top(), sc.getBoundingClientRect().top) - 6;
      if (Math.abs(again) > 1) { sc.scrollBy({top: again, behavior: "auto"}); }
    }
  };
  var step = function (i) { go(i, false); reveal(current, true); };
  var fromHash = function () {
    var m = /(?:^#|&)chapter=([^&]+)/.exec(location.hash);
    if (!m) { return -1; }
    var id = decodeURIComponent(m[1]);
    for (var i = 0; i < chapters.length; i++) {
      if (chapters[i].id === id || String(i + 1) === id) { return i; }
    }
    return -1;
  };
  prev.addEventListener("click", function () { step(current - 1); });
  next.addEventListener("click", function () { step(current + 1); });
  root.querySelectorAll("[data-km-goto]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      step(+a.getAttribute("data-km-goto"));
    });
  });
  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || !started) { return; }
    var t = e.target;
    if (t && t.closest && t.closest("input, select, textarea, [contenteditable], .leaflet-container")) { return; }
    var moves = {ArrowDown: 1, ArrowRight: 1, PageDown: 1, ArrowUp: -1, ArrowLeft: -1, PageUp: -1};
    if (e.key in moves) { step(current + moves[e.key]); }
    else if (e.key === "Home") { step(0); }
    else if (e.key === "End") { step(chapters.length - 1); }
    else { return; }
    e.preventDefault();
  });
  window.addEventListener("hashchange", function () {
    var i = fromHash();
    if (i >= 0 && i !== current) { go(i, true); reveal(i, false); }
  });
  var start = function () {
    if (started) { return; }
    started = true;
    var dock = root.closest(".km-dock");
    if (dock && narrow.matches && !dock.classList.contains("km-open")) {
      dock.querySelector(".km-dock-toggle").click();
    }
    var time = document.querySelector(".km-dock-time");
    if (time) { time.appendChild(nav); }
    outline.addTo(map);
    var sc = scroller();
    (sc === document.scrollingElement ? window : sc).addEventListener("scroll", function () {
      window.requestAnimationFrame(pick);
    }, {passive: true});
    var i = fromHash();
    go(Math.max(i, 0), true);
    if (i > 0) { reveal(i, false); }
  };
  map.on("km-layout", function () { setTimeout(start, 0); });
  window.addEventListener("beforeprint", function () {
    root.querySelectorAll("details").forEach(function (e) { e.open = true; });
  });
  window.kmStory = {
    go: function (i) { step(i); },
    current: function () { return current; },
    chapters: chapters,
    view: function () { return map.kmViewNow ? map.kmViewNow() : null; },
    date: function () { return slider.getContainer().kmIso(); }
  };
})
"""
"""The story's script: ``(map, data, slider, layers)`` (see :class:`StoryPanel`)."""


class StoryPanel(MacroElement):
    """A story's chapters in the page's panel, and the map following them.

    ``html``: the panel's markup, built escaped by :mod:`kurilmap.maps.story`;
    ``chapters``: per chapter ``id``, ``title`` (escaped), ``view``, ``date``
    (ISO), ``bounds`` (west, south, east, north), ``layers``, ``highlight``
    (keys of ``shapes``, light GeoJSON geometries) and ``alt`` (escaped); ``slider``: the map's
    time slider; ``layers``: the map's overlays by key
    (:data:`kurilmap.maps.LAYERS`).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (__STORY_JS__)({{ this._parent.get_name() }}, {{ this.data|safe_json }},
            {{ this.slider.get_name() }},
            { {% for k, l in this.layers %}{{ k|safe_json }}: {{ l.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %} });
        {% endmacro %}
    """.replace("__STORY_JS__", STORY_JS.strip())
    )

    def __init__(
        self,
        *,
        data: dict[str, Any],
        slider: Any,
        layers: list[tuple[str, Any]],
    ) -> None:
        super().__init__()
        self._name = "km_story"
        self.data = data
        self.slider = slider
        self.layers = layers
