from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kurilmap
from kurilmap.claims.model import FIRST_DAY, change_dates, situation
from kurilmap.vocab import STATUSES, VIEWS

DISPUTED = ["iturup", "kunashir", "shikotan", "habomai"]


def table(view, date=None, lang="en"):
    return kurilmap.territories(view, date=date, lang=lang).set_index("unit")


def test_regression_table_passes():
    result = kurilmap.claims.check()
    assert len(result) > 200
    failed = result[~result["passed"]]
    assert failed.empty, failed.to_string()
    assert set(result["view"]) == set(VIEWS)


def sample_days():
    days = [FIRST_DAY, dt.date.today()]
    for day in change_dates():
        days += [d for d in (day - dt.timedelta(days=1), day) if d >= FIRST_DAY]
    return sorted(set(days))


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_and_change_date_gives_a_consistent_frame(view):
    for day in sample_days():
        frame = kurilmap.territories(view, date=day)
        assert len(frame) == 11
        assert frame.crs.to_epsg() == 4326
        assert set(frame["status"]) <= set(STATUSES)
        assert frame["name"].notna().all()
        assert frame["status_label"].notna().all()
        assert (frame["date"] == pd.Timestamp(day)).all()
        since = frame["since"].dropna()
        assert (since <= pd.Timestamp(day)).all()
        until = frame["until"].dropna()
        assert (until >= pd.Timestamp(day)).all()


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=FIRST_DAY, max_value=dt.date.today()))
def test_views_agree_on_the_facts(day):
    frames = {v: table(v, day) for v in VIEWS}
    base = frames["de_facto"]
    for view, frame in frames.items():
        assert frame["administered_by"].equals(base["administered_by"]), view
        assert frame["disputed"].equals(base["disputed"]), view
    for unit in base.index:
        disputed = bool(base.at[unit, "disputed"])
        neutral = frames["neutral"].at[unit, "status"]
        assert (neutral == "disputed") == (
            disputed and base.at[unit, "status"] != "occupied"
        )


def test_today_in_each_view():
    assert set(table("de_facto").loc[DISPUTED, "status"]) == {"disputed"}
    assert set(table("japan").loc[DISPUTED, "status"]) == {"japanese_occupied"}
    assert set(table("russia").loc[DISPUTED, "status"]) == {"russian"}
    neutral = table("neutral")
    assert set(neutral.loc[DISPUTED, "status"]) == {"disputed"}
    assert neutral.loc["iturup", "dispute"] == (
        "Kuril Islands dispute / Northern Territories issue"
    )
    assert "Japan:" in neutral.loc["iturup", "status_label"]
    assert "Russia:" in neutral.loc["iturup", "status_label"]
    assert pd.isna(neutral.loc["hokkaido", "dispute"])


def test_the_view_decides_which_name_leads():
    assert table("japan").loc["iturup", "name"] == "Etorofu (Iturup)"
    assert table("russia").loc["iturup", "name"] == "Iturup (Etorofu)"
    assert table("neutral").loc["iturup", "name"] == "Iturup / Etorofu"
    assert table("japan").loc["kunashir", "group_name"] == (
        "Northern Territories (Southern Kurils)"
    )
    assert table("russia").loc["kunashir", "group_name"] == (
        "Southern Kurils (Northern Territories)"
    )
    assert table("japan", lang="ja").loc["iturup", "name"] == "択捉島（イトゥルップ）"
    assert table("russia", lang="ru").loc["iturup", "name"] == "Итуруп (Эторофу)"
    assert table("japan", lang="ru").loc["iturup", "group_name"] == (
        "Северные территории (Южные Курилы)"
    )
    assert (
        table("neutral", lang="ja").loc["iturup", "status_label"].startswith("係争中")
    )


@pytest.mark.parametrize(
    ("day", "unit", "status"),
    [
        ("1700-01-01", "iturup", "no_boundary"),
        ("1760-01-01", "kunashir", "no_boundary"),
        ("1760-01-01", "shumshu", "pre_treaty_russian"),
        ("1800-01-01", "urup", "pre_treaty_russian"),
        ("1810-01-01", "urup", "no_boundary"),
        ("1855-01-15", "iturup", "pre_treaty_japanese"),
        ("1855-02-07", "iturup", "japanese"),
        ("1860-01-01", "urup", "russian"),
        ("1860-01-01", "sakhalin-south", "undivided"),
        ("1875-05-07", "urup", "japanese"),
        ("1880-01-01", "sakhalin-south", "russian"),
        ("1905-09-05", "sakhalin-south", "japanese"),
        ("1945-08-10", "sakhalin-south", "japanese"),
        ("1945-08-11", "sakhalin-south", "occupied"),
        ("1945-08-18", "shumshu", "occupied"),
        ("1945-08-18", "urup", "japanese"),
        ("1945-08-28", "urup", "occupied"),
        ("1945-08-28", "iturup", "occupied"),
        ("1945-08-28", "kunashir", "japanese"),
        ("1945-09-01", "kunashir", "occupied"),
        ("1945-09-02", "habomai", "japanese"),
        ("1945-09-03", "habomai", "occupied"),
        ("1946-02-02", "habomai", "disputed"),
        ("1946-02-02", "urup", "annexed_no_treaty"),
        ("1951-09-08", "urup", "annexed_no_treaty"),
        ("1952-04-28", "urup", "russian"),
    ],
)
def test_history_on_the_ground(day, unit, status):
    assert table("de_facto", day).loc[unit, "status"] == status


