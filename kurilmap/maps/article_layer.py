"""An article on the map: its places, its events, its text and its timeline.

:func:`build` turns the rows of :func:`kurilmap.annotate` into two marker
layers (the places the article names, the known events it describes, each at
the place it happened), a side panel with the article's paragraphs in which
every mention is a button that flies the map to its place, and marks on the
time slider. A place outside the map region (Moscow, Tokyo) is drawn at the
edge of the view with an arrow pointing its way and its distance.

Every string that comes from the article is escaped here, once, with
:func:`kurilmap._payload.esc`; the templates only insert these strings.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kurilmap.datasets import dataset_records, in_region, load, missing, records
from kurilmap.maps.leaflet_words import CONTROL_WORDS
from kurilmap.maps.payload import esc
from kurilmap.maps.timeline import event_text
from kurilmap.maps.words import ARTICLE_COUNTED
from kurilmap.maps.words import ARTICLE_WORDS as WORDS
from kurilmap.news import DATE_RELATIONS, DATE_WORDS, Article, quotes, timeline
from kurilmap.places import lookup, place_name
from kurilmap.vocab import FIRST_DAY, Lang, counted, number

if TYPE_CHECKING:
    import folium
    import geopandas as gpd


__all__ = ["article_events", "build", "sea_point"]

MAX_SENTENCES = 12
"""Sentences shown in one place's popup; the panel has them all."""


def _point(geom: Any) -> Any:
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "Point":
        return geom
    if geom.geom_type.startswith("Multi"):  # a group: its middle, even at sea
        return geom.centroid
    return geom.representative_point()


def sea_point(point: Any, *, clear_km: float = 25.0) -> Any:
    """Return where to name a sea that borders the islands: in its water, near them.

    A sea's sourced point (the Sea of Okhotsk's is at 55° N) lies far outside
    the map, but the sea touches the islands, so its name belongs in view:
    walk from the four islands towards the sea's point, past the coast, until
    ``clear_km`` from any land of the map's units.

    Examples
    --------
    >>> import shapely
    >>> p = sea_point(shapely.Point(150, 55))
    >>> 44.5 < p.y < 46.5 and 146 < p.x < 149
    True
    """
    import shapely
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    origin = _origin()
    azimuth, _, _ = geod.inv(origin.x, origin.y, point.x, point.y)
    land = load("units").geometry.union_all()
    margin = clear_km / 111.0
    left_land = False
    for step in range(1, 80):
        lon, lat, _ = geod.fwd(origin.x, origin.y, azimuth, step * 5_000.0)
        here = shapely.Point(lon, lat)
        on_land = land.distance(here) < margin
        left_land = left_land or on_land
        if left_land and not on_land:
            return here
    return point


def _origin() -> Any:

    return _point(lookup("four-islands")["geometry"])


def _distance_km(point: Any) -> int:
    from pyproj import Geod

    origin = _origin()
    _, _, metres = Geod(ellps="WGS84").inv(origin.x, origin.y, point.x, point.y)
    return int(float(metres) / 10_000 + 0.5) * 10


def _marked(sentence: str, mention: str) -> str:
    """Escape the sentence and put its first ``mention`` in ``<mark>``."""
    at = sentence.find(mention) if mention else -1
    if at < 0:
        return esc(sentence)
    end = at + len(mention)
    return f"{esc(sentence[:at])}<mark>{esc(mention)}</mark>{esc(sentence[end:])}"


def _details(row: dict[str, Any], lang: Lang) -> str:
    parts = []
    for quote in row["quotes"]:
        speaker = quote.get("speaker") or WORDS["unattributed"][lang]
        who = f"<b>{esc(speaker)}</b>"
        role = _role(quote.get("role"), lang)
        if role and role != speaker:  # not 外務省（外務省）
            who = WORDS["speaker_role"][lang].format(who=who, role=esc(role))
        parts.append(
            f'<blockquote class="km-quote">“{esc(quote["text"])}” — {who}</blockquote>'
        )
    tags = [
        f'<span class="km-tag" title="{esc(DATE_WORDS[d["precision"]][lang])}">'
        f"{esc(d['text'])} → {esc(_span(d, lang))}</span>"
        for d in row["dates"]
    ]
    tags += [f'<span class="km-tag">{esc(f["text"])}</span>' for f in row["figures"]]
    if tags:
        parts.append(f'<div class="km-tags">{"".join(tags)}</div>')
    return "".join(parts)


def _span(date: dict[str, Any], lang: Lang) -> str:
    """Write a date's days with its relation: "since 2013", 「2013以来」.

    A whole year is written as its year and a whole month as ``YYYY-MM``.
    """
    start, end, precision = str(date["start"]), str(date["end"]), date["precision"]
    if precision == "year" and (start[4:], end[4:]) == ("-01-01", "-12-31"):
        text = start[:4] if start[:4] == end[:4] else f"{start[:4]} – {end[:4]}"
    elif precision == "month" and start[:7] == end[:7] and start[7:] == "-01":
        text = start[:7]
    else:
        text = start if start == end else f"{start} – {end}"
    template = DATE_RELATIONS.get(str(date.get("relation")))
    return template[lang].format(days=text) if template else text


