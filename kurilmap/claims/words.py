"""Every word of the claims concern in English, Japanese and Russian.

Status labels, names of the dispute and the groups, view titles, legend
entries and the sentences of :func:`kurilmap.describe`.

Status phrases take ``{R}`` (the Russian state in the nominative: "Russia" or
"the Soviet Union", by date) or, in Russian, ``{Rg}`` (genitive) and ``{Ri}``
(instrumental). Japan's and Russia's positions are paraphrased from their
official statements: MOFA [S01][S02] and the Russian foreign ministry [S117].
"""

from __future__ import annotations

import datetime as dt

from kurilmap.vocab import (
    FIRST_DAY,
    PARTIES,
    Lang,
    View,
    as_choice,
    as_lang,
    as_view,
)

__all__ = [
    "BASIS",
    "DISPUTE_NAME",
    "GROUP_NAME",
    "LEGEND",
    "LINES",
    "NEUTRAL_DISPUTE",
    "POSITION",
    "STATUS",
    "USSR",
    "VIEW_TITLE",
    "basis_word",
    "both",
    "held_by",
    "legend_word",
    "line_word",
    "phrase",
    "soviet",
    "view_title",
]

USSR = (dt.date(1922, 12, 30), dt.date(1991, 12, 25))
"""The Soviet Union's first and last day [G33][G34]."""

_RUSSIA = {
    "en": ("Russia", "the Soviet Union"),
    "ja": ("ロシア", "ソ連"),
    "ru": ("Россия", "СССР"),
}
_RUSSIA_CAPITAL = {
    "en": ("Russia", "The Soviet Union"),
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
        "en": "part of {R} ({Rp} position)",
        "ja": "{R}領（{R}の立場）",
        "ru": "территория {Rg} (позиция {Rg})",
    },
    "russian_wartime": {
        "en": "taken by {R} in the Second World War ({Rp} position: "
        "part of {R} as a result of the war)",
        "ja": "第二次世界大戦で{R}が取得（{R}の立場：大戦の結果として{R}領）",
        "ru": "занят {Ri} во Второй мировой войне (позиция {Rg}: "
        "территория {Rg} по итогам войны)",
    },
    "occupied": {
        "en": "occupied by {R}",
        "ja": "{R}が占領",
        "ru": "под оккупацией {Rg}",
    },
    "renounced": {
        "en": "administered by {R}; Japan renounced it in the 1951 peace treaty "
        "(in force 1952), which names no beneficiary: in Japan's view its final "
        "attribution is undetermined",
        "ja": "{R}が実効支配（日本は1951年の平和条約〔1952年発効〕で放棄、"
        "帰属先の明記なし。日本の立場では帰属未定）",
        "ru": "под управлением {Rg}; Япония отказалась от прав по мирному договору "
        "1951 г. (в силе с 1952 г.), не указав, в чью пользу: по позиции Японии "
        "его окончательная принадлежность не определена",
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
    "pre_treaty_japanese": {
        "en": "under Japanese rule; no treaty boundary yet",
        "ja": "日本の支配下（条約上の国境はまだない）",
        "ru": "под властью Японии; договорной границы ещё нет",
    },
    "pre_treaty_russian": {
        "en": "Russian presence, no firm control; no treaty boundary yet",
        "ja": "ロシア人が進出（支配は確立せず、条約上の国境はまだない）",
        "ru": "присутствие русских без прочного управления; договорной границы ещё нет",
    },
    "annexed_no_treaty": {
        "en": "annexed by {R} in 1946; Japan has not yet renounced it (no peace "
        "treaty in force)",
        "ja": "{R}が1946年に編入（発効した平和条約はなく、日本は放棄していない）",
        "ru": "включён в состав {Rg} в 1946 г.; Япония от него ещё не отказалась "
        "(мирный договор не вступил в силу)",
    },
}

NEUTRAL_DISPUTE: dict[Lang, str] = {
    "en": "disputed. Japan: Japanese territory occupied by {R}. {Rc}: part of {R}",
    "ja": "係争中。日本：日本固有の領土、{R}が占拠。{R}：{R}領",
    "ru": "спорная территория. Япония: японская территория, оккупированная {Ri}. "
    "{Rc}: территория {Rg}",
}

