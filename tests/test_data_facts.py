"""What the data must say: checked against the published figures (FACTS.md)."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
import shapely.ops

import kurilmap
from kurilmap.datasets.geometry import LOCAL_CRS, geodesic_distance_km

# GSI 2022 survey via MOFA [S03]: main island only / with surrounding islets.
GSI_MAIN = {"iturup": 3167, "kunashir": 1489, "shikotan": 248}
GSI_WITH_ISLETS = {"iturup": 3168, "kunashir": 1490, "shikotan": 251}
# Moyururi 43°13′37″N 145°36′21″E [R01]; Yururi 43°12′N 145°35′E [R02].
YURURI_POINTS = {"moyururi": (145.605833, 43.226944), "yururi": (145.583333, 43.2)}


@pytest.fixture(scope="module")
def islands():
    return kurilmap.load("islands")


@pytest.fixture(scope="module")
def context():
    return kurilmap.load("context")


def local(frame_or_point):
    """Project to the local equidistant CRS (metres) for distances."""
    if isinstance(frame_or_point, shapely.Point):
        return gpd.GeoSeries([frame_or_point], crs=4326).to_crs(LOCAL_CRS).item()
    return frame_or_point.to_crs(LOCAL_CRS)


@pytest.mark.parametrize("island", sorted(GSI_MAIN))
def test_main_island_area_within_4_percent_of_gsi_main_island(islands, island):
    area = islands.loc[islands["id"] == island, "area_km2"].item()
    assert abs(area / GSI_MAIN[island] - 1) < 0.04


@pytest.mark.parametrize("island", sorted(GSI_WITH_ISLETS))
def test_group_area_within_4_percent_of_gsi_with_islets(islands, island):
    area = islands.loc[islands["group"] == island, "area_km2"].sum()
    assert abs(area / GSI_WITH_ISLETS[island] - 1) < 0.04


def test_computed_area_agrees_with_gshhg_own_area(islands):
    # Both are rounded to 0.001 km²; allow that plus 0.5 %.
    diff = (islands["area_km2"] - islands["area_gshhg_km2"]).abs()
    assert (diff <= 0.0011 + 0.005 * islands["area_gshhg_km2"]).all()


def test_habomai_has_every_gshhg_polygon(islands):
    habomai = islands[islands["group"] == "habomai"]
    assert len(habomai) >= 10
    assert len(habomai) == 17  # all of GSHHG 2.3.7 'f' (see data/README.md)


@pytest.mark.parametrize(
    "islet",
    [
        "kaigara-signalny",
        "suisho-tanfilyeva",
        "taraku-polonsky",
        "yuri",
        "akiyuri-anuchina",
        "shibotsu-zelyony",
        "harukaru-demina",
        "oskolki",
    ],
)
def test_named_habomai_islets_are_present(islands, islet):
    row = islands[islands["id"] == islet]
    assert len(row) == 1
    assert row["group"].item() == "habomai"
    assert row["named"].item()
    assert row["ref_distance_km"].item() <= 3.0


def test_kaigara_is_the_islet_nearest_cape_nosappu(islands):
    nosappu = local(shapely.Point(145.816278, 43.385056))  # [R03]
    distances = local(islands).geometry.distance(nosappu)
    assert islands.loc[distances.idxmin(), "id"] == "kaigara-signalny"


@pytest.mark.parametrize("name", sorted(YURURI_POINTS))
def test_yururi_and_moyururi_are_japanese_context_not_disputed(islands, context, name):
    point = shapely.Point(YURURI_POINTS[name])
    row = context[context["id"] == name]
    assert row["country"].item() == "Japan"
    x, y = shapely.ops.nearest_points(row.geometry.item(), point)[0].coords[0]
    assert geodesic_distance_km(x, y, point.x, point.y) < 1.5
    assert not islands.geometry.intersects(row.geometry.item()).any()
    assert local(islands).geometry.distance(local(point)).min() > 8000  # metres


def test_no_disputed_polygon_lies_nearer_hokkaido_than_its_group(islands, context):
    hokkaido = local(context[context["id"] == "hokkaido"]).geometry.item()
    islands = local(islands)
    for _, row in islands.iterrows():
        anchors = islands[(islands["group"] == row["group"]) & islands["named"]]
        nearest_own = anchors.geometry.distance(row.geometry).min()
        assert nearest_own <= hokkaido.distance(row.geometry), row["id"]


def test_each_group_has_one_main_polygon_and_names_in_three_languages(islands):
    for group in ("iturup", "kunashir", "shikotan"):
        main = islands[(islands["group"] == group) & (islands["kind"] == "island")]
        assert main["id"].tolist() == [group]
    for col in ("name_en", "name_ja", "name_ru"):
        assert islands[col].notna().all()
    assert islands.loc[islands["id"] == "kunashir", "name_ja_hepburn"].item() == (
        "Kunashiri-tō"
    )


def test_context_has_the_undisputed_neighbours(context):
    countries = dict(zip(context["id"], context["country"], strict=True))
    assert countries["hokkaido"] == "Japan"
    for place in ("urup", "shumshu", "sakhalin", "kamchatka"):
        assert countries[place] == "Russia"


def test_settlement_conflicts_are_kept_not_resolved():
    settlements = kurilmap.load("settlements").set_index("id")
    populations = kurilmap.load("populations")
    kurilsk = populations[populations["unit_id"] == "kurilsk"]
    assert {2070, 1666} <= set(kurilsk["population"])  # both 2010 figures kept
    assert settlements.loc["kurilsk", "pop_conflict"]
    assert settlements.loc["yuzhno-kurilsk", "pop_2021"] == 6991


def test_1945_register_sums_to_the_published_total():
    pop = kurilmap.load("populations")
    register = pop[
        (pop["figure_kind"] == "register_1945")
        & (pop["reference_date"] == "1945-08-15")
    ]
    villages = register[register["unit_kind"].isin(["prewar_village", "islet"])]
    assert villages["population"].sum() == 17291
    total = register[register["unit_id"] == "four-islands"]["population"]
    assert total.tolist() == [17291]


def test_events_cover_1855_to_the_seed_article():
    events = kurilmap.load("events").set_index("id")
    assert events.loc["1855-shimoda-treaty", "start"].year == 1855
    assert events.loc["2019-05-10-lavrov-kono-moscow", "place_id"] == "moscow"
    assert (events["end"] >= events["start"]).all()
    for island in ("iturup", "kunashir", "shikotan", "habomai"):
        landings = events[
            events["kind"].isin(["military", "occupation"])
            & events["place_id"].str.contains(island)
            & (events["start"].dt.year == 1945)
        ]
        assert len(landings) >= 1, island


def test_boundaries_have_their_periods():
    lines = kurilmap.load("boundaries").set_index("id")
    shimoda = lines.loc["shimoda-1855"]
    assert shimoda["valid_from"].year == 1855
    assert shimoda["valid_to"].year == 1875
    # The 1855 line runs through the strait between Iturup and Urup.
    islands = kurilmap.load("islands")
    iturup = islands.loc[islands["id"] == "iturup", "geometry"].item()
    assert not shimoda["geometry"].intersects(iturup)
    assert shimoda["geometry"].centroid.x > iturup.bounds[2] - 0.5
    portsmouth = lines.loc["portsmouth-1905", "geometry"]
    assert {round(y, 6) for _, y in portsmouth.coords} == {50.0}
    assert lines.loc["japan-claim-line", "geometry"].equals(shimoda["geometry"])


# --- "History as it was": figures and events (FACTS §10) ---------------------


@pytest.fixture(scope="module")
def events():
    return kurilmap.load("events").set_index("id")


@pytest.fixture(scope="module")
def source_keys():
    return set(kurilmap.load("sources")["key"])


def keys_of(cell) -> set[str]:
    return set(str(cell).split(";"))


def test_2018_two_plus_two_was_on_31_july_in_moscow(events, source_keys):
    # MOFA [H01][P04]; JapanToday [H02]; not "June" as in [S127].
    assert "2018-06-two-plus-two-moscow" not in events.index
    row = events.loc["2018-07-31-two-plus-two-moscow"]
    assert (row["date"], row["date_precision"]) == ("2018-07-31", "day")
    assert row["start"].date().isoformat() == "2018-07-31"
    assert (row["place_id"], row["place_kind"]) == ("moscow", "venue")
    assert {"H01", "H02", "P04"} <= keys_of(row["source"]) <= source_keys


def test_kaigara_lighthouse_is_placed_on_kaigara(events, islands):
    row = events.loc["1937-kaigara-lighthouse"]
    assert (row["place_id"], row["place_kind"]) == ("kaigara-signalny", "venue")
    kaigara = islands.loc[islands["id"] == "kaigara-signalny"].iloc[0]
    point = row["geometry"]
    # The islet's reference point [S30], not the Habomai centre near Shibotsu.
    assert (point.x, point.y) == pytest.approx((kaigara["ref_lon"], kaigara["ref_lat"]))
    assert geodesic_distance_km(point.x, point.y, 145.816278, 43.385056) < 5  # [R03]


@pytest.mark.parametrize(
    ("event", "date", "venue", "keys"),
    [
        ("2013-11-two-plus-two", "2013-11-02", "tokyo", {"H04", "H05"}),
        ("2019-01-16-lavrov-press-conference", "2019-01-16", "moscow", {"H06"}),
        ("2000-09-05-putin-mori-statement", "2000-09-05", "tokyo", {"P14"}),
        ("1941-neutrality-pact", "1941-04-13", "moscow", {"H08"}),
        ("1945-04-neutrality-pact-denounced", "1945-04-05", "moscow", {"H08", "H09"}),
        (
            "2010-11-01-medvedev-kunashir",
            "2010-11-01",
            "yuzhno-kurilsk",
            {"H10", "H11"},
        ),
    ],
)
def test_events_with_a_known_venue_are_placed_there(
    events, source_keys, event, date, venue, keys
):
    row = events.loc[event]
    assert (row["date"], row["date_precision"]) == (date, "day")
    assert (row["place_id"], row["place_kind"]) == (venue, "venue")
    assert keys <= keys_of(row["source"]) <= source_keys
    assert "FACTS" not in keys_of(row["source"])  # a real source, not the compilation


def test_four_islands_total_is_the_published_figure(source_keys):
    from kurilmap.claims.outcomes import four_islands_area

    areas = kurilmap.load("areas")
    four = areas[areas["id"] == "four-islands"].set_index(["source", "scope"])
    assert four.loc[("S03", "with_islets"), "area_km2"] == 5003  # MOFA, GSI 2022
    assert four.loc[("S04", "unspecified"), "area_km2"] == pytest.approx(5003.1)
    assert four_islands_area() == (5003.0, "S03;S04")
    whole = kurilmap.scenarios(with_sea=False).set_index("scenario").loc["all_four"]
    assert whole["area_gsi_km2"] == 5003
    assert keys_of(whole["area_gsi_source"]) <= source_keys
    # The per-island figures stay as published; only their sum is not used.
    assert kurilmap.key_figures()["area_gsi_km2"].sum() == 5004
    text = kurilmap.describe("neutral", date="2019-05-10")
    assert "5,003 km²" in text
    assert "5,004" not in text


def test_krabozavodskoye_947_is_the_2010_census(source_keys):
    pop = kurilmap.load("populations")
    census_2010 = pop[(pop["figure_kind"] == "census") & (pop["year"] == 2010)]
    by_unit = census_2010.set_index("unit_id")
    krab = by_unit.loc["krabozavodskoye"]
    assert krab["population"] == 947
    assert {"S50", "S19", "S49"} <= keys_of(krab["source"]) <= source_keys
    # Shikotan 2,820 [S19] = Malokurilskoye 1,873 [S49] + Krabozavodskoye 947.
    parts = by_unit.loc["malokurilskoye", "population"] + krab["population"]
    assert parts == by_unit.loc["shikotan", "population"] == 2820
    settlements = kurilmap.load("settlements").set_index("id")
    assert settlements.loc["krabozavodskoye", "pop_2010"] == 947


def test_iturup_2021_census_conflict_is_kept(source_keys):
    pop = kurilmap.load("populations")
    rows = pop[
        (pop["unit_id"] == "iturup")
        & (pop["figure_kind"] == "census")
        & (pop["year"] == 2021)
    ]
    figures = dict(zip(rows["population"], rows["source"], strict=True))
    assert figures == {6874: "S12", 6799: "H13"}  # ru-wiki copy vs uk.wikipedia
    assert set(figures.values()) <= source_keys
    assert all("conflicts with" in note for note in rows["note"])
