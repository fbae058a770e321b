"""The corpus atlas: its page data, the command, and the page in a real browser."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

import kurilmap
from kurilmap.cli import main
from kurilmap.errors import InputError, InputTypeError
from kurilmap.maps.atlas import atlas_data
from kurilmap.maps.export import external_loads
from kurilmap.maps.words import ATLAS_WORDS as WORDS
from tests._corpus import ARTICLES, HOSTILE_OUTLET, HOSTILE_TITLE, write_corpus


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("atlas") / "c")


@pytest.fixture(scope="module")
def corpus(folder):
    return kurilmap.read_corpus(folder)


@pytest.fixture(scope="module")
def saved(folder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("atlas-html") / "atlas.html"
    return kurilmap.save_html(kurilmap.atlas(folder), out)


def test_the_page_data_counts_every_mention(corpus):
    data, facts = atlas_data(corpus, lang="en")
    assert data["months"] == ["2019-01", "2019-02", "2019-03", "2019-04", "2019-05"]
    assert sum(r[2] for r in data["rows"]) == len(corpus.mentions)
    ids = [p["id"] for p in data["places"]]
    assert {"iturup", "kunashir", "shikotan", "habomai", "tokyo"} <= set(ids)
    off = {p["id"] for p in data["places"] if p["off"]}
    assert {"tokyo", "moscow"} <= off
    assert not {"iturup", "yuzhno-kurilsk"} & off
    island = {p["id"]: p["g"] for p in data["places"]}
    assert island["yuzhno-kurilsk"] == island["kunashir"] == 1
    assert island["four-islands"] == -1
    assert facts["articles"] == 5


def test_untrusted_text_is_escaped_and_only_web_links_kept(corpus):
    data, _ = atlas_data(corpus, lang="en")
    titles = [a[0] for a in data["articles"]]
    assert HOSTILE_TITLE not in titles
    assert any("&lt;script&gt;" in t for t in titles)
    assert not any("<script" in t or "<img" in t for t in titles)
    urls = [a[4] for a in data["articles"]]
    assert "https://example.org/en/iturup" in urls
    assert not any("javascript" in u for u in urls)


def test_an_undated_article_without_outlet_counts_in_all_months_only(tmp_path):
    article = {**ARTICLES[4], "date": None, "outlet": None, "title": None}
    corpus = kurilmap.read_corpus(write_corpus(tmp_path / "c", [ARTICLES[0], article]))
    data, _ = atlas_data(corpus, lang="ru")
    undated = [a for a in data["articles"] if a[1] == ""]
    assert len(undated) == 1
    assert undated[0][5] == -1
    assert data["outlets"][undated[0][2]] == "издание не указано"
    assert undated[0][0] == "Iturup airport"  # its headline line
    assert data["months"] == ["2019-05"]


@pytest.mark.parametrize(
    ("lang", "empty", "undated"),
    [
        ("en", "No article in this corpus", "1 article from 1 outlet, undated"),
        ("ja", "このコーパスに記事はありません", "1媒体の記事1本（日付なし）"),
        ("ru", "В этом корпусе нет статей", "1 статья из 1 издания, без дат"),
    ],
)
def test_an_empty_or_undated_corpus_is_summed_up_in_words(
    tmp_path, lang, empty, undated
):
    page = kurilmap.maps.render_html(
        kurilmap.atlas(kurilmap.news.Corpus.empty(), lang=lang)
    )
    assert f"<title>{WORDS['title'][lang]} — {empty}</title>" in page
    assert "– –" not in page
    article = {**ARTICLES[4], "date": None, "outlet": "Tokyo Wire"}
    corpus = kurilmap.read_corpus(write_corpus(tmp_path / "c", [article]))
    page = html.unescape(kurilmap.maps.render_html(kurilmap.atlas(corpus, lang=lang)))
    assert undated in page
    assert "– –" not in page


def test_same_corpus_same_bytes(folder, saved, tmp_path):
    again = kurilmap.save_html(kurilmap.atlas(folder), tmp_path / "again.html")
    assert again.read_bytes() == saved.read_bytes()
    text = saved.read_text(encoding="utf-8")
    assert external_loads(text) == []
    assert "https://cdn" not in text


@pytest.mark.parametrize("lang", ["ja", "ru"])
def test_no_stray_english_in_japanese_or_russian(corpus, lang):
    from kurilmap.maps.words import ATLAS_COUNTED, ATLAS_WORDS

    m = kurilmap.atlas(corpus, lang=lang)
    page = kurilmap.maps.render_html(m)
    texts = [(k, w[lang]) for k, w in ATLAS_WORDS.items()]
    texts += [(k, t) for k, w in ATLAS_COUNTED.items() for t in w[lang].values()]
    for key, text in texts:
        plain = re.sub(r"\{[a-z]+\}", "", text)  # fields the page fills in
        assert not re.search(r"[A-Za-z]{3,}", plain), key
    assert html.escape(ATLAS_WORDS["title"][lang]) in page
    assert html.escape(ATLAS_WORDS["size_key"][lang]) in page


@pytest.mark.parametrize(
    ("lang", "summary", "errors"),
    [
        ("en", "5 articles from 4 outlets, 2019-01-22 – 2019-05-30", "1 input could"),
        ("ja", "4媒体の記事5本（2019-01-22～2019-05-30）", "読めなかった入力：1件"),
        (
            "ru",
            "5 статей из 4 изданий, 2019-01-22 – 2019-05-30",
            "прочитать 1 источник",
        ),
    ],
)
def test_the_summary_counts_agree_with_their_nouns(corpus, lang, summary, errors):
    page = kurilmap.maps.render_html(kurilmap.atlas(corpus, lang=lang))
    assert summary in html.unescape(page)
    assert errors in html.unescape(page)
    from kurilmap.maps.words import ATLAS_WORDS

    assert not any("(s)" in w[lang] for w in ATLAS_WORDS.values())


def test_russian_counts_take_the_form_of_their_number():
    # every table's forms: tests/test_map_words.py
    from kurilmap.maps.words import ATLAS_COUNTED
    from kurilmap.vocab import counted

    ru = ATLAS_COUNTED["mentions"]["ru"]
    assert [counted(n, ru, "ru") for n in (1, 2, 5, 21, 22, 11)] == [
        "1 упоминание",
        "2 упоминания",
        "5 упоминаний",
        "21 упоминание",
        "22 упоминания",
        "11 упоминаний",
    ]
    ru = ATLAS_COUNTED["articles"]["ru"]
    assert [counted(n, ru, "ru") for n in (1, 2, 5)] == [
        "1 статья",
        "2 статьи",
        "5 статей",
    ]


def test_bad_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        kurilmap.atlas(tmp_path / "nothing")
    with pytest.raises(InputTypeError, match="Corpus"):
        kurilmap.atlas(42)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="language"):
        kurilmap.atlas(kurilmap.news.Corpus.empty(), lang="fr")  # type: ignore[arg-type]


def test_the_command_writes_the_atlas(folder, corpus, tmp_path, capsys):
    out = tmp_path / "a.html"
    assert main(["atlas", str(folder), "-o", str(out), "--lang", "ru"]) == 0
    kib = out.stat().st_size // 1024
    assert capsys.readouterr().out == (
        f"wrote {out} ({kib:,} KiB, 5 articles, {len(corpus.mentions):,} mentions)\n"
    )
    assert "Атлас публикаций" in out.read_text(encoding="utf-8")


def test_the_command_on_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["atlas", str(tmp_path / "none"), "-o", str(tmp_path / "a.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("kurilmap: error: no corpus at")
    assert main(["atlas", str(tmp_path), "-o", str(tmp_path / "a.html")]) == 2
    assert "corpus.json" in capsys.readouterr().err
    assert not (tmp_path / "a.html").exists()


# --- in a browser ---------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    from tests._browser import launch

    yield from launch()


SIZES = {"phone": (390, 844), "desktop": (1400, 900)}


@pytest.fixture(params=list(SIZES))
def visit(request, browser, saved):
    from tests._browser import Visit

    width, height = SIZES[request.param]
    context = {"viewport": {"width": width, "height": height}}
    if request.param == "phone":
        context.update(has_touch=True, is_mobile=True, device_scale_factor=1)
    page = Visit(browser, saved, wait_for=".km-shell", **context)
    page.name = request.param
    page.page.wait_for_timeout(300)
    yield page
    page.close()


def shown(page) -> int:
    return int(page.locator(".folium-map").get_attribute("data-km-shown"))


def total(page) -> int:
    text = page.locator(".km-slider .km-date").inner_text()
    return int(re.search(r"(\d+) mention", text).group(1))


def test_offline_no_request_no_error(visit, corpus):
    assert visit.external == []
    assert visit.errors == []
    assert visit.dialogs == []
    assert shown(visit.page) == corpus.mentions["place_id"].nunique()
    assert total(visit.page) == len(corpus.mentions)
    assert visit.page.locator(".km-dock .km-slider").count() == 1
    assert visit.page.locator(".km-dock .km-atlas-filters").count() == 1
    assert visit.page.locator(".km-offmap.km-at-edge").count() >= 2


def test_clicking_a_place_lists_its_articles(visit):
    page = visit.page
    if visit.name == "phone":
        page.locator(".km-dock-toggle").click()
    page.locator('.km-atlas-places [data-km-place="iturup"]').click()
    page.wait_for_selector(".leaflet-popup-content .km-atlas-place")
    assert HOSTILE_OUTLET in page.locator(".leaflet-popup-content").inner_text()
    assert page.locator(".leaflet-popup-content b").count() == 0
    page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
    if visit.name == "phone":
        page.locator(".km-dock-toggle").click()
    page.locator('.km-atlas-places [data-km-place="kunashir"]').click()
    page.wait_for_selector(".leaflet-popup-content .km-atlas-place")
    visit.idle()
    popup = page.locator(".leaflet-popup-content .km-atlas-place")
    assert "Kunashir" in popup.locator("h4").inner_text()
    items = popup.locator(".km-atlas-article")
    assert items.count() == 4
    text = popup.inner_text()
    assert "Japan Presses Russia Over Island Garrisons" in text
    assert "2019-05-30 · Tokyo Wire · English" in text
    assert popup.locator("mark").count() >= 3
    # the hostile title is text: no element, no script ran, no link for javascript:
    assert "<script>window.__pwned=1</script>" in text
    options = page.locator(".km-atlas-filters [data-km=outlet] option")
    assert HOSTILE_OUTLET in options.all_inner_texts()
    assert page.locator(".km-atlas-filters b, .leaflet-popup-content b").count() == 0
    assert popup.locator("script, img").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    hrefs = popup.locator("a").evaluate_all("as => as.map(a => a.href)")
    assert hrefs
    assert all(h.startswith("https://example.org/") for h in hrefs)
    # a click on the circle itself opens the same list
    page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
    page.evaluate(
        """() => { const m = Object.values(window).find(v => v instanceof L.Map);
        m.eachLayer(l => { if (l.kmItem && l.kmItem.id === "shikotan") { l.fire("click",
        {latlng: l.getLatLng()}); } }); }"""
    )
    page.locator(".leaflet-popup-content h4", has_text="Shikotan").wait_for()
    assert visit.errors == []


def test_filters_change_the_counts(visit, corpus):
    page = visit.page
    everything = total(page)
    page.select_option(".km-atlas-filters [data-km=lang]", "ja")
    ja = (corpus.mentions["language"] == "ja").sum()
    assert total(page) == ja < everything
    page.select_option(".km-atlas-filters [data-km=lang]", "")
    outlet = page.locator(
        ".km-atlas-filters [data-km=outlet] option", has_text="Tokyo Wire"
    )
    page.select_option(
        ".km-atlas-filters [data-km=outlet]", outlet.get_attribute("value")
    )
    wire = (corpus.mentions["outlet"] == "Tokyo Wire").sum()
    assert total(page) == wire
    assert (
        shown(page)
        == corpus.mentions.loc[
            corpus.mentions["outlet"] == "Tokyo Wire", "place_id"
        ].nunique()
    )
    page.select_option(".km-atlas-filters [data-km=outlet]", "-1")
    assert total(page) == everything
    assert visit.errors == []


def test_the_slider_moves_through_the_months(visit, corpus):
    page = visit.page
    slider = page.locator(".km-slider input[type=range]")
    slider.evaluate("e => { e.value = 2; e.dispatchEvent(new Event('input')); }")
    visit.idle()
    assert page.locator(".km-slider").get_attribute("data-km-month") == "2019-03"
    march = (corpus.mentions["month"] == "2019-03").sum()
    assert total(page) == march
    assert page.locator(".km-slider .km-bar-on").count() == 1
    slider.evaluate("e => { e.value = 1; e.dispatchEvent(new Event('input')); }")
    assert total(page) == 0
    assert shown(page) == 0
    page.locator(".km-slider .km-all").click()
    assert total(page) == len(corpus.mentions)
    fills = page.locator(".km-atlas-chart rect.km-chart-bar").evaluate_all(
        "rs => rs.map(r => r.getAttribute('fill'))"
    )
    assert set(fills) == {"#0072B2", "#D55E00", "#009E73", "#CC79A7"}
    assert visit.errors == []


def test_a_corpus_of_many_years_is_charted_by_year(browser, tmp_path):
    from tests._browser import Visit

    texts = pd.DataFrame(
        {
            "text": [
                f"Report {year}\n\nFishermen on Shikotan and Kunashir met in {year}."
                for year in (2015, 2016, 2019)
            ],
            "date": ["2015-02-01", "2016-07-01", "2019-05-01"],
            "lang": ["en", "en", "en"],
        }
    )
    texts.to_parquet(tmp_path / "texts.parquet")
    kurilmap.annotate_corpus(tmp_path / "texts.parquet", tmp_path / "c", progress=False)
    corpus = kurilmap.read_corpus(tmp_path / "c")
    data, _ = atlas_data(corpus, lang="en")
    assert len(data["months"]) == 52  # 2015-02 .. 2019-05, gaps filled
    assert data["yearly"]
    path = kurilmap.save_html(kurilmap.atlas(corpus), tmp_path / "years.html")
    visit = Visit(browser, path, viewport={"width": 1400, "height": 900})
    try:
        page = visit.page
        assert "Mentions per year, by island" in page.locator(".km-dock").inner_text()
        titles = page.locator(".km-atlas-chart rect.km-chart-bar title").evaluate_all(
            "ts => ts.map(t => t.textContent)"
        )
        years = {t.split(": ")[0].split()[-1] for t in titles}
        assert years == {"2015", "2016", "2019"}  # a bar a year that has mentions
        xs = page.locator(".km-atlas-chart rect.km-chart-bar").evaluate_all(
            "rs => rs.map(r => r.getAttribute('x'))"
        )
        assert len(set(xs)) == 3
        # the slider still moves by month; its year's bar stays lit
        slider = page.locator(".km-slider input[type=range]")
        slider.evaluate("e => { e.value = 17; e.dispatchEvent(new Event('input')); }")
        assert page.locator(".km-slider").get_attribute("data-km-month") == "2016-07"
        lit = page.locator(
            ".km-atlas-chart rect.km-chart-bar:not([opacity]) title"
        ).evaluate_all("ts => ts.map(t => t.textContent)")
        assert lit
        assert all("2016" in t for t in lit)
        assert visit.errors == []
        assert visit.external == []
    finally:
        visit.close()


UNPLACED = pd.DataFrame(
    {
        "text": [
            "Kitovy school\n\nA new school opened in Kitovy on Iturup on 3 May 2019. "
            "Residents of Kitovy welcomed it.",
            "Kurilsk port\n\nThe port of Kurilsk on Iturup reopened on 5 May 2019.",
        ],
        "date": ["2019-05-06", "2019-05-07"],
        "title": ["Kitovy school", "Kurilsk port"],
        "lang": ["en", "en"],
    }
)
"""Two articles, one naming Kitovy: a settlement of Iturup the gazetteer has no
sourced coordinates for (its geometry is empty, not guessed)."""


@pytest.fixture(scope="module")
def unplaced(tmp_path_factory):
    work = tmp_path_factory.mktemp("atlas-unplaced")
    UNPLACED.to_parquet(work / "texts.parquet")
    kurilmap.annotate_corpus(work / "texts.parquet", work / "c", progress=False)
    return kurilmap.read_corpus(work / "c"), work


def test_a_place_without_coordinates_is_counted_and_listed_not_drawn(unplaced):
    corpus, _ = unplaced
    assert (corpus.mentions["place_id"] == "kitovy").sum() == 2
    data, facts = atlas_data(corpus, lang="ja")
    assert sum(r[2] for r in data["rows"]) == len(corpus.mentions)
    places = {p["id"]: p for p in data["places"]}
    kitovy = places["kitovy"]
    assert kitovy["u"] is True
    assert kitovy["lat"] is None
    assert kitovy["lon"] is None
    assert not kitovy["off"]
    assert kitovy["g"] == places["iturup"]["g"] == places["kurilsk"]["g"] == 0
    assert kitovy["title"] == "内岡"
    assert not any(p["u"] for i, p in places.items() if i != "kitovy")
    assert facts["places"] == len(places)


@pytest.mark.parametrize("size", list(SIZES))
def test_a_place_without_coordinates_opens_its_articles_from_the_list(
    browser, unplaced, size
):
    from tests._browser import Visit

    corpus, work = unplaced
    path = kurilmap.save_html(kurilmap.atlas(corpus), work / "atlas.html")
    width, height = SIZES[size]
    phone = {"has_touch": True, "is_mobile": True} if size == "phone" else {}
    visit = Visit(browser, path, viewport={"width": width, "height": height}, **phone)
    try:
        page = visit.page
        if size == "phone":
            page.locator(".km-dock-toggle").click()
        assert total(page) == len(corpus.mentions) == 5
        drawn = corpus.mentions["place_id"].nunique() - 1  # all but Kitovy
        assert shown(page) == drawn
        markers = page.evaluate(
            """() => { const m = Object.values(window).find(v => v instanceof L.Map);
            let n = 0; m.eachLayer(l => { if (l.kmItem) { n += 1; } }); return n; }"""
        )
        assert markers == drawn
        item = page.locator(".km-atlas-places li", has_text="Kitovy")
        assert item.inner_text() == "Kitovy 2 · not on the map: no sourced coordinates"
        item.locator("[data-km-place=kitovy]").click()
        popup = page.locator(".leaflet-popup-content .km-atlas-place")
        popup.wait_for()
        assert popup.locator("h4").inner_text() == "Kitovy"
        visit.idle()
        box, shown_map = (
            page.locator(s).bounding_box() for s in (".leaflet-popup", ".folium-map")
        )
        assert shown_map["y"] <= box["y"]  # its top in view, the map not moved
        assert box["y"] + box["height"] <= shown_map["y"] + shown_map["height"]
        if size == "phone":  # the sheet closed, as for a place on the map
            assert "km-open" not in page.locator(".km-dock").get_attribute("class")
        assert "no sourced coordinates" in popup.inner_text()
        assert (
            popup.locator(".km-atlas-article")
            .all_inner_texts()[0]
            .startswith("Kitovy school")
        )
        assert popup.locator("mark").count() == 2
        # Kitovy's two mentions are in Iturup's bar: 2 + Iturup 2 + Kurilsk 1
        bars = page.locator(".km-atlas-chart rect.km-chart-bar title").evaluate_all(
            "ts => ts.map(t => t.textContent)"
        )
        assert "Iturup 2019-05: 5 mentions" in bars
        assert visit.errors == []
        assert visit.external == []
    finally:
        visit.close()


def test_edge_labels_name_the_place_and_on_a_wide_map_count_it(visit):
    labels = visit.page.locator(".km-offmap .km-off-label")
    assert labels.count() >= 2
    text = labels.first.inner_text()
    if SIZES[visit.name][0] > 600:
        assert "mention" in text
        assert " km" in text
    else:  # a phone: the name only; the count is in the panel's list
        assert "mention" not in text
        assert " km" not in text
        assert text.strip()


def test_edge_labels_cover_no_control_and_no_other_label(visit):
    boxes = visit.page.evaluate(
        """() => Array.from(document.querySelectorAll(
            '.km-offmap, .leaflet-control-zoom, .leaflet-control-scale'))
            .map(e => { const r = e.getBoundingClientRect();
                        return [r.left, r.top, r.right, r.bottom]; })"""
    )
    assert len(boxes) >= 4
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] <= b[0] + 1 or b[2] <= a[0] + 1
            assert apart or a[3] <= b[1] + 1 or b[3] <= a[1] + 1, (a, b)


def test_the_map_keeps_most_of_the_screen_and_screenshots(visit, tmp_path):
    page = visit.page
    box = page.locator(".folium-map").bounding_box()
    width, height = SIZES[visit.name]
    assert box["width"] * box["height"] >= 0.5 * width * height
    target = Path("/tmp/me") if Path("/tmp/me").is_dir() else tmp_path
    page.screenshot(path=str(target / f"atlas_{visit.name}.png"))
    if visit.name == "phone":
        page.locator(".km-dock-toggle").click()
        page.wait_for_timeout(200)
        page.screenshot(path=str(target / "atlas_phone_open.png"))
    assert visit.errors == []


# --- counted words and the URL hash in a browser ------------------------------


class _WithHash:
    """A saved page's path with a URL hash: what ``Visit`` opens."""

    def __init__(self, path: Path, hash_: str) -> None:
        self.path, self.hash = path, hash_

    def as_uri(self) -> str:
        return self.path.as_uri() + self.hash