def test_soviet_era_names_the_soviet_union():
    assert table("de_facto", "1960-01-01").loc["iturup", "status_label"] == (
        "administered by the Soviet Union, claimed by Japan"
    )
    assert (
        table("de_facto", "1995-01-01")
        .loc["iturup", "status_label"]
        .startswith("administered by Russia, claimed by Japan; ")
    )
    assert (
        table("de_facto", "1991-12-25", lang="ja")
        .loc["iturup", "status_label"]
        .startswith("ソ連")
    )


def test_1956_pledge_as_it_stood_and_the_1952_renunciation():
    pledge = "1956 Declaration"
    today = table("neutral")
    assert pledge in today.loc["shikotan", "status_label"]
    assert pledge in today.loc["habomai", "status_label"]
    assert pledge not in today.loc["kunashir", "status_label"]
    assert pledge not in table("neutral", "1956-12-11").loc["shikotan", "status_label"]
    assert "art. 9" in table("neutral", "1958-01-01").loc["shikotan", "status_label"]
    assert (
        "foreign troops" in table("neutral", "1960-01-27").loc["habomai"].status_label
    )
    assert "foreign troops" not in today.loc["habomai", "status_label"]
    japan = table("japan")
    assert japan.loc["urup", "status"] == "renounced"
    assert "names no beneficiary" in japan.loc["sakhalin-south", "status_label"]
    assert "undetermined" in table("neutral").loc["urup", "status_label"]
    assert table("de_facto").loc["urup", "status"] == "russian"
    assert table("japan", "1952-04-27").loc["urup", "status"] == "annexed_no_treaty"
    assert table("japan", "1952-04-28").loc["urup", "status"] == "renounced"
    assert table("de_facto", "1945-08-20").loc["shumshu", "status"] == "occupied"
    assert table("de_facto", "1945-08-20").loc["urup", "status"] == "japanese"


def test_russia_view_says_what_russia_and_the_soviet_union_said():
    wartime = table("russia", "1945-08-30").loc["iturup"]
    assert wartime.status == "russian"
    assert "occupied" not in wartime.status_label
    assert "as a result of the war" in wartime.status_label
    soviet = table("russia", "1960-01-01", lang="ru").loc["iturup", "status_label"]
    assert "позиция СССР" in soviet
    assert "России" not in soviet
    assert "Russia's position" in table("russia").loc["iturup", "status_label"]
    assert "constitution" in table("russia").loc["iturup", "status_label"]
    assert (
        "constitution" not in table("russia", "2019-05-10").loc["iturup"].status_label
    )


def test_situation_periods():
    s = situation("iturup", "2000-01-01")
    assert (s.holder, s.role, s.claimants) == ("russia", "administers", ("japan",))
    assert s.since == dt.date(1946, 2, 2)
    assert s.until is None
    before = situation("iturup", "1945-08-27")
    assert before.until == dt.date(1945, 8, 27)


@pytest.mark.parametrize(
    ("kwargs", "error", "needle"),
    [
        ({"view": "chinese"}, ValueError, "unknown view 'chinese'; valid: japan"),
        ({"view": "japn"}, ValueError, "did you mean 'japan'?"),
        ({"lang": "fr"}, ValueError, "unknown language 'fr'"),
        ({"date": "1699-12-31"}, ValueError, "before 1700-01-01"),
        ({"date": "2999-01-01"}, ValueError, "is in the future"),
        ({"date": "10/05/2019"}, ValueError, "not an ISO date"),
        ({"date": 2019}, TypeError, "date must be None, an ISO date string"),
        ({"date": [2019]}, TypeError, "not list"),
        ({"date": pd.NaT}, ValueError, r"date is missing \(NaT\)"),
        ({"date": "20190510"}, ValueError, "not an ISO date"),  # Python reads it
        ({"date": "2019-W19-5"}, ValueError, "not an ISO date"),
    ],
)
def test_bad_input(kwargs, error, needle):
    with pytest.raises(error, match=needle):
        kurilmap.territories(**({"view": "neutral"} | kwargs))


def test_dates_of_every_type_agree():
    as_text = table("japan", "1960-05-01")
    for day in (
        dt.date(1960, 5, 1),
        dt.datetime(1960, 5, 1, 12),
        pd.Timestamp("1960-05-01"),
    ):
        assert table("japan", day)["status"].equals(as_text["status"])


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("xx", "en"), "unknown party 'xx'; valid: japan, russia"),
        (("JAPAN", "en"), "unknown party 'JAPAN'"),
        (("japan", "fr"), "unknown language 'fr'"),
    ],
)
def test_held_by_names_only_japan_or_russia(args, needle):
    from kurilmap.claims import held_by

    party, lang = args
    with pytest.raises(ValueError, match=needle):  # any other party was Russia
        held_by(party, None, dt.date(2019, 1, 1), lang)


def test_unknown_unit():
    with pytest.raises(ValueError, match="unknown unit 'atlantis'"):
        situation("atlantis")


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda c: c.view_title("xx", "en"), "unknown view 'xx'"),
        (lambda c: c.legend_word("disputed", "en"), "did you mean 'dispute'"),
        (lambda c: c.line_word("median", "en"), "unknown line kind 'median'"),
        (lambda c: c.basis_word("conquest", "ja"), "unknown basis 'conquest'"),
        (lambda c: c.view_title("japan", "fr"), "unknown language 'fr'"),
        (
            lambda c: c.status_label("xx", "japan", "en", dt.date(2019, 1, 1)),
            "unknown status 'xx'",
        ),
    ],
)
def test_the_word_helpers_name_an_unknown_key(call, needle):
    import kurilmap.claims

    with pytest.raises(ValueError, match=needle):  # each was a bare KeyError
        call(kurilmap.claims)
