"""Who held, claimed and administered what, in each view, on any day.

The claims model (:func:`territories`, :func:`situation`, :func:`check`), its
words in three languages (:func:`view_title`, :func:`status_label`,
:func:`legend_word`, :func:`line_word`), the maritime zones
(:mod:`kurilmap.claims.maritime`), the settlement scenarios
(:func:`scenarios`, :func:`key_figures`) and the text alternative of a map
(:func:`describe`).

Examples
--------
>>> from kurilmap import claims
>>> t = claims.territories("neutral", date="2019-05-10").set_index("unit")
>>> t.loc["shikotan", "status"]
'disputed'
"""

from __future__ import annotations

from kurilmap.claims import maritime
from kurilmap.claims.checks import check
from kurilmap.claims.description import describe
from kurilmap.claims.history import (
    EQUIDISTANCE_FROM,
    line_window,
    lines_on,
    settlement_eras,
    settlements_on,
)
from kurilmap.claims.model import (
    FIRST_DAY,
    Situation,
    change_dates,
    situation,
    status_label,
    status_rows,
    tables,
    territories,
)
from kurilmap.claims.outcomes import ISLANDS, four_islands_area, key_figures, scenarios
from kurilmap.claims.words import (
    DISPUTE_NAME,
    basis_word,
    held_by,
    legend_word,
    line_word,
    view_title,
)

__all__ = [
    "DISPUTE_NAME",
    "EQUIDISTANCE_FROM",
    "FIRST_DAY",
    "ISLANDS",
    "Situation",
    "basis_word",
    "change_dates",
    "check",
    "describe",
    "four_islands_area",
    "held_by",
    "key_figures",
    "legend_word",
    "line_window",
    "line_word",
    "lines_on",
    "maritime",
    "scenarios",
    "settlement_eras",
    "settlements_on",
    "situation",
    "status_label",
    "status_rows",
    "tables",
    "territories",
    "view_title",
]
