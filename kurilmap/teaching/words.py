"""The words of a bundle's index page, in English, Japanese and Russian.

The page is written in the bundle's first language; every entry has all three
(a test checks it).
"""

from __future__ import annotations

from kurilmap.vocab import Lang

__all__ = ["INDEX", "SECTIONS"]

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
}
"""Title, introduction and labels of the index page."""
