"""A story's chapters as plain data: read a spec, check every field.

A spec is a YAML or JSON file, a dict with ``chapters`` (and an optional
``title``), a list of chapter dicts or a DataFrame of them (``story.chapters``).
:func:`check_chapters` returns each chapter with every field present and in
its one form; any fault raises :class:`kurilmap.errors.StoryError` naming the
chapter (number and id) and the field. ``docs/story-format.md`` is the
reference.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kurilmap.datasets import dataset_records
from kurilmap.errors import InputError, KurilmapError, StoryError
from kurilmap.maps import LAYERS
from kurilmap.places import drawn_as, lookup
from kurilmap.vocab import LANGS, PARTIES, as_date, as_view

__all__ = [
    "BUILTIN",
    "DEFAULT_LAYERS",
    "FIELDS",
    "MAX_TEXT",
    "ZONES_FROM",
    "check_chapters",
    "check_text",
    "read_spec",
]

BUILTIN = Path(__file__).with_name("stories") / "dispute.yaml"
"""The built-in story of the dispute (the same format a user writes)."""
FIELDS = (
    "id",
    "title",
    "text",
    "view",
    "date",
    "frame",
    "bounds",
    "highlight",
    "layers",
    "positions",
    "events",
    "sources",
    "quotes",
    "literal",
)
"""Every field of a chapter, in the order of ``story.chapters``' columns."""
REQUIRED = ("title", "text", "date")
DEFAULT_LAYERS = tuple(k for k in LAYERS if k != "zones")
"""A chapter's layers unless it names them: the main map's (zones off)."""
ZONES_FROM = dt.date(1977, 3, 1)
"""The first day a chapter may show the 12/200-nautical-mile zones: the Soviet
fishery zone around the islands in force (event
``1977-03-01-soviet-fishery-zone-in-force``); Japan's zone is of 1977 too."""
MAX_FILE = 2_000_000
"""The largest story file read, in bytes (the built-in story is about 60 KB)."""
MAX_TEXT = 20_000
"""The longest text a chapter may have, in characters (a title: 300)."""
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}\Z")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")


def read_spec(source: object) -> tuple[object, list[Any]]:
    """Return ``(title, chapters)`` of a spec as given (nothing checked yet).

    ``source``: ``None`` (the built-in story), a path to a ``.yaml``, ``.yml``
    or ``.json`` file, a mapping with ``chapters``, a list of chapters or a
    DataFrame with one row per chapter.
    """
    if source is None:
        source = BUILTIN
    if isinstance(source, str | Path):
        return _read_file(Path(source))
    if isinstance(source, Mapping):
        unknown = sorted(str(k) for k in source if k not in ("title", "chapters"))
        if unknown:
            msg = f"unknown key {unknown[0]!r}; a story has 'title' and 'chapters'"
            raise StoryError(None, None, msg)
        if "chapters" not in source:
            raise StoryError(None, "chapters", "missing: a story needs its chapters")
        return source.get("title"), _as_list(source["chapters"])
    if type(source).__name__ == "DataFrame" and hasattr(source, "to_dict"):
        rows = source.to_dict(orient="records")
        return None, [{k: v for k, v in r.items() if not _missing(v)} for r in rows]
    return None, _as_list(source)


