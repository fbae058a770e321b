r"""Stories: the dispute told chapter by chapter, the map moving with the text.

A chapter puts the map in one state (a view, a day, an extent, places picked
out, layers shown) and explains it. :func:`story` reads the chapters (the
built-in story of the dispute by default, or a spec: see
``docs/story-format.md``), checks every field, and returns a :class:`Story`,
whose ``chapters`` is a DataFrame to edit; :meth:`Story.save` writes the
offline page (:func:`kurilmap.maps.story_map`), :meth:`Story.save_pdf` one
page per chapter for print (:func:`kurilmap.figures.story_pdf`).

Examples
--------
>>> import kurilmap
>>> s = kurilmap.story([{"title": "Shimoda", "text": "A *first* border.",
...                      "date": "1855-02-07", "frame": ["iturup", "urup"]}])
>>> s.chapters[["id", "view", "date"]].values.tolist()
[['chapter-1', 'neutral', datetime.date(1855, 2, 7)]]
>>> s.resolve()[0]["html"]
'<p>A <em>first</em> border.</p>\n'
"""

from __future__ import annotations

import datetime as dt
import html as _html
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap.claims import describe
from kurilmap.datasets import dataset_records
from kurilmap.errors import StoryError
from kurilmap.figures import story_pdf
from kurilmap.maps import FIT_BOUNDS, notebook_html, render_html, save_html, story_map
from kurilmap.places import lookup, place_name
from kurilmap.teaching.story_spec import FIELDS, check_chapters, check_text, read_spec
from kurilmap.teaching.words import STORY
from kurilmap.vocab import Lang, as_lang, listing

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Story", "story"]

PAD = 0.15
"""Margin around framed places, as a share of the box's width and height."""
MIN_SPAN = 0.6
"""The narrowest box a chapter frames, in degrees (a single islet or town)."""


class Story:
    """A story: its chapters (a DataFrame to edit), language and title.

    Every output checks the chapters again, so an edit that breaks a field
    raises :class:`kurilmap.errors.StoryError` naming the chapter and field.

    Parameters
    ----------
    chapters
        One row per chapter, columns :data:`kurilmap.teaching.story_spec.FIELDS`.
    lang
        The language of the page and the PDF.
    title
        The story's title: one string or ``{en, ja, ru}``.
    """

    def __init__(
        self, chapters: pd.DataFrame, *, lang: Lang, title: str | dict[str, str]
    ) -> None:
        self.chapters = chapters
        self.lang: Lang = as_lang(lang)
        self.title = title

    def __repr__(self) -> str:
        n = len(self.chapters)
        chapters = f"{n} chapter" if n == 1 else f"{n} chapters"
        return f"<Story {self.heading()!r}: {chapters}, {self.lang}>"

    def heading(self) -> str:
        """Return the title in the story's language."""
        return _in(self.title, self.lang)

    def resolve(self) -> list[dict[str, Any]]:
        """Return each chapter resolved for the story's language (see the spec doc).

        Raises
        ------
        StoryError
            A chapter (as edited) is not valid.
        """
        checked = check_chapters(self.chapters.to_dict(orient="records"))
        return [_resolve(n, c, self.lang) for n, c in enumerate(checked, start=1)]

    def map(self) -> Any:
        """Return the story's page as a ``folium.Map`` (:func:`kurilmap.story_map`)."""
        return story_map(self.resolve(), lang=self.lang, title=self.heading())

    def to_html(self) -> str:
        """Return the offline page as HTML text (the bytes :meth:`save` writes)."""
        return render_html(self.map())

    def save(self, path: str | Path) -> Path:
        """Save the offline page: one HTML file, assets inlined, byte-reproducible."""
        return save_html(self.map(), path)

    def save_pdf(self, path: str | Path) -> Path:
        """Save one A4 page per chapter, each with its static map, for print."""
        return story_pdf(self.resolve(), path, lang=self.lang, title=self.heading())

    def _repr_html_(self) -> str:
        return notebook_html(self.map())


def story(
    chapters: object = None,
    *,
    lang: Lang = "en",
    title: str | dict[str, str] | None = None,
) -> Story:
    """Return a story: the built-in one of the dispute, or chapters you give.

    Parameters
    ----------
    chapters
        ``None`` (default: the built-in story of the dispute, 1711 to today,
        in three languages), a ``.yaml``/``.yml``/``.json`` file, a dict with
        ``chapters`` (and ``title``), a list of chapter dicts, or a DataFrame
        such as another story's ``chapters``. ``docs/story-format.md`` lists
        the fields.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``: the words of the page and which text
        of a ``{en, ja, ru}`` field is shown.
    title
        The story's title (default: the spec's, else a generic one).

    Returns
    -------
    Story
        Display it in Jupyter, edit ``story.chapters``, ``save`` the page or
        ``save_pdf`` the handout.

    Raises
    ------
    StoryError
        A field of a chapter is not valid: the message names the chapter
        (number and id), the field, what was wrong and what would be valid.

    Examples
    --------
    >>> import kurilmap
    >>> s = kurilmap.story(lang="ja")
    >>> len(s.chapters) >= 12 and s.heading() == "北方領土問題"
    True
    """
    import pandas as pd

    lang = as_lang(lang)
    spec_title, raw = read_spec(chapters)
    checked = check_chapters(raw)
    chosen = title if title is not None else spec_title
    if chosen is None:
        chosen = STORY["untitled"]
    try:
        heading = check_text(chosen, "title", 300)
    except ValueError as exc:
        raise StoryError(None, "title", str(exc)) from None
    frame = pd.DataFrame(checked, columns=list(FIELDS))
    return Story(frame, lang=lang, title=heading)


