"""A story as a PDF: one A4 page per chapter, text extractable, fonts embedded."""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from pypdf import PdfReader

from kurilmap.errors import InputError, OutputError, PlaceNotFoundError
from kurilmap.figures import has_cjk_font, story_pdf

needs_cjk = pytest.mark.skipif(
    not has_cjk_font(), reason="needs Noto Sans CJK JP (Debian fonts-noto-cjk)"
)

SOURCES = [
    {
        "key": "S01",
        "title": "Northern Territories Issue Q&A",
        "publisher": "MOFA",
        "url": "https://www.mofa.go.jp/policy/q_a/faq11.html",
    }
]


def chapter(number: int, **fields: object) -> dict:
    """A resolved chapter (docs/story-format.md), overridden by ``fields``."""
    base = {
        "number": number,
        "id": f"chapter-{number}",
        "title": "1855: a first border",
        "html": "<p>Shimoda.</p>",
        "text": "The Treaty of Shimoda draws the border between Iturup and Urup.\n"
        "- A list item that costs $5 and $6, not mathtext.",
        "positions": [["Japan", "The four islands are Japanese."]],
        "view": "neutral",
        "date": dt.date(1855, 2, 7),
        "bounds": (145.0, 43.0, 150.0, 46.5),
        "framed": ["iturup"],
        "highlight": ["iturup"],
        "layers": ("territories", "boundaries", "labels"),
        "events": [],
        "sources": SOURCES,
        "quotes": [],
        "alt": "Iturup and the islands south of it are Japanese.",
    }
    return base | fields


ENGLISH = [
    chapter(1),
    chapter(
        2,
        title="Today: who holds the islands",
        text=("A long paragraph about the dispute, on and on. " * 60 + "\n\n") * 5,
        view="de_facto",
        date=dt.date(2024, 1, 1),
        bounds=(145.4, 43.2, 147.0, 44.6),
        highlight=["shikotan", "yuzhno-kurilsk"],
        layers=None,
        sources=[{"key": "S117", "title": "Briefing", "publisher": "MID", "url": ""}],
        quotes=[{"text": "Talks are suspended.", "speaker": "MID"}],
        alt="Russia administers all four islands; Japan claims them.",
    ),
]
JAPANESE = [
    chapter(
        1,
        title="1945年：ソ連軍が四島を占領",
        text="1945年8月28日から9月5日にかけて、ソ連軍は四島を占領した。",
        positions=[["日本", "四島は日本固有の領土である。"]],
        view="japan",
        date=dt.date(1945, 9, 5),
        alt="四島はソ連軍に占領されている。",
        quotes=[{"text": "北方領土は我が国固有の領土です。", "speaker": "外務省"}],
    )
]
RUSSIAN = [
    chapter(
        1,
        title="1956: Совместная декларация",
        text="СССР согласен передать Шикотан и Хабомаи после мирного договора.",
        positions=[["Россия", "Суверенитет России не подлежит обсуждению."]],
        view="russia",
        date=dt.date(1956, 10, 19),
        bounds=(145.5, 43.3, 147.0, 44.0),
        highlight=["habomai"],
        alt="Карта на 19 октября 1956 года: четыре острова в составе СССР.",
    )
]


@pytest.fixture(autouse=True)
def _no_figure_left():
    before = set(plt.get_fignums())
    yield
    assert set(plt.get_fignums()) == before  # every page's figure was freed


_TEXTS: dict = {}


def texts(path) -> list[str]:
    """Each page's text, spaces collapsed (read once: a map page takes a second)."""
    if path not in _TEXTS:
        pages = PdfReader(path).pages
        _TEXTS[path] = [" ".join(page.extract_text().split()) for page in pages]
    return _TEXTS[path]


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    path = tmp_path_factory.mktemp("en") / "story.pdf"
    return story_pdf(ENGLISH, path, lang="en", title="The Kuril Islands dispute")


@pytest.fixture(scope="module")
def russian(tmp_path_factory):
    path = tmp_path_factory.mktemp("ru") / "story.pdf"
    return story_pdf(RUSSIAN, path, lang="ru", title="Спор о Курильских островах")


