from __future__ import annotations

import datetime as dt
import re
import sys
from contextlib import contextmanager

import geopandas as gpd
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import kurilmap
from kurilmap.errors import InputTypeError, KurilmapError
from kurilmap.news import annotation as annotation_module
from kurilmap.news import article as article_module
from kurilmap.news import dates as dates_module
from kurilmap.news import dates_core, quick
from kurilmap.news import events as events_module
from kurilmap.news import names as names_module
from kurilmap.news import outsiders as outsiders_module
from kurilmap.news import quantities as quantities_module
from kurilmap.news import quoting as quoting_module
from kurilmap.news import reading as reading_module
from kurilmap.news import roles as roles_module
from kurilmap.news import sentences as sentences_module
from kurilmap.news import speakers as speakers_module
from kurilmap.news.annotation import COLUMNS, annotate, annotate_many
from kurilmap.news.article import Article, ArticleError
from kurilmap.news.dates import find_dates
from kurilmap.news.names import mentions
from kurilmap.news.quantities import find_figures
from tests._seed import SEED, needs_seed
from tests.article_samples import (
    EN_2019_05_30,
    EXPECTED_EN_2019_05_30,
    EXPECTED_JA_2019_05_10,
    EXPECTED_RU_2019_01_22,
    JA_2019_05_10,
    RU_2019_01_22,
)