def _read_file(path: Path) -> tuple[object, list[Any]]:
    import yaml

    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".json"):
        msg = f"{str(path)!r} is not a story file: give a .yaml, .yml or .json file"
        raise StoryError(None, None, msg)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            msg = (
                f"{str(path)!r} is {size:,} bytes; a story file is at most {MAX_FILE:,}"
            )
            raise StoryError(None, None, msg)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoryError(None, None, f"no story file {str(path)!r}") from None
    except UnicodeDecodeError:
        msg = f"{str(path)!r} is not UTF-8 text"
        raise StoryError(None, None, msg) from None
    try:
        data = json.loads(text) if suffix == ".json" else _yaml(text)
    except json.JSONDecodeError as exc:
        msg = f"{str(path)!r} is not valid JSON: {exc.msg} (line {exc.lineno})"
        raise StoryError(None, None, msg) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        msg = f"{str(path)!r} is not valid YAML: {problem}{where}"
        raise StoryError(None, None, msg) from None
    except (ValueError, OverflowError) as exc:  # a tagged value: !!timestamp
        msg = f"{str(path)!r} is not valid YAML: {exc}"
        raise StoryError(None, None, msg) from None
    if isinstance(data, list):
        return None, _as_list(data)
    if not isinstance(data, Mapping):
        msg = f"{str(path)!r} holds no story: expected a mapping with 'chapters'"
        raise StoryError(None, None, msg)
    return read_spec(dict(data))


