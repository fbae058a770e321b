"""Reading a corpus directory back (kurilmap.read_corpus) and its summary tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kurilmap
from kurilmap import InputError, KurilmapError, read_corpus
from kurilmap.news import COLUMNS, Corpus
from tests._corpus import write_corpus


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "c")


@pytest.fixture(scope="module")
def corpus(folder) -> Corpus:
    return read_corpus(folder)


def test_the_three_tables(corpus):
    assert len(corpus.articles) == 5
    assert set(corpus.articles["status"]) == {"annotated"}
    assert corpus.articles["mentions"].sum() == len(corpus.mentions)
    assert list(corpus.errors.columns)[:2] == ["source", "reason"]
    assert len(corpus.errors) == 1
    assert "broken" in corpus.errors["source"].iloc[0]
    assert corpus.mentions.crs.to_epsg() == 4326
    assert "annotated" in repr(corpus)


def test_mentions_are_joined_with_their_article(corpus):
    m = corpus.mentions
    assert list(m.columns[: len(COLUMNS) + 1]) == ["article", *COLUMNS]
    for column in ("date", "month", "outlet", "language", "title", "url"):
        assert column in m.columns
    ru = m[m["language"] == "ru"]
    assert set(ru["outlet"]) == {"Вести Курил"}
    assert set(ru["month"]) == {"2019-01"}
    assert set(ru["date"]) == {"2019-01-22"}


def test_json_columns_are_lists_again(corpus):
    m = corpus.mentions
    for column in ("quotes", "dates", "figures", "events"):
        assert all(isinstance(v, list) for v in m[column]), column
    assert any(q and q[0].get("speaker") for q in m["quotes"])
    assert any("2019-05-30-two-plus-two-tokyo" in e for e in m["events"])


def test_mentions_by_place_and_month(corpus):
    table = corpus.mentions_by()
    assert list(table.columns) == ["place_id", "month", "mentions", "articles"]
    assert table["mentions"].sum() == len(corpus.mentions)
    assert table["mentions"].is_monotonic_decreasing
    shikotan = table[table["place_id"] == "shikotan"].set_index("month")
    assert shikotan.loc["2019-03", "articles"] == 1


def test_mentions_by_outlet_and_language(corpus):
    table = corpus.mentions_by(by=["outlet", "language"])
    wire = table[table["outlet"] == "Tokyo Wire"].iloc[0]
    assert wire["language"] == "en"
    assert wire["articles"] == 2
    by_month = corpus.mentions_by(by=("place_id", "month", "outlet", "language"))
    assert by_month["mentions"].sum() == len(corpus.mentions)


def test_mentions_by_place_across_languages_with_names(corpus):
    by_id = corpus.mentions_by(by=("place_id", "language"), lang="ru")
    assert list(by_id.columns) == [
        "place_id",
        "place",
        "language",
        "mentions",
        "articles",
    ]
    iturup = by_id[by_id["place_id"] == "iturup"]
    assert set(iturup["place"]) == {"Итуруп"}
    # the same place named by articles in three languages: one id, three rows
    four = by_id[by_id["place_id"] == "four-islands"]
    assert set(four["language"]) == {"en", "ja", "ru"}
    total = corpus.mentions_by(by=("place_id",))
    assert int(total.loc[total["place_id"] == "four-islands", "articles"].iloc[0]) == (
        int(four["articles"].sum())
    )


def test_mentions_by_an_unknown_column_is_refused(corpus):
    with pytest.raises(InputError, match="valid: place_id"):
        corpus.mentions_by(by=["planet"])


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda c: c.quotes(place="kunashri"), "PlaceNotFoundError", "'kunashir'?"),
        (lambda c: c.speakers(place="atlantis"), "PlaceNotFoundError", "'atlantis'"),
        (lambda c: c.quotes(place=5), "InputTypeError", "gazetteer id (str), not int"),
        (lambda c: c.speakers(top=0), "InputError", "top must be at least 1, got 0"),
        (lambda c: c.events(top=-2), "InputError", "top must be at least 1, got -2"),
        (lambda c: c.events(top="5"), "InputTypeError", "whole number, not '5'"),
        (lambda c: c.events(lang="fr"), "InputError", "valid: en, ja, ru"),
    ],
)
def test_summary_tables_refuse_bad_arguments(corpus, call, error, words):
    with pytest.raises(KurilmapError) as info:
        call(corpus)
    assert type(info.value).__name__ == error
    assert words in str(info.value)


def test_a_corpus_is_read_from_a_path():
    with pytest.raises(
        KurilmapError, match=r"read_corpus\(\) takes a directory's path"
    ):
        read_corpus(5)  # type: ignore[arg-type]


def test_a_known_place_the_corpus_does_not_name_has_no_rows(corpus):
    assert corpus.mentions["place_id"].ne("kitovy").all()
    assert corpus.quotes(place="kitovy").empty
    assert corpus.speakers(place="kitovy").empty


def test_speakers_and_quotes_per_place(corpus):
    people = corpus.speakers()
    assert list(people.columns) == [
        "place_id",
        "speaker",
        "speaker_id",
        "quotes",
        "articles",
        "languages",
        "example",
    ]
    # a person of the register under their register name, with their id
    kono = people[people["speaker_id"] == "taro-kono"]
    assert len(kono)
    assert set(kono["speaker"]) == {"Taro Kono"}
    assert (people.groupby("place_id").size() <= 10).all()
    kunashir = corpus.quotes(place="kunashir")
    assert set(kunashir["place_id"]) <= {"kunashir"}
    assert corpus.speakers(place="four-islands", top=1).shape[0] == 1


def test_quotes_keep_speech_unless_terms_are_asked_for(corpus):
    speech = corpus.quotes()
    terms = corpus.quotes(kind="term")
    both = corpus.quotes(kind="all")
    assert set(speech["kind"]) == {"quote"}
    assert set(terms["kind"]) <= {"term"}
    assert len(both) == len(speech) + len(terms)
    with pytest.raises(InputError, match="kind must be one of quote, term, all"):
        corpus.quotes(kind="speech")


def test_one_person_quoted_in_two_scripts_counts_once(tmp_path):
    texts = pd.DataFrame(
        {
            "text": [
                'Talks\n\n"The task is not easy," Lavrov said of Iturup.',
                "Переговоры\n\n«Задача непростая», — заявил Лавров об Итурупе.",
            ],
            "date": ["2019-05-10", "2019-05-11"],
            "lang": ["en", "ru"],
        }
    )
    texts.to_parquet(tmp_path / "texts.parquet")
    kurilmap.annotate_corpus(tmp_path / "texts.parquet", tmp_path / "c", progress=False)
    corpus = read_corpus(tmp_path / "c")
    written = set(corpus.quotes(place="iturup")["speaker"])
    assert written == {"Lavrov", "Лавров"}  # as each article wrote it
    for lang, name in (("en", "Sergei Lavrov"), ("ru", "Сергей Лавров")):
        people = corpus.speakers(place="iturup", lang=lang)
        assert people[
            ["speaker", "quotes", "articles", "languages"]
        ].values.tolist() == [[name, 2, 2, "en, ru"]]


def test_events_most_reported(corpus):
    events = corpus.events(top=3)
    assert len(events) == 3
    assert events["articles"].is_monotonic_decreasing
    assert events["title"].notna().all()
    ja = corpus.events(top=1, lang="ja")
    assert ja["event"].iloc[0] == events["event"].iloc[0]
    assert ja["title"].iloc[0] != events["title"].iloc[0]


def test_a_corpus_written_by_hand_from_the_format_document(tmp_path, corpus):
    by_hand = read_corpus(write_corpus(tmp_path / "hand", by_hand=True))
    assert len(by_hand.mentions) == len(corpus.mentions)
    assert sorted(by_hand.mentions_by()["mentions"]) == sorted(
        corpus.mentions_by()["mentions"]
    )


def test_the_empty_corpus_has_every_table():
    empty = Corpus.empty()
    assert len(empty.mentions_by(by=["language"])) == 0
    assert len(empty.speakers()) == len(empty.events()) == len(empty.quotes()) == 0


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "has no corpus.json"),
        (lambda p: p.write_text("x"), "is a file"),
        (lambda p: _manifest(p, "{"), "not valid JSON"),
        (lambda p: _manifest(p, json.dumps({"format": "other"})), "not a kurilmap"),
        (
            lambda p: _manifest(
                p, json.dumps({"format": "kurilmap-corpus", "version": 9})
            ),
            "version 9 is unknown",
        ),
        (
            lambda p: _manifest(
                p,
                json.dumps(
                    {"format": "kurilmap-corpus", "version": 1, "shards": ["ab"]}
                ),
            ),
            "shard 'ab' .* is missing",
        ),
    ],
    ids=["missing", "no-manifest", "file", "bad-json", "other", "version", "shard"],
)
def test_what_is_not_a_corpus_is_one_clear_error(tmp_path, make, message):
    path = tmp_path / "c"
    make(path)
    with pytest.raises(KurilmapError, match=message):
        read_corpus(path)


def test_a_table_without_its_columns_is_refused(tmp_path):
    path = tmp_path / "c"
    _manifest(path, json.dumps({"format": "kurilmap-corpus", "version": 1}))
    pd.DataFrame({"x": [1]}).to_parquet(path / "articles.parquet")
    with pytest.raises(InputError, match="lacks the column"):
        read_corpus(path)


def _manifest(path: Path, text: str) -> None:
    path.mkdir()
    (path / "corpus.json").write_text(text)


def test_the_package_face_exports_the_reader():
    assert kurilmap.read_corpus is read_corpus
    assert kurilmap.Corpus is Corpus


def _plain_reading(folder: Path):
    """The mentions read the plain way: geopandas per shard, a row at a time."""
    import geopandas as gpd

    manifest = json.loads((folder / "corpus.json").read_text())
    articles = pd.read_parquet(folder / "articles.parquet")
    shards = []
    for key in manifest["shards"]:
        shard = gpd.read_parquet(folder / "shards" / f"{key}.parquet")
        for c in ("quotes", "dates", "figures", "events"):
            shard[c] = [json.loads(v) if v else [] for v in shard[c]]
        shards.append(shard)
    m = gpd.GeoDataFrame(
        pd.concat(shards, ignore_index=True), geometry="geometry", crs=4326
    )
    meta = articles[articles["status"] == "annotated"].set_index("id")

    def text(v):
        return v if isinstance(v, str) and v else None

    for name in ("date", "outlet", "language", "title", "url"):
        values = [text(meta[name].get(a)) for a in m["article"]]
        m[name] = pd.Series(values, index=m.index, dtype=object)
    months = [d[:7] if d else None for d in m["date"]]
    m["month"] = pd.Series(months, index=m.index, dtype=object)
    joined = ["date", "month", "outlet", "language", "title", "url"]
    return m[["article", *COLUMNS, *joined, "geometry"]]


@pytest.mark.parametrize("by_hand", [False, True], ids=["writer", "by-hand"])
def test_the_mentions_are_what_a_plain_reading_gives(tmp_path, by_hand):
    from geopandas.testing import assert_geodataframe_equal

    folder = write_corpus(tmp_path / "c", by_hand=by_hand)
    mentions = read_corpus(folder).mentions
    plain = _plain_reading(folder)
    assert mentions.dtypes.to_dict() == plain.dtypes.to_dict()
    assert_geodataframe_equal(mentions, plain)
    # each place's shape is decoded once: its rows share one object
    shapes = {}
    for pid, shape in zip(mentions["place_id"], mentions.geometry, strict=True):
        assert shapes.setdefault(pid, shape) is shape