POSITION: dict[str, dict[Lang, str]] = {
    "basho_1754": {
        "en": "; a Japanese (Matsumae) trading post from 1754, trading with the "
        "Ainu, no firm control",
        "ja": "。1754年から松前藩の場所（アイヌとの交易拠点）、支配は確立せず",
        "ru": "; японская фактория княжества Мацумаэ с 1754 г. (торговля с айнами), "
        "без прочного управления",
    },
    "shogunate_1799": {
        "en": "; the Tokugawa shogunate's direct rule from 1799 (Kondō Jūzō's "
        "marker on Etorofu, 1798)",
        "ja": "。1799年から江戸幕府の直轄（1798年、近藤重蔵が択捉島に標柱）",
        "ru": "; прямое управление сёгуната Токугава с 1799 г. (знак Кондо Дзюдзо "
        "на Итурупе, 1798 г.)",
    },
    "ezo_rule": {
        "en": "; Ezo: the Matsumae domain ruled the south-west, the Ainu lands "
        "beyond were loosely held; the shogunate ruled the east directly from 1799",
        "ja": "。蝦夷地：松前藩が南西部を支配し、アイヌの地への支配は緩やか。"
        "1799年から東蝦夷地は江戸幕府の直轄",
        "ru": "; Эдзо: княжество Мацумаэ управляло юго-западом, земли айнов "
        "контролировались слабо; восток с 1799 г. под прямым управлением сёгуната",
    },
    "shumshu_1711": {
        "en": "; Russians on Shumshu from 1711",
        "ja": "。1711年からロシア人が占守島に進出",
        "ru": "; русские на Шумшу с 1711 г.",
    },
    "urup_colony_1795": {
        "en": "; a Russian colony on Urup 1795-1805",
        "ja": "。1795〜1805年、得撫島にロシア人の植民地",
        "ru": "; русское поселение на Урупе в 1795–1805 гг.",
    },
    "pledge_1956": {
        "en": "; to be handed to Japan after a peace treaty (1956 Declaration, art. 9)",
        "ja": "。平和条約締結後に日本へ引き渡す（1956年日ソ共同宣言第9条）",
        "ru": "; передача Японии после мирного договора (Декларация 1956 г., ст. 9)",
    },
    "pledge_1960": {
        "en": "; promised to Japan after a peace treaty (1956), since 1960 on the "
        "Soviet condition that foreign troops leave Japan",
        "ja": "。平和条約締結後の引き渡しを約束（1956年）、1960年以降ソ連は外国軍隊の"
        "撤退を条件に追加",
        "ru": "; обещана передача Японии после мирного договора (1956), с 1960 г. "
        "СССР добавил условие вывода иностранных войск из Японии",
    },
    "pledge_2001": {
        "en": "; promised to Japan after a peace treaty (1956 Declaration, which "
        "both sides called the starting point in 2001)",
        "ja": "。平和条約締結後の引き渡しを約束（1956年宣言。"
        "2001年に両国が出発点と確認）",
        "ru": "; обещана передача Японии после мирного договора (Декларация 1956 г., "
        "которую обе стороны в 2001 г. назвали отправной точкой)",
    },
    "tokyo_1993": {
        "en": "; both sides agreed in 1993 to settle the attribution of the four "
        "islands by negotiation (Tokyo Declaration)",
        "ja": "。1993年、両国は四島の帰属問題を交渉で解決することに合意（東京宣言）",
        "ru": "; в 1993 г. стороны договорились решить вопрос о принадлежности "
        "четырёх островов путём переговоров (Токийская декларация)",
    },
    "constitution_2020": {
        "en": "; since 2020 Russia's constitution forbids ceding its territory",
        "ja": "。2020年以降、ロシア憲法は領土の割譲を禁止",
        "ru": "; с 2020 г. Конституция России запрещает отчуждение территории",
    },
}
"""Each party's stated position by its basis key in the claims table, as it
stood from the day stated (the pledge of 1956 [S94][S95], the Soviet condition
of 1960 [S96][S97], the Tokyo Declaration of 1993 [S105], the Irkutsk
statement of 2001 [S106], Russia's 2020 constitution [S113])."""

BASIS: dict[str, dict[Lang, str]] = {
    "treaty": {"en": "treaty", "ja": "条約", "ru": "договор"},
    "occupation": {
        "en": "military occupation",
        "ja": "軍事占領",
        "ru": "военная оккупация",
    },
    "annexation": {"en": "annexation", "ja": "編入", "ru": "включение в состав"},
    "shogunate_1799": {
        "en": "the shogunate's direct rule",
        "ja": "江戸幕府の直轄",
        "ru": "прямое управление сёгуната",
    },
    "ezo_rule": {
        "en": "rule of the Matsumae domain and the shogunate",
        "ja": "松前藩と江戸幕府の支配",
        "ru": "власть княжества Мацумаэ и сёгуната",
    },
}
"""The basis of a hold (the claims table's ``basis`` of its sovereign,
administers, occupies and rules rows), worded; the annexation as the 1946
decree and the Japanese and Russian state texts word it (編入, включение в
состав). A map names the treaty or decree itself from the row's event."""

