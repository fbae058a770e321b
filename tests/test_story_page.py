"""The story's page in a real browser: reading it moves the map.

The built-in story (``kurilmap.story()``) is saved once per module and opened
with the network blocked (:mod:`tests._browser`). A reader scrolls the panel
with the mouse wheel through every chapter, on a laptop and on a phone: each
chapter brings its view, its day on the slider, its extent on the map, its URL
hash and its text alternative. The keys, the URL hash and
``prefers-reduced-motion`` move between chapters too; the Japanese page speaks
Japanese. Byte-identical saves and escaping are tested in ``test_story.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kurilmap
from kurilmap.places import lookup
from tests._browser import FIND_MAP, Visit, launch, screenshot

PHONE = (390, 844)
LAPTOP = (1280, 800)
TOLERANCE = 1e-3
"""Degrees by which a framed place may stick out of the map's bounds."""
SHOT_CHAPTER = 5
"""The chapter (0-based; "Chapter 6 of 17") of the README's screenshots."""

GEOMETRY = """() => {
  const dock = document.querySelector(".km-dock");
  const time = document.querySelector(".km-dock-time");
  const r = dock.getBoundingClientRect();
  const head = Math.max(time ? time.getBoundingClientRect().bottom : 0, r.top);
  const line = head + 0.3 * Math.max(0, r.bottom - head);
  const tops = Array.from(document.querySelectorAll(".km-chapter"))
    .map(s => s.getBoundingClientRect().top);
  return {left: r.left, right: r.right, bottom: r.bottom, head, line, tops,
          scrollTop: dock.scrollTop, room: dock.scrollHeight - dock.clientHeight};
}"""
"""JavaScript: the panel's box, the bottom of its sticky area (``head``), the
reading line (as ``line()`` in the story's script computes it) and the top of
every chapter's section, in viewport pixels."""

STATE = """() => {
  const m = FIND_MAP, b = m.getBounds(), c = m.getContainer();
  const alt = document.getElementById(c.id + "_alt");
  const active = Array.from(document.querySelectorAll(".km-chapter.km-active"));
  return {
    current: kmStory.current(), date: kmStory.date(), view: kmStory.view(),
    bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    hash: location.hash, chapter: c.getAttribute("data-km-chapter"),
    described: c.getAttribute("aria-describedby") === c.id + "_alt",
    alt: alt ? alt.textContent : null,
    active: active.map(s => [s.getAttribute("data-km-chapter"),
                             s.getAttribute("aria-current")]),
    current_attrs: document.querySelectorAll("[aria-current]").length,
  };
}""".replace("FIND_MAP", FIND_MAP)
"""JavaScript: what the page shows now (chapter, slider day, view, map bounds,
hash, text alternative, highlighted sections)."""


def spaces(text: str | None) -> str:
    return " ".join((text or "").split())


def covers(outer, inner, tolerance: float = TOLERANCE) -> bool:
    """Whether box ``outer`` (west, south, east, north) holds box ``inner``."""
    return (
        outer[0] <= inner[0] + tolerance
        and outer[1] <= inner[1] + tolerance
        and outer[2] >= inner[2] - tolerance
        and outer[3] >= inner[3] - tolerance
    )


def centre(box) -> tuple[float, float, float, float]:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return (x, y, x, y)


# --- fixtures -----------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    yield from launch()


@pytest.fixture(scope="module")
def story():
    return kurilmap.story(lang="en")


@pytest.fixture(scope="module")
def chapters(story):
    return story.resolve()


@pytest.fixture(scope="module")
def saved(story, tmp_path_factory) -> Path:
    return story.save(tmp_path_factory.mktemp("story") / "story.html")


