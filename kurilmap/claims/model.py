"""The claims model: who holds, claims or renounced each territory, on any day.

The model is data (``claims``: one row per assertion, with its period, basis,
event and sources, over the ``units`` dataset); this module reads it. The same
day looks different from Tokyo, from Moscow and on the ground, so every
question takes a *view*:

- ``"de_facto"``: who administers it, and whether someone else claims it;
- ``"japan"`` / ``"russia"``: each government's position, with its names;
- ``"neutral"``: both positions side by side, naming the dispute.

Examples
--------
>>> import kurilmap
>>> t = kurilmap.territories("neutral", date="2019-05-10")
>>> t.set_index("unit").loc["kunashir", ["name", "status"]].tolist()
['Kunashir / Kunashiri', 'disputed']
>>> old = kurilmap.territories("de_facto", date="1900-01-01").set_index("unit")
>>> old.loc["urup", "administered_by"]
'japan'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from kurilmap.claims import words as _labels
from kurilmap.datasets import load, missing, records
from kurilmap.vocab import (
    FIRST_DAY,
    PARTY_OF_LANG,
    STATUSES,
    Lang,
    Status,
    View,
    as_choice,
    as_date,
    as_lang,
    as_view,
)

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = [
    "FIRST_DAY",
    "Situation",
    "change_dates",
    "situation",
    "status_label",
    "status_rows",
    "tables",
    "territories",
]

HOLDING = ("sovereign", "administers", "occupies", "rules")


@dataclasses.dataclass(frozen=True)
class Situation:
    """What holds for one unit on one day (before any view is applied)."""

    holder: str | None  # party holding it (sovereign, administering, occupying)
    role: str | None  # the holder's role
    shared: bool  # undivided between the parties (Sakhalin 1855-1875)
    claimants: tuple[str, ...]  # parties claiming it against the holder
    renounced_by: tuple[str, ...]
    pledged_by: tuple[str, ...]
    since: dt.date | None  # first day of this situation
    until: dt.date | None  # last day of it (None: still so)
    basis: str | None
    sources: tuple[str, ...]
    present: tuple[str, ...] = ()  # parties present without firm control
    titled: tuple[str, ...] = ()  # parties keeping title they have not renounced
    statements: tuple[str, ...] = ()  # keys of stated positions, oldest first
    held_since: dt.date | None = None  # first day of the holder's unbroken hold
    basis_since: dt.date | None = None  # first day of the holder's current basis
    basis_event: str | None = None  # event id of that basis (treaty, decree)
    documents: tuple[str, ...] = ()  # event ids of the other assertions in force


@functools.lru_cache(maxsize=2)
def tables(directory: str | None = None) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Return the territory units and the claims table (loaded once; read only).

    Examples
    --------
    >>> units, claims = tables()
    >>> "iturup" in set(units["id"]) and "party" in claims.columns
    True
    """
    import geopandas as gpd

    units = load("units", directory=directory)
    claims = load("claims", directory=directory)
    assert isinstance(units, gpd.GeoDataFrame)
    return units, claims


def _day(value: Any) -> dt.date | None:
    return None if missing(value) else value.date()


@dataclasses.dataclass(frozen=True)
class _Assertion:
    party: str
    role: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    basis: str | None
    source: str
    event: str | None = None


@functools.lru_cache(maxsize=2)
def _assertions(directory: str | None = None) -> dict[str, list[_Assertion]]:
    """Return the claims table as plain records per unit (read once)."""
    units, claims = tables(directory)
    table: dict[str, list[_Assertion]] = {str(u): [] for u in units["id"]}
    for row in records(claims):
        table[str(row["unit"])].append(
            _Assertion(
                party=str(row["party"]),
                role=str(row["role"]),
                valid_from=_day(row["valid_from"]),
                valid_to=_day(row["valid_to"]),
                basis=None if missing(row["basis"]) else str(row["basis"]),
                source=str(row["source"]),
                event=None if missing(row["event_id"]) else str(row["event_id"]),
            )
        )
    return table


