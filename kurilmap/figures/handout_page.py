"""A one-page printable handout on the dispute, for a classroom or a newsroom.

:func:`handout` lays out one A4 page with matplotlib: the map in the neutral
view (both positions), the key figures per island (land, Japanese residents in
1945, residents today) with their source keys, the two official positions in
one sentence each with their sources, the key dates, and questions for
discussion. Save it with :func:`kurilmap.save_figure` (PDF for print); it is
one page by construction, and the same inputs give the same bytes.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import kurilmap
>>> from kurilmap.figures.handout_page import handout
>>> fig = handout(lang="en", date="2024-01-01")
>>> [round(float(x), 2) for x in fig.get_size_inches()]
[8.27, 11.69]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kurilmap._version import __version__
from kurilmap.claims import four_islands_area, key_figures, scenarios, territories
from kurilmap.datasets import load, records
from kurilmap.figures import words as words
from kurilmap.figures.linebreak import WIDOW, may_break
from kurilmap.figures.static import fonts, plot
from kurilmap.vocab import Lang, as_date, as_lang, number

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["A4", "handout"]

A4 = (8.27, 11.69)
"""Portrait A4 in inches."""
REGISTER_DAY = dt.date(1945, 8, 15)
"""The day of the 1945 register of Japanese residents [S06]."""
_LEFT, _RIGHT = 0.06, 0.94
_INK, _GREY = "#222222", "#555555"


def handout(*, lang: Lang = "en", date: object = None) -> Figure:
    """Lay out the one-page handout: map, figures, positions, dates, questions.

    Parameters
    ----------
    lang
        ``"en"``, ``"ja"`` or ``"ru"``; the other two languages' names for the
        islands stay in the title. Japanese needs a CJK font (Debian
        ``fonts-noto-cjk``); without one, a warning and an English handout.
    date
        The day the map shows (default: today).

    Returns
    -------
    matplotlib.figure.Figure
        A4 portrait; its label (:meth:`~matplotlib.figure.Figure.get_label`)
        is the map's text alternative (:func:`kurilmap.describe`).
    """
    import matplotlib.pyplot as plt

    lang = as_lang(lang)
    day = as_date(date)
    lang, families = fonts(lang)
    title, names = words.TITLE[lang]  # both sides' names, in the reader's script
    subtitle = " · ".join(names)
    fig = plt.figure(figsize=A4)  # outside rc_context: see plot()
    with plt.rc_context({"font.family": families}):
        fig.text(_LEFT, 0.968, title, fontsize=15, fontweight="bold", color=_INK)
        fig.text(_LEFT, 0.951, subtitle, fontsize=9, color=_GREY)
        ax = fig.add_axes((_LEFT, 0.62, 0.56, 0.295))
        plot("neutral", lang=lang, date=day, ax=ax)
        y = 0.585
        y = _heading(fig, y, words.HEADINGS["figures"][lang])
        y = _table(fig, y, lang, day)
        y = _heading(fig, y, words.HEADINGS["positions"][lang])
        for text, sources in words.POSITIONS[lang]:
            y = _paragraph(fig, y, f"{text} {_keys(sources)}")
        y = _heading(fig, y, words.HEADINGS["dates"][lang])
        y = _dates(fig, y, lang, day)
        y = _heading(fig, y, words.HEADINGS["questions"][lang])
        for number, question in enumerate(_questions(lang), start=1):
            y = _paragraph(fig, y, f"{number}. {question}")
        footer = words.FOOTER[lang].format(date=day.isoformat(), version=__version__)
        _paragraph(fig, 0.03, footer, size=6.5, color=_GREY)
    return fig


def _keys(sources: str) -> str:
    return "".join(f"[{key}]" for key in sources.split(";"))


def _line_height(size: float) -> float:
    """Figure fraction taken by one line of text at ``size`` points."""
    return size * 1.4 / 72 / A4[1]


def _heading(fig: Figure, y: float, text: str) -> float:
    y -= 0.005
    fig.text(_LEFT, y, text, fontsize=10, fontweight="bold", color=_INK, va="top")
    return y - _line_height(10)


def _paragraph(
    fig: Figure,
    y: float,
    text: str,
    *,
    size: float = 8.0,
    color: str = _INK,
    indent: float = 0.0,
) -> float:
    """Wrap ``text`` to the page width, draw it from ``y`` down; return the end."""
    artist = fig.text(
        _LEFT + indent, y, "", fontsize=size, color=color, va="top", linespacing=1.25
    )
    width = (_RIGHT - _LEFT - indent) * A4[0] * fig.dpi
    lines = _wrap(text, artist, width)
    artist.set_text("\n".join(lines))
    return y - len(lines) * size * 1.25 * 1.02 / 72 / A4[1] - 0.003


_WIDE = "\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef"  # kana, kanji, full-width
_NUMBER_UNIT = (
    r"\d[\d.,\-–]*"  # a number, a year or a day...
    r"(?:\s(?:[^\W\d_]{1,4}\.|km²?|км²?|m²?|м²?|ha|га|%)(?![^\W\d_]))?"  # 2010 г.
)
_TOKENS = re.compile(
    r"\[[^\]]*\]"  # a source key stays whole
    rf"|{_NUMBER_UNIT}[^\s{_WIDE}\[]*"  # a number keeps its unit: "15 км", "2010 г."
    rf"|[{_WIDE}]"  # a kana, kanji or full-width character
    rf"|[^\s{_WIDE}\[]+"  # a word
    r"|\s+"
)


def _wrap(text: str, artist: Any, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` pixels, as drawn.

    Words break at spaces; Japanese between any two characters except where
    kinsoku forbids it (before closing punctuation and small kana, after an
    opening bracket), a number stays with its unit or abbreviation ("15 км",
    "2010 г."), and a last line of one or two characters (「か。」) takes
    characters from the line above. Widths are measured with the figure's
    renderer in the artist's font, so Latin, Cyrillic and kanji all fit.
    """
    renderer = artist.figure.canvas.get_renderer()
    prop = artist.get_fontproperties()

    def measure(tokens: list[str]) -> float:
        line = "".join(tokens).strip()
        w, _, _ = renderer.get_text_width_height_descent(line, prop, ismath=False)
        return float(w)

    return wrap_measured(text, measure, width)