def sentences(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence (the sentence-level columns repeat per place)."""
    return rows.drop_duplicates("sentence_index")


def all_of(rows: pd.DataFrame, column: str) -> list[dict]:
    return [item for items in sentences(rows)[column] for item in items]


def sentence_with(rows: pd.DataFrame, words: str) -> pd.Series:
    found = sentences(rows)[
        sentences(rows)["sentence"].str.contains(words, regex=False)
    ]
    assert len(found) == 1, words
    return found.iloc[0]


# --- the seed article (RFE/RL, 10 May 2019) ---------------------------------


@pytest.fixture(scope="module")
def seed():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not beside the repository (CI has it)")
    article = Article.from_file(SEED)
    return article, annotate(article)


@needs_seed
def test_seed_rows_point_into_the_paragraphs(seed):
    article, rows = seed
    for row in rows.itertuples():
        paragraph = article.paragraphs[row.paragraph]
        assert row.sentence in paragraph
        if row.match == "topic":
            assert row.start == row.end
            assert row.mention == ""
        else:
            assert paragraph[row.start : row.end] == row.mention


@needs_seed
@pytest.mark.parametrize(
    "mention",
    [
        "four islands",
        "Northern Territories",
        "Southern Kuriles",
        "the islands",
        "archipelago",
    ],
)
def test_seed_four_islands_by_each_name(seed, mention):
    _, rows = seed
    islands = rows[rows["place_id"] == "four-islands"]
    assert islands["mention"].str.contains(mention, regex=False).any()
    assert (islands["kind"] == "island_group").all()
    assert islands["in_region"].all()


@needs_seed
def test_seed_other_places(seed):
    article, rows = seed
    gazetteer = set(kurilmap.load("gazetteer")["id"])
    wanted = {"sea-of-okhotsk", "pacific-ocean", "moscow", "tokyo"}
    assert wanted <= gazetteer
    assert wanted <= set(rows["place_id"])
    for name, pid in [("Moscow", "moscow"), ("Tokyo", "tokyo")]:
        named = rows[(rows["place_id"] == pid) & (rows["match"] == "name")]
        assert len(named) == article.body.count(name)
        assert not named["in_region"].any()
    assert rows.crs == "EPSG:4326"
    assert not rows.geometry.is_empty.any()


@needs_seed
@pytest.mark.parametrize(
    ("speaker", "words"),
    [
        ("Lavrov", "extremely significant"),
        ("Lavrov", "The task is not easy. It's clear it will only be solved by long"),
        ("Kono", "Solving a problem that remains unresolved more than 70 years on"),
        ("Kono", "It cannot be said that as a result of today's talks"),
        ("Putin", "painstaking work"),
        ("Putin", "supported"),
    ],
)
def test_seed_quotes_and_speakers(seed, speaker, words):
    _, rows = seed
    found = [q for q in all_of(rows, "quotes") if q["text"].startswith(words)]
    assert len(found) == 1, words
    people = kurilmap.load("people").set_index("surname_en")
    assert found[0]["speaker"] == speaker
    assert found[0]["speaker_id"] == people.loc[speaker, "id"]
    assert found[0]["role"] == people.loc[speaker, "role_en"]


@needs_seed
def test_seed_every_quotation_is_found_and_attributed(seed):
    article, rows = seed
    quotes = all_of(rows, "quotes")
    assert len(quotes) == article.body.count('"') // 2 == 6
    assert all(q["speaker"] for q in quotes)


@needs_seed
def test_seed_dates_keep_their_precision(seed):
    _, rows = seed
    found = {
        (d["text"].lower(), d["start"], d["end"], d["precision"], d["relation"])
        for d in all_of(rows, "dates")
    }
    assert found == {
        ("may 10", "2019-05-10", "2019-05-10", "day", "on"),
        # "will be held at the end of May": later in the article's month
        ("at the end of may", "2019-05-21", "2019-05-31", "part_of_month", "future"),
        ("in january", "2019-01-01", "2019-01-31", "month", "past"),
        ("in december", "2018-12-01", "2018-12-31", "month", "past"),
        # "since 2013": the year it names; the relation says it is a start
        ("since 2013", "2013-01-01", "2013-12-31", "year", "since"),
        ("more than 70 years", "1949-05-10", "2019-05-10", "duration", "duration"),
        # Kono: "as a result of today's talks"
        ("today", "2019-05-10", "2019-05-10", "day", "on"),
    }


@needs_seed
def test_seed_figures(seed):
    _, rows = seed
    figures = {f["text"]: f for f in all_of(rows, "figures")}
    assert figures["some 20,000 people"] == {
        "text": "some 20,000 people",
        "value": 20000.0,
        "unit": "people",
        "approximate": True,
    }
    assert figures["25 times"]["value"] == 25.0
    assert figures["25 times"]["unit"] == "times"
    assert not figures["25 times"]["approximate"]
    assert "four islands" not in figures  # a number word names, it does not count


@needs_seed
@pytest.mark.parametrize(
    ("words", "event"),
    [
        ("Ahead of the May 10 talks", "2019-05-10-lavrov-kono-moscow"),
        ("at the end of May in Tokyo", "2019-05-30-two-plus-two-tokyo"),
        ("But they face public opposition", "2019-01-22-abe-putin-moscow"),
        ('"painstaking work"', "2019-01-22-abe-putin-moscow"),
        ("in December", "2018-12-25-barracks-iturup-kunashir"),
        ("fiber-optic cables", "2018-fibre-optic-cable"),
    ],
)
def test_seed_known_events(seed, words, event):
    _, rows = seed
    assert event in set(kurilmap.load("events")["id"])
    assert event in sentence_with(rows, words)["events"]


@needs_seed
def test_seed_events_are_not_over_linked(seed):
    _, rows = seed
    # the Tokyo "2+2" of foreign and defence ministers, not the talks the day after
    assert sentence_with(rows, "at the end of May")["events"] == [
        "2019-05-30-two-plus-two-tokyo"
    ]
    # "they" are Abe and Putin: their summit, not the ministers' January round
    assert sentence_with(rows, "But they face")["events"] == [
        "2019-01-22-abe-putin-moscow"
    ]
    assert sentence_with(rows, "A dispute over four islands")["events"] == []


def test_the_islands_names_alone_link_no_event_of_the_year_before():
    # two title words of "New military barracks ready on Iturup and Kunashir"
    # (2018-12-25), but a school is not barracks: the islands name no event
    school = kurilmap.Article.from_text(
        "Kitovy school\n\nA new school opened in Kitovy on Iturup on 3 May 2019.",
        date="2019-05-06",
    )
    assert [e for es in kurilmap.annotate(school)["events"] for e in es] == []
    barracks = kurilmap.Article.from_text(
        "Garrison\n\nThe new military barracks on Iturup are ready, officials said.",
        date="2019-01-10",
    )
    linked = {e for es in kurilmap.annotate(barracks)["events"] for e in es}
    assert "2018-12-25-barracks-iturup-kunashir" in linked


@needs_seed
def test_seed_furniture_is_gone(seed):
    article, _ = seed
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    assert all(p in lines for p in article.paragraphs)  # whole lines, unchanged
    for furniture in (
        "Accessibility links",
        "Breaking News",
        "Lavrov Says 'Extremely Significant'",  # the headline is the title
        "(right) welcomes his Japanese counterpart",
        "The Kurile Islands: Stolen Territory Or Spoils Of War?",
        "please wait",
        "No media source currently available",
        "0:00",
        "With reporting by",
        "16x9 Image",
        "journalists report the news",
        "We provide what many people cannot get locally",
    ):
        assert furniture not in article.body, furniture


# --- the EN/RU/JA samples ---------------------------------------------------

SAMPLES = [
    pytest.param(EN_2019_05_30, EXPECTED_EN_2019_05_30, id="en"),
    pytest.param(RU_2019_01_22, EXPECTED_RU_2019_01_22, id="ru"),
    pytest.param(JA_2019_05_10, EXPECTED_JA_2019_05_10, id="ja"),
]
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@pytest.fixture(scope="module")
def annotated():
    cache: dict[str, tuple[Article, gpd.GeoDataFrame]] = {}

    def get(text: str) -> tuple[Article, gpd.GeoDataFrame]:
        if text not in cache:
            article = Article.from_text(text)
            cache[text] = (article, annotate(article))
        return cache[text]

    return get


@pytest.mark.parametrize(("text", "expected"), SAMPLES)
def test_sample_article(annotated, text, expected):
    article, _ = annotated(text)
    assert article.date.isoformat() == expected["date"]
    assert article.date_source == "dateline"
    assert article.language == expected["lang"]


@pytest.mark.parametrize(("text", "expected"), SAMPLES)
def test_sample_places(annotated, text, expected):
    article, rows = annotated(text)
    in_title = list(kurilmap.find_places(article.title)["place_id"])
    assert list(dict.fromkeys([*in_title, *rows["place_id"]])) == expected["places"]


@pytest.mark.parametrize(("text", "expected"), SAMPLES)
def test_sample_speakers(annotated, text, expected):
    _, rows = annotated(text)
    people = kurilmap.load("people").set_index("id")
    attributed = [q for q in all_of(rows, "quotes") if q["speaker"]]
    assert len(attributed) == expected["quote_count"]
    assert [people.loc[q["speaker_id"], "surname_en"] for q in attributed] == expected[
        "speakers"
    ]
    surnames = f"surname_{expected['lang']}"  # named as the article names them
    assert [q["speaker"] for q in attributed] == [
        people.loc[q["speaker_id"], surnames] for q in attributed
    ]


def test_a_term_in_quote_marks_has_no_speaker(annotated):
    _, rows = annotated(RU_2019_01_22)
    term = [q for q in all_of(rows, "quotes") if q["text"] == "северные территории"]
    assert len(term) == 1
    assert term[0]["speaker"] is None


def relative(date: dict) -> bool:
    """A date resolved against the article's (no year written, not a span)."""
    return not YEAR.search(date["text"]) and date["precision"] not in ("duration",)


@pytest.mark.parametrize(("text", "expected"), SAMPLES)
def test_sample_dates(annotated, text, expected):
    _, rows = annotated(text)
    found = [
        d["start"] if d["precision"] == "day" else d["start"][:7]
        for d in all_of(rows, "dates")
        if relative(d)
    ]
    assert found == expected["dates"]


@pytest.mark.parametrize(("text", "expected"), SAMPLES)
def test_sample_figures(annotated, text, expected):
    _, rows = annotated(text)
    found = [[f["value"], f["unit"]] for f in all_of(rows, "figures")]
    assert found == expected["figures"]


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        (EN_2019_05_30, "two-plus-two security talks", "2019-05-30-two-plus-two-tokyo"),
        (
            EN_2019_05_30,
            "due to hold a separate meeting",
            "2019-05-31-lavrov-kono-tokyo",
        ),
        (RU_2019_01_22, "В ноябре прошлого года", "2018-11-14-abe-putin-singapore"),
        (RU_2019_01_22, "188 семей", "2018-12-25-barracks-iturup-kunashir"),
        (JA_2019_05_10, "両外相は1月にも", "2019-01-14-peace-treaty-talks-first-round"),
        (JA_2019_05_10, "昨年12月", "2018-12-25-barracks-iturup-kunashir"),
        (JA_2019_05_10, "外務・防衛閣僚協議", "2019-05-30-two-plus-two-tokyo"),
    ],
)
def test_sample_events(annotated, text, words, event):
    _, rows = annotated(text)
    assert sentence_with(rows, words)["events"] == [event]


