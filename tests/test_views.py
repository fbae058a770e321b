"""One map with every view (kurilmap.maps.views), the legend patterns, the islets.

The switching itself is tested in a real browser in tests/test_browser.py.
"""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
import shapely

import kurilmap
from kurilmap import style
from kurilmap.maps import labels
from kurilmap.maps.article_layer import sea_point
from kurilmap.vocab import LANGS, VIEWS

DAY = "1960-01-01"


@pytest.fixture(scope="module")
def switch():
    from kurilmap.maps.controls import ViewSwitch

    m = kurilmap.views_map("japan", lang="ja", date=DAY)
    (found,) = [c for c in m._children.values() if isinstance(c, ViewSwitch)]
    return m, found


def test_every_view_and_language_is_in_the_one_map(switch):
    _, sw = switch
    assert sorted(sw.variants) == sorted(f"{v}.{lang}" for v in VIEWS for lang in LANGS)
    titles = {key: v["title"] for key, v in sw.variants.items()}
    assert len(set(titles.values())) == 12, titles
    assert "日本の立場" in titles["japan.ja"]
    assert "Позиция России" in titles["russia.ru"] or "России" in titles["russia.ru"]


def test_variants_differ_where_the_view_or_language_does(switch):
    _, sw = switch
    kinds = [kind for kind, _ in sw.targets]
    legend = kinds.index("legend")
    legends = {k: sw.pool[v["items"][legend][0]] for k, v in sw.variants.items()}
    assert len(set(legends.values())) == 12
    named = {sw.pool[v["items"][legend][1]] for v in sw.variants.values()}
    assert len(named) == 12  # the legend's name for screen readers, per variant
    labels_at = kinds.index("labels")
    names = {
        k: json.dumps(sw.pool[v["items"][labels_at]], ensure_ascii=False)
        for k, v in sw.variants.items()
    }
    assert names["japan.ja"] != names["japan.ru"] != names["japan.en"]
    assert "国後島" in names["japan.ja"]
    assert "Кунашир" in names["russia.ru"]
    slider = kinds.index("slider")
    frames = {k: v["items"][slider]["frames"] for k, v in sw.variants.items()}
    assert frames["japan.en"] != frames["russia.en"]  # who holds what differs
    frames_japan = sw.pool[sw.variants["japan.en"]["items"][slider]["frames"]]
    frames_russia = sw.pool[sw.variants["russia.en"]["items"][slider]["frames"]]
    assert [f["iso"] for f in frames_japan] == [f["iso"] for f in frames_russia]


def test_each_distinct_value_is_stored_once(switch):
    _, sw = switch
    keys = [json.dumps(item, sort_keys=True, ensure_ascii=False) for item in sw.pool]
    assert len(keys) == len(set(keys))
    # the same geometry serves every language of a view
    kinds = [kind for kind, _ in sw.targets]
    geojson = kinds.index("geojson")
    geoms = {v["items"][geojson][0] for v in sw.variants.values()}
    assert len(geoms) < len(sw.variants)


def test_the_file_is_the_same_bytes_every_time(tmp_path):
    a = kurilmap.save_html(
        kurilmap.views_map(date=DAY, layers=("territories", "labels")),
        tmp_path / "a.html",
    )
    b = kurilmap.save_html(
        kurilmap.views_map(date=DAY, layers=("territories", "labels")),
        tmp_path / "b.html",
    )
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"view": "japn"}, "japan"),
        ({"lang": "de"}, "en, ja, ru"),
        ({"date": "1650-01-01"}, "1700-01-01"),
        ({"layers": ("roads",)}, "valid layers"),
    ],
)
def test_bad_arguments_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        kurilmap.views_map(**kwargs)


def test_no_two_statuses_look_the_same():
    looks = {
        status: (spec["fillColor"], spec["hatch"], spec["pattern"])
        for status, spec in style.STATUS_STYLE.items()
    }
    assert len(set(looks.values())) == len(looks), looks
    drawn = {
        status: style.swatch(status)
        + (style.pattern_svg(status) if spec["hatch"] is not None else "")
        for status, spec in style.STATUS_STYLE.items()
    }
    # the swatch names its pattern by id, so compare what the pattern draws
    bodies = {
        s: d.replace(style.hatch_id(s), "ID") if style.STATUS_STYLE[s]["hatch"] else d
        for s, d in drawn.items()
    }
    assert len(set(bodies.values())) == len(bodies)
    assert style.pattern_svg("disputed") != style.pattern_svg("occupied").replace(
        "occupied", "disputed"
    )


def test_every_pattern_has_a_matplotlib_hatch():
    patterns = {s["pattern"] for s in style.STATUS_STYLE.values() if s["pattern"]}
    assert patterns <= set(style.MPL_HATCH)
    assert len({style.MPL_HATCH[p] for p in patterns}) == len(patterns)


def test_every_habomai_islet_is_its_own_feature_with_its_name():
    from kurilmap.maps.leaflet import SharedData

    m = kurilmap.make_map("neutral", lang="ru", layers=("territories",))
    (shared,) = [c for c in m._children.values() if isinstance(c, SharedData)]
    habomai = [
        f["properties"]
        for f in shared.data["features"]
        if f["properties"]["u"] == "habomai"
    ]
    islands = kurilmap.load("islands")
    named = islands[(islands["group"] == "habomai") & islands["named"].astype(bool)]
    assert len(habomai) == len(named) + 1  # and the unnamed rocks together
    texts = " ".join(p.get("n", "") for p in habomai)
    for name in named["name_ru"]:
        assert name in texts
    with_name = [p for p in habomai if "n" in p]
    assert all(p["p"].startswith(p["n"]) for p in with_name)


def test_islet_names_show_from_the_zoom_where_they_fit():
    shapes = {"habomai": kurilmap.load("units").set_index("id").geometry["habomai"]}
    items = labels.label_items({"habomai": "Habomai"}, shapes, view="japan", lang="en")
    assert items[0][3] == 0
    zooms = {row[2]: row[3] for row in items[1:]}
    assert zooms["Shibotsu-tō (Zelyony Island)"] == 9
    assert max(zooms.values()) == 11
    assert all(9 <= z <= 11 for z in zooms.values())


def test_a_sea_is_named_in_its_water_beside_the_islands():
    point = sea_point(shapely.Point(150, 55))
    land = kurilmap.load("units").geometry.union_all()
    assert land.distance(point) > 0.2
    assert point.within(shapely.box(145.0, 43.0, 149.5, 46.0))
    article = kurilmap.Article.from_text(
        "Ships\n\nRussian ships sailed the Sea of Okhotsk near Kunashir.",
        date="2019-05-10",
    )
    html = kurilmap.maps.render_html(kurilmap.make_map(article=article, layers=()))
    assert "1,160 km" not in html


def test_add_layer_on_a_compare_page_adds_to_each_map(tmp_path):
    pts = gpd.GeoDataFrame(
        {"note": ["mine"]}, geometry=[shapely.Point(146, 44)], crs=4326
    )
    page = kurilmap.compare_map(layers=("territories",))
    added = kurilmap.add_layer(page, pts, name="Mine", label="note")
    assert len(added) == 2
    assert [layer._parent for layer in added] == list(page._children.values())[:2]
    with pytest.raises(TypeError, match="compare_map"):
        kurilmap.add_layer("a map", pts, name="Mine")