def situation(unit: str, date: object = None) -> Situation:
    """Return the situation of one unit on a day, from the claims table.

    Parameters
    ----------
    unit
        A unit id (see the ``units`` dataset).
    date
        The day (default: today); from 1700-01-01 to today.

    Returns
    -------
    Situation

    Examples
    --------
    >>> situation("shikotan", "1960-01-01").pledged_by
    ('russia',)
    """
    table = _assertions()
    unit = as_choice(unit, tuple(table), "unit")
    day = as_date(date)
    active, starts, ends = [], [], []
    for row in table[unit]:
        start, end = row.valid_from, row.valid_to
        if (start is None or start <= day) and (end is None or day <= end):
            active.append(row)
            if row.role == "states":  # a statement changes words, not holding
                continue
            if start is not None:
                starts.append(start)
            if end is not None:
                ends.append(end)
        elif row.role == "states":
            continue
        elif start is not None and start > day:
            ends.append(start - dt.timedelta(days=1))
        elif end is not None and end < day:
            starts.append(end + dt.timedelta(days=1))
    holders = [r for r in active if r.role in HOLDING]
    holder = holders[0] if holders else None
    held = None if holder is None else holder.valid_from
    before = {  # the holder's earlier holds, by their last day
        r.valid_to: r
        for r in table[unit]
        if holder and r.party == holder.party and r.role in HOLDING and r.valid_to
    }
    while held is not None and held - dt.timedelta(days=1) in before:
        held = before[held - dt.timedelta(days=1)].valid_from
    own = None if holder is None else holder.event
    return Situation(
        holder=None if holder is None else str(holder.party),
        role=None if holder is None else str(holder.role),
        shared=any(r.role == "shared" for r in active),
        claimants=tuple(sorted({str(r.party) for r in active if r.role == "claims"})),
        renounced_by=tuple(
            sorted({str(r.party) for r in active if r.role == "renounced"})
        ),
        pledged_by=tuple(sorted({str(r.party) for r in active if r.role == "pledged"})),
        since=max(starts) if starts else None,
        until=min(ends) if ends else None,
        basis=None if holder is None else holder.basis,
        sources=tuple(
            dict.fromkeys(k for r in active for k in str(r.source).split(";"))
        ),
        present=tuple(sorted({str(r.party) for r in active if r.role == "present"})),
        titled=tuple(sorted({str(r.party) for r in active if r.role == "title"})),
        statements=tuple(
            str(r.basis)
            for r in sorted(active, key=lambda r: r.valid_from or FIRST_DAY)
            if r.role in ("states", "pledged", "present", "rules") and r.basis
        ),
        held_since=held,
        basis_since=None if holder is None else holder.valid_from,
        basis_event=own,
        documents=tuple(
            dict.fromkeys(
                str(r.event)
                for r in sorted(active, key=lambda r: r.valid_from or FIRST_DAY)
                if r.role not in HOLDING and r.event and r.event != own
            )
        ),
    )


def _status(s: Situation, view: View) -> Status:
    """Return the status code of a situation in a view."""
    if s.shared:
        return "undivided"
    if s.holder is None:
        return "pre_treaty_russian" if s.present == ("russia",) else "no_boundary"
    if s.role == "rules":
        return "pre_treaty_japanese" if s.holder == "japan" else "pre_treaty_russian"
    other = "russia" if s.holder == "japan" else "japan"
    if s.role == "occupies":
        if view == "russia" and s.holder == "russia":
            return "russian"
        if view == "japan" and other in s.claimants:
            return "japanese_occupied"
        return "occupied"
    if other in s.titled:
        return "russian" if view == "russia" else "annexed_no_treaty"
    if other in s.claimants:
        by_view: dict[View, Status] = {
            "japan": "japanese_occupied" if s.holder == "russia" else "japanese",
            "russia": "russian" if s.holder == "russia" else "japanese",
            "de_facto": "disputed",
            "neutral": "disputed",
        }
        return by_view[view]
    if view in ("japan", "neutral") and "japan" in s.renounced_by:
        return "renounced"
    return "japanese" if s.holder == "japan" else "russian"


def status_label(
    status: Status,
    view: View,
    lang: Lang,
    day: dt.date,
    *,
    situation: Situation | None = None,
) -> str:
    """Return the words for a status in a view, as said on ``day``.

    Parameters
    ----------
    status
        A status code (:data:`kurilmap.vocab.STATUSES`).
    view, lang
        The point of view and the language.
    day
        The day: it names the Russian state ("the Soviet Union" 1922-1991).
    situation
        The unit's situation, to add what it alone says (the 1956 pledge);
        ``None`` for the words of a legend.

    Examples
    --------
    >>> import datetime as dt
    >>> status_label("disputed", "de_facto", "en", dt.date(1960, 1, 1))
    'administered by the Soviet Union, claimed by Japan'
    """
    status = as_choice(status, STATUSES, "status")
    view, lang, day = as_view(view), as_lang(lang), as_date(day, today=dt.date.max)
    s = situation
    key: str = status
    if status == "disputed" and view == "neutral" and s is not None:
        key = "neutral_dispute"
    elif status == "russian" and view == "russia" and s and s.role == "occupies":
        key = "russian_wartime"
    elif status == "russian" and view == "russia" and s and (s.claimants or s.titled):
        key = "russian_position"
    text = (
        _labels.NEUTRAL_DISPUTE[lang]
        if key == "neutral_dispute"
        else _labels.STATUS[key][lang]
    )
    label = _labels.phrase(text, lang, day)
    for statement in () if s is None else s.statements:
        label += _labels.phrase(_labels.POSITION[statement][lang], lang, day)
    return label