@pytest.mark.parametrize(("text", "expected"), SAMPLES)
def test_sample_place_names_in_the_article_language(annotated, text, expected):
    _, rows = annotated(text)
    gazetteer = kurilmap.load("gazetteer").set_index("id")
    for pid, name in zip(rows["place_id"], rows["place_name"], strict=True):
        assert name == gazetteer.loc[pid, f"name_{expected['lang']}"]


# --- the parts: dates, figures, sentences -----------------------------------

DAY = dt.date(2019, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met on 14 January.", [("2019-01-14", "2019-01-14", "day", "on")]),
        ("On 10 May 2019, they met.", [("2019-05-10", "2019-05-10", "day", "on")]),
        ("In November last year", [("2018-11-01", "2018-11-30", "month", "past")]),
        (
            "Putin said in January that talks will go on.",
            [("2019-01-01", "2019-01-31", "month", "past")],
        ),
        (
            "They will meet in January.",
            [("2020-01-01", "2020-01-31", "month", "future")],
        ),
        ("They met on Friday.", [("2019-05-10", "2019-05-10", "day", "past")]),
        ("They met last Friday.", [("2019-05-03", "2019-05-03", "day", "past")]),
        (
            "They are due to meet on Monday.",
            [("2019-05-13", "2019-05-13", "day", "future")],
        ),
        ("в ноябре прошлого года", [("2018-11-01", "2018-11-30", "month", "past")]),
        ("в ноябре 2018 года", [("2018-11-01", "2018-11-30", "month", "in")]),
        ("昨年12月に完成", [("2018-12-01", "2018-12-31", "month", "past")]),
        ("2018年12月に完成", [("2018-12-01", "2018-12-31", "month", "in")]),
        ("5月末に開く予定", [("2019-05-21", "2019-05-31", "part_of_month", "future")]),
        ("since 2030", []),  # after the article: not a start
    ],
)
def test_dates(sentence, expected):
    found = find_dates(sentence, DAY)
    assert [(d["start"], d["end"], d["precision"], d["relation"]) for d in found] == (
        expected
    )
    assert find_dates(sentence, None) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("about 1.5 million people", "en", [(1_500_000.0, "people", True)]),
        ("40% of the islanders", "en", [(40.0, "%", False)]),
        ("the four islands, two countries", "en", []),
        ("In 2019 years of talks", "en", []),
        (
            "20 тыс. человек и 1,5 млн тонн",
            "ru",
            [(20_000.0, "человек", False), (1_500_000.0, "тонн", False)],
        ),
        ("четыре острова", "ru", []),
        ("2019年に約2万人", "ja", [(20_000.0, "人", True)]),
    ],
)
def test_figures(sentence, lang, expected):
    found = find_figures(sentence, lang)
    assert [(f["value"], f["unit"], f["approximate"]) for f in found] == expected


