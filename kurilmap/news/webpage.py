"""The text blocks of a saved news page, without its furniture.

Scripts, styles, navigation, forms, buttons, media players and figures are
dropped, and so is any element whose class, id or ARIA role names page
furniture (``share``, ``cookie``, ``player``, ``caption``, ``related``...).
The page's ``<article>`` with the most paragraph text is read (else
``<main>``, else ``<body>``), one block (``<p>``, ``<li>``, ``<h2>``...) at a
time, inline markup joined as a browser shows it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

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
)
BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd")
FURNITURE_WORDS = frozenset(
    [
        "share",
        "sharing",
        "social",
        "related",
        "cookie",
        "cookies",
        "consent",
        "player",
        "caption",
        "credit",
        "credits",
        "newsletter",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "promo",
        "breadcrumb",
        "breadcrumbs",
        "skip",
        "toolbar",
        "tools",
        "menu",
        "nav",
        "navigation",
        "comments",
        "comment",
        "subscribe",
        "subscription",
        "sidebar",
        "footer",
        "banner",
        "popup",
        "modal",
        "byline-tools",
        "print",
        "paywall",
        "recommended",
    ]
)
FURNITURE_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "dialog", "menu"]
)


class Page(NamedTuple):
    """What a page says about itself, and its text blocks."""

    title: str | None
    outlet: str | None
    date: dt.date | None
    blocks: list[str]
    footer: list[str]


def _text(node: Any) -> str:
    return " ".join(str(node.get_text()).split())


def _is_furniture(tag: Any) -> bool:
    attrs = getattr(tag, "attrs", None)
    if not attrs:
        return False
    if str(attrs.get("role", "")).lower() in FURNITURE_ROLES:
        return True
    if str(attrs.get("aria-hidden", "")).lower() == "true" or "hidden" in attrs:
        return True
    classes = attrs.get("class") or []
    names = [*(classes if isinstance(classes, list) else [classes])]
    names.append(str(attrs.get("id", "")))
    words = {w for name in names for w in re.split(r"[-_\s]+", str(name).lower())}
    return bool(words & FURNITURE_WORDS)


def _meta(soup: Any, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find(
            "meta", attrs={"name": key}
        )
        content = tag.get("content") if tag else None
        if isinstance(content, str) and content.strip():
            return " ".join(content.split())
    return None


def _published(soup: Any) -> dt.date | None:
    value = _meta(
        soup, "article:published_time", "og:article:published_time", "date", "pubdate"
    )
    if value is None:
        tag = soup.find("time", attrs={"datetime": True})
        value = str(tag["datetime"]) if tag else None
    if value:
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _root(soup: Any) -> Any:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: sum(len(_text(p)) for p in a.find_all("p")))
    return soup.find("main") or soup.body or soup


def page_text(html: str) -> Page:
    """Return the title, outlet, date and text blocks of a saved page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    root = _root(soup)
    heading = root.find("h1") or soup.find("h1")
    title = _text(heading) if heading else None
    if not title:
        title = _meta(soup, "og:title") or (_text(soup.title) if soup.title else None)
    outlet = _meta(soup, "og:site_name", "application-name")
    footer = [_text(tag) for tag in soup.find_all("footer")]
    date = _published(soup)
    for tag in soup(list(DROP_TAGS)):
        tag.decompose()
    keep = {id(root), *(id(parent) for parent in root.parents)}
    for tag in soup.find_all(_is_furniture):
        if not tag.decomposed and id(tag) not in keep:
            tag.decompose()
    for br in root.find_all("br"):
        br.replace_with(" ")
    blocks = [
        _text(block)
        for block in root.find_all(list(BLOCKS))
        if not block.find(list(BLOCKS))
    ]
    if not any(blocks):
        blocks = [" ".join(line.split()) for line in root.get_text("\n").splitlines()]
    return Page(title or None, outlet, date, [b for b in blocks if b], footer)
