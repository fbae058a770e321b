"""Find every place a text mentions: English, Russian and Japanese.

The text is folded character by character (:func:`kurilmap.places.fold`, so
offsets stay those of the original) and scanned once with an Aho–Corasick
automaton (pyahocorasick) over every name of the gazetteer, keeping the longest
match at each place ("Yuzhno-Kurilsk", not "Kurilsk"). Latin and Cyrillic
matches must stand as whole words and start with a capital where the name does;
a Russian name may carry a case ending ("Итурупа", "Москве"). Japanese has no
spaces, so its names match anywhere, longest first.

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
from kurilmap.places.geocoder import AMBIGUITY_MARGIN, name_filters
from kurilmap.places.names import name_index
from kurilmap.places.normalize import fold

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["find_places"]

RUSSIAN_ENDINGS = frozenset(
    [
        "а",
        "я",
        "у",
        "ю",
        "е",
        "и",
        "ы",
        "о",
        "ой",
        "ей",
        "ою",
        "ею",
        "ом",
        "ем",
        "ам",
        "ям",
        "ах",
        "ях",
        "ами",
        "ями",
        "ов",
        "ев",
        "ий",
        "ый",
        "ая",
        "ое",
        "ие",
        "ые",
        "ых",
        "их",
        "ым",
        "им",
        "ую",
        "юю",
    ]
)
"""Case endings a Russian name may carry after its stem or full form."""

AFFIXES = ("island", "islands")
"""English affixes a mention may carry after a Latin name ("Iturup Island")."""

MIN_KEY = 3
"""Shortest Latin/Cyrillic name searched for (CJK names: 2 characters)."""

_VOWEL_ENDS = tuple("аяыиоеьй")

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


def _keys(name: str) -> list[tuple[str, bool]]:
    """Search keys of one name: (key, is_stem)."""
    base = " ".join(_search_fold(name).split())
    if not base:
        return []
    if _cjk(base[0]):
        keys = [(base, False)]
        if base.endswith("島") and len(base) >= 3:
            keys.append((base[:-1], False))
        return keys if len(base) >= 2 else []
    if len(base) < MIN_KEY:
        return []
    keys = [(base, False)]
    if "-" in base and fold(base.rsplit("-", 1)[1]) not in JAPANESE_AFFIXES:
        keys.append((base.replace("-", " "), False))  # Yuzhno Kurilsk
    if base.isascii() and not base.endswith(("island", "islands", "islet")):
        forms = [k for k, _ in keys]
        keys += [(f"{f} {affix}", False) for f in forms for affix in AFFIXES]
    if (
        " " not in base
        and not base.isascii()
        and len(base) >= 5
        and base.endswith(_VOWEL_ENDS)
    ):
        keys.append((base[:-1], True))
    return keys


@functools.lru_cache(maxsize=4)
def _automaton(directory: str | None = None) -> Any:
    import ahocorasick

    index = name_index(directory)
    by_key: dict[str, list[tuple[int, bool]]] = {}
    for entry, name in enumerate(index.names["name"]):
        for key, stem in _keys(str(name)):
            by_key.setdefault(key, []).append((entry, stem))
    automaton = ahocorasick.Automaton()
    for key, entries in by_key.items():
        automaton.add_word(key, (len(key), _cjk(key[0]), tuple(entries)))
    automaton.make_automaton()
    return automaton


def _accept(
    text: str,
    start: int,
    end: int,
    cjk: bool,
    entries: tuple[tuple[int, bool], ...],
    names: Any,
) -> tuple[int, list[int]]:
    """Check word boundaries and endings; return (end, entries that fit)."""
    if cjk:
        return end, [e for e, _ in entries]
    if start > 0 and text[start - 1].isalnum():
        return end, []
    ending = ""
    if end < len(text) and text[end].isalnum():
        stop = end
        while stop < len(text) and text[stop].isalpha():
            stop += 1
        ending = text[end:stop].lower()
        if ending not in RUSSIAN_ENDINGS or (stop < len(text) and text[stop].isalnum()):
            return end, []
        end = stop
    first = text[start]
    fits = []
    for entry, stem in entries:
        if stem and not ending:
            continue
        if ending and not _cyrillic(names[entry]):
            continue
        if names[entry][:1].isupper() and not first.isupper():
            continue
        fits.append(entry)
    return end, fits


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
    list[str], list[str], list[str], list[str], list[str], list[bool]
]:
    index = name_index()
    return (
        index.names["name"].tolist(),
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
    index = name_index()
    automaton = _automaton()
    names, name_langs, ids, place_kinds, english, inside = _lists()
    rows: list[dict[str, Any]] = []
    senses: dict[tuple[int, ...], dict[str, Any] | None] = {}
    for last, (length, cjk, entries) in automaton.iter_long(_search_fold(text)):
        start = last + 1 - length
        end, fits = _accept(text, start, last + 1, cjk, entries, names)
        key = tuple(fits)
        if key not in senses:
            senses[key] = _sense(
                index,
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
        sense = senses[key]
        if sense is not None:
            rows.append({"start": start, "end": end, "text": text[start:end]} | sense)
    return rows


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
