r"""News articles: read plain text, a file or a saved web page, clean and split.

Page furniture is removed by rules that generalise rather than by this or that
site's lines: navigation and media-player phrases, media timestamps, image
captions (``(left)``, ``(right)``, ``Photo:``...), a short headline-like line
introducing a player, credit lines ("With reporting by ..."), and outlet
boilerplate (copyright lines anywhere, an outlet's self-description or
subscription prompt at the end). Lines hard-wrapped inside a paragraph are
joined again when the text separates its paragraphs by blank lines.

Examples
--------
>>> a = Article.from_text("Talks in Moscow\n\nLavrov met Kono.", date="2019-05-10")
>>> a.title, a.paragraphs, a.language
('Talks in Moscow', ('Lavrov met Kono.',), 'en')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

from kurilmap.datasets import as_path
from kurilmap.errors import ArticleError, InputError, InputTypeError
from kurilmap.news.datelines import article_date, outlet_named
from kurilmap.news.quick import Gated, script_letters
from kurilmap.news.textfile import CONTROL, check_text, decode_page, read_article
from kurilmap.news.webpage import page_text
from kurilmap.vocab import as_lang

__all__ = ["MAX_BYTES", "MAX_PARAGRAPH", "Article", "clean_lines"]

MAX_BYTES = 5_000_000
"""Largest article accepted (a saved page is rarely over 2 MB)."""

MAX_PARAGRAPH = 20_000
"""Longest paragraph kept whole; longer ones are cut at sentence ends."""


_FURNITURE = re.compile(
    r"^(?:accessibility links|skip to (?:main )?(?:content|navigation)|"
    r"breaking news|please wait|no media source currently available|"
    r"share(?: this(?: article)?| on \w+)?|print|email|e-mail|tweet|"
    r"\d* ?comments?|advertisement|related(?: articles| stories)?|read more|"
    r"more from .{0,40}|see also|most (?:read|popular)|top stories|"
    r"follow us.{0,40}|subscribe|sign up|log ?in|menu|search|close|back to top|"
    r"embed|copy link|(?:the )?(?:url|link) has been copied.{0,40}|"
    r"cookies?.*|we use cookies.*|\d+x\d+ image|image|photo|video|audio|listen|"
    r"listen to this article|watch|loading|\d+ min(?:ute)?s? read|"
    r"поделиться|реклама|читать далее|читайте также|подписаться|"
    r"シェア|広告|関連記事|続きを読む)[.:!…]*$",
    re.IGNORECASE,
)
_PLAYER = re.compile(r"please wait|no media source|loading|video|audio", re.I)
_TIMESTAMPS = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[/|]\s*)?){1,4}$")
_CAPTION = Gated(
    r"\((?:left|right|center|centre|front|back|file photo|file|photo|pictured|"
    r"top|bottom|(?:second |third )?from (?:left|right))\)|"
    r"^(?:photo|image|picture|file photo|фото|写真)\s*[:：]|"
    r"\b(?:photo|image) (?:by|credit)\b|"
    r"/\s*(?:getty images|reuters|afp|ap|epa|tass|kyodo)\s*\)?$",
    re.IGNORECASE,
    words=("(", ":", "：", "/", "photo", "image"),  # one is in every caption
)
_CAPTION_MAX = 300
_CREDITS = re.compile(
    r"^\(?(?:with reporting by|(?:additional )?reporting by|based on reporting by|"
    r"writing by|compiled by|edited by|editing by|при участии|по материалам)\b",
    re.IGNORECASE,
)
_BOILERPLATE = Gated(
    r"all rights reserved|©|\bcopyright\b|terms of (?:use|service)|privacy policy|"
    r"все права защищены|無断転載",
    re.IGNORECASE,
    words=("all rights", "©", "copyright", "terms of", "privacy", "права", "無断転載"),
)
_SELF_DESCRIPTION = re.compile(
    r"journalists|free press|newsletter|subscribe|sign up|our (?:mission|journalism)|"
    r"independent (?:news|media|journalism)|donate|support us|"
    r"подпишитесь|редакция|購読|記者",
    re.IGNORECASE,
)
_BULLETS = "•·▪◦‣∙*>|–—- "
_SENTENCE_END = tuple(".!?。！？")
_CLOSERS = "」』”»\"')"
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SCRIPTS = {
    "en": re.compile(r"[A-Za-z]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
}


def _language(text: str) -> str:
    """Return the language whose script the text uses most (English if none)."""
    counts = script_letters(text[:4000])  # the opening is enough: cheap
    return max(counts, key=lambda k: counts[k])


def _looks_like_title(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or len(words) > 14:
        return False
    capital = sum(1 for w in words if w[:1].isupper())
    return capital >= max(2, 0.6 * len(words))


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _split_long(paragraph: str) -> list[str]:
    if len(paragraph) <= MAX_PARAGRAPH:
        return [paragraph]
    parts, start = [], 0
    while start < len(paragraph):
        stop = min(len(paragraph), start + MAX_PARAGRAPH)
        if stop < len(paragraph):
            cut = max(
                paragraph.rfind(". ", start, stop), paragraph.rfind("。", start, stop)
            )
            if cut <= start:
                cut = paragraph.rfind(" ", start, stop)
            stop = cut + 1 if cut > start else stop
        parts.append(paragraph[start:stop].strip())
        start = stop
    return [p for p in parts if p]


def _is_furniture(line: str) -> bool:
    bare = line.lstrip(_BULLETS)
    return bool(
        _FURNITURE.match(bare)
        or _TIMESTAMPS.match(bare)
        or (len(line) <= _CAPTION_MAX and _CAPTION.search(line))
    )


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines hard-wrapped inside a blank-line separated paragraph."""
    if not any(
        not line and prev and nxt
        for prev, line, nxt in zip(lines, lines[1:], lines[2:], strict=False)
    ):
        return lines
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        join = (
            line
            and prev
            and not _ends_sentence(prev)
            and not prev.endswith(":")
            and not (_is_furniture(prev) or _is_furniture(line))
            and not (_CREDITS.match(prev) or _CREDITS.match(line))
            and (line[:1].islower() or not _looks_like_title(prev))
        )
        if join:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


