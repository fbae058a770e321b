"""Interactive maps: folium maps of the dispute and their offline HTML export.

This subpackage is kurilmap's one boundary to folium and branca: they are
imported when a map is built, never when kurilmap is imported, so the command
line and the data functions start fast.

Examples
--------
>>> from kurilmap import maps
>>> m = maps.make_map("neutral", lang="ru", date="2019-05-10")
>>> "Нейтрально" in maps.render_html(m)
True
"""

from __future__ import annotations

from kurilmap.maps.atlas import atlas
from kurilmap.maps.build import FIT_BOUNDS, LAYERS, add_layer, compare_map, make_map
from kurilmap.maps.export import notebook_html, render_html, save_html, stable_ids
from kurilmap.maps.payload import TrustedHTML, esc
from kurilmap.maps.story import story_map
from kurilmap.maps.views import views_map

__all__ = [
    "FIT_BOUNDS",
    "LAYERS",
    "TrustedHTML",
    "add_layer",
    "atlas",
    "compare_map",
    "esc",
    "make_map",
    "notebook_html",
    "render_html",
    "save_html",
    "stable_ids",
    "story_map",
    "views_map",
]
