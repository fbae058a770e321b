"""make_map(article=...): the article's places, events, panel and timeline marks."""

from __future__ import annotations

import re

import pytest

import kurilmap
from kurilmap.maps import article_layer as _article_layer
from tests.article_samples import EN_2019_05_30, JA_2019_05_10

HOSTILE_TEXT = (
    "Headline <script>window.__pwned=1</script>\n\n"
    'TOKYO, May 30, 2019 — "<img src=x onerror=window.__pwned=2> {{ 7*7 }}," '
    "Kono said on Kunashir.\n\n"
    "Lavrov said {% for x in y %} that Shikotan </textarea><b>bold</b> stays."
)


@pytest.fixture(scope="module")
def article():
    return kurilmap.Article.from_text(EN_2019_05_30, date="2019-05-30")


@pytest.fixture(scope="module")
def html(article):
    return kurilmap.make_map(article=article).get_root().render()


def test_every_located_place_is_a_marker_and_a_panel_button(article, html):
    rows = kurilmap.annotate(article)
    located = {
        pid
        for pid, geom in zip(rows["place_id"], rows.geometry, strict=True)
        if geom is not None and not geom.is_empty
    }
    assert {"tokyo", "iturup", "kunashir", "moscow", "four-islands"} <= located
    for pid in located:
        assert f'data-km-place=\\"{pid}\\"' in html, pid
        assert f'"id":"{pid}"' in html, pid


def test_places_outside_the_region_are_edge_markers(article):
    m = kurilmap.make_map(article=article)
    layers = [c for c in m._children.values() if type(c).__name__ == "MarkerLayer"]
    places, events = layers
    by_id = {item["id"]: item for item in places.items}
    assert by_id["tokyo"]["off"]
    assert by_id["moscow"]["off"]
    assert not by_id["iturup"]["off"]
    # the label says how far the place is from the islands
    distance = int(re.search(r"([\d,]+) km", by_id["moscow"]["t"])[1].replace(",", ""))
    assert 6500 < distance < 7500
    assert by_id["four-islands"]["b"] is not None  # flies to the group's bounds
    event_ids = {item["id"] for item in events.items}
    assert "event:2019-05-30-two-plus-two-tokyo" in event_ids


def test_popups_carry_sentences_quotes_and_dates(article):
    m = kurilmap.make_map(article=article)
    places = next(c for c in m._children.values() if type(c).__name__ == "MarkerLayer")
    popup = {item["id"]: item["p"] for item in places.items}["four-islands"]
    assert "<mark>" in popup
    assert "Kono" in popup
    assert "km-quote" in popup


def test_article_events_are_marked_on_the_timeline(article, html):
    rows = kurilmap.annotate(article)
    events = _article_layer.article_events(rows)
    assert "2019-05-30-two-plus-two-tokyo" in events
    assert "data-km-frame" in html
    assert "Events in the article:" in html
    assert "In the article" in html


def test_map_opens_on_the_article_date_unless_told(article):
    m = kurilmap.make_map(article=article)
    assert "2019-05-30" in m.get_root().title
    m = kurilmap.make_map(article=article, date="2000-01-01")
    assert "2000-01-01" in m.get_root().title


def test_japanese_article_on_a_russian_map():
    article = kurilmap.Article.from_text(JA_2019_05_10)
    m = kurilmap.make_map(article=article, lang="ru")
    names = [
        c.layer_name for c in m._children.values() if type(c).__name__ == "MarkerLayer"
    ]
    assert names == ["Статья: места", "Статья: события"]
    assert "data-km-place" in m.get_root().render()


def test_article_must_be_an_article():
    with pytest.raises(TypeError, match=r"kurilmap\.Article"):
        kurilmap.make_map(article="Lavrov met Kono")


def test_an_article_naming_no_place_still_makes_a_map():
    article = kurilmap.Article.from_text("Weather\n\nIt rained all day on Tuesday.")
    html = kurilmap.make_map(article=article).get_root().render()
    assert "km-article" in html
    assert "data-km-place=" not in html


