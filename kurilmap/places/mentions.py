"""Find every place a text mentions: English, Russian and Japanese.

The text is folded character by character (:func:`kurilmap.places.fold`, so
offsets stay those of the original) and scanned once with an Aho–Corasick
automaton (pyahocorasick) over every name of the gazetteer, keeping the longest
match at each place ("Yuzhno-Kurilsk", not "Kurilsk"). Latin and Cyrillic
matches must stand as whole words and start with a capital where the name does
(the first word of a name with another capitalised word may be lower case:
"the southern Kurils"). A Russian name is searched in its six cases
(:func:`kurilmap.places.normalize.russian_forms`: "Итурупа", "Москве", "Малой
Курильской гряды"), never with any ending: "Курильской" is not Kurilsk.
Japanese has no spaces, so its names match anywhere, longest first. A name that
is part of another name is left out
(:func:`kurilmap.places.filters.part_of_another_name`: the "Pacific Fleet", the
"Sakhalin region", 千島歯舞諸島居住者連盟).

Examples
--------
>>> import kurilmap
>>> found = kurilmap.find_places("Kono flew from Tokyo to Moscow to talk about 択捉島.")
>>> found[["start", "end", "text", "place_id"]].values.tolist()
[[15, 20, 'Tokyo', 'tokyo'], [24, 30, 'Moscow', 'moscow'], [45, 48, '択捉島', 'iturup']]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kurilmap.errors import InputTypeError
from kurilmap.places.filters import as_score, name_filters, part_of_another_name
from kurilmap.places.geocoder import AMBIGUITY_MARGIN
from kurilmap.places.names import name_index
from kurilmap.places.normalize import fold, russian_forms

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["find_places"]

AFFIXES = ("island", "islands")
"""English affixes a mention may carry after a Latin name ("Iturup Island")."""

MIN_KEY = 3
"""Shortest Latin/Cyrillic name searched for (CJK names: 2 characters)."""

COLUMNS = (
    "start",
    "end",
    "text",
    "place_id",
    "kind",
    "name_en",
    "lang",
    "score",
    "ambiguous",
    "candidates",
    "in_region",
)


def _cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0x31F0 <= code <= 0x31FF
        or 0xFF66 <= code <= 0xFF9F
    )


def _search_fold(text: str) -> str:
    """Fold for searching (same length as ``text``)."""
    return fold(text)


JAPANESE_AFFIXES = frozenset(
    [
        "to",
        "tō",
        "jima",
        "shima",
        "gunto",
        "guntō",
        "shoto",
        "shotō",
        "retto",
        "rettō",
        "misaki",
        "hanto",
        "hantō",
        "cho",
        "chō",
        "mura",
        "dake",
        "yama",
        "kai",
        "kaikyo",
        "kaikyō",
    ]
)
"""Hepburn affixes after a hyphen: "Shikotan-tō" must not match "Shikotan to"."""


def _keys(name: str) -> list[str]:
    """Search keys of one name (folded): its forms, spellings and affixes."""
    base = " ".join(_search_fold(name).split())
    if not base:
        return []
    if _cjk(base[0]):
        keys = [base]
        if base.endswith("島") and len(base) >= 3:
            keys.append(base[:-1])
        return keys if len(base) >= 2 else []
    if len(base) < MIN_KEY:
        return []
    if _cyrillic(base):
        keys = [
            " ".join(fold(f).split()) for f in russian_forms(" ".join(name.split()))
        ]
    else:
        keys = [base]
    if "-" in base and fold(base.rsplit("-", 1)[1]) not in JAPANESE_AFFIXES:
        keys += [k.replace("-", " ") for k in keys]  # Yuzhno Kurilsk
    if base.isascii() and not base.endswith(("island", "islands", "islet")):
        keys += [f"{k} {affix}" for k in list(keys) for affix in AFFIXES]
    return keys


def _capitals(name: str) -> tuple[bool, ...]:
    """Which words of a name must start with a capital in the text.

    A name's words that start with a capital must do so in the text too, but
    the first may be lower case when another word keeps a capital: "southern
    Kurils", "южные Курилы", "sea of Okhotsk".
    """
    words = [w for w in name.replace("-", " ").split(" ") if w]
    caps = [w[:1].isupper() for w in words]
    if len(caps) > 1 and any(caps[1:]):
        caps[0] = False
    return tuple(caps)


@functools.lru_cache(maxsize=4)
def _automaton(directory: str | None = None) -> Any:
    import ahocorasick

    index = name_index(directory)
    by_key: dict[str, list[int]] = {}
    for entry, name in enumerate(index.names["name"]):
        for key in _keys(str(name)):
            entries = by_key.setdefault(key, [])
            if entry not in entries:
                entries.append(entry)
    automaton = ahocorasick.Automaton()
    for key, entries in by_key.items():
        automaton.add_word(key, (len(key), _cjk(key[0]), tuple(entries)))
    automaton.make_automaton()
    return automaton


def _accept(
    text: str, start: int, end: int, cjk: bool, entries: tuple[int, ...]
) -> tuple[int, ...]:
    """Return the entries that fit a match: whole words, capitals, context."""
    if cjk:
        return () if part_of_another_name(text, start, end) else entries
    if start > 0 and text[start - 1].isalnum():
        return ()
    if end < len(text) and text[end].isalnum():
        return ()
    fits = _capitalised(entries, text[start:end])
    if fits and part_of_another_name(text, start, end):
        return ()
    return fits


@functools.lru_cache(maxsize=65536)
def _capitalised(entries: tuple[int, ...], surface: str) -> tuple[int, ...]:
    """Keep the entries whose capitals the surface form has (cached)."""
    capitals = _lists()[0]
    words = surface.replace("-", " ").split(" ")
    return tuple(
        e
        for e in entries
        if all(
            w[:1].isupper() for w, cap in zip(words, capitals[e], strict=False) if cap
        )
    )


def _cyrillic(name: str) -> bool:
    return any(0x0400 <= ord(c) <= 0x04FF for c in name)


def _sense(
    index: Any,
    fits: tuple[int, ...],
    kinds: frozenset[str] | None,
    langs: frozenset[str] | None,
    min_score: float,
    ids: list[str],
    place_kinds: list[str],
    english: list[str],
    inside: list[bool],
    name_langs: list[str],
) -> dict[str, Any] | None:
    """Return the place a set of matching entries means (None if too weak)."""
    kept = index.entries(fits, kinds, langs)
    if not kept:
        return None
    best: dict[int, tuple[float, int]] = {}
    for entry in kept:
        place, weight = index.place_of[entry], index.weight[entry]
        if place not in best or weight > best[place][0]:
            best[place] = (weight, entry)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], ids[kv[0]]))
    place, (score, entry) = ranked[0]
    if score < min_score:
        return None
    near = [(ids[p], w) for p, (w, _) in ranked if w >= score - AMBIGUITY_MARGIN]
    return {
        "place_id": ids[place],
        "kind": place_kinds[place],
        "name_en": english[place],
        "lang": name_langs[entry],
        "score": score,
        "ambiguous": len(near) > 1,
        "candidates": "; ".join(f"{p} ({w:.2f})" for p, w in near),
        "in_region": inside[place],
    }


@functools.lru_cache(maxsize=4)
def _lists() -> tuple[
    list[tuple[bool, ...]], list[str], list[str], list[str], list[str], list[bool]
]:
    index = name_index()
    return (
        [_capitals(str(n)) for n in index.names["name"]],
        index.names["lang"].tolist(),
        index.places["id"].tolist(),
        index.places["kind"].tolist(),
        index.places["name_en"].tolist(),
        [bool(v) for v in index.places["in_region"].tolist()],
    )


def scan(
    text: str,
    *,
    kind: str | Sequence[str] | None = None,
    lang: str | Sequence[str] | None = None,
    min_score: float = 0.5,
) -> list[dict[str, Any]]:
    """Return the mentions of :func:`find_places` as plain dicts (faster)."""
    if not isinstance(text, str):
        msg = f"text must be a string, got {type(text).__name__}"
        raise InputTypeError(msg)
    kinds, langs = name_filters(kind, lang)
    min_score = as_score(min_score)
    rows: list[dict[str, Any]] = []
    senses: dict[tuple[int, ...], dict[str, Any] | None] = {}
    for last, (length, cjk, entries) in _automaton().iter_long(_search_fold(text)):
        start, end = last + 1 - length, last + 1
        key = _accept(text, start, end, cjk, entries)
        if not key:
            continue
        if key not in senses:
            senses[key] = _sense_of(key, kinds, langs, min_score)
        sense = senses[key]
        if sense is not None:
            rows.append({"start": start, "end": end, "text": text[start:end]} | sense)
    return rows


@functools.lru_cache(maxsize=65536)
def _sense_of(
    key: tuple[int, ...],
    kinds: frozenset[str] | None,
    langs: frozenset[str] | None,
    min_score: float,
) -> dict[str, Any] | None:
    """Return :func:`_sense` of matching entries (cached: the index never changes)."""
    _, name_langs, ids, place_kinds, english, inside = _lists()
    return _sense(
        name_index(),
        key,
        kinds,
        langs,
        min_score,
        ids,
        place_kinds,
        english,
        inside,
        name_langs,
    )


def find_places(
    text: str,
    *,
    kind: str | Sequence[str] | None = None,
    lang: str | Sequence[str] | None = None,
    min_score: float = 0.5,
) -> pd.DataFrame:
    """Return every mention of a gazetteer place in a text.

    Parameters
    ----------
    text
        Any text (untrusted is fine: it is only read).
    kind, lang
        Keep only places of these kinds / names in these languages.
    min_score
        Drop mentions whose best sense scores lower (a weak sense such as the
        first name "Yuri" for the islet scores 0.4).

    Returns
    -------
    pandas.DataFrame
        One row per mention, in text order, non-overlapping: start, end (Python
        offsets into ``text``), text (the surface form), place_id, kind, name_en,
        lang (of the matched name), score, ambiguous, candidates (other places
        the same words may mean, with scores), in_region.

    Examples
    --------
    >>> find_places("Она живёт на Кунашире, в Южно-Курильске.")["place_id"].tolist()
    ['kunashir', 'yuzhno-kurilsk']
    """
    import pandas as pd

    rows = scan(text, kind=kind, lang=lang, min_score=min_score)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(
        {
            "start": "int64",
            "end": "int64",
            "text": "string",
            "place_id": "string",
            "kind": "string",
            "name_en": "string",
            "lang": "string",
            "score": "float64",
            "ambiguous": "boolean",
            "candidates": "string",
            "in_region": "boolean",
        }
    )
