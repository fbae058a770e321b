from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kurilmap
import kurilmap.places.mentions
from tests._seed import SEED, needs_seed

# A short quotation of the seed article's key sentence (RFE/RL, 10 May 2019).
EXCERPT = (
    "A dispute over four islands between the Sea of Okhotsk and the Pacific Ocean "
    "-- known as the Northern Territories in Japan and the Southern Kuriles in "
    "Russia -- seized by the Soviet Army at the end of World War II, has prevented "
    "Moscow and Tokyo from formally ending their wartime hostilities."
)


def spans(text, **kwargs):
    found = kurilmap.find_places(text, **kwargs)
    return [
        (text[s:e], p)
        for s, e, p in zip(found["start"], found["end"], found["place_id"], strict=True)
    ]


def test_excerpt_spans():
    assert spans(EXCERPT) == [
        ("Sea of Okhotsk", "sea-of-okhotsk"),
        ("Pacific Ocean", "pacific-ocean"),
        ("Northern Territories", "four-islands"),
        ("Southern Kuriles", "four-islands"),
        ("Moscow", "moscow"),
        ("Tokyo", "tokyo"),
    ]


@needs_seed
def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    found = kurilmap.find_places(text)
    for start, end, surface in zip(
        found["start"], found["end"], found["text"], strict=True
    ):
        assert text[start:end] == surface
    places = set(found["place_id"])
    assert {
        "four-islands",
        "sea-of-okhotsk",
        "pacific-ocean",
        "moscow",
        "tokyo",
    } <= places
    names_of_the_islands = set(found.loc[found["place_id"] == "four-islands", "text"])
    assert names_of_the_islands == {"Northern Territories", "Southern Kuriles"}
    kurile = found[found["text"] == "Kurile Islands"]
    assert kurile["place_id"].tolist() == ["kuril-islands"]
    assert "four-islands" in kurile["candidates"].item()
    assert (found["place_id"] == "moscow").sum() == text.count("Moscow") == 7
    assert (found["place_id"] == "tokyo").sum() == text.count("Tokyo") == 4


def test_longest_match_wins():
    assert spans("Flights from Yuzhno-Kurilsk, not Kurilsk.") == [
        ("Yuzhno-Kurilsk", "yuzhno-kurilsk"),
        ("Kurilsk", "kurilsk"),
    ]
    assert spans("Kono crossed the Nemuro Strait.") == [
        ("Nemuro Strait", "nemuro-strait")
    ]
    assert spans("Iturup Island and Habomai Islands") == [
        ("Iturup Island", "iturup"),
        ("Habomai Islands", "habomai"),
    ]


def test_no_match_inside_words():
    assert spans("Moscowitz went to Tokyoite bars; Iturupian; unmoscow") == []
    assert spans("the kurils of the mind") == []  # proper nouns are capitalised


def test_russian_case_endings():
    text = "На Итурупе и Кунашире, из Москвы в Токио; Южных Курил; Сахалина."
    assert [p for _, p in spans(text)] == [
        "iturup",
        "kunashir",
        "moscow",
        "tokyo",
        "four-islands",
        "sakhalin",
    ]
    assert spans("Итурупский залив") == []  # not a case ending


def test_japanese_without_spaces():
    text = "北方領土の択捉島、国後島、色丹島及び歯舞群島は根室の沖にある。"
    assert [p for _, p in spans(text)] == [
        "four-islands",
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
        "nemuro",
    ]


def test_first_names_are_not_islets():
    assert spans("Yuri Ushakov said") == []
    assert spans("Yuri Island is a nature reserve") == [("Yuri Island", "yuri")]


def test_filters_and_columns():
    found = kurilmap.find_places(EXCERPT, kind="city")
    assert found["place_id"].tolist() == ["moscow", "tokyo"]
    assert not found["in_region"].any()
    assert list(kurilmap.find_places("").columns) == list(
        kurilmap.places.mentions.COLUMNS
    )


def test_not_text():
    with pytest.raises(TypeError, match="text must be a string"):
        kurilmap.find_places(b"Iturup")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_and_spans_are_valid(text):
    found = kurilmap.find_places(text)
    last = 0
    for start, end, surface in zip(
        found["start"], found["end"], found["text"], strict=True
    ):
        assert 0 <= last <= start < end <= len(text)
        assert text[start:end] == surface
        last = end


NAMES = [
    "Iturup",
    "Kunashir",
    "Shikotan",
    "Moscow",
    "Tokyo",
    "Sea of Okhotsk",
    "Northern Territories",
    "Южные Курилы",
    "択捉島",
]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["the", "talks", "in", "and", "2019", "on", ","]), max_size=6
    ),
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(["was", "said", "islands", ".", "to"]), max_size=6),
)
def test_a_name_between_words_is_found_where_it_stands(before, name, after):
    text = " ".join([*before, name, *after])
    start = len(" ".join(before)) + (1 if before else 0)
    found = kurilmap.find_places(text)
    assert (start, start + len(name)) in set(
        zip(found["start"], found["end"], strict=True)
    ) or (name.isascii() and text[start + len(name) :].startswith(" islands"))