def _unit_name(unit: Any, view: View, lang: Lang, leader: str) -> str:
    """Return the unit's name in ``lang``; the view decides whose name leads.

    Each name is written in the reader's script: a Japanese reader gets the
    katakana form of Russia's name, a Russian reader the Cyrillic form of
    Japan's; where no sourced form exists, only the other name is shown.
    """

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) and value else None

    if lang == "en":
        japan, russia = unit.name_en_japan, unit.name_en_russia
    elif lang == "ja":
        japan, russia = unit.name_ja, text(unit.name_ja_russia)
    else:
        japan, russia = text(unit.name_ru_japan), text(unit.name_ru)
    first = {"japan": "japan", "russia": "russia"}.get(view, leader)
    lead, follow = (japan, russia) if first == "japan" else (russia, japan)
    if lead is None:
        lead, follow = follow, None
    return _labels.both(str(lead), follow, lang, slash=view == "neutral")


def territories(
    view: View = "de_facto", *, date: object = None, lang: Lang = "en"
) -> gpd.GeoDataFrame:
    """Return every territory unit with its status in a view, on a day.

    Parameters
    ----------
    view
        ``"de_facto"`` (who administers; default), ``"japan"`` or ``"russia"``
        (each government's position and names), or ``"neutral"`` (both
        positions side by side, naming the dispute).
    date
        The day (default: today): an ISO string, ``datetime.date`` or
        ``pandas.Timestamp``, from 1700-01-01 to today.
    lang
        Language of names and labels: ``"en"``, ``"ja"`` or ``"ru"``.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per unit: unit, name (the view's name first, the other side's in
        brackets), group_name (for the four disputed islands), view, date, status
        (a code of ``kurilmap.vocab.STATUSES``), status_label, administered_by,
        claimed_by, disputed, since, until, basis, dispute, sources, geometry.

    Raises
    ------
    ValueError
        Unknown view or language, a date before 1700 or in the future.
    TypeError
        A date of the wrong type.

    Examples
    --------
    >>> t = territories("japan", date="2019-05-10").set_index("unit")
    >>> t.loc["iturup", "name"], t.loc["iturup", "status"]
    ('Etorofu (Iturup)', 'japanese_occupied')
    >>> territories("russia", lang="ru").set_index("unit").loc["iturup", "name"]
    'Итуруп (Эторофу)'
    """
    import geopandas as gpd
    import pandas as pd

    view = as_view(view)
    lang = as_lang(lang)
    day = as_date(date)
    units, _ = tables()
    rows = status_rows(view, day, lang)
    frame = pd.DataFrame(rows)
    frame["date"] = pd.Timestamp(day)
    for column in ("since", "until"):
        frame[column] = pd.to_datetime(frame[column].astype("object"))
    frame = frame.astype(
        {
            "unit": "string",
            "name": "string",
            "group_name": "string",
            "view": "string",
            "status": "string",
            "status_label": "string",
            "administered_by": "string",
            "claimed_by": "string",
            "disputed": "boolean",
            "basis": "string",
            "dispute": "string",
            "sources": "string",
        }
    )
    assert set(frame["status"]) <= set(STATUSES)
    return gpd.GeoDataFrame(frame, geometry=units.geometry.to_numpy(), crs=units.crs)


def status_rows(view: View, day: dt.date, lang: Lang) -> list[dict[str, Any]]:
    """Return the rows of :func:`territories` as dicts (arguments checked)."""
    rows = []
    for unit in _unit_records():
        s = situation(str(unit.id), day)
        status = _status(s, view)
        disputed = bool(s.claimants)
        # Whose name leads: the view's side; in the neutral and de-facto views
        # the language's own side for ja/ru, the administering side for en.
        leader = PARTY_OF_LANG.get(lang, s.holder or "japan")
        group_name = None
        if unit.disputed and disputed:
            names = _labels.GROUP_NAME[lang]
            lead = {"japan": 0, "russia": 1}.get(view, 0 if leader == "japan" else 1)
            group_name = _labels.both(
                names[lead], names[1 - lead], lang, slash=view == "neutral"
            )
        rows.append(
            {
                "unit": unit.id,
                "name": _unit_name(unit, view, lang, leader),
                "group_name": group_name,
                "view": view,
                "date": day,
                "status": status,
                "status_label": status_label(status, view, lang, day, situation=s),
                "administered_by": s.holder,
                "claimed_by": ";".join(s.claimants) or None,
                "disputed": disputed,
                "since": s.since,
                "until": s.until,
                "basis": s.basis,
                "dispute": _labels.DISPUTE_NAME[lang] if disputed else None,
                "sources": ";".join(s.sources) or None,
            }
        )
    return rows


@functools.lru_cache(maxsize=2)
def _unit_records(directory: str | None = None) -> tuple[Any, ...]:
    units, _ = tables(directory)
    return tuple(units.drop(columns="geometry").itertuples())


def change_dates() -> list[dt.date]:
    """Return every day on which some unit's situation changes, in order.

    Examples
    --------
    >>> [d.isoformat() for d in change_dates()[:3]]
    ['1700-01-01', '1711-01-01', '1754-01-01']
    """
    _, claims = tables()
    days = {d.date() for d in claims["valid_from"].dropna()}
    days |= {d.date() + dt.timedelta(days=1) for d in claims["valid_to"].dropna()}
    return sorted(d for d in days if FIRST_DAY <= d <= dt.date.today())
