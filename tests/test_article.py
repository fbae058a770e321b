from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from kurilmap.news import article as article_module
from kurilmap.news.article import MAX_BYTES, MAX_PARAGRAPH, Article, ArticleError
from tests._seed import SEED, needs_seed
from tests.article_samples import (
    EN_2019_05_30,
    EXPECTED_HOSTILE_HTML,
    HOSTILE_HTML,
    JA_2019_05_10,
    RU_2019_01_22,
)

BODY = [
    "Lavrov met Kono in Moscow on Friday.",
    '"It is hard," Lavrov said after the talks.',
]

# A page as a browser's "save as text" gives it: furniture around two paragraphs,
# built here to the same pattern as the seed but with other words.
PAGE = "\n".join(
    [
        "Accessibility links",
        "",
        "Breaking News",
        "",
        "Ministers Meet Again Over The Islands",
        "",
        "",
        "Foreign Minister Taro Kono (left) greets Sergei Lavrov in Moscow.",
        "",
        BODY[0],
        "",
        "Explainer: Why Four Islands Still Divide Two Countries",
        "please wait",
        "",
        "No media source currently available",
        "",
        "0:00 0:01:15 0:00",
        "",
        BODY[1],
        "",
        "With reporting by Kyodo and TASS",
        "  • 16x9 Image",
        "",
        "",
        "    Example Radio journalists report the news in 20 languages where a "
        "free press is banned. We provide uncensored news.",
    ]
)


# --- from_text -------------------------------------------------------------


def test_title_paragraphs_and_body():
    a = Article.from_text("Talks in Moscow\n\n" + "\n\n".join(BODY), date="2019-05-10")
    assert a.title == "Talks in Moscow"
    assert a.paragraphs == tuple(BODY)
    assert a.body == "\n\n".join(BODY)
    assert a.language == "en"
    assert (a.date, a.date_source) == (dt.date(2019, 5, 10), "given")
    assert a.outlet is None
    assert a.url is None
    assert a.credits == ()


def test_metadata_given():
    a = Article.from_text(
        "\n".join(BODY),
        date=dt.datetime(2019, 5, 10, 18, 30),
        outlet="RFE/RL",
        url="https://example.org/a",
        title="Talks",
    )
    assert (a.title, a.outlet, a.url) == ("Talks", "RFE/RL", "https://example.org/a")
    assert a.date == dt.date(2019, 5, 10)
    assert a.paragraphs == tuple(BODY)  # a given title keeps the first line
    a = Article.from_text(
        "Talks\n\n" + BODY[0], title="Talks", date=dt.date(2019, 1, 2)
    )
    assert a.paragraphs == (BODY[0],)  # ... unless it is that title
    assert a.date == dt.date(2019, 1, 2)


def test_a_single_line_is_a_paragraph_not_a_title():
    a = Article.from_text("Lavrov met Kono")
    assert a.title is None
    assert a.paragraphs == ("Lavrov met Kono",)


@pytest.mark.parametrize(
    ("first", "day"),
    [
        ("TOKYO, May 30, 2019 — Kono met Lavrov.", dt.date(2019, 5, 30)),
        ("MOSCOW, 10 May 2019 (Reuters) - Kono met Lavrov.", dt.date(2019, 5, 10)),
        ("Published 2019-05-10. Kono met Lavrov.", dt.date(2019, 5, 10)),
        ("МОСКВА, 22 января 2019 г. — Путин встретился с Абэ.", dt.date(2019, 1, 22)),
        ("【モスクワ＝2019年5月10日】河野外相が会談した。", dt.date(2019, 5, 10)),
        ("TOKYO, February 30, 2019 — no such day.", None),
        ("Kono met Lavrov again.", None),
    ],
)
def test_date_from_the_dateline(first, day):
    a = Article.from_text(f"Headline\n\n{first}\n\nMore text.")
    assert a.date == day
    assert a.date_source == ("dateline" if day else None)


def test_bad_date_is_an_article_error():
    with pytest.raises(ArticleError, match=r"'May 10th' is not an ISO date"):
        Article.from_text("Text.", date="May 10th")


