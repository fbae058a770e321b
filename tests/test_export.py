from __future__ import annotations

import re

import pytest

import kurilmap
from kurilmap.maps import assets as _assets
from kurilmap.maps.export import render_html, save_html


@pytest.fixture(scope="module")
def small_map():
    return kurilmap.make_map("de_facto", layers=("territories", "settlements"))


def test_two_saves_are_byte_identical(tmp_path):
    first = save_html(kurilmap.make_map("japan", lang="ja"), tmp_path / "a.html")
    second = save_html(kurilmap.make_map("japan", lang="ja"), tmp_path / "b.html")
    assert first.read_bytes() == second.read_bytes()


def test_offline_file_loads_nothing_from_elsewhere(small_map, tmp_path):
    html = save_html(small_map, tmp_path / "m.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "sourceMappingURL" not in html
    assert "Leaflet 1.9.3" in html  # inlined, not linked
    assert "map_0001" in html or re.search(r"map_\d{4}", html)


def test_online_copy_keeps_links(small_map):
    html = render_html(small_map, offline=False)
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3' in html


def test_tiles_cannot_be_saved_offline(tmp_path):
    m = kurilmap.make_map(layers=(), tiles="OpenStreetMap.Mapnik")
    with pytest.raises(kurilmap.OfflineAssetError, match="online tiles"):
        save_html(m, tmp_path / "m.html")
    assert list(tmp_path.iterdir()) == []
    save_html(m, tmp_path / "online.html", offline=False)


def test_unknown_asset_is_refused(small_map, monkeypatch):
    monkeypatch.setattr(_assets, "_BY_URL", {})
    _assets.asset_text.cache_clear()
    try:
        with pytest.raises(kurilmap.OfflineAssetError, match="no offline copy"):
            render_html(small_map)
    finally:
        monkeypatch.undo()
        _assets.asset_text.cache_clear()


def test_changed_asset_fails_its_digest(small_map, monkeypatch):
    url = _assets.ASSETS["leaflet.js"][0]
    monkeypatch.setitem(_assets._BY_URL, url, ("leaflet.js", "0" * 64))
    _assets.asset_text.cache_clear()
    try:
        with pytest.raises(kurilmap.OfflineAssetError, match="not the pinned"):
            render_html(small_map)
    finally:
        monkeypatch.undo()
        _assets.asset_text.cache_clear()


def test_inlined_css_requests_no_file():
    css = _assets.asset_text(_assets.ASSETS["minimap.css"][0])
    assert "images/toggle" not in css


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("map.png", "must be an .html file"),
        ("missing/map.html", "does not exist"),
    ],
)
def test_bad_paths(small_map, tmp_path, name, needle):
    with pytest.raises(kurilmap.OutputError, match=needle):
        save_html(small_map, tmp_path / name)


def test_a_missing_folder_is_said_once(small_map, tmp_path):
    with pytest.raises(kurilmap.OutputError) as err:
        save_html(small_map, tmp_path / "missing" / "map.html")
    assert str(err.value).count("cannot write") == 1


@pytest.mark.parametrize("thing", [5, "map", None])
def test_only_a_map_is_saved(thing, tmp_path):
    with pytest.raises(TypeError, match=r"expected a map: a folium\.Map"):
        save_html(thing, tmp_path / "map.html")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_file(small_map, tmp_path):
    (tmp_path / "x.html").mkdir()
    with pytest.raises(kurilmap.OutputError, match="is a folder"):
        save_html(small_map, tmp_path / "x.html")


@pytest.mark.parametrize(
    "build",
    [lambda: kurilmap.make_map("neutral"), lambda: kurilmap.compare_map()],
    ids=["map", "compare"],
)
def test_rendering_again_gives_the_same_page(build):
    m = build()
    first = render_html(m)
    assert render_html(m) == first  # a save, then a display: no control twice
    assert render_html(build()) == first


def test_notebook_display_is_the_offline_page(tmp_path):
    import html

    m = kurilmap.make_map("russia", lang="ru")
    saved = save_html(m, tmp_path / "m.html").read_text(encoding="utf-8")
    shown = m._repr_html_()
    assert shown == m._repr_html_()
    inner = re.search(r'srcdoc="([^"]*)"', shown).group(1)
    assert html.unescape(inner) == saved
    assert "cdn." not in html.unescape(inner)
    page = kurilmap.compare_map()._repr_html_()
    assert "padding-bottom:60%" in page  # a visible height in a notebook cell
    assert "cdn." not in html.unescape(page)


def test_notebook_display_of_an_online_map_keeps_its_tiles():
    m = kurilmap.make_map("neutral", tiles="OpenStreetMap.Mapnik")
    assert "tile.openstreetmap.org" in m._repr_html_()


def _pinned_map():
    import geopandas
    import shapely

    text = "see url(http://x) or @import"
    points = geopandas.GeoDataFrame(
        {"note": [text]}, geometry=[shapely.Point(146, 44)], crs=4326
    )
    m = kurilmap.make_map("de_facto", layers=("territories",))
    kurilmap.add_layer(m, points, name=f"Notes: {text}", label="note", popup=("note",))
    return m, text


def test_words_about_css_in_popups_are_not_requests(tmp_path):
    m, text = _pinned_map()
    saved = save_html(m, tmp_path / "m.html")
    page = saved.read_text(encoding="utf-8")
    assert text in page  # the words are there (escaped text), and nothing loads
    assert not re.search(r"<(?:script|link)\b[^>]*\b(?:src|href)=", page)


@pytest.mark.parametrize(
    ("markup", "named"),
    [
        (
            '<link href="http://example.org/x.css" rel="stylesheet">',
            "<link href='http://example.org/x.css'>",
        ),
        (
            "<style>.km-x { color: red; }\n@import url(http://example.org/y.css);</style>",
            "@import url(http://example.org/y.css) in a <style> element",
        ),
        (
            '<div style="background: url(//example.org/z.png)"></div>',
            "url(//example.org/z.png) in a style attribute of <div>",
        ),
        ('<img alt="" src="https://example.org/i.png">', "https://example.org/i.png"),
    ],
    ids=["link", "import", "style-attribute", "img"],
)
def test_a_real_request_is_refused_and_named(tmp_path, markup, named):
    from branca.element import Element

    m, _ = _pinned_map()
    m.get_root().header.add_child(Element(markup))
    with pytest.raises(kurilmap.OfflineAssetError, match=re.escape(named)):
        save_html(m, tmp_path / "m.html")
    assert list(tmp_path.iterdir()) == []


def test_markup_a_script_inserts_is_checked_its_text_is_not():
    from kurilmap.maps.export import external_loads

    popup = '{"p": "\\u003cimg src=\\"http://example.org/i.png\\"\\u003e"}'
    assert external_loads(f"<script>var d = {popup};</script>") == [
        "<img src='http://example.org/i.png'> (in a script)"
    ]
    words = '{"p": "\\u003cb\\u003eurl(http://x) @import\\u003c/b\\u003e"}'
    assert external_loads(f"<script>var d = {words};</script>") == []
    assert external_loads("<p>url(http://x); @import url(http://y);</p>") == []
    inline = '<img src="data:image/png;base64,AA=="><svg><use href="#km-h"/></svg>'
    assert external_loads(inline + '<p style="fill: url(#km-h)">x</p>') == []
