r"""The corpus atlas: every place a corpus of news names, on one offline map.

:func:`atlas` draws a :class:`kurilmap.news.Corpus` (or a corpus directory)
as one page like the other maps (:func:`kurilmap.save_html`): each place a
circle sized by its mentions (the four islands, their settlements, the Habomai
islets; a place outside the map region as a label at the view's edge), a time
slider over the months of the articles with the mentions of each month, filters
by language and outlet, a chart of mentions per month per island drawn in the
page as SVG, and, for a click on a place, the list of its articles (title,
date, outlet, the sentences, a link). The panel beside the map (below it on a
phone) is the same as every map's (:mod:`kurilmap.maps.dock`).

Every text from the corpus (titles, outlets, sentences, URLs) is untrusted: it
is escaped here, once, with :func:`kurilmap.maps.esc`; the page only joins
these strings. A link is kept only for an ``http`` or ``https`` URL.

Examples
--------
>>> import kurilmap
>>> m = atlas(kurilmap.news.Corpus.empty(), lang="ja")
>>> "報道アトラス" in kurilmap.maps.render_html(m)
True
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kurilmap import style as _styles
from kurilmap.claims import legend_word, territories
from kurilmap.datasets import load
from kurilmap.errors import InputTypeError
from kurilmap.maps import payload as _payload
from kurilmap.maps.article_layer import _marked
from kurilmap.maps.atlas_places import ISLANDS, atlas_place
from kurilmap.maps.build import FIT_BOUNDS, _figure, _map_class
from kurilmap.maps.labels import label_items
from kurilmap.maps.leaflet_words import control_words
from kurilmap.maps.payload import esc
from kurilmap.maps.words import ARTICLE_WORDS, LANG_NAMES
from kurilmap.maps.words import ATLAS_COUNTED as COUNTED
from kurilmap.maps.words import ATLAS_WORDS as WORDS
from kurilmap.news import Corpus, read_corpus
from kurilmap.places import lookup, place_name
from kurilmap.vocab import FIRST_DAY, Lang, as_lang, counted

if TYPE_CHECKING:
    import folium

__all__ = ["ISLANDS", "atlas", "atlas_data"]

MAX_SENTENCES = 2
"""Sentences kept per place and article (the popup's quotes from it)."""
MAX_CHARS = 400
"""Longest sentence kept whole; longer ones are cut with an ellipsis."""
MAX_ARTICLES = 40
"""Articles listed in a popup (the rest counted), and quoted per place."""
YEARLY_AFTER = 36
"""Months a corpus may span before its chart draws a bar a year, not a month."""
MONTH_QUOTED = 10
"""Articles quoted per place and month; older ones are listed without sentences."""


def atlas(corpus: Corpus | str | Path, *, lang: Lang = "en") -> folium.Map:
    """Return the atlas of a corpus: its places on a map, by month and outlet.

    Parameters
    ----------
    corpus
        A :class:`kurilmap.news.Corpus` (see :func:`kurilmap.read_corpus`) or
        the path of a corpus directory.
    lang
        ``"en"``, ``"ja"`` or ``"ru"``: the page's words and the place names
        (the articles' own text stays as written).

    Returns
    -------
    folium.Map
        Save it with :func:`kurilmap.save_html` (one offline file: the same
        corpus gives the same bytes).

    Raises
    ------
    InputError
        ``lang`` is not a language of kurilmap, or the path is not a corpus
        (see :func:`kurilmap.read_corpus`).
    InputTypeError
        ``corpus`` is neither a corpus nor a path.

    Examples
    --------
    >>> import kurilmap
    >>> m = atlas(kurilmap.news.Corpus.empty())
    >>> "News atlas" in m.get_root().title
    True
    """
    from kurilmap.maps.atlas_leaflet import (
        AltText,
        AtlasLayer,
        ControlWords,
        DockSettings,
        GeoJsonLayer,
        HtmlControl,
        LabelLayer,
        add_page_style,
    )

    lang = as_lang(lang)
    corpus = _as_corpus(corpus)
    data, facts = atlas_data(corpus, lang=lang)
    m = _map_class()(
        tiles=None,
        width="100%",
        height="100%",
        control_scale=True,
        zoom_snap=0.25,
        min_zoom=3,
        max_zoom=14,
    )
    root = _figure(m)
    root.title = esc(f"{WORDS['title'][lang]} — {_facts('summary', lang, facts)}")
    add_page_style(root, _styles.CSS + _styles.DOCK_CSS + _styles.ATLAS_CSS, "")
    AltText(esc(_facts("alt", lang, facts))).add_to(m)
    dock = DockSettings(lang=lang, fit=FIT_BOUNDS)
    dock.settings["words"]["article"] = WORDS["tab"][lang]
    dock.settings["words"]["open"] = WORDS["open"][lang]
    dock.add_to(m)
    units = load("units")
    shapes = dict(zip((str(u) for u in units["id"]), units.geometry, strict=True))
    land = _payload.collection(
        {"geometry": _payload.geometry(g), "properties": {}} for g in shapes.values()
    )
    GeoJsonLayer(
        esc(legend_word("land", lang)),
        data=land,
        overlay=False,
        interactive=False,
        fixed_style=_styles.LAND_STYLE,
    ).add_to(m)
    named = territories("neutral", date=facts["day"], lang=lang)
    names = {str(r["unit"]): str(r["name"]) for _, r in named.iterrows()}
    LabelLayer(
        esc(legend_word("labels", lang)),
        label_items(names, shapes, view="neutral", lang=lang),
    ).add_to(m)
    HtmlControl(_legend(lang, facts), label=WORDS["title"][lang]).add_to(m)
    plain = ("tab", "all_months", "undated", "none")
    words: dict[str, Any] = {key: esc(WORDS[key][lang]) for key in plain}
    words["unmapped"] = esc(ARTICLE_WORDS["not_located"][lang])
    words["chart"] = esc(WORDS[facts["chart"]][lang])
    for key in ("mentions", "articles", "more"):  # the page fills in {n}: keep it
        words[key] = {  # a field, not an escaped brace
            form: esc(text).replace("&#123;n&#125;", "{n}")
            for form, text in COUNTED[key][lang].items()
        }
    AtlasLayer(esc(WORDS["layer"][lang]), data, words).add_to(m)
    import folium

    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    ControlWords(control_words(lang), None).add_to(m)  # after the controls it names
    m.fit_bounds(FIT_BOUNDS)
    return m


def _as_corpus(corpus: object) -> Corpus:
    if isinstance(corpus, Corpus):
        return corpus
    if isinstance(corpus, str | Path):
        return read_corpus(corpus)
    msg = (
        "atlas() takes a kurilmap.news.Corpus or the path of a corpus directory, "
        f"not {type(corpus).__name__}"
    )
    raise InputTypeError(msg)


def atlas_data(corpus: Corpus, *, lang: Lang) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return what the atlas page draws, every text escaped, and its key facts.

    Parameters
    ----------
    corpus
        The corpus to draw.
    lang
        The page's language (place names, words).

    Returns
    -------
    tuple of dict
        The page's data, as :class:`kurilmap.maps.atlas_leaflet.AtlasLayer`
        describes it; and the facts (``articles``, ``outlets``, ``places``,
        ``first``, ``last``, ``errors``, ``events``, ``day``) that fill the
        page's title, summary and text alternative.

    Examples
    --------
    >>> from kurilmap.news import Corpus
    >>> data, facts = atlas_data(Corpus.empty(), lang="en")
    >>> data["months"], data["places"], facts["articles"]
    ([], [], 0)
    """
    frame = corpus.mentions
    annotated = corpus.articles
    if "status" in annotated.columns:
        annotated = annotated[annotated["status"] == "annotated"]
    meta = annotated.drop_duplicates("id").set_index("id")
    used = list(dict.fromkeys(str(a) for a in frame["article"]))
    dates = sorted(str(meta.at[a, "date"]) for a in used if _text(meta, a, "date"))
    months = _months(dates)
    outlets = sorted({_text(meta, a, "outlet") for a in used})
    unknown = WORDS["unknown_outlet"][lang]
    articles = []
    for a in used:
        date = _text(meta, a, "date")
        url = _text(meta, a, "url")
        safe = urlsplit(url).scheme.lower() in ("http", "https") if url else False
        articles.append(
            [
                esc(_text(meta, a, "title") or WORDS["untitled"][lang]),
                esc(date),
                outlets.index(_text(meta, a, "outlet")),
                _text(meta, a, "language") or "en",
                esc(url) if safe else "",
                months.index(date[:7]) if date[:7] in months else -1,
            ]
        )
    index = {a: i for i, a in enumerate(used)}
    cols = {
        c: frame[c].tolist()
        for c in ("place_id", "article", "sentence_index", "sentence", "mention")
    }
    groups: dict[tuple[str, str], list[int]] = {}  # plain lists: pandas is slow here
    for at, key in enumerate(zip(cols["place_id"], cols["article"], strict=True)):
        groups.setdefault((str(key[0]), str(key[1])), []).append(at)
    first: dict[str, int] = {}
    totals: dict[str, int] = {}
    for (pid, _), found in groups.items():
        first.setdefault(pid, found[0])
        totals[pid] = totals.get(pid, 0) + len(found)
    places: list[dict[str, Any]] = []
    place_index: dict[str, int] = {}
    for pid in sorted(totals, key=lambda p: (-totals[p], p)):
        place_index[pid] = len(places)
        places.append(atlas_place(pid, frame.iloc[first[pid]], lang))
    rows = []
    quoted = _quoted([k for k in groups if k[0] in place_index], index, articles)
    for (pid, article), found in groups.items():
        if pid not in place_index:
            continue
        said: dict[Any, str] = {}
        for at in found if (pid, article) in quoted else ():
            if len(said) < MAX_SENTENCES and cols["sentence_index"][at] not in said:
                said[cols["sentence_index"][at]] = _sentence(
                    cols["sentence"][at], cols["mention"][at]
                )
        rows.append([place_index[pid], index[article], len(found), list(said.values())])
    rows.sort(key=lambda r: (r[0], r[1]))
    langs = sorted({str(a[3]) for a in articles})
    today = dt.date.today().isoformat()
    last = max(dates) if dates else today
    day = min(max(last, FIRST_DAY.isoformat()), today)
    facts: dict[str, Any] = {
        "articles": len(annotated),
        "outlets": len(outlets),
        "places": len(places),
        "first": dates[0] if dates else "–",
        "last": dates[-1] if dates else "–",
        "errors": len(corpus.errors),
        "events": corpus.events(top=5, lang=lang),
        "day": day,
        "chart": "chart_year" if len(months) > YEARLY_AFTER else "chart",
    }
    data = {
        "months": months,
        "yearly": facts["chart"] == "chart_year",
        "articles": articles,
        "outlets": [esc(o or unknown) for o in outlets],
        "outlet_keys": outlets,  # as written: the URL hash's values, never HTML
        "lang_names": {code: esc(LANG_NAMES.get(code, code)) for code in langs},  # type: ignore[call-overload]
        "places": places,
        "rows": rows,
        "islands": [
            [pid, esc(place_name(lookup(pid), lang)), colour] for pid, colour in ISLANDS
        ],
        "slider_html": _slider_html(lang),
        "filters_html": _filters_html(lang, langs, outlets, unknown),
        "panel_html": _panel_html(lang, facts),
        "max_articles": MAX_ARTICLES,
        "max_sentences": MAX_SENTENCES,
        "locale": lang,
    }
    return data, facts


def _facts(key: str, lang: Lang, facts: dict[str, Any]) -> str:
    """Write the page's ``summary`` or ``alt``, each count agreeing with its noun.

    A corpus with no dated article has no span of dates to give, and one with
    no article says so.
    """
    if not facts["articles"]:
        key += "_empty"
    elif facts["first"] == "–":
        key += "_undated"
    return WORDS[key][lang].format(
        articles=counted(facts["articles"], COUNTED["articles"][lang], lang),
        outlets=counted(facts["outlets"], COUNTED["outlets_from"][lang], lang),
        places=counted(facts["places"], COUNTED["places"][lang], lang),
        first=facts["first"],
        last=facts["last"],
    )


def _quoted(
    pairs: list[tuple[str, str]], index: dict[str, int], articles: list[list[Any]]
) -> set[tuple[str, str]]:
    """Return the (place, article) pairs quoted: the newest per place and month."""
    buckets: dict[tuple[str, int], list[tuple[str, int, str]]] = {}
    for pid, article in pairs:
        row, at = articles[index[article]], index[article]
        for key in ((pid, row[5]), (pid, -2)):  # -2: all months
            buckets.setdefault(key, []).append((row[1], at, article))
    kept: set[tuple[str, str]] = set()
    for (pid, month), found in buckets.items():
        found.sort(key=lambda t: t[1])
        found.sort(key=lambda t: t[0], reverse=True)  # newest first, stable
        top = found[: MAX_ARTICLES if month == -2 else MONTH_QUOTED]
        kept.update((pid, article) for _, _, article in top)
    return kept


def _text(meta: Any, article: str, column: str) -> str:
    if article not in meta.index or column not in meta.columns:
        return ""
    value = meta.at[article, column]
    return value if isinstance(value, str) else ""


def _months(dates: list[str]) -> list[str]:
    """Every month from the first date's to the last's (none skipped)."""
    if not dates:
        return []
    year, month = int(dates[0][:4]), int(dates[0][5:7])
    end = dates[-1][:7]
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append(key)
        if key >= end:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _sentence(sentence: object, mention: object) -> str:
    text = str(sentence)
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rstrip() + "…"
    return _marked(text, str(mention or ""))


def _slider_html(lang: Lang) -> str:
    return (
        f'<div class="km-mini km-head">{esc(WORDS["per_month"][lang])}</div>'
        '<svg class="km-bars" viewBox="0 0 300 40" preserveAspectRatio="none" '
        'aria-hidden="true"></svg>'
        f'<input type="range" min="0" max="0" step="1" '
        f'aria-label="{esc(WORDS["month"][lang])}">'
        '<div class="km-atlas-when"><div class="km-date"></div>'
        f'<button type="button" class="km-all" aria-pressed="true">'
        f"{esc(WORDS['all_months'][lang])}</button></div>"
    )


def _filters_html(
    lang: Lang, langs: list[str], outlets: list[str], unknown: str
) -> str:
    lang_options = "".join(
        f'<option value="{esc(code)}">{esc(LANG_NAMES.get(code, code))}</option>'  # type: ignore[call-overload]
        for code in langs
    )
    outlet_options = "".join(
        f'<option value="{i}">{esc(o or unknown)}</option>'
        for i, o in enumerate(outlets)
    )
    return (
        f"<span>{esc(WORDS['language'][lang])}</span>"
        f'<select data-km="lang" aria-label="{esc(WORDS["language"][lang])}">'
        f'<option value="">{esc(WORDS["all_langs"][lang])}</option>{lang_options}'
        f"</select><span>{esc(WORDS['outlet'][lang])}</span>"
        f'<select data-km="outlet" aria-label="{esc(WORDS["outlet"][lang])}">'
        f'<option value="-1">{esc(WORDS["all_outlets"][lang])}</option>'
        f"{outlet_options}</select>"
    )


def _panel_html(lang: Lang, facts: dict[str, Any]) -> str:
    events = facts["events"]
    items = "".join(
        f"<li>{esc(r['title'] or r['event'])} "
        f'<span class="km-mini">{esc(r["date"])} · '
        f"{esc(counted(r['articles'], COUNTED['articles'][lang], lang))}"
        "</span></li>"
        for _, r in events.iterrows()
    )
    failed = counted(facts["errors"], COUNTED["read_errors"][lang], lang)
    errors = f'<div class="km-mini">{esc(failed)}</div>' if facts["errors"] else ""
    return (
        f'<div class="km-article-head"><h4>{esc(WORDS["title"][lang])}</h4></div>'
        f'<div class="km-mini">{esc(_facts("summary", lang, facts))}</div>'
        f"{errors}"
        f'<section class="km-reading"><h4>{esc(WORDS[facts["chart"]][lang])}</h4>'
        '<div class="km-atlas-chart"></div></section>'
        f'<section class="km-reading"><h4>{esc(WORDS["places"][lang])}</h4>'
        f'<div class="km-mini">{esc(WORDS["hint"][lang])}</div>'
        '<ol class="km-atlas-places"></ol></section>'
        + (
            f'<section class="km-reading"><h4>{esc(WORDS["events"][lang])}</h4>'
            f"<ul>{items}</ul></section>"
            if items
            else ""
        )
    )


def _legend(lang: Lang, facts: dict[str, Any]) -> str:
    circles = "".join(
        f'<circle cx="{x}" cy="16" r="{r}" fill="#CC3311" fill-opacity="0.75" '
        'stroke="#222" stroke-width="1.5"/>'
        f'<text x="{x}" y="38" text-anchor="middle" font-size="10">{n}</text>'
        for x, r, n in ((12, 6.4, 1), (40, 11.6, 10), (82, 20.9, 50))
    )
    return (
        f"<h4>{esc(WORDS['title'][lang])}</h4>"
        f'<div class="km-row"><svg width="108" height="42" aria-hidden="true">'
        f"{circles}</svg><span>{esc(WORDS['size_key'][lang])}</span></div>"
        '<div class="km-row"><svg width="24" height="24" aria-hidden="true">'
        '<circle cx="12" cy="12" r="9" fill="#CC6677" fill-opacity="0.3" '
        'stroke="#882255" stroke-width="2" stroke-dasharray="4 3"/></svg>'
        f"<span>{esc(WORDS['group_key'][lang])}</span></div>"
        '<div class="km-row"><span class="km-offmap km-key-off">'
        '<span class="km-arrow" aria-hidden="true">➤</span></span>'
        f"<span>{esc(WORDS['off_key'][lang])}</span></div>"
        f'<div class="km-note">{esc(_facts("summary", lang, facts))}</div>'
    )
