"""The article in a saved news page, found by trafilatura, and its metadata.

The page is parsed once with lxml (libxml2 reads at most 256 levels of nesting:
anything deeper is not read). Before trafilatura looks for the article body,
tables used for layout become plain blocks, and page furniture is pruned: the
elements that never hold an article (scripts, styles, navigation, forms,
buttons, media, figures...) and any small element whose class, id or ARIA role
names furniture (``share``, ``cookie``, ``player``, ``caption``, ``related``...);
an element holding a third of the page's text, or the article itself, is kept
whatever it is called. trafilatura then extracts the body, offline, and the
title, date, author and site name from the page's metadata (``<meta>``,
JSON-LD, headings; a date only from the page's markup, never guessed from a
link or a copyright year).

What trafilatura leaves is dropped by its form: headings, dates and short
lines above the first paragraph or below the last (a kicker, a byline, share
buttons, "All news"), a repeat of the title, blocks made of the page's links
(a menu, "Sign up for our newsletter") and a link behind a short label ("Read
more: ...", "Читайте также: ..."). Captions, credits and player text left in
the blocks go to the text rules of :mod:`kurilmap.news.article`.

A page of over :data:`MAX_ELEMENTS` elements, or :data:`MAX_ARTICLE_ELEMENTS`
once pruned, is refused at once; a page with no article body is an
:class:`~kurilmap.errors.ArticleError` saying what the page has instead.

Examples
--------
>>> page = page_text(
...     "<html lang='en-GB'><head><title>Talks | Example News</title></head>"
...     "<body><nav><a href='/'>Home</a></nav><article><h1>Talks</h1>"
...     "<p>Lavrov met Kono in Moscow on Friday.</p></article></body></html>"
... )
>>> page.title, page.blocks, page.language
('Talks', ['Lavrov met Kono in Moscow on Friday.'], 'en')
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any, NamedTuple

from kurilmap.errors import ArticleError
from kurilmap.news.textfile import CONTROL

DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "figure",
    "figcaption",
    "iframe",
    "svg",
    "video",
    "audio",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
    "dialog",
    "menu",
    "amp-ad",
    "amp-sidebar",
    "amp-social-share",
)
FURNITURE_WORDS = frozenset(
    """share sharing sns social related cookie cookies consent player caption
    credit credits newsletter advert advertisement ad ads promo breadcrumb
    breadcrumbs skip toolbar menu nav navigation comments comment subscribe
    subscription sidebar footer banner popup modal paywall recommended tags
    byline""".split()  # noqa: SIM905 - a word a line would be 40 lines
)
FURNITURE_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "dialog", "menu"]
)
MAX_ELEMENTS = 150_000
"""Largest page read, in elements (a saved news page has a few thousand)."""

MAX_ARTICLE_ELEMENTS = 30_000
"""Largest page read once its furniture is removed (trafilatura slows down)."""

FAST_ELEMENTS = 5_000
"""Above this (furniture removed), trafilatura skips its second opinions."""

DEPTH = 256
"""libxml2's nesting limit: elements deeper than this are not read."""