def _role(role: object, lang: Lang) -> str | None:
    """Return a speaker's role (English, as annotated) in ``lang``, if known.

    The people register writes each role in three languages; a role it does
    not write in ``lang`` is left out rather than shown in English.
    """
    if not isinstance(role, str) or not role:
        return None
    return role if lang == "en" else _roles(lang).get(role)


@functools.lru_cache(maxsize=3)
def _roles(lang: Lang) -> dict[str, str]:
    found: dict[str, str] = {}
    for person in dataset_records("people"):
        english, local = person.get("role_en"), person.get(f"role_{lang}")
        if isinstance(english, str) and isinstance(local, str):
            found.setdefault(english, local)
    return found


def _place_popup(name: str, rows: list[dict[str, Any]], lang: Lang) -> str:
    seen: dict[int, dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(int(row["sentence_index"]), row)
    items = [
        f'<li><span class="km-mini">¶{int(r["paragraph"]) + 1}</span> '
        f"{_marked(str(r['sentence']), str(r['mention']))}{_details(r, lang)}</li>"
        for r in list(seen.values())[:MAX_SENTENCES]
    ]
    more = len(seen) - MAX_SENTENCES
    tail = (
        f'<p class="km-mini">{esc(WORDS["more"][lang].format(n=more))}</p>'
        if (more > 0)
        else ""
    )
    count = esc(counted(len(seen), ARTICLE_COUNTED["sentences"][lang], lang))
    return (
        f'<div class="km-popup km-article-popup"><h4>{esc(name)}</h4>'
        f'<div class="km-mini">{count}</div><ol>{"".join(items)}</ol>{tail}</div>'
    )


def _item(
    key: str,
    point: Any,
    label: str,
    popup: str,
    bounds: Any,
    kind: str,
    lang: Lang,
) -> dict[str, Any]:

    off = not in_region(point.x, point.y)
    tooltip = esc(label)
    if off:
        away = number(_distance_km(point), lang)
        tooltip = f"{tooltip} · {esc(away)} {esc(CONTROL_WORDS['km'][lang])}"
    return {
        "id": key,
        "lat": round(point.y, 5),
        "lon": round(point.x, 5),
        "off": off,
        "t": tooltip,
        "title": label,
        "p": popup,
        "b": bounds,
        "k": kind,
    }


def article_events(rows: gpd.GeoDataFrame) -> dict[str, list[dict[str, Any]]]:
    """Map each known event the article describes to its sentences' rows."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in records(rows):
        for event in row["events"]:
            sentences = out.setdefault(str(event), [])
            if all(r["sentence_index"] != row["sentence_index"] for r in sentences):
                sentences.append(row)
    return out


def event_note(rows: Iterable[dict[str, Any]], lang: Lang) -> str:
    """Show what the article says of an event (on the slider and in popups)."""
    quoted = "".join(
        f"<li>¶{int(r['paragraph']) + 1} {esc(r['sentence'])}</li>" for r in rows
    )
    return (
        f'<div class="km-in-article"><b>{esc(WORDS["in_article"][lang])}</b>'
        f"<ul>{quoted}</ul></div>"
    )


def build(
    m: folium.Map, article: Article, rows: gpd.GeoDataFrame, *, lang: Lang
) -> None:
    """Add the article's places, events and panel to ``m``."""
    from kurilmap.maps.article_leaflet import ArticlePanel, MarkerLayer

    table = records(rows)
    by_place: dict[str, list[dict[str, Any]]] = {}
    for row in table:
        by_place.setdefault(str(row["place_id"]), []).append(row)
    items = []
    located = set()
    for pid, group in by_place.items():
        place = lookup(pid)
        point = _point(place["geometry"])
        if point is None:
            continue
        name = place_name(place, lang)
        geom = place["geometry"]
        if place.get("kind") == "sea" and not in_region(point.x, point.y):
            point = sea_point(point)
        bounds = None
        if geom.geom_type != "Point":
            w, s, e, n = (round(v, 4) for v in geom.bounds)
            bounds = [[s, w], [n, e]]
        items.append(
            _item(
                pid, point, name, _place_popup(name, group, lang), bounds, "place", lang
            )
        )
        located.add(pid)
    place_layer = MarkerLayer(esc(WORDS["places"][lang]), items, css_class="km-pin")
    place_layer.add_to(m)

    linked = article_events(rows)
    events = [e for e in dataset_records("events", geometry=True) if e["id"] in linked]
    event_items = []
    for event in sorted(events, key=lambda e: (e["start"], e["id"])):
        point = _point(event["geometry"])
        if point is None:
            continue
        title, summary = event_text(event, lang)
        popup = (
            f'<div class="km-popup km-article-popup"><h4>{esc(title)}</h4>'
            f'<div class="km-mini">{esc(event["date"])}</div>'
            f"<p>{esc(summary or '')} "
            f'<span class="km-mini">[{esc(event["source"])}]</span></p>'
            f"{event_note(linked[event['id']], lang)}</div>"
        )
        short = title if len(title) <= 32 else f"{title[:31].rstrip()}…"
        item = _item(
            f"event:{event['id']}",
            point,
            f"{event['date']}: {short}",
            popup,
            None,
            "event",
            lang,
        )
        item["title"] = f"{event['date']}: {title}"
        event_items.append(item)
    event_layer = MarkerLayer(
        esc(WORDS["events"][lang]),
        event_items,
        css_class="km-event",
        style={
            "radius": 7,
            "color": "#222222",
            "weight": 2,
            "fillColor": "#009988",
            "fillOpacity": 0.9,
        },
    )
    event_layer.add_to(m)
    ArticlePanel(
        _panel_html(article, table, located, lang) + _reading_html(article, lang),
        label=WORDS["article"][lang],
        layers=[place_layer, event_layer],
    ).add_to(m)


def _panel_html(
    article: Article, rows: list[dict[str, Any]], located: set[str], lang: Lang
) -> str:
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for row in rows:
        if int(row["end"]) > int(row["start"]):
            spans.setdefault(int(row["paragraph"]), []).append(
                (int(row["start"]), int(row["end"]), str(row["place_id"]))
            )
    paragraphs = []
    for index, text in enumerate(article.paragraphs):
        out, at = [], 0
        for start, end, pid in sorted(set(spans.get(index, []))):
            if start < at:
                continue
            out.append(esc(text[at:start]))
            if pid in located:
                out.append(
                    f'<button type="button" class="km-mention" data-km-place="'
                    f'{esc(pid)}">{esc(text[start:end])}</button>'
                )
            else:
                note = esc(WORDS["not_located"][lang])
                out.append(
                    f'<mark class="km-unlocated" title="{note}">'
                    f"{esc(text[start:end])}</mark>"
                )
            at = end
        out.append(esc(text[at:]))
        paragraphs.append(f"<p>{''.join(out)}</p>")
    meta = " · ".join(
        esc(v) for v in (article.outlet, _iso(article.date), article.language) if v
    )
    title = esc(article.title or WORDS["article"][lang])
    return (
        f'<div class="km-article-head"><h4>{title}</h4></div>'
        f'<div class="km-article-body"><div class="km-mini">{meta}</div>'
        f'<div class="km-hint km-mini">{esc(WORDS["hint"][lang])}</div>'
        f"{''.join(paragraphs)}</div>"
    )


def _reading_html(article: Article, lang: Lang) -> str:
    """Return the article's dates (each a button to its day), speakers, terms."""
    first = FIRST_DAY.isoformat()
    today = dt.date.today().isoformat()
    items = []
    for row in records(timeline(article)):
        start = str(row["start"])
        tense = WORDS[f"tense_{row['tense']}"][lang] if row["tense"] else ""
        label = f'{esc(row["text"])} <span class="km-mini">{esc(start)}'
        label += f" – {esc(row['end'])}" if row["end"] != start else ""
        label += f" · {esc(tense)}</span>" if tense else "</span>"
        if first <= start <= today:
            items.append(
                f'<li><button type="button" class="km-date-button" '
                f'data-km-date="{esc(start)}">{label}</button></li>'
            )
        else:
            items.append(f"<li>{label}</li>")
    said = quotes(article)
    speech = said[said["kind"] == "quote"]
    counts: dict[str, int] = {}
    for _, q in speech.iterrows():
        who = "?" if missing(q["speaker"]) else str(q["speaker"])  # NaN: none
        counts[who] = counts.get(who, 0) + 1
    people = "".join(
        f"<li>{esc(who if who != '?' else WORDS['unattributed'][lang])} ({n})</li>"
        for who, n in counts.items()
    )
    terms = sorted({str(t) for t in said.loc[said["kind"] == "term", "text"]})
    parts = []
    if items:
        parts.append(
            f'<section class="km-reading"><h4>{esc(WORDS["timeline"][lang])}</h4>'
            f'<div class="km-mini">{esc(WORDS["timeline_hint"][lang])}</div>'
            f"<ul>{''.join(items)}</ul></section>"
        )
    if people:
        parts.append(
            f'<section class="km-reading"><h4>{esc(WORDS["speakers"][lang])}</h4>'
            f"<ul>{people}</ul></section>"
        )
    if terms:
        parts.append(
            f'<section class="km-reading"><h4>{esc(WORDS["terms"][lang])}</h4>'
            f"<ul>{''.join(f'<li>{esc(t)}</li>' for t in terms)}</ul></section>"
        )
    return "".join(parts)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
