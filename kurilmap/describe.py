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
>>> from kurilmap.describe import describe
>>> text = describe("japan", date="1950-01-01")
>>> text.startswith("Map of the four islands")
True
>>> "Japan's view" in text and "5,004 km²" in text
True
"""

from __future__ import annotations

from typing import Any

from kurilmap import _styles
from kurilmap._frames import records
from kurilmap._typing import Lang, View

__all__ = ["describe"]

_TEXT: dict[str, dict[Lang, str]] = {
    "head": {
        "en": "Map of the four islands between Hokkaido and the rest of the Kuril "
        "chain, {view}, on {date}.",
        "ja": "北海道と千島列島の間にある四島の地図（{view}、{date}）。",
        "ru": "Карта четырёх островов между Хоккайдо и остальной Курильской грядой "
        "({view}, {date}).",
    },
    "figures": {
        "en": "Together {area} km² of land (GSI) [{area_src}]; {residents} "
        "residents in {year} [{res_src}]; {japanese} Japanese residents in 1945 "
        "[{jp_src}].",
        "ja": "陸地面積は計{area} km²（国土地理院）[{area_src}]、住民は{residents}人"
        "（{year}年）[{res_src}]、1945年の日本人住民は{japanese}人 [{jp_src}]。",
        "ru": "Вместе {area} км² суши (GSI) [{area_src}]; {residents} жителей "
        "в {year} г. [{res_src}]; {japanese} японских жителей в 1945 г. "
        "[{jp_src}].",
    },
    "context": {
        "en": "Also shown: Hokkaido and the rest of the region by status, settlements "
        "sized by population, treaty lines of 1855, 1875 and 1905 and Japan's "
        "claim line. Sources are listed in kurilmap's sources.csv.",
        "ja": "北海道など周辺の地域の地位、人口別の集落、"
        "1855年・1875年・1905年の条約線と日本の主張線も示す。"
        "出典は kurilmap の sources.csv に記載。",
        "ru": "Также показаны Хоккайдо и остальной регион по статусу, населённые "
        "пункты по численности, договорные линии 1855, 1875 и 1905 гг. и линия "
        "притязаний Японии. Источники — в sources.csv kurilmap.",
    },
}


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
        the key figures with their source keys.
    """
    from kurilmap._schema import VIEWS
    from kurilmap.claims import LANGS, _as_date, _choice, territories
    from kurilmap.scenarios import scenarios

    view = _choice(view, VIEWS, "view")  # type: ignore[assignment]
    lang = _choice(lang, LANGS, "language")  # type: ignore[assignment]
    day = _as_date(date)
    frame = territories(view, date=day, lang=lang)
    four = frame[frame["unit"].isin(("iturup", "kunashir", "shikotan", "habomai"))]
    sep = "。" if lang == "ja" else ". "
    statuses = sep.join(f"{r['name']}: {r['status_label']}" for r in records(four))
    from kurilmap.datasets import load

    whole: Any = scenarios().set_index("scenario").loc["all_four"]
    pops: Any = load("populations")
    register = pops[
        (pops["unit_id"] == "four-islands") & (pops["figure_kind"] == "register_1945")
    ]
    figures = _TEXT["figures"][lang].format(
        area=_styles.number(float(whole["area_gsi_km2"]), lang),
        area_src="S03",
        residents=_styles.number(int(whole["residents"]), lang),
        year=int(whole["residents_year"]),
        res_src=str(whole["residents_source"]),
        japanese=_styles.number(int(whole["japanese_1945"]), lang),
        jp_src=str(register["source"].iloc[0]) if len(register) else "populations",
    )
    head = _TEXT["head"][lang].format(
        view=_styles.VIEW_TITLE[view][lang], date=day.isoformat()
    )
    end = "。" if lang == "ja" else "."
    space = "" if lang == "ja" else " "
    return space.join((head, statuses + end, figures, _TEXT["context"][lang]))