_SPACES = re.compile(r"[^\S\u3000]+")


def _squeeze(line: str) -> str:
    """Collapse runs of spaces (a Japanese full-width space is kept)."""
    if "  " not in line and line.isprintable():  # no space but single " "
        return line.strip()
    return _SPACES.sub(" ", line).strip()


class _Cleaned(NamedTuple):
    paragraphs: list[str]
    credits: list[str]
    title: str | None
    boilerplate: list[str]


def _clean(lines: list[str], title: str | None = None) -> _Cleaned:
    lines = [unicodedata.normalize("NFC", CONTROL.sub("", line)) for line in lines]
    lines = [line for line in _unwrap([_squeeze(x) for x in lines]) if line]
    drop = [False] * len(lines)
    for i, line in enumerate(lines):
        if _is_furniture(line):
            drop[i] = True
            player = _FURNITURE.match(line.lstrip(_BULLETS)) and _PLAYER.search(line)
            if (
                player
                and i > 0
                and _looks_like_title(lines[i - 1])
                and not lines[i - 1].endswith(".")
            ):
                drop[i - 1] = True  # the player's headline
    credit_lines: list[str] = []
    boilerplate: list[str] = []
    end = len(lines)
    for i, line in enumerate(lines):
        if _CREDITS.match(line):
            credit_lines.append(line)
            drop[i] = True
            if 2 * i >= len(lines):  # credits close an article: the rest is page
                end = min(end, i)
        elif _BOILERPLATE.search(line) and len(line) <= 2 * _CAPTION_MAX:
            boilerplate.append(line)
            drop[i] = True
    for i in range(end, len(lines)):
        if not drop[i]:
            boilerplate.append(lines[i])
            drop[i] = True
    for i in reversed(range(end)):  # an outlet's self-description at the end
        if drop[i]:
            continue
        if not _SELF_DESCRIPTION.search(lines[i]):
            break
        boilerplate.append(lines[i])
        drop[i] = True
    kept = [line for line, gone in zip(lines, drop, strict=True) if not gone]
    found = None
    if title is not None:
        if kept and " ".join(title.split()).casefold() == kept[0].casefold():
            found = kept.pop(0)
    elif len(kept) > 1 and not _ends_sentence(kept[0]) and len(kept[0]) < 200:
        found = kept.pop(0)
    paragraphs = [part for line in kept for part in _split_long(line)]
    return _Cleaned(paragraphs, credit_lines, found, boilerplate)


def clean_lines(lines: list[str]) -> tuple[list[str], list[str], str | None]:
    """Drop page furniture; return (kept paragraphs, credit lines, title)."""
    cleaned = _clean(lines)
    return cleaned.paragraphs, cleaned.credits, cleaned.title


