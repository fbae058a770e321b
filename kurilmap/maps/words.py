"""The words of an article on the interactive map: its layers, panel and popups.

Every entry has English, Japanese and Russian (a test checks it).
"""

from __future__ import annotations

from kurilmap.vocab import Lang

ARTICLE_WORDS: dict[str, dict[Lang, str]] = {
    "article": {"en": "Article", "ja": "記事", "ru": "Статья"},
    "places": {"en": "Article: places", "ja": "記事：地名", "ru": "Статья: места"},
    "events": {"en": "Article: events", "ja": "記事：出来事", "ru": "Статья: события"},
    "in_article": {"en": "In the article", "ja": "記事では", "ru": "В статье"},
    "more": {
        "en": "…and {n} more in the article panel",
        "ja": "…ほか{n}文は記事パネルに",
        "ru": "…и ещё {n} в панели статьи",
    },
    "unattributed": {
        "en": "unattributed",
        "ja": "発言者不明",
        "ru": "без указания автора",
    },
    "speaker_role": {  # {who} is HTML
        "en": "{who}, {role}",
        "ja": "{who}（{role}）",
        "ru": "{who}, {role}",
    },
    "not_located": {  # the article's marks and the atlas's list and popups
        "en": "not on the map: no sourced coordinates",
        "ja": "地図に表示なし（出典のある座標なし）",
        "ru": "не на карте: нет координат из источников",
    },
    "hint": {
        "en": "Click a highlighted name to fly to it on the map.",
        "ja": "強調された地名をクリックすると地図上の位置へ移動します。",
        "ru": "Нажмите на выделенное название, чтобы перейти к нему на карте.",
    },
    "timeline": {
        "en": "Dates in the article",
        "ja": "記事中の日付",
        "ru": "Даты в статье",
    },
    "timeline_hint": {
        "en": "Each date moves the time slider to it.",
        "ja": "日付を押すと時間スライダーがその日に移動します。",
        "ru": "Нажмите на дату, чтобы перевести на неё шкалу времени.",
    },
    "speakers": {"en": "Who is quoted", "ja": "発言者", "ru": "Кого цитируют"},
    "terms": {
        "en": "Names and terms in quotation marks",
        "ja": "かぎ括弧内の名称・用語",
        "ru": "Названия и термины в кавычках",
    },
    "tense_past": {"en": "past", "ja": "過去", "ru": "прошлое"},
    "tense_present": {"en": "now", "ja": "現在", "ru": "настоящее"},
    "tense_future": {"en": "future", "ja": "今後", "ru": "будущее"},
    "marks": {
        "en": "Events in the article:",
        "ja": "記事中の出来事：",
        "ru": "События из статьи:",
    },
}
"""Words of the article layer, panel and popups (:mod:`kurilmap.maps.article_layer`)."""

DOCK_WORDS: dict[str, dict[Lang, str]] = {
    "panel": {"en": "Map panel", "ja": "地図パネル", "ru": "Панель карты"},
    "open": {
        "en": "Legend & layers ▴",
        "ja": "凡例とレイヤー ▴",
        "ru": "Легенда и слои ▴",
    },
    "close": {"en": "Close ▾", "ja": "閉じる ▾", "ru": "Свернуть ▾"},
    "key": {"en": "Legend & layers", "ja": "凡例とレイヤー", "ru": "Легенда и слои"},
    "article": {"en": "Article", "ja": "記事", "ru": "Статья"},
    "story": {"en": "Story", "ja": "ストーリー", "ru": "История"},
    "link": {
        "en": "Same date on both maps",
        "ja": "両方の地図を同じ日付に",
        "ru": "Одна дата на обеих картах",
    },
    "view": {"en": "View", "ja": "立場", "ru": "Позиция"},
    "lang": {"en": "Language", "ja": "言語", "ru": "Язык"},
}
"""Words of the map panel (:mod:`kurilmap.maps.dock`)."""

