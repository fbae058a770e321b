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


# Traps and forms from the evaluation set (benchmarks/eval), one rule each.


def ids(text, **kwargs):
    return [p for _, p in spans(text, **kwargs)]


@pytest.mark.parametrize(
    "text",
    [
        "the Asia-Pacific Economic Cooperation forum",  # the second part of a word
        "in the trans-Pacific trade",
        "в Северо-Курильске",  # Severo-Kurilsk on Paramushir, not Kurilsk
        "アジア太平洋経済協力会議",  # joined to katakana
        "サハリンエナジー",
    ],
)
def test_a_name_inside_a_longer_word_is_not_the_place(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Pacific Fleet's newspaper reported it.",
        "governor of the Sakhalin region",
        "the Sakhalin Oblast government",
        "The Sakhalin border directorate of the FSB said",
        "An official of the Habomai cooperative said",
    ],
)
def test_a_name_before_an_organisation_or_unit_is_not_the_place(text):
    assert spans(text) == []


def test_the_place_itself_is_still_found_beside_such_words():
    assert ids("the Pacific Ocean; the Pacific coast") == ["pacific-ocean"] * 2
    assert ids("Sakhalin Island and Sakhalin") == ["sakhalin", "sakhalin"]


def test_a_name_in_an_organisation_title_is_not_the_place():
    text = "President of the League of Residents of Chishima and Habomai Islands"
    assert spans(text) == []
    assert spans("a professor at the University of Tokyo") == []
    # a treaty or a place after "in" is still the place
    assert ids("the Treaty of Shimoda; the Embassy of Japan in Moscow") == [
        "shimoda",
        "moscow",
    ]


def test_japanese_organisations_and_regions_are_not_places():
    assert ids("主催は千島歯舞諸島居住者連盟（千島連盟、札幌）と道。") == ["sapporo"]
    assert ids("千島連盟別海町支部長") == []
    assert ids("北海道水産会（札幌市）は30日") == ["sapporo"]
    assert ids("歯舞漁協の組合長") == []
    assert ids("ロシア太平洋艦隊") == []
    assert ids("サハリン州が発表した") == []  # the oblast, not the island
    # a municipality ends the compound: 北海道 is the place
    assert ids("北海道根室市歯舞の漁業者") == ["hokkaido", "habomai-nemuro"]
    assert ids("太平洋側の海域、サハリンとカムチャツカ半島") == [
        "pacific-ocean",
        "sakhalin",
        "kamchatka",
    ]


def test_russian_names_match_only_their_case_forms():
    assert ids("центральной районной больницы Курильской") == []
    assert ids("портпункт Курильский; Курильский городской округ") == []
    assert ids("Южно-Курильский район; бухта Южно-Курильская") == []
    assert ids("в Курильске, из Курильска; в Южно-Курильске") == [
        "kurilsk",
        "kurilsk",
        "yuzhno-kurilsk",
    ]
    assert ids("в Ялте; в поселке Китовом; у Горячих Ключей") == [
        "yalta",
        "kitovy",
        "goryachiye-klyuchi",
    ]


def test_russian_names_of_several_words_decline_together():
    assert ids("острова Курильской гряды") == ["kuril-islands"]
    assert ids("у острова Сигнальный Малой Курильской гряды") == [
        "kaigara-signalny",
        "lesser-kuril-chain",
    ]
    assert ids("в 3,7 км от мыса Носаппу; в Охотском море") == [
        "nosappu",
        "sea-of-okhotsk",
    ]
    assert ids("о Южных Курильских островах") == []  # not a name in the gazetteer


def test_first_word_of_a_longer_name_may_be_lower_case():
    assert ids("he called the southern Kurils Russian") == ["four-islands"]
    assert ids("the southern Kuril Islands claimed by Japan") == ["four-islands"]
    assert ids("поездки на южные Курилы") == ["four-islands"]
    assert ids("the Southern Kuril Islands were now zero") == ["four-islands"]
    assert spans("the kurils of the mind") == []  # one word: still a capital


def test_the_habomai_district_of_nemuro_is_not_the_islands():
    assert ids("a cooperative in the Habomai district of Nemuro") == [
        "habomai-nemuro",
        "nemuro",
    ]
    assert ids("из рыбацкого района Хабомаи города Нэмуро") == [
        "habomai-nemuro",
        "nemuro",
    ]
    assert ids("К этому городу относится и район Хабомаи") == ["habomai-nemuro"]
    assert ids("根室市歯舞") == ["habomai-nemuro"]
    assert ids("Шикотан и острова Хабомаи") == ["shikotan", "habomai"]


def test_places_added_from_the_evaluation_set():
    assert (
        ids("in Vladivostok; во Владивостоке; ウラジオストクで") == ["vladivostok"] * 3
    )
    assert ids("on Matua; на острове Матуа; 松輪島; マトゥア島") == ["matua"] * 4
    assert ids("из порта Нэмуро; из Немуро") == ["nemuro", "nemuro"]
    assert ids("クリル諸島への配備; クリール諸島に") == ["kuril-islands"] * 2
    assert ids("Cape Nosappu; мыс Носаппу; 納沙布岬") == ["nosappu"] * 3
    assert spans("to Russia's Kamchatka Peninsula.") == [
        ("Kamchatka Peninsula", "kamchatka")
    ]


def test_a_company_named_after_a_place_is_not_found():
    assert spans("the fishing company Kurilsky Rybak") == []


def test_a_capital_is_a_place_also_for_its_government():
    # the project's convention: the city is named, whatever it stands for
    assert ids("sanctions against Moscow; islands that Tokyo claims") == [
        "moscow",
        "tokyo",
    ]


def test_seseki_onsen_is_on_iturup_and_seseki_alone_is_not_in_the_gazetteer():
    assert ids("国後島瀬石での墓参") == ["kunashir"]
    found = kurilmap.find_places("択捉島の瀬石温泉")
    assert found["place_id"].tolist() == ["iturup", "goryachiye-klyuchi"]
    assert kurilmap.places.lookup("goryachiye-klyuchi")["located_in"] == "iturup"


def test_russian_forms():
    from kurilmap.places.normalize import russian_forms

    assert russian_forms("Курильск") == [
        "Курильск",
        "Курильска",
        "Курильску",
        "Курильском",
        "Курильске",
    ]
    assert "Курильской" not in russian_forms("Курильск")
    assert russian_forms("Токио") == ["Токио"]
    assert russian_forms("Хабомаи") == ["Хабомаи"]
    forms = russian_forms("Малая Курильская гряда")
    assert {"Малой Курильской гряды", "Малую Курильскую гряду"} <= set(forms)
    assert {"Южных Курил", "Южным Курилам", "Южных Курилах"} <= set(
        russian_forms("Южные Курилы")
    )
    assert "мыса Носаппу" in russian_forms("мыс Носаппу")
    assert {"Охотского моря", "Охотском море"} <= set(russian_forms("Охотское море"))
    assert {"Тихого океана", "Тихим океаном"} <= set(russian_forms("Тихий океан"))
    assert {"Юрия", "Юрии"} <= set(russian_forms("Юрий"))  # a noun, not Юрого


def test_part_of_another_name_directly():
    from kurilmap.places.filters import part_of_another_name

    text = "Asia-Pacific; Pacific Fleet; Pacific Ocean"
    assert part_of_another_name(text, 5, 12)
    assert part_of_another_name(text, 14, 21)
    assert not part_of_another_name(text, 29, 36)
