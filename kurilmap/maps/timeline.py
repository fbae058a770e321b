"""What the time slider changes besides the territories: features and legend.

Every settlement and line feature carries ``w``, the window ``[from, to]`` (ISO
days, ``""`` for open) in which it existed or was in force; settlements also
carry ``v``, their variants ``[from, tooltip, popup, radius]`` (a new name, a
new population figure). The slider keeps a feature on the map only inside its
window and shows the last variant that began by the day; the legend of each
frame lists the statuses and lines of that day only. The rules of what existed
when are :mod:`kurilmap.claims.history`'s.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Sequence
from typing import Any

from kurilmap import style as _styles
from kurilmap.claims import (
    DISPUTE_NAME,
    Situation,
    basis_word,
    held_by,
    legend_word,
    line_window,
    line_word,
    settlement_eras,
    situation,
    status_label,
    view_title,
)
from kurilmap.datasets import dataset_records, missing
from kurilmap.maps import payload as _payload
from kurilmap.maps.payload import esc
from kurilmap.maps.words import FIGURE_KIND, POPUP_WORDS
from kurilmap.vocab import FIRST_DAY, Lang, Status, View, as_lang, listing, number

__all__ = [
    "event_text",
    "legend",
    "legend_head",
    "line_feature",
    "settlement_features",
    "unit_rows",
    "unplaced_settlements",
    "window",
]


def _text(value: Any) -> str | None:
    return None if missing(value) or not str(value).strip() else str(value)


def event_text(event: dict[str, Any], lang: Lang) -> tuple[str, str | None]:
    """Return an event's title and its summary in ``lang`` (``None``: none).

    Titles exist in all three languages; summaries in ``summary``,
    ``summary_ja`` and ``summary_ru``. A summary missing in the reader's
    language is left out, never shown in another language.
    """
    if lang == "en":
        return str(event["title"]), _text(event.get("summary"))
    return str(event[f"title_{lang}"]), _text(event.get(f"summary_{lang}"))


@functools.lru_cache(maxsize=1)
def _events() -> dict[str, dict[str, Any]]:
    return {str(e["id"]): e for e in dataset_records("events")}


def _basis(s: Situation, lang: Lang) -> str:
    """Word a hold's basis with its first day and the treaty or decree it rests on."""
    word = basis_word(str(s.basis), lang)
    since = s.basis_since
    if since is None or since <= FIRST_DAY:
        return word
    event = _events().get(s.basis_event or "")
    if event is None:
        return POPUP_WORDS["basis_dated"][lang].format(
            basis=word, date=since.isoformat()
        )
    return POPUP_WORDS["basis_document"][lang].format(
        basis=word, date=since.isoformat(), document=event_text(event, lang)[0]
    )


def unit_rows(row: dict[str, Any], lang: Lang) -> list[tuple[str, str]]:
    """Return who holds a unit since when, on what basis, and the documents since.

    Read from the unit's :func:`~kurilmap.claims.situation` on the row's
    ``date``: the holder's unbroken hold from its first day (not the day the
    situation last changed, which may be a later pledge), its basis with the
    treaty or decree it rests on, and the other documents in force by then
    (pledges, statements), each named with its own date.
    """
    day: dt.date = row["date"]
    s = situation(str(row["unit"]), day)
    rows = []
    if s.holder is not None:
        rows.append(
            (legend_word("held_by", lang), held_by(s.holder, s.held_since, day, lang))
        )
    if s.basis is not None:
        rows.append((legend_word("basis", lang), _basis(s, lang)))
    events = [_events().get(key) for key in s.documents]
    documents = [
        POPUP_WORDS["document"][lang].format(
            document=event_text(e, lang)[0], date=e["date"]
        )
        for e in events
        if e is not None and e["start"].date() <= day
    ]
    if documents:
        joined = ("、" if lang == "ja" else "; ").join(documents)
        rows.append((legend_word("documents", lang), joined))
    return rows


