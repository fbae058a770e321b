"""Static figures: print-quality maps and the one-page handout (matplotlib).

This subpackage is kurilmap's one boundary to matplotlib: it is imported when
a figure is drawn, never when kurilmap is imported.

Examples
--------
>>> from kurilmap import figures
>>> ax = figures.plot("neutral", date="2019-05-10")
>>> ax.get_title().startswith("Neutral")
True
>>> figures.close(ax.figure)
"""

from __future__ import annotations

from kurilmap.figures.handout_page import A4, handout
from kurilmap.figures.saving import FORMATS, close, save_figure
from kurilmap.figures.static import CJK_FONT, CRS, has_cjk_font, plot
from kurilmap.figures.story_pages import story_pdf

__all__ = [
    "A4",
    "CJK_FONT",
    "CRS",
    "FORMATS",
    "close",
    "handout",
    "has_cjk_font",
    "plot",
    "save_figure",
    "story_pdf",
]