def _in(text: str | dict[str, str], lang: Lang) -> str:
    return text if isinstance(text, str) else text[lang]


@cache
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("zero", {"html": False, "typographer": False})
    md.enable(["emphasis", "link", "list", "newline", "escape", "backticks"])
    return md


def render_text(text: str, *, literal: bool) -> tuple[str, str]:
    r"""Return ``(html, plain)`` of a chapter's text (escaped; links http(s) only).

    Examples
    --------
    >>> render_text("**Yalta**: <b>not</b> bold", literal=False)[0]
    '<p><strong>Yalta</strong>: &lt;b&gt;not&lt;/b&gt; bold</p>\n'
    """
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    if literal:
        html = "".join(f"<p>{_html.escape(p)}</p>\n" for p in paragraphs)
        return html, "\n\n".join(paragraphs)
    md = _markdown()
    html = md.render(text).replace("<a href=", '<a rel="noopener noreferrer" href=')
    plain: list[str] = []
    for token in md.parse(text):
        if token.type == "inline":
            words = "".join(
                "\n" if c.type in ("softbreak", "hardbreak") else c.content
                for c in token.children or []
            )
            plain.append(words)
        elif token.type == "list_item_open":
            plain.append("• ")
    lines: list[str] = []
    for part in plain:
        if lines and lines[-1] == "• ":
            lines[-1] += part
        else:
            lines.append(part)
    return html, "\n\n".join(lines)


def _box(ids: Sequence[str]) -> tuple[tuple[float, float, float, float], list[str]]:
    """Return the padded box of the places in the map's region, and which those were."""
    inside = [pid for pid in ids if bool(lookup(pid)["in_region"])]
    if not inside:
        (south, west), (north, east) = FIT_BOUNDS
        return (west, south, east, north), []
    boxes = [lookup(pid)["geometry"].bounds for pid in inside]
    west = min(b[0] for b in boxes)
    south = min(b[1] for b in boxes)
    east = max(b[2] for b in boxes)
    north = max(b[3] for b in boxes)
    dx = max(east - west, MIN_SPAN) * (1 + 2 * PAD) / 2
    dy = max(north - south, MIN_SPAN * 0.7) * (1 + 2 * PAD) / 2
    cx, cy = (west + east) / 2, (south + north) / 2
    west, south = round(cx - dx, 4), round(cy - dy, 4)
    east, north = round(cx + dx, 4), round(cy + dy, 4)
    return (west, south, east, north), inside


def _names(ids: Sequence[str], lang: Lang) -> str:
    return listing((place_name(lookup(pid), lang) for pid in ids), lang)


@cache
def _events() -> dict[str, dict[str, Any]]:
    return {str(e["id"]): e for e in dataset_records("events")}


@cache
def _sources() -> dict[str, dict[str, Any]]:
    return {str(s["key"]): s for s in dataset_records("sources")}


def _text(value: object) -> str:
    """Return a dataset's text value, empty if missing (never the word "None")."""
    return "" if value is None or value != value else str(value)


def _keys(value: object) -> list[str]:
    return [k.strip() for k in str(value or "").split(";") if k.strip()]


def _event(eid: str, lang: Lang) -> dict[str, Any]:
    e = _events()[eid]
    suffix = "" if lang == "en" else f"_{lang}"
    day = e["date"]
    when = day.isoformat() if isinstance(day, dt.date) else str(day)[:10]
    return {
        "id": eid,
        "date": when,
        "title": str(e.get(f"title{suffix}") or e["title"]),
        "summary": _text(e.get(f"summary{suffix}")),  # none rather than English
        "source": str(e["source"]),
    }


def _alt(c: dict[str, Any], lang: Lang, framed: list[str], box: Any) -> str:
    parts = []
    if framed:
        parts.append(STORY["frames"][lang].format(places=_names(framed, lang)))
    elif c["bounds"] is not None:
        west, south, east, north = (f"{v:g}" for v in box)
        parts.append(
            STORY["area"][lang].format(west=west, east=east, south=south, north=north)
        )
    if c["highlight"]:
        parts.append(
            STORY["highlight"][lang].format(places=_names(c["highlight"], lang))
        )
    away = [p for p in c["frame"] if p not in framed]
    if away:
        parts.append(STORY["elsewhere"][lang].format(places=_names(away, lang)))
    parts.append(describe(c["view"], lang=lang, date=c["date"]))
    return ("" if lang == "ja" else " ").join(parts)


def _resolve(number: int, c: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """One checked chapter as the page and the PDF draw it (see the spec doc)."""
    html, plain = render_text(_in(c["text"], lang), literal=c["literal"])
    framed: list[str] = []
    if c["bounds"] is not None:
        box = c["bounds"]
    else:
        box, framed = _box(c["frame"] or ["four-islands"])
    events = [_event(e, lang) for e in c["events"]]
    keys = list(c["sources"])
    for e in events:
        keys += _keys(e["source"])
    sources = [
        {
            "key": k,
            "title": _text(_sources()[k].get("title")),
            "publisher": _text(_sources()[k].get("publisher")),
            "url": _text(_sources()[k].get("url")),
        }
        for k in dict.fromkeys(keys)
        if k in _sources()
    ]
    return {
        "number": number,
        "id": c["id"],
        "title": _in(c["title"], lang),
        "html": html,
        "text": plain,
        "positions": [
            [STORY[party][lang], _in(text, lang)]
            for party, text in c["positions"].items()
        ],
        "view": c["view"],
        "date": c["date"],
        "bounds": tuple(box),
        "framed": framed,
        "highlight": list(c["highlight"]),
        "layers": tuple(c["layers"]),
        "events": events,
        "sources": sources,
        "quotes": list(c["quotes"]),
        "alt": _alt(c, lang, framed, box),
    }
