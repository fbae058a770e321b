from __future__ import annotations

import pytest

import kurilmap


@pytest.fixture(scope="module")
def table():
    return kurilmap.scenarios().set_index("scenario")


def test_two_island_option_is_about_seven_percent(table):
    two = table.loc["two_islands"]
    # GSI 2022 with islets [S03]: Shikotan 251 + Habomai 95 = 346 of the
    # published 5,003 [S03][S04] (not of 5,004, the sum of rounded figures).
    assert two["area_gsi_km2"] == pytest.approx(346.0)
    assert two["share_area_gsi"] == pytest.approx(346 / 5003)
    assert 0.065 < two["share_area"] < 0.075  # computed from GSHHG: 7.2 %
    assert two["share_area_gsi"] == pytest.approx(0.07, abs=0.005)


def test_all_four_is_the_published_total_not_a_sum_of_rounded_figures(table):
    four = table.loc["all_four"]
    assert four["area_gsi_km2"] == 5003  # MOFA, GSI 2022 [S03]; 5,003.1 [S04]
    assert four["area_gsi_source"] == "S03;S04"
    assert four["share_area_gsi"] == 1.0
    per_island = kurilmap.key_figures()["area_gsi_km2"]
    assert per_island.sum() == 5004  # the rounded per-island figures are kept
    assert table.loc["two_islands", "area_gsi_source"] == "S03"


def test_people_sum_to_the_published_totals(table):
    four = table.loc["all_four"]
    assert four["residents"] == 16668  # 2016 statistics [S06][S09]
    assert four["japanese_1945"] == 17291  # 15 Aug 1945 [S06]
    assert table.loc["two_islands", "residents"] == 2917  # Shikotan; Habomai 0
    assert table.loc["two_islands", "japanese_1945"] == 1038 + 5281
    assert four["share_residents"] == four["share_area"] == 1.0


def test_status_quo_changes_nothing(table):
    base = table.loc["status_quo"]
    assert base["area_km2"] == 0
    for column in ("sea12_japan_change_km2", "sea200_russia_change_km2"):
        assert base[column] == 0


def test_sea_moves_from_one_side_to_the_other(table):
    for scenario in ("two_islands", "all_four"):
        row = table.loc[scenario]
        for nm in (12, 200):
            gain = row[f"sea{nm}_japan_change_km2"]
            loss = row[f"sea{nm}_russia_change_km2"]
            assert gain > 0
            assert gain == pytest.approx(-loss, abs=10)
    assert (
        table.loc["all_four", "sea200_japan_change_km2"]
        > table.loc["two_islands", "sea200_japan_change_km2"]
    )


def test_every_row_has_its_sources(table):
    assert table["source"].notna().all()
    assert set(table.loc["all_four", "residents_source"].split(";")) >= {"S06", "S09"}


def test_without_sea():
    quick = kurilmap.scenarios(with_sea=False)
    assert quick["sea200_japan_change_km2"].isna().all()
