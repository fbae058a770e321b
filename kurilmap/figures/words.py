"""The words of the static figures and the handout, in English, Japanese and Russian.

Every statement carries the source keys of ``sources.csv`` it paraphrases. The
official positions follow FACTS §5a (Japan: MOFA [S01][S02]; Russia: Lavrov
[S117][S118]); the key dates take their day and sources from the ``events``
dataset, only their one-line wording is kept here (event titles exist in
English only). Figures in the questions are filled in from the data.
"""

from __future__ import annotations

from kurilmap.vocab import Lang

TITLE: dict[Lang, tuple[str, tuple[str, ...]]] = {
    "en": (
        "The Kuril Islands dispute: four islands, two positions",
        ("Northern Territories (Japan's name)", "Southern Kurils (Russia's name)"),
    ),
    "ja": (
        "北方領土問題：四つの島、二つの立場",
        ("北方領土（日本の呼称）", "南クリル諸島（ロシアの呼称）"),
    ),
    "ru": (
        "Спор о Южных Курилах: четыре острова, две позиции",
        ("Северные территории (название в Японии)", "Южные Курилы (название в России)"),
    ),
}
"""Each language's title, and each side's name of the islands in that language."""

HEADINGS: dict[str, dict[Lang, str]] = {
    "figures": {"en": "Key figures", "ja": "主な数字", "ru": "Основные цифры"},
    "positions": {
        "en": "The two official positions",
        "ja": "両国政府の立場",
        "ru": "Официальные позиции сторон",
    },
    "dates": {"en": "Key dates", "ja": "主な出来事", "ru": "Основные даты"},
    "questions": {
        "en": "Questions for discussion",
        "ja": "話し合ってみよう",
        "ru": "Вопросы для обсуждения",
    },
}

COLUMNS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "Island",
        "Land, km²\n(GSI 2022) [{area}]",
        "Japanese residents\n15 Aug 1945 [{old}]",
        "Residents {year}\n[{now}]",
    ),
    "ja": (
        "島",
        "面積 km²\n（国土地理院 2022）[{area}]",
        "日本人住民\n1945年8月15日 [{old}]",
        "住民（{year}年）\n[{now}]",
    ),
    "ru": (
        "Остров",
        "Суша, км²\n(GSI, 2022) [{area}]",
        "Японские жители\n15.08.1945 [{old}]",
        "Жители, {year}\n[{now}]",
    ),
}

TOTAL: dict[Lang, str] = {"en": "Four islands", "ja": "四島計", "ru": "Всего"}

TABLE_NOTE: dict[Lang, str] = {
    "en": "Residents: Russian statistics of January 2016 as published by Japan; "
    "Habomai has no civilian residents (2010 census, {habomai}). Former islanders "
    "alive on {survivors_date}: {survivors} [{survivors_src}].",
    "ja": "住民：日本が公表した2016年1月のロシア側統計。歯舞群島に民間人は住んでいない"
    "（2010年国勢調査、{habomai}）。元島民の生存者は{survivors_date}時点で"
    "{survivors}人 [{survivors_src}]。",
    "ru": "Жители: российская статистика на январь 2016 г., опубликованная Японией; "
    "на Хабомаи гражданского населения нет (перепись 2010 г., {habomai}). Бывших "
    "жителей-японцев в живых на {survivors_date}: {survivors} [{survivors_src}].",
}

POSITIONS: dict[Lang, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "Japan: the four islands are an inherent part of Japan's territory, "
            "occupied illegally by Russia; a peace treaty is to be concluded by "
            "settling which country they belong to.",
            "S01;S02",
        ),
        (
            "Russia: the southern Kurils became part of the USSR as a result of "
            "the Second World War, an outcome fixed in international law "
            "(including Art. 107 of the UN Charter), so Russia's sovereignty over "
            "them is not open to discussion.",
            "S117;S118",
        ),
    ),
    "ja": (
        (
            "日本：北方四島は日本固有の領土であり、ロシアが不法に占拠している。"
            "四島の帰属の問題を解決して平和条約を締結する。",
            "S01;S02",
        ),
        (
            "ロシア：南クリル諸島は第二次世界大戦の結果ソ連・ロシア領となった。"
            "この結果は国連憲章第107条を含む国際法で確定しており、"
            "ロシアの主権は議論の対象ではない。",
            "S117;S118",
        ),
    ),
    "ru": (
        (
            "Япония: четыре острова — исконная часть территории Японии, незаконно "
            "оккупированная Россией; мирный договор должен быть заключён после "
            "решения вопроса об их принадлежности.",
            "S01;S02",
        ),
        (
            "Россия: Южные Курилы вошли в состав СССР по итогам Второй мировой "
            "войны; этот итог закреплён в международном праве (в том числе "
            "ст. 107 Устава ООН), поэтому суверенитет России над ними не "
            "подлежит обсуждению.",
            "S117;S118",
        ),
    ),
}

