"""The geocoder against a table of 150+ names in every language and script."""

from __future__ import annotations

from typing import ClassVar

import pandas as pd
import pytest

import kurilmap
import kurilmap.places.geocoder

NAMES = {
    "iturup": [
        "Iturup",
        "Iturup Island",
        "ITURUP",
        "iturup island",
        "Etorofu",
        "Etorofu-tō",
        "Etorofu-to",
        "Etorofu to",
        "Etorofu Island",
        "Yetorup",
        "Etrof",
        "Staten Land",
        "択捉島",
        "択捉",
        "えとろふとう",
        "Итуруп",
        "остров Итуруп",
        "о. Итуруп",
        "Iturpu",
        "Etorofou",
        "Etuworop-sir",
    ],
    "kunashir": [
        "Kunashir",
        "Kunashiri",
        "Kunashiri-tō",
        "Kunashiri-to",
        "Kunashir Island",
        "国後島",
        "国後",
        "くなしりとう",
        "Кунашир",
        "остров Кунашир",
        "Kunashri",
        "Kunasir",
        "クナシㇼ",
    ],
    "shikotan": [
        "Shikotan",
        "Shikotan Island",
        "Shikotan-tō",
        "色丹島",
        "しこたんとう",
        "Шикотан",
        "о. Шикотан",
        "Шпанберг",
        "Shpanberg",
        "Shikotn",
    ],
    "habomai": [
        "Habomai",
        "Habomai Islands",
        "Habomai islands",
        "Khabomai",
        "Хабомаи",
        "歯舞群島",
        "歯舞諸島",
        "Habomai-guntō",
        "Habomai shotō",
        "Плоские острова",
        "Ploskiye ostrova",
        "Flat Islands",
        "はぼまいぐんとう",
    ],
    "four-islands": [
        "Northern Territories",
        "northern territories",
        "北方領土",
        "北方四島",
        "Hoppō Ryōdo",
        "Hoppo Ryodo",
        "ほっぽうりょうど",
        "北方地域",
        "Southern Kurils",
        "Southern Kuriles",
        "South Kuril Islands",
        "South Kurils",
        "Южные Курилы",
        "Yuzhnye Kurily",
        "南千島",
        "Minami-Chishima",
        "Южных Курил",
        "Northern Teritories",
    ],
    "kuril-islands": [
        "Kuril Islands",
        "Kurile Islands",
        "Kurils",
        "Kuriles",
        "千島列島",
        "千島",
        "Chishima",
        "クリル列島",
        "Курильские острова",
        "Kurilskiye ostrova",
        "Курилы",
        "острова Тисима",
    ],
    "lesser-kuril-chain": [
        "Lesser Kuril Chain",
        "Lesser Kurils",
        "Малая Курильская гряда",
        "小クリル列島",
        "Malaya Kurilskaya gryada",
    ],
    "greater-kuril-chain": [
        "Greater Kuril Chain",
        "Большая Курильская гряда",
        "大クリル列島",
    ],
    "shibotsu-zelyony": [
        "Zelyony Island",
        "Zelyony",
        "Зелёный",
        "Зеленый",
        "志発島",
        "Shibotsu",
        "Shibotsu-tō",
        "しぼつとう",
    ],
    "suisho-tanfilyeva": [
        "Tanfilyev Island",
        "Tanfiliev Island",
        "Танфильева",
        "水晶島",
        "Suishō-tō",
        "Suisho-to",
        "Suishō-jima",
    ],
    "taraku-polonsky": [
        "Polonsky Island",
        "Polonsky",
        "Полонского",
        "多楽島",
        "Taraku-tō",
    ],
    "yuri": ["Yuri Island", "Yuri-tō", "勇留島", "остров Юрий"],
    "akiyuri-anuchina": ["Anuchina Island", "Анучина", "秋勇留島", "Akiyuri-tō"],
    "harukaru-demina": ["Demina Islands", "Дёмина", "春苅島", "Harukaru"],
    "kaigara-signalny": [
        "Signalny Island",
        "Сигнальный",
        "貝殻島",
        "Kaigara-jima",
        "Kaigara",
    ],
    "oskolki": ["Oskolki", "Осколки", "海馬島"],
    "kurilsk": ["Kurilsk", "Курильск", "紗那", "Shana"],
    "yuzhno-kurilsk": [
        "Yuzhno-Kurilsk",
        "Yuzhno Kurilsk",
        "Южно-Курильск",
        "古釜布",
        "Furukamappu",
        "Yuzhno-Kurilsk Island",
    ],
    "malokurilskoye": [
        "Malokurilskoye",
        "Malokurilskoe",
        "Малокурильское",
        "斜古丹",
        "Shakotan",
    ],
    "krabozavodskoye": [
        "Krabozavodskoye",
        "Krabozavodskoe",
        "Крабозаводское",
        "穴澗",
        "Anama",
    ],
    "goryachiye-klyuchi": [
        "Goryachiye Klyuchi",
        "Горячие Ключи",
        "瀬石温泉",
        "Seseki Onsen",
    ],
    "gornoye": ["Gornoye", "Горное"],
    "rybaki": ["Rybaki", "Рыбаки", "有萌"],
    "mendeleyevo": ["Mendeleyevo", "Менделеево", "トッカリムイ"],
    "hokkaido": ["Hokkaido", "北海道", "Хоккайдо"],
    "nemuro": ["Nemuro", "根室", "Немуро"],
    "nosappu": ["Cape Nosappu", "納沙布岬", "мыс Носаппу", "Nosappu"],
    "notsuke": ["Notsuke Peninsula", "野付半島", "Notsuke"],
    "shiretoko": [
        "Shiretoko Peninsula",
        "Shiretoko",
        "知床半島",
        "полуостров Сирэтоко",
    ],
    "rausu": ["Rausu", "羅臼町"],
    "urup": ["Urup", "Uruppu", "得撫島", "Уруп"],
    "shumshu": ["Shumshu", "Shumushu", "占守島", "Шумшу"],
    "sakhalin": ["Sakhalin", "Сахалин", "サハリン"],
    "kamchatka": ["Kamchatka", "Камчатка", "カムチャツカ半島"],
    "yuzhno-sakhalinsk": ["Yuzhno-Sakhalinsk", "Южно-Сахалинск", "ユジノサハリンスク"],
    "sea-of-okhotsk": [
        "Sea of Okhotsk",
        "Okhotsk Sea",
        "オホーツク海",
        "Охотское море",
    ],
    "pacific-ocean": ["Pacific Ocean", "太平洋", "Тихий океан"],
    "nemuro-strait": [
        "Nemuro Strait",
        "根室海峡",
        "Кунаширский пролив",
        "Notsuke Strait",
    ],
    "vries-strait": [
        "Vries Strait",
        "Friz Strait",
        "De Vries Strait",
        "択捉水道",
        "Пролив Фриза",
    ],
    "catherine-strait": [
        "Catherine Strait",
        "Ekaterina Strait",
        "国後水道",
        "пролив Екатерины",
    ],
    "sovetsky-strait": [
        "Soviet Strait",
        "Goyomai Strait",
        "珸瑤瑁水道",
        "Советский пролив",
    ],
    "tyatya": ["Tyatya", "Тятя", "爺爺岳", "Chachadake"],
    "stokap": ["Stokap", "Стокап", "西単冠山"],
    "moscow": ["Moscow", "Москва", "モスクワ", "Moskow"],
    "tokyo": ["Tokyo", "東京", "Токио"],
    "singapore": ["Singapore", "Сингапур"],
    "irkutsk": ["Irkutsk", "Иркутск"],
    "nagato": ["Nagato", "長門"],
    "shimoda": ["Shimoda", "下田"],
    "saint-petersburg": ["Saint Petersburg", "St. Petersburg", "Санкт-Петербург"],
    "portsmouth-nh": ["Portsmouth"],
    "san-francisco": ["San Francisco", "サンフランシスコ"],
    "yalta": ["Yalta", "Ялта"],
}
CASES = [(name, place) for place, names in NAMES.items() for name in names]