@pytest.mark.parametrize(
    ("text", "lang"),
    [(EN_2019_05_30, "en"), (RU_2019_01_22, "ru"), (JA_2019_05_10, "ja")],
)
def test_language_is_detected_from_the_script(text, lang):
    a = Article.from_text(text)
    assert a.language == lang
    assert len(a.paragraphs) == 7  # the headline is the title
    assert a.title == text.split("\n\n")[0]


def test_language_given_or_refused():
    assert Article.from_text("Kono met Lavrov.", lang="ja").language == "ja"
    assert Article.from_text("12345 67890").language == "en"  # no letters at all
    with pytest.raises(ArticleError, match=r"unknown language 'de'; valid: en, ja, ru"):
        Article.from_text("Kono traf Lawrow.", lang="de")


def test_not_text():
    with pytest.raises(TypeError, match="must be str, got bytes"):
        Article.from_text(b"Lavrov met Kono.")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\u3000\n"])
def test_empty_text(text):
    with pytest.raises(ArticleError, match="empty"):
        Article.from_text(text)


def test_only_furniture_is_an_error():
    with pytest.raises(ArticleError, match="no paragraphs of text"):
        Article.from_text("Accessibility links\n\nplease wait\n\n0:00 0:02:48 0:00")


def test_control_characters_are_binary():
    with pytest.raises(ArticleError, match=r"control characters.*binary"):
        Article.from_text("Kono\x00\x01\x02\x03\x04 met\x05 Lavrov.")
    a = Article.from_text("Kono met\x00 Lavrov.")  # a stray one is dropped
    assert a.paragraphs == ("Kono met Lavrov.",)


def test_page_furniture_is_removed_by_general_rules():
    a = Article.from_text(PAGE, date="2019-05-10")
    assert a.title == "Ministers Meet Again Over The Islands"
    assert a.paragraphs == tuple(BODY)
    assert a.credits == ("With reporting by Kyodo and TASS",)
    for gone in (
        "Accessibility links",
        "Breaking News",
        "(left)",
        "Explainer",
        "please wait",
        "No media source",
        "0:00",
        "16x9",
        "journalists",
        "free press",
    ):
        assert gone not in a.body, gone


def test_outlet_from_boilerplate_not_from_credits():
    a = Article.from_text(PAGE)
    assert a.outlet is None  # "Kyodo" is a credit, "Example Radio" unknown
    a = Article.from_text(PAGE.replace("Example Radio", "RFE/RL"))
    assert a.outlet == "RFE/RL"
    a = Article.from_text(
        "\n\n".join([*BODY, "© 2019 Example News. All rights reserved."])
    )
    assert a.outlet == "Example News"
    assert a.paragraphs == tuple(BODY)


def test_furniture_without_credits_and_in_other_forms():
    text = "\n\n".join(
        [
            "BREAKING NEWS:",
            BODY[0],
            "Share this article",
            "Photo: Reuters",
            "Kono and Lavrov in Moscow. (Photo by Maxim Shemetov/Reuters)",
            "0:00 / 2:48",
            "Read more",
            BODY[1],
            "Copyright 2019 Example News",
            "Subscribe to our newsletter for daily news from Asia.",
        ]
    )
    a = Article.from_text(text, title="Talks")
    assert a.paragraphs == tuple(BODY)


def test_article_text_that_mentions_boilerplate_words_is_kept():
    middle = "Critics say Russia has no free press on the islands."
    a = Article.from_text("\n\n".join([BODY[0], middle, BODY[1]]), title="T")
    assert a.paragraphs == (BODY[0], middle, BODY[1])