DATES: dict[str, dict[Lang, str]] = {
    "1855-shimoda-treaty": {
        "en": "Treaty of Shimoda: the border runs between Iturup (Etorofu) and Urup.",
        "ja": "日露和親条約：択捉島と得撫島の間に国境を定める。",
        "ru": "Симодский трактат: граница проходит между Итурупом и Урупом.",
    },
    "1945-09-05-four-islands-occupied": {
        "en": "Soviet forces have occupied all four islands (landings from 28 August).",
        "ja": "ソ連軍が四島すべてを占領（8月28日から上陸）。",
        "ru": "Советские войска заняли все четыре острова (высадки с 28 августа).",
    },
    "1946-02-02-annexation-decree": {
        "en": "A Soviet decree incorporates the Kurils and southern Sakhalin into "
        "the USSR.",
        "ja": "ソ連最高会議幹部会令により千島と南樺太がソ連に編入される。",
        "ru": "Указ Президиума ВС СССР включает Курилы и Южный Сахалин в состав СССР.",
    },
    "1951-san-francisco-treaty": {
        "en": "San Francisco Peace Treaty: Japan renounces the Kuril Islands; "
        "the USSR does not sign; Japan holds that the four islands are not part "
        "of them.",
        "ja": "サンフランシスコ平和条約：日本は千島列島を放棄。ソ連は署名せず。"
        "日本は四島は千島列島に含まれないとする。",
        "ru": "Сан-Францисский мирный договор: Япония отказывается от Курильских "
        "островов; СССР его не подписал; Япония считает, что четыре острова к "
        "ним не относятся.",
    },
    "1956-joint-declaration": {
        "en": "Joint Declaration ends the state of war; the USSR agrees to "
        "transfer Shikotan and the Habomai islets after a peace treaty.",
        "ja": "日ソ共同宣言：戦争状態の終了。平和条約締結後に歯舞群島と色丹島を"
        "引き渡すことに同意。",
        "ru": "Совместная декларация прекращает состояние войны; СССР согласен "
        "передать Шикотан и Хабомаи после заключения мирного договора.",
    },
    "2022-03-21-russia-suspends-talks": {
        "en": "Russia suspends the peace-treaty talks.",
        "ja": "ロシアが平和条約交渉を中断。",
        "ru": "Россия приостанавливает переговоры о мирном договоре.",
    },
}

QUESTIONS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "Japan says “Northern Territories”, Russia “Southern Kurils”. What does "
        "each name say about a position? Which words would a neutral report use?",
        "In 1945, {japanese} Japanese lived on the islands; in {year}, {residents} "
        "people lived there. Whose interests should a settlement weigh, and how?",
        "The 1956 Declaration promised Shikotan and Habomai after a peace treaty: "
        "{share} of the land. Why might one side accept that and the other not?",
        "Which sources on this sheet are governments, which are not? How would "
        "you check a figure you read in the news?",
    ),
    "ja": (
        "日本は「北方領土」、ロシアは「南クリル」と呼ぶ。それぞれの名前はどんな立場を"
        "表しているか。中立な報道ならどんな言葉を使うか。",
        "1945年には日本人{japanese}人が住み、{year}年には{residents}人が住んでいた。"
        "解決にあたって、だれの利益をどのように考えるべきか。",
        "1956年の共同宣言は、平和条約締結後に色丹島と歯舞群島（面積の{share}）の"
        "引き渡しを定めた。一方が受け入れ、他方が受け入れない理由は何か。",
        "このシートの出典のうち、政府のものはどれか。ニュースで読んだ数字を"
        "どう確かめるか。",
    ),
    "ru": (
        "Япония говорит «Северные территории», Россия — «Южные Курилы». О какой "
        "позиции говорит каждое название? Какие слова выбрал бы нейтральный "
        "репортёр?",
        "В 1945 г. на островах жили {japanese} человек (японцы), в {year} г. — "
        "{residents} человек. Чьи интересы должно учитывать урегулирование и как?",
        "Декларация 1956 г. обещала Шикотан и Хабомаи после мирного договора — "
        "{share} суши. Почему одна сторона могла бы согласиться, а другая нет?",
        "Какие источники на этом листе правительственные, а какие нет? Как "
        "проверить цифру из новостей?",
    ),
}

