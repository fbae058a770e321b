from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kurilmap.cli.commands import main
from kurilmap.datasets import CONTRACTS


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
        (["territories", "--date", "1699-12-31"], "before 1700-01-01"),
        (["territories", "--date", "yesterday"], "not an ISO date"),
        (["territories", "--view", "china"], "unknown view 'china'; valid: japan"),
        (["territories", "--view", "defacto"], "did you mean 'de_facto'?"),
        (["map", "--lang", "de"], "unknown language 'de'; valid: en, ja, ru"),
        (["compare", "--left", "jpn"], "did you mean 'japan'?"),
        (["bundle", "out", "--date", "2999-01-01"], "in the future"),
        (["geocode", "--kind", "volcano", "x"], "invalid choice: 'volcano'"),
        (
            ["map", "--all-views", "--tiles", "OpenStreetMap.Mapnik"],
            "cannot use --tiles",
        ),
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
    import kurilmap.datasets.registry

    (data_copy / "prewar_villages.csv").write_text(
        "id,name_ja\nx,y\n", encoding="utf-8"
    )
    monkeypatch.setattr(kurilmap.datasets.registry, "data_dir", lambda: data_copy)
    assert main(["validate", "prewar_villages"]) == 2
    err = one_line_error(capsys)
    assert "prewar_villages.csv, row 1" in err
    assert "rule 'columns'" in err


def test_map_writes_html_atomically(tmp_path, capsys):
    target = tmp_path / "islands.html"
    assert main(["map", "-o", str(target)]) == 0
    html = target.read_text(encoding="utf-8")
    assert "Iturup / Etorofu" in html
    assert "Yuzhno-Kurilsk" in html
    assert [p.name for p in tmp_path.iterdir()] == ["islands.html"]
    assert "wrote" in capsys.readouterr().out


def test_map_write_failure_is_one_line(capsys):
    # /proc refuses new files even to root, so the write fails for real.
    assert main(["map", "-o", "/proc/kurilmap-test.html"]) == 2
    assert "cannot write '/proc/kurilmap-test.html'" in one_line_error(capsys)


