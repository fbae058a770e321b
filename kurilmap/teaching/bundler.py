"""Everything a teacher or a newsroom needs, written into one folder.

:func:`bundle` writes, for the views and languages asked for: the offline HTML
maps (each view and the Japan | Russia comparison), the built-in story
up to the bundle's day (its page and its PDF), the static figures as PNG
and PDF, the one-page printable handout (PDF), the territories of each view as
GeoJSON, the settlements and the sources as CSV, an ``index.html`` that shows
it all with its text alternatives, and ``manifest.csv`` (every file with its
size, SHA-256 and description). The same inputs give the same bytes.

The folder appears only when it is complete: the files are written into a
hidden sibling folder that is renamed at the end, and removed on any error.

Examples
--------
>>> from kurilmap.teaching.bundler import bundle
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import kurilmap, tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "kuril-bundle"
>>> files = bundle(out, views=("neutral",), date="2024-01-01")
>>> sorted(files["kind"].unique())
['data', 'figure', 'handout', 'index', 'map', 'story']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kurilmap.datasets import csv_text, missing, records, write_text
from kurilmap.errors import InputError, InputTypeError, OutputError
from kurilmap.figures import CJK_FONT, has_cjk_font
from kurilmap.teaching import writers as files
from kurilmap.teaching.writers import index_html
from kurilmap.vocab import LANGS, VIEWS, Lang, View, as_date, as_langs, as_views

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MANIFEST", "bundle"]

MANIFEST = "manifest.csv"
"""The file that lists a bundle's files (and marks a folder as a bundle)."""
Kind = Literal["map", "story", "figure", "handout", "data", "index"]
_COLUMNS = ("path", "kind", "view", "lang", "bytes", "sha256", "description")


@dataclass(frozen=True)
class _Task:
    path: str
    kind: Kind
    write: Callable[[Path], str]  # writes the file, returns its description
    view: str | None = None
    lang: str | None = None


def bundle(
    outdir: str | Path,
    *,
    views: Sequence[View] | None = None,
    langs: Sequence[Lang] = ("en",),
    date: object = None,
    force: bool = False,
    progress: bool = False,
) -> pd.DataFrame:
    """Write the maps, figures, handout and data of the dispute into a folder.

    Parameters
    ----------
    outdir
        The folder to create. It must not exist, or be empty; with
        ``force=True`` an earlier bundle there (a folder with a
        ``manifest.csv``) is replaced. Any other folder is never touched.
    views
        Points of view for the maps, figures and GeoJSON (default: all four).
    langs
        Languages of the maps, figures and handout (default: English).
        Japanese needs the Noto Sans CJK JP font (Debian ``fonts-noto-cjk``).
    date
        The day shown (default: today).
    force
        Replace an earlier bundle in ``outdir``.
    progress
        Show a progress bar on stderr.

    Returns
    -------
    pandas.DataFrame
        The manifest: one row per file (path relative to ``outdir``, kind,
        view, lang, bytes, sha256, description), as in ``manifest.csv``.

    Raises
    ------
    ValueError
        An unknown view or language, or none given.
    kurilmap.OutputError
        ``outdir`` cannot be used (exists and is not empty, is a file, its
        parent is missing), Japanese was asked for without a CJK font, or a
        file could not be written. Nothing is left behind.
    """
    import pandas as pd
    from tqdm import tqdm

    # a fixed order, whatever the order given: same inputs, same bytes
    given_views = as_views(VIEWS if views is None else views)
    given_langs = as_langs(langs)
    chosen_views = [v for v in VIEWS if v in given_views]
    chosen_langs = [lang for lang in LANGS if lang in given_langs]
    day = as_date(date)
    if not isinstance(outdir, str | Path):
        msg = f"bundle() takes a folder's path, not {type(outdir).__name__}"
        raise InputTypeError(msg)
    if not str(outdir).strip():
        msg = "the bundle's folder is empty: give a path, e.g. 'kuril-bundle'"
        raise InputError(msg)
    out = Path(outdir)
    _check_target(out, force=force)
    if "ja" in chosen_langs and not has_cjk_font():
        msg = (
            f"Japanese figures need the {CJK_FONT} font (Debian: apt-get "
            "install fonts-noto-cjk); install it or leave out the language 'ja'"
        )
        raise OutputError(msg)
    tasks = _tasks(chosen_views, chosen_langs, day)
    try:
        work = Path(
            tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
        )
    except OSError as exc:  # a folder no one can write in: /proc
        msg = f"cannot write the bundle {str(out)!r}: {exc.strerror or exc}"
        raise OutputError(msg) from None
    try:
        rows = []
        for task in tqdm(
            tasks, desc="kurilmap bundle", unit="file", disable=not progress
        ):
            target = work / task.path
            target.parent.mkdir(parents=True, exist_ok=True)
            description = task.write(target)
            rows.append(
                _row(work, task.path, task.kind, task.view, task.lang, description)
            )
        index = _write_index(
            work, pd.DataFrame(rows, columns=list(_COLUMNS)), day, chosen_langs[0]
        )
        rows.append(_row(work, "index.html", "index", None, None, index))
        manifest = pd.DataFrame(rows, columns=list(_COLUMNS))
        _write_manifest(work, manifest)
        for folder in (work, *(p for p in work.rglob("*") if p.is_dir())):
            os.chmod(folder, 0o755)
        _move_into_place(work, out, force=force)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return manifest