def test_the_table_is_large_and_covers_every_script():
    from kurilmap.places.normalize import script_of

    assert len(CASES) >= 150
    assert {script_of(n) for n, _ in CASES} >= {"Latn", "Cyrl", "Hani", "Hira", "Kana"}


@pytest.mark.parametrize(("name", "place"), CASES)
def test_geocode_table(name, place):
    assert kurilmap.geocode(name)["id"].item() == place


def test_geocode_many_on_the_whole_table_agrees():
    series = pd.Series(
        [n for n, _ in CASES], index=[f"r{i}" for i in range(len(CASES))]
    )
    out = kurilmap.geocode_many(series)
    assert list(out.index) == list(series.index)
    assert out["id"].tolist() == [p for _, p in CASES]


@pytest.mark.parametrize(
    ("name", "first", "also"),
    [
        ("Habomai", "habomai", "habomai-nemuro"),
        ("Kuril Islands", "kuril-islands", "four-islands"),
        ("Kurils", "kuril-islands", "four-islands"),
        ("Shikotan", "shikotan", "shikotan-mura"),
        ("Shana", "kurilsk", "shana-mura"),
    ],
)
def test_ambiguous_names_keep_their_candidates(name, first, also):
    row = kurilmap.geocode(name)
    assert row["id"].item() == first
    assert bool(row["ambiguous"].item())
    assert also in row["candidates"].item()
    options = kurilmap.candidates(name)
    assert options["id"].iloc[0] == first
    assert also in set(options["id"])
    assert options["score"].is_monotonic_decreasing