DISPUTE_NAME: dict[Lang, str] = {
    "en": "Kuril Islands dispute / Northern Territories issue",
    "ja": "北方領土問題",
    "ru": "спор о принадлежности Курильских островов",
}
"""The dispute's names [S35b]."""

GROUP_NAME: dict[Lang, tuple[str, str]] = {
    "en": ("Northern Territories", "Southern Kurils"),
    "ja": ("北方領土", "南クリル諸島"),
    "ru": ("Северные территории", "Южные Курилы"),
}
"""(Japan's, Russia's) name of the four islands [S35b][S36b][G36][K04], used
while they are disputed (from the Soviet landings of 1945)."""


def soviet(day: dt.date) -> bool:
    """Whether the Russian state was the Soviet Union on ``day``."""
    return USSR[0] <= day <= USSR[1]


def phrase(template: str, lang: Lang, day: dt.date) -> str:
    """Fill a status template with the Russian state's name on ``day``."""
    i = int(soviet(day))
    return template.format(
        R=_RUSSIA[lang][i],
        Rg=_RUSSIA_GEN[i],
        Ri=_RUSSIA_INS[i],
        Rp=("Russia's", "the Soviet")[i],
        Rc=_RUSSIA_CAPITAL[lang][i],
    )


def both(first: str, second: str | None, lang: Lang, *, slash: bool = False) -> str:
    """``first (second)``, or ``first / second``; one name if they are equal."""
    if not second or second == first:
        return first
    if slash:
        return f"{first} / {second}"
    return f"{first}（{second}）" if lang == "ja" else f"{first} ({second})"


VIEW_TITLE: dict[View, dict[Lang, str]] = {
    "japan": {"en": "Japan's view", "ja": "日本の立場", "ru": "Позиция Японии"},
    "russia": {"en": "Russia's view", "ja": "ロシアの立場", "ru": "Позиция России"},
    "de_facto": {
        "en": "On the ground (de facto)",
        "ja": "実効支配の状況",
        "ru": "Фактическое положение",
    },
    "neutral": {
        "en": "Neutral: both positions",
        "ja": "中立：両国の立場を併記",
        "ru": "Нейтрально: обе позиции",
    },
}
"""Title of each point of view, for map titles, legends and captions."""

LEGEND: dict[str, dict[Lang, str]] = {
    "territories": {"en": "Territories", "ja": "領域", "ru": "Территории"},
    "land": {"en": "Land (basemap)", "ja": "陸地（背景）", "ru": "Суша (подложка)"},
    "settlements": {"en": "Settlements", "ja": "集落", "ru": "Населённые пункты"},
    "boundaries": {
        "en": "Treaty and claim lines",
        "ja": "条約上の境界と主張線",
        "ru": "Договорные границы и линия притязаний",
    },
    "zones": {
        "en": "Maritime zones (12 / 200 nm)",
        "ja": "海域（12・200海里）",
        "ru": "Морские зоны (12 / 200 миль)",
    },
    "median_line": {
        "en": "Equidistance (median) line",
        "ja": "中間線",
        "ru": "Срединная линия",
    },
    "labels": {"en": "Names", "ja": "名称", "ru": "Названия"},
    "events": {"en": "Events", "ja": "出来事", "ru": "События"},
    "date": {"en": "Date", "ja": "日付", "ru": "Дата"},
    "sources": {"en": "Sources", "ja": "出典", "ru": "Источники"},
    "since": {"en": "since", "ja": "開始", "ru": "с"},
    "basis": {"en": "basis", "ja": "根拠", "ru": "основание"},
    "held_by": {"en": "held by", "ja": "支配", "ru": "под контролем"},
    "held_since": {
        "en": "{party}, since {date}",
        "ja": "{date}から{party}",
        "ru": "{party}, с {date}",
    },
    "held_then": {
        "en": "{first}, then {second}",
        "ja": "{first}、のち{second}",
        "ru": "{first}, затем {second}",
    },
    "documents": {"en": "documents", "ja": "関連文書", "ru": "документы"},
    "dispute": {"en": "dispute", "ja": "問題", "ru": "спор"},
    "disagree": {
        "en": "Sources disagree: every figure is listed.",
        "ja": "出典により数値が異なるため、すべて掲載。",
        "ru": "Источники расходятся: приведены все цифры.",
    },
    "party_japan": {"en": "Japan", "ja": "日本", "ru": "Япония"},
    "party_russia": {"en": "Russia", "ja": "ロシア", "ru": "Россия"},
    "nautical_miles": {"en": "nm", "ja": "海里", "ru": "мор. миль"},
    "population": {"en": "Population", "ja": "人口", "ru": "Население"},
    "no_events": {
        "en": "No event on this day.",
        "ja": "この日の出来事はありません。",
        "ru": "В этот день событий нет.",
    },
    "data_note": {
        "en": "Shorelines: GSHHG (LGPL-3.0). Facts: see sources.csv of kurilmap.",
        "ja": "海岸線：GSHHG（LGPL-3.0）。事実の出典：kurilmap の sources.csv。",
        "ru": "Береговая линия: GSHHG (LGPL-3.0). Факты: sources.csv в kurilmap.",
    },
}
"""Words of what a map of the dispute shows: layers, legend, slider, notes."""


