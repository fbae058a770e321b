"""The page layout in a real browser, on a phone, a tablet and a laptop screen.

Every kind of page (one map, two maps compared, a map with an article, the map
with a view switch when the library has it; the Japanese and Russian maps on a
phone) is saved once per module and opened at each screen size with the
network blocked (:mod:`tests._browser`). The checks measure what a reader
sees: no control, panel or label covers another, the maps keep most of the
screen, the time slider's thumb is where a finger goes, a popup opens fully in
view, and nothing leaves the page.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import kurilmap
from kurilmap import style
from tests._browser import Visit, launch, screenshot

PHONE = (390, 844)
TABLET = (768, 1024)
LAPTOP = (1280, 800)
VIEWPORTS = [PHONE, TABLET, LAPTOP]
ARTICLE = (
    "Talks\n\nLavrov met Kono in Moscow on May 10. They discussed Kunashir and "
    "Shikotan. Tokyo wants the islands back."
)
SHIKOTAN = [(43.80, 146.75)]
"""A point on Shikotan; if a settlement's circle covers it, another point of the
island's polygon is tapped (the first free one of a grid over its bounds)."""
TOLERANCE = 1.0
"""Pixels two boxes may share before they count as overlapping."""

KINDS = ["main", "compare", "article"]
if hasattr(kurilmap, "views_map"):
    KINDS.append("views")
PAGES = [(kind, size) for kind in KINDS for size in VIEWPORTS] + [
    ("ja", PHONE),
    ("ru", PHONE),
]
PAGE_IDS = [f"{kind}-{w}x{h}" for kind, (w, h) in PAGES]


def narrow(size: tuple[int, int]) -> bool:
    """Whether a screen gets the bottom sheet instead of the side panel."""
    return size[0] <= style.NARROW


def build(kind: str):
    """The map of a page kind."""
    if kind == "main":
        return kurilmap.make_map("neutral")
    if kind in ("ja", "ru"):
        return kurilmap.make_map("neutral", lang=kind)
    if kind == "compare":
        return kurilmap.compare_map("japan", "russia")
    if kind == "article":
        article = kurilmap.Article.from_text(ARTICLE, date="2019-05-10")
        return kurilmap.make_map(article=article)
    if kind == "views":
        return kurilmap.views_map()
    raise ValueError(kind)


@pytest.fixture(scope="module")
def browser():
    yield from launch()


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """Return the saved file of a page kind, built on first use."""
    folder = tmp_path_factory.mktemp("layout")
    files: dict[str, Path] = {}

    def get(kind: str) -> Path:
        if kind not in files:
            files[kind] = kurilmap.save_html(build(kind), folder / f"{kind}.html")
        return files[kind]

    return get


@pytest.fixture
def visit(request, browser, saved):
    """The page of the test's ``kind`` at the test's ``size``, laid out."""
    kind, (width, height) = request.param
    context = {
        "viewport": {"width": width, "height": height},
        "device_scale_factor": 1,
    }
    if (width, height) == PHONE:
        context.update(has_touch=True, is_mobile=True)
    page = Visit(browser, saved(kind), wait_for=".km-shell", **context)
    page.kind = kind
    page.size = (width, height)
    page.page.wait_for_timeout(300)
    yield page
    page.close()


def pages(only=None):
    """Parametrize ``visit`` over the pages (those whose size passes ``only``)."""
    chosen = list(zip(PAGES, PAGE_IDS, strict=True))
    if only is not None:
        chosen = [(p, i) for p, i in chosen if only(p[1])]
    return pytest.mark.parametrize(
        "visit", [p for p, _ in chosen], ids=[i for _, i in chosen], indirect=True
    )


# --- measuring -----------------------------------------------------------