@pytest.fixture(scope="module")
def saved_ja(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("story-ja")
    return kurilmap.story(lang="ja").save(folder / "story-ja.html")


class _Fragment:
    """A saved page's path and a URL fragment: :class:`Visit` opens ``as_uri()``,
    so the page loads with the fragment already in its address."""

    def __init__(self, path: Path, fragment: str):
        self.path, self.fragment = path, fragment

    def as_uri(self) -> str:
        return f"{self.path.as_uri()}#{self.fragment}"


def open_story(browser, path, size, **context) -> Visit:
    """The story's page at ``size``, started (first chapter shown, map still)."""
    width, height = size
    context.update(viewport={"width": width, "height": height}, device_scale_factor=1)
    if size == PHONE:
        context.update(has_touch=True, is_mobile=True)
    visit = Visit(browser, path, wait_for=".km-story", **context)
    visit.page.wait_for_function("window.kmStory && kmStory.current() >= 0")
    visit.idle()
    return visit


@pytest.fixture
def laptop(browser, saved):
    visit = open_story(browser, saved, LAPTOP)
    yield visit
    visit.close()


def state(visit) -> dict:
    return visit.page.evaluate(STATE)


def wait_chapter(visit, i: int) -> None:
    visit.page.wait_for_function("(i) => kmStory.current() === i", arg=i)


def check_chapter(visit, chapters, i: int) -> None:
    """The page shows chapter ``i`` whole: day, view, extent, hash, alt, section."""
    c = chapters[i]
    now = state(visit)
    where = f"chapter {i} ({c['id']})"
    assert now["current"] == i, where
    assert now["date"] == c["date"].isoformat(), where
    assert now["view"] == c["view"], where
    boxes = [lookup(pid)["geometry"].bounds for pid in c["framed"]]
    for pid, box in zip(c["framed"], boxes, strict=True):
        assert covers(now["bounds"], box), (
            f"{where}: the map {now['bounds']} cuts {pid} {box}"
        )
    if not boxes:
        assert covers(now["bounds"], centre(c["bounds"])), where
    assert now["hash"] == f"#chapter={c['id']}", where
    assert now["chapter"] == c["id"], where
    assert now["described"], where
    assert spaces(now["alt"]) == spaces(c["alt"]), where
    assert now["active"] == [[str(i), "step"]], where
    assert now["current_attrs"] == 1, where


SETTLED = """() => new Promise(resolve => {
  const dock = document.querySelector(".km-dock");
  let last = null, same = 0, n = 0;
  const tick = () => {
    same = dock.scrollTop === last ? same + 1 : 0;
    last = dock.scrollTop;
    if (same >= 3 || ++n > 300) { requestAnimationFrame(() => resolve(same >= 3)); }
    else { requestAnimationFrame(tick); }
  };
  requestAnimationFrame(tick);
})"""
"""JavaScript: wait until the panel has stopped scrolling (3 frames at the same
place), then one frame more for the story's scroll handler."""


def wheel_to(visit, i: int) -> None:
    """Scroll the panel with the mouse wheel until chapter ``i`` is read.

    Each turn wheels by the distance from the section's top to the reading
    line, plus a few pixels. A second turn is needed when the sticky area
    moves (on a phone it only sticks once the sheet's bar has scrolled away,
    which lifts the reading line).
    """
    page = visit.page
    for _ in range(4):
        at = page.evaluate(GEOMETRY)
        distance = at["tops"][i] - at["line"]
        assert distance > 0 or page.evaluate("kmStory.current()") == i, (
            f"chapter {i} passed the reading line and is not current"
        )
        if distance <= 0:
            break
        page.mouse.move((at["left"] + at["right"]) / 2, (at["line"] + at["bottom"]) / 2)
        page.mouse.wheel(0, distance + 4)
        assert page.evaluate(SETTLED), "the panel kept scrolling"
        if page.evaluate("kmStory.current()") == i:
            break
    wait_chapter(visit, i)


# --- 1. reading: the wheel over the panel, chapter after chapter -----------------


@pytest.mark.parametrize(
    ("size", "motion"),
    [(LAPTOP, "no-preference"), (PHONE, "reduce")],
    ids=["1280x800", "390x844-reduced-motion"],
)
def test_scrolling_the_panel_walks_the_map_through_every_chapter(
    browser, saved, chapters, size, motion
):
    visit = open_story(browser, saved, size, reduced_motion=motion)
    try:
        check_chapter(visit, chapters, 0)
        for i in range(1, len(chapters)):
            wheel_to(visit, i)
            visit.idle()
            check_chapter(visit, chapters, i)
        assert visit.external == []
        assert visit.errors == []
    finally:
        visit.close()


# --- 2. keys -------------------------------------------------------------------


def test_the_keys_move_between_chapters_but_not_in_the_slider(laptop, chapters):
    page, last = laptop.page, len(chapters) - 1

    def after(key: str, i: int) -> dict:
        page.keyboard.press(key)
        wait_chapter(laptop, i)
        now = state(laptop)
        assert now["hash"] == f"#chapter={chapters[i]['id']}", key
        assert now["date"] == chapters[i]["date"].isoformat(), key
        return now

    after("End", last)
    after("Home", 0)
    after("ArrowDown", 1)
    after("ArrowDown", 2)
    after("PageUp", 1)
    thumb = page.locator(".km-slider input[type=range]")
    thumb.focus()
    page.keyboard.press("ArrowDown")
    page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))"
    )
    assert page.evaluate("kmStory.current()") == 1
    assert page.evaluate("location.hash") == f"#chapter={chapters[1]['id']}"
    assert laptop.errors == []


