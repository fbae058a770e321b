"""The words of a bundle's index page, in English, Japanese and Russian.

The page is written in the bundle's first language; every entry has all three
(a test checks it).
"""

from __future__ import annotations

from kurilmap.vocab import Lang

__all__ = ["INDEX", "SECTIONS", "STORY", "STORY_COUNTED"]

SECTIONS: dict[str, dict[Lang, str]] = {
    "handout": {
        "en": "Handout to print",
        "ja": "印刷用の資料",
        "ru": "Материал для печати",
    },
    "map": {
        "en": "Interactive maps (offline HTML)",
        "ja": "インタラクティブ地図（オフラインHTML）",
        "ru": "Интерактивные карты (офлайн HTML)",
    },
    "story": {
        "en": "Story: a guided tour (offline HTML) and its pages to print (PDF)",
        "ja": "ストーリー：地図でたどる解説（オフラインHTML）と印刷用ページ（PDF）",
        "ru": "История: рассказ с картой (офлайн HTML) и страницы для печати (PDF)",
    },
    "figure": {"en": "Figures", "ja": "図", "ru": "Рисунки"},
    "data": {"en": "Data", "ja": "データ", "ru": "Данные"},
}
"""Section headings of the index page, by file kind, in the order shown."""

INDEX: dict[str, dict[Lang, str]] = {
    "title": {
        "en": "The Kuril Islands / Northern Territories dispute",
        "ja": "北方領土（南クリル）問題",
        "ru": "Спор о Южных Курилах (Северных территориях)",
    },
    "intro": {
        "en": "Maps, figures and data as of {date}, made with kurilmap {version}. "
        "Every file is listed in {manifest} with its SHA-256; source keys such as "
        "[S01] resolve in {sources}.",
        "ja": "{date}時点の地図・図・データ（kurilmap {version} で作成）。"
        "すべてのファイルは SHA-256 とともに {manifest} に記載。"
        "[S01] などの出典記号は {sources} で確認できます。",
        "ru": "Карты, рисунки и данные на {date}, подготовлены kurilmap {version}. "
        "Все файлы с их SHA-256 перечислены в {manifest}; ключи источников, "
        "например [S01], расшифрованы в {sources}.",
    },
    "description": {"en": "Description", "ja": "説明", "ru": "Описание"},
    "size": {"en": "{n} KiB", "ja": "{n} KiB", "ru": "{n} КиБ"},
}
"""Title, introduction and labels of the index page."""

DATA_FILES: dict[str, dict[Lang, str]] = {
    "territories": {
        "en": "{n} territories, {view}, on {date}: status, who administers and "
        "who claims them, since when, sources; names in English, Japanese and "
        "Russian (WGS 84).",
        "ja": "{date}時点の{n}地域（{view}）：地位、施政国と領有を主張する国、"
        "その開始日、出典。名称は英語・日本語・ロシア語（WGS 84）。",
        "ru": "Территории ({n}), {view}, на {date}: статус, кто управляет и кто "
        "претендует, с какого времени, источники; названия на английском, "
        "японском и русском (WGS 84).",
    },
    "settlements": {
        "en": "{n} settlements with names in three languages, census populations "
        "(2002, 2010, 2021) and their sources; lon/lat in WGS 84, empty where "
        "no sourced coordinates exist.",
        "ja": "{n}集落：3言語の名称、国勢調査人口（2002年・2010年・2021年）と"
        "その出典。経度・緯度は WGS 84、出典のある座標がない場合は空欄。",
        "ru": "Населённые пункты ({n}): названия на трёх языках, население по "
        "переписям (2002, 2010, 2021 гг.) и источники; долгота и широта в WGS 84, "
        "пусто, где нет координат из источников.",
    },
    "sources": {
        "en": "Every source key used in these files: title, publisher, address.",
        "ja": "これらのファイルで使う出典記号のすべて：題名、発行者、所在。",
        "ru": "Все ключи источников из этих файлов: название, издатель, адрес.",
    },
}
"""The descriptions of a bundle's data files (``{n}``: how many rows)."""

STORY: dict[str, dict[Lang, str]] = {
    "untitled": {
        "en": "A story of the Kuril Islands dispute",
        "ja": "北方領土問題の物語",
        "ru": "История спора о Курильских островах",
    },
    "japan": {"en": "Japan's position", "ja": "日本の立場", "ru": "Позиция Японии"},
    "russia": {"en": "Russia's position", "ja": "ロシアの立場", "ru": "Позиция России"},
    "frames": {
        "en": "The map is framed on {places}.",
        "ja": "地図は{places}を中心に示している。",
        "ru": "В центре карты: {places}.",
    },
    "area": {
        "en": "The map shows the area between {west}° and {east}° east, "
        "{south}° and {north}° north.",
        "ja": "地図は東経{west}度から{east}度、"
        "北緯{south}度から{north}度の範囲を示している。",
        "ru": "Карта показывает район между {west}° и {east}° в. д., "
        "{south}° и {north}° с. ш.",
    },
    "highlight": {
        "en": "Picked out: {places}.",
        "ja": "強調表示：{places}。",
        "ru": "Выделено: {places}.",
    },
    "elsewhere": {
        "en": "Also named, beyond the map: {places}.",
        "ja": "地図の範囲外で言及：{places}。",
        "ru": "Упомянуты также вне карты: {places}.",
    },
    "paragraph": {"en": "Paragraph {n}", "ja": "第{n}段落", "ru": "Абзац {n}"},
    "bundle": {  # {chapters}: STORY_COUNTED's
        "en": "{title}: {chapters}, {first} to {last}; each chapter moves the "
        "map to its view, date and places and says in words what the map shows.",
        "ja": "{title}：{chapters}（{first}〜{last}）。"
        "各章で地図が立場・日付・場所を移し、"
        "地図が示す内容を文章でも説明する。",
        "ru": "{title}: {chapters}, с {first} по {last}; в каждой главе карта "
        "переходит к её позиции, дате и местам, а текст описывает, что на ней видно.",
    },
}

STORY_COUNTED: dict[str, dict[Lang, dict[str, str]]] = {
    "chapters": {
        "en": {"one": "{n} chapter", "other": "{n} chapters"},
        "ja": {"other": "全{n}章"},
        "ru": {
            "one": "{n} глава",
            "few": "{n} главы",
            "many": "{n} глав",
            "other": "{n} главы",
        },
    },
}
"""A story's counted words: the forms of each plural category
(:func:`kurilmap.vocab.counted`)."""
"""The words a story adds to its chapters: party labels, the text alternative."""
