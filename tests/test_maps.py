from __future__ import annotations

from html import escape

import geopandas as gpd
import pandas as pd
import pytest
import shapely

import kurilmap
from kurilmap.datasets.geometry import LOCAL_CRS
from kurilmap.maps import payload as _payload


def rendered(m):
    return m.get_root().render()


def legend(m):
    from kurilmap.maps.leaflet import HtmlControl

    (control,) = [c for c in m._children.values() if isinstance(c, HtmlControl)]
    return control.html


def test_default_map_has_every_layer_and_control():
    html = rendered(kurilmap.make_map())
    for name in (
        "Land (basemap)",
        "Territories",
        "Maritime zones (12 / 200 nm)",
        "Equidistance (median) line",
        "Treaty and claim lines",
        "Settlements",
        "Names",
    ):
        assert name in html
    for control in (
        "L.Control.MiniMap",
        "L.control.fullscreen",
        "L.Control.Measure",
        "L.control.layers",
        "L.control.scale",
        "km-slider",
        "km-legend",
    ):
        assert control in html
    assert "tile.openstreetmap" not in html


@pytest.mark.parametrize(
    ("view", "lang", "title"),
    [
        ("japan", "en", "Japan's view"),
        ("russia", "ru", "Позиция России"),
        ("neutral", "ja", "中立：両国の立場を併記"),
        ("de_facto", "en", "On the ground"),
    ],
)
def test_legend_names_the_view(view, lang, title):
    html = legend(kurilmap.make_map(view, lang=lang, layers=("labels",)))
    assert escape(title) in html


def test_the_view_decides_the_labels():
    assert "Etorofu (Iturup)" in rendered(
        kurilmap.make_map("japan", layers=("labels",))
    )
    assert "Iturup (Etorofu)" in rendered(
        kurilmap.make_map("russia", layers=("labels",))
    )


def test_bad_arguments():
    with pytest.raises(ValueError, match="unknown layer"):
        kurilmap.make_map(layers=("terrain",))
    for layers in (5, [5], None):
        with pytest.raises(TypeError, match="layers must be layer names"):
            kurilmap.make_map(layers=layers)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown view"):
        kurilmap.make_map("usa")
    with pytest.raises(ValueError, match="before 1700"):
        kurilmap.make_map(date="1699-12-31")
    with pytest.raises(ValueError, match="unknown tile provider"):
        kurilmap.make_map(tiles="No.Such")
    with pytest.raises(
        TypeError, match=r"stops takes a list of days: \['2019-01-01'\]"
    ):
        kurilmap.make_map(stops="2019-01-01")  # read as '2', '0', '1'...
    m = kurilmap.make_map(layers=())
    for data in ("islands.geojson", pd.DataFrame({"a": [1]})):
        with pytest.raises(TypeError, match="add_layer\\(\\) draws a GeoDataFrame"):
            kurilmap.add_layer(m, data, name="mine")


def test_payload_keeps_every_islet_and_stays_within_a_pixel_at_zoom_12():
    islands = kurilmap.load("islands")
    pixel_m = 40_075_016.7 / 2**12 / 256 * 0.72  # cos(44°): ~27 m
    for geom in islands.geometry:
        light = shapely.geometry.shape(_payload.decode(_payload.geometry(geom)))
        assert not light.is_empty
        assert shapely.get_num_geometries(light) == shapely.get_num_geometries(geom)
        both = gpd.GeoSeries([geom, light], crs=4326).to_crs(LOCAL_CRS)
        assert both.iloc[0].hausdorff_distance(both.iloc[1]) <= pixel_m


