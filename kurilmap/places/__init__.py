"""Places of the dispute: names in four languages, the geocoder, mentions in text.

Examples
--------
>>> from kurilmap import places
>>> places.geocode("Etorofu")["id"].item()
'iturup'
"""

from __future__ import annotations

from kurilmap.places.geocoder import (
    AMBIGUITY_MARGIN,
    NAME_LANGS,
    OUTPUT_COLUMNS,
    GeocodeMethod,
    candidates,
    geocode,
    geocode_many,
)
from kurilmap.places.mentions import find_places, scan
from kurilmap.places.names import NameIndex, drawn_as, lookup, name_index, place_name
from kurilmap.places.normalize import fold, normalise, script_of

__all__ = [
    "AMBIGUITY_MARGIN",
    "NAME_LANGS",
    "OUTPUT_COLUMNS",
    "GeocodeMethod",
    "NameIndex",
    "candidates",
    "drawn_as",
    "find_places",
    "fold",
    "geocode",
    "geocode_many",
    "lookup",
    "name_index",
    "normalise",
    "place_name",
    "scan",
    "script_of",
]
