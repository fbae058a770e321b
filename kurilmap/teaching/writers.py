"""The writers of each file of a bundle, and the bundle's index page.

Each writer takes the path to write and returns the file's description (its
text alternative). Figures are drawn once and saved in every format asked for.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kurilmap._version import __version__
from kurilmap.claims import describe, territories, view_title
from kurilmap.datasets import csv_text, geojson_text, load, missing, records, write_text
from kurilmap.datasets import path as dataset_path
from kurilmap.figures import close, handout, plot, save_figure
from kurilmap.maps import compare_map, make_map, save_html
from kurilmap.teaching.story import Story, story
from kurilmap.teaching.words import DATA_FILES, INDEX, SECTIONS, STORY, STORY_COUNTED
from kurilmap.vocab import LANGS, Lang, View, counted, number

if TYPE_CHECKING:
    import pandas as pd

Writer = Callable[[Path], str]


def map_writer(view: View, lang: Lang, day: dt.date) -> Writer:
    """Write the interactive map of a view as one offline HTML file."""

    def write(path: Path) -> str:

        save_html(make_map(view, lang=lang, date=day), path)
        return describe(view, lang=lang, date=day)

    return write


def compare_writer(lang: Lang, day: dt.date) -> Writer:
    """Write the Japan | Russia comparison page as one offline HTML file."""

    def write(path: Path) -> str:

        save_html(compare_map("japan", "russia", lang=lang, date=day), path)
        return "\n\n".join(
            describe(v, lang=lang, date=day) for v in ("japan", "russia")
        )

    return write


def figure_writers(
    view: View, lang: Lang, day: dt.date, *, formats: Sequence[str]
) -> dict[str, Writer]:
    """One writer per format, sharing one drawing; the last one closes it."""
    drawn: dict[str, Any] = {}

    def writer(fmt: str) -> Writer:
        def write(path: Path) -> str:

            if "figure" not in drawn:
                drawn["figure"] = plot(view, lang=lang, date=day).figure
            figure = drawn["figure"]
            save_figure(figure, path)
            if fmt == formats[-1]:
                close(figure)
                drawn.clear()
            return str(figure.get_label())

        return write

    return {fmt: writer(fmt) for fmt in formats}


def handout_writer(lang: Lang, day: dt.date) -> Writer:
    """Write the one-page handout as PDF."""

    def write(path: Path) -> str:

        figure = handout(lang=lang, date=day)
        try:
            save_figure(figure, path)
        finally:
            close(figure)
        return str(figure.get_label())

    return write


def story_writers(lang: Lang, day: dt.date) -> dict[str, Writer]:
    """Write the built-in story's page and PDF: its chapters up to ``day``."""
    told: dict[str, Story] = {}

    def chapters() -> Story:
        if "story" not in told:
            whole = story(lang=lang)
            kept = whole.chapters[[d <= day for d in whole.chapters["date"]]]
            whole.chapters = kept.reset_index(drop=True)
            told["story"] = whole
        return told["story"]

    def described(s: Story) -> str:
        dates = list(s.chapters["date"])
        return STORY["bundle"][lang].format(
            title=s.heading(),
            chapters=counted(len(dates), STORY_COUNTED["chapters"][lang], lang),
            first=dates[0].isoformat(),
            last=dates[-1].isoformat(),
        )

    def page(path: Path) -> str:
        s = chapters()
        s.save(path)
        return described(s)

    def pdf(path: Path) -> str:
        s = chapters()
        s.save_pdf(path)
        told.clear()
        return described(s)

    return {"html": page, "pdf": pdf}


def story_days() -> list[dt.date]:
    """Return the days of the built-in story's chapters (nothing drawn)."""
    return list(story().chapters["date"])


def territories_writer(view: View, day: dt.date) -> Writer:
    """Write the territories of a view as GeoJSON, names in all three languages."""

    def write(path: Path) -> str:
        import shapely

        base = territories(view, date=day, lang="en")
        names = {
            lang: territories(view, date=day, lang=lang).set_index("unit")
            for lang in LANGS
        }
        rows = []
        for row in records(base):
            props = {k: _plain(v) for k, v in row.items() if k not in LOCALISED}
            for lang, frame in names.items():
                for column in LOCALISED:
                    props[f"{column}_{lang}"] = _plain(frame.at[row["unit"], column])
            rows.append(props)
        shapes = [shapely.geometry.mapping(g) for g in base.geometry]
        write_text(path, geojson_text(rows, shapes, name=f"territories-{view}"))
        return data_description("territories", "en", view=view, day=day)

    return write