def _yaml(text: str) -> Any:
    """Read YAML safely: plain data only, and no aliases (``*name``).

    Aliases have no use in a story, and nested ones expand exponentially (a
    few lines of "billion laughs" would fill the memory). Dates stay text,
    checked as the chapter's ``date`` like JSON's: YAML's own reading of
    ``2019-02-30`` failed with a bare ``ValueError``. A key given twice in one
    mapping is an error: YAML keeps the last and drops the first unsaid.
    """
    import yaml

    class NoAliases(yaml.SafeLoader):
        def fetch_alias(self) -> None:
            problem = "aliases (*name) are not allowed in a story"
            raise yaml.scanner.ScannerError(None, None, problem, self.get_mark())

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[object] = set()
            for key_node, _ in node.value:  # a key twice: the first was lost
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    problem = f"{key!r} is given twice in one mapping"
                    mark = key_node.start_mark
                    raise yaml.constructor.ConstructorError(None, None, problem, mark)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    timestamp = "tag:yaml.org,2002:timestamp"
    NoAliases.yaml_implicit_resolvers = {
        first: [(tag, rule) for tag, rule in rules if tag != timestamp]
        for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(text, Loader=NoAliases)  # a SafeLoader: plain data only


def _as_list(value: object) -> list[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        msg = f"chapters must be a list of chapters, not {type(value).__name__}"
        raise StoryError(None, "chapters", msg)
    if not value:
        raise StoryError(None, "chapters", "a story needs at least one chapter")
    return list(value)


def _missing(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, float) and math.isnan(value)


def check_text(
    value: object, field: str, limit: int = MAX_TEXT
) -> str | dict[str, str]:
    """Return a text field: one string, or ``{en, ja, ru}`` with every language.

    Raises :class:`ValueError` (turned into a :class:`StoryError` by the caller)
    with what was wrong.
    """
    if isinstance(value, str):
        if not value.strip():
            msg = "is empty"
            raise ValueError(msg)
        if len(value) > limit:
            msg = f"is {len(value):,} characters long; at most {limit:,}"
            raise ValueError(msg)
        if "\x00" in value:
            msg = "holds a NUL character"
            raise ValueError(msg)
        if field == "text":
            _check_links(value)
        return value
    if isinstance(value, Mapping):
        keys = {str(k) for k in value}
        if keys != set(LANGS):
            missing = [code for code in LANGS if code not in keys]
            extra = sorted(keys - set(LANGS))
            what = f"lacks {', '.join(missing)}" if missing else f"has {extra[0]!r}"
            msg = (
                f"{what}: give one string or one text per language ({', '.join(LANGS)})"
            )
            raise ValueError(msg)
        out: dict[str, str] = {}
        for code in LANGS:
            try:
                out[code] = str(check_text(value[code], field, limit))
            except ValueError as exc:
                msg_0 = f"[{code}] {exc}"
                raise ValueError(msg_0) from None
        return out
    msg = f"must be a string or {{en, ja, ru}}, not {type(value).__name__}"
    raise ValueError(msg)


def _check_links(text: str) -> None:
    for target in _LINK.findall(text):
        if not re.match(r"https?://", target, re.IGNORECASE):
            msg = f"link {target!r} is not an http(s) address"
            raise ValueError(msg)


def _ids(value: object, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Sequence) or isinstance(value, bytes):
        msg = f"must be a list of {what}, not {type(value).__name__}"
        raise ValueError(msg)
    out = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            msg = f"must be a list of {what}; {item!r} is not one"
            raise ValueError(msg)
        out.append(item.strip())
    return tuple(dict.fromkeys(out))


_DRAWN = {"frame": ("frame", "frame it"), "highlight": ("pick out", "pick it out")}
"""What the map does with a chapter's places: the verb, and with its object."""


def _places(value: object, field: str) -> tuple[str, ...]:
    """Return the place ids of ``frame`` or ``highlight``: known, and drawn.

    A place with no sourced coordinates (Kitovy) cannot be framed or picked
    out: the error names the place it is in, which can. A frame names the
    places outside the map's region in its text alternative only: those need
    no coordinates.
    """
    verb, verb_it = _DRAWN[field]
    ids = _ids(value, "place ids")
    for pid in ids:
        try:
            drawn = drawn_as(pid)
            beyond = field == "frame" and not bool(lookup(pid)["in_region"])
        except (KurilmapError, KeyError, LookupError) as exc:
            msg = f"{exc}; place ids are those of kurilmap.places.lookup()"
            raise ValueError(msg) from None
        if drawn != pid and not beyond:
            instead = f"; {verb} {drawn!r}, where it is, instead" if drawn else ""
            msg = (
                f"place {pid!r} has no sourced coordinates, so the map cannot "
                f"{verb_it}{instead}"
            )
            raise ValueError(msg)
    return ids


def _known(value: object, dataset: str, key: str, what: str) -> tuple[str, ...]:
    ids = _ids(value, what)
    valid = {str(r[key]) for r in dataset_records(dataset)}
    for item in ids:
        if item not in valid:
            msg = f"unknown {what[:-1]} {item!r}: not in the {dataset} dataset"
            raise ValueError(msg)
    return ids


def _bounds(value: object) -> tuple[float, float, float, float]:
    if (
        not isinstance(value, Sequence)
        or isinstance(value, str)
        or len(value) != 4
        or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value
        )
    ):
        msg = "must be four numbers: west, south, east, north (degrees)"
        raise ValueError(msg)
    west, south, east, north = (float(v) for v in value)
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        msg = (
            f"{[west, south, east, north]} is not a box: need -180 <= west < east "
            "<= 180 and -90 <= south < north <= 90"
        )
        raise ValueError(msg)
    return west, south, east, north


def _positions(value: object) -> dict[str, str | dict[str, str]]:
    if not isinstance(value, Mapping):
        msg = "must map a party (japan, russia) to its position"
        raise ValueError(msg)
    out = {}
    for party, text in value.items():
        if party not in PARTIES:
            msg = f"unknown party {party!r}; valid: {', '.join(PARTIES)}"
            raise ValueError(msg)
        try:
            out[str(party)] = check_text(text, "position")
        except ValueError as exc:
            msg_0 = f"{party}: {exc}"
            raise ValueError(msg_0) from None
    return out


def _quotes(value: object) -> tuple[dict[str, str], ...]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        msg = "must be a list of {text, speaker}"
        raise ValueError(msg)
    out = []
    for q in value:
        if not isinstance(q, Mapping) or not isinstance(q.get("text"), str):
            msg = f"must be a list of {{text, speaker}}; {q!r} is not one"
            raise ValueError(msg)
        speaker = q.get("speaker") or ""
        if not isinstance(speaker, str) or set(q) - {"text", "speaker"}:
            msg = f"must be a list of {{text, speaker}}; {q!r} is not one"
            raise ValueError(msg)
        out.append({"text": q["text"], "speaker": speaker})
    return tuple(out)


def _layers(value: object) -> tuple[str, ...]:
    ids = _ids(value, "layers")
    for name in ids:
        if name not in LAYERS:
            msg = f"unknown layer {name!r}; valid: {', '.join(LAYERS)}"
            raise ValueError(msg)
    return ids


def _literal(value: object) -> bool:
    if not isinstance(value, bool):
        msg = f"must be true or false, not {value!r}"
        raise ValueError(msg)
    return value


def check_chapters(chapters: Sequence[Any]) -> list[dict[str, Any]]:
    """Return every chapter with all of :data:`FIELDS`, each in its one form.

    Raises
    ------
    StoryError
        The first fault, naming the chapter (number and id) and the field.
    """
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(chapters, start=1):
        if not isinstance(raw, Mapping):
            msg = f"a chapter is a mapping of fields, not {type(raw).__name__}"
            raise StoryError(number, None, msg)
        given = {str(k): v for k, v in raw.items() if not _missing(v)}
        cid = given.get("id")
        label = cid if isinstance(cid, str) else None
        for name in given:
            if name not in FIELDS:
                close = [f for f in FIELDS if f.startswith(name[:3])]
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                msg = f"unknown field{hint}; valid: {', '.join(FIELDS)}"
                raise StoryError(number, name, msg, chapter_id=label)
        for name in REQUIRED:
            if name not in given:
                raise StoryError(number, name, "missing", chapter_id=label)
        chapter = _check_one(number, given, label)
        if chapter["id"] in seen:
            msg = f"{chapter['id']!r} is already chapter {seen[chapter['id']]}'s id"
            raise StoryError(number, "id", msg, chapter_id=label)
        seen[chapter["id"]] = number
        out.append(chapter)
    return out


def _check_one(number: int, given: dict[str, Any], label: str | None) -> dict[str, Any]:
    field = "id"
    try:
        cid = given.get("id", f"chapter-{number}")
        if not isinstance(cid, str) or not _SLUG.match(cid):
            msg = (
                f"{cid!r} is not a slug: lower-case letters, digits and '-', "
                "at most 64 characters, e.g. 'shimoda-1855'"
            )
            raise ValueError(msg)
        field = "title"
        title = check_text(given["title"], "title", 300)
        field = "text"
        text = check_text(given["text"], "text")
        field = "view"
        view = as_view(given.get("view", "neutral"))
        field = "date"
        day: dt.date = as_date(given["date"])
        if "frame" in given and "bounds" in given:
            field = "bounds"
            msg = "give 'frame' (places) or 'bounds' (a box), not both"
            raise ValueError(msg)
        field = "frame"
        frame = _places(given.get("frame", ()), "frame")
        field = "bounds"
        bounds = _bounds(given["bounds"]) if "bounds" in given else None
        field = "highlight"
        highlight = _places(given.get("highlight", ()), "highlight")
        field = "layers"
        layers = _layers(given.get("layers", DEFAULT_LAYERS))
        if "zones" in layers and day < ZONES_FROM:
            msg = (
                f"'zones' draws the 12 and 200 nautical-mile zones, which date from "
                f"{ZONES_FROM.isoformat()}; the chapter's date {day.isoformat()} is "
                "before them: leave 'zones' out"
            )
            raise ValueError(msg)
        field = "positions"
        positions = _positions(given.get("positions", {}))
        field = "events"
        events = _known(given.get("events", ()), "events", "id", "event ids")
        field = "sources"
        sources = _known(given.get("sources", ()), "sources", "key", "source keys")
        field = "quotes"
        quotes = _quotes(given.get("quotes", ()))
        field = "literal"
        literal = _literal(given.get("literal", False))
    except (ValueError, InputError) as exc:
        raise StoryError(number, field, str(exc), chapter_id=label) from None
    return {
        "id": cid,
        "title": title,
        "text": text,
        "view": view,
        "date": day,
        "frame": list(frame),
        "bounds": bounds,
        "highlight": list(highlight),
        "layers": list(layers),
        "positions": positions,
        "events": list(events),
        "sources": list(sources),
        "quotes": list(quotes),
        "literal": literal,
    }