def test_add_layer_escapes_every_text():
    hostile = gpd.GeoDataFrame(
        {"name": ["<img src=x onerror=alert(1)>"], "note": ["`${alert(2)}`"]},
        geometry=[shapely.Point(146, 44)],
        crs=4326,
    )
    m = kurilmap.make_map(layers=())
    layer = kurilmap.add_layer(
        m, hostile, name="<b>mine</b>", label="name", popup=["note"]
    )
    props = layer.data["features"][0]["properties"]
    assert props["t"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<img" not in props["p"]
    html = rendered(m)
    assert "<img src=x" not in html
    assert layer.layer_name == "&lt;b&gt;mine&lt;/b&gt;"
    assert "<b>mine" not in html
    with pytest.raises(ValueError, match="no column"):
        kurilmap.add_layer(m, hostile, name="x", label="missing")


def test_compare_map_has_two_maps_and_two_legends():
    page = kurilmap.compare_map("japan", "russia")
    html = page.render()
    assert html.count("L.control.layers") == 2
    maps = list(page._children.values())
    assert escape("Japan's view") in legend(maps[0])
    assert escape("Russia's view") in legend(maps[1])
    assert ".sync(" in html


def test_template_syntax_in_data_is_inert():
    from kurilmap.maps.leaflet import safe_json

    assert safe_json({"a": "{{7*7}} {%x%} {#c#}"}) == (
        '{"a":"\\u007b{7*7}} \\u007b%x%} \\u007b#c#}"}'
    )
    data = gpd.GeoDataFrame(
        {"n": ["{{ 7*7 }}{% if 1 %}x{% endif %}"]},
        geometry=[shapely.Point(146, 44)],
        crs=4326,
    )
    m = kurilmap.make_map(layers=())
    layer = kurilmap.add_layer(m, data, name="{{ 6*7 }}", label="n", popup=["n"])
    html = rendered(m)
    assert "{{" not in html
    assert "{%" not in html
    assert layer.layer_name == "&#123;&#123; 6*7 &#125;&#125;"


def test_only_trusted_html_passes_through():
    data = gpd.GeoDataFrame(
        {
            "plain": ["<i>x</i>"],
            # object dtype: pandas' string dtype would keep a plain str
            "rich": pd.Series([kurilmap.TrustedHTML("<i>y</i>")], dtype=object),
        },
        geometry=[shapely.Point(146, 44)],
        crs=4326,
    )
    layer = kurilmap.add_layer(
        kurilmap.make_map(layers=()), data, name="t", popup=["plain", "rich"]
    )
    popup = layer.data["features"][0]["properties"]["p"]
    assert "&lt;i&gt;x&lt;/i&gt;" in popup
    assert "<i>y</i>" in popup


@pytest.mark.parametrize("day", ["1930-01-01", "1950-01-01", "2019-05-10", None])
@pytest.mark.parametrize("lang", ["en", "ja", "ru"])
def test_legend_names_the_settlements_it_cannot_draw(day, lang):
    import datetime as dt

    from kurilmap.claims import settlements_on
    from kurilmap.maps import LAYERS
    from kurilmap.maps.timeline import unplaced_settlements
    from kurilmap.maps.words import POPUP_WORDS

    when = dt.date.today() if day is None else dt.date.fromisoformat(day)
    there = settlements_on(when, lang=lang)
    undrawn = there[there.geometry.isna() | there.geometry.is_empty]
    expected = [n if isinstance(n, str) else None for n in undrawn["name"]]
    names = unplaced_settlements(lang, when, today=dt.date.today())
    assert sorted(names, key=str) == sorted(expected, key=str)
    assert names  # each of these days has a settlement with no coordinates

    body = legend(kurilmap.make_map(date=day, lang=lang))
    note = POPUP_WORDS["unplaced"][lang].split("{")[0]
    assert escape(note) in body
    for name in names:
        assert escape(name) in body if name else "1" in body
    unnamed = max(POPUP_WORDS["unnamed"][lang].split("{n}"), key=len)
    assert (unnamed in body) == (None in names)
    drawn = [layer for layer in LAYERS if layer != "settlements"]
    assert escape(note) not in legend(
        kurilmap.make_map(date=day, lang=lang, layers=drawn)
    )
