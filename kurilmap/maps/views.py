"""One map, every view: switch view and language in the page, without reloading.

:func:`views_map` builds :func:`kurilmap.make_map` once per view and language
(4 × 3) and keeps one of them whole; of the other eleven it keeps only what
differs (styles, names, popups, legends, slider frames, labels, layer names),
each distinct value once, and a control in the panel swaps them in. The view,
language and date live in the URL hash, so a link opens the same state. It is
one offline, byte-reproducible file like every map (``benchmarks/bench_map.py``
measures its size against a single map's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kurilmap.claims import view_title
from kurilmap.maps.build import LAYERS, make_map
from kurilmap.maps.leaflet_words import control_words
from kurilmap.maps.payload import esc
from kurilmap.maps.words import DOCK_WORDS, LANG_NAMES
from kurilmap.vocab import LANGS, VIEWS, Lang, View, as_date, as_lang, as_view

if TYPE_CHECKING:
    import folium

__all__ = ["switchable", "views_map"]


def _switch_html(view: View, lang: Lang, langs: Sequence[Lang]) -> str:
    views = "".join(
        f'<option value="{v}"{" selected" if v == view else ""}>'
        f"{esc(view_title(v, lang))}</option>"
        for v in VIEWS
    )
    options = "".join(
        f'<option value="{code}"{" selected" if code == lang else ""}>'
        f"{esc(LANG_NAMES[code])}</option>"
        for code in langs
    )
    return (
        f'<label for="km-view" data-km-word="view">{esc(DOCK_WORDS["view"][lang])}'
        f'</label><select id="km-view" data-km="view">{views}</select>'
        f'<label for="km-lang" data-km-word="lang">{esc(DOCK_WORDS["lang"][lang])}'
        f'</label><select id="km-lang" data-km="lang">{options}</select>'
    )


def views_map(
    view: View = "neutral",
    *,
    lang: Lang = "en",
    date: object = None,
    layers: Sequence[str] = LAYERS,
) -> folium.Map:
    """Return one map in which the reader switches view and language.

    Parameters
    ----------
    view
        The view shown first: ``"neutral"`` (default), ``"japan"``,
        ``"russia"`` or ``"de_facto"``.
    lang
        The language shown first: ``"en"``, ``"ja"`` or ``"ru"``.
    date
        The day shown first (default: today); the time slider covers 1700 to
        today in every view.
    layers
        Which of :data:`kurilmap.maps.LAYERS` to draw (all by default).

    Returns
    -------
    folium.Map
        A map with a view and language switch in its panel; the URL hash
        (``#view=japan&lang=ja&date=1956-10-19``) opens it in that state.

    Raises
    ------
    ValueError
        Unknown view, language or layer, or a date outside 1700-01-01 to today.

    Examples
    --------
    >>> import kurilmap
    >>> m = kurilmap.views_map("japan", lang="ja", layers=("territories",))
    >>> html = kurilmap.maps.render_html(m)
    >>> "Русский" in html and "日本の立場" in html
    True
    """
    return switchable(
        as_view(view), lang=as_lang(lang), day=as_date(date), layers=layers
    )


def switchable(
    view: View,
    *,
    lang: Lang,
    day: dt.date,
    layers: Sequence[str] = LAYERS,
    langs: Sequence[Lang] = LANGS,
    stops: Sequence[dt.date] = (),
    use_hash: bool = True,
) -> folium.Map:
    """Return :func:`views_map`'s map for ``langs``, with more slider ``stops``.

    ``use_hash=False`` leaves the URL hash to the page (a story's chapters).
    """
    import folium

    from kurilmap.maps.controls import (
        ValuePool,
        ViewSwitch,
        switch_targets,
        switch_variant,
    )

    base = make_map(view, lang=lang, date=day, layers=layers, stops=stops)
    pool = ValuePool()
    shape = [kind for kind, _ in switch_targets(base)]
    variants: dict[str, Any] = {}
    for v in VIEWS:
        for code in langs:
            m = (
                base
                if (v, code) == (view, lang)
                else make_map(v, lang=code, date=day, layers=layers, stops=stops)
            )
            if [
                kind for kind, _ in switch_targets(m)
            ] != shape:  # pragma: no cover - a bug
                msg = f"the {v}/{code} map is built differently from the {view}/{lang} one"
                raise AssertionError(msg)
            variants[f"{v}.{code}"] = switch_variant(m, pool)
    controls = [
        c for c in base._children.values() if isinstance(c, folium.LayerControl)
    ]
    if len(controls) != 1:  # pragma: no cover - make_map always adds one
        msg = "the map has no layer control"
        raise AssertionError(msg)
    words: dict[str, Any] = {
        code: {
            "view": DOCK_WORDS["view"][code],
            "lang": DOCK_WORDS["lang"][code],
            "views": {v: view_title(v, code) for v in VIEWS},
            "controls": control_words(code),
        }
        for code in langs
    }
    ViewSwitch(
        html=_switch_html(view, lang, langs),
        pool=pool.items,
        variants=variants,
        words=words,
        targets=switch_targets(base),
        layers=[c for c in base._children.values() if isinstance(c, folium.map.Layer)],
        control=controls[0],
        initial={"view": view, "lang": lang},
        use_hash=use_hash,
    ).add_to(base)
    return base