def wrap_measured(
    text: str, measure: Callable[[list[str]], float], width: float
) -> list[str]:
    """Break ``text`` into lines whose tokens ``measure`` no wider than ``width``.

    The rules of :func:`_wrap`, whatever measures a line (the handout draws
    each candidate line; a story's pages add up each word's width once).
    """
    lines: list[list[str]] = []
    line: list[str] = []
    for token in _TOKENS.findall(text):
        if not line and token.isspace():
            continue
        line.append(token)
        if token.isspace() or len(line) == 1 or measure(line) <= width:
            continue
        cut = _last_break(line, len(line) - 1)  # before the token, or earlier
        if cut:  # else nowhere to break: the line runs over, as a long word does
            lines.append(line[:cut])
            line = _lstrip(line[cut:])
    if line:
        lines.append(line)
    _no_widow(lines, measure, width)
    return ["".join(tokens).strip() for tokens in lines]


def _breaks(before: str, after: str) -> bool:
    """Whether a line may end after token ``before`` and start with ``after``."""
    return may_break(before, after)


def _last_break(tokens: list[str], last: int) -> int:
    """Return the latest index ≤ ``last`` a line may break before (0: none)."""
    for cut in range(last, 0, -1):
        if _breaks(tokens[cut - 1], tokens[cut]) and "".join(tokens[:cut]).strip():
            return cut
    return 0


def _lstrip(tokens: list[str]) -> list[str]:
    while tokens and tokens[0].isspace():
        tokens = tokens[1:]
    return tokens


def _no_widow(lines: list[list[str]], measure: Any, width: float) -> None:
    """Give a last line of ≤ :data:`WIDOW` characters some of the line above."""
    if len(lines) < 2 or len("".join(lines[-1]).strip()) > WIDOW:
        return
    above, last = lines[-2], lines[-1]
    cut = len(above)
    while (cut := _last_break(above, cut - 1)) > 0:
        moved = _lstrip(above[cut:]) + last
        if len("".join(moved).strip()) > WIDOW:
            if measure(moved) <= width:
                lines[-2:] = [above[:cut], moved]
            return


