"""kurilmap: map, check and teach the Kuril Islands / Northern Territories dispute.

Sourced geodata of the four disputed island groups (Iturup/Etorofu,
Kunashir/Kunashiri, Shikotan, Habomai) and their surroundings, loaded as
validated GeoDataFrames; the claims of each side on any day; maps, figures,
news reading and teaching material built on them.

This module is the public face only: it re-exports what the subpackages
export (see ``docs/architecture.md``) and defines nothing itself.

Examples
--------
>>> import kurilmap
>>> islands = kurilmap.load("islands")
>>> islands.loc[islands["id"] == "iturup", "name_ja"].item()
'択捉島'
"""

from __future__ import annotations

from kurilmap import claims, datasets, figures, maps, news, places, teaching
from kurilmap._version import __version__
from kurilmap.claims import (
    describe,
    key_figures,
    maritime,
    scenarios,
    territories,
)
from kurilmap.datasets import Dataset, available, data_dir, info, load
from kurilmap.errors import (
    ArticleError,
    DataDirectoryError,
    DatasetNotFoundError,
    DataValidationError,
    InputError,
    KurilmapError,
    OfflineAssetError,
    OutputError,
    PlaceNotFoundError,
    StoryError,
)
from kurilmap.figures import handout, plot, save_figure
from kurilmap.maps import (
    TrustedHTML,
    add_layer,
    atlas,
    compare_map,
    make_map,
    save_html,
    story_map,
    views_map,
)
from kurilmap.news import (
    Article,
    Corpus,
    annotate,
    annotate_corpus,
    annotate_many,
    quotes,
    read_corpus,
    timeline,
)
from kurilmap.places import candidates, find_places, geocode, geocode_many
from kurilmap.teaching import Story, bundle, story, story_from_article

__all__ = [
    "Article",
    "ArticleError",
    "Corpus",
    "DataDirectoryError",
    "DataValidationError",
    "Dataset",
    "DatasetNotFoundError",
    "InputError",
    "KurilmapError",
    "OfflineAssetError",
    "OutputError",
    "PlaceNotFoundError",
    "Story",
    "StoryError",
    "TrustedHTML",
    "__version__",
    "add_layer",
    "annotate",
    "annotate_corpus",
    "annotate_many",
    "atlas",
    "available",
    "bundle",
    "candidates",
    "claims",
    "compare_map",
    "data_dir",
    "datasets",
    "describe",
    "figures",
    "find_places",
    "geocode",
    "geocode_many",
    "handout",
    "info",
    "key_figures",
    "load",
    "make_map",
    "maps",
    "maritime",
    "news",
    "places",
    "plot",
    "quotes",
    "read_corpus",
    "save_figure",
    "save_html",
    "scenarios",
    "story",
    "story_from_article",
    "story_map",
    "teaching",
    "territories",
    "timeline",
    "views_map",
]