@dataclasses.dataclass(frozen=True)
class Article:
    """A cleaned news article: title, outlet, date, language and paragraphs.

    ``author`` is the byline a saved web page gives (:meth:`from_html`).
    """

    title: str | None
    outlet: str | None
    date: dt.date | None
    date_source: str | None
    language: str
    paragraphs: tuple[str, ...]
    credits: tuple[str, ...] = ()
    url: str | None = None
    author: str | None = None

    @property
    def body(self) -> str:
        """The cleaned text: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        date: object = None,
        outlet: str | None = None,
        title: str | None = None,
        url: str | None = None,
        lang: str | None = None,
    ) -> Article:
        """Build an article from plain text (paragraphs separated by lines).

        Parameters
        ----------
        text
            The article, as copied from a page or a file. It is only read:
            markup or template braces in it stay plain text.
        date
            Publication date (ISO string or date); otherwise looked for in the
            dateline. Relative dates ("in January") are resolved against it.
        outlet, title, url
            Metadata; the title defaults to the first headline-like line (a
            given title drops that line if it is the same).
        lang
            ``"en"``, ``"ru"`` or ``"ja"``; detected from the script if omitted.

        Raises
        ------
        ArticleError
            Empty text, text that is not text (control characters), over
            :data:`MAX_BYTES`, or nothing left after removing page furniture.
        """
        if not isinstance(text, str):
            msg = f"article text must be str, got {type(text).__name__}"
            raise InputTypeError(msg)
        for name, value in (("outlet", outlet), ("title", title), ("url", url)):
            if value is not None and not isinstance(value, str):
                msg = f"{name} must be str or None, got {type(value).__name__}"
                raise InputTypeError(msg)
        check_text(text, MAX_BYTES)
        cleaned = _clean(text.splitlines(), title)
        if not cleaned.paragraphs:
            msg = "the article has no paragraphs of text after removing page furniture"
            raise ArticleError(msg)
        language = lang or _language(" ".join(cleaned.paragraphs[:50]))
        try:
            language = as_lang(language)
        except InputError as exc:
            raise ArticleError(str(exc)) from None
        day, source = article_date(date, cleaned.paragraphs)
        return cls(
            title=title or cleaned.title,
            outlet=outlet or outlet_named(cleaned.boilerplate),
            date=day,
            date_source=source,
            language=language,
            paragraphs=tuple(cleaned.paragraphs),
            credits=tuple(cleaned.credits),
            url=url,
        )

    @classmethod
    def from_html(cls, html: str | bytes, **kwargs: Any) -> Article:
        """Build an article from a saved web page, its body found by trafilatura.

        Captions, credits and player text left in the body go to the rules of
        :meth:`from_text`; the title, outlet, date and language default to the
        page's metadata (see :mod:`kurilmap.news.webpage`).

        Parameters
        ----------
        html
            The page: text, or bytes as :meth:`from_file` reads a page.
        **kwargs
            As for :meth:`from_text`; a value given wins over the page's.

        Raises
        ------
        ArticleError
            Too large, or no article body: the message says what the page
            has instead ("a title 'Home' and 12 links").

        Examples
        --------
        >>> page = (
        ...     "<html lang='en'><head><meta property='og:site_name' content='Ex'>"
        ...     "</head><body><h1>Talks</h1><p>Lavrov met Kono.</p></body></html>"
        ... )
        >>> a = Article.from_html(page)
        >>> a.title, a.outlet, a.paragraphs
        ('Talks', 'Ex', ('Lavrov met Kono.',))
        """
        if isinstance(html, bytes):
            html = decode_page(html, "the page")
        check_text(html, MAX_BYTES)
        page = page_text(html)
        if kwargs.get("title") is None:
            kwargs["title"] = page.title
        if kwargs.get("outlet") is None:
            kwargs["outlet"] = page.outlet or outlet_named(page.footer)
        source = None
        if kwargs.get("date") is None and page.date is not None:
            kwargs["date"], source = page.date, "page metadata"
        text = "\n\n".join(page.blocks)
        letters = any(pattern.search(text) for pattern in _SCRIPTS.values())
        if kwargs.get("lang") is None and page.language in _SCRIPTS and not letters:
            kwargs["lang"] = page.language  # no script to tell: trust the page
        try:
            article = cls.from_text(text, **kwargs)
        except ArticleError:
            if _clean(text.splitlines(), kwargs["title"]).paragraphs:
                raise
            raise ArticleError(page.only_furniture()) from None
        if source:
            article = dataclasses.replace(article, date_source=source)
        if page.author:
            article = dataclasses.replace(article, author=page.author)
        return article

    @classmethod
    def from_file(
        cls, path: str | Path, *, encoding: str | None = None, **kwargs: Any
    ) -> Article:
        """Read an article file: HTML if it looks like a page, else plain text.

        The date, if not given, may come from an ISO date in the file name
        (``rferl-2019-05-10-lavrov-kono.txt``).

        Parameters
        ----------
        path
            The file.
        encoding
            Its text encoding. By default UTF-8 (with or without a BOM), or
            UTF-16/UTF-32 with a BOM; a text file in another encoding (cp1251,
            Shift_JIS...) is refused, never guessed, unless it is named here.
            A saved page may instead declare its charset, or be in the one
            legacy encoding its Russian or Japanese text clearly fits
            (:func:`kurilmap.news.textfile.decode_page`).
        **kwargs
            As for :meth:`from_text`.

        Raises
        ------
        ArticleError
            Missing, a folder or unreadable; not in the expected encoding;
            binary; empty or too large.
        """
        path = as_path(path)
        text, page = read_article(path, MAX_BYTES, encoding)
        source = None
        found = _DATE_IN_NAME.search(path.name)
        if kwargs.get("date") is None and found:
            try:
                kwargs["date"] = dt.date(*(int(g) for g in found.groups()))
                source = "file name"
            except ValueError:  # 2019-13-45 is not a date: look in the text
                pass
        head = text.lstrip()[:500].lower()
        is_html = (
            page or head.startswith(("<!doctype html", "<html")) or "<body" in head
        )
        try:
            article = (
                cls.from_html(text, **kwargs)
                if is_html
                else cls.from_text(text, **kwargs)
            )
        except ArticleError as exc:
            msg = f"{path.name}: {exc}"
            raise ArticleError(msg) from None
        if source and article.date_source == "given":
            article = dataclasses.replace(article, date_source=source)
        return article