@pytest.fixture(scope="module")
def saved_ru(folder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("atlas-ru") / "atlas.html"
    return kurilmap.save_html(kurilmap.atlas(folder, lang="ru"), out)


def _open(browser, path, hash_: str = ""):
    from tests._browser import Visit

    page = Visit(browser, _WithHash(path, hash_), wait_for=".km-shell")
    page.page.wait_for_timeout(200)
    return page


TIPS = """() => { const m = Object.values(window).find(v => v instanceof L.Map);
    const out = {}; m.eachLayer(l => { if (l.kmItem && l.getTooltip && l.getTooltip()) {
        out[l.kmItem.id] = l.getTooltip().getContent(); } }); return out; }"""


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_counts_in_the_page_agree_with_their_nouns(
    browser, saved, saved_ru, corpus, lang
):
    from kurilmap.maps.words import ATLAS_COUNTED
    from kurilmap.vocab import counted, plural

    visit = _open(browser, saved if lang == "en" else saved_ru)
    page = visit.page
    forms = ATLAS_COUNTED["mentions"][lang]
    per_place = corpus.mentions.groupby("place_id").size().to_dict()
    tips = page.evaluate(TIPS)
    assert len(tips) >= 6
    for pid, tip in tips.items():  # the page's Intl.PluralRules, Babel's forms
        assert html.unescape(tip).endswith(counted(per_place[pid], forms, lang)), tip
    words = {
        "en": ["1 mention", "4 mentions", "25 mentions", "68 mentions"],
        "ru": ["1 упоминание", "4 упоминания", "25 упоминаний", "68 упоминаний"],
    }[lang]
    shown = " ".join(html.unescape(t) for t in tips.values())
    shown += " " + page.locator(".km-slider .km-date").inner_text()
    assert all(w in shown for w in words), (words, shown)
    numbers = [*range(130), 1001, 17291]
    picked = page.evaluate(
        "([l, ns]) => ns.map(n => new Intl.PluralRules(l).select(n))", [lang, numbers]
    )
    assert picked == [plural(n, lang) for n in numbers]
    page.evaluate(
        """() => { const m = Object.values(window).find(v => v instanceof L.Map);
        m.eachLayer(l => { if (l.kmItem && l.kmItem.id === "kunashir") { l.fire("click",
        {latlng: l.getLatLng()}); } }); }"""
    )
    head = page.locator(".leaflet-popup-content .km-atlas-place > .km-mini")
    head.wait_for()
    expected = {"en": "4 articles · 7 mentions", "ru": "4 статьи · 7 упоминаний"}
    assert head.inner_text() == expected[lang]
    assert visit.errors == []
    visit.close()


def _state(page) -> dict:
    return page.evaluate(
        """() => ({hash: location.hash,
            month: document.querySelector(".km-slider").getAttribute("data-km-month"),
            lang: document.querySelector(".km-atlas-filters [data-km=lang]").value,
            outlet: document.querySelector(".km-atlas-filters [data-km=outlet]")
                .selectedOptions[0].textContent})"""
    )


def test_the_url_hash_keeps_and_restores_the_state(browser, saved, corpus):
    from urllib.parse import quote

    m = corpus.mentions
    hash_ = f"#month=2019-05&language=ja&outlet={quote('北方新聞')}"
    visit = _open(browser, saved, hash_)
    page = visit.page
    state = _state(page)
    assert (state["month"], state["lang"], state["outlet"]) == (
        "2019-05",
        "ja",
        "北方新聞",
    )
    chosen = (
        (m["month"] == "2019-05")
        & (m["language"] == "ja")
        & (m["outlet"] == "北方新聞")
    )
    assert total(page) == chosen.sum() > 0
    # a change of filter is written back to the hash, defaults left out
    page.select_option(".km-atlas-filters [data-km=lang]", "")
    assert _state(page)["hash"] == f"#month=2019-05&outlet={quote('北方新聞')}"
    page.select_option(".km-atlas-filters [data-km=outlet]", "-1")
    page.locator(".km-slider .km-all").click()
    assert _state(page)["hash"] == ""
    assert total(page) == len(m)
    outlet = page.locator(".km-atlas-filters [data-km=outlet] option", has_text="Kuril")
    page.select_option(
        ".km-atlas-filters [data-km=outlet]", outlet.get_attribute("value")
    )
    assert _state(page)["hash"] == "#outlet=" + quote(HOSTILE_OUTLET, safe="()*!'~")
    # editing the hash in the address bar applies it
    page.evaluate("() => { location.hash = '#month=2019-03'; }")
    page.wait_for_function(
        "() => document.querySelector('.km-slider').getAttribute('data-km-month')"
        " === '2019-03'"
    )
    assert total(page) == (m["month"] == "2019-03").sum()
    assert _state(page)["outlet"] == "All outlets"
    assert visit.errors == []
    visit.close()


@pytest.mark.parametrize(
    "hash_",
    [
        "#month=2031-13&language=xx&outlet=Nobody",
        "#month=%E0%A4%A&language=%&outlet=%ZZ",
        "#month&=ja&&language=constructor&outlet=__proto__&month=toString",
        "#garbage",
    ],
    ids=["unknown", "malformed", "odd-keys", "no-pairs"],
)
def test_a_bad_hash_is_ignored(browser, saved, corpus, hash_):
    visit = _open(browser, saved, hash_)
    page = visit.page
    state = _state(page)
    assert (state["month"], state["lang"], state["outlet"]) == ("", "", "All outlets")
    assert total(page) == len(corpus.mentions)
    assert shown(page) == corpus.mentions["place_id"].nunique()
    assert visit.errors == []
    visit.close()


def test_sentences_are_kept_for_the_newest_articles_of_each_place_and_month(
    corpus, monkeypatch
):
    import importlib

    atlas_module = importlib.import_module("kurilmap.maps.atlas")  # not the function
    full, _ = atlas_data(corpus, lang="en")
    monkeypatch.setattr(atlas_module, "MAX_ARTICLES", 1)
    monkeypatch.setattr(atlas_module, "MONTH_QUOTED", 1)
    data, _ = atlas_data(corpus, lang="en")
    assert [r[:3] for r in data["rows"]] == [r[:3] for r in full["rows"]]  # counts
    quoted: dict[tuple[int, int], list[str]] = {}
    for place, article, _, said in data["rows"]:
        if said:
            month = data["articles"][article][5]
            quoted.setdefault((place, month), []).append(data["articles"][article][1])
    assert quoted
    assert all(len(v) == 1 for v in quoted.values())
    for (place, month), [date] in quoted.items():  # the newest of its month
        dates = [
            data["articles"][a][1]
            for p, a, _, _ in data["rows"]
            if p == place and data["articles"][a][5] == month
        ]
        assert date == max(dates)