BOXES = """(sel) => {
  const els = Array.from(document.querySelectorAll(sel));
  const view = [0, 0, window.innerWidth, window.innerHeight];
  const cut = (a, b) => [Math.max(a[0], b[0]), Math.max(a[1], b[1]),
                         Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  const rect = e => { const r = e.getBoundingClientRect();
                      return [r.left, r.top, r.right, r.bottom]; };
  const name = e => {
    const cls = String(e.className && e.className.baseVal !== undefined
                       ? e.className.baseVal : e.className || "")
      .split(/\\s+/)
      .filter(c => c && !/^leaflet-(zoom-anim|interactive|touch|fade|grab)/.test(c));
    const text = (e.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 30);
    return e.tagName.toLowerCase() + "." + cls.join(".") + (text ? ` "${text}"` : "");
  };
  const dock = document.querySelector(".km-dock");
  return els.map((e, i) => {
    let clip = cut(rect(e), view);
    for (let a = e.parentElement; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== "visible" || s.overflowY !== "visible") {
        clip = cut(clip, rect(a));
      }
    }
    const shown = e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
    return {i, name: name(e), rect: rect(e), clip, shown,
            inDock: !!dock && dock !== e && dock.contains(e),
            ancestors: els.map((o, j) => j !== i && o.contains(e) ? j : -1)
                          .filter(j => j >= 0)};
  });
}"""
"""Each element's box, its visible part (cut by the screen and by every ancestor
that clips: a map's container, the scrolling panel) and its ancestors."""

CONTROLS = ".leaflet-control, .km-dock, .km-offmap, .leaflet-tooltip.km-label"

CIRCLES = """() => {
  const maps = Object.values(window).filter(
    v => v instanceof L.Map && v.getContainer().classList.contains("folium-map"));
  const out = [];
  maps.forEach(m => {
    const c = m.getContainer().getBoundingClientRect();
    m.eachLayer(l => {
      if (!(l instanceof L.CircleMarker) || !l._path) { return; }
      const r = l._path.getBoundingClientRect();
      const clip = [Math.max(r.left, c.left), Math.max(r.top, c.top),
                    Math.min(r.right, c.right), Math.min(r.bottom, c.bottom)];
      const tip = l.getTooltip && l.getTooltip();
      out.push({name: "circle " + (tip ? String(tip.getContent()) : ""),
                rect: [r.left, r.top, r.right, r.bottom], clip});
    });
  });
  return out;
}"""
"""The circle markers (settlements) of every map, cut by their map's box."""

MAPS = """Object.values(window)
  .filter(v => v instanceof L.Map && v.getContainer().classList.contains("folium-map"))
  .sort((a, b) => a.getContainer().compareDocumentPosition(b.getContainer())
                  & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)"""
"""JavaScript expression: the page's maps (not the minimap) in document order."""


def area(box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def overlap(a, b) -> tuple[float, float]:
    """Width and height two boxes share (0 or negative: none)."""
    return min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])


def collide(a, b, tolerance: float = TOLERANCE) -> bool:
    w, h = overlap(a, b)
    return w > tolerance and h > tolerance


def inside(inner, outer, tolerance: float = TOLERANCE) -> bool:
    return (
        inner[0] >= outer[0] - tolerance
        and inner[1] >= outer[1] - tolerance
        and inner[2] <= outer[2] + tolerance
        and inner[3] <= outer[3] + tolerance
    )


def union_area(boxes) -> float:
    """Area covered by rectangles (each ``[left, top, right, bottom]``)."""
    boxes = [b for b in boxes if area(b) > 0]
    xs = sorted({x for b in boxes for x in (b[0], b[2])})
    total = 0.0
    for x0, x1 in itertools.pairwise(xs):
        spans = sorted((b[1], b[3]) for b in boxes if b[0] <= x0 and x1 <= b[2])
        covered, top, bottom = 0.0, None, None
        for y0, y1 in spans:
            if bottom is None or y0 > bottom:
                covered += 0 if bottom is None else bottom - top
                top, bottom = y0, y1
            else:
                bottom = max(bottom, y1)
        covered += 0 if bottom is None else bottom - top
        total += covered * (x1 - x0)
    return total