def test_an_unclosed_quote_or_an_inch_mark_does_not_swallow_sentences():
    for odd in ["Kono, who is 6'2\", met", '"Kono met']:
        rows = annotate(
            Article.from_text(f"T\n\n{odd} Lavrov in Moscow. Kono left Tokyo.")
        )
        assert rows["place_id"].tolist() == ["moscow", "tokyo"]
        assert rows["sentence_index"].tolist() == [0, 1]
        assert all(not q for q in rows["quotes"])


def test_islands_named_by_a_place_are_not_the_four(annotated):
    article, rows = annotated(RU_2019_01_22)
    for row in rows[rows["match"] == "anaphora"].itertuples():
        after = article.paragraphs[row.paragraph][row.end :].lstrip()
        assert not after.startswith("Хабомаи"), row.sentence


# --- annotate() contract ----------------------------------------------------


@pytest.mark.parametrize("thing", ["Lavrov met Kono in Moscow.", {"text": "x"}, None])
@pytest.mark.parametrize("reader", ["annotate", "timeline", "quotes"])
def test_every_reader_takes_an_article(thing, reader):
    with pytest.raises(
        InputTypeError, match=rf"{reader}\(\) takes a kurilmap\.Article"
    ):
        getattr(kurilmap, reader)(thing)


@pytest.mark.parametrize(
    ("score", "error", "words"),
    [
        (2, "InputError", "from 0 to 1, got 2"),
        (-0.1, "InputError", "got -0.1"),
        (float("nan"), "InputError", "got nan"),
        ("0.5", "InputTypeError", "a number from 0 to 1, not '0.5'"),
        (True, "InputTypeError", "not True"),
    ],
)
def test_min_score_is_a_number_from_0_to_1(score, error, words):
    article = Article.from_text("Talks\n\nTalks on Iturup.")
    for call in (
        lambda: kurilmap.find_places("Iturup", min_score=score),
        lambda: annotate(article, min_score=score),
    ):
        with pytest.raises(KurilmapError) as info:
            call()
        assert type(info.value).__name__ == error
        assert words in str(info.value)
    assert len(kurilmap.find_places("Iturup", min_score=1)) == 1


def test_no_places_gives_an_empty_frame():
    article = Article.from_text("Weather\n\nIt rained all day on Tuesday.")
    rows = annotate(article)
    assert isinstance(rows, gpd.GeoDataFrame)
    assert len(rows) == 0
    assert list(rows.columns) == [*COLUMNS, "geometry"]
    assert rows.geometry.name == "geometry"
    assert rows.crs == "EPSG:4326"


def test_a_place_outside_a_dispute_article_has_no_anaphora():
    # "the islands" is the four islands only in an article about them
    article = Article.from_text("Holiday\n\nTokyo is busy; the islands are quiet.")
    rows = annotate(article)
    assert rows["place_id"].tolist() == ["tokyo"]


def test_annotate_is_exported():
    assert kurilmap.annotate is annotate
    assert kurilmap.annotate_many is annotate_many


# --- annotate_many ----------------------------------------------------------


@pytest.fixture(scope="module")
def three():
    return pd.DataFrame(
        {
            "text": [EN_2019_05_30, "", RU_2019_01_22],
            "date": ["2019-05-30", None, "2019-01-22"],
            "outlet": ["Example", None, None],
        },
        index=["en", "empty", "ru"],
    )


@pytest.fixture(scope="module")
def many(three):
    return annotate_many(three, progress=False)


def test_annotate_many_rows_and_errors(three, many):
    assert list(many.columns) == ["article", *COLUMNS, "geometry"]
    assert list(dict.fromkeys(many["article"])) == ["en", "ru"]
    assert many.attrs["errors"] == ["empty: the article is empty (or only whitespace)"]
    for key in ("en", "ru"):
        one = annotate(Article.from_text(three.loc[key, "text"]))
        mine = many[many["article"] == key]
        assert mine["place_id"].tolist() == one["place_id"].tolist()
        assert mine["sentence"].tolist() == one["sentence"].tolist()
    assert many.crs == "EPSG:4326"


def test_annotate_many_with_a_progress_bar(three, many, capsys):
    shown = annotate_many(three, progress=True)
    assert shown[["article", "place_id"]].equals(many[["article", "place_id"]])
    assert "articles" in capsys.readouterr().err


def test_annotate_many_missing_and_non_text(three):
    frame = pd.DataFrame({"text": [None, 5.0, "Talks\n\nKono went to Tokyo."]})
    out = annotate_many(frame, progress=False)
    assert out["article"].tolist() == [2]
    assert out.attrs["errors"] == ["0: no text", "1: text is float, not str"]


