"""Words of the claims model in English, Japanese and Russian.

Status phrases take ``{R}`` (the Russian state in the nominative: "Russia" or
"the Soviet Union", by date) or, in Russian, ``{Rg}`` (genitive) and ``{Ri}``
(instrumental). Japan's and Russia's positions are paraphrased from their
official statements: MOFA [S01][S02] and the Russian foreign ministry [S117].
"""

from __future__ import annotations

import datetime as dt

from kurilmap._typing import Lang

USSR = (dt.date(1922, 12, 30), dt.date(1991, 12, 25))
"""The Soviet Union's first and last day [G33][G34]."""

_RUSSIA = {
    "en": ("Russia", "the Soviet Union"),
    "ja": ("ロシア", "ソ連"),
    "ru": ("Россия", "СССР"),
}
_RUSSIA_GEN = ("России", "СССР")
_RUSSIA_INS = ("Россией", "СССР")

STATUS: dict[str, dict[Lang, str]] = {
    "japanese": {"en": "Japanese territory", "ja": "日本領", "ru": "территория Японии"},
    "russian": {"en": "part of {R}", "ja": "{R}領", "ru": "территория {Rg}"},
    "disputed": {
        "en": "administered by {R}, claimed by Japan",
        "ja": "{R}が実効支配、日本が領有権を主張",
        "ru": "под управлением {Rg}; Япония заявляет о своих правах",
    },
    "japanese_occupied": {
        "en": "Japanese territory occupied by {R} (Japan's position)",
        "ja": "日本固有の領土、{R}が占拠（日本の立場）",
        "ru": "японская территория, оккупированная {Ri} (позиция Японии)",
    },
    "russian_position": {
        "en": "part of {R} (Russia's position)",
        "ja": "{R}領（ロシアの立場）",
        "ru": "территория {Rg} (позиция России)",
    },
    "occupied": {
        "en": "occupied by {R}",
        "ja": "{R}が占領",
        "ru": "под оккупацией {Rg}",
    },
    "renounced": {
        "en": "administered by {R}; Japan renounced it in 1951 (no beneficiary named)",
        "ja": "{R}が実効支配（日本は1951年に放棄、帰属先の明記なし）",
        "ru": "под управлением {Rg}; Япония отказалась от прав в 1951 г. "
        "(без указания, в чью пользу)",
    },
    "undivided": {
        "en": "undivided: no boundary between Japan and Russia (1855 treaty)",
        "ja": "国境未画定（1855年の条約）",
        "ru": "не разграничен между Японией и Россией (договор 1855 г.)",
    },
    "no_boundary": {
        "en": "no treaty boundary yet",
        "ja": "条約上の国境なし",
        "ru": "договорной границы ещё нет",
    },
}

NEUTRAL_DISPUTE: dict[Lang, str] = {
    "en": "disputed. Japan: Japanese territory occupied by {R}. Russia: part of {R}",
    "ja": "係争中。日本：日本固有の領土、{R}が占拠。ロシア：{R}領",
    "ru": "спорная территория. Япония: японская территория, оккупированная {Ri}. "
    "Россия: территория {Rg}",
}

PLEDGE: dict[Lang, str] = {
    "en": "; to be handed to Japan after a peace treaty (1956 Declaration, art. 9)",
    "ja": "。平和条約締結後に日本へ引き渡す（1956年日ソ共同宣言第9条）",
    "ru": "; передача Японии после мирного договора (Декларация 1956 г., ст. 9)",
}

DISPUTE_NAME: dict[Lang, str] = {
    "en": "Kuril Islands dispute / Northern Territories issue",
    "ja": "北方領土問題",
    "ru": "спор о принадлежности Курильских островов",
}
"""The dispute's names [S35b]."""

GROUP_NAME: dict[Lang, tuple[str, str]] = {
    "en": ("Northern Territories", "Southern Kurils"),
    "ja": ("北方領土", "Южные Курилы"),
    "ru": ("Северные территории", "Южные Курилы"),
}
"""(Japan's, Russia's) name of the four islands [S35b][S36b][G36]."""


def soviet(day: dt.date) -> bool:
    """Whether the Russian state was the Soviet Union on ``day``."""
    return USSR[0] <= day <= USSR[1]


def phrase(template: str, lang: Lang, day: dt.date) -> str:
    """Fill a status template with the Russian state's name on ``day``."""
    i = int(soviet(day))
    return template.format(R=_RUSSIA[lang][i], Rg=_RUSSIA_GEN[i], Ri=_RUSSIA_INS[i])


def both(first: str, second: str | None, lang: Lang, *, slash: bool = False) -> str:
    """``first (second)``, or ``first / second``; one name if they are equal."""
    if not second or second == first:
        return first
    if slash:
        return f"{first} / {second}"
    return f"{first}（{second}）" if lang == "ja" else f"{first} ({second})"