def test_unambiguous_name_is_not_flagged():
    row = kurilmap.geocode("Kunashir")
    assert not bool(row["ambiguous"].item())
    assert row["candidates"].item() == "kunashir (1.00)"


def test_result_columns_and_geometry():
    row = kurilmap.geocode("Iturup")
    assert list(row.columns) == [*kurilmap.places.geocoder.OUTPUT_COLUMNS, "geometry"]
    assert row.crs.to_epsg() == 4326
    assert row.geometry.item().geom_type == "MultiPolygon"
    assert kurilmap.geocode("Kurilsk").geometry.item().geom_type == "Point"


def test_methods_and_scores():
    assert kurilmap.geocode("Etorofu")["method"].item() == "exact"
    normalised = kurilmap.geocode("etorofu-TO")
    assert normalised["method"].item() == "normalised"
    assert normalised["score"].item() == pytest.approx(0.98)
    fuzzy = kurilmap.geocode("Kunashri")
    assert fuzzy["method"].item() == "fuzzy"
    assert 0.75 < fuzzy["score"].item() < 0.95


def test_group_geometry_is_the_union_of_its_members():
    four = kurilmap.geocode("Northern Territories").geometry.item()
    for island in ("Iturup", "Kunashir", "Shikotan", "Habomai"):
        member = kurilmap.geocode(island).geometry.item()
        assert four.buffer(1e-6).contains(member)
    total = sum(
        kurilmap.geocode(i).to_crs(6933).area.item()
        for i in ("Iturup", "Kunashir", "Shikotan", "Habomai")
    )
    assert kurilmap.geocode("北方領土").to_crs(6933).area.item() == pytest.approx(
        total, rel=1e-6
    )


def test_outside_the_region_is_flagged():
    assert not bool(kurilmap.geocode("Moscow")["in_region"].item())
    assert bool(kurilmap.geocode("Nemuro")["in_region"].item())