_ARTICLE = ".//article|.//main|.//h1|.//*[@itemprop='articleBody']"
_KEEP_SHARE = 3  # an element with over 1/3 of the page's text is never furniture
_SHORT_WORDS = 5
_DATE_LINE = 80  # longest line read as a date line (and the regex kept cheap)
_SENTENCE_END = tuple(".!?。！？…")
_CLOSERS = "」』”»\"')）"
_LABEL = re.compile(
    r"^(?:read (?:more|also|next)|see also|more on this|related|also read|"
    r"читайте также|читать также|смотрите также|по теме|関連記事|関連ニュース)"
    r"\s*[:：]?",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(
    r"^[\d\s.,:/年月日時分秒()（）+-]*"
    r"(?:[A-Za-zА-Яа-яё]{3,10}\.?[\s\d.,:/()+-]*){0,3}"
    r"(?:\d{1,2}:\d{2}|\d{4}|\d{2}\.\d{2}\.\d{2,4})[\s\d.,:/()+-]*"
    r"(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}|г\.?)?\s*$"
)
_SEPARATORS = re.compile(r"\s+(?:[|:·•»–—-]{1,2}|::)\s+|｜")
_SPACES = re.compile(r"[^\S\u3000]+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CODE = frozenset(["script", "style", "template", "noscript"])
_LAYOUT = frozenset(["p", "div", "table", "ul", "ol", "h1", "h2", "h3", "form"])
_NEVER_ARTICLE = frozenset(["header", "footer", "aside", "form", "figure", "nav"])
_INLINE = frozenset(["hi", "ref", "lb", "del", "graphic", "span", "a", "b", "i", "em"])


class Page(NamedTuple):
    """What a page says about itself, and the text blocks of its article."""

    title: str | None
    outlet: str | None
    date: dt.date | None
    blocks: list[str]
    footer: list[str]
    author: str | None = None
    language: str | None = None
    url: str | None = None
    found: str = ""
    """What the page holds, for messages: "a title 'X', 3 links and 1 image"."""

    def only_furniture(self) -> str:
        """Say that the page's text is all page furniture, and show some."""
        shown = ", ".join(repr(b[:40]) for b in self.blocks[:3])
        return (
            f"no article body: the page has {self.found} and only page "
            f"furniture ({shown}) but no paragraphs of text"
        )


def _squeeze(text: str | None) -> str:
    """Collapse runs of spaces (a Japanese full-width space is kept)."""
    return _SPACES.sub(" ", text or "").strip()


def _words(text: str) -> float:
    """Words in a text; a Chinese or Japanese character counts a third of one."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk / 3


def _is_prose(text: str) -> bool:
    return _words(text) >= 2 * _SHORT_WORDS and text.rstrip(_CLOSERS).endswith(
        _SENTENCE_END
    )


def _parse(html: str) -> tuple[Any, bool]:
    """Parse a page: its tree, and whether libxml2 stopped at its depth limit."""
    from lxml import etree  # type: ignore[import-untyped,unused-ignore]
    from lxml import html as lxml_html  # type: ignore[import-untyped,unused-ignore]

    data = CONTROL.sub("", html).encode("utf-8", "replace")
    parser = lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
    )
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        msg = "no article body: the page is empty (no HTML elements)"
        raise ArticleError(msg) from None
    deep = any("depth" in str(e.message).lower() for e in parser.error_log)
    return root, deep


def _count(root: Any, limit: int, what: str) -> int:
    """Elements in a tree: an ArticleError, fast, if over the limit."""
    n = 0
    for n, _ in enumerate(root.iter(), 1):
        if n > limit:
            msg = (
                f"the page has over {limit:,} elements{what}; a news page has a "
                "few thousand: it is not read"
            )
            raise ArticleError(msg)
    return n


def _tokens(el: Any) -> set[str]:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    names = re.sub(r"([a-z])([A-Z])", r"\1 \2", names).lower()
    return set(re.split(r"[-_\s]+", names))


def _is_furniture(el: Any) -> bool:
    if (el.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    if (el.get("aria-hidden") or "").lower() == "true" or el.get("hidden") is not None:
        return True
    return bool(_tokens(el) & FURNITURE_WORDS)


def _unlayout(root: Any) -> None:
    """Turn tables that lay out a page (their cells hold blocks) into blocks."""
    for table in list(root.iter("table")):
        cells = list(table.iter("td", "th"))
        if any(
            any(d.tag in _LAYOUT for d in cell.iterdescendants())
            or sum(1 for _ in cell.iter("br")) >= 3
            for cell in cells
        ):
            for el in [table, *table.iter("thead", "tbody", "tfoot", "tr"), *cells]:
                el.tag = "div"


def _sizes(root: Any) -> dict[Any, int]:
    """Characters of text (spaces aside) under each element, in one pass.

    Scripts and styles hold none: a page's 500 KB of inline JSON is not text.
    """
    from lxml import etree  # type: ignore[import-untyped,unused-ignore]

    sizes: dict[Any, int] = {}
    for _, el in etree.iterwalk(root, events=("end",)):
        if el.tag in _CODE:
            sizes[el] = 0
            continue
        own = len("".join((el.text or "").split()))
        sizes[el] = own + sum(
            sizes.get(c, 0) + len("".join((c.tail or "").split())) for c in el
        )
    return sizes


def _prune(root: Any) -> None:
    """Remove page furniture, never an element holding the article.

    Of several ``<article>`` elements, those with less than half the text of
    the longest are teasers or comments beside it, and go too.
    """
    sizes = _sizes(root)
    articles = root.xpath("//article[not(ancestor::article)]")
    biggest = max((sizes[a] for a in articles), default=0)
    for small in [a for a in articles if 2 * sizes[a] < biggest]:
        small.drop_tree()  # teasers and comments beside the article
    holders: set[Any] = set()
    for marker in root.xpath(_ARTICLE):
        el = marker
        while el is not None and el not in holders:
            holders.add(el)
            el = el.getparent()
    keep = max(sizes.get(root, 0), 600) / _KEEP_SHARE
    stack = [root]
    while stack:
        for child in list(stack.pop()):
            if not isinstance(child.tag, str):
                continue
            tag = child.tag
            furniture = tag in DROP_TAGS or (
                tag not in ("html", "body") and _is_furniture(child)
            )
            guarded = tag not in _CODE and (
                sizes.get(child, 0) > keep
                or (tag not in _NEVER_ARTICLE and child in holders)
            )
            if furniture and not guarded:
                child.drop_tree()
            else:
                stack.append(child)


def _segments(body: Any) -> list[tuple[str, str, float]]:
    """(tag, text, share of the text in links) of each block of trafilatura's body.

    Text runs between block boundaries (any element but inline markup) make a
    block; a line break starts a new line in it.
    """
    from lxml import etree  # type: ignore[import-untyped,unused-ignore]

    out: list[tuple[str, str, float]] = []
    tags: list[str] = []
    parts: list[tuple[str, bool]] = []
    refs = 0

    def flush() -> None:
        whole = "".join(t for t, _ in parts)
        links = len(_squeeze("".join(t for t, r in parts if r)))
        share = links / max(1, len(_squeeze(whole)))
        for chunk in _BLANK_LINE.split(whole):  # <br><br> parts paragraphs
            lines = [_squeeze(line) for line in chunk.split("\n")]
            text = "\n".join(line for line in lines if line)
            if text:
                out.append((tags[-1] if tags else "", text, share))
        parts.clear()

    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        inline = tag in _INLINE
        if event == "start":
            if not inline:
                flush()
                tags.append(tag)
            refs += tag == "ref"
            parts.append(("\n" if tag == "lb" else " " if tag == "cell" else "", False))
            parts.append((el.text or "", refs > 0))
        else:
            refs -= tag == "ref"
            if not inline:
                flush()
                tags.pop()
            if el is not body:
                parts.append((el.tail or "", refs > 0))
    flush()
    return out


def _furniture_blocks(
    blocks: list[tuple[str, str, float]], title: str | None, links: set[str]
) -> list[str]:
    """Drop what trafilatura leaves around the article (see the module's doc).

    ``links`` are the texts of the page's links: a block made of them (a menu
    trafilatura fell back on, "Sign up for our newsletter") is not the article.
    """
    prose = [i for i, (_, text, _) in enumerate(blocks) if _is_prose(text)]
    first, last = (prose[0], prose[-1]) if prose else (0, len(blocks) - 1)
    same = _squeeze(title).casefold()
    kept = []
    for i, (tag, text, share) in enumerate(blocks):
        outside = bool(prose) and (i < first or i > last)
        short = _words(text) <= _SHORT_WORDS and not _is_prose(text)
        label = _LABEL.match(text)
        linked = all(
            line in links and _words(line) <= 2 * _SHORT_WORDS
            for line in text.split("\n")
        )
        if (
            (same and _squeeze(text).casefold() == same and i <= first)
            or (outside and (short or (tag == "head" and i < first)))
            or (outside and len(text) <= _DATE_LINE and _DATE_ONLY.match(text))
            or (label and (share >= 0.6 or text[label.end() :].strip() in links))
            or linked
            or (share >= 0.9 and _words(text) <= 2 * _SHORT_WORDS)
        ):
            continue
        kept.append(text)
    return kept


def _language(root: Any) -> str | None:
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not value:
        for meta in root.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or "").lower()
            if key in ("content-language", "og:locale"):
                value = meta.get("content")
                break
    code = re.split(r"[-_]", (value or "").strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _headline(title: str | None, headings: set[str]) -> str | None:
    """Drop the site's name from a title, when a heading of the page says so."""
    title = _squeeze(title) or None
    if title is None or title in headings or not _SEPARATORS.search(title):
        return title
    parts = [p.strip() for p in _SEPARATORS.split(title)]
    return next((p for p in parts if p in headings), title)


def _found(root: Any, title: str | None) -> str:
    links = len(root.xpath("//a[@href]"))
    images = len(root.xpath("//img"))
    parts = [f"a title {title!r}" if title else "no title"]
    parts.append(f"{links} link{'s' * (links != 1)}")
    if images:
        parts.append(f"{images} image{'s' * (images != 1)}")
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def page_text(html: str) -> Page:
    """Read a saved page: its metadata and the text blocks of its article.

    Parameters
    ----------
    html
        The page's markup, as text.

    Returns
    -------
    Page
        Title, outlet (site name), date, text blocks, footer lines, author,
        declared language, canonical URL, and what the page holds.

    Raises
    ------
    ArticleError
        The page has no article body (the message says what it has instead).
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    root, deep = _parse(html)
    _count(root, MAX_ELEMENTS, "")
    footer = [_squeeze(f.text_content()) for f in root.iter("footer")]
    headings = {
        _squeeze(h.text_content())
        for h in root.iter("h1", "h2", "h3", "b", "strong")
        if len(h.text_content()) < 400
    }
    language = _language(root)
    tree = copy.deepcopy(root)
    _unlayout(tree)
    _prune(tree)
    links = {_squeeze(a.text_content()) for a in tree.iter("a")} - {""}
    size = _count(tree, MAX_ARTICLE_ELEMENTS, " after removing its furniture")
    extracted = trafilatura.bare_extraction(
        tree,
        fast=size > FAST_ELEMENTS,
        include_comments=False,
        include_links=True,
        include_tables=True,
    )
    meta = trafilatura.extract_metadata(root, date_config=set_date_params(False))
    title = _headline(meta.title, headings)
    found = _found(root, title)
    body = getattr(extracted, "body", None)
    blocks = (
        _furniture_blocks(_segments(body), title, links) if body is not None else []
    )
    if not blocks:
        msg = f"no article body: the page has {found} but no paragraphs of text"
        if deep:
            msg += f"; its elements nest over {DEPTH} deep (deeper ones not read)"
        raise ArticleError(msg)
    try:
        date = dt.date.fromisoformat(str(meta.date)[:10]) if meta.date else None
    except ValueError:
        date = None
    return Page(
        title=title,
        outlet=_squeeze(meta.sitename) or None,
        date=date,
        blocks=blocks,
        footer=[f for f in footer if f],
        author=_squeeze(meta.author) or None,
        language=language,
        url=meta.url or None,
        found=found,
    )
