"""The page layout of every map: the maps, and one panel beside or below them.

Leaflet puts controls in the map's corners, where on a phone the legend, the
layer list, the minimap and the time slider cover the map and each other. A
kurilmap page instead moves them, once the page has loaded, into one panel
(``<aside class="km-dock">``): a column beside the maps on wide screens, a
bottom sheet on narrow ones (:data:`kurilmap.style.NARROW`), whose time slider
stays in view while the rest opens with a button. The panel is outside the
maps' boxes, so it never covers the slider, a feature or a popup. A page with
several maps (:func:`kurilmap.compare_map`) shows them side by side, stacked on
phones, with one date driving every map unless the reader unlinks them; an
article's text is a tab of the panel.

The layout is plain JavaScript written here (no library places Leaflet
controls outside the map); its words come from each map's settings
(:class:`kurilmap.maps.leaflet.DockSettings`).
"""

from __future__ import annotations

from kurilmap import style as _styles

__all__ = ["DOCK_JS"]

DOCK_JS = """
(function () {
  var make = function (tag, cls) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    return e;
  };
  var narrow = window.matchMedia("(max-width: __NARROW__px)");
  window.kmLayout = function () {
    if (document.querySelector(".km-shell")) { return; }
    var maps = Object.keys(window).map(function (k) { return window[k]; })
      .filter(function (v) { return v instanceof L.Map && v.kmDock; });
    if (!maps.length) { return; }
    maps.sort(function (a, b) {
      var pos = a.getContainer().compareDocumentPosition(b.getContainer());
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    var words = window.kmWordsNow || maps[0].kmDock.words;
    var shell = make("div", "km-shell"), main = make("div", "km-main"),
        dock = make("aside", "km-dock"), bar = make("div", "km-dock-bar"),
        toggle = make("button", "km-dock-toggle"), time = make("div", "km-dock-time"),
        more = make("div", "km-dock-more"), key = make("section", "km-dock-key");
    dock.setAttribute("aria-label", words.panel);
    dock.id = maps[0].getContainer().id + "_dock";
    main.style.setProperty("--km-n", String(maps.length));
    shell.classList.toggle("km-single", maps.length === 1);
    toggle.type = "button";
    toggle.textContent = words.open;
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", dock.id);
    bar.appendChild(toggle);
    dock.append(bar, time, more);
    var article = document.querySelector(".km-article, .km-story");
    var tab = article && article.classList.contains("km-story") ? "story" : "article";
    if (article) {
      var tabs = make("div", "km-dock-tabs"), holder = make("section", "km-dock-article");
      tabs.setAttribute("role", "tablist");
      var choose = function (name) {
        dock.setAttribute("data-km-tab", name);
        tabs.querySelectorAll(".km-tab").forEach(function (t) {
          t.setAttribute("aria-selected", String(t.getAttribute("data-km-tab") === name));
        });
      };
      [[tab, words[tab]], ["key", words.key]].forEach(function (d) {
        var t = make("button", "km-tab");
        t.type = "button";
        t.textContent = d[1];
        t.setAttribute("role", "tab");
        t.setAttribute("data-km-tab", d[0]);
        t.addEventListener("click", function () { choose(d[0]); });
        tabs.appendChild(t);
      });
      holder.appendChild(article);
      more.append(tabs, holder, key);
      choose(tab);
    } else {
      more.appendChild(key);
    }
    var first = maps[0].getContainer();
    first.parentNode.insertBefore(shell, first);
    maps.forEach(function (m, i) {
      var c = m.getContainer(), group = make("div", "km-key-group");
      main.appendChild(c);
      var slider = c.querySelector(".km-slider");
      if (slider) { time.appendChild(slider); }
      [".km-switch", ".km-legend", ".leaflet-control-layers"].forEach(function (sel) {
        var e = c.querySelector(sel);
        if (e) { group.appendChild(e); }
      });
      var mini = c.querySelector(".leaflet-control-minimap");
      if (mini && i === 0) { group.appendChild(mini); }
      else if (mini) { mini.remove(); }
      key.appendChild(group);
    });
    var switcher = key.querySelector(".km-switch");
    if (switcher) { time.insertBefore(switcher, time.firstChild); }
    shell.append(main, dock);
    document.body.classList.add("km-page");
    var sliders = Array.from(time.querySelectorAll(".km-slider"));
    if (sliders.length > 1) {
      var label = make("label", "km-link"), box = make("input");
      box.type = "checkbox";
      box.checked = true;
      var text = make("span", "km-link-text");
      text.textContent = words.link;
      label.append(box, text);
      time.insertBefore(label, sliders[0]);
      var sync = function (from) {
        if (!box.checked) { return; }
        sliders.forEach(function (s) { if (s !== from) { s.kmGo(from.kmIso()); } });
      };
      sliders.forEach(function (s) {
        s.addEventListener("km-frame", function () { sync(s); });
      });
      box.addEventListener("change", function () {
        shell.classList.toggle("km-linked", box.checked);
        sync(sliders[0]);
      });
      shell.classList.add("km-linked");
      sync(sliders[0]);
    }
    var refresh = function () {
      maps.forEach(function (m) { m.invalidateSize({animate: false}); });
    };
    var setOpen = function (open) {
      dock.classList.toggle("km-open", open);
      toggle.setAttribute("aria-expanded", String(open));
      var now = window.kmWordsNow || words;
      toggle.textContent = open ? now.close : now.open;
      refresh();
    };
    toggle.addEventListener("click", function () {
      setOpen(!dock.classList.contains("km-open"));
    });
    document.addEventListener("km-fly", function () {
      if (narrow.matches) { setOpen(false); }
    });
    if (window.ResizeObserver) {
      maps.forEach(function (m) {
        new ResizeObserver(function () {
          m.invalidateSize({animate: false});
          m.getContainer().classList.toggle("km-small", m.getSize().y < 300);
        }).observe(m.getContainer());
      });
    }
    maps.forEach(function (m) {
      m.on("popupopen", function (e) {
        var p = e.popup;
        setTimeout(function () {  // after Leaflet has finished opening it
          if (!p._map || !p.isOpen()) { return; }
          var size = m.getSize();
          var w = Math.max(160, Math.min(360, size.x - 60));
          var h = Math.max(120, size.y - 90);
          // keep clear of the zoom and tool buttons in the top-left corner
          var corner = m.getContainer().querySelector(".leaflet-top.leaflet-left");
          var left = corner ? corner.getBoundingClientRect().width + 5 : 5;
          var pad = [left, 10];
          var old = p.options.autoPanPaddingTopLeft;
          if (p.options.maxWidth !== w || p.options.maxHeight !== h ||
              !old || old[0] !== pad[0]) {
            p.options.maxWidth = Math.min(w, size.x - left - 60);  // 44 px of margins
            p.options.maxHeight = h;
            p.options.autoPanPaddingTopLeft = pad;
            p.update();
          }
        }, 0);
      });
      refresh();
      m.fitBounds(m.kmDock.fit, {animate: false});
      m.fire("km-layout");
    });
    Object.keys(window).forEach(function (k) {
      var v = window[k];
      if (v && v._miniMap && v._miniMap.invalidateSize) { v._miniMap.invalidateSize(); }
    });
  };
  window.kmDockWords = function (w) {
    window.kmWordsNow = w;
    var dock = document.querySelector(".km-dock");
    if (!dock) { return; }
    dock.setAttribute("aria-label", w.panel);
    var toggle = dock.querySelector(".km-dock-toggle");
    toggle.textContent = dock.classList.contains("km-open") ? w.close : w.open;
    dock.querySelectorAll(".km-tab").forEach(function (t) {
      t.textContent = w[t.getAttribute("data-km-tab")];
    });
    dock.querySelectorAll(".km-link-text").forEach(function (t) { t.textContent = w.link; });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", window.kmLayout);
  } else {
    setTimeout(window.kmLayout, 0);
  }
})();
""".replace("__NARROW__", str(_styles.NARROW))
"""The page layout script (once per page, after every map's own script)."""