# --- 3. the URL hash -------------------------------------------------------------


def test_the_url_hash_opens_a_chapter(browser, saved, chapters):
    target, other = 8, 12
    visit = open_story(
        browser, _Fragment(saved, f"chapter={chapters[target]['id']}"), LAPTOP
    )
    page = visit.page
    try:
        wait_chapter(visit, target)
        visit.idle()
        check_chapter(visit, chapters, target)
        page.wait_for_function("() => new Promise(r => setTimeout(() => r(true), 100))")
        at = page.evaluate(GEOMETRY)
        assert at["head"] - 1 <= at["tops"][target] < at["line"], (
            f"chapter {target} is not in view: its top is at {at['tops'][target]:.0f}, "
            f"the panel shows {at['head']:.0f}..{at['bottom']:.0f}"
        )
        page.evaluate(
            "(h) => { location.hash = h; }", f"#chapter={chapters[other]['id']}"
        )
        wait_chapter(visit, other)
        visit.idle()
        check_chapter(visit, chapters, other)
        at = page.evaluate(GEOMETRY)
        assert at["head"] - 1 <= at["tops"][other] < at["line"]
        assert visit.errors == []
    finally:
        visit.close()


# --- 4. reduced motion ----------------------------------------------------------

VIEW_NOW = """(() => { const m = FIND_MAP, c = m.getCenter();
  return [c.lat, c.lng, m.getZoom()]; })()""".replace("FIND_MAP", FIND_MAP)
"""JavaScript expression: the map's centre and zoom now."""

STEP_NOW = """() => {
  const view = () => VIEW_NOW, before = view();
  document.querySelector(".km-story-nav [data-km-step='1']").click();
  const m = FIND_MAP, i = kmStory.current(), c = kmStory.chapters[i].bounds;
  const target = L.latLng((c[1] + c[3]) / 2, (c[0] + c[2]) / 2);
  const top = document.querySelectorAll(".km-chapter")[i].getBoundingClientRect().top;
  const head = document.querySelector(".km-dock-time").getBoundingClientRect().bottom;
  return {i, before, now: view(), holds: m.getBounds().contains(target),
          animating: !!m._animatingZoom, offset: top - head};
}""".replace("VIEW_NOW", VIEW_NOW).replace("FIND_MAP", FIND_MAP)
"""JavaScript: press Next and, in the same task, read the map and the panel (the
section's top below the sticky area: ``reveal()`` brings it to 6 px)."""

LATER = """() => new Promise(r => requestAnimationFrame(
  () => requestAnimationFrame(() => r(VIEW_NOW))))""".replace("VIEW_NOW", VIEW_NOW)
"""JavaScript: the map's centre and zoom two animation frames later."""

REVEALED = """(i) => {
  const top = document.querySelectorAll(".km-chapter")[i].getBoundingClientRect().top;
  const head = document.querySelector(".km-dock-time").getBoundingClientRect().bottom;
  return Math.abs(top - head - 6) <= 2;
}"""
"""JavaScript: whether the panel has scrolled section ``i`` to its place."""


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_reduced_motion_jumps_instead_of_flying(browser, saved, chapters, motion):
    visit = open_story(browser, saved, LAPTOP, reduced_motion=motion)
    page = visit.page
    try:
        now = page.evaluate(STEP_NOW)
        assert now["i"] == 1
        if motion == "reduce":
            assert now["now"][2] != now["before"][2], "the map did not jump"
            assert now["holds"], "the map is not over the chapter's extent"
            assert not now["animating"]
            assert abs(now["offset"] - 6) <= 2, (
                f"the panel did not scroll at once: the section's top is "
                f"{now['offset']:.0f} px below the sticky area"
            )
        else:
            assert now["offset"] > 100, "the panel scrolled at once: no smooth scroll"
            during = page.evaluate(LATER)
        visit.idle()
        page.wait_for_function(REVEALED, arg=1)
        if motion != "reduce":
            after = page.evaluate(VIEW_NOW)
            assert now["now"] != after, "the map jumped: no flight"
            assert during not in (now["before"], after), "the map did not fly"
        check_chapter(visit, chapters, 1)
        assert visit.errors == []
    finally:
        visit.close()