def test_hostile_article_text_is_escaped():
    article = kurilmap.Article.from_text(HOSTILE_TEXT)
    html = kurilmap.make_map(article=article).get_root().render()
    for raw in (
        "<script>window.__pwned",
        "<img src=x",
        "{{ 7*7 }}",
        "{% for",
        "</textarea><b>",
    ):
        assert raw not in html, raw
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html  # title kept


def test_same_article_same_bytes(article, tmp_path):
    a = kurilmap.save_html(
        kurilmap.make_map(article=article, date="2019-05-30"), tmp_path / "a.html"
    )
    b = kurilmap.save_html(
        kurilmap.make_map(article=article, date="2019-05-30"), tmp_path / "b.html"
    )
    assert a.read_bytes() == b.read_bytes()


def test_the_panel_lists_the_dates_speakers_and_terms():
    article = kurilmap.Article.from_text(
        'Talks\n\n"We disagree," Kono said in Moscow on May 10. The so-called '
        '"Northern Territories" were discussed.',
        date="2019-05-10",
    )
    html = kurilmap.maps.render_html(kurilmap.make_map(article=article, layers=()))
    assert 'data-km-date=\\"2019-05-10\\"' in html
    assert "Who is quoted" in html
    assert "Kono (1)" in html


UNATTRIBUTED = (
    'Talks\n\n"We will keep asking," Kono said.\n\n"Time is short," said a man.'
)


@pytest.mark.parametrize(
    ("lang", "word"),
    [("en", "unattributed"), ("ja", "発言者不明"), ("ru", "без указания автора")],
)
def test_a_quotation_without_a_speaker_is_unattributed_never_nan(lang, word):
    article = kurilmap.Article.from_text(UNATTRIBUTED, date="2024-05-15")
    said = kurilmap.quotes(article)
    assert said["speaker"].isna().sum() == 1  # pandas writes a missing name as NaN
    html = kurilmap.maps.render_html(
        kurilmap.make_map(article=article, layers=(), lang=lang)
    )
    assert f"{word} (1)" in html
    assert "nan (1)" not in html


@pytest.mark.parametrize(
    ("lang", "said", "since", "away"),
    [
        ("en", "<b>Lavrov</b>, Foreign Minister of Russia", "since 2013", "km"),
        ("ja", "<b>Lavrov</b>（ロシア外相）", "2013以来", "km"),
        ("ru", "<b>Lavrov</b>, министр иностранных дел России", "с 2013", "км"),
    ],
)
def test_the_article_panel_speaks_the_maps_language(lang, said, since, away):
    article = kurilmap.Article.from_text(
        'Talks\n\n"We disagree," Lavrov said on May 10 in Moscow, where talks have '
        "gone on since 2013.",
        date="2019-05-10",
    )
    html = kurilmap.maps.render_html(
        kurilmap.make_map(article=article, layers=(), lang=lang)
    )

    def payload(text):  # as the page's data writes it
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace('"', '\\"')

    assert payload(said) in html
    assert since in html
    assert "(on)" not in html
    assert "(since)" not in html
    number = {"en": "7,070", "ja": "7,070", "ru": "7\xa0070"}[lang]
    assert f"· {number} {away}" in html  # Moscow, off the map
    words = {"en": "a day", "ja": "日付", "ru": "день"}[lang]
    assert payload(f'title="{words}"') in html


def test_every_kind_of_date_has_words_when_hovered():
    from kurilmap.news import DATE_WORDS

    article = kurilmap.Article.from_text(
        "Talks\n\nThey met on May 10, last week, in April, in early March, in "
        "spring 2018, in 2013, and from May 10 to May 12.",
        date="2019-05-20",
    )
    found = set(kurilmap.timeline(article)["precision"])
    assert found == {"day", "week", "month", "part_of_month", "season", "year", "range"}
    assert found < set(DATE_WORDS)