def fmt(box) -> str:
    left, top, right, bottom = box
    return f"[{left:.0f},{top:.0f} {right - left:.0f}x{bottom - top:.0f}]"


def overlapping(items) -> list[str]:
    """Every pair of different, visible boxes that intersect (not nested ones).

    Two boxes inside the panel are compared whole (the panel scrolls, so what
    is out of its view now comes into view); any other pair by what shows.
    """
    shown = [i for i in items if i["shown"] and area(i["clip"]) > 0]
    found = []
    for k, a in enumerate(shown):
        for b in shown[k + 1 :]:
            if a["i"] in b["ancestors"] or b["i"] in a["ancestors"]:
                continue
            key = "rect" if a["inDock"] and b["inDock"] else "clip"
            if collide(a[key], b[key]):
                found.append(
                    f"{a['name']} {fmt(a[key])} overlaps {b['name']} {fmt(b[key])}"
                )
    return found


def open_sheet(visit) -> None:
    """On a narrow screen, open the bottom sheet with its button."""
    toggle = visit.page.locator(".km-dock-toggle")
    assert toggle.is_visible(), "no visible .km-dock-toggle on a narrow screen"
    toggle.click()
    visit.page.wait_for_selector(".km-dock.km-open")
    visit.page.wait_for_timeout(300)


def tap(visit, x: float, y: float) -> None:
    """A tap on a narrow touch screen, else a click."""
    touch = visit.page.evaluate("() => navigator.maxTouchPoints > 0")
    if narrow(visit.size) and touch:
        visit.page.touchscreen.tap(x, y)
    else:
        visit.page.mouse.click(x, y)


# --- 1. nothing covers anything ---------------------------------------------


@pages()
def test_no_two_controls_or_labels_overlap(visit):
    items = visit.page.evaluate(BOXES, CONTROLS)
    found = overlapping(items)
    assert found == [], f"{visit.kind} {visit.size}:\n" + "\n".join(found)


@pages(only=narrow)
def test_no_two_controls_or_labels_overlap_with_the_sheet_open(visit):
    open_sheet(visit)
    items = visit.page.evaluate(BOXES, CONTROLS)
    found = overlapping(items)
    assert found == [], f"{visit.kind} {visit.size} open:\n" + "\n".join(found)


@pages()
def test_island_names_do_not_cover_settlements(visit):
    labels = [
        i
        for i in visit.page.evaluate(BOXES, ".leaflet-tooltip.km-label")
        if "km-label-minor" not in i["name"] and i["shown"] and area(i["clip"]) > 0
    ]
    circles = [c for c in visit.page.evaluate(CIRCLES) if area(c["clip"]) > 0]
    assert labels, "no island name in view"
    assert circles, "no settlement circle in view"
    found = [
        f"{a['name']} {fmt(a['clip'])} covers {c['name']} {fmt(c['clip'])}"
        for a in labels
        for c in circles
        if collide(a["clip"], c["clip"])
    ]
    assert found == [], f"{visit.kind} {visit.size}:\n" + "\n".join(found)


# --- 2. the maps keep the screen ----------------------------------------------


def map_share(visit) -> float:
    w, h = visit.size
    boxes = [i["clip"] for i in visit.page.evaluate(BOXES, ".folium-map") if i["shown"]]
    return union_area(boxes) / (w * h)


@pages()
def test_the_maps_fill_most_of_the_screen(visit):
    share = map_share(visit)
    assert share >= 0.60, f"{visit.kind} {visit.size}: maps cover {share:.1%}"


@pages(only=lambda size: size == PHONE)
def test_the_open_sheet_leaves_the_maps_room(visit):
    open_sheet(visit)
    share = map_share(visit)
    assert share >= 0.45, f"{visit.kind} {visit.size} open: maps cover {share:.1%}"