STORY_WORDS: dict[str, dict[Lang, str]] = {
    "chapter": {
        "en": "Chapter {n} of {total}",
        "ja": "第{n}章（全{total}章）",
        "ru": "Глава {n} из {total}",
    },
    "previous": {"en": "Previous", "ja": "前へ", "ru": "Назад"},
    "next": {"en": "Next", "ja": "次へ", "ru": "Далее"},
    "chapters": {"en": "Chapters", "ja": "章", "ru": "Главы"},
    "shows": {
        "en": "What the map shows",
        "ja": "地図が示すもの",
        "ru": "Что показывает карта",
    },
    "events": {"en": "Events", "ja": "出来事", "ru": "События"},
    "event": {  # {title} is HTML
        "en": "{title}. {summary}",
        "ja": "{title}：{summary}",
        "ru": "{title}. {summary}",
    },
    "sources": {"en": "Sources", "ja": "出典", "ru": "Источники"},
    "quoted": {"en": "Quoted", "ja": "発言", "ru": "Цитаты"},
    "keys": {
        "en": "Arrow keys, Page Up/Down, Home and End move between chapters.",
        "ja": "矢印キー、Page Up/Down、Home、End で章を移動できる。",
        "ru": "Стрелки, Page Up/Down, Home и End переключают главы.",
    },
}
"""Words of a story's page (:mod:`kurilmap.maps.story`)."""

LANG_NAMES: dict[Lang, str] = {"en": "English", "ja": "日本語", "ru": "Русский"}
"""Each language by its own name (the language switch shows them so)."""

FIGURE_KIND: dict[str, dict[Lang, str]] = {
    "census": {"en": "census", "ja": "国勢調査", "ru": "перепись"},
    "estimate": {"en": "estimate", "ja": "推計", "ru": "оценка"},
    "statistics": {
        "en": "official statistics",
        "ja": "公式統計",
        "ru": "официальная статистика",
    },
    "press": {"en": "press report", "ja": "報道", "ru": "данные прессы"},
    "register_1945": {
        "en": "residents on 15 Aug 1945",
        "ja": "1945年8月15日時点の居住者",
        "ru": "жители на 15 авг. 1945 г.",
    },
    "survivors": {
        "en": "former islanders alive",
        "ja": "存命の元島民",
        "ru": "ныне живущие бывшие жители",
    },
}
"""Kinds of population figure (``figure_kind`` of the populations dataset)."""

POPUP_WORDS: dict[str, dict[Lang, str]] = {
    "basis_dated": {
        "en": "{basis}, {date}",
        "ja": "{basis}（{date}）",
        "ru": "{basis}, {date}",
    },
    "basis_document": {
        "en": "{basis}, {date}: {document}",
        "ja": "{basis}（{date}）：{document}",
        "ru": "{basis}, {date}: {document}",
    },
    "document": {
        "en": "{document} ({date})",
        "ja": "{document}（{date}）",
        "ru": "{document} ({date})",
    },
    "event": {
        "en": "{title} ({date}).",
        "ja": "{title}（{date}）。",
        "ru": "{title} ({date}).",
    },
    "period": {"en": "in force", "ja": "有効期間", "ru": "период действия"},
    "unplaced": {
        "en": "Settlements not on the map (no sourced coordinates): {names}.",
        "ja": "地図に表示していない集落（出典のある座標なし）：{names}。",
        "ru": "Населённые пункты не на карте (нет координат из источников): {names}.",
    },
    "unnamed": {
        "en": "{n} with no name in English in the sources",
        "ja": "日本語名が出典にない{n}集落",
        "ru": "{n} без названия на русском в источниках",
    },
}
"""Templates of the map's popups and slider: a hold's basis with the document
it rests on, a document in force, an event's line (``{title}`` is HTML), the
settlements the map cannot draw."""

