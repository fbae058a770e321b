"""The printable handout: one A4 page, everything on it, nothing overlapping."""

from __future__ import annotations

import importlib
import itertools
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import kurilmap
from kurilmap.figures import static

handout_module = importlib.import_module("kurilmap.figures.handout_page")


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def page_texts(fig) -> list[str]:
    return [t.get_text() for t in fig.texts]


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


@pytest.fixture(scope="module")
def english():
    fig = kurilmap.handout(lang="en", date="2024-01-01")
    yield fig
    plt.close(fig)


def test_is_one_a4_page(english, tmp_path):
    assert tuple(round(x, 2) for x in english.get_size_inches()) == (8.27, 11.69)
    pdf = kurilmap.save_figure(english, tmp_path / "handout.pdf")
    assert pdf_pages(pdf.read_bytes()) == 1


def test_holds_map_figures_positions_dates_and_questions(english):
    text = "\n".join(page_texts(english))
    for heading in (
        "Key figures",
        "The two official positions",
        "Key dates",
        "Questions for discussion",
    ):
        assert heading in text
    assert "Japan: the four islands are an inherent part" in text
    assert "[S01][S02]" in text
    assert "Russia: the southern Kurils became part of the USSR" in text
    assert "[S117][S118]" in text
    assert "1956-10-19" in text
    assert re.search(r"^1\. .+\?", text, re.M)
    # the map, in the neutral view, with its legend
    maps = [ax for ax in english.axes if ax.get_legend() is not None]
    assert len(maps) == 1
    assert "Neutral: both positions" in maps[0].get_title()


def test_key_figures_come_from_the_data(english):
    cells = [
        cell.get_text().get_text()
        for ax in english.axes
        for table in ax.tables
        for cell in table.get_celld().values()
    ]
    figures = kurilmap.key_figures()
    assert f"{int(figures['japanese_1945'].sum()):,}" in cells  # 17,291 [S06]
    for area in figures["area_gsi_km2"]:  # per island, GSI 2022 [S03]
        assert f"{int(area):,}" in cells
    assert f"{int(figures['residents'].sum()):,}" in cells  # 16,668 [S06][S09]
    assert any("[S03]" in cell for cell in cells)


def _cells(fig) -> list[str]:
    return [
        cell.get_text().get_text()
        for ax in fig.axes
        for table in ax.tables
        for cell in table.get_celld().values()
    ]


def test_total_land_is_the_published_figure(english):
    from kurilmap.claims import four_islands_area

    cells = _cells(english)
    area, _ = four_islands_area()
    assert f"{int(area):,}" in cells  # 5,003 [S03] (5,003.1 [S04])
    assert "5,004" not in cells  # the sum of rounded figures


def test_nothing_overlaps_or_leaves_the_page(english):
    english.canvas.draw()
    page = english.bbox
    boxes = [
        (t.get_text(), t.get_window_extent())
        for t in english.texts
        if t.get_text().strip()
    ]
    for ax in english.axes:
        boxes.append(("axes", ax.get_tightbbox()))
    for name, box in boxes:
        assert page.x0 <= box.x0, name[:40]
        assert box.x1 <= page.x1, name[:40]
        assert page.y0 <= box.y0, name[:40]
        assert box.y1 <= page.y1, name[:40]
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1 :]:
            assert not box_a.overlaps(box_b), f"{a[:30]!r} overlaps {b[:30]!r}"


@pytest.mark.parametrize(
    ("lang", "heading", "script"),
    [
        ("ja", "両国政府の立場", "[\u3040-\u30ff\u4e00-\u9fff]"),
        ("ru", "Основные даты", "[а-я]"),
    ],
)
def test_other_languages(lang, heading, script, tmp_path):
    fig = kurilmap.handout(lang=lang, date="2024-01-01")
    text = "\n".join(page_texts(fig))
    assert heading in text
    assert len(re.findall(script, text)) > 200
    subtitle = page_texts(fig)[1]  # both sides' names, in the reader's script
    assert ("南クリル諸島" if lang == "ja" else "Северные территории") in subtitle
    other_script = r"[\u0400-\u04ff]" if lang == "ja" else r"[A-Za-z]{3,}"
    assert not re.search(other_script, subtitle)
    if lang == "ja":
        families = {t.get_fontfamily()[0] for t in fig.texts}
        assert families == {static.CJK_FONT}
    pdf = kurilmap.save_figure(fig, tmp_path / "h.pdf")
    assert pdf_pages(pdf.read_bytes()) == 1


def test_two_saves_are_byte_identical(tmp_path):
    paths = []
    for name in ("a", "b"):
        fig = kurilmap.handout(lang="ru", date="2019-05-10")
        paths.append(kurilmap.save_figure(fig, tmp_path / f"{name}.pdf"))
        plt.close(fig)
    assert paths[0].read_bytes() == paths[1].read_bytes()