def test_annotate_many_with_dask(three, many):
    dd = pytest.importorskip("dask.dataframe")
    out = annotate_many(dd.from_pandas(three, npartitions=2))
    columns = ["article", "paragraph", "sentence_index", "place_id", "sentence"]
    assert out[columns].equals(many[columns])
    assert out.attrs["errors"] == many.attrs["errors"]
    assert out.crs == "EPSG:4326"


@pytest.mark.parametrize(
    "thing",
    [
        [EN_2019_05_30],
        pd.Series([EN_2019_05_30]),
        pd.DataFrame({"body": [EN_2019_05_30]}),
        EN_2019_05_30,
    ],
)
def test_annotate_many_takes_a_data_frame(thing):
    with pytest.raises(TypeError, match="DataFrame with a 'text' column"):
        annotate_many(thing, progress=False)


def test_annotate_many_dask_needs_a_text_column():
    dd = pytest.importorskip("dask.dataframe")
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(TypeError, match="DataFrame with a 'text' column"):
        annotate_many(frame)


# --- properties -------------------------------------------------------------

WORDS = [
    "Lavrov",
    "Kono",
    "said",
    "Moscow",
    "Tokyo",
    "Iturup",
    "the islands",
    "«Да»",
    '"We',
    'agree,"',
    "「はい」と述べた。",
    "in January",
    "on Friday",
    "at the end of May",
    "since 2013",
    "some 20,000 people",
    "25 times",
    "Курилы",
    "в декабре",
    "昨年12月",
    "北方領土",
    ".",
    ",",
    "\n",
    "\n\n",
    "—",
    "0:00",
    "please wait",
    "Share",
]


def check(article: Article) -> None:
    rows = annotate(article)
    assert list(rows.columns) == [*COLUMNS, "geometry"]
    last = -1
    for row in rows.itertuples():
        assert 0 <= row.paragraph < len(article.paragraphs)
        paragraph = article.paragraphs[row.paragraph]
        assert 0 <= row.start <= row.end <= len(paragraph)
        assert row.sentence in paragraph
        assert row.sentence_index >= last
        last = row.sentence_index
        if row.match != "topic":
            assert paragraph[row.start : row.end] == row.mention
        for date in row.dates:
            assert date["start"] <= date["end"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.dates())
def test_any_text_annotates_or_is_an_article_error(text, day):
    try:
        article = Article.from_text(text, date=day)
    except ArticleError:
        return
    check(article)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.dates())
def test_news_like_text_annotates(words, day):
    try:
        article = Article.from_text(" ".join(words), date=day)
    except ArticleError:
        return
    check(article)


# --- the fast paths find what the rules find (issue 15) -----------------------
#
# Each quick test, cache and shortcut of annotate_many is exact: with all of
# them turned off (``plain_rules``) every article reads the same.

ODD = ["İsland", "ıslands", "ſummit", "MİNİSTER", "мᲀд", "ᲂстров", "Photo: ſ", "©"]
"""Letters re.IGNORECASE and str.lower read apart, and words the quick tests need."""
ROLE_TEXT = (
    'Talks\n\n"We will not give up," the prime minister said. Foreign Minister '
    "Hayashi met him.\n\nThe ministry said about 3,500 troops were there, he said, "
    "after the two-plus-two.\n\n«Это наша земля», — заявил премьер-министр. "
    "Глава МИД России приехал.\n\n首相は「難しい」と述べた。外相は同日、到着した。\n\n"
    'Kono (left) and Lavrov\n\nJapan protested. "No comment," the foreign '
    "ministry said."
)
ROLE_WORDS = [
    *('"We will not give up,"', "the prime minister said.", "Foreign Minister"),
    *("Hayashi", "the ministry", "he said", "about 3,500 troops", "two-plus-two"),
    *("«Это наша земля», —", "заявил премьер-министр.", "МИД России", "глава МИД"),
    *(
        "首相は「",
        "」と述べた。",
        "外相は",
        "(left)",
        "Photo: Reuters",
        "2 000 человек",
    ),
]


class _AllYears(dict):
    def get(self, key, default=None):
        return events_module._events()


