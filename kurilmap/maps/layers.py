"""The layers of :func:`kurilmap.make_map`, built from the datasets."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from kurilmap import style as _styles
from kurilmap.claims import (
    change_dates,
    legend_word,
    status_rows,
    view_title,
)
from kurilmap.datasets import dataset_records, load, records
from kurilmap.maps import payload as _payload
from kurilmap.maps.labels import SPLIT_UNITS, islet_name, islets, label_items
from kurilmap.maps.payload import esc
from kurilmap.maps.timeline import (
    event_text,
    legend,
    legend_head,
    line_feature,
    settlement_features,
    unit_rows,
    unplaced_settlements,
    window,
)
from kurilmap.maps.words import ARTICLE_WORDS, POPUP_WORDS
from kurilmap.vocab import FIRST_DAY, STATUSES, Lang, View

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
        *unit_rows(row, lang),  # held since, basis, documents: in ``lang``
        (legend_word("dispute", lang), row["dispute"]),
        (legend_word("sources", lang), row["sources"]),
    ]
    return _payload.popup(str(row["name"]), _payload.rows_html(rows))


def _event_html(event: dict[str, Any], lang: Lang) -> str:
    title, summary = event_text(event, lang)
    head = POPUP_WORDS["event"][lang].format(
        title=f"<b>{esc(title)}</b>", date=esc(event["date"])
    )
    text = f"{'' if lang == 'ja' else ' '}{esc(summary)}" if summary else ""
    return f'<p>{head}{text} <span class="km-mini">[{esc(event["source"])}]</span></p>'


def _frames(
    view: View,
    lang: Lang,
    day: dt.date,
    units: list[str],
    notes: dict[str, str] | None = None,
    layers: tuple[str, ...] = (),
    stops: tuple[dt.date, ...] = (),
) -> tuple[
    list[dict[str, Any]],
    list[dict[str, Any]],
    list[str],
    int,
    list[str],
    dict[str, Any],
]:
    """Frames of the slider, their legends, and the first one's rows by unit.

    Each frame: ``d`` (the day, html), ``iso``, ``e`` (its events), ``u``
    (style and popup of each unit), ``l`` (its legend in the returned list).
    """
    events = dataset_records("events")
    today = dt.date.today()
    days = {FIRST_DAY, day, today, *change_dates(), *stops}
    days |= {
        e["start"].date() for e in events if FIRST_DAY <= e["start"].date() <= today
    }
    order = sorted(days)
    styles: list[dict[str, Any]] = []
    texts: list[str] = []
    legends: list[str] = []
    frames = []
    first: dict[str, Any] = {}
    drawn = {
        "treaty_boundary": "boundaries" in layers,
        "claim_line": "boundaries" in layers,
        "equidistance_line": "median_line" in layers,
    }
    windows = [
        (str(r["kind"]), window(r))
        for r in dataset_records("boundaries")
        if drawn[str(r["kind"])]
    ]
    for when in order:
        iso = when.isoformat()
        table = {r["unit"]: r for r in status_rows(view, when, lang)}
        picks = {}
        statuses: set[str] = set()
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
            _event_html(e, lang) + (notes or {}).get(e["id"], "") for e in happened
        )
        in_force = {
            kind
            for kind, (start, end) in windows
            if (not start or start <= iso) and (not end or iso <= end)
        }
        body = legend(
            view,
            lang,
            when,
            [s for s in STATUSES if s in statuses],
            in_force,
            disputed=any(bool(r["disputed"]) for r in table.values()),
            unplaced=(
                unplaced_settlements(lang, when, today=today)
                if "settlements" in layers
                else ()
            ),
        )
        if body not in legends:
            legends.append(body)
        frames.append(
            {
                "d": f"<b>{esc(iso)}</b>",
                "iso": iso,
                "l": legends.index(body),
                "e": items
                or f'<p class="km-mini">{esc(legend_word("no_events", lang))}</p>',
                "u": picks,
            }
        )
        if when == day:
            first = table
    return (
        cast("list[dict[str, Any]]", frames),
        styles,
        texts,
        order.index(day),
        legends,
        first,
    )


def build(
    m: folium.Map,
    *,
    view: View,
    lang: Lang,
    day: dt.date,
    layers: tuple[str, ...],
    notes: dict[str, str] | None = None,
    stops: tuple[dt.date, ...] = (),
) -> None:
    """Add the chosen layers, the legend, the slider and the minimap to ``m``.

    ``stops``: more days for the slider to stop on (a story's chapters).

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
    frames, styles, texts, initial, legends, first = _frames(
        view, lang, day, ids, notes, layers, stops
    )
    shapes = dict(zip(ids, units.geometry, strict=True))
    features = []
    for u in ids:
        props = {
            "u": u,
            "s": styles[frames[initial]["u"][u][0]],
            "p": texts[frames[initial]["u"][u][1]],
            "t": esc(first[u]["name"]),
        }
        if u not in SPLIT_UNITS:
            features.append(
                {"geometry": _payload.geometry(shapes[u]), "properties": props}
            )
            continue
        for islet in islets(u):
            part = dict(props)
            if islet["row"] is not None:
                name = esc(islet_name(islet["row"], view, lang))
                part["n"] = f'<p class="km-islet"><b>{name}</b></p>'
                part["t"] = f"{name} · {props['t']}"
                part["p"] = part["n"] + props["p"]
            features.append(
                {"geometry": _payload.geometry(islet["geometry"]), "properties": part}
            )
    shared = SharedData(_payload.collection(features))
    shared.add_to(m)
    GeoJsonLayer(
        esc(legend_word("land", lang)),
        source=shared,
        overlay=False,
        interactive=False,
        fixed_style=_styles.LAND_STYLE,
    ).add_to(m)
    territories = None
    if "territories" in layers:
        territories = GeoJsonLayer(esc(legend_word("territories", lang)), source=shared)
        _keyed(territories, "territories").add_to(m)
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
            label = (
                f"{legend_word('party_' + str(row['party']), lang)}: "
                f"{row['distance_nm']} {legend_word('nautical_miles', lang)}"
            )
            feats.append(
                {
                    "geometry": _payload.geometry(row["geometry"], tolerance=0.002),
                    "properties": {"s": style, "t": esc(label)},
                }
            )
        zones_layer = GeoJsonLayer(
            esc(legend_word("zones", lang)), data=_payload.collection(feats), show=False
        )
        _keyed(zones_layer, "zones").add_to(m)
    line_records = dataset_records("boundaries", geometry=True)
    name_col = f"name_{lang}"
    dated = []
    if "median_line" in layers:
        feats = [
            line_feature(r, name_col)
            for r in line_records
            if r["id"] == "median-line-status-quo"
        ]
        median = GeoJsonLayer(
            esc(legend_word("median_line", lang)), data=_payload.collection(feats)
        )
        _keyed(median, "median_line").add_to(m)
        dated.append(median)
    if "boundaries" in layers:
        feats = [
            line_feature(r, name_col)
            for r in line_records
            if r["kind"] != "equidistance_line"
        ]
        boundaries = GeoJsonLayer(
            esc(legend_word("boundaries", lang)), data=_payload.collection(feats)
        )
        _keyed(boundaries, "boundaries").add_to(m)
        dated.append(boundaries)
    if "settlements" in layers:
        settlements = GeoJsonLayer(
            esc(legend_word("settlements", lang)),
            data=_payload.collection(settlement_features(lang, today=dt.date.today())),
        )
        _keyed(settlements, "settlements").add_to(m)
        dated.append(settlements)
    if "labels" in layers:
        names = {u: str(first[u]["name"]) for u in ids}
        items = label_items(names, shapes, view=view, lang=lang)
        _keyed(LabelLayer(esc(legend_word("labels", lang)), items), "labels").add_to(m)
    HtmlControl(
        legend_head(view, lang, day)
        + f'<div class="km-legend-body">{legends[frames[initial]["l"]]}</div>',
        label=view_title(view, lang),
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
            dated=dated,
            legends=legends,
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


def _keyed(layer: Any, key: str) -> Any:
    """Mark an overlay with its key in :data:`kurilmap.maps.LAYERS` (``km_key``).

    A story shows and hides layers by that key, whatever the language.
    """
    layer.km_key = key
    return layer


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