def _table(fig: Figure, y: float, lang: Lang, day: dt.date) -> float:
    """Draw the key figures; a figure from after ``day`` is shown as a dash."""
    from matplotlib.transforms import Bbox

    figures = key_figures()
    names = territories("neutral", date=day, lang=lang).set_index("unit")["name"]
    register = day >= REGISTER_DAY
    counted = day >= dt.date(int(figures["residents_year"].max()), 1, 1)

    def shown(value: float, known: bool) -> str:
        return number(value, lang) if known else "—"

    rows: list[list[str]] = []
    for row in records(figures):
        rows.append(
            [
                str(names[row["island"]]),
                number(row["area_gsi_km2"], lang),
                shown(row["japanese_1945"], register),
                shown(row["residents"], counted),
            ]
        )
    total = [
        words.TOTAL[lang],
        number(four_islands_area()[0], lang),  # published, not a sum of rounded
        shown(figures["japanese_1945"].sum(), register),
        shown(figures["residents"].sum(), counted),
    ]
    now = figures[figures["island"] != "habomai"]
    header = [
        column.format(
            area=_keys("S03"),
            old=_keys(_joined(figures["japanese_1945_source"])),
            now=_keys(_joined(now["residents_source"])),
            year=int(now["residents_year"].iloc[0]),
        )
        .replace("[[", "[")
        .replace("]]", "]")
        for column in words.COLUMNS[lang]
    ]
    height = 0.105
    ax = fig.add_axes((_LEFT, y - height, _RIGHT - _LEFT, height))
    ax.set_axis_off()
    table = ax.table(
        cellText=[*rows, total],
        colLabels=header,
        colWidths=[0.34, 0.22, 0.22, 0.22],
        cellLoc="right",
        colLoc="center",
        bbox=Bbox.from_bounds(0.0, 0.0, 1.0, 1.0),
    )
    table.auto_set_font_size(False)
    table.set_fontsize(8)
    cells: Any = table.get_celld()
    for (r, c), cell in cells.items():
        cell.set_edgecolor("#BBBBBB")
        cell.set_linewidth(0.5)
        if c == 0:
            cell.get_text().set_horizontalalignment("left")
            cell.PAD = 0.02
        if r == 0:
            cell.set_facecolor("#EEEEEE")
            cell.set_height(cell.get_height() * 2)
        if r == len(rows) + 1:
            cell.get_text().set_fontweight("bold")
    habomai = figures.set_index("island").loc["habomai", "residents_source"]
    pops: Any = load("populations")
    survivors = pops[pops["figure_kind"] == "survivors"].sort_values("year").iloc[-1]
    note = words.TABLE_NOTE[lang].format(
        habomai=_keys(str(habomai)),
        survivors=number(survivors["population"], lang),
        survivors_date=survivors["reference_date"].date().isoformat(),
        survivors_src=str(survivors["source"]),
    )
    return _paragraph(fig, y - height - 0.004, note, size=7, color=_GREY)


def _joined(column: Any) -> str:
    keys = {key for cell in column for key in str(cell).split(";")}
    return ";".join(sorted(keys))


def _dates(fig: Figure, y: float, lang: Lang, until: dt.date) -> float:
    """List the key dates up to ``until`` (none from after the day shown)."""
    events = load("events").set_index("id")
    for event_id, wording in words.DATES.items():
        row = events.loc[event_id]
        if row["start"].date() > until:
            continue
        day = str(row["date"])
        fig.text(_LEFT, y, day, fontsize=8.0, color=_INK, va="top", fontweight="bold")
        text = f"{wording[lang]} {_keys(str(row['source']))}"
        y = _paragraph(fig, y, text, indent=0.11)
    return y


def _questions(lang: Lang) -> list[str]:

    table: Any = scenarios(with_sea=False).set_index("scenario")
    four, two = table.loc["all_four"], table.loc["two_islands"]
    share = f"{float(two['share_area_gsi']) * 100:.1f} %"
    if lang == "ja":
        share = share.replace(" ", "")
    values = {
        "japanese": number(four["japanese_1945"], lang),
        "residents": number(four["residents"], lang),
        "year": int(four["residents_year"]),
        "share": share.replace(".", ",") if lang == "ru" else share,
    }
    return [question.format(**values) for question in words.QUESTIONS[lang]]