LOCALISED = ("name", "group_name", "status_label")


def _plain(value: Any) -> Any:
    """Return a JSON-ready value: ISO dates, None for missing, Python numbers."""
    if isinstance(value, list | tuple | dict):
        return value
    if missing(value):
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    if hasattr(value, "item"):
        return value.item()
    return value


def settlements_writer() -> Writer:
    """Write the settlements as CSV with WGS 84 coordinates."""

    def write(path: Path) -> str:

        frame = load("settlements")
        rows = []
        for row, point in zip(records(frame), frame.geometry, strict=True):
            plain = {k: _plain(v) for k, v in row.items()}
            empty = point is None or point.is_empty
            plain["lon"] = None if empty else round(point.x, 6)
            plain["lat"] = None if empty else round(point.y, 6)
            rows.append(plain)
        header = [c for c in frame.columns if c != "geometry"] + ["lon", "lat"]
        write_text(path, csv_text(header, rows))
        return data_description("settlements", "en")

    return write


def sources_writer() -> Writer:
    """Write the sources table as CSV."""

    def write(path: Path) -> str:

        path.write_bytes(dataset_path("sources").read_bytes())
        return data_description("sources", "en")

    return write


def data_description(
    kind: str, lang: Lang, *, view: View = "neutral", day: dt.date | None = None
) -> str:
    """Return the description of a bundle's data file in ``lang``.

    ``kind``: ``territories`` (of ``view`` on ``day``), ``settlements`` or
    ``sources``; the manifest keeps the English, the index page the reader's.

    Examples
    --------
    >>> data_description("sources", "ru")
    'Все ключи источников из этих файлов: название, издатель, адрес.'
    """
    template = DATA_FILES[kind][lang]
    if kind == "territories":
        day = day or dt.date.today()
        n = len(territories(view, date=day))
        title = view_title(view, lang)
        return template.format(n=n, view=title, date=day.isoformat())
    if kind == "settlements":
        return template.format(n=len(load("settlements")))
    return template


def _described(row: dict[str, Any], day: dt.date, lang: Lang) -> str:
    """Return a manifest row's description, in ``lang`` for a data file."""
    name = Path(str(row["path"])).name
    if row["kind"] != "data" or lang == "en":
        return str(row["description"])
    if name.startswith("territories-"):
        view = cast("View", str(row["view"]))
        return data_description("territories", lang, view=view, day=day)
    return data_description(name.split(".")[0], lang)


def index_html(manifest: pd.DataFrame, day: dt.date, lang: Lang = "en") -> str:
    """Return a page listing every file with its description; all text escaped."""

    def esc(value: object) -> str:
        return html.escape(str(value), quote=True)

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>kurilmap bundle</title>",
        "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;"
        "padding:0 1rem;color:#222}li{margin:.6rem 0}img{max-width:100%;"
        "border:1px solid #ccc}.d{color:#555;font-size:.9rem;white-space:pre-line}"
        "</style></head><body>",
        f"<h1>{esc(INDEX['title'][lang])}</h1>",
        "<p>"
        + esc(INDEX["intro"][lang]).format(
            date=esc(day.isoformat()),
            version=esc(__version__),
            manifest='<a href="manifest.csv">manifest.csv</a>',
            sources='<a href="data/sources.csv">data/sources.csv</a>',
        )
        + "</p>",
    ]
    rows = records(manifest)
    for kind, headings in SECTIONS.items():
        heading = headings[lang]
        items = [r for r in rows if r["kind"] == kind]
        if not items:
            continue
        parts.append(f"<h2>{esc(heading)}</h2><ul>")
        for row in items:
            lang_attr = "" if missing(row["lang"]) else f' lang="{esc(row["lang"])}"'
            link = f'<a href="{esc(row["path"])}">{esc(row["path"])}</a>'
            size = INDEX["size"][lang].format(
                n=number(round(int(row["bytes"]) / 1024), lang)
            )
            image = ""
            if str(row["path"]).endswith(".png"):
                image = (
                    f'<br><img src="{esc(row["path"])}" alt="{esc(row["description"])}"'
                    f'{lang_attr} loading="lazy" width="550">'
                )
            parts.append(
                f"<li>{link} ({size}){image}"
                f"<details><summary>{esc(INDEX['description'][lang])}</summary>"
                f'<div class="d"{lang_attr}>'
                f"{esc(_described(row, day, lang))}</div></details></li>"
            )
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
