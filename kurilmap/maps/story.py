r"""A story's page: the chapters beside the map, the map following the reading.

:func:`story_map` draws resolved chapters (see ``docs/story-format.md``; a
:class:`kurilmap.Story` resolves them) on one map that holds every view of the
story's language (:func:`kurilmap.maps.views.switchable`), with a slider
stop on every chapter's day, and the chapters in the page's panel
(:class:`kurilmap.maps.story_leaflet.StoryPanel`). Like every map, the page
is one offline, byte-reproducible file.

Examples
--------
>>> import datetime as dt
>>> from kurilmap import maps
>>> chapter = {"number": 1, "id": "shimoda", "title": "Shimoda 1855",
...            "html": "<p>A first border.</p>", "text": "A first border.",
...            "positions": [], "view": "neutral", "date": dt.date(1855, 2, 7),
...            "bounds": (145.0, 43.0, 151.0, 46.5), "framed": [],
...            "highlight": ["iturup"], "layers": ("territories", "labels"),
...            "events": [], "sources": [], "quotes": [], "alt": "Iturup."}
>>> html = maps.render_html(maps.story_map([chapter], lang="en", title="Test"))
>>> "#chapter=" in html and "Shimoda 1855" in html
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kurilmap import style as _styles
from kurilmap.claims import view_title
from kurilmap.maps.build import LAYERS
from kurilmap.maps.payload import esc
from kurilmap.maps.payload import geometry as light
from kurilmap.maps.views import switchable
from kurilmap.maps.words import DOCK_WORDS, STORY_WORDS
from kurilmap.places import lookup
from kurilmap.vocab import Lang, as_lang

if TYPE_CHECKING:
    import folium

__all__ = ["story_map"]

OUTLINE = {
    "color": "#000000",
    "weight": 3,
    "opacity": 0.9,
    "fill": False,
    "dashArray": "1 5",
}
"""How a chapter's picked-out places are drawn: a black dotted outline."""


def _url(url: str) -> str | None:
    first = url.split(" ; ")[0].strip()
    return first if first.startswith(("https://", "http://")) else None


def _section(c: Mapping[str, Any], total: int, lang: Lang) -> str:
    words = {k: v[lang] for k, v in STORY_WORDS.items()}
    n = int(c["number"])
    head = esc(words["chapter"].format(n=n, total=total))
    when = f"{c['date'].isoformat()} · {view_title(c['view'], lang)}"
    parts = [
        f'<section class="km-chapter" id="km-ch-{esc(c["id"])}" '
        f'data-km-chapter="{n - 1}" aria-labelledby="km-ch-{esc(c["id"])}-h">',
        f'<p class="km-chapter-n">{head}</p>',
        f'<h2 id="km-ch-{esc(c["id"])}-h">{esc(c["title"])}</h2>',
        f'<p class="km-chapter-when">{esc(when)}</p>',
        f'<div class="km-chapter-text">{c["html"]}</div>',  # escaped by its maker
    ]
    if c["positions"]:
        rows = "".join(
            f'<div class="km-position"><dt>{esc(party)}</dt><dd>{esc(text)}</dd></div>'
            for party, text in c["positions"]
        )
        parts.append(f'<dl class="km-positions">{rows}</dl>')
    if c["quotes"]:
        items = "".join(
            f"<li><q>{esc(q['text'])}</q>"
            + (f" — {esc(q['speaker'])}" if q.get("speaker") else "")
            + "</li>"
            for q in c["quotes"]
        )
        parts.append(
            f"<h3>{esc(words['quoted'])}</h3><ul class='km-quotes'>{items}</ul>"
        )
    if c["events"]:
        items = "".join(
            f"<li><time>{esc(e['date'])}</time> "
            + (
                words["event"].format(
                    title=f"<b>{esc(e['title'])}</b>", summary=esc(e["summary"])
                )
                if e["summary"]
                else f"<b>{esc(e['title'])}</b>"
            )
            + f" <span class='km-keys'>[{esc(e['source'])}]</span></li>"
            for e in c["events"]
        )
        parts.append(
            f"<h3>{esc(words['events'])}</h3><ul class='km-chapter-events'>{items}</ul>"
        )
    parts.append(
        f'<details class="km-chapter-alt"><summary>{esc(words["shows"])}</summary>'
        f"<p>{esc(c['alt'])}</p></details>"
    )
    if c["sources"]:
        cited: list[str] = []
        for s in c["sources"]:
            url = _url(s["url"])
            name = esc(s["title"] or s["url"])
            if url:
                name = f'<a href="{esc(url)}" rel="noopener noreferrer">{name}</a>'
            publisher = f"{esc(s['publisher'])}, " if s["publisher"] else ""
            cited.append(f"<li><b>{esc(s['key'])}</b> {publisher}{name}</li>")
        parts.append(
            f"<h3>{esc(words['sources'])}</h3>"
            f"<ul class='km-chapter-sources'>{''.join(cited)}</ul>"
        )
    parts.append("</section>")
    return "".join(parts)