def test_credits_at_the_top_do_not_drop_the_article():
    text = "\n\n".join(["Talks", "Compiled by Example Staff", *BODY, BODY[0]])
    a = Article.from_text(text)
    assert a.paragraphs == (*BODY, BODY[0])
    assert a.credits == ("Compiled by Example Staff",)


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "Talks in Moscow\n\n"
        "Lavrov met Kono in Moscow on Friday, and the two\n"
        "ministers spoke for three hours.\n\n"
        "Kono said little\n"
        "afterwards."
    )
    a = Article.from_text(text)
    assert a.paragraphs == (
        "Lavrov met Kono in Moscow on Friday, and the two ministers spoke for three "
        "hours.",
        "Kono said little afterwards.",
    )
    # without blank lines every line is a paragraph
    a = Article.from_text("Talks\nLavrov met Kono.\nKono left.")
    assert a.paragraphs == ("Lavrov met Kono.", "Kono left.")


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "{{ 7*7 }}",
        "{% for x in y %}{% endfor %}",
        "<img src=x onerror=alert(1)>",
        "${7*7} and #{7*7}",
    ],
)
def test_hostile_text_is_kept_as_plain_text(hostile):
    paragraph = f"Kono wrote {hostile} on the board."
    a = Article.from_text(f"Talks\n\n{paragraph}\n\n{BODY[0]}")
    assert a.paragraphs == (paragraph, BODY[0])
    assert hostile in a.body