def test_japanese_text_wraps_by_width_not_words():
    fig = plt.figure(figsize=handout_module.A4)
    artist = fig.text(0, 0, "", fontsize=8, family=[static.CJK_FONT])
    text = "日本：北方四島は日本固有の領土であり、ロシアが不法に占拠している。" * 3
    lines = handout_module._wrap(f"{text} [S01][S02]", artist, 300)
    assert len(lines) > 3
    assert "".join(lines).replace(" ", "") == f"{text}[S01][S02]".replace(" ", "")
    assert not any(line.startswith(("。", "、")) for line in lines)
    assert "[S01]" in "".join(lines)  # a source key is never cut


def test_bad_language_is_a_clear_error():
    with pytest.raises(ValueError, match="language"):
        kurilmap.handout(lang="de")


def test_a_handout_of_the_past_shows_no_later_figure_or_date():
    fig = kurilmap.handout(lang="en", date="1905-10-01")
    cells = _cells(fig)
    assert "17,291" not in cells  # the 1945 register
    assert "16,668" not in cells  # the 2016 residents
    assert cells.count("—") == 10  # two columns, four islands and the total
    assert "5,003" in cells  # the land is timeless
    texts = " ".join(page_texts(fig))
    assert "1855-02-07" in texts
    assert "1956-10-19" not in texts
    assert "Etorofu" in texts or "Iturup" in texts


# kinsoku (JIS X 4051): characters that never start a line, and never end one
LINE_START_FORBIDDEN = set(
    "。、，．・：；？！ー〜）」』］｝〕〉》】ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
LINE_END_FORBIDDEN = set("（「『［｛〔〈《【")


def wrapped_lines(fig) -> list[list[str]]:
    """The lines of every text on the page that was wrapped (two lines or more)."""
    lines = [t.get_text().split("\n") for t in fig.texts]
    return [text for text in lines if len(text) > 1]


@pytest.mark.parametrize("date", ["2024-01-01", "1950-01-01"])
def test_japanese_lines_follow_kinsoku_and_leave_no_widow(date):
    fig = kurilmap.handout(lang="ja", date=date)
    paragraphs = wrapped_lines(fig)
    assert len(paragraphs) >= 3
    for lines in paragraphs:
        for line in lines:
            assert line, lines
            assert line[0] not in LINE_START_FORBIDDEN, lines
            assert line[-1] not in LINE_END_FORBIDDEN, lines
        assert len(lines[-1].strip()) > 2, lines  # no 「か。」 alone on a line
    text = "".join(t.get_text() for t in fig.texts)
    assert "か。" in text  # the question that used to end on 「か。」 is there


def test_russian_numbers_keep_their_abbreviation():
    fig = kurilmap.handout(lang="ru", date="2024-01-01")
    lines = [line for t in fig.texts for line in t.get_text().split("\n")]
    assert any("2010 г." in line for line in lines)  # the census year, whole
    for above, below in itertools.pairwise(lines):
        assert not (re.search(r"\d$", above) and below.startswith(("г.", "км"))), (
            above,
            below,
        )


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Перепись населения 2010 г. и оценка на 2016 г. дают 15 км суши", r"\d$"),
        ("The two islands lie 15 km apart, some 3.7 km² of reef", r"\d$"),
    ],
    ids=["ru", "en"],
)
def test_a_number_is_never_left_without_its_unit_at_any_width(text, apart):
    fig = plt.figure(figsize=handout_module.A4)
    artist = fig.text(0, 0, "", fontsize=8)
    for width in range(30, 400, 3):
        lines = handout_module._wrap(text, artist, width)
        assert " ".join(lines) == text
        for line in lines[:-1]:
            assert not re.search(apart, line), (width, lines)


def test_japanese_kinsoku_holds_at_any_width():
    fig = plt.figure(figsize=handout_module.A4)
    artist = fig.text(0, 0, "", fontsize=8, family=[static.CJK_FONT])
    text = (
        "ちょっと「北方領土」（南クリル）の話、ロシアとの交渉っていつ進むのだろうか。"
    )
    for width in range(40, 300, 2):  # three characters at least
        lines = handout_module._wrap(text, artist, width)
        assert "".join(lines) == text
        assert not any(line[0] in LINE_START_FORBIDDEN for line in lines), lines
        assert not any(line[-1] in LINE_END_FORBIDDEN for line in lines), lines
        if len(lines) > 1:
            assert len(lines[-1]) > 2, (width, lines)


def test_the_russian_sheet_counts_the_islanders_of_1945_in_good_russian():
    fig = kurilmap.handout(lang="ru", date="2024-01-01")
    text = " ".join(" ".join(page_texts(fig)).split())
    assert "жили 17 291 человек (японцы)" in text.replace("\xa0", " ")
    assert "японцев, в" not in text  # "17 291 японцев": the plural of 1 is wrong