def _row(
    folder: Path,
    path: str,
    kind: Kind,
    view: str | None,
    lang: str | None,
    description: str,
) -> dict[str, Any]:
    data = (folder / path).read_bytes()
    return {
        "path": path,
        "kind": kind,
        "view": view,
        "lang": lang,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "description": description,
    }


def _check_target(out: Path, *, force: bool) -> None:
    if not out.parent.is_dir():
        msg = f"cannot write the bundle: folder {str(out.parent)!r} does not exist"
        raise OutputError(msg)
    if not out.exists():
        return
    if not out.is_dir():
        msg = f"{str(out)!r} is a file; give a folder name for the bundle"
        raise OutputError(msg)
    if not any(out.iterdir()):
        return
    if not (out / MANIFEST).is_file():
        msg = (
            f"{str(out)!r} exists and is not a kurilmap bundle (no {MANIFEST}); "
            "choose a new or empty folder"
        )
        raise OutputError(msg)
    if not force:
        msg = (
            f"{str(out)!r} already holds a bundle; pass force=True (--force) to "
            "replace it"
        )
        raise OutputError(msg)


def _move_into_place(work: Path, out: Path, *, force: bool) -> None:
    _check_target(out, force=force)  # again: the folder may have changed meanwhile
    if out.exists() and not any(out.iterdir()):
        out.rmdir()
    if not out.exists():
        os.replace(work, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    old.rmdir()
    os.replace(out, old)
    try:
        os.replace(work, out)
    except BaseException:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _tasks(views: list[View], langs: list[Lang], day: dt.date) -> list[_Task]:

    tasks: list[_Task] = []
    told = any(d <= day for d in files.story_days())  # a story up to the day
    for lang in langs:
        for view in views:
            tasks.append(
                _Task(
                    f"maps/{view}-{lang}.html",
                    "map",
                    files.map_writer(view, lang, day),
                    view,
                    lang,
                )
            )
        tasks.append(
            _Task(
                f"maps/compare-{lang}.html",
                "map",
                files.compare_writer(lang, day),
                "japan|russia",
                lang,
            )
        )
        if told:
            for fmt, writer in files.story_writers(lang, day).items():
                tasks.append(
                    _Task(f"story/story-{lang}.{fmt}", "story", writer, None, lang)
                )
        for view in views:
            writers = files.figure_writers(view, lang, day, formats=("png", "pdf"))
            for fmt, writer in writers.items():
                tasks.append(
                    _Task(f"figures/{view}-{lang}.{fmt}", "figure", writer, view, lang)
                )
        tasks.append(
            _Task(
                f"handout-{lang}.pdf",
                "handout",
                files.handout_writer(lang, day),
                "neutral",
                lang,
            )
        )
    for view in views:
        tasks.append(
            _Task(
                f"data/territories-{view}.geojson",
                "data",
                files.territories_writer(view, day),
                view,
            )
        )
    tasks.append(_Task("data/settlements.csv", "data", files.settlements_writer()))
    tasks.append(_Task("data/sources.csv", "data", files.sources_writer()))
    return tasks


def _write_manifest(folder: Path, manifest: pd.DataFrame) -> None:

    rows = [
        {k: None if missing(v) else v for k, v in row.items()}
        for row in records(manifest)
    ]
    write_text(folder / MANIFEST, csv_text(_COLUMNS, rows))


def _write_index(folder: Path, manifest: pd.DataFrame, day: dt.date, lang: Lang) -> str:

    write_text(folder / "index.html", index_html(manifest, day, lang))
    return f"Index of this bundle: {len(manifest)} files, as of {day.isoformat()}."