# --- 3. the time slider --------------------------------------------------------

THUMB = 16
"""Width in CSS pixels of Chromium's range thumb (the track is the rest)."""


def visible_range(visit):
    ranges = visit.page.locator(".km-slider input[type=range]")
    for k in range(ranges.count()):
        if ranges.nth(k).is_visible():
            return ranges.nth(k)
    pytest.fail("no visible time slider")


def along(box, share: float) -> tuple[float, float]:
    """The point of a range input's track at ``share`` of its way."""
    x = box["x"] + THUMB / 2 + share * (box["width"] - THUMB)
    return x, box["y"] + box["height"] / 2


def isos(visit) -> list[str]:
    return visit.page.eval_on_selector_all(
        ".km-slider", "els => els.map(e => e.getAttribute('data-km-iso'))"
    )


@pages()
def test_the_slider_thumb_is_clickable(visit):
    page = visit.page
    slider = visible_range(visit)
    low, high = int(slider.get_attribute("min")), int(slider.get_attribute("max"))
    value = int(slider.input_value())
    assert high > low
    box = slider.bounding_box()
    x, y = along(box, (value - low) / (high - low))
    on_top = page.evaluate(
        """([x, y]) => { const e = document.elementFromPoint(x, y);
        return e ? e.outerHTML.slice(0, 120) : null; }""",
        [x, y],
    )
    assert slider.evaluate(
        "(e, [x, y]) => document.elementFromPoint(x, y) === e", [x, y]
    ), f"{visit.kind} {visit.size}: the thumb at ({x:.0f}, {y:.0f}) is under {on_top}"
    page.mouse.click(x, y)
    assert int(slider.input_value()) == value, "a click on the thumb moved it"
    block = slider.locator("xpath=ancestor::*[contains(@class,'km-slider')][1]")
    shown = block.locator(".km-date").inner_text()
    x, y = along(box, 0.3)
    page.mouse.click(x, y)
    after = int(slider.input_value())
    assert after != value, f"a click at ({x:.0f}, {y:.0f}) left the slider at {value}"
    assert abs(after - (low + 0.3 * (high - low))) <= max(2, 0.03 * (high - low))
    assert block.locator(".km-date").inner_text() != shown
    if visit.kind == "compare":
        link = page.locator(".km-link input")
        assert link.is_visible()
        assert link.is_checked()
        both = isos(visit)
        assert len(both) == 2
        assert both[0] == both[1] == block.get_attribute("data-km-iso")
        second = page.locator(".km-slider").nth(1)
        assert not second.is_visible()
        link.uncheck()
        assert second.is_visible()
        page.mouse.click(*along(slider.bounding_box(), 0.7))
        apart = isos(visit)
        assert apart[0] != apart[1], "the unlinked second map still follows"
    assert visit.errors == []


# --- 4. popups ----------------------------------------------------------------

POPUP_BOX = """(id) => {
  const p = document.querySelector("#" + CSS.escape(id) + " .leaflet-popup");
  if (!p) { return null; }
  const boxes = [p, p.querySelector(".leaflet-popup-tip-container")]
    .filter(Boolean).map(e => e.getBoundingClientRect());
  return [Math.min(...boxes.map(r => r.left)), Math.min(...boxes.map(r => r.top)),
          Math.max(...boxes.map(r => r.right)), Math.max(...boxes.map(r => r.bottom))];
}"""