def test_help_imports_no_heavy_library():
    script = textwrap.dedent("""
        import sys
        from kurilmap.cli.commands import main
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


ARTICLE = (
    "Ministers meet\n\n"
    "MOSCOW, May 10, 2019 — Russian Foreign Minister Sergei Lavrov met Taro Kono "
    "in Moscow to discuss Iturup and Shikotan.\n\n"
    '"The task is not easy," Lavrov told the press.'
)


def test_annotate_prints_the_places(tmp_path, capsys):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["annotate", str(path)]) == 0
    out = capsys.readouterr().out
    for place in ("moscow", "iturup", "shikotan"):
        assert place in out
    assert "May 10, 2019=2019-05-10" in out or "2019-05-10" in out


def test_annotate_writes_the_article_map(tmp_path, capsys):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "talks.html"
    assert main(["annotate", str(path), "-o", str(out), "--lang", "ja"]) == 0
    assert "annotations" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert 'data-km-place=\\"iturup\\"' in html
    assert [p.name for p in tmp_path.iterdir()] != []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talks.html", "talks.txt"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "PNG image"),
        ("Москва и Курилы, сказал Лавров.".encode("cp1251"), "not UTF-8"),
        ("北方領土について外相が会談した。".encode("shift_jis"), "not UTF-8"),
    ],
)
def test_annotate_bad_files_one_line_exit_2(tmp_path, capsys, content, needle):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = tmp_path / "bad.html"
    assert main(["annotate", str(path), "-o", str(out)]) == 2
    assert needle in one_line_error(capsys)
    assert not out.exists()


def test_annotate_legacy_encoding_when_named(tmp_path, capsys):
    path = tmp_path / "ru.txt"
    path.write_bytes(
        "Москва, 10 мая 2019 г. — Лавров говорил об Итурупе.".encode("cp1251")
    )
    assert main(["annotate", str(path), "--encoding", "cp1251"]) == 0
    assert "iturup" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["annotate", "missing.txt"], "does not exist"),
        (["annotate", "."], "folder"),
        (["annotate", "ART", "--date", "2019-02-30"], "not an ISO date"),
        (["annotate", "ART", "--encoding", "klingon"], "unknown encoding"),
        (["annotate", "ART", "-o", "map.png"], "must be an .html file"),
        (["annotate", "ART", "--show", "dates"], "invalid choice: 'dates'"),
    ],
)
def test_annotate_bad_arguments_one_line_exit_2(tmp_path, capsys, argv, needle):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    argv = [str(path) if a == "ART" else a for a in argv]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse rejects the output name itself
        code = exit_.code
    assert code == 2
    assert needle in one_line_error(capsys)


def test_annotate_hostile_text_is_escaped(tmp_path, capsys):
    path = tmp_path / "hostile.html"
    path.write_text(
        "<html><body><h1>x</h1><p>Kunashir <script>window.__pwned=1</script> "
        "{{ 7*7 }} {% if %} &lt;img src=x onerror=alert(1)&gt; said Lavrov.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out.html"
    assert main(["annotate", str(path), "-o", str(out), "--date", "2019-05-10"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "window.__pwned" not in html
    assert "<img src=x" not in html
    assert "{{ 7*7 }}" not in html


def test_annotate_without_a_date_says_so(tmp_path, capsys):
    path = tmp_path / "undated.txt"
    path.write_text("Talks\n\nKono met Lavrov on Kunashir in May.", encoding="utf-8")
    assert main(["annotate", str(path)]) == 0
    captured = capsys.readouterr()
    assert "kunashir" in captured.out
    assert "pass --date" in captured.err
    assert captured.err.count("\n") == 1


def _broken(*_args, **_kwargs):
    msg = "a bug in kurilmap"
    raise RuntimeError(msg)


def test_a_bug_is_exit_1_with_one_line_saying_so(monkeypatch, capsys):
    monkeypatch.setattr("kurilmap.cli.commands.territories", _broken)
    monkeypatch.delenv("KURILMAP_DEBUG", raising=False)
    assert main(["territories"]) == 1
    err = one_line_error(capsys)
    assert "internal error, a bug in kurilmap" in err
    assert "RuntimeError: a bug in kurilmap" in err
    assert "--debug" in err


def test_a_plain_value_error_is_a_bug_not_a_user_error(monkeypatch, capsys):
    def value_error(*_args, **_kwargs):
        msg = "not the user's fault"
        raise ValueError(msg)

    monkeypatch.setattr("kurilmap.cli.commands.territories", value_error)
    monkeypatch.delenv("KURILMAP_DEBUG", raising=False)
    assert main(["territories"]) == 1
    assert "internal error" in one_line_error(capsys)


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_debug_prints_the_traceback(how, monkeypatch, capsys):
    monkeypatch.setattr("kurilmap.cli.commands.territories", _broken)
    if how == "flag":
        monkeypatch.delenv("KURILMAP_DEBUG", raising=False)
        argv = ["--debug", "territories"]
    else:
        monkeypatch.setenv("KURILMAP_DEBUG", "1")
        argv = ["territories"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "_broken" in err
    assert "internal error" in err.splitlines()[-1]


def test_an_os_error_on_a_user_path_is_exit_2(monkeypatch, capsys):
    def missing_file(*_args, **_kwargs):
        raise FileNotFoundError(2, "No such file or directory", "given.csv")

    monkeypatch.setattr("kurilmap.cli.commands.territories", missing_file)
    assert main(["territories"]) == 2
    assert "No such file or directory: given.csv" in one_line_error(capsys)


def test_a_bug_from_the_installed_command_is_exit_1_without_traceback(tmp_path):
    code = (
        "import sys, kurilmap.cli.commands as m\n"
        "def broken(*a, **k): raise KeyError('oops')\n"
        "m.territories = broken\n"
        "sys.exit(m.main(['territories']))\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "KURILMAP_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "KeyError: 'oops'" in result.stderr


def test_annotate_an_article_with_no_known_place_prints_an_empty_table(
    tmp_path, capsys
):
    article = tmp_path / "weather.txt"
    article.write_text(
        "Rain tomorrow.\n\nThe forecast says it will be cold and windy all week.\n",
        encoding="utf-8",
    )
    assert main(["annotate", str(article), "--date", "2019-05-10"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["¶", "place", "mention", "quotes", "dates", "events"]
    assert len(out) == 1


def test_counts_in_english_agree():
    from kurilmap.cli.options import count

    assert [count(n, "handout") for n in (0, 1, 2, 1200)] == [
        "0 handouts",
        "1 handout",
        "2 handouts",
        "1,200 handouts",
    ]
    assert count(1, "city", "cities") == "1 city"
    assert count(3, "city", "cities") == "3 cities"


@pytest.mark.parametrize(
    ("show", "needle"), [("timeline", "2019-05-10"), ("quotes", "quote")]
)
def test_annotate_shows_the_timeline_and_the_quotes(tmp_path, capsys, show, needle):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["annotate", str(path), "--date", "2019-05-10", "--show", show]) == 0
    assert needle in capsys.readouterr().out


def test_annotate_shows_a_quotation_without_a_speaker_as_a_question_mark(
    tmp_path, capsys
):
    path = tmp_path / "talks.txt"
    path.write_text(
        'Talks\n\n"We will keep asking," Kono said.\n\n"Time is short," said a man.',
        encoding="utf-8",
    )
    assert main(["annotate", str(path), "--show", "quotes"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split()[2] for row in rows] == ["taro-kono", "?"]


def test_annotate_show_does_not_go_with_a_map(tmp_path, capsys):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "m.html"
    args = ["annotate", str(path), "--show", "quotes", "-o", str(out)]
    assert main(args) == 2  # --show was ignored without a word
    assert "--show quotes lists on the screen" in capsys.readouterr().err
    assert not out.exists()


def test_the_map_with_every_view(tmp_path, capsys):
    out = tmp_path / "every.html"
    assert main(["map", "--all-views", "--layers", "territories", "-o", str(out)]) == 0
    assert "every view" in capsys.readouterr().out
    assert 'data-km=\\"lang\\"' in out.read_text(encoding="utf-8")
