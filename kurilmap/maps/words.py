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
    "sentences": {
        "en": "{n} sentence(s) in the article",
        "ja": "記事中の{n}文",
        "ru": "Предложений в статье: {n}",
    },
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
    "not_located": {
        "en": "No location for this place in kurilmap's gazetteer",
        "ja": "kurilmap の地名辞典に位置がありません",
        "ru": "В справочнике kurilmap нет координат этого места",
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
    "link": {
        "en": "Same date on both maps",
        "ja": "両方の地図を同じ日付に",
        "ru": "Одна дата на обеих картах",
    },
    "view": {"en": "View", "ja": "立場", "ru": "Позиция"},
    "lang": {"en": "Language", "ja": "言語", "ru": "Язык"},
}
"""Words of the map panel (:mod:`kurilmap.maps.dock`)."""

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
}
"""Templates of the map's popups and slider: a hold's basis with the document
it rests on, a document in force, an event's line (``{title}`` is HTML)."""

CONTROL_WORDS: dict[str, dict[Lang, str]] = {
    "zoom_in": {"en": "Zoom in", "ja": "拡大", "ru": "Приблизить"},
    "zoom_out": {"en": "Zoom out", "ja": "縮小", "ru": "Отдалить"},
    "full_screen": {"en": "Full screen", "ja": "全画面表示", "ru": "Во весь экран"},
    "exit_full_screen": {
        "en": "Exit full screen",
        "ja": "全画面表示を終了",
        "ru": "Выйти из полноэкранного режима",
    },
    "km": {"en": "km", "ja": "km", "ru": "км"},
    "m": {"en": "m", "ja": "m", "ru": "м"},
    "mi": {"en": "mi", "ja": "マイル", "ru": "миль"},
    "ft": {"en": "ft", "ja": "フィート", "ru": "футов"},
}
"""Words of Leaflet's own controls (zoom, full screen, scale bar units)."""

MEASURE_WORDS: dict[str, dict[Lang, str]] = {
    "measureDistancesAndAreas": {
        "en": "Measure distances and areas",
        "ja": "距離と面積を測る",
        "ru": "Измерение расстояний и площадей",
    },
    "createNewMeasurement": {
        "en": "Create a new measurement",
        "ja": "新しく測る",
        "ru": "Новое измерение",
    },
    "startCreating": {
        "en": "Start creating a measurement by adding points to the map",
        "ja": "地図上をクリックして点を置くと計測が始まります",
        "ru": "Начните измерение, добавляя точки на карту",
    },
    "finishMeasurement": {
        "en": "Finish measurement",
        "ja": "計測を終える",
        "ru": "Закончить измерение",
    },
    "lastPoint": {"en": "Last point", "ja": "最後の点", "ru": "Последняя точка"},
    "area": {"en": "Area", "ja": "面積", "ru": "Площадь"},
    "perimeter": {"en": "Perimeter", "ja": "周長", "ru": "Периметр"},
    "pointLocation": {
        "en": "Point location",
        "ja": "点の位置",
        "ru": "Местоположение точки",
    },
    "areaMeasurement": {
        "en": "Area measurement",
        "ja": "面積の計測",
        "ru": "Измерение площади",
    },
    "linearMeasurement": {
        "en": "Linear measurement",
        "ja": "距離の計測",
        "ru": "Измерение расстояния",
    },
    "pathDistance": {"en": "Path distance", "ja": "経路の長さ", "ru": "Длина пути"},
    "centerOnArea": {
        "en": "Center on this area",
        "ja": "この範囲を中心に",
        "ru": "Центрировать на этой площади",
    },
    "centerOnLine": {
        "en": "Center on this line",
        "ja": "この線を中心に",
        "ru": "Центрировать на этой линии",
    },
    "centerOnLocation": {
        "en": "Center on this location",
        "ja": "この地点を中心に",
        "ru": "Центрировать на этом месте",
    },
    "cancel": {"en": "Cancel", "ja": "取り消す", "ru": "Отменить"},
    "delete": {"en": "Delete", "ja": "削除", "ru": "Удалить"},
    "kilometers": {"en": "Kilometers", "ja": "キロメートル", "ru": "километров"},
    "miles": {"en": "Miles", "ja": "マイル", "ru": "миль"},
    "sqkilometers": {
        "en": "Sq Kilometers",
        "ja": "平方キロメートル",
        "ru": "кв. километров",
    },
    "sqmiles": {"en": "Sq Miles", "ja": "平方マイル", "ru": "кв. миль"},
    "measure": {"en": "Measure", "ja": "計測", "ru": "Измерение"},
}
"""The measuring tool's words by its own keys: folium-offline's build of
leaflet-measure has English and Russian but no Japanese, so a Japanese map
swaps the English words of the tool for these (``maps.controls.ControlWords``)."""
