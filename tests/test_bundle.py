"""The bundle: every file, listed and checksummed, reproducible, all or nothing."""

from __future__ import annotations

import csv
import hashlib
import importlib
import json
import re
import shutil
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pytest
from pypdf import PdfReader

import kurilmap
from kurilmap.cli.commands import main
from kurilmap.errors import InputError
from kurilmap.vocab import VIEWS, as_views

bundle_module = importlib.import_module("kurilmap.teaching.bundler")
files_module = importlib.import_module("kurilmap.teaching.writers")

DATE = "2024-01-01"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """The default bundle, made through the command line as a teacher would."""
    out = tmp_path_factory.mktemp("bundles") / "kuril"
    assert main(["bundle", str(out), "--date", DATE, "--quiet"]) == 0
    return out


def manifest(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_file_is_there(made):
    expected = {
        "index.html",
        "manifest.csv",
        "handout-en.pdf",
        "maps/compare-en.html",
        "data/settlements.csv",
        "data/sources.csv",
        "story/story-en.html",
        "story/story-en.pdf",
    }
    for view in VIEWS:
        expected |= {
            f"maps/{view}-en.html",
            f"figures/{view}-en.png",
            f"figures/{view}-en.pdf",
            f"data/territories-{view}.geojson",
        }
    found = {p.relative_to(made).as_posix() for p in made.rglob("*") if p.is_file()}
    assert found == expected


def test_manifest_lists_every_file_with_its_checksum(made):
    rows = manifest(made)
    listed = {row["path"] for row in rows}
    on_disk = {p.relative_to(made).as_posix() for p in made.rglob("*") if p.is_file()}
    assert listed == on_disk - {"manifest.csv"}
    for row in rows:
        data = (made / row["path"]).read_bytes()
        assert int(row["bytes"]) == len(data)
        assert row["sha256"] == hashlib.sha256(data).hexdigest()
        assert row["description"], row["path"]


def test_handout_is_one_page(made):
    data = (made / "handout-en.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1


def test_maps_are_offline_and_name_their_view(made):
    for view in VIEWS:
        page = (made / f"maps/{view}-en.html").read_text(encoding="utf-8")
        assert not re.search(r"""<script[^>]+src=["']https?:""", page)
        assert '<meta name="description"' in page
    compare = (made / "maps/compare-en.html").read_text(encoding="utf-8")
    assert "<title>Japan&#x27;s view | Russia&#x27;s view</title>" in compare


def test_figures_are_images_with_their_description(made):
    from PIL import Image

    rows = {row["path"]: row for row in manifest(made)}
    for view in VIEWS:
        image = Image.open(made / f"figures/{view}-en.png")
        assert image.size[0] > 1500
        assert (
            image.text["Description"] == rows[f"figures/{view}-en.png"]["description"]
        )
        assert (made / f"figures/{view}-en.pdf").read_bytes().startswith(b"%PDF")


def test_territories_geojson_has_all_names_and_the_views_status(made):
    japan = json.loads((made / "data/territories-japan.geojson").read_text("utf-8"))
    russia = json.loads((made / "data/territories-russia.geojson").read_text("utf-8"))
    units = {f["properties"]["unit"]: f["properties"] for f in japan["features"]}
    assert {"iturup", "kunashir", "shikotan", "habomai"} <= set(units)
    iturup = units["iturup"]
    assert iturup["name_ja"].startswith("択捉島")
    assert "Итуруп" in iturup["name_ru"]
    assert iturup["date"] == DATE
    statuses = {
        f["properties"]["unit"]: f["properties"]["status"] for f in russia["features"]
    }
    assert statuses["iturup"] != iturup["status"]
    assert all(f["geometry"]["type"].endswith("Polygon") for f in japan["features"])


def test_settlements_and_sources_tables(made):
    with (made / "data/settlements.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    kurilsk = next(r for r in rows if r["name_en"] == "Yuzhno-Kurilsk")
    assert kurilsk["pop_2021"] == "6991"
    assert float(kurilsk["lon"]) == pytest.approx(145.8556, abs=1e-3)
    keys = (made / "data/sources.csv").read_text("utf-8")
    for source in ("S01", "S03", "S117"):
        assert f"\n{source}," in keys


def test_index_links_every_file_and_escapes_descriptions(made):
    page = (made / "index.html").read_text(encoding="utf-8")
    for row in manifest(made):
        if row["path"] != "index.html":
            assert f'href="{row["path"]}"' in page
    assert "Japan&#x27;s view" in page  # descriptions are escaped
    assert page.count("<img ") == len(VIEWS)


@pytest.mark.parametrize(
    ("lang", "words", "size"),
    [
        ("ja", ["集落：3言語の名称", "出典記号のすべて", "時点の11地域"], "KiB)"),
        (
            "ru",
            ["Населённые пункты (", "Все ключи источников", "Территории (11)"],
            "КиБ)",
        ),
    ],
)
def test_the_index_describes_the_data_files_in_the_readers_language(
    made, lang, words, size
):
    import datetime as dt

    import pandas as pd

    rows = pd.DataFrame(manifest(made))
    rows["lang"] = rows["lang"].replace("", None)
    page = files_module.index_html(rows, dt.date.fromisoformat(DATE), lang)
    for word in words:
        assert word in page
    for english in ("territories, ", "settlements with names", "Every source key"):
        assert english not in page
    assert size in page
    assert "1\xa0" in page or lang == "ja"  # Russian thousands: 1 369 КиБ


def test_same_inputs_give_the_same_bytes(made, tmp_path):
    again = tmp_path / "again"
    kurilmap.bundle(again, views=["neutral"], date=DATE)
    for name in (
        "maps/neutral-en.html",
        "maps/compare-en.html",
        "figures/neutral-en.png",
        "figures/neutral-en.pdf",
        "handout-en.pdf",
        "data/territories-neutral.geojson",
        "data/settlements.csv",
        "story/story-en.html",
        "story/story-en.pdf",
    ):
        assert (again / name).read_bytes() == (made / name).read_bytes(), name


def test_the_story_stops_at_the_bundles_day(made):
    rows = {row["path"]: row for row in manifest(made)}
    told = kurilmap.story().chapters
    kept = told[[d.isoformat() <= DATE for d in told["date"]]]
    assert 0 < len(kept) < len(told)  # the built-in story goes on after 2024
    for name in ("story/story-en.html", "story/story-en.pdf"):
        assert f"{len(kept)} chapters" in rows[name]["description"]
        assert rows[name]["kind"] == "story"
    page = (made / "story/story-en.html").read_text(encoding="utf-8")
    assert f"chapter={kept['id'].iloc[-1]}" in page
    assert f"chapter={told['id'].iloc[-1]}" not in page
    pdf = PdfReader(made / "story/story-en.pdf")
    assert len(pdf.pages) == len(kept)  # one page per chapter
    last = pdf.pages[-1].extract_text()
    assert kept["title"].iloc[-1]["en"].split(":")[0] in last


def test_the_bundle_goes_to_a_folders_path(tmp_path):
    with pytest.raises(TypeError, match="bundle\\(\\) takes a folder's path, not int"):
        kurilmap.bundle(5)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_used_folder_is_refused_and_kept(made, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    with pytest.raises(kurilmap.OutputError, match="not a kurilmap bundle"):
        kurilmap.bundle(mine, force=True)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    before = manifest(made)
    with pytest.raises(kurilmap.OutputError, match="--force"):
        kurilmap.bundle(made)
    assert manifest(made) == before


def tiny_tasks(*_args):
    return [
        bundle_module._Task("data/sources.csv", "data", files_module.sources_writer())
    ]


def test_force_replaces_an_earlier_bundle(made, tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    shutil.copytree(made, copy)
    monkeypatch.setattr(bundle_module, "_tasks", tiny_tasks)
    result = kurilmap.bundle(copy, force=True)
    assert list(result["path"]) == ["data/sources.csv", "index.html"]
    files = sorted(
        p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_file()
    )
    assert files == ["data/sources.csv", "index.html", "manifest.csv"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_a_failure_leaves_nothing_behind(tmp_path, monkeypatch, error):
    def broken(*_args, **_kwargs):
        def write(path):
            path.write_text("half")
            raise error

        return write

    monkeypatch.setattr(files_module, "map_writer", broken)
    with pytest.raises(type(error)):
        kurilmap.bundle(tmp_path / "out", views=["neutral"], date=DATE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--view", "china"], "unknown view 'china'"),
        (["--view", ""], "no view given"),
        (["--lang", "de"], "unknown language 'de'"),
        (["--date", "1956-02-30"], "not an ISO date"),
    ],
)
def test_cli_bad_arguments_are_one_line(tmp_path, capsys, args, message):
    try:
        code = main(["bundle", str(tmp_path / "out"), "--quiet", *args])
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_cli_an_empty_or_unwritable_folder(capsys):
    assert main(["bundle", "", "-q"]) == 2
    assert "the bundle's folder is empty" in capsys.readouterr().err
    if Path("/proc/self").exists():
        assert main(["bundle", "/proc/kuril", "-q"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("kurilmap: error: cannot write the bundle '/proc/kuril'")
        assert ".partial" not in err


def test_cli_missing_parent_and_file_target(tmp_path, capsys):
    assert main(["bundle", str(tmp_path / "no" / "out"), "-q"]) == 2
    assert "does not exist" in capsys.readouterr().err
    target = tmp_path / "file.txt"
    target.write_text("x")
    assert main(["bundle", str(target), "-q"]) == 2
    assert "is a file" in capsys.readouterr().err


def test_japanese_needs_the_font(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "has_cjk_font", lambda: False)
    with pytest.raises(kurilmap.OutputError, match="fonts-noto-cjk"):
        kurilmap.bundle(tmp_path / "out", langs=["ja"])
    assert list(tmp_path.iterdir()) == []


def test_views_and_languages_are_checked_and_ordered():
    assert as_views(["neutral", "japan", "japan"]) == ("neutral", "japan")
    assert as_views("all") == VIEWS
    with pytest.raises(InputError, match="no view"):
        as_views([])