def _panel(chapters: Sequence[Mapping[str, Any]], lang: Lang, title: str) -> str:
    words = {k: v[lang] for k, v in STORY_WORDS.items()}
    contents = "".join(
        f'<li><a href="#chapter={esc(c["id"])}" data-km-goto="{i}">'
        f"{esc(c['title'])}</a></li>"
        for i, c in enumerate(chapters)
    )
    return (
        f'<header class="km-story-head"><h1>{esc(title)}</h1>'
        f'<p class="km-mini">{esc(words["keys"])}</p>'
        f'<details class="km-story-toc"><summary>{esc(words["chapters"])}</summary>'
        f"<ol>{contents}</ol></details></header>"
        f'<nav class="km-story-nav" aria-label="{esc(words["chapters"])}">'
        f'<button type="button" data-km-step="-1">‹ {esc(words["previous"])}</button>'
        f'<span class="km-story-count" aria-hidden="true"></span>'
        f'<button type="button" data-km-step="1">{esc(words["next"])} ›</button></nav>'
        f'<p class="km-story-live km-alt" aria-live="polite"></p>'
        + "".join(_section(c, len(chapters), lang) for c in chapters)
        + '<div class="km-story-end" aria-hidden="true"></div>'
    )


def story_map(
    chapters: Sequence[Mapping[str, Any]], *, lang: Lang = "en", title: str
) -> folium.Map:
    """Return a story's page: its chapters in the panel, the map following them.

    Parameters
    ----------
    chapters
        Resolved chapters (``docs/story-format.md``, "The resolved chapter"),
        as :meth:`kurilmap.Story.resolve` returns them.
    lang
        The language of the page's words.
    title
        The story's title.

    Returns
    -------
    folium.Map
        Save it with :func:`kurilmap.save_html`; the URL hash
        ``#chapter=<id>`` opens a chapter.
    """
    import folium

    from kurilmap.maps.story_leaflet import StoryPanel, TimeSlider

    lang = as_lang(lang)
    if not chapters:
        msg = "a story needs at least one chapter"
        raise ValueError(msg)
    first = chapters[0]
    used = tuple(  # the territories carry the time slider: always built
        k
        for k in LAYERS
        if k == "territories" or any(k in c["layers"] for c in chapters)
    )
    m = switchable(
        first["view"],
        lang=lang,
        day=first["date"],
        layers=used,
        langs=(lang,),
        stops=tuple(c["date"] for c in chapters),
        use_hash=False,
    )
    root = m.get_root()
    root.title = esc(f"{first['title']} | {title}")  # type: ignore[attr-defined]
    sliders = [c for c in m._children.values() if isinstance(c, TimeSlider)]
    overlays = [(c.km_key, c) for c in m._children.values() if hasattr(c, "km_key")]
    shapes: dict[str, Any] = {}
    for c in chapters:
        for pid in c["highlight"]:
            if pid not in shapes:
                shapes[pid] = light(lookup(pid)["geometry"], tolerance=0.001)
    data = {
        "html": _panel(chapters, lang, title),
        "label": DOCK_WORDS["story"][lang],
        "counter": STORY_WORDS["chapter"][lang],
        "narrow": _styles.NARROW,
        "outline": OUTLINE,
        "shapes": shapes,
        "chapters": [
            {
                "id": c["id"],
                "title": esc(c["title"]),
                "view": c["view"],
                "date": c["date"].isoformat(),
                "bounds": [float(v) for v in c["bounds"]],
                "layers": list(c["layers"]),
                "highlight": list(c["highlight"]),
                "alt": esc(c["alt"]),
            }
            for c in chapters
        ],
    }
    StoryPanel(data=data, slider=sliders[0], layers=overlays).add_to(m)
    root.header.add_child(  # type: ignore[attr-defined]
        folium.Element(f"<style>{_styles.STORY_CSS}</style>"), name="km_story_css"
    )
    return m
