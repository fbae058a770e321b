"""The exported map in a real browser: Debian's Chromium driven by Playwright.

The network is blocked: every request that is not the file itself is aborted
and counted. Without Chromium these tests skip, unless KURILMAP_REQUIRE_BROWSER=1
(set by CI, which installs it) makes that a failure.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

import kurilmap
from tests import _browser
from tests._browser import FIND_MAP, keep_screenshot, launch

MOVE = "(e, v) => { e.value = v; e.dispatchEvent(new Event('input')); }"


@pytest.fixture(scope="module")
def browser():
    yield from launch()


class Visit(_browser.Visit):
    """A page opened from a file with the network blocked, at a window size."""

    def __init__(self, browser, path: Path, *, width: int = 1200, height: int = 800):
        super().__init__(browser, path, viewport={"width": width, "height": height})

    def point(self, lat: float, lon: float) -> tuple[float, float]:
        """Page coordinates of a lat/lon."""
        return tuple(
            self.page.evaluate(
                f"""([lat, lon]) => {{ const m = {FIND_MAP};
                const p = m.latLngToContainerPoint([lat, lon]);
                const r = m.getContainer().getBoundingClientRect();
                return [p.x + r.left, p.y + r.top]; }}""",
                [lat, lon],
            )
        )


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("maps") / "neutral.html"
    kurilmap.save_html(kurilmap.make_map("neutral"), path)
    return path


@pytest.fixture
def visit(browser, map_file):
    page = Visit(browser, map_file)
    yield page
    page.close()


def test_loads_offline_with_no_error_and_no_request(visit):
    assert visit.external == []
    assert visit.errors == []
    assert visit.page.locator("path.leaflet-interactive").count() > 10


def test_legend_is_visible_and_names_the_view(visit):
    legend = visit.page.locator(".km-legend")
    assert legend.is_visible()
    assert "Neutral: both positions" in legend.inner_text()
    assert "Administered by Russia, claimed by Japan" in legend.inner_text()


def settlement_count(page) -> int:
    return page.locator('path.leaflet-interactive[fill="#FFFFFF"]').count()


def test_toggling_a_layer_hides_it(visit):
    before = settlement_count(visit.page)
    assert before >= 5
    checkbox = visit.page.locator(
        ".leaflet-control-layers-overlays label", has_text="Settlements"
    ).locator("input")
    checkbox.uncheck()
    assert settlement_count(visit.page) == 0
    checkbox.check()
    assert settlement_count(visit.page) == before


def test_clicking_a_settlement_opens_its_popup(visit):
    x, y = visit.point(44.030556, 145.855556)  # Yuzhno-Kurilsk [S40]
    visit.page.mouse.click(x, y)
    popup = visit.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Yuzhno-Kurilsk" in text
    assert "Furukamappu" in text  # its name before 1946, in the reader's script
    assert "Южно-Курильск" not in text
    assert "6,991" in text  # 2021 census
    assert popup.locator("script").count() == 0


def fills(page) -> list[str]:
    return page.eval_on_selector_all(
        "path.leaflet-interactive",
        "els => els.map(e => e.getAttribute('fill') + '|' + e.getAttribute('class'))",
    )


def test_time_slider_changes_the_territories(visit):
    today = fills(visit.page)
    slider = visit.page.locator(".km-slider input")
    slider.evaluate("e => { e.value = 0; e.dispatchEvent(new Event('input')); }")
    assert visit.page.locator(".km-slider .km-date").inner_text() == "1700-01-01"
    then = fills(visit.page)
    assert then != today
    assert any("#BBBBBB" in f for f in then)  # no treaty boundary yet
    assert not any("km-hatch-disputed" in f for f in then)
    assert any("km-hatch-disputed" in f for f in today)


def go_to(page, day: str) -> str:
    """Move the slider to the last frame on or before ``day``; return its day."""
    slider = page.locator(".km-slider input")
    found = 0
    for i in range(int(slider.get_attribute("max")) + 1):
        slider.evaluate(MOVE, i)
        if page.locator(".km-slider .km-date").inner_text() > day:
            break
        found = i
    slider.evaluate(MOVE, found)
    return page.locator(".km-slider .km-date").inner_text()


def tooltips(page, *, circles: bool = False) -> list[str]:
    """The tooltips of every layer on the map (only the circles: settlements)."""
    return page.evaluate(
        f"""(circles) => {{ const m = {FIND_MAP}; const out = [];
        m.eachLayer(l => {{ if ((!circles || l.setRadius) && l.getTooltip
            && l.getTooltip()) out.push(String(l.getTooltip().getContent())); }});
        return out.sort(); }}""",
        circles,
    )


def settlement_names(page) -> list[str]:
    return tooltips(page, circles=True)


@pytest.mark.parametrize(
    ("day", "present", "absent", "legend_has", "legend_lacks"),
    [
        (
            "1800-06-01",
            [],
            ["Shana", "Kurilsk", "Gornoye"],
            ["No treaty boundary yet", "Under Japanese rule"],
            ["Japan's claim line", "Equidistance"],
        ),
        (
            "1860-06-01",
            ["Shana", "Arimoe"],
            ["Kurilsk", "Gornoye"],
            ["Treaty boundary", "Japanese territory"],
            ["claim line", "Equidistance"],
        ),
        (
            "1905-10-01",
            ["Shana", "Arimoe"],
            ["Kurilsk", "Golovnino"],
            ["Treaty boundary"],
            ["Japan's claim line", "Equidistance"],
        ),
        (
            "1940-06-01",
            ["Shana", "Arimoe"],
            ["Kurilsk", "Rybaki"],
            ["Treaty boundary", "Japanese territory"],
            ["claim line", "Occupied"],
        ),
        (
            "1945-08-20",
            ["Shana"],
            ["Kurilsk", "Yuzhno-Kurilsk"],
            ["Occupied by the Soviet Union"],
            ["claim line", "Annexed"],
        ),
        (
            "1946-03-01",
            ["Shana", "Yuzhno-Kurilsk"],
            ["Kurilsk", "Gornoye"],
            ["Annexed by the Soviet Union in 1946"],
            ["claim line", "Treaty"],
        ),
        (
            "1952-01-01",
            ["Kurilsk", "Yuzhno-Kurilsk"],
            ["Shana", "Gornoye"],
            ["Japan's claim line", "Annexed"],
            ["Equidistance", "Treaty"],
        ),
        (
            "1960-01-01",
            ["Kurilsk", "Rybaki", "Malokurilskoye"],
            ["Shana", "Gornoye"],
            ["Japan's claim line", "the Soviet Union"],
            ["Equidistance", "Treaty"],
        ),
        (
            "1993-11-01",
            ["Kurilsk", "Gornoye"],
            ["Shana"],
            ["Equidistance", "Administered by Russia"],
            ["Soviet", "Treaty"],
        ),
        (
            "2019-05-10",
            ["Kurilsk", "Gornoye", "Yuzhno-Kurilsk"],
            ["Shana"],
            ["Japan's claim line", "Equidistance", "Russia"],
            ["Treaty"],
        ),
        (
            dt.date.today().isoformat(),
            ["Kurilsk", "Gornoye"],
            ["Shana"],
            ["Japan's claim line", "Russia"],
            ["Treaty", "Soviet"],
        ),
    ],
)
def test_the_slider_shows_what_existed_on_the_day(
    visit, day, present, absent, legend_has, legend_lacks
):
    shown = go_to(visit.page, day)
    assert shown <= day
    legend = visit.page.locator(".km-legend")
    assert legend.locator(".km-legend-date").inner_text() == shown
    names = settlement_names(visit.page)
    for name in present:
        assert name in names, (day, names)
    for name in absent:
        assert name not in names, (day, names)
    text = legend.inner_text()
    for words in legend_has:
        assert words in text, (day, text)
    for words in legend_lacks:
        assert words not in text, (day, text)
    assert visit.errors == []


def test_screenshot_shows_the_islands(visit, tmp_path):
    import matplotlib.pyplot as plt

    shot = tmp_path / "map.png"
    visit.page.screenshot(path=str(shot))
    pixels = (plt.imread(shot)[..., :3] * 255).round().astype(int)
    sea = (pixels == [0xDC, 0xEB, 0xF5]).all(axis=-1)
    x, y = visit.point(44.9, 147.55)  # inland Iturup
    patch = pixels[int(y) - 3 : int(y) + 3, int(x) - 3 : int(x) + 3]
    assert not (patch == [0xDC, 0xEB, 0xF5]).all(axis=-1).any()
    assert 0.2 < sea.mean() < 0.95  # both sea and land are on screen
    # make screenshot: keep the checked picture for the README
    target = os.environ.get("KURILMAP_SCREENSHOT")
    if target:
        keep_screenshot(shot, Path(target))


HOSTILE = [
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=2</script>",
    '" onerror="window.__pwned=3',
    "' onmouseover='window.__pwned=4",
    "<img src=x onerror=window.__pwned=5>",
    "<svg onload=window.__pwned=6>",
    "`${window.__pwned=7}`",
    "{{constructor.constructor('window.__pwned=8')()}}",
    "{% raw %}{{7*7}}",
    "javascript:window.__pwned=9",
    "<a href=javascript:alert(1)>x</a>",
    "<iframe srcdoc='<script>parent.__pwned=10</script>'>",
    "\\u003cscript\\u003e",
    "</div></div><b>broken</b>",
    "&lt;already escaped&gt;",
    "'; alert(11); '",
    '"; alert(12); "',
    "<style>body{display:none}</style>",
    "\u2028\u2029<p>",
    "<!--",
    "]]>",
    "<math><mi xlink:href=javascript:alert(13)>",
    "\\`\\${alert(14)}",
    "<details open ontoggle=window.__pwned=15>",
]


def test_hostile_text_never_runs(browser, tmp_path):
    assert len(HOSTILE) >= 20
    points = [
        shapely.Point(145.5 + 0.12 * i, 43.6 + 0.05 * (i % 5))
        for i in range(len(HOSTILE))
    ]
    data = gpd.GeoDataFrame(
        {"name": HOSTILE, "note": HOSTILE[::-1]}, geometry=points, crs=4326
    )
    m = kurilmap.make_map("neutral", layers=("territories", "labels"))
    kurilmap.add_layer(m, data, name=HOSTILE[0], label="name", popup=["name", "note"])
    path = kurilmap.save_html(m, tmp_path / "hostile.html")
    page = Visit(browser, path)
    try:
        opened = page.page.evaluate(f"""() => {{
            const m = {FIND_MAP}; let n = 0;
            m.eachLayer(l => {{ if (l.feature && l.getPopup && l.getPopup()
                                    && l.feature.properties.t
                                    && !l.feature.properties.u) {{
                l.openTooltip(); l.openPopup(); n += 1; }} }});
            return n; }}""")
        assert opened == len(HOSTILE)
        page.page.wait_for_timeout(200)
        assert page.page.evaluate("() => window.__pwned") is None
        assert page.dialogs == []
        assert page.errors == []
        assert page.external == []
        assert page.page.locator("path.leaflet-interactive").count() > 10
        assert page.page.locator(".leaflet-popup-content b").count() >= 1
        assert (
            page.page.locator(
                ".leaflet-popup-content script, .leaflet-popup-content img"
            ).count()
            == 0
        )
    finally:
        page.close()


def test_compare_map_loads_with_two_legends(browser, tmp_path):
    path = kurilmap.save_html(
        kurilmap.compare_map("japan", "russia"), tmp_path / "compare.html"
    )
    page = Visit(browser, path, width=1400)
    try:
        legends = page.page.locator(".km-legend")
        assert legends.count() == 2
        assert "Japan's view" in legends.nth(0).inner_text()
        assert "Russia's view" in legends.nth(1).inner_text()
        assert page.errors == []
        assert page.external == []
    finally:
        page.close()


def _article_map(tmp_path, text: str, name: str, **kwargs) -> Path:
    article = kurilmap.Article.from_text(text, **kwargs)
    return kurilmap.save_html(kurilmap.make_map(article=article), tmp_path / name)


def test_article_panel_flies_to_places_and_points_to_far_cities(browser, tmp_path):
    from tests.article_samples import EN_2019_05_30

    path = _article_map(tmp_path, EN_2019_05_30, "article.html", date="2019-05-30")
    page = Visit(browser, path, width=1400, height=900)
    try:
        p = page.page
        assert p.locator("aside.km-article").is_visible()
        assert p.locator(".km-mention").count() >= 10
        # the map sits beside the panel (the article is its first tab), not under it
        panel = p.locator("aside.km-dock").bounding_box()
        box = p.locator(".folium-map").bounding_box()
        assert box["x"] + box["width"] <= panel["x"] + 1
        assert p.locator("aside.km-dock aside.km-article").count() == 1
        # a place in the region: the map flies there and opens its popup
        before = p.evaluate(f"() => {FIND_MAP}.getCenter().lng")
        p.locator('[data-km-place="iturup"]').first.click()
        p.wait_for_selector(".leaflet-popup-content .km-article-popup")
        page.idle()  # the popup's auto-pan ends with the edge labels' layout
        after = p.evaluate(f"() => {FIND_MAP}.getCenter()")
        assert after["lng"] != before
        assert 146.5 < after["lng"] < 149.5
        assert 44.0 < after["lat"] < 45.9
        assert "Iturup" in p.locator(".leaflet-popup-content h4").inner_text()
        # Tokyo lies outside the map: a label at the edge, pointing its way
        labels = p.locator(".km-offmap.km-at-edge")
        assert labels.count() >= 2
        for i in range(labels.count()):
            b = labels.nth(i).bounding_box()
            assert box["x"] <= b["x"]
            assert b["x"] + b["width"] <= box["x"] + box["width"]
            assert box["y"] <= b["y"]
            assert b["y"] + b["height"] <= box["y"] + box["height"]
        p.locator('[data-km-place="tokyo"]').first.click()
        p.wait_for_timeout(300)
        assert "Tokyo" in p.locator(".leaflet-popup-content h4").inner_text()
        # the article's events are buttons on the time slider
        marks = p.locator("[data-km-frame]")
        assert marks.count() >= 2
        marks.first.click()
        frame = p.locator(".km-slider").get_attribute("data-frame")
        assert frame == marks.first.get_attribute("data-km-frame")
        assert p.locator(".km-slider .km-in-article").count() >= 1
        # the legend and layers are the panel's other tab
        assert not p.locator(".km-legend").is_visible()
        p.locator('.km-tab[data-km-tab="key"]').click()
        assert p.locator(".km-legend").is_visible()
        assert not p.locator("aside.km-article").is_visible()
        assert page.errors == []
        assert page.external == []
        assert page.dialogs == []
    finally:
        page.close()


def test_hostile_article_never_runs(browser, tmp_path):
    paragraphs = [f"Kono said on Kunashir that {h} is near Shikotan." for h in HOSTILE]
    quotes = [f'"{h}," Lavrov said in Moscow.' for h in HOSTILE]
    text = "\n\n".join([HOSTILE[0], *paragraphs, *quotes])
    path = _article_map(tmp_path, text, "hostile-article.html", date="2019-05-10")
    page = Visit(browser, path)
    try:
        p = page.page
        buttons = p.locator(".km-mention")
        assert buttons.count() >= len(HOSTILE)
        for i in (0, 1, buttons.count() - 1):
            buttons.nth(i).click()
            p.wait_for_timeout(400)
        opened = p.evaluate(f"""() => {{ let n = 0;
            {FIND_MAP}.eachLayer(l => {{ if (l.kmItem) {{ l.kmOpen(); n += 1; }} }});
            return n; }}""")
        assert opened >= 3
        p.wait_for_timeout(200)
        assert p.evaluate("() => window.__pwned") is None
        assert page.dialogs == []
        assert page.errors == []
        assert page.external == []
        assert p.locator("aside.km-article script, aside.km-article img").count() == 0
        assert "<script>" in p.locator("aside.km-article").inner_text()
    finally:
        page.close()


def frame_texts(page) -> set[str]:
    """Every text the map shows on each day of its slider (tooltips included)."""
    slider = page.locator(".km-slider input")
    seen: set[str] = set()
    for i in range(int(slider.get_attribute("max")) + 1):
        slider.evaluate(MOVE, i)
        seen.add(page.inner_text("body"))
        seen.update(tooltips(page))
    return seen


@contextmanager
def opened(browser, path: Path, view: str, lang: str):
    """A page with the map of ``view`` in ``lang``, closed afterwards."""
    kurilmap.save_html(kurilmap.make_map(view, lang=lang), path)
    page = Visit(browser, path)
    try:
        yield page
    finally:
        page.close()


@pytest.mark.parametrize("view", ["japan", "russia", "de_facto", "neutral"])
def test_a_japanese_map_shows_no_cyrillic_on_any_day(browser, tmp_path, view):
    import re

    with opened(browser, tmp_path / "ja.html", view, "ja") as page:
        shown = [t for t in frame_texts(page.page) if re.search(r"[\u0400-\u04ff]", t)]
        assert shown == [], view
        assert page.errors == []


NOT_PLACES = {"Leaflet", "GSHHG", "GSI", "LGPL", "kurilmap", "sources", "csv", "SCAPIN"}
"""Latin words a Russian map may show: credits, file names, agencies, a code."""


@pytest.mark.parametrize("view", ["japan", "russia", "de_facto", "neutral"])
def test_a_russian_map_shows_no_latin_place_names_on_any_day(browser, tmp_path, view):
    import re

    with opened(browser, tmp_path / "ru.html", view, "ru") as page:
        seen = {
            w for t in frame_texts(page.page) for w in re.findall(r"[A-Za-z]{3,}", t)
        }
        assert seen <= NOT_PLACES, sorted(seen - NOT_PLACES)
        assert page.errors == []


def _hatches(page) -> set[str]:
    return {
        c
        for f in fills(page)
        for c in f.split("|")[1].split()
        if c.startswith("km-hatch")
    }


def test_the_one_map_switches_view_and_language_and_the_hash_restores_them(
    browser, tmp_path
):
    path = kurilmap.save_html(
        kurilmap.views_map("neutral", lang="en", date="1960-01-01"), tmp_path / "v.html"
    )
    page = Visit(browser, path, width=1280, height=800)
    try:
        p = page.page
        p.wait_for_selector(".km-shell .km-switch")
        assert p.locator(".km-legend h4").inner_text() == "Neutral: both positions"
        assert "Kunashir / Kunashiri" in p.locator(".km-label").all_inner_texts()
        neutral = _hatches(p)
        p.select_option("[data-km=view]", "japan")
        p.select_option("[data-km=lang]", "ja")
        p.wait_for_timeout(350)  # Leaflet fades the old labels out over 200 ms
        assert p.locator(".km-legend h4").inner_text() == "日本の立場"
        names = p.locator(".km-label").all_inner_texts()
        assert any("国後島" in n for n in names), names
        assert not any("Kunashir" in n for n in names), names
        japan = _hatches(p)
        assert japan != neutral  # occupied (Japan's view) is drawn unlike disputed
        assert "km-hatch-japanese-occupied" in japan
        assert "領域" in p.locator(".leaflet-control-layers").inner_text()
        assert "日本の立場" in p.title()
        assert p.evaluate("document.documentElement.lang") == "ja"
        assert p.locator(".km-slider .km-date").inner_text().startswith("1960")
        url = p.url
        assert "#view=japan&lang=ja&date=1960" in url
        p.select_option("[data-km=lang]", "en")
        assert p.title().startswith("Japan's view")  # text, not escaped HTML
        p.select_option("[data-km=lang]", "ru")
        assert "км" in p.locator(".leaflet-control-scale").inner_text()
        zoom_in = p.locator(".leaflet-control-zoom-in").get_attribute("title")
        assert zoom_in == "Приблизить"
        p.select_option("[data-km=lang]", "ja")
        # a link opens the same view, language and date
        fresh = browser.new_page(viewport={"width": 1280, "height": 800})
        fresh.route("**/*", page._route)
        fresh.goto(path.as_uri() + "#view=russia&lang=ru&date=1950-06-01")
        fresh.wait_for_selector(".km-shell .km-switch")
        fresh.wait_for_timeout(350)
        assert fresh.locator(".km-legend h4").inner_text() == "Позиция России"
        assert fresh.locator("[data-km=view]").input_value() == "russia"
        assert fresh.locator("[data-km=lang]").input_value() == "ru"
        day = fresh.locator(".km-slider").get_attribute("data-km-iso")
        assert "1945" < day <= "1950-06-01"
        assert any("Кунашир" in n for n in fresh.locator(".km-label").all_inner_texts())
        fresh.goto(url)
        fresh.reload()
        fresh.wait_for_selector(".km-shell .km-switch")
        fresh.wait_for_timeout(200)
        assert fresh.locator(".km-legend h4").inner_text() == "日本の立場"
        fresh.close()
        assert page.errors == []
        assert page.external == []
    finally:
        page.close()


def test_the_measuring_tool_speaks_the_language_switched_to(browser, tmp_path):
    path = kurilmap.save_html(
        kurilmap.views_map("neutral", lang="en", layers=("territories",)),
        tmp_path / "v.html",
    )
    page = Visit(browser, path, width=1280, height=800)
    try:
        p = page.page
        p.wait_for_selector(".km-shell .km-switch")
        tool = p.locator(".leaflet-control-measure")

        def words() -> str:  # its link, title and panel, open or closed
            title = tool.locator("a").first.get_attribute("title") or ""
            return title + " " + tool.evaluate("e => e.textContent")

        assert "Measure distances and areas" in words()
        for lang, said, gone in [
            ("ja", "距離と面積を測る", ("Measure", "Cancel", "Start", "Измерение")),
            ("ru", "Измерение расстояний и площадей", ("Measure", "計測", "距離")),
            ("en", "Measure distances and areas", ("Измерение", "計測")),
        ]:
            p.select_option("[data-km=lang]", lang)
            p.wait_for_timeout(100)
            text = words()
            assert said in text, (lang, text)
            assert not any(w in text for w in gone), (lang, text)
        assert page.errors == []
    finally:
        page.close()


@pytest.mark.parametrize(
    ("lang", "zoom", "scale", "tool"),
    [
        ("ja", "拡大", "マイル", "距離と面積を測る"),
        ("ru", "Приблизить", "км", "Измерение"),
    ],
)
def test_leaflet_controls_speak_the_map_language(
    browser, tmp_path, lang, zoom, scale, tool
):
    path = kurilmap.save_html(
        kurilmap.make_map(lang=lang, layers=("territories",)), tmp_path / "m.html"
    )
    page = Visit(browser, path)
    try:
        p = page.page
        p.wait_for_selector(".km-shell")
        assert p.locator(".leaflet-control-zoom-in").get_attribute("title") == zoom
        assert scale in p.locator(".leaflet-control-scale").inner_text()
        p.locator(".leaflet-control-measure").hover()
        text = p.locator(".leaflet-control-measure").inner_text()
        assert tool in text
        if lang == "ja":  # no English left in the tool, open or closed
            p.locator(".leaflet-control-measure .js-start").click()
            p.wait_for_timeout(100)
            shown = p.locator(".leaflet-control-measure").inner_text()
            assert not any(w in shown for w in ("Measure", "Cancel", "Start", "points"))
        assert page.errors == []
    finally:
        page.close()


LATIN_TITLES = """() => [...document.querySelectorAll('[title], [aria-label]')]
    .filter(e => !e.closest('.leaflet-control-attribution'))
    .map(e => (e.title || '') + ' ' + (e.getAttribute('aria-label') || ''))
    .filter(t => /[A-Za-z]{3}/.test(t))"""
"""Every control's title or label holding a Latin word (Leaflet's credit aside)."""


@pytest.mark.parametrize(
    ("lang", "scales"),
    [
        ("ja", {11: "3 マイル", 12: "1 マイル", 13: "3000 フィート"}),
        ("ru", {10: "5 миль", 11: "3 мили", 12: "1 миля", 13: "3000 футов"}),
    ],
)
def test_no_control_is_titled_in_english_and_the_scale_counts_in_the_language(
    browser, tmp_path, lang, scales
):
    path = kurilmap.save_html(kurilmap.make_map(lang=lang), tmp_path / "m.html")
    page = Visit(browser, path)
    try:
        p = page.page
        p.wait_for_selector(".km-shell")
        titles = p.evaluate(LATIN_TITLES)
        assert titles == []  # "Layers", "Hide MiniMap" were English
        mini = p.locator(".leaflet-control-minimap-toggle-display")
        hidden = mini.get_attribute("title")
        mini.click()
        p.wait_for_timeout(300)
        assert mini.get_attribute("title") not in (hidden, "Show MiniMap")
        for zoom, text in scales.items():
            p.evaluate(
                """z => Object.values(window)
                    .find(v => v && v._leaflet_id && v.setZoom && v.getContainer)
                    .setZoom(z, {animate: false})""",
                zoom,
            )
            p.wait_for_timeout(150)
            assert text in p.locator(".leaflet-control-scale").inner_text()
        assert page.errors == []
    finally:
        page.close()


def test_switching_language_renames_every_control_even_those_in_the_panel(
    browser, tmp_path
):
    # the panel holds the layers and overview-map controls: a switch to Russian
    # left "Layers", "Hide the overview map" and the legend's name in English
    path = kurilmap.save_html(kurilmap.views_map(), tmp_path / "views.html")
    page = Visit(browser, path)
    try:
        p = page.page
        p.wait_for_selector(".km-shell")
        for lang in ("ru", "ja"):
            p.locator('select[data-km="lang"]').first.select_option(lang)
            p.wait_for_timeout(300)
            titles = p.evaluate(LATIN_TITLES)
            assert titles == [], lang
        assert page.errors == []
    finally:
        page.close()
