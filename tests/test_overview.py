from __future__ import annotations

import folium

import kurilmap


def test_overview_map_has_layers_names_and_no_tiles():
    m = kurilmap.overview_map()
    assert isinstance(m, folium.Map)
    html = m.get_root().render()
    for name in ("Disputed islands", "Settlements", "Land (context)"):
        assert name in html
    for label in ("択捉島", "Итуруп", "Yuzhno-Kurilsk"):
        assert label in html
    assert "tile.openstreetmap" not in html
    assert not any(isinstance(c, folium.TileLayer) for c in m._children.values())


def test_labels_are_escaped():
    from kurilmap.overview import _label

    row = {"name_en": "<script>x</script>", "name_ja": None, "name_ru": "a&b"}
    assert _label(row) == "&lt;script&gt;x&lt;/script&gt; / a&amp;b"
