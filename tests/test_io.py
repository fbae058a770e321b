from __future__ import annotations

import math
from pathlib import Path

import pytest

from kurilmap.datasets import files as _io
from kurilmap.errors import OutputError


def test_geojson_text_rounds_and_keeps_order(tmp_path):
    text = _io.geojson_text(
        [{"b": 1, "a": "é"}],
        [{"type": "Point", "coordinates": (146.123456789, 44.0)}],
        name="t",
    )
    assert '"coordinates":[146.123457,44.0]' in text
    assert text.index('"b"') < text.index('"a"')
    assert "é" in text
    path = tmp_path / "t.geojson"
    path.write_text(text, encoding="utf-8")
    props, geoms = _io.read_geojson(path)
    assert props == [{"b": 1, "a": "é"}]
    assert geoms[0]["coordinates"] == [146.123457, 44.0]


def test_csv_round_trip(tmp_path):
    text = _io.csv_text(["k", "v"], [{"k": "a,b", "v": None}, {"k": 'say "x"', "v": 2}])
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    header, rows = _io.read_csv(path)
    assert header == ["k", "v"]
    assert rows == [{"k": "a,b", "v": ""}, {"k": 'say "x"', "v": "2"}]


def test_csv_with_a_short_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b\n1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"row 1.*1 fields where the header has 2"):
        _io.read_csv(path)


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_non_finite_numbers_are_refused(bad):
    with pytest.raises(ValueError, match="non-finite"):
        _io.format_number(bad, 3)


def test_atomic_write_leaves_the_old_file_on_failure(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")

    def explode(tmp):
        tmp.write_text("half", encoding="utf-8")
        msg = "disk full"
        raise RuntimeError(msg)

    with pytest.raises(RuntimeError):
        _io.atomic_write(path, explode)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_into_a_missing_folder(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        _io.write_text(tmp_path / "nope" / "x.txt", "x")


def test_atomic_write_keeps_a_files_permissions_and_a_links_place(tmp_path):
    private = tmp_path / "private.html"
    private.write_text("old", encoding="utf-8")
    private.chmod(0o600)
    _io.write_text(private, "new")
    assert private.stat().st_mode & 0o777 == 0o600  # was made 0o644
    link = tmp_path / "link.html"
    link.symlink_to(private)
    _io.write_text(link, "newer")
    assert link.is_symlink()  # was replaced by a plain file
    assert private.read_text(encoding="utf-8") == "newer"
    _io.write_text(tmp_path / "fresh.html", "x")
    assert (tmp_path / "fresh.html").stat().st_mode & 0o777 == 0o644


def test_atomic_write_to_a_folder_or_where_nothing_can_be_written(tmp_path):
    with pytest.raises(OutputError, match="it is a folder"):
        _io.write_text(tmp_path, "x")
    if Path("/proc/self").exists():  # a folder no one can create a file in
        with pytest.raises(OutputError, match=r"cannot write '/proc/x\.txt': "):
            _io.write_text(Path("/proc/x.txt"), "x")


@pytest.mark.parametrize("path", [None, 5, ["map.html"]])
def test_every_writer_and_reader_names_a_path_that_is_not_one(path):
    import kurilmap

    calls = (
        lambda: kurilmap.save_html(kurilmap.make_map(layers=()), path),
        lambda: kurilmap.Article.from_file(path),
        lambda: kurilmap.story().save_pdf(path),
    )
    for call in calls:  # each raised pathlib's own TypeError
        with pytest.raises(TypeError, match=r"path must be a str or pathlib\.Path"):
            call()
