"""The layers of :func:`kurilmap.make_map`, built from the datasets."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any, cast

from kurilmap import style as _styles
from kurilmap.claims import (
    DISPUTE_NAME,
    change_dates,
    legend_word,
    line_word,
    status_label,
    status_rows,
    view_title,
)
from kurilmap.datasets import dataset_records, load, missing, records
from kurilmap.maps import payload as _payload
from kurilmap.maps.payload import esc
from kurilmap.maps.words import ARTICLE_WORDS
from kurilmap.vocab import FIRST_DAY, STATUSES, Lang, Status, View

if TYPE_CHECKING:
    import folium

SCENARIO_OF_VIEW = {
    "japan": "all_four",
    "russia": "status_quo",
    "de_facto": "status_quo",
    "neutral": "status_quo",
}
"""Whose maritime zones a view shows: Japan's view, the four islands Japanese."""


def _style(status: str) -> dict[str, Any]:
    spec = _styles.STATUS_STYLE[status]
    style: dict[str, Any] = {
        "fillColor": spec["fillColor"],
        "fillOpacity": 0.75,
        "color": "#555555",
        "weight": 0.8,
    }
    if spec["hatch"] is not None:
        style["className"] = _styles.hatch_id(status)
    return style


def _unit_popup(row: dict[str, Any], lang: Lang) -> str:
    rows = [
        ("", row["status_label"]),
        (
            legend_word("since", lang),
            "" if row["since"] is None else row["since"].isoformat(),
        ),
        (legend_word("basis", lang), row["basis"]),
        (legend_word("dispute", lang), row["dispute"]),
        (legend_word("sources", lang), row["sources"]),
    ]
    return _payload.popup(str(row["name"]), _payload.rows_html(rows))


def _frames(
    view: View,
    lang: Lang,
    day: dt.date,
    units: list[str],
    notes: dict[str, str] | None = None,
) -> tuple[
    list[dict[str, Any]],
    list[dict[str, Any]],
    list[str],
    int,
    list[Status],
    dict[str, Any],
]:
    """Frames of the time slider, and the first one's rows by unit."""
    events = dataset_records("events")
    today = dt.date.today()
    days = {FIRST_DAY, day, *change_dates()}
    days |= {
        e["start"].date() for e in events if FIRST_DAY <= e["start"].date() <= today
    }
    order = sorted(days)
    styles: list[dict[str, Any]] = []
    texts: list[str] = []
    frames = []
    statuses: set[str] = set()
    first: dict[str, Any] = {}
    for when in order:
        table = {r["unit"]: r for r in status_rows(view, when, lang)}
        picks = {}
        for unit in units:
            row = table[unit]
            statuses.add(str(row["status"]))
            style = _style(str(row["status"]))
            if style not in styles:
                styles.append(style)
            text = _unit_popup(row, lang)
            if text not in texts:
                texts.append(text)
            picks[unit] = [styles.index(style), texts.index(text)]
        happened = [e for e in events if e["start"].date() == when]
        items = "".join(
            f"<p><b>{esc(e['title'])}</b> ({esc(e['date'])}). {esc(e['summary'])} "
            f'<span class="km-mini">[{esc(e["source"])}]</span></p>'
            f"{(notes or {}).get(e['id'], '')}"
            for e in happened
        )
        frames.append(
            {
                "d": f"<b>{esc(when.isoformat())}</b>",
                "e": items
                or f'<p class="km-mini">{esc(legend_word("no_events", lang))}</p>',
                "u": picks,
            }
        )
        if when == day:
            first = table
    ordered = [s for s in STATUSES if s in statuses]
    return (
        cast("list[dict[str, Any]]", frames),
        styles,
        texts,
        order.index(day),
        list(ordered),
        first,
    )


