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
    "hide": {"en": "Hide", "ja": "隠す", "ru": "Скрыть"},
    "show": {"en": "Show", "ja": "表示", "ru": "Показать"},
    "hint": {
        "en": "Click a highlighted name to fly to it on the map.",
        "ja": "強調された地名をクリックすると地図上の位置へ移動します。",
        "ru": "Нажмите на выделенное название, чтобы перейти к нему на карте.",
    },
    "marks": {
        "en": "Events in the article:",
        "ja": "記事中の出来事：",
        "ru": "События из статьи:",
    },
}
"""Words of the article layer, panel and popups (:mod:`kurilmap.maps.article_layer`)."""