def test_filters():
    assert kurilmap.geocode("Habomai", kind="district")["id"].item() == (
        "habomai-nemuro"
    )
    assert kurilmap.geocode("Shikotan", kind="prewar_village")["id"].item() == (
        "shikotan-mura"
    )
    with pytest.raises(kurilmap.PlaceNotFoundError):
        kurilmap.geocode("Iturup", lang="ja")
    assert kurilmap.geocode("Etorofu", lang="ja")["id"].item() == "iturup"
    with pytest.raises(ValueError, match=r"unknown kind.*valid kinds: island"):
        kurilmap.geocode("Iturup", kind="volcano")
    with pytest.raises(ValueError, match="unknown language"):
        kurilmap.geocode("Iturup", lang="fr")


def test_a_filter_that_leaves_out_the_match_says_so():
    with pytest.raises(kurilmap.PlaceNotFoundError) as err:
        kurilmap.geocode("Etorofu", kind="city")
    assert str(err.value).startswith(
        "no place matches 'Etorofu' with kind='city'; without it: 'Etorofu' "
        "(iturup, 100%)"
    )  # it said "the closest are 'Etorofu' (100%)... try another spelling"
    with pytest.raises(TypeError, match="kind must be a str or a list of str"):
        kurilmap.geocode("Etorofu", kind=1)
    with pytest.raises(ValueError, match="lang is empty"):
        kurilmap.geocode("Etorofu", lang=[])


def test_unknown_name_names_the_three_closest():
    with pytest.raises(kurilmap.PlaceNotFoundError) as err:
        kurilmap.geocode("Atlantis")
    message = str(err.value)
    assert message.startswith("no place matches 'Atlantis'; the closest are ")
    assert message.count("%)") == 3


def test_not_a_string():
    with pytest.raises(TypeError, match="name must be a string"):
        kurilmap.geocode(None)  # type: ignore[arg-type]


def test_geocode_many_marks_unresolved_rows():
    out = kurilmap.geocode_many(["Iturup", "zzzzqqq", "", None, "Kunashri"])
    assert out["id"].tolist() == ["iturup", pd.NA, pd.NA, pd.NA, "kunashir"]
    assert out["method"].tolist() == ["exact", "none", "none", "none", "fuzzy"]
    assert out.geometry.isna().tolist() == [False, True, True, True, False]


def test_online_is_off_by_default(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "geopy", None)  # any import would fail
    with pytest.raises(kurilmap.PlaceNotFoundError):
        kurilmap.geocode("Atlantis")


def test_online_fallback_converts_a_nominatim_answer(monkeypatch):
    """The online path with a stand-in geocoder: no request leaves the machine."""
    import sys
    import types

    class Location:
        latitude, longitude = 43.06, 141.35
        address = "Sapporo, Hokkaido, Japan"
        raw: ClassVar[dict[str, object]] = {"osm_type": "relation", "osm_id": 1}

    class Nominatim:
        def __init__(self, user_agent, timeout):
            assert user_agent.startswith("kurilmap/")

        def geocode(self, name, language):
            return Location() if name == "Atlantis" else None

    geocoders = types.ModuleType("geopy.geocoders")
    geocoders.Nominatim = Nominatim  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "geopy", types.ModuleType("geopy"))
    monkeypatch.setitem(sys.modules, "geopy.geocoders", geocoders)
    row = kurilmap.geocode("Atlantis", online=True)
    assert row["method"].item() == "online"
    assert row["id"].item() == "nominatim:relation/1"
    assert bool(row["in_region"].item())
    with pytest.raises(kurilmap.PlaceNotFoundError, match="or online"):
        kurilmap.geocode("Qqqqzzz", online=True)


def test_online_without_geopy_says_how_to_install(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "geopy", None)
    monkeypatch.setitem(sys.modules, "geopy.geocoders", None)
    with pytest.raises(ImportError, match=r"kurilmap\[online\]"):
        kurilmap.geocode("Atlantis", online=True)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("", "the name is empty"),
        ("   ", "the name is empty"),
        ("x" * 10_000_000, "10,000,000 characters long"),
    ],
)
def test_what_cannot_be_a_name_is_a_short_clear_error(name, needle):
    with pytest.raises(kurilmap.InputError, match=needle) as err:
        kurilmap.geocode(name)
    assert len(str(err.value)) < 200


