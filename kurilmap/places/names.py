"""The name index behind the geocoder and the mention finder (built once).

Every name of ``place_names`` becomes an *entry* (place position, weight,
language, script, usage). Three lookups serve the queries: the raw name, the
normalised key (:func:`kurilmap.places.normalise`), and the list of keys for
fuzzy matching.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
from typing import TYPE_CHECKING, Any

from kurilmap.datasets import dataset_records, load
from kurilmap.errors import PlaceNotFoundError
from kurilmap.places.normalize import normalise
from kurilmap.vocab import as_lang

__all__ = ["NameIndex", "drawn_as", "lookup", "name_index", "place_name"]

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd


@dataclasses.dataclass(frozen=True)
class NameIndex:
    """Places, names and the lookups over them."""

    places: gpd.GeoDataFrame
    names: pd.DataFrame
    place_of: tuple[int, ...]  # entry -> row of `places`
    weight: tuple[float, ...]
    lang: tuple[str, ...]
    kind: tuple[str, ...]  # the place's kind, per entry
    exact: dict[str, tuple[int, ...]]  # raw name -> entries, best first
    by_key: dict[str, tuple[int, ...]]  # normalised key -> entries, best first
    keys: tuple[str, ...]  # the normalised keys, for fuzzy matching

    def entries(
        self,
        found: tuple[int, ...],
        kinds: frozenset[str] | None,
        langs: frozenset[str] | None,
    ) -> tuple[int, ...]:
        """Keep the entries whose place kind and name language pass the filters."""
        return tuple(
            e
            for e in found
            if (kinds is None or self.kind[e] in kinds)
            and (langs is None or self.lang[e] in langs)
        )


def _ordered(
    groups: dict[str, list[int]], weight: list[float]
) -> dict[str, tuple[int, ...]]:
    return {
        k: tuple(sorted(v, key=lambda e: (-weight[e], e))) for k, v in groups.items()
    }


@functools.lru_cache(maxsize=4)
def name_index(directory: str | None = None) -> NameIndex:
    """Load the gazetteer and its names and build the lookups (cached)."""
    import geopandas as gpd

    places = load("gazetteer", directory=directory)
    assert isinstance(places, gpd.GeoDataFrame)
    names = load("place_names", directory=directory)
    position = {pid: i for i, pid in enumerate(places["id"])}
    place_of = [position[p] for p in names["place_id"]]
    weight = [float(w) for w in names["weight"]]
    kinds = places["kind"].tolist()
    exact: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for entry, name in enumerate(names["name"]):
        exact.setdefault(name, []).append(entry)
        by_key.setdefault(normalise(name), []).append(entry)
    return NameIndex(
        places=places,
        names=names,
        place_of=tuple(place_of),
        weight=tuple(weight),
        lang=tuple(names["lang"]),
        kind=tuple(kinds[p] for p in place_of),
        exact=_ordered(exact, weight),
        by_key=_ordered(by_key, weight),
        keys=tuple(by_key),
    )


@functools.lru_cache(maxsize=1)
def _by_id() -> dict[str, dict[str, Any]]:
    return {str(r["id"]): r for r in dataset_records("gazetteer", geometry=True)}


def lookup(place_id: str) -> dict[str, Any]:
    """Return one gazetteer place as a dict (names, kind, geometry, sources).

    Parameters
    ----------
    place_id
        The place's ``id`` in the ``gazetteer`` dataset.

    Raises
    ------
    PlaceNotFoundError
        No place has that id.

    Examples
    --------
    >>> lookup("kunashir")["name_ja"]
    '国後島'
    """
    places = _by_id()
    if place_id not in places:
        close = difflib.get_close_matches(str(place_id), list(places), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        msg = f"no gazetteer place has the id {place_id!r}{hint}"
        raise PlaceNotFoundError(msg)
    return places[place_id]


def drawn_as(place_id: str) -> str | None:
    """Return the place a map can draw for ``place_id``, ``None`` if there is none.

    The place itself if it has sourced coordinates; else the place it is
    located in that has them (Kitovy, a settlement whose coordinates no source
    gives, is drawn as Iturup, the island it is on); else ``None``.

    Raises
    ------
    PlaceNotFoundError
        No place has that id.

    Examples
    --------
    >>> drawn_as("kitovy"), drawn_as("kurilsk")
    ('iturup', 'kurilsk')
    """
    seen: set[str] = set()
    place = lookup(place_id)
    while True:
        shape = place["geometry"]
        if shape is not None and not shape.is_empty:
            return str(place["id"])
        seen.add(str(place["id"]))
        parent = place.get("located_in")
        if not isinstance(parent, str) or parent in seen or parent not in _by_id():
            return None
        place = _by_id()[parent]


def place_name(place: dict[str, Any], lang: str) -> str:
    """Return a place's name in ``lang``, or its English name if it has none.

    Examples
    --------
    >>> place_name(lookup("iturup"), "ru")
    'Итуруп'
    """
    value = place.get(f"name_{as_lang(lang)}")
    return str(value) if isinstance(value, str) and value else str(place["name_en"])
