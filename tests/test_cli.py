from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kurilmap._schema import CONTRACTS
from kurilmap.cli import main


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_help_exits_zero(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("datasets", "info", "validate", "map"):
        assert command in out


@pytest.mark.parametrize("command", ["datasets", "info", "validate", "map"])
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: kurilmap " + command in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["frob"], "invalid choice: 'frob'"),
        (["info"], "required: name"),
        (["info", "islandz"], "did you mean 'islands'?"),
        (["validate", "nope"], "unknown dataset 'nope'"),
        (["map", "-o", "out.png"], "must be an .html file"),
        (["map", "-o", "/no/such/folder/m.html"], "does not exist"),
        (["map", "--zoom", "3"], "unrecognized arguments: --zoom 3"),
        (["territories", "--date", "1800-01-01"], "before 1855-01-01"),
        (["territories", "--date", "yesterday"], "not an ISO date"),
        (["territories", "--view", "china"], "invalid choice: 'china'"),
        (["geocode", "--kind", "volcano", "x"], "invalid choice: 'volcano'"),
    ],
)
def test_bad_arguments_one_line_exit_2(argv, needle, capsys):
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    assert needle in one_line_error(capsys)


def test_output_that_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "x.html"
    folder.mkdir()
    with pytest.raises(SystemExit) as exit_:
        main(["map", "-o", str(folder)])
    assert exit_.value.code == 2
    assert "is a folder" in one_line_error(capsys)


def test_datasets_and_info(capsys):
    assert main(["datasets"]) == 0
    out = capsys.readouterr().out
    assert "islands" in out
    assert "LGPL-3.0-or-later" in out
    assert main(["info", "settlements"]) == 0
    assert "sha256:" in capsys.readouterr().out


def test_validate_all(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.count(": ok (") == len(CONTRACTS)


def test_validate_reports_a_corrupt_copy(data_copy, capsys, monkeypatch):
    import kurilmap.datasets

    (data_copy / "prewar_villages.csv").write_text(
        "id,name_ja\nx,y\n", encoding="utf-8"
    )
    monkeypatch.setattr(kurilmap.datasets, "data_dir", lambda: data_copy)
    assert main(["validate", "prewar_villages"]) == 2
    err = one_line_error(capsys)
    assert "prewar_villages.csv, row 1" in err
    assert "rule 'columns'" in err


def test_map_writes_html_atomically(tmp_path, capsys):
    target = tmp_path / "islands.html"
    assert main(["map", "-o", str(target)]) == 0
    html = target.read_text(encoding="utf-8")
    assert "Iturup / Etorofu" in html
    assert "Южно-Курильск" in html
    assert [p.name for p in tmp_path.iterdir()] == ["islands.html"]
    assert "wrote" in capsys.readouterr().out


def test_map_write_failure_is_one_line(capsys):
    # /proc refuses new files even to root, so the write fails for real.
    assert main(["map", "-o", "/proc/kurilmap-test.html"]) == 2
    assert "cannot write '/proc/kurilmap-test.html'" in one_line_error(capsys)


def test_help_imports_no_heavy_library():
    script = textwrap.dedent("""
        import sys
        from kurilmap.cli import main
        try:
            main(["--help"])
        except SystemExit:
            pass
        heavy = {"geopandas", "pandas", "shapely", "folium", "pyproj", "numpy"}
        print(sorted(heavy & set(sys.modules)))
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_geocode_table_and_json(capsys):
    assert main(["geocode", "Etorofu", "Южные Курилы"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["query", "id", "kind"]
    assert out[1].split()[:2] == ["Etorofu", "iturup"]
    assert "four-islands" in out[2]
    assert main(["geocode", "--json", "Kurils"]) == 0
    import json

    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == "kuril-islands"
    assert row["ambiguous"] is True
    assert "four-islands" in row["candidates"]
    assert -180 <= row["lon"] <= 180


def test_geocode_unknown_name_is_one_line_exit_2(capsys):
    assert main(["geocode", "Iturup", "Atlantis"]) == 2
    captured = capsys.readouterr()
    assert "iturup" in captured.out
    assert "no place matches 'Atlantis'" in captured.err
    assert captured.err.count("\n") == 1


def test_territories_check_and_scenarios(capsys):
    assert main(["territories", "--view", "japan", "--date", "1950-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Etorofu (Iturup)" in out
    assert "occupied by the Soviet Union" in out
    assert main(["territories", "--json", "--lang", "ru", "--view", "russia"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["name"] == "Итуруп (Эторофу)"
    assert main(["check"]) == 0
    assert " passed, 0 failed" in capsys.readouterr().out
    assert main(["scenarios", "--no-sea"]) == 0
    assert "two_islands" in capsys.readouterr().out