def view_title(view: View, lang: Lang) -> str:
    """Return the title of a point of view in a language.

    Examples
    --------
    >>> view_title("de_facto", "ru")
    'Фактическое положение'
    """
    return VIEW_TITLE[as_view(view)][as_lang(lang)]


def legend_word(key: str, lang: Lang) -> str:
    """Return one word of the map legend (:data:`LEGEND`) in a language.

    Examples
    --------
    >>> legend_word("settlements", "ja")
    '集落'
    """
    return LEGEND[as_choice(key, tuple(LEGEND), "legend word")][as_lang(lang)]


def basis_word(basis: str, lang: Lang) -> str:
    """Return the words of a hold's basis key (:data:`BASIS`) in a language.

    Examples
    --------
    >>> basis_word("annexation", "ja"), basis_word("annexation", "ru")
    ('編入', 'включение в состав')
    """
    return BASIS[as_choice(basis, tuple(BASIS), "basis")][as_lang(lang)]


def held_by(party: str, since: dt.date | None, day: dt.date, lang: Lang) -> str:
    """Name who holds a unit on ``day`` and the first day of that hold.

    Russia is named as the state was called on each day ("the Soviet Union,
    then Russia"); a hold begun on or before the model's first day, or of
    unknown start, gets no date.

    Examples
    --------
    >>> held_by("russia", dt.date(1945, 9, 1), dt.date(2019, 5, 10), "en")
    'The Soviet Union, then Russia, since 1945-09-01'
    >>> held_by("russia", dt.date(1945, 9, 1), dt.date(1960, 1, 1), "ru")
    'СССР, с 1945-09-01'
    """
    party, lang = as_choice(party, PARTIES, "party"), as_lang(lang)

    def name(when: dt.date, table: dict[str, tuple[str, str]]) -> str:
        if party == "japan":
            return LEGEND["party_japan"][lang]
        return table[lang][int(soviet(when))]

    who = name(day, _RUSSIA_CAPITAL)
    if since is not None and party != "japan" and soviet(since) != soviet(day):
        who = LEGEND["held_then"][lang].format(
            first=name(since, _RUSSIA_CAPITAL), second=name(day, _RUSSIA)
        )
    if since is None or since <= FIRST_DAY:
        return who
    return LEGEND["held_since"][lang].format(party=who, date=since.isoformat())


LINES: dict[str, dict[Lang, str]] = {
    "treaty_boundary": {
        "en": "Treaty boundary (with its years)",
        "ja": "条約上の国境（年次つき）",
        "ru": "Договорная граница (с годами)",
    },
    "claim_line": {
        "en": "Japan's claim line",
        "ja": "日本の主張線",
        "ru": "Линия притязаний Японии",
    },
    "equidistance_line": LEGEND["median_line"],
}
"""Legend entries of the lines on a map, by line kind."""


def line_word(kind: str, lang: Lang) -> str:
    """Return the legend entry of a line kind (:data:`LINES`) in a language.

    Examples
    --------
    >>> line_word("claim_line", "en")
    "Japan's claim line"
    """
    return LINES[as_choice(kind, tuple(LINES), "line kind")][as_lang(lang)]