def test_one_a4_page_per_chapter(english):
    pages = PdfReader(english).pages
    assert len(pages) == len(ENGLISH)
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_each_page_holds_its_title_counter_alt_and_sources(english):
    for number, (text, spec) in enumerate(zip(texts(english), ENGLISH, strict=True), 1):
        assert spec["title"] in text
        assert f"Chapter {number} of 2" in text
        assert "The Kuril Islands dispute" in text
        assert "What the map shows: " + " ".join(spec["alt"].split()[:3]) in text
        for source in spec["sources"]:
            assert f"{source['key']} {source['publisher']}: {source['title']}" in text
    first, second = texts(english)
    assert "Neutral: both positions — 1855-02-07" in first
    assert "Japan: The four islands are Japanese." in first
    assert "Outlined in black: Iturup" in first
    assert "• A list item that costs $5 and $6, not mathtext." in first
    assert "“Talks are suspended.” — MID" in second


def test_fonts_are_embedded_on_every_page(english):
    for page in PdfReader(english).pages:
        fonts = [ref.get_object() for ref in page["/Resources"]["/Font"].values()]
        assert fonts
        for font in fonts:
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert {"/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


def test_no_date_and_the_same_bytes_twice(russian, tmp_path):
    again = story_pdf(
        RUSSIAN, tmp_path / "again.pdf", lang="ru", title="Спор о Курильских островах"
    )
    assert again.read_bytes() == russian.read_bytes()
    assert b"/CreationDate" not in again.read_bytes()
    assert PdfReader(again).metadata["/Title"] == "Спор о Курильских островах"


def test_russian_text_extracts(russian):
    (text,) = texts(russian)
    assert "1956: Совместная декларация" in text
    assert "Глава 1 из 1" in text
    assert "Россия: Суверенитет России не подлежит обсуждению." in text
    assert "Что показывает карта: Карта на 19 октября" in text
    assert "Чёрным контуром выделено: Хабомаи" in text


@needs_cjk
def test_japanese_text_extracts_and_its_font_is_embedded(tmp_path):
    path = story_pdf(JAPANESE, tmp_path / "ja.pdf", lang="ja", title="北方領土問題")
    (text,) = texts(path)
    assert "1945年：ソ連軍が四島を占領" in text
    assert "第1章（全1章）" in text
    assert "地図が示すもの：四島はソ連軍に占領されている。" in text
    assert "日本：四島は日本固有の領土である。" in text
    assert "「北方領土は我が国固有の領土です。」（外務省）" in text
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"].values()
    names = [str(ref.get_object()["/BaseFont"]) for ref in fonts]
    assert any("NotoSansCJK" in name for name in names)


def test_a_chapter_too_long_for_its_page_is_cut_short_on_one_page(english):
    first, second = texts(english)  # two chapters, two pages
    assert "…" not in first
    assert "…" in second
    assert "A long paragraph about the dispute, on and on." in second
    assert "What the map shows: Russia administers all four islands" in second  # kept


def test_a_missing_folder_is_an_output_error_and_nothing_is_written(tmp_path):
    path = tmp_path / "no-such-folder" / "story.pdf"
    with pytest.raises(OutputError, match="does not exist"):
        story_pdf(ENGLISH, path, lang="en", title="x")
    assert not path.parent.exists()


def test_an_error_while_drawing_leaves_nothing_behind(tmp_path):
    bad = chapter(1, highlight=["atlantis"])
    with pytest.raises(PlaceNotFoundError):
        story_pdf([bad], tmp_path / "story.pdf", lang="en", title="x")
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lang": "fr"}, "lang"),
        ({"path": "story.png"}, "use .pdf"),
        ({"chapters": []}, "at least one chapter"),
        ({"chapters": [chapter(1, view="nowhere")]}, "view"),
        ({"chapters": [chapter(1, bounds=(150, 43, 145, 46))]}, "west < east"),
    ],
)
def test_bad_arguments_are_input_errors(tmp_path, kwargs, message):
    args = {"chapters": ENGLISH, "path": "story.pdf", "lang": "en", "title": "x"}
    args |= kwargs
    args["path"] = tmp_path / args["path"]
    with pytest.raises(InputError, match=message):
        story_pdf(args.pop("chapters"), args.pop("path"), **args)
    assert list(tmp_path.iterdir()) == []