@contextmanager
def plain_rules():
    """Turn off every quick test and shortcut of the news rules."""
    mentions = names_module.mentions

    def letters(text):
        return {k: len(p.findall(text)) for k, p in article_module._SCRIPTS.items()}

    with pytest.MonkeyPatch.context() as mp:
        for module in (quick, roles_module, reading_module, events_module):
            mp.setattr(module, "may_hold", lambda text, words: True)
        mp.setattr(roles_module, "at_word_start", lambda pattern: False)
        mp.setattr(quick.Led, "starts", lambda self, text: None)
        mp.setattr(outsiders_module, "_AGED_ANYWHERE", outsiders_module._AGED)
        mp.setattr(quantities_module, "_DIGIT", re.compile(""))
        mp.setattr(events_module, "_TERM_NEEDS", events_module._TERM_KEYS)
        mp.setattr(events_module, "_by_year", lambda: _AllYears())
        mp.setattr(events_module, "_titled", lambda words: True)
        mp.setattr(
            events_module, "_holds_any", lambda text, keys: any(k in text for k in keys)
        )
        mp.setattr(events_module, "_weight_of", _plain_weight)
        mp.setattr(dates_module, "_found_keys", dates_module._found_keys_plain)
        mp.setattr(
            dates_module._Scanner, "_for", lambda self, char: (self.every, self.pattern)
        )
        mp.setattr(
            dates_core, "says_future", lambda text: bool(dates_core.FUTURE.search(text))
        )
        mp.setattr(
            dates_core, "says_past", lambda text: bool(dates_core.PAST.search(text))
        )
        mp.setattr(sentences_module, "_spans", sentences_module._find_spans)
        mp.setattr(article_module, "script_letters", letters)
        mp.setattr(
            article_module, "_squeeze", lambda line: _SPACES.sub(" ", line).strip()
        )
        mp.setattr(
            speakers_module,
            "registered",
            lambda t, lang, reg=None: [
                m for m in mentions(t, lang, reg) if m.kind == "name"
            ],
        )
        roles_module._role_pattern.cache_clear()
        roles_module._role_finder.cache_clear()
        try:
            yield
        finally:
            roles_module._role_pattern.cache_clear()
            roles_module._role_finder.cache_clear()


_SPACES = re.compile(r"[^\S\u3000]+")


def _plain_weight(words, event):
    """The rank of an event for a sentence's words, word by word."""
    return sum(events_module._weight(w, event) for w in words)


def _read_all(text: str, day: object) -> list[str]:
    try:
        article = Article.from_text(text, date=day)
    except ArticleError as exc:
        return [str(exc)]
    lang = article.language
    return [
        repr(article),
        annotate(article).to_json(),
        kurilmap.timeline(article).to_json(),
        kurilmap.quotes(article).to_json(),
        *(repr(article_module._is_furniture(line)) for line in text.splitlines()),
        *(
            repr((events_module._words(p), find_figures(p, lang), mentions(p, lang)))
            for p in article.paragraphs
        ),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (EN_2019_05_30, "2019-05-30"),
        (RU_2019_01_22, "2019-01-22"),
        (JA_2019_05_10, "2019-05-10"),
        (
            " ".join(ODD) + "\n\nThe mİnistry spokesman said Iturup ſummit on May 10.",
            None,
        ),
        (ROLE_TEXT, "2019-05-10"),
    ],
)
def test_the_samples_read_the_same_without_the_quick_tests(text, day):
    fast = _read_all(text, day)
    with plain_rules():
        assert _read_all(text, day) == fast


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + ODD + ROLE_WORDS), max_size=40), st.dates())
def test_news_like_text_reads_the_same_without_the_quick_tests(words, day):
    text = " ".join(words)
    fast = _read_all(text, day)
    with plain_rules():
        assert _read_all(text, day) == fast


def _eval_reports():
    from benchmarks.eval_annotate import reports

    return [*reports(), *reports(holdout=True)]


def test_the_evaluation_reports_read_the_same_without_the_quick_tests():
    """Every report of the evaluation set (en, ja, ru), read in full."""
    found = _eval_reports()
    assert found
    for report in found:
        fast = _read_all(report["text"], report["date"])
        with plain_rules():
            assert _read_all(report["text"], report["date"]) == fast, report["id"]


def test_annotate_many_is_annotate_row_for_row_on_the_evaluation_reports():
    """annotate_many (every quick path) against annotate, one article at a time,
    with every quick test and shortcut off: the same rows, values and order."""
    found = _eval_reports()
    frame = pd.DataFrame(
        {
            "text": [r["text"] for r in found] + [r["text"] for r in found],
            "date": [r["date"] for r in found] + [None] * len(found),
            "outlet": [r.get("outlet") for r in found] + [None] * len(found),
        },
        index=pd.RangeIndex(len(found) * 2) * 3,
    )
    fast = annotate_many(frame, progress=False)
    with plain_rules():
        parts = []
        for key, row in frame.iterrows():
            article = Article.from_text(
                row["text"],
                date=None if pd.isna(row["date"]) else row["date"],
                outlet=None if pd.isna(row["outlet"]) else row["outlet"],
            )
            rows = annotate(article)
            rows.insert(0, "article", key)
            parts.append(rows)
    plain = pd.concat(parts, ignore_index=True)
    assert len(fast) > 1000
    assert list(fast.columns) == list(plain.columns)
    assert fast.drop(columns="geometry").values.tolist() == (
        plain.drop(columns="geometry").values.tolist()
    )
    assert fast.geometry.to_wkb().tolist() == plain.geometry.to_wkb().tolist()
    assert fast.dtypes.equals(plain.dtypes)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("will ", "said ", "the ", "to ", "планиру", "予定", "した", "た。"),
                *"abdehilmorstwy -,.:;былаи ſİЀё",
            ]
        ),
        max_size=40,
    ).map("".join)
)
@example("They were due to meet; the talks ended.")
@example("встреча состоится, как планировали")
def test_tense_tests_answer_as_the_patterns_do(text):
    assert dates_core.says_future(text) == bool(dates_core.FUTURE.search(text))
    assert dates_core.says_past(text) == bool(dates_core.PAST.search(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"tonigh dayjan1 İ,"]), max_size=40))