def test_a_two_megabyte_paragraph_is_split_fast():
    sentence = "Lavrov met Kono in Moscow and they spoke about the islands. "
    big = sentence * (2_000_000 // len(sentence))
    started = time.perf_counter()
    a = Article.from_text("Talks\n\n" + big)
    assert time.perf_counter() - started < 5
    assert len(a.paragraphs) > 1
    assert all(len(p) <= MAX_PARAGRAPH for p in a.paragraphs)
    assert all(p.endswith("islands.") for p in a.paragraphs)  # cut at sentence ends
    assert "".join(a.paragraphs).replace(" ", "") == big.replace(" ", "")


def test_a_two_megabyte_word_is_split_too():
    a = Article.from_text("x" * 2_000_000)
    assert all(len(p) <= MAX_PARAGRAPH for p in a.paragraphs)
    assert sum(len(p) for p in a.paragraphs) == 2_000_000


def test_too_large_text():
    with pytest.raises(ArticleError, match="larger than 5,000,000 bytes"):
        Article.from_text("я" * (MAX_BYTES // 2 + 1))  # 2 bytes each in UTF-8


# --- from_html -------------------------------------------------------------


def test_hostile_page():
    a = Article.from_html(HOSTILE_HTML)
    expected = EXPECTED_HOSTILE_HTML
    assert len(a.paragraphs) == expected["paragraphs"]
    for gone in [
        *expected["must_not_contain"],
        "window",
        "pwned",
        "Kono and Lavrov shake hands",
        "(left)",
        "0:00",
        "No media source",
        "Explainer",
        "cookies",
        "Home",
        "Privacy",
        "Print",
    ]:
        assert gone not in a.body, gone
    assert a.title == "Kono Objects to Island Garrisons in Moscow Talks"
    assert a.outlet == "Example News"  # from the footer's copyright line
    assert a.paragraphs[0].startswith(
        "MOSCOW — Japanese Foreign Minister Taro Kono told Sergei Lavrov at talks in"
    )
    assert a.paragraphs[0].endswith("that Japan calls the Northern Territories.")
    assert "“We will not accept {{ this }},” Kono said." in a.paragraphs[1]
    assert a.paragraphs[2].endswith("would meet in Tokyo at the end of May.")
    assert all("\n" not in p and "  " not in p for p in a.paragraphs)


SMALL_PAGE = """<html><head>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2019-05-10T09:00:00Z">
<style>p {{ color: red }}</style>
</head><body>
<header><p>Breaking News</p></header>
<nav><p>Home World Asia</p></nav>
<div class="article-body">
<p>Lavrov met Kono<br>in Moscow on Friday.</p>
<div class="media-player"><p>Explainer Video</p><p>please wait</p>
<p>No media source currently available</p><p>0:00 0:02:48 0:00</p></div>
<p class="photo-caption">Lavrov (right) and Kono in Moscow.</p>
<ul class="share-tools"><li>Share</li><li>Email</li></ul>
<blockquote><p>"It is hard," Lavrov said.</p></blockquote>
<p>{body}</p>
</div>
<aside><p>Related: more from Asia</p></aside>
<footer><p>Terms of use</p></footer>
</body></html>"""


def test_small_page_blocks_and_metadata():
    a = Article.from_html(SMALL_PAGE.format(body="Kono flew home."))
    assert a.paragraphs == (
        "Lavrov met Kono in Moscow on Friday.",
        '"It is hard," Lavrov said.',
        "Kono flew home.",
    )
    assert (a.outlet, a.date, a.date_source) == (
        "Example Daily",
        dt.date(2019, 5, 10),
        "page metadata",
    )
    given = Article.from_html(SMALL_PAGE.format(body="Kono."), date="2019-05-11")
    assert (given.date, given.date_source) == (dt.date(2019, 5, 11), "given")


def test_seed_like_page_with_plain_paragraphs():
    # the furniture is in plain <p> elements: the text rules remove it
    lines = [line for line in PAGE.splitlines() if line.strip()]
    html = "<html><body><article>{}</article></body></html>".format(
        "".join(f"<p>{line}</p>" for line in lines)
    )
    a = Article.from_html(html)
    assert a.title == "Ministers Meet Again Over The Islands"
    assert a.paragraphs == tuple(BODY)
    assert a.credits == ("With reporting by Kyodo and TASS",)


def test_page_text_with_markup_characters_stays_text():
    body = "Kono wrote &lt;script&gt;alert(1)&lt;/script&gt; and {{ 7*7 }}."
    a = Article.from_html(SMALL_PAGE.format(body=body))
    assert a.paragraphs[-1] == "Kono wrote <script>alert(1)</script> and {{ 7*7 }}."


def test_the_longest_article_element_is_read():
    page = (
        "<body><article><p>Teaser about something else.</p></article>"
        "<article><h1>Talks</h1><p>Lavrov met Kono in Moscow.</p>"
        "<p>They spoke for three hours about the islands.</p></article></body>"
    )
    a = Article.from_html(page)
    assert a.title == "Talks"
    assert a.paragraphs == (
        "Lavrov met Kono in Moscow.",
        "They spoke for three hours about the islands.",
    )


def test_page_without_paragraph_elements():
    a = Article.from_html(
        "<html><body><div>Talks</div><div>Lavrov met Kono.</div></body></html>"
    )
    assert a.paragraphs == ("Lavrov met Kono.",)
    assert a.title == "Talks"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><p>Home</p></nav><script>x()</script></body></html>",
        "<html><body><p>please wait</p><p>0:00 0:02:48 0:00</p></body></html>",
    ],
)
def test_page_with_nothing_to_read(page):
    with pytest.raises(ArticleError, match="no paragraphs of text"):
        Article.from_html(page)


# --- from_file -------------------------------------------------------------


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


TEXT_EN = "Talks in Moscow\n\n" + "\n\n".join(BODY)
TEXT_RU = "Переговоры в Москве\n\nЛавров встретился с Коно в Москве."
TEXT_JA = "日ロ外相会談\n\n河野外相はモスクワでラブロフ外相と会談した。"


def test_date_from_the_file_name(tmp_path):
    path = write(tmp_path, "rferl-2019-05-10-x.txt", TEXT_EN.encode())
    a = Article.from_file(path)
    assert (a.date, a.date_source) == (dt.date(2019, 5, 10), "file name")
    assert a.paragraphs == tuple(BODY)
    assert a.title == "Talks in Moscow"
    a = Article.from_file(str(path), date="2019-05-11")
    assert (a.date, a.date_source) == (dt.date(2019, 5, 11), "given")
    a = Article.from_file(write(tmp_path, "x-2019-13-45.txt", TEXT_EN.encode()))
    assert a.date is None  # not a date: not used
    a = Article.from_file(write(tmp_path, "x.txt", TEXT_EN.encode()))
    assert a.date is None
    assert a.date_source is None


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (TEXT_EN, "utf-8"),
        (TEXT_RU, "utf-8"),
        (TEXT_JA, "utf-8"),
        (TEXT_RU, "utf-8-sig"),
        (TEXT_JA, "utf-16"),
        (TEXT_RU, "utf-16-be"),
        (TEXT_JA, "utf-32"),
    ],
)
def test_unicode_files(tmp_path, text, encoding):
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # a big-endian BOM
    a = Article.from_file(write(tmp_path, "a.txt", data))
    assert a.title == text.split("\n\n")[0]  # no BOM left in it
    assert a.paragraphs == tuple(text.split("\n\n")[1:])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT_EN, TEXT_RU, TEXT_JA])