PHONE_STEP = """() => {
  const bar = document.querySelector(".km-dock-toggle").getBoundingClientRect();
  const dock = document.querySelector(".km-dock").getBoundingClientRect();
  const active = document.querySelector(".km-chapter.km-active");
  const top = active.getBoundingClientRect().top;
  const head = document.querySelector(".km-dock-time").getBoundingClientRect().bottom;
  return {bar: bar.top >= dock.top - 1 && bar.bottom <= dock.bottom,
          offset: top - head};
}"""
"""JavaScript: whether the sheet's close button shows, and where the current
chapter's section is below the sticky area."""


def test_on_a_phone_a_chapter_lands_under_the_sticky_area_with_the_sheet_bar_shown(
    browser, saved
):
    visit = open_story(browser, saved, PHONE, reduced_motion="reduce")
    try:
        visit.page.evaluate("(i) => kmStory.go(i)", SHOT_CHAPTER)
        wait_chapter(visit, SHOT_CHAPTER)
        now = visit.page.evaluate(PHONE_STEP)
        assert now["bar"], "the sheet's close button scrolled out of view"
        assert abs(now["offset"] - 6) <= 2, (
            f"the chapter's top is {now['offset']:.0f} px below the sticky area"
        )
    finally:
        visit.close()


# --- 5. the Japanese page ---------------------------------------------------------

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")


def test_the_japanese_page_reads_in_japanese(browser, saved_ja):
    visit = open_story(browser, saved_ja, PHONE, reduced_motion="reduce")
    try:
        words = visit.page.evaluate(
            """() => {
              const text = s => Array.from(document.querySelectorAll(s))
                .map(e => e.textContent.trim());
              return {buttons: text(".km-story-nav button"),
                      count: text(".km-story-count"),
                      current: text(".km-chapter.km-active h2"),
                      titles: text(".km-chapter h2"),
                      texts: text(".km-chapter-text")};
            }"""
        )
        assert len(words["titles"]) == len(words["texts"]) == 17
        for key in ("buttons", "count", "current"):
            assert words[key], key
            for text in words[key]:
                assert CJK.search(text), f"{key}: {text!r} is not Japanese"
        stray = {
            (key, word)
            for key in ("buttons", "titles", "texts")
            for text in words[key]
            for word in LATIN_WORD.findall(text)
        }
        assert stray == set(), f"English words on the Japanese page: {sorted(stray)}"
        assert visit.external == []
        assert visit.errors == []
    finally:
        visit.close()


# --- 6. screenshots ---------------------------------------------------------------


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["1280x800", "390x844"])
def test_screenshot_shows_sea_and_land(browser, saved, chapters, size, tmp_path):
    visit = open_story(browser, saved, size, reduced_motion="reduce")
    try:
        visit.page.evaluate("(i) => kmStory.go(i)", SHOT_CHAPTER)
        wait_chapter(visit, SHOT_CHAPTER)
        visit.idle()
        w, h = size
        name = f"story-{w}x{h}.png"
        share = screenshot(visit.page, tmp_path, name)
        assert 0.1 < share < 0.9, f"{name}: the sea covers {share:.1%} of the picture"
        assert visit.errors == []
    finally:
        visit.close()


# --- 7. print: one page per chapter ------------------------------------------------


def letters(text: str) -> str:
    """Only the letters and digits of a text (a PDF's ligatures and dashes vary)."""
    import unicodedata

    return re.sub(r"\W+", "", unicodedata.normalize("NFKC", text))


def test_printing_gives_each_chapter_its_own_page(browser, saved, chapters):
    import io

    from pypdf import PdfReader

    visit = open_story(browser, saved, LAPTOP, reduced_motion="reduce")
    try:
        visit.page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        pdf = PdfReader(io.BytesIO(visit.page.pdf(format="A4")))  # the print CSS
        pages = [letters(page.extract_text()) for page in pdf.pages]
        assert len(pages) >= len(chapters)
        first = []
        for c in chapters:  # each chapter opens a page, with what its map shows
            title = letters(c["title"])
            at = [i for i, text in enumerate(pages) if title in text[:200]]
            assert at, c["id"]
            first.append(at[0])
            shown = "".join(pages[at[0] : at[0] + 2])
            assert letters(c["alt"])[:80] in shown, c["id"]
        assert first == sorted(set(first))  # never two chapters on one page
        assert visit.errors == []
    finally:
        visit.close()