FOOTER: dict[Lang, str] = {
    "en": "Source keys in [ ] refer to sources.csv (kurilmap data, CC-BY-4.0; "
    "shorelines GSHHG, LGPL-3.0). Map and figures as of {date}; kurilmap {version}.",
    "ja": "［ ］内は sources.csv の出典キー（kurilmap データ CC-BY-4.0、"
    "海岸線 GSHHG LGPL-3.0）。地図と数字は{date}現在。kurilmap {version}。",
    "ru": "Ключи в [ ] — источники из sources.csv (данные kurilmap, CC-BY-4.0; "
    "береговая линия GSHHG, LGPL-3.0). Карта и цифры на {date}; kurilmap {version}.",
}

SOURCE_LINE: dict[Lang, str] = {
    "en": "Shorelines: GSHHG (LGPL-3.0). Claims, lines, settlements: kurilmap "
    "data, sources in sources.csv.",
    "ja": "海岸線：GSHHG（LGPL-3.0）。主張・境界・集落：kurilmap のデータ"
    "（出典は sources.csv）。",
    "ru": "Береговая линия: GSHHG (LGPL-3.0). Притязания, линии, населённые пункты: "
    "данные kurilmap, источники в sources.csv.",
}
"""The source line under a static map."""

UNPLACED: dict[Lang, str] = {
    "en": "{settlements} ({n} not on the map: no sourced coordinates)",
    "ja": "{settlements}（うち{n}か所は出典のある座標がなく地図に表示なし）",
    "ru": "{settlements} (не на карте: {n} — нет координат из источников)",
}
"""The settlements' legend entry when some of that day's have no coordinates."""

SCALE_BAR: dict[Lang, str] = {"en": "{km} km", "ja": "{km} km", "ru": "{km} км"}
"""The static figure's scale bar (``{km}``: its length), as each language writes it."""

STORY_PAGE: dict[str, dict[Lang, str]] = {
    "chapter": {
        "en": "Chapter {number} of {count}",
        "ja": "第{number}章（全{count}章）",
        "ru": "Глава {number} из {count}",
    },
    "outlined": {
        "en": "Outlined in black: {places}",
        "ja": "黒の太線で囲んだ場所：{places}",
        "ru": "Чёрным контуром выделено: {places}",
    },
    "position": {
        "en": "{party}: {text}",
        "ja": "{party}：{text}",
        "ru": "{party}: {text}",
    },
    "event": {
        "en": "{date} — {title}: {summary}",
        "ja": "{date}　{title}：{summary}",
        "ru": "{date} — {title}: {summary}",
    },
    "quote": {
        "en": "“{text}” — {speaker}",
        "ja": "「{text}」（{speaker}）",
        "ru": "«{text}» — {speaker}",
    },
    "quote_unattributed": {"en": "“{text}”", "ja": "「{text}」", "ru": "«{text}»"},
    "alt": {
        "en": "What the map shows: {alt}",
        "ja": "地図が示すもの：{alt}",
        "ru": "Что показывает карта: {alt}",
    },
    "source": {
        "en": "{key} {publisher}: {title}",
        "ja": "{key} {publisher}：{title}",
        "ru": "{key} {publisher}: {title}",
    },
}
"""The words of a story's PDF page (:func:`kurilmap.figures.story_pages.story_pdf`):
the chapter counter, the outlined places, positions, events, quotes, the text
alternative of the map and the source lines. ``{…}`` are filled in per chapter."""