@example("tonightonight today")
def test_date_keys_are_found_as_str_find_finds_them(text):
    from kurilmap.news.dates_en import INSIDE, KEYS

    keys = KEYS + INSIDE
    lower = text.lower()
    assert sorted(dates_module._found_keys(lower, keys)) == sorted(
        dates_module._found_keys_plain(lower, keys)
    )


def _keywords() -> set[str]:
    words = {w for ws in roles_module._ROLE_WORDS.values() for w in ws}
    words |= {w for g in names_module._BACK.values() for w in g.words}
    words |= {*article_module._CAPTION.words, *article_module._BOILERPLATE.words}
    words |= {w for ws in reading_module._ANAPHORA_WORDS.values() for w in ws}
    words |= set(events_module._EVENT_KEYS)
    words |= {w for ws in roles_module._ROLE_LEADS.values() for w in ws}
    for led in _leds():
        words |= set(led.words)
    return words | set(events_module._TERM_NEEDS)


def _leds() -> list[quick.Led]:
    return [
        events_module._TERMS_LED,
        events_module._PLURAL,
        events_module._EVENT_WORDS,
        dates_core._CLAUSE_LED,
        *(roles_module._role_finder(lang) for lang in ("en", "ru", "ja")),
        *names_module._PRONOUNS.values(),
        *quoting_module._NAMING.values(),
        *quoting_module._SAY_BEFORE.values(),
    ]


def test_quick_test_words_are_lower_case():
    assert all(word == word.lower() for word in _keywords())


def test_lower_case_reads_letters_as_ignorecase_does():
    """Outside FOLDS_APART, str.lower keeps one character for one, and a
    character re.IGNORECASE matches to a quick-test letter lowers to it."""
    letters = sorted(
        {c for word in _keywords() for c in word if c.lower() != c.upper()}
    )
    any_letter = re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE)
    single = {c: re.compile(re.escape(c), re.IGNORECASE) for c in letters}
    bad = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if quick.FOLDS_APART.match(char):
            continue
        if len(char.lower()) != 1:
            bad.append(char)
        elif any_letter.match(char):
            matched = {c for c, p in single.items() if p.match(char)}
            if matched != {char.lower()}:
                bad.append(char)
    assert bad == []


LED_TEXT = [
    "They met; both sides, the two leaders (Abe, Putin) said 2+2 talks, the "
    "summit -- which ended -- were held",
    "Prime Minister Abe, the top diplomat, the Kremlin spokesman and the "
    "deputy foreign minister met the governor and the mayor of Nemuro.",
    "Они встретились, но лидеры и оба министра, а также глава МИД России, "
    "премьер-министр и пресс-секретарь президента, которые прибыли в саммит.",
    "両首脳は外相と官房長官、防衛相、大統領報道官、外務次官、副首相、知事と市長に会った。"
    "首相は、同省が宿舎と兵舎、光ファイバーを求めた。いわゆる",
    'Kan called the visit "regrettable", according to Kyodo, as saying so-called '
    "Northern Territories, known as the islands, the word, Quoted, reported",
    "По словам Лаврова, так называемые острова, под названием «Курилы», как "
    "сообщается, заявил и подчеркивалось, по его мнению, — сказала она",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *(w for led in _leds() for w in led.words),
                *("THEY", "Both", "x", "-", " ", ",", "2", "+", "İ", "ſ", "ᲀ"),
                *LED_TEXT,
            ]
        ),
        max_size=30,
    ).map("".join)
)
@example(LED_TEXT[0])
@example(LED_TEXT[1])
@example(LED_TEXT[2])
@example(LED_TEXT[3])
@example(LED_TEXT[4])
@example(LED_TEXT[5])
def test_led_patterns_find_what_the_patterns_find(text):
    """Each pattern tried only where its words begin finds what it finds."""
    for led in _leds():
        p = led.pattern
        assert [m.span() for m in led.finditer(text)] == [
            m.span() for m in p.finditer(text)
        ]
        for pos, endpos in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, 9)):
            found, plain = led.search(text, pos, endpos), p.search(text, pos, endpos)
            assert (found and found.span()) == (plain and plain.span())
            assert [m.span() for m in led.finditer(text, pos, endpos)] == [
                m.span() for m in p.finditer(text, pos, endpos)
            ]
        assert led.sub(lambda m: f"<{m[0]}>", text) == p.sub(
            lambda m: f"<{m[0]}>", text
        )


DATE_WORDS = [
    *("in", "In", "IN", "May", "MAY", "10", "2019", "the", "end", "of", "since"),
    *("Monday", "last", "next", "week", "early", "mid-", "years", "ago", "Feb.", "7,"),
    *("fiscal", "FY2019", "1990s", "same", "day", "today", "between", "and", "to"),
    *("мая", "в", "Мае", "с", "по", "2019 года", "году", "накануне", "İn", "ſince"),
    *("2019年", "5月", "10日", "昨年", "同日", "令和元年", "来月", "\u212aelvin", "—"),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=10).map(" ".join))