AIM = f"""([n, points]) => {{
  const m = ({MAPS})[n], c = m.getContainer(), r = c.getBoundingClientRect();
  const island = [];
  m.eachLayer(l => {{
    const b = l instanceof L.Polygon && l.getElement && l.getElement() && l.getBounds();
    if (b && b.contains(points[0]) && b.getNorth() - b.getSouth() < 0.5) {{
      island.push(l.getElement());
    }}
  }});
  const hits = [], grid = points.slice();
  if (island.length) {{
    const b = L.latLngBounds([]);
    m.eachLayer(l => {{ if (island.includes(l.getElement && l.getElement())) {{
      b.extend(l.getBounds()); }} }});
    for (let i = 1; i < 12; i++) {{
      for (let j = 1; j < 12; j++) {{
        grid.push([b.getSouth() + (b.getNorth() - b.getSouth()) * i / 12,
                   b.getWest() + (b.getEast() - b.getWest()) * j / 12]);
      }}
    }}
  }}
  for (const [lat, lon] of grid) {{
    const p = m.latLngToContainerPoint([lat, lon]);
    const x = p.x + r.left, y = p.y + r.top, e = document.elementFromPoint(x, y);
    if (island.includes(e)) {{ return {{id: c.id, x, y}}; }}
    if (hits.length < 5) {{
      hits.push(e ? e.tagName + "." + (e.getAttribute("class") || "") : null);
    }}
  }}
  return {{id: c.id, x: null, y: null, island: island.length, hits}};
}}"""
"""JavaScript: the page point of Shikotan's polygon in the ``n``-th map."""


def settled(visit, map_id: str):
    """The popup's box once it stops moving (the map pans to show it)."""
    last = None
    for _ in range(30):
        box = visit.page.evaluate(POPUP_BOX, map_id)
        if box is not None and box == last:
            return box
        last = box
        visit.page.wait_for_timeout(100)
    return last


@pages()
def test_a_popup_opens_fully_in_view(visit):
    page = visit.page
    w, h = visit.size
    count = page.evaluate(f"() => ({MAPS}).length")
    assert count == (2 if visit.kind == "compare" else 1)
    dock = page.locator(".km-dock").bounding_box()
    dock = [dock["x"], dock["y"], dock["x"] + dock["width"], dock["y"] + dock["height"]]
    for n in range(count):
        page.evaluate(f"() => ({MAPS}).forEach(m => m.closePopup())")
        where = page.evaluate(AIM, [n, SHIKOTAN])
        label = f"{visit.kind} {visit.size} map {n}"
        assert where["x"] is not None, f"{label}: no point of Shikotan shows: {where}"
        tap(visit, where["x"], where["y"])
        page.wait_for_selector(f"#{where['id']} .leaflet-popup")
        popup = settled(visit, where["id"])
        frame = page.evaluate(
            """(id) => { const r = document.getElementById(id).getBoundingClientRect();
            return [r.left, r.top, r.right, r.bottom]; }""",
            where["id"],
        )
        assert inside(popup, frame), f"{label}: popup {fmt(popup)} leaves {fmt(frame)}"
        assert inside(popup, [0, 0, w, h]), f"{label}: popup {fmt(popup)} off screen"
        assert not collide(popup, dock), f"{label}: popup {fmt(popup)} under the dock"
        tools = page.evaluate(
            """(id) => { const r = document
                .querySelector(`#${id} .leaflet-top.leaflet-left`)
                .getBoundingClientRect();
                return [r.left, r.top, r.right, r.bottom]; }""",
            where["id"],
        )
        assert not collide(popup, tools), f"{label}: popup {fmt(popup)} under tools"
    assert visit.errors == []


# --- 5. screenshots -----------------------------------------------------------


@pages()
def test_screenshot_shows_sea_and_land(visit, tmp_path):
    w, h = visit.size
    name = f"{visit.kind}-{w}x{h}.png"
    share = screenshot(visit.page, tmp_path, name)
    assert 0.1 < share < 0.9, f"{name}: the sea covers {share:.1%} of the picture"


# --- 6. offline and quiet -------------------------------------------------------


@pages()
def test_no_request_and_no_error(visit):
    if narrow(visit.size):
        open_sheet(visit)
        visit.page.locator(".km-dock-toggle").click()
        visit.page.wait_for_timeout(200)
    assert visit.external == []
    assert visit.errors == []
    assert visit.dialogs == []