def test_many_names_are_a_list_of_strings_with_gaps_kept():
    with pytest.raises(TypeError, match=r"not int \(geocode\(\) takes one name\)"):
        kurilmap.geocode_many(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not str"):
        kurilmap.geocode_many("Iturup")
    with pytest.raises(TypeError, match="item 1 is int 7"):
        kurilmap.geocode_many(["Iturup", 7])  # type: ignore[list-item]
    out = kurilmap.geocode_many(pd.Series(["Iturup", None, float("nan")]))
    assert out["id"].tolist()[0] == "iturup"
    assert out["method"].tolist()[1:] == ["none", "none"]
    with pytest.raises(TypeError, match="name must be a string"):
        kurilmap.candidates(5)  # type: ignore[arg-type]


def test_a_language_in_capitals_gets_a_suggestion():
    with pytest.raises(ValueError, match="did you mean 'ja'"):
        kurilmap.geocode("Etorofu", lang="JA")


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Нэмуро", "nemuro"),
        ("Vladivostok", "vladivostok"),
        ("Владивосток", "vladivostok"),
        ("ウラジオストク", "vladivostok"),
        ("Matua", "matua"),
        ("松輪島", "matua"),
        ("Матуа", "matua"),
        ("район Хабомаи", "habomai-nemuro"),
        ("Habomai district", "habomai-nemuro"),
        ("Курильская гряда", "kuril-islands"),
        ("クリール諸島", "kuril-islands"),
        ("クリル諸島", "kuril-islands"),
        ("Southern Kuril Islands", "four-islands"),
        ("Kamchatka Peninsula", "kamchatka"),
    ],
)
def test_geocode_names_added_for_the_evaluation_set(name, place):
    assert kurilmap.geocode(name)["id"].item() == place


def test_russian_habomai_is_the_islands_and_may_be_the_district():
    row = kurilmap.geocode("Хабомаи")
    assert row["id"].item() == "habomai"
    assert "habomai-nemuro" in row["candidates"].item()


def test_new_points_carry_their_sources():
    gazetteer = kurilmap.load("gazetteer").set_index("id")
    matua = gazetteer.loc["matua"]
    assert (round(matua.geometry.y, 2), round(matua.geometry.x, 2)) == (48.1, 153.2)
    assert "G37" in matua["source"]
    vladivostok = gazetteer.loc["vladivostok"]
    assert vladivostok["source"] == "GEONAMES"
    assert not vladivostok["in_region"]


def test_a_place_without_coordinates_is_drawn_as_the_place_it_is_in():
    from kurilmap.errors import PlaceNotFoundError
    from kurilmap.places import drawn_as, lookup

    gazetteer = kurilmap.load("gazetteer")
    empty = gazetteer.geometry.isna() | gazetteer.geometry.is_empty
    assert empty.sum() >= 10  # settlements and prewar villages no source places
    for pid, inside in zip(gazetteer["id"], gazetteer["in_region"], strict=True):
        drawn = drawn_as(pid)
        if drawn is None:  # nothing to draw it as: only outside the map's region
            assert not inside, pid
            continue
        shape = lookup(drawn)["geometry"]
        assert shape is not None, pid
        assert not shape.is_empty, pid
        assert (drawn == pid) == (not empty[gazetteer["id"] == pid].iloc[0]), pid
    assert drawn_as("kitovy") == drawn_as("reydovo") == "iturup"
    assert drawn_as("tomari-mura") == "kunashir"
    assert drawn_as("pacific-ocean") is None
    with pytest.raises(PlaceNotFoundError, match="atlantis"):
        drawn_as("atlantis")


def test_place_name_refuses_an_unknown_language():
    from kurilmap.places import lookup, place_name

    assert place_name(lookup("iturup"), "ru") == "Итуруп"
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        place_name(lookup("iturup"), "xx")  # was the English name, silently
