"""What existed, was called and was claimed on a day (kurilmap.claims.history)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import kurilmap
from kurilmap.claims import lines_on, settlements_on
from kurilmap.maps.timeline import legend
from kurilmap.vocab import STATUSES, VIEWS

DAYS = [
    "1800-06-01",
    "1860-06-01",
    "1905-10-01",
    "1940-06-01",
    "1945-08-20",
    "1946-03-01",
    "1952-01-01",
    "1960-06-01",
    "1993-11-01",
    "2019-05-10",
    None,
]
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize(
    ("day", "shown", "hidden"),
    [
        ("1800-06-01", {"golovnino": "Tomari"}, {"kurilsk", "gornoye", "dubovoye"}),
        ("1905-10-01", {"kurilsk": "Shana", "reydovo": "Bettobu"}, {"kitovy"}),
        ("1940-06-01", {"kitovy": "Nayoka", "golovnino": "Tomari"}, {"gornoye"}),
        ("1945-09-02", {"yuzhno-kurilsk": "Furukamappu"}, {"malokurilskoye"}),
        ("1946-06-01", {"yuzhno-kurilsk": "Yuzhno-Kurilsk", "kurilsk": "Shana"}, set()),
        ("1950-01-01", {"kurilsk": "Kurilsk", "golovnino": "Golovnino"}, {"gornoye"}),
        ("1990-01-01", {"gornoye": "Gornoye", "dubovoye": "Dubovoye"}, set()),
    ],
)
def test_settlements_exist_and_are_named_as_on_the_day(day, shown, hidden):
    frame = settlements_on(day).set_index("id")
    for place, name in shown.items():
        assert frame.loc[place, "name"] == name
    assert not hidden & set(frame.index)


def test_undated_settlements_appear_only_today():
    today = set(settlements_on()["id"])
    assert {"tretyakovo", "lagunnoye", "goryachy-plyazh"} <= today
    assert not {"tretyakovo", "lagunnoye"} & set(settlements_on("2019-05-10")["id"])


@pytest.mark.parametrize("day", DAYS)
def test_no_population_figure_from_after_the_day(day):
    frame = settlements_on(day)
    year = dt.date.today().year if day is None else int(day[:4])
    assert (frame["population_year"].dropna() <= year).all()


@pytest.mark.parametrize(
    ("day", "lines"),
    [
        ("1800-06-01", set()),
        ("1860-06-01", {"shimoda-1855"}),
        ("1905-10-01", {"saint-petersburg-1875", "portsmouth-1905"}),
        ("1940-06-01", {"saint-petersburg-1875", "portsmouth-1905"}),
        ("1960-06-01", {"japan-claim-line"}),
        ("1977-02-28", {"japan-claim-line"}),
        (
            "1977-03-01",
            {"japan-claim-line", "median-line-status-quo", "median-line-two-islands"},
        ),
    ],
)
def test_lines_are_drawn_while_in_force(day, lines):
    assert set(lines_on(day)["id"]) == lines


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("view", VIEWS)
def test_japanese_output_has_no_cyrillic_and_russian_no_latin_names(view, day):
    ja = kurilmap.territories(view, date=day, lang="ja")
    ru = kurilmap.territories(view, date=day, lang="ru")
    for column in ("name", "group_name", "status_label", "dispute"):
        for text in ja[column].dropna():
            assert not CYRILLIC.search(text), (view, day, column, text)
        for text in ru[column].dropna():
            assert not LATIN_WORD.search(text), (view, day, column, text)
    for text in settlements_on(day, lang="ja")["name"].dropna():
        assert not CYRILLIC.search(text), (day, text)
    for text in settlements_on(day, lang="ru")["name"].dropna():
        assert not LATIN_WORD.search(text), (day, text)
    described = kurilmap.describe(view, lang="ja", date=day)
    assert not CYRILLIC.search(described), (view, day)
    body = legend(view, "ja", dt.date(1960, 1, 1), list(STATUSES), set(), disputed=True)
    assert not CYRILLIC.search(re.sub(r"<[^>]+>", "", body))


def test_russian_description_has_no_latin_place_names():
    for day in DAYS:
        text = kurilmap.describe("neutral", lang="ru", date=day)
        words = set(LATIN_WORD.findall(text)) - {
            "GSI",
            "GSHHG",
            "LGPL",
            "kurilmap",
            "sources",
            "csv",
        }
        assert not {w for w in words if not re.fullmatch(r"S\d+|H\d+|K\d+", w)}, (
            day,
            words,
        )


def _figure_texts(fig) -> list[str]:
    return [
        t.get_text()
        for t in fig.findobj(lambda o: type(o).__name__ in ("Text", "Annotation"))
    ]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize(
    "day", ["1800-06-01", "1946-03-01", "1960-06-01", "2019-05-10"]
)
def test_japanese_figure_and_handout_have_no_cyrillic(day, view):
    from kurilmap.figures import close, has_cjk_font

    if not has_cjk_font():
        pytest.skip("no CJK font: Japanese figures fall back to English")
    figures = [kurilmap.plot(view, lang="ja", date=day).figure]
    if view == "neutral":  # the handout shows the neutral view
        figures.append(kurilmap.handout(lang="ja", date=day))
    for fig in figures:
        texts = [t for t in _figure_texts(fig) if CYRILLIC.search(t)]
        close(fig)
        assert texts == [], (day, texts)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize(
    "day", ["1800-06-01", "1946-03-01", "1960-06-01", "2019-05-10"]
)
def test_russian_figure_and_handout_have_no_latin_place_names(day, view):
    from kurilmap.figures import close

    allowed = {"GSHHG", "LGPL", "CC", "BY", "kurilmap", "sources", "csv", "km"}
    figures = [kurilmap.plot(view, lang="ru", date=day).figure]
    if view == "neutral":
        figures.append(kurilmap.handout(lang="ru", date=day))
    for fig in figures:
        words = {w for t in _figure_texts(fig) for w in LATIN_WORD.findall(t)}
        close(fig)
        assert words <= allowed, (day, sorted(words - allowed))


@pytest.mark.parametrize("day", ["1700-01-01", "1720-06-01", "1753-12-31"])
def test_before_the_first_settlement_the_frame_is_empty_not_an_error(day):
    frame = settlements_on(day, lang="ru")
    assert frame.empty
    assert list(frame.columns) == [
        "id",
        "name",
        "era",
        "population",
        "population_year",
        "population_source",
        "geometry",
    ]
    assert str(frame.crs) == "EPSG:4326"
    assert list(settlements_on("1754-06-01")["id"]) == ["golovnino"]  # Tomari
