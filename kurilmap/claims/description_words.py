"""The sentences of :func:`kurilmap.describe`, a map's text alternative.

Every entry has English, Japanese and Russian (a test checks it).
"""

from __future__ import annotations

from kurilmap.vocab import Lang

__all__ = ["COUNTED", "DESCRIPTION"]

DESCRIPTION: dict[str, dict[Lang, str]] = {
    "head": {
        "en": "Map of the four islands between Hokkaido and the rest of the Kuril "
        "chain, {view}, on {date}.",
        "ja": "北海道と千島列島の間にある四島の地図（{view}、{date}）。",
        "ru": "Карта четырёх островов между Хоккайдо и остальной Курильской грядой "
        "({view}, {date}).",
    },
    "area": {
        "en": "Together {area} km² of land (GSI) [{area_src}].",
        "ja": "陸地面積は計{area}平方キロメートル（国土地理院）[{area_src}]。",
        "ru": "Вместе {area} км² суши (по данным Управления геопространственной "
        "информации Японии) [{area_src}].",
    },
    "residents": {
        "en": "{residents} in {year} [{res_src}].",
        "ja": "住民は{residents}（{year}年）[{res_src}]。",
        "ru": "{residents} в {year} г. [{res_src}].",
    },
    "japanese": {
        "en": "{japanese} on 15 August 1945 [{jp_src}].",
        "ja": "1945年8月15日の日本人住民は{japanese} [{jp_src}]。",
        "ru": "{japanese} на 15 августа 1945 г. [{jp_src}].",
    },
    "context": {
        "en": "Also shown: Hokkaido and the rest of the region by status, and the "
        "settlements and boundary lines of that day. Sources are listed in "
        "kurilmap's sources.csv.",
        "ja": "北海道など周辺の地域の地位と、その日の集落・境界線も示す。"
        "出典は kurilmap の sources.csv に記載。",
        "ru": "Также показаны Хоккайдо и остальной регион по статусу, населённые "
        "пункты и линии границ на этот день. Источники — в sources.csv kurilmap.",
    },
}
"""Sentences of :func:`kurilmap.describe`, the text alternative of a map."""

COUNTED: dict[str, dict[Lang, dict[str, str]]] = {
    "residents": {
        "en": {"one": "{n} resident", "other": "{n} residents"},
        "ja": {"other": "{n}人"},
        "ru": {
            "one": "{n} житель",
            "few": "{n} жителя",
            "many": "{n} жителей",
            "other": "{n} жителя",
        },
    },
    "japanese_residents": {
        "en": {"one": "{n} Japanese resident", "other": "{n} Japanese residents"},
        "ja": {"other": "{n}人"},
        "ru": {
            "one": "{n} японский житель",
            "few": "{n} японских жителя",
            "many": "{n} японских жителей",
            "other": "{n} японского жителя",
        },
    },
}
"""A figure with its noun, by the figure's plural category
(:func:`kurilmap.vocab.plural`): Russian 1, 21, 17 291 житель; 2-4 жителя;
5-20 жителей; fractions жителя. Japanese has no plural."""
