"""kurilmap: map, check and teach the Kuril Islands / Northern Territories dispute.

Sourced geodata of the four disputed island groups (Iturup/Etorofu,
Kunashir/Kunashiri, Shikotan, Habomai) and their surroundings, loaded as
validated GeoDataFrames.

Examples
--------
>>> import kurilmap
>>> islands = kurilmap.load("islands")
>>> islands.loc[islands["id"] == "iturup", "name_ja"].item()
'択捉島'
"""

from __future__ import annotations

from contextlib import suppress
from importlib.metadata import PackageNotFoundError, version

from kurilmap import claims, maritime
from kurilmap._errors import (
    DataDirectoryError,
    DatasetNotFoundError,
    DataValidationError,
    KurilmapError,
    OutputError,
)
from kurilmap._payload import TrustedHTML
from kurilmap.annotate import annotate, annotate_many
from kurilmap.article import Article, ArticleError
from kurilmap.bundle import bundle
from kurilmap.claims import territories
from kurilmap.datasets import Dataset, available, data_dir, info, load
from kurilmap.describe import describe
from kurilmap.export import OfflineAssetError, save_html
from kurilmap.geocoder import PlaceNotFoundError, candidates, geocode, geocode_many
from kurilmap.handout import handout
from kurilmap.maps import add_layer, compare_map, make_map
from kurilmap.mentions import find_places
from kurilmap.scenarios import key_figures, scenarios
from kurilmap.static import plot, save_figure

__version__ = "0+unknown"
with suppress(PackageNotFoundError):
    __version__ = version("kurilmap")

__all__ = [
    "Article",
    "ArticleError",
    "DataDirectoryError",
    "DataValidationError",
    "Dataset",
    "DatasetNotFoundError",
    "KurilmapError",
    "OfflineAssetError",
    "OutputError",
    "PlaceNotFoundError",
    "TrustedHTML",
    "__version__",
    "add_layer",
    "annotate",
    "annotate_many",
    "available",
    "bundle",
    "candidates",
    "claims",
    "compare_map",
    "data_dir",
    "describe",
    "find_places",
    "geocode",
    "geocode_many",
    "handout",
    "info",
    "key_figures",
    "load",
    "make_map",
    "maritime",
    "plot",
    "save_figure",
    "save_html",
    "scenarios",
    "territories",
]