def _iso(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def window(row: dict[str, Any]) -> list[str]:
    """Return ``[first, last]`` day a line is in force, as ISO text (``""``: open).

    The rule is :func:`kurilmap.claims.line_window`'s.
    """
    start, last = line_window(str(row["kind"]), row["valid_from"], row["valid_to"])
    return [_iso(start), _iso(last)]


def line_feature(row: dict[str, Any], name_col: str) -> dict[str, Any]:
    """Return a line's feature: style, name, popup with period and sources.

    ``name_col`` (``name_en``, ``name_ja``, ``name_ru``) names the language.
    The line's ``method`` and ``note`` are English data with no Japanese or
    Russian column, so only an English popup shows them.
    """
    lang = as_lang(name_col.removeprefix("name_"))
    period = " – ".join(
        "" if missing(row[k]) else row[k].date().isoformat()
        for k in ("valid_from", "valid_to")
    )
    rows = [(POPUP_WORDS["period"][lang], period.strip(" –"))]
    if lang == "en":
        rows += [("", row["method"]), ("", row["note"])]
    body = _payload.rows_html([*rows, (legend_word("sources", lang), row["source"])])
    style = dict(_styles.LINE_STYLE[str(row["kind"])])
    return {
        "geometry": _payload.geometry(row["geometry"], tolerance=0),
        "properties": {
            "s": style,
            "t": esc(row[name_col]),
            "p": _payload.popup(str(row[name_col]), body),
            "w": window(row),
        },
    }


def _radius(population: int | None) -> float:
    return round(4 + (math.sqrt(population) / 5 if population else 0), 1)


def _popup(
    name: str | None, other: str | None, figures: list[dict[str, Any]], lang: Lang
) -> str:
    """Return a settlement's popup: its name, its name of the other era, figures.

    Both names are in the reader's script; the figures are those up to the day,
    each with its kind and number in the reader's language.
    """
    body = f"<div>{esc(other)}</div>" if other and other != name else ""
    if figures:
        rows = "".join(
            f"<tr><td>{esc(f['year'])}</td>"
            f"<td>{esc(FIGURE_KIND[str(f['figure_kind'])][lang])}</td>"
            f"<td>{'~' if f['approximate'] else ''}"
            f"{esc(number(f['population'], lang))}</td>"
            f"<td>{esc(f['source'])}</td></tr>"
            for f in figures
        )
        body += (
            f"<table><tr><th>{esc(legend_word('date', lang))}</th><th></th>"
            f"<th>{esc(legend_word('population', lang))}</th>"
            f"<th>{esc(legend_word('sources', lang))}</th></tr>{rows}</table>"
        )
        last = figures[-1]["year"]
        if len({f["population"] for f in figures if f["year"] == last}) > 1:
            body += f'<div class="km-mini">{esc(legend_word("disagree", lang))}</div>'
    return _payload.popup(name or "", body)


def _window(era: dict[str, Any], today: dt.date) -> tuple[dt.date, dt.date | None]:
    """Return the days a settlement's era is shown: with no sourced day, today on."""
    return era["from"] or today, era["to"]


def unplaced_settlements(
    lang: Lang, day: dt.date, *, today: dt.date
) -> list[str | None]:
    """Return the names on ``day`` of the settlements that existed then, undrawn.

    These are the settlements with no sourced coordinates (FACTS §4d's gaps):
    the settlements layer cannot draw them, and the legend names them instead
    of leaving them out silently. Their names and days are those of
    :func:`settlement_features` (an era with no sourced first day begins
    ``today``); ``None`` stands for a name not known in ``lang`` (no Japanese
    name is sourced for Lagunnoye), after the names.

    Examples
    --------
    >>> import datetime as dt
    >>> unplaced_settlements("ja", dt.date(1930, 1, 1), today=dt.date(2026, 1, 1))
    ['別飛', '泊']
    """
    names = []
    for settlement in settlement_eras():
        geometry = settlement["geometry"]
        if geometry is not None and not geometry.is_empty:
            continue
        for era in settlement["eras"]:
            start, end = _window(era, today)
            if start <= day and (end is None or day <= end):
                names.append(era["names"][lang])
    return sorted(names, key=lambda name: (name is None, name or ""))


def settlement_features(lang: Lang, *, today: dt.date) -> list[dict[str, Any]]:
    """Return one feature per settlement and era, with its window and variants.

    A settlement with no sourced day (its era starts ``None``) is shown from
    ``today`` only.
    """
    figures = sorted(
        (f for f in dataset_records("populations") if not missing(f["year"])),
        key=lambda f: (f["year"], f["figure_kind"] != "census"),
    )
    features = []
    for settlement in settlement_eras():
        geometry = settlement["geometry"]
        if geometry is None or geometry.is_empty:
            continue
        mine = [f for f in figures if f["unit_id"] == settlement["id"]]
        eras = settlement["eras"]
        for era in eras:
            name = era["names"][lang]
            others = [e["names"][lang] for e in eras if e is not era]
            other = next((n for n in others if n), None)
            start, end = _window(era, today)
            starts = [start] + [
                dt.date(int(f["year"]), 1, 1)
                for f in mine
                if start < dt.date(int(f["year"]), 1, 1) <= (end or today)
            ]
            variants = []
            for begin in sorted(set(starts)):
                shown = [f for f in mine if f["year"] <= begin.year]
                latest = int(shown[-1]["population"]) if shown else None
                variants.append(
                    [
                        begin.isoformat(),
                        esc(name or ""),
                        _popup(name, other, shown, lang),
                        _radius(latest),
                    ]
                )
            first = variants[0]
            features.append(
                {
                    "geometry": _payload.geometry(geometry),
                    "properties": {
                        "s": {
                            "radius": first[3],
                            "color": "#222222",
                            "weight": 1,
                            "fillColor": "#FFFFFF",
                            "fillOpacity": 0.9,
                        },
                        "t": first[1],
                        "p": first[2],
                        "w": [start.isoformat(), _iso(end)],
                        "v": variants,
                    },
                }
            )
    return features


def legend_head(view: View, lang: Lang, day: dt.date) -> str:
    """Return the legend's title and the day it shows (updated by the slider)."""
    return (
        f"<h4>{esc(view_title(view, lang))}</h4>"
        f'<div class="km-mini km-legend-date">{esc(day.isoformat())}</div>'
    )


def legend(
    view: View,
    lang: Lang,
    day: dt.date,
    statuses: list[Status],
    lines: set[str],
    *,
    disputed: bool,
    unplaced: Sequence[str | None] = (),
) -> str:
    """Return the legend's body for one day: its statuses, lines and notes.

    ``lines``: the line kinds in force and drawn that day; ``disputed``: whether
    the dispute exists that day (its name is then noted); ``unplaced``: the
    settlements of that day the map cannot draw (:func:`unplaced_settlements`).
    """
    parts = []
    for status in statuses:
        text = status_label(status, view, lang, day)
        parts.append(
            f'<div class="km-row">{_styles.swatch(status)}'
            f"<span>{esc(text[:1].upper() + text[1:])}</span></div>"
        )
    for kind in _styles.LINE_STYLE:
        if kind in lines:
            parts.append(
                f'<div class="km-row">{_styles.line_swatch(kind)}'
                f"<span>{esc(line_word(kind, lang))}</span></div>"
            )
    if disputed and view in ("japan", "russia", "neutral"):
        parts.append(f'<div class="km-note">{esc(DISPUTE_NAME[lang])}</div>')
    if unplaced:
        named = [name for name in unplaced if name is not None]
        if len(named) < len(unplaced):
            count = number(len(unplaced) - len(named), lang)
            named.append(POPUP_WORDS["unnamed"][lang].format(n=count))
        note = POPUP_WORDS["unplaced"][lang].format(names=listing(named, lang))
        parts.append(f'<div class="km-note">{esc(note)}</div>')
    parts.append(f'<div class="km-note">{esc(legend_word("data_note", lang))}</div>')
    return "".join(parts)
