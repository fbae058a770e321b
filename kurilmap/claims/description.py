"""A plain-text description of a map or figure: its alt text and caption.

:func:`describe` says what a view of the dispute shows on a day, whose view it
is, how each of the four islands stands in it, and the key figures (land,
residents, the 1945 Japanese population) with their source keys, in English,
Japanese or Russian. :func:`kurilmap.make_map` puts it in the page (the map's
``aria-label`` and the page description) and :func:`kurilmap.plot` under the
figure.

Examples
--------
>>> import kurilmap
>>> from kurilmap.claims.description import describe
>>> text = describe("japan", date="1950-01-01")
>>> text.startswith("Map of the four islands")
True
>>> "Japan's view" in text and "5,003 km²" in text and "[S03;S04]" in text
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kurilmap.claims.description_words import COUNTED, DESCRIPTION
from kurilmap.claims.model import territories
from kurilmap.claims.outcomes import scenarios
from kurilmap.claims.words import view_title
from kurilmap.datasets import load, records
from kurilmap.vocab import (
    GROUPS,
    Lang,
    View,
    as_date,
    as_lang,
    as_view,
    counted,
    number,
)

__all__ = ["describe"]


def describe(view: View = "neutral", *, lang: Lang = "en", date: object = None) -> str:
    """Describe a map of the dispute in plain text (alt text, caption).

    Parameters
    ----------
    view
        ``"neutral"``, ``"japan"``, ``"russia"`` or ``"de_facto"``.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``.
    date
        The day shown (default: today).

    Returns
    -------
    str
        A few sentences: what the map shows, whose view, each island's status,
        the key figures of that day with their source keys (never a figure
        from after the day: the 2016 residents only from 2016, the 1945
        register only from 15 August 1945). The land is the published
        total of the four islands (5,003 km² [S03;S04], from
        :func:`~kurilmap.claims.outcomes.four_islands_area`), not a sum of
        rounded per-island figures.
    """
    view = as_view(view)
    lang = as_lang(lang)
    day = as_date(date)
    frame = territories(view, date=day, lang=lang)
    four = frame[frame["unit"].isin(GROUPS)]
    sep, colon = ("。", "：") if lang == "ja" else (". ", ": ")
    statuses = sep.join(f"{r['name']}{colon}{r['status_label']}" for r in records(four))
    whole: Any = scenarios().set_index("scenario").loc["all_four"]
    pops: Any = load("populations")
    register = pops[
        (pops["unit_id"] == "four-islands") & (pops["figure_kind"] == "register_1945")
    ]
    register_day = dt.date(1945, 8, 15)  # the 1945 register's day [S06]
    parts = [
        DESCRIPTION["area"][lang].format(
            area=number(float(whole["area_gsi_km2"]), lang),
            area_src=str(whole["area_gsi_source"]),
        )
    ]
    if day >= dt.date(int(whole["residents_year"]), 1, 1):  # no figure from later
        parts.append(
            DESCRIPTION["residents"][lang].format(
                residents=counted(
                    int(whole["residents"]), COUNTED["residents"][lang], lang
                ),
                year=int(whole["residents_year"]),
                res_src=str(whole["residents_source"]),
            )
        )
    if day >= register_day and len(register):
        parts.append(
            DESCRIPTION["japanese"][lang].format(
                japanese=counted(
                    int(whole["japanese_1945"]),
                    COUNTED["japanese_residents"][lang],
                    lang,
                ),
                jp_src=str(register["source"].iloc[0]),
            )
        )
    space = "" if lang == "ja" else " "
    figures = space.join(parts)
    head = DESCRIPTION["head"][lang].format(
        view=view_title(view, lang), date=day.isoformat()
    )
    end = "。" if lang == "ja" else "."
    return space.join((head, statuses + end, figures, DESCRIPTION["context"][lang]))