ATLAS_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"en": "News atlas", "ja": "報道アトラス", "ru": "Атлас публикаций"},
    "tab": {"en": "Places & articles", "ja": "地名と記事", "ru": "Места и статьи"},
    "open": {
        "en": "Places, articles & legend ▴",
        "ja": "地名・記事・凡例 ▴",
        "ru": "Места, статьи и легенда ▴",
    },
    "layer": {
        "en": "Places in the news",
        "ja": "報道された地名",
        "ru": "Места в публикациях",
    },
    "summary": {  # the fields are ATLAS_COUNTED's articles and outlets_from
        "en": "{articles} from {outlets}, {first} – {last}",
        "ja": "{outlets}の{articles}（{first}～{last}）",
        "ru": "{articles} из {outlets}, {first} – {last}",
    },
    "summary_undated": {  # a corpus whose articles have no date
        "en": "{articles} from {outlets}, undated",
        "ja": "{outlets}の{articles}（日付なし）",
        "ru": "{articles} из {outlets}, без дат",
    },
    "summary_empty": {
        "en": "No article in this corpus",
        "ja": "このコーパスに記事はありません",
        "ru": "В этом корпусе нет статей",
    },
    "alt": {  # and places
        "en": "A map of the {places} named in {articles} from {outlets}, "
        "{first} – {last}, each sized by its mentions.",
        "ja": "{outlets}の{articles}（{first}～{last}）に登場する"
        "{places}の地名を、言及数に応じた大きさで示した地図。",
        "ru": "Карта мест, названных в публикациях: {places}; {articles} из "
        "{outlets}, {first} – {last}. Размер круга — число упоминаний.",
    },
    "alt_undated": {
        "en": "A map of the {places} named in {articles} from {outlets}, "
        "undated, each sized by its mentions.",
        "ja": "{outlets}の{articles}（日付なし）に登場する"
        "{places}の地名を、言及数に応じた大きさで示した地図。",
        "ru": "Карта мест, названных в публикациях: {places}; {articles} из "
        "{outlets}, без дат. Размер круга — число упоминаний.",
    },
    "alt_empty": {
        "en": "A map of the four islands and their region; this corpus holds "
        "no article.",
        "ja": "四島とその周辺の地図。このコーパスに記事はありません。",
        "ru": "Карта четырёх островов и их окрестностей; в этом корпусе нет статей.",
    },
    "month": {"en": "Month", "ja": "月", "ru": "Месяц"},
    "per_month": {
        "en": "Mentions per month",
        "ja": "月ごとの言及数",
        "ru": "Упоминания по месяцам",
    },
    "all_months": {"en": "All months", "ja": "全期間", "ru": "Все месяцы"},
    "language": {"en": "Language", "ja": "言語", "ru": "Язык"},
    "all_langs": {"en": "All languages", "ja": "すべての言語", "ru": "Все языки"},
    "outlet": {"en": "Outlet", "ja": "媒体", "ru": "Издание"},
    "all_outlets": {"en": "All outlets", "ja": "すべての媒体", "ru": "Все издания"},
    "unknown_outlet": {
        "en": "outlet not given",
        "ja": "媒体不明",
        "ru": "издание не указано",
    },
    "untitled": {"en": "(untitled)", "ja": "（無題）", "ru": "(без заголовка)"},
    "undated": {"en": "undated", "ja": "日付なし", "ru": "без даты"},
    "chart": {
        "en": "Mentions per month, by island",
        "ja": "島ごとの月別言及数",
        "ru": "Упоминания по месяцам, по островам",
    },
    "chart_year": {
        "en": "Mentions per year, by island",
        "ja": "島ごとの年別言及数",
        "ru": "Упоминания по годам, по островам",
    },
    "places": {
        "en": "Places by mentions",
        "ja": "言及の多い地名",
        "ru": "Места по числу упоминаний",
    },
    "hint": {
        "en": "Click a place here or on the map to list its articles.",
        "ja": "ここか地図上の地名を押すと、その地名の記事が一覧で出ます。",
        "ru": "Нажмите на место здесь или на карте, чтобы увидеть его статьи.",
    },
    "none": {
        "en": "No mention with these filters.",
        "ja": "この条件での言及はありません。",
        "ru": "При этих фильтрах упоминаний нет.",
    },
    "events": {
        "en": "Events most reported",
        "ja": "多く報じられた出来事",
        "ru": "Самые освещаемые события",
    },
    "speakers": {
        "en": "Who is quoted most",
        "ja": "よく引用される人",
        "ru": "Кого цитируют чаще",
    },
    "size_key": {
        "en": "Circle size: mentions in the chosen month and filters",
        "ja": "円の大きさ：選んだ月・条件での言及数",
        "ru": "Размер круга: упоминания за выбранный месяц с учётом фильтров",
    },
    "group_key": {
        "en": "Dashed: an island group named as a whole (the four islands, the Kurils)",
        "ja": "破線：島々をまとめて指す名称（北方四島、千島列島）",
        "ru": "Пунктир: группа островов целиком (четыре острова, Курилы)",
    },
    "off_key": {
        "en": "Places beyond the map: labels at its edge, pointing their way",
        "ja": "地図の外の地名：縁のラベルが方向を示します",
        "ru": "Места за пределами карты: подписи у края указывают направление",
    },
}
"""Words of the corpus atlas (:mod:`kurilmap.maps.atlas`): the fields are dates
and counted words (:data:`ATLAS_COUNTED`) filled in by the builder."""

