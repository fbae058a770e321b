"""The words of Leaflet's own controls, the scale bar and the measuring tool.

Every entry has English, Japanese and Russian (a test checks it).
"""

from __future__ import annotations

from kurilmap.vocab import Lang

__all__ = ["CONTROL_WORDS", "MEASURE_WORDS", "SCALE_UNITS", "control_words"]

CONTROL_WORDS: dict[str, dict[Lang, str]] = {
    "zoom_in": {"en": "Zoom in", "ja": "拡大", "ru": "Приблизить"},
    "zoom_out": {"en": "Zoom out", "ja": "縮小", "ru": "Отдалить"},
    "full_screen": {"en": "Full screen", "ja": "全画面表示", "ru": "Во весь экран"},
    "exit_full_screen": {
        "en": "Exit full screen",
        "ja": "全画面表示を終了",
        "ru": "Выйти из полноэкранного режима",
    },
    "layers": {"en": "Layers", "ja": "レイヤー", "ru": "Слои"},
    "hide_minimap": {
        "en": "Hide the overview map",
        "ja": "概観図を隠す",
        "ru": "Скрыть обзорную карту",
    },
    "show_minimap": {
        "en": "Show the overview map",
        "ja": "概観図を表示",
        "ru": "Показать обзорную карту",
    },
    "km": {"en": "km", "ja": "km", "ru": "км"},
    "m": {"en": "m", "ja": "m", "ru": "м"},
}
"""Words of Leaflet's own controls (zoom, full screen, layers, overview map, scale
bar units)."""

SCALE_UNITS: dict[str, dict[Lang, dict[str, str]]] = {
    "mi": {
        "en": {"one": "mi", "other": "mi"},
        "ja": {"other": "マイル"},
        "ru": {"one": "миля", "few": "мили", "many": "миль", "other": "мили"},
    },
    "ft": {
        "en": {"one": "ft", "other": "ft"},
        "ja": {"other": "フィート"},
        "ru": {"one": "фут", "few": "фута", "many": "футов", "other": "фута"},
    },
}
"""The scale bar's miles and feet by plural form (CLDR): 1 миля, 2 мили, 5 миль."""


def control_words(lang: Lang) -> dict[str, object]:
    """Return the words a page gives Leaflet's controls in ``lang``.

    :data:`CONTROL_WORDS` in that language, with ``units`` (the scale bar's
    miles and feet by plural form) and ``lang``, for the page to choose a
    form by the number drawn (``Intl.PluralRules``).

    Examples
    --------
    >>> control_words("ru")["units"]["mi"]["few"]
    'мили'
    """
    words: dict[str, object] = {k: w[lang] for k, w in CONTROL_WORDS.items()}
    words["units"] = {k: forms[lang] for k, forms in SCALE_UNITS.items()}
    words["lang"] = lang
    return words


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
    "kilometers": {"en": "Kilometers", "ja": "キロメートル", "ru": "км"},
    "miles": {"en": "Miles", "ja": "マイル", "ru": "мили"},  # 7.67 мили: a fraction
    "sqkilometers": {"en": "Sq Kilometers", "ja": "平方キロメートル", "ru": "км²"},
    "sqmiles": {"en": "Sq Miles", "ja": "平方マイル", "ru": "кв. мили"},
    "measure": {"en": "Measure", "ja": "計測", "ru": "Измерение"},
}
"""The measuring tool's words by its own keys: folium-offline's build of
leaflet-measure has no Japanese, so the tool writes English and the page swaps
its words for these in the page's language, also when the language is switched
(``maps.controls.ControlWords``)."""