@example("In May 2019, since 10 May, the end of May, 10日")
def test_a_date_rule_matches_only_where_it_may_begin(text):
    """may_begin's False is certain: no rule of any language matches there."""
    for scanner in dates_module._SCANNERS.values():
        for rule, pattern in zip(scanner.rules, scanner.patterns, strict=True):
            for at in range(len(text)):
                if pattern.match(text, at):
                    assert quick.may_begin(rule.pattern, text[at]), (rule.name, at)


def test_may_begin_reads_case_and_sets():
    assert quick.may_begin(r"(?i:since)\s", "S")
    assert quick.may_begin(r"(?i:since)\s", "\u017f")  # the long s folds to s
    assert quick.may_begin(r"(?i:k)", "\u212a")  # the Kelvin sign folds to k
    assert not quick.may_begin(r"since\s", "S")
    assert quick.may_begin(r"(?:a)?\b(?<!x)[0-9]", "5")
    assert not quick.may_begin(r"(?:a)?\b(?<!x)[0-9]", "b")
    assert quick.may_begin(r"[^a]x", "b")
    assert quick.may_begin(r"(a)\1|\1", "z")
    assert quick.may_begin(r"x*", "z")  # an empty match begins anywhere
    assert not quick.may_begin(r"\d+", "x")
    assert quick.may_begin(r"\d+", "\u0663")
    assert quick.may_begin(r"(?a:\D)", "\u0663")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ 1.Кяё字かカİſ\u1c80")), max_size=20))
@example("Kono")
@example("Коно")
@example("河野 Kono")
def test_script_lang_reads_as_the_script_patterns_do(text):
    """An ASCII text is English without a search; any other is searched."""
    kana_kanji = re.search("[\u3040-\u30ff\u4e00-\u9fff]", text)
    cyrillic = re.search("[\u0400-\u04ff]", text)
    expected = "ja" if kana_kanji else "ru" if cyrillic else "en"
    assert quick.script_lang(text) == expected


def test_the_spaces_are_those_backslash_s_matches():
    space = re.compile(r"\s")
    every = [chr(c) for c in range(sys.maxunicode + 1) if space.match(chr(c))]
    assert "".join(every) == dates_core._SPACES


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" ,.()0123456789aA\t")), max_size=30))
@example("Tatsuo Hasegawa, 80, said")
@example("Kono (56) said")
def test_an_age_is_found_anywhere_as_the_pattern_finds_it(text):
    aged = outsiders_module._AGED.search(text) is not None
    assert (outsiders_module._AGED_ANYWHERE.search(text) is not None) == aged


def test_only_a_plain_space_is_a_printable_space():
    """So a printable line without two spaces in a row needs no squeezing."""
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aZ Кя字か\t\u3000\u00a0\n  ")), max_size=60)
)
@example("Kono  met  Lavrov ")
@example("河野\u3000 外相")
def test_squeeze_and_script_letters_as_the_patterns_do(text):
    assert article_module._squeeze(text) == _SPACES.sub(" ", text).strip()
    counts = {k: len(p.findall(text)) for k, p in article_module._SCRIPTS.items()}
    assert quick.script_letters(text) == counts


def test_role_patterns_test_the_word_boundary_once():
    assert roles_module._role_pattern("en").pattern.startswith(r"\b(?:")
    assert roles_module._role_pattern("ru").pattern.startswith(r"\b(?:")
    assert quick.alternatives(r"[]|]a|b\||(c|d)") == ["[]|]a", r"b\|", "(c|d)"]
    assert not quick.at_word_start(r"\bfoo|bar")


FRAMES = [
    pd.DataFrame({"text": [EN_2019_05_30, None, 3], "date": ["2019-05-30", None, 1.5]}),
    pd.DataFrame({"text": [None, 5]}),
    pd.DataFrame({"text": [EN_2019_05_30], "date": pd.array([1], dtype="Int64")}),
    pd.DataFrame({"text": pd.to_datetime(["2019-01-01"])}),
    pd.DataFrame({"text": pd.array(["x", None], dtype="string"), "lang": ["en", None]}),
    pd.DataFrame([["x", "2019-01-01", "y"]], columns=["text", "date", "date"]),
]


@pytest.mark.parametrize("frame", FRAMES)
def test_articles_are_read_as_iterrows_reads_them(frame):
    def seen(rows):
        out = []
        for key, row in rows:
            text = row["text"]
            out.append(
                (key, type(text).__name__, text if isinstance(text, str) else None)
            )
            for c in ("date", "outlet", "url", "title", "lang"):
                value = row.get(c)
                out.append(repr(value) if isinstance(value, pd.Series) else value)
        return out

    fast = seen(annotation_module._items(frame))
    plain = seen(frame.iterrows())
    assert len(fast) == len(plain)
    for a, b in zip(fast, plain, strict=True):
        assert a == b or (pd.isna(a) and pd.isna(b))