def _settlement_features(lang: Lang) -> list[dict[str, Any]]:

    figures = dataset_records("populations")
    features = []
    for row in records(load("settlements").dropna(subset=["geometry"]), geometry=True):
        mine = sorted(
            (f for f in figures if f["unit_id"] == row["id"]),
            key=lambda f: (missing(f["year"]), f["year"] or 0),
        )
        table = "".join(
            f"<tr><td>{esc(f['year'])}</td><td>{esc(f['figure_kind'])}</td>"
            f"<td>{'~' if f['approximate'] else ''}{format(f['population'], ',')}</td>"
            f"<td>{esc(f['source'])}</td></tr>"
            for f in mine
        )
        names = [row["name_en"], row["name_ru"], row["name_ja"]]
        title = {"en": row["name_en"], "ru": row["name_ru"]}.get(
            lang, row["name_ja"] if not missing(row["name_ja"]) else row["name_ru"]
        )
        body = f"<div>{esc(' / '.join(str(n) for n in names if not missing(n)))}</div>"
        if table:
            body += (
                f"<table><tr><th>{esc(legend_word('date', lang))}</th><th></th>"
                f"<th>{esc(legend_word('population', lang))}</th>"
                f"<th>{esc(legend_word('sources', lang))}</th></tr>{table}"
                "</table>"
            )
        if row["pop_conflict"]:
            body += (
                '<div class="km-mini">Sources disagree: every figure is listed.</div>'
            )
        latest = row["pop_latest"]
        size = 4 + (math.sqrt(latest) / 5 if not missing(latest) else 0)
        style = {
            "radius": round(size, 1),
            "color": "#222222",
            "weight": 1,
            "fillColor": "#FFFFFF",
            "fillOpacity": 0.9,
        }
        features.append(
            {
                "geometry": _payload.geometry(row["geometry"]),
                "properties": {
                    "s": style,
                    "t": esc(title),
                    "p": _payload.popup(str(title), body),
                },
            }
        )
    return features


def build(
    m: folium.Map,
    *,
    view: View,
    lang: Lang,
    day: dt.date,
    layers: tuple[str, ...],
    notes: dict[str, str] | None = None,
) -> None:
    """Add the chosen layers, the legend, the slider and the minimap to ``m``.

    ``notes`` maps event ids to HTML shown with the event on the slider (what
    an article says of it); the slider gets a button for each such day.
    """
    from kurilmap.maps.leaflet import (
        GeoJsonLayer,
        HtmlControl,
        LabelLayer,
        SharedData,
        TimeSlider,
        VectorMiniMap,
    )

    units = load("units")
    ids = [str(u) for u in units["id"]]
    frames, styles, texts, initial, statuses, first = _frames(
        view, lang, day, ids, notes
    )
    shapes = dict(zip(ids, units.geometry, strict=True))
    features = [
        {
            "geometry": _payload.geometry(shapes[u]),
            "properties": {
                "u": u,
                "s": styles[frames[initial]["u"][u][0]],
                "p": texts[frames[initial]["u"][u][1]],
                "t": esc(first[u]["name"]),
            },
        }
        for u in ids
    ]
    shared = SharedData(_payload.collection(features))
    shared.add_to(m)
    GeoJsonLayer(
        esc(legend_word("land", lang)),
        source=shared,
        overlay=False,
        interactive=False,
        fixed_style={
            "fillColor": _styles.LAND,
            "fillOpacity": 1,
            "color": _styles.COAST,
            "weight": 0.6,
        },
    ).add_to(m)
    territories = None
    if "territories" in layers:
        territories = GeoJsonLayer(esc(legend_word("territories", lang)), source=shared)
        territories.add_to(m)
    if "zones" in layers:
        zones = load("zones")
        scenario = SCENARIO_OF_VIEW[view]
        feats = []
        for row in records(
            zones[zones["scenario"] == scenario].sort_values(
                "distance_nm", ascending=False
            ),
            geometry=True,
        ):
            key = (str(row["party"]), int(row["distance_nm"]))
            style = {**_styles.ZONE_STYLE[key], "stroke": False}
            label = f"{row['party']}: {row['distance_nm']} nm ({scenario})"
            feats.append(
                {
                    "geometry": _payload.geometry(row["geometry"], tolerance=0.002),
                    "properties": {"s": style, "t": esc(label)},
                }
            )
        GeoJsonLayer(
            esc(legend_word("zones", lang)), data=_payload.collection(feats), show=False
        ).add_to(m)
    lines = load("boundaries")
    line_records = records(lines, geometry=True)
    name_col = f"name_{lang}"
    if "median_line" in layers:
        feats = [
            _line_feature(r, name_col)
            for r in line_records
            if r["id"] == "median-line-status-quo"
        ]
        GeoJsonLayer(
            esc(legend_word("median_line", lang)), data=_payload.collection(feats)
        ).add_to(m)
    if "boundaries" in layers:
        feats = [
            _line_feature(r, name_col)
            for r in line_records
            if r["kind"] != "equidistance_line"
        ]
        GeoJsonLayer(
            esc(legend_word("boundaries", lang)), data=_payload.collection(feats)
        ).add_to(m)
    if "settlements" in layers:
        GeoJsonLayer(
            esc(legend_word("settlements", lang)),
            data=_payload.collection(_settlement_features(lang)),
        ).add_to(m)
    if "labels" in layers:
        items = []
        for u in ids:
            point = shapes[u].representative_point()
            items.append([round(point.y, 4), round(point.x, 4), esc(first[u]["name"])])
        LabelLayer(esc(legend_word("labels", lang)), items).add_to(m)
    HtmlControl(
        _legend(view, lang, day, statuses, layers), label=view_title(view, lang)
    ).add_to(m)
    if territories is not None:
        head = (
            f"<h4>{esc(view_title(view, lang))}</h4>"
            f'<div class="km-mini">{FIRST_DAY.year} – '
            f"{esc(dt.date.today().isoformat())}</div>"
        )
        TimeSlider(
            territories,
            frames=frames,
            styles=styles,
            texts=texts,
            initial=initial,
            head=head,
            label=legend_word("date", lang),
            marks=_marks(frames, notes),
            marks_label=esc(ARTICLE_WORDS["marks"][lang]),
        ).add_to(m)
    coarse = _payload.collection(
        {"geometry": _payload.geometry(shapes[u], tolerance=0.02), "properties": {}}
        for u in ids
    )
    VectorMiniMap(
        coarse,
        {
            "fillColor": _styles.LAND,
            "fillOpacity": 1,
            "color": _styles.COAST,
            "weight": 0.5,
        },
    ).add_to(m)