def test_utf16_without_bom(tmp_path, text, codec):
    a = Article.from_file(write(tmp_path, "a.txt", text.encode(codec)))
    assert a.paragraphs == tuple(text.split("\n\n")[1:])


@pytest.mark.parametrize(
    ("text", "codec"), [(TEXT_RU, "cp1251"), (TEXT_JA, "shift_jis")]
)
def test_legacy_encodings_are_refused_unless_named(tmp_path, text, codec):
    path = write(tmp_path, "a.txt", text.encode(codec))
    with pytest.raises(ArticleError, match=r"a\.txt is not UTF-8 text.*encoding=") as e:
        Article.from_file(path)
    assert "cp1251" in str(e.value)
    assert "Shift_JIS" in str(e.value)
    a = Article.from_file(path, encoding=codec)
    assert a.paragraphs == (text.split("\n\n")[1],)
    with pytest.raises(ArticleError, match="unknown encoding 'klingon'"):
        Article.from_file(path, encoding="klingon")


def test_wrong_encoding_named(tmp_path):
    path = write(tmp_path, "a.txt", TEXT_JA.encode("shift_jis"))
    with pytest.raises(ArticleError, match=r"a\.txt is not utf-8 text"):
        Article.from_file(path, encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "a.txt is empty"),
        (b"  \n\r\n\t ", "a.txt is empty"),
        (b"\xef\xbb\xbf", "a.txt: the article is empty"),  # only a BOM
        (bytes(range(256)) * 100, "binary data"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
        (b"%PDF-1.7\n" + bytes(range(256)), "a PDF document"),
        (b"Kono\x00met\x00Lavrov\x00\x00\x00\x00in\x00\x00Moscow", "binary data"),
    ],
)
def test_unreadable_files(tmp_path, data, message):
    with pytest.raises(ArticleError, match=message):
        Article.from_file(write(tmp_path, "a.txt", data))


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:  # sparse: the size is checked before reading
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ArticleError, match=r"big\.txt is 5,000,001 bytes; articles"):
        Article.from_file(path)


def test_size_limit_is_the_module_setting(tmp_path, monkeypatch):
    monkeypatch.setattr(article_module, "MAX_BYTES", 10)
    with pytest.raises(ArticleError, match="is 47 bytes; articles are up to 10"):
        Article.from_file(write(tmp_path, "a.txt", TEXT_EN.encode()[:47]))


def test_folder_and_missing_paths(tmp_path):
    with pytest.raises(ArticleError, match="is a folder, not an article file"):
        Article.from_file(tmp_path)
    with pytest.raises(ArticleError, match=r"no article file .*nope\.txt.*not exist"):
        Article.from_file(tmp_path / "nope.txt")


def test_html_files(tmp_path):
    path = write(tmp_path, "page-2019-05-10.html", HOSTILE_HTML.encode())
    a = Article.from_file(path)
    assert len(a.paragraphs) == 3
    assert a.date == dt.date(2019, 5, 10)
    # a saved page with a .txt name is still read as HTML
    a = Article.from_file(write(tmp_path, "page.txt", HOSTILE_HTML.encode("utf-16")))
    assert len(a.paragraphs) == 3
    assert "window" not in a.body


def test_file_errors_name_the_file(tmp_path):
    path = write(tmp_path, "furniture.txt", b"please wait\n\n0:00 0:02:48 0:00")
    with pytest.raises(ArticleError, match=r"furniture\.txt: the article has no"):
        Article.from_file(path)


@needs_seed
def test_seed_file():
    a = Article.from_file(SEED)
    assert a.title == (
        "Lavrov Says 'Extremely Significant' Differences Still Exist With Japan On "
        "Peace Accord"
    )
    assert (a.date, a.date_source) == (dt.date(2019, 5, 10), "file name")
    assert a.outlet == "RFE/RL"
    assert a.language == "en"
    assert a.credits == ("With reporting by Reuters, TASS, Interfax, and RIA Novosti",)
    assert len(a.paragraphs) == 10
    assert a.paragraphs[0].startswith("Russian Foreign Minister Sergei Lavrov and his")
    assert a.paragraphs[-1].endswith("for high-speed Internet access.")
