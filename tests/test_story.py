"""Stories: the spec and its errors, resolved chapters, stories from articles, CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import kurilmap
from kurilmap.cli import main
from kurilmap.errors import StoryError
from kurilmap.teaching.story import render_text
from kurilmap.teaching.story_spec import DEFAULT_LAYERS, FIELDS, ZONES_FROM
from kurilmap.vocab import LANGS, VIEWS
from tests._seed import SEED, needs_seed


def chapter(**fields):
    """One valid chapter, with ``fields`` changed (``None`` removes a field)."""
    base = {
        "id": "shimoda-1855",
        "title": "Shimoda",
        "text": "A *first* border.",
        "date": "1855-02-07",
        "frame": ["iturup", "urup"],
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def fault(*chapters) -> StoryError:
    with pytest.raises(StoryError) as info:
        kurilmap.story(list(chapters))
    return info.value


# the spec: every fault names the chapter and the field ---------------------------


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"view": "japn"}, "view", "did you mean 'japan'"),
        ({"date": "1699-12-31"}, "date", "before 1700-01-01"),
        ({"date": "2999-01-01"}, "date", "in the future"),
        ({"date": "1855/02/07"}, "date", "not an ISO date"),
        ({"frame": ["atlantis"]}, "frame", "no gazetteer place has the id 'atlantis'"),
        ({"highlight": "nowhere"}, "highlight", "has the id 'nowhere'"),
        ({"frame": ["kunashri"]}, "frame", "(did you mean 'kunashir'?)"),
        (
            {"frame": ["kitovy"]},
            "frame",
            "'kitovy' has no sourced coordinates, so the map cannot frame it; "
            "frame 'iturup', where it is, instead",
        ),
        (
            {"highlight": ["reydovo"]},
            "highlight",
            "cannot pick it out; pick out 'iturup', where it is, instead",
        ),
        ({"title": None}, "title", "missing"),
        ({"date": None}, "date", "missing"),
        ({"text": "  "}, "text", "is empty"),
        ({"text": {"en": "x", "ja": "y"}}, "text", "lacks ru"),
        ({"text": "[x](javascript:alert(1))"}, "text", "not an http(s) address"),
        ({"layers": ["roads"]}, "layers", "unknown layer 'roads'"),
        ({"layers": ["zones"]}, "layers", "before them"),
        ({"bounds": [149, 43, 145, 46], "frame": None}, "bounds", "not a box"),
        ({"bounds": [145, 43, 149], "frame": None}, "bounds", "four numbers"),
        ({"bounds": [145, 43, 149, 46]}, "bounds", "not both"),
        ({"events": ["1855-shimoda"]}, "events", "not in the events dataset"),
        ({"sources": ["S999"]}, "sources", "not in the sources dataset"),
        ({"positions": {"china": "x"}}, "positions", "unknown party 'china'"),
        ({"quotes": [{"text": "x", "who": "y"}]}, "quotes", "{text, speaker}"),
        ({"literal": "yes"}, "literal", "true or false"),
        ({"id": "Shimoda 1855"}, "id", "not a slug"),
        ({"viewpoint": "japan"}, "viewpoint", "unknown field"),
    ],
)
def test_a_bad_field_names_its_chapter_and_field(fields, field, words):
    error = fault(chapter(id="first"), chapter(**{"id": "second", **fields}))
    assert error.chapter == 2
    assert error.field == field
    assert words in str(error)
    assert str(error).startswith("chapter 2 (" if "id" not in fields else "chapter 2")


def test_ids_are_unique_and_chapters_are_mappings():
    error = fault(chapter(), chapter())
    assert (error.chapter, error.field) == (2, "id")
    assert "already chapter 1's id" in str(error)
    with pytest.raises(StoryError, match="chapter 1: a chapter is a mapping"):
        kurilmap.story(["Shimoda"])
    with pytest.raises(StoryError, match="at least one chapter"):
        kurilmap.story([])
    with pytest.raises(StoryError, match="unknown key 'chapter'"):
        kurilmap.story({"chapter": [chapter()]})


def test_zones_are_allowed_from_1977():
    s = kurilmap.story([chapter(date=ZONES_FROM.isoformat(), layers=["zones"])])
    assert s.chapters.loc[0, "layers"] == ["zones"]
    assert "zones" not in kurilmap.story([chapter()]).chapters.loc[0, "layers"]
    assert kurilmap.story([chapter()]).chapters.loc[0, "layers"] == list(DEFAULT_LAYERS)


def test_files_yaml_and_json_and_their_faults(tmp_path):
    spec = {"title": "T", "chapters": [chapter()]}
    (tmp_path / "s.json").write_text(json.dumps(spec), encoding="utf-8")
    (tmp_path / "s.yaml").write_text(
        "title: T\nchapters:\n  - title: Shimoda\n    text: x\n    date: 1855-02-07\n",
        encoding="utf-8",
    )
    assert kurilmap.story(tmp_path / "s.json").heading() == "T"
    assert kurilmap.story(str(tmp_path / "s.yaml")).chapters.loc[0, "date"] == (
        dt.date(1855, 2, 7)
    )
    (tmp_path / "bad.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(StoryError, match=r"not valid YAML: .*\(line \d+\)"):
        kurilmap.story(tmp_path / "bad.yaml")
    with pytest.raises(StoryError, match="no story file"):
        kurilmap.story(tmp_path / "missing.yaml")
    with pytest.raises(StoryError, match="not a story file"):
        kurilmap.story(tmp_path / "s.txt")
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    (tmp_path / "bomb.yaml").write_text(bomb, encoding="utf-8")
    with pytest.raises(StoryError, match=r"aliases \(\*name\) are not allowed"):
        kurilmap.story(tmp_path / "bomb.yaml")
    (tmp_path / "big.json").write_text(" " * 2_000_001, encoding="utf-8")
    with pytest.raises(StoryError, match="a story file is at most 2,000,000"):
        kurilmap.story(tmp_path / "big.json")
    with pytest.raises(StoryError, match="field 'text': holds a NUL"):
        kurilmap.story([chapter(text="a\x00b")])
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    with pytest.raises(StoryError, match="chapter 1: a chapter is a mapping"):
        kurilmap.story(tmp_path / "list.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]\n", "field 'chapters': a story needs at least one chapter"),
        (
            "- {title: a, text: b, date: 2019-02-30}\n",
            r"chapter 1, field 'date': date '2019-02-30' is not an ISO date",
        ),
        (
            "- {title: a, text: b, date: !!timestamp 2019-02-30}\n",
            "is not valid YAML: day is out of range for month",
        ),
        (  # YAML keeps the last and drops the first unsaid
            "- title: a\n  title: b\n  text: x\n",
            r"'title' is given twice in one mapping \(line 2\)",
        ),
    ],
)
def test_a_yaml_file_with_no_chapter_or_an_impossible_date(tmp_path, text, message):
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoryError, match=message):
        kurilmap.story(path)


def test_hostile_text_is_escaped_everywhere():
    hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    s = kurilmap.story(
        [
            chapter(
                title=hostile,
                text=hostile + " [ok](https://example.org/?a=1&b=2)",
                positions={"japan": hostile},
                quotes=[{"text": hostile, "speaker": hostile}],
            )
        ],
        title=hostile,
    )
    html = s.to_html()
    assert "<script>alert(2)" not in html
    assert "<img src=x" not in html
    assert "onerror=\\u0022" not in html.replace('onerror="', "")
    assert "&lt;script&gt;alert(2)" in html or "\\u003cscript\\u003ealert(2)" in html
    resolved = s.resolve()[0]
    assert "<script>" not in resolved["html"]
    assert 'href="https://example.org/?a=1&amp;b=2"' in resolved["html"]
    assert 'rel="noopener noreferrer"' in resolved["html"]


def test_markdown_subset_and_plain_text():
    html, plain = render_text(
        "**Bold** and *it*\n\n- one\n- two\n\n<b>raw</b>", literal=False
    )
    assert "<strong>Bold</strong>" in html
    assert "<em>it</em>" in html
    assert "<li>one</li>" in html
    assert "&lt;b&gt;raw&lt;/b&gt;" in html
    assert plain == "Bold and it\n\n• one\n\n• two\n\n<b>raw</b>"
    html, plain = render_text("*as written*\n\nsecond", literal=True)
    assert html == "<p>*as written*</p>\n<p>second</p>\n"
    assert plain == "*as written*\n\nsecond"


# resolved chapters -------------------------------------------------------------


def test_a_resolved_chapter_frames_places_and_gathers_sources():
    s = kurilmap.story(
        [
            chapter(
                highlight=["iturup"],
                events=["1855-shimoda-treaty"],
                sources=["H20"],
                frame=["iturup", "urup", "moscow"],
            )
        ]
    )
    c = s.resolve()[0]
    west, south, east, north = c["bounds"]
    for pid in ("iturup", "urup"):
        w, s_, e, n = kurilmap.places.lookup(pid)["geometry"].bounds
        assert west <= w
        assert south <= s_
        assert e <= east
        assert n <= north
    assert c["framed"] == ["iturup", "urup"]
    assert [x["key"] for x in c["sources"]][:2] == ["H20", "S01"]
    assert c["events"][0]["date"] == "1855-02-07"
    assert "Moscow" in c["alt"]
    assert "Iturup" in c["alt"]
    assert c["date"] == dt.date(1855, 2, 7)


def test_the_chapters_frame_is_edited_and_checked_again():
    s = kurilmap.story([chapter(), chapter(id="yalta", date="1945-02-11")])
    s.chapters.loc[1, "view"] = "russia"
    assert s.resolve()[1]["view"] == "russia"
    s.chapters.loc[1, "view"] = "moscow"
    with pytest.raises(StoryError, match=r"chapter 2 \('yalta'\), field 'view'"):
        s.resolve()
    assert list(s.chapters.columns) == list(FIELDS)


@pytest.mark.parametrize("lang", LANGS)
def test_the_builtin_story_in_every_language(lang):
    s = kurilmap.story(lang=lang)
    chapters = s.resolve()
    assert len(chapters) >= 12
    dates = [c["date"] for c in chapters]
    assert dates == sorted(dates)
    assert dates[0] < dt.date(1855, 2, 7)
    assert {c["view"] for c in chapters} <= set(VIEWS)
    assert len({c["view"] for c in chapters}) >= 3
    for c in chapters:
        assert c["events"] or c["sources"], c["id"]
        assert c["sources"], c["id"]
        assert c["title"]
        assert c["text"]
        assert c["alt"]
    if lang != "en":  # no English text but names, keys and outlets
        import re

        for c in chapters:
            words = re.findall(r"[A-Za-z]{4,}", c["title"] + c["text"])
            assert len(words) <= 2, (c["id"], words)
    differ = [c for c in chapters if len(c["positions"]) == 2]
    assert len(differ) >= 6  # where the parties differ, both are stated


# stories from articles ---------------------------------------------------------


def test_a_story_from_an_article_has_a_chapter_per_paragraph_with_places_or_dates():
    a = kurilmap.Article.from_text(
        "Talks in Moscow\n\n"
        "Kono met Lavrov in Moscow on May 10 to discuss Shikotan and Iturup.\n\n"
        "Nothing of note was agreed in more than 70 years.\n\n"
        '"We will meet again in June," Lavrov said.\n\n'
        "Russia built barracks on Kunashir.",
        date="2019-05-14",
    )
    s = kurilmap.story_from_article(a)
    rows = s.chapters.set_index("id")
    ids = ["paragraph-1", "paragraph-2", "paragraph-3", "paragraph-4"]
    assert list(rows.index) == ids
    assert rows.loc["paragraph-1", "date"] == dt.date(2019, 5, 10)
    # "more than 70 years" is a date, but names no day: the map stays
    assert rows.loc["paragraph-2", "date"] == dt.date(2019, 5, 10)
    assert rows.loc["paragraph-2", "frame"] == []
    assert rows.loc["paragraph-1", "frame"] == ["moscow", "shikotan", "iturup"]
    assert rows.loc["paragraph-1", "highlight"] == ["shikotan", "iturup"]
    assert rows.loc["paragraph-3", "date"] == dt.date(2019, 6, 1)
    assert rows.loc["paragraph-3", "quotes"][0]["speaker"] == "Lavrov"
    assert rows.loc["paragraph-4", "frame"] == ["kunashir"]
    assert rows.loc["paragraph-4", "date"] == dt.date(2019, 6, 1)  # carried on
    assert rows.loc["paragraph-1", "events"] == ["2019-05-10-lavrov-kono-moscow"]
    c = s.resolve()[0]
    assert c["framed"] == ["shikotan", "iturup"]
    assert s.heading() == "Talks in Moscow"
    with pytest.raises(TypeError, match=r"takes a kurilmap\.Article"):
        kurilmap.story_from_article("text")
    empty = kurilmap.Article.from_text("Title\n\nNothing here at all.")
    with pytest.raises(StoryError, match="no paragraph that names a place or a date"):
        kurilmap.story_from_article(empty)


def test_a_place_with_no_coordinates_is_framed_as_where_it_is(tmp_path):
    a = kurilmap.Article.from_text(
        "Kitovy school\n\n"
        "A new school opened in Kitovy on 3 May 2019.\n\n"
        "The ports of Reydovo and Kurilsk reopened on 5 May 2019.",
        date="2019-05-06",
    )
    s = kurilmap.story_from_article(a)
    rows = s.chapters.set_index("id")
    # Kitovy and Reydovo have no sourced coordinates: their island is framed,
    # and nothing is picked out that the map cannot draw
    assert rows.loc["paragraph-1", "frame"] == ["iturup"]
    assert rows.loc["paragraph-1", "highlight"] == []
    assert rows.loc["paragraph-2", "frame"] == ["iturup", "kurilsk"]
    assert rows.loc["paragraph-2", "highlight"] == ["kurilsk"]
    assert [c["framed"] for c in s.resolve()] == [["iturup"], ["iturup", "kurilsk"]]
    assert s.save(tmp_path / "s.html").stat().st_size > 0
    assert s.save_pdf(tmp_path / "s.pdf").stat().st_size > 0


@needs_seed
def test_the_seed_articles_story():
    a = kurilmap.Article.from_file(SEED)
    s = kurilmap.story_from_article(a)
    timeline = kurilmap.timeline(a)
    named = kurilmap.annotate(a)
    named = named[named["match"] == "name"]
    expected = sorted(set(timeline["paragraph"]) | set(named["paragraph"]))
    assert list(s.chapters["id"]) == [f"paragraph-{p + 1}" for p in expected]
    for row in s.chapters.to_dict(orient="records"):
        p = int(row["id"].split("-")[1]) - 1
        places = list(dict.fromkeys(named.loc[named["paragraph"] == p, "place_id"]))
        assert (
            row["frame"] == places if places else "frame" not in row or not row["frame"]
        )
        mine = timeline[
            (timeline["paragraph"] == p) & (timeline["precision"] != "duration")
        ]
        starts = [d for d in mine["start"] if d]
        if starts and dt.date.fromisoformat(starts[0]) <= dt.date.today():
            assert row["date"] == dt.date.fromisoformat(starts[0])


# outputs -----------------------------------------------------------------------


def test_two_saves_are_byte_identical(tmp_path):
    s = kurilmap.story(
        [chapter(highlight=["iturup"]), chapter(id="b", date="1956-10-19")]
    )
    a, b = s.save(tmp_path / "a.html"), s.save(tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()
    html = a.read_text(encoding="utf-8")
    assert "#chapter=" in html
    assert "https://unpkg" not in html
    assert "<iframe srcdoc=" in s._repr_html_()


def test_a_story_without_the_territories_layer_still_moves_the_slider():
    s = kurilmap.story([chapter(layers=["labels"]), chapter(id="b", layers=[])])
    html = s.to_html()
    assert '"layers":["labels"]' in html  # the chapter shows only the labels
    assert "kmGo" in html  # and the slider that sets its day is there


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse refuses an option's value itself
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_the_story_and_refuses_bad_input(tmp_path, capsys):
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps({"chapters": [chapter()]}), encoding="utf-8")
    out = tmp_path / "s.html"
    code, printed, _ = run(capsys, "story", str(spec), "-o", str(out))
    assert code == 0
    assert out.is_file()
    assert "\n1 chapter: " in printed
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([chapter(view="japn")]), encoding="utf-8")
    for argv, words in [
        ((str(bad), "-o", str(tmp_path / "x.html")), "field 'view'"),
        ((str(spec), "-o", str(tmp_path / "x.txt")), "must be an .html file"),
        ((str(spec), "-o", str(tmp_path / "x.html"), "--pdf", "x.png"), ".pdf"),
        ((str(spec), "--article", str(spec)), "not both"),
        ((str(spec), "--date", "2019-01-01"), "--date is the date of an --article"),
        (("--lang", "de"), "unknown language 'de'"),
        ((str(tmp_path / "none.yaml"),), "no story file"),
    ]:
        code, _, err = run(capsys, "story", *argv)
        assert code == 2, argv
        assert err.count("\n") == 1, (argv, err)
        assert words in err, (argv, err)
        assert "Traceback" not in err
    assert not (tmp_path / "x.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad.json",
        "s.html",
        "s.json",
    ]


def test_cli_story_of_an_article(tmp_path, capsys):
    text = tmp_path / "2019-05-10-talks.txt"
    text.write_text(
        "Talks\n\nKono met Lavrov in Moscow on May 10 to discuss Shikotan.\n",
        encoding="utf-8",
    )
    out = tmp_path / "a.html"
    code, printed, err = run(capsys, "story", "--article", str(text), "-o", str(out))
    assert code == 0, err
    assert out.is_file()
    assert "1 chapter: Talks" in printed


def test_the_story_is_in_the_map_package_api():
    assert Path(kurilmap.teaching.story_spec.BUILTIN).is_file()
    assert kurilmap.story_map is kurilmap.maps.story_map


def test_a_story_from_an_article_leaves_an_unknown_speaker_unnamed():
    a = kurilmap.Article.from_text(
        'Talks on Iturup\n\n"We will keep asking," Kono said on Iturup.\n\n'
        '"Time is short," said a man on Kunashir.',
        date="2024-05-15",
    )
    rows = kurilmap.story_from_article(a).chapters.set_index("id")
    assert rows.loc["paragraph-1", "quotes"][0]["speaker"] == "Kono"
    assert rows.loc["paragraph-2", "quotes"] == [
        {"text": "Time is short", "speaker": ""}
    ]
    html = kurilmap.maps.render_html(kurilmap.story_from_article(a).map())
    assert "(nan)" not in html
    assert "— nan" not in html


def test_the_japanese_story_lists_its_events_in_japanese_punctuation():
    html = kurilmap.maps.render_html(kurilmap.story(lang="ja").map())
    events = html.split("km-chapter-events")[1]
    assert "\\u003c/b\\u003e：" in events  # 「title：summary」
    assert "\\u003c/b\\u003e. " not in events