def _marks(
    frames: list[dict[str, Any]], notes: dict[str, str] | None
) -> list[list[Any]]:
    """``[frame index, date]`` of the frames showing an event with a note."""
    if not notes:
        return []
    return [
        [i, frame["d"]]
        for i, frame in enumerate(frames)
        if any(note in frame["e"] for note in notes.values())
    ]


def _line_feature(row: dict[str, Any], name_col: str) -> dict[str, Any]:
    period = " – ".join(
        "" if missing(row[k]) else row[k].date().isoformat()
        for k in ("valid_from", "valid_to")
    )
    body = _payload.rows_html(
        [
            ("", period.strip(" –")),
            ("", row["method"]),
            ("", row["note"]),
            ("", row["source"]),
        ]
    )
    style = dict(_styles.LINE_STYLE[str(row["kind"])])
    return {
        "geometry": _payload.geometry(row["geometry"], tolerance=0),
        "properties": {
            "s": style,
            "t": esc(row[name_col]),
            "p": _payload.popup(str(row[name_col]), body),
        },
    }


def _legend(
    view: View,
    lang: Lang,
    day: dt.date,
    statuses: list[Status],
    layers: tuple[str, ...],
) -> str:
    parts = [
        f"<h4>{esc(view_title(view, lang))}</h4>",
        f'<div class="km-mini">{esc(day.isoformat())}</div>',
    ]
    for status in statuses:
        text = status_label(status, view, lang, day)
        parts.append(
            f'<div class="km-row">{_styles.swatch(status)}'
            f"<span>{esc(text[:1].upper() + text[1:])}</span></div>"
        )
    shown = {
        "treaty_boundary": "boundaries" in layers,
        "claim_line": "boundaries" in layers,
        "equidistance_line": "median_line" in layers,
    }
    for kind, shown_here in shown.items():
        if shown_here:
            parts.append(
                f'<div class="km-row">{_styles.line_swatch(kind)}'
                f"<span>{esc(line_word(kind, lang))}</span></div>"
            )
    if view in ("japan", "russia", "neutral"):
        dispute = DISPUTE_NAME[lang]
        parts.append(f'<div class="km-note">{esc(dispute)}</div>')
    parts.append(f'<div class="km-note">{esc(legend_word("data_note", lang))}</div>')
    return "".join(parts)
