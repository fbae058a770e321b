"""Geocode place names of the dispute, offline, in English, Japanese and Russian.

Lookup order: the exact name, then its normalised key (case, macrons, island
affixes, hyphens and spaces folded; see :mod:`kurilmap.normalize`), then a fuzzy
match (rapidfuzz) above a threshold. A name can mean several places ("Habomai" is
the islands and a district of Nemuro; "Kuril Islands" the chain or, loosely, the
four disputed islands): every candidate keeps a score (match quality times the
name's weight for that place), and near-ties are reported, never hidden.

Examples
--------
>>> import kurilmap
>>> kurilmap.geocode("Etorofu-tō")["id"].item()
'iturup'
>>> kurilmap.geocode("Итуруп")["id"].item()
'iturup'
>>> row = kurilmap.geocode("Habomai")
>>> row["id"].item(), bool(row["ambiguous"].item())
('habomai', True)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from kurilmap._version import __version__
from kurilmap.datasets import in_region, missing
from kurilmap.errors import InputTypeError, PlaceNotFoundError
from kurilmap.places.filters import NAME_LANGS, check_name, name_filters
from kurilmap.places.names import NameIndex, name_index
from kurilmap.places.normalize import normalise

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = [
    "AMBIGUITY_MARGIN",
    "NAME_LANGS",
    "OUTPUT_COLUMNS",
    "GeocodeMethod",
    "candidates",
    "geocode",
    "geocode_many",
    "name_filters",
]

GeocodeMethod: TypeAlias = Literal["exact", "normalised", "fuzzy", "online"]
"""How a name was matched."""

EXACT, NORMALISED, FUZZY = 1.0, 0.98, 0.95
"""Score factors of the three kinds of match (times the name's weight)."""

AMBIGUITY_MARGIN = 0.5
"""Another place within this score of the best makes the match ambiguous."""

OUTPUT_COLUMNS = (
    "query",
    "id",
    "kind",
    "name_en",
    "name_ja",
    "name_ru",
    "matched_name",
    "lang",
    "score",
    "method",
    "ambiguous",
    "candidates",
    "in_region",
)
STRING_COLUMNS = tuple(
    c for c in OUTPUT_COLUMNS if c not in ("score", "ambiguous", "in_region")
)


def _fuzzy_cutoff(key: str) -> float:
    """Minimum rapidfuzz ratio: stricter for short keys, where typos collide."""
    return 90.0 if len(key) <= 4 else 80.0


def _rank(
    index: NameIndex, scored: Iterable[tuple[int, float, GeocodeMethod]]
) -> list[tuple[int, float, int, GeocodeMethod]]:
    """Best entry per place, best place first: (place, score, entry, method)."""
    best: dict[int, tuple[float, int, GeocodeMethod]] = {}
    for entry, factor, method in scored:
        place = index.place_of[entry]
        score = round(factor * index.weight[entry], 4)
        if place not in best or score > best[place][0]:
            best[place] = (score, entry, method)
    ranked = [(p, s, e, m) for p, (s, e, m) in best.items()]
    ranked.sort(key=lambda r: (-r[1], index.places["id"].iat[r[0]]))
    return ranked


def _match(
    index: NameIndex,
    name: str,
    kinds: frozenset[str] | None,
    langs: frozenset[str] | None,
) -> list[tuple[int, float, int, GeocodeMethod]]:
    """All candidate places for one name, best first (empty if none)."""
    found = index.entries(index.exact.get(name, ()), kinds, langs)
    scored: list[tuple[int, float, GeocodeMethod]] = [
        (e, EXACT, "exact") for e in found
    ]
    key = normalise(name)
    scored += [
        (e, NORMALISED, "normalised")
        for e in index.entries(index.by_key.get(key, ()), kinds, langs)
    ]
    if not scored and key:
        from rapidfuzz import fuzz, process

        hits = process.extract(
            key,
            index.keys,
            scorer=fuzz.ratio,
            limit=10,
            score_cutoff=_fuzzy_cutoff(key),
        )
        for hit_key, ratio, _ in hits:
            scored += [
                (e, FUZZY * ratio / 100.0, "fuzzy")
                for e in index.entries(index.by_key[hit_key], kinds, langs)
            ]
    return _rank(index, scored)


def _describe(
    index: NameIndex, ranked: list[tuple[int, float, int, GeocodeMethod]]
) -> tuple[bool, str]:
    best = ranked[0][1]
    near = [r for r in ranked if r[1] >= best - AMBIGUITY_MARGIN]
    text = "; ".join(f"{index.places['id'].iat[p]} ({s:.2f})" for p, s, _, _ in near)
    return len(near) > 1, text


def _frame(
    index: NameIndex,
    queries: Sequence[str],
    results: Sequence[list[tuple[int, float, int, GeocodeMethod]]],
    pandas_index: Any = None,
) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    places = index.places
    rows = [r[0] if r else None for r in results]
    pos = np.array([-1 if r is None else r[0] for r in rows], dtype=np.int64)
    hit = pos >= 0
    safe = np.where(hit, pos, 0)

    def take(column: str) -> pd.Series:
        values = places[column].to_numpy(dtype=object)[safe]
        values[~hit] = None
        return pd.Series(values, index=pandas_index, dtype=places[column].dtype)

    entries = np.array([-1 if r is None else r[2] for r in rows], dtype=np.int64)
    names = index.names
    matched = names["name"].to_numpy(dtype=object)[np.where(hit, entries, 0)]
    langs = names["lang"].to_numpy(dtype=object)[np.where(hit, entries, 0)]
    matched[~hit] = None
    langs[~hit] = None
    cache: dict[int, tuple[bool, str]] = {}  # results repeat for repeated names
    described = []
    for r in results:
        if id(r) not in cache:
            cache[id(r)] = _describe(index, r) if r else (False, "")
        described.append(cache[id(r)])
    geometry = places.geometry.to_numpy()[safe].copy()
    geometry[~hit] = None
    frame = pd.DataFrame(
        {
            "query": pd.Series(list(queries), index=pandas_index, dtype="string"),
            "id": take("id"),
            "kind": take("kind"),
            "name_en": take("name_en"),
            "name_ja": take("name_ja"),
            "name_ru": take("name_ru"),
            "matched_name": pd.Series(matched, index=pandas_index, dtype="string"),
            "lang": pd.Series(langs, index=pandas_index, dtype="string"),
            "score": pd.Series(
                [r[1] if r else np.nan for r in rows],
                index=pandas_index,
                dtype="float64",
            ),
            "method": pd.Series(
                [r[3] if r else "none" for r in rows],
                index=pandas_index,
                dtype="string",
            ),
            "ambiguous": pd.Series(
                [d[0] for d in described], index=pandas_index, dtype="boolean"
            ),
            "candidates": pd.Series(
                [d[1] or None for d in described], index=pandas_index, dtype="string"
            ),
            "in_region": take("in_region"),
        }
    )
    return gpd.GeoDataFrame(
        frame, geometry=gpd.GeoSeries(geometry, index=pandas_index, crs=places.crs)
    )


def _closest(index: NameIndex, name: str) -> str:
    """Return the three places whose names come closest to ``name``, with scores."""
    from rapidfuzz import fuzz, process

    close: list[str] = []
    seen: set[str] = set()
    for hit_key, ratio, _ in process.extract(
        normalise(name), index.keys, scorer=fuzz.ratio, limit=60
    ):
        entry = index.by_key[hit_key][0]
        pid = str(index.places["id"].iat[index.place_of[entry]])
        if pid not in seen:
            seen.add(pid)
            close.append(f"{index.names['name'].iat[entry]!r} ({pid}, {ratio:.0f}%)")
        if len(close) == 3:
            break
    return ", ".join(close)


def _not_found(index: NameIndex, name: str) -> PlaceNotFoundError:
    msg = (
        f"no place matches {name!r}; the closest are {_closest(index, name)}. Try "
        "another spelling, or kurilmap.candidates() to see every score"
    )
    return PlaceNotFoundError(msg)


def candidates(
    name: str,
    *,
    kind: str | Sequence[str] | None = None,
    lang: str | Sequence[str] | None = None,
) -> gpd.GeoDataFrame:
    """Return every place a name may mean, with scores, best first.

    Parameters
    ----------
    name
        A place name in any language or script.
    kind, lang
        Keep only places of these kinds / names in these languages.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per candidate place (the columns of :func:`geocode`); empty if
        nothing matches.

    Examples
    --------
    >>> candidates("Kuril Islands")["id"].tolist()
    ['kuril-islands', 'four-islands']
    """
    check_name(name)
    index = name_index()
    kinds, langs = name_filters(kind, lang)
    ranked = _match(index, name, kinds, langs)
    frame = _frame(index, [name] * len(ranked), [[r] for r in ranked])
    if ranked:
        ambiguous, text = _describe(index, ranked)
        frame["ambiguous"] = ambiguous
        frame["candidates"] = text
    return frame.reset_index(drop=True)


def geocode(
    name: str,
    *,
    kind: str | Sequence[str] | None = None,
    lang: str | Sequence[str] | None = None,
    online: bool = False,
) -> gpd.GeoDataFrame:
    """Return the place a name means, as a one-row GeoDataFrame.

    Parameters
    ----------
    name
        A place name in English, Japanese (kanji, kana, Hepburn with or without
        macrons) or Russian (Cyrillic or Latin transliteration), with or without
        "island"-type affixes.
    kind
        Keep only places of this kind (or kinds): ``"island"``, ``"settlement"``,
        ``"strait"``, ... (see ``kurilmap.datasets.PLACE_KINDS``).
    lang
        Keep only names in this language: ``"en"``, ``"ja"``, ``"ru"``, ``"ain"``.
    online
        If nothing in the gazetteer matches, ask OpenStreetMap's Nominatim through
        geopy (``pip install "kurilmap[online]"``). Off by default: kurilmap
        never goes online unless asked.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns: query, id, kind, name_en, name_ja, name_ru, matched_name, lang,
        score, method (exact, normalised, fuzzy, online), ambiguous, candidates
        (the near-ties with scores), in_region, geometry.

    Raises
    ------
    PlaceNotFoundError
        Nothing matches; the message names the three closest places.

    Examples
    --------
    >>> geocode("Southern Kuriles")["id"].item()
    'four-islands'
    >>> geocode("Kunashri")["method"].item()
    'fuzzy'
    """
    check_name(name)
    index = name_index()
    kinds, langs = name_filters(kind, lang)
    ranked = _match(index, name, kinds, langs)
    if not ranked:
        if online:
            return _online(name)
        if (kinds or langs) and _match(index, name, None, None):
            shown = {"kind": kind, "lang": lang}
            given = ", ".join(f"{k}={v!r}" for k, v in shown.items() if v)
            msg = f"no place matches {name!r} with {given}; without it: "
            raise PlaceNotFoundError(msg + _closest(index, name))
        raise _not_found(index, name)
    return _frame(index, [name], [ranked])


def _online(name: str, *, timeout: float = 10.0) -> gpd.GeoDataFrame:
    """Look a name up with Nominatim (geopy); only when the caller asked."""
    import geopandas as gpd
    import shapely

    try:
        from geopy.geocoders import Nominatim
    except ImportError as exc:
        msg = (
            'online=True needs geopy: pip install "kurilmap[online]" '
            "(or pip install geopy)"
        )
        raise ImportError(msg) from exc
    locator = Nominatim(user_agent=f"kurilmap/{__version__}", timeout=timeout)
    found = locator.geocode(name, language="en")
    if found is None:
        msg = f"no place matches {name!r}, in the gazetteer or online (Nominatim)"
        raise PlaceNotFoundError(msg)
    lon, lat = float(found.longitude), float(found.latitude)
    return gpd.GeoDataFrame(
        {
            "query": [name],
            "id": [
                f"nominatim:{found.raw.get('osm_type', '')}/"
                f"{found.raw.get('osm_id', '')}"
            ],
            "kind": [None],
            "name_en": [str(found.address)],
            "name_ja": [None],
            "name_ru": [None],
            "matched_name": [str(found.address)],
            "lang": ["en"],
            "score": [float("nan")],
            "method": ["online"],
            "ambiguous": [False],
            "candidates": [None],
            "in_region": [in_region(lon, lat)],
        },
        geometry=[shapely.Point(lon, lat)],
        crs="EPSG:4326",
    ).astype(dict.fromkeys(STRING_COLUMNS, "string"))


def geocode_many(
    names: Iterable[str] | pd.Series,
    *,
    kind: str | Sequence[str] | None = None,
    lang: str | Sequence[str] | None = None,
) -> gpd.GeoDataFrame:
    """Geocode many names at once; unresolved rows are kept and marked.

    Exact and normalised names are dictionary lookups; the remaining distinct
    keys are matched in one batch (rapidfuzz ``cdist`` on both cores).

    Parameters
    ----------
    names
        A list or a pandas Series of names (its index is kept).
    kind, lang
        As for :func:`geocode`.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per input, aligned with it; ``method`` is ``"none"`` and ``id``
        missing where nothing matched.

    Examples
    --------
    >>> out = geocode_many(["Iturup", "択捉島", "nowhere at all"])
    >>> out["id"].tolist()
    ['iturup', 'iturup', <NA>]
    """
    import pandas as pd

    if isinstance(names, str) or not isinstance(names, Iterable):
        msg = (
            "geocode_many() takes a list or a pandas Series of names, "
            f"not {type(names).__name__} (geocode() takes one name)"
        )
        raise InputTypeError(msg)
    series = (
        names if isinstance(names, pd.Series) else pd.Series(list(names), dtype=object)
    )
    index = name_index()
    kinds, langs = name_filters(kind, lang)
    given = series.tolist()
    for at, value in enumerate(given):
        if not isinstance(value, str) and not missing(value):  # a gap is kept
            msg = (
                f"names must be strings: item {at} is {type(value).__name__} {value!r}"
            )
            raise InputTypeError(msg)
    values = ["" if not isinstance(v, str) else v for v in given]
    results = _resolve_batch(index, values, kinds, langs)
    return _frame(index, values, [results[v] for v in values], series.index)


def _resolve_batch(
    index: NameIndex,
    values: list[str],
    kinds: frozenset[str] | None,
    langs: frozenset[str] | None,
) -> dict[str, list[tuple[int, float, int, GeocodeMethod]]]:
    """Resolve each distinct name: dictionaries first, one fuzzy batch after."""
    results: dict[str, list[tuple[int, float, int, GeocodeMethod]]] = {}
    pending: dict[str, list[str]] = {}
    for value in dict.fromkeys(values):
        exact = index.entries(index.exact.get(value, ()), kinds, langs)
        key = normalise(value)
        norm = index.entries(index.by_key.get(key, ()), kinds, langs)
        if exact or norm:
            results[value] = _rank(
                index,
                [(e, EXACT, "exact") for e in exact]
                + [(e, NORMALISED, "normalised") for e in norm],
            )
        elif key:
            pending.setdefault(key, []).append(value)
        else:
            results[value] = []
    if pending:
        _fuzzy_batch(index, pending, kinds, langs, results)
    return results


def _fuzzy_batch(
    index: NameIndex,
    pending: dict[str, list[str]],
    kinds: frozenset[str] | None,
    langs: frozenset[str] | None,
    results: dict[str, list[tuple[int, float, int, GeocodeMethod]]],
) -> None:
    import numpy as np
    from rapidfuzz import fuzz, process

    keys = list(pending)
    scores = process.cdist(
        keys, index.keys, scorer=fuzz.ratio, dtype=np.uint8, workers=-1, score_cutoff=78
    )
    for row, key in enumerate(keys):
        cutoff = _fuzzy_cutoff(key)
        line = scores[row]
        top = np.flatnonzero(line >= max(cutoff, int(line.max())))
        scored: list[tuple[int, float, GeocodeMethod]] = []
        if line.max() >= cutoff:
            for k in top.tolist():
                ratio = float(line[k])
                scored += [
                    (e, FUZZY * ratio / 100.0, "fuzzy")
                    for e in index.entries(index.by_key[index.keys[k]], kinds, langs)
                ]
        ranked = _rank(index, scored)
        for value in pending[key]:
            results[value] = ranked