ARTICLE_COUNTED: dict[str, dict[Lang, dict[str, str]]] = {
    "sentences": {
        "en": {
            "one": "{n} sentence in the article",
            "other": "{n} sentences in the article",
        },
        "ja": {"other": "記事中の{n}文"},
        "ru": {
            "one": "{n} предложение в статье",
            "few": "{n} предложения в статье",
            "many": "{n} предложений в статье",
            "other": "{n} предложения в статье",
        },
    },
}
"""An article popup's counted words: the forms of each plural category
(:func:`kurilmap.vocab.counted`)."""

ATLAS_COUNTED: dict[str, dict[Lang, dict[str, str]]] = {
    "mentions": {
        "en": {"one": "{n} mention", "other": "{n} mentions"},
        "ja": {"other": "言及{n}件"},
        "ru": {
            "one": "{n} упоминание",
            "few": "{n} упоминания",
            "many": "{n} упоминаний",
            "other": "{n} упоминания",
        },
    },
    "articles": {
        "en": {"one": "{n} article", "other": "{n} articles"},
        "ja": {"other": "記事{n}本"},
        "ru": {
            "one": "{n} статья",
            "few": "{n} статьи",
            "many": "{n} статей",
            "other": "{n} статьи",
        },
    },
    "more": {
        "en": {"one": "…and {n} more article", "other": "…and {n} more articles"},
        "ja": {"other": "…ほか記事{n}本"},
        "ru": {
            "one": "…и ещё {n} статья",
            "few": "…и ещё {n} статьи",
            "many": "…и ещё {n} статей",
            "other": "…и ещё {n} статьи",
        },
    },
    "outlets_from": {  # "… from 3 outlets": Russian genitive, "из 3 изданий"
        "en": {"one": "{n} outlet", "other": "{n} outlets"},
        "ja": {"other": "{n}媒体"},
        "ru": {
            "one": "{n} издания",
            "few": "{n} изданий",
            "many": "{n} изданий",
            "other": "{n} издания",
        },
    },
    "places": {
        "en": {"one": "{n} place", "other": "{n} places"},
        "ja": {"other": "{n}か所"},
        "ru": {
            "one": "{n} место",
            "few": "{n} места",
            "many": "{n} мест",
            "other": "{n} места",
        },
    },
    "read_errors": {
        "en": {
            "one": "{n} input could not be read",
            "other": "{n} inputs could not be read",
        },
        "ja": {"other": "読めなかった入力：{n}件"},
        "ru": {
            "one": "Не удалось прочитать {n} источник",
            "few": "Не удалось прочитать {n} источника",
            "many": "Не удалось прочитать {n} источников",
            "other": "Не удалось прочитать {n} источника",
        },
    },
}
"""The atlas's counted words: per language, a template per plural category
(:func:`kurilmap.vocab.plural`; ``other`` always there), ``{n}`` the number.
The builder writes them with :func:`kurilmap.vocab.counted`, the page with the
browser's ``Intl.PluralRules`` over the same table."""
