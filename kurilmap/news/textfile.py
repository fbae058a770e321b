"""Read an article's file: its bytes, their encoding, and whether it is text.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are read; UTF-16
without a BOM is recognised by its NUL bytes. Any other encoding must be
named: a cp1251 or Shift_JIS file is refused with a message saying so, never
decoded into mojibake. A saved web page may instead declare it (``<meta
charset>``, the ``http-equiv`` content type or an XML declaration), as
browsers read it; a page in Russian or Japanese that declares none is read in
the one legacy encoding (cp1251, KOI8-R, Shift_JIS or EUC-JP) that its bytes
clearly fit, else refused. Images, PDFs, archives and other binary data are
refused by their signature or their control bytes.

Examples
--------
>>> page = '<meta charset="windows-1251"><p>Курилы</p>'.encode("cp1251")
>>> decode_page(page, "page.html")
'<meta charset="windows-1251"><p>Курилы</p>'
>>> decode_page("<p>Курильские острова</p>".encode("cp1251"), "page.html")
'<p>Курильские острова</p>'
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from kurilmap.errors import ArticleError, InputTypeError

if TYPE_CHECKING:
    from pathlib import Path

CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Control characters that text does not hold (tab, newlines and form feed do)."""


def read(path: Path, limit: int) -> bytes:
    """Return a file's bytes: an ArticleError if missing, a folder or too large.

    No more than ``limit + 1`` bytes are read, so a device or a pipe that
    never ends (``/dev/zero``, ``yes | kurilmap annotate /dev/stdin``) is
    refused as too large instead of filling the memory.
    """
    if path.is_dir():
        msg = f"{str(path)!r} is a folder, not an article file"
        raise ArticleError(msg)
    try:
        size = path.stat().st_size
        if size > limit:
            msg = f"{path.name} is {size:,} bytes; articles are up to {limit:,}"
            raise ArticleError(msg)
        with path.open("rb") as file:  # at most one byte over: /dev/zero, a pipe
            data = file.read(limit + 1)
        if len(data) > limit:
            msg = f"{str(path)!r} holds more than {limit:,} bytes, an article's most"
            raise ArticleError(msg)
        return data
    except FileNotFoundError:
        msg = f"no article file {str(path)!r}: it does not exist"
        raise ArticleError(msg) from None
    except OSError as exc:
        msg = f"cannot read article {str(path)!r}: {exc.strerror or exc}"
        raise ArticleError(msg) from None


def check_text(text: str, limit: int) -> None:
    """Refuse text that is not str, too large, empty or binary."""
    if not isinstance(text, str):
        msg = f"article text must be str, got {type(text).__name__}"
        raise InputTypeError(msg)
    if len(text) > limit or len(text.encode("utf-8", "surrogatepass")) > limit:
        msg = f"the article is larger than {limit:,} bytes"
        raise ArticleError(msg)
    if not text.strip():
        msg = "the article is empty (or only whitespace)"
        raise ArticleError(msg)
    control = len(CONTROL.findall(text))
    if control > max(3, len(text) // 1000):
        msg = (
            f"the article holds {control} control characters: it looks like "
            "binary data, not text"
        )
        raise ArticleError(msg)


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def decode(raw: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a file's bytes: UTF-8, a BOM'd UTF-16/32, or the encoding named."""
    if not raw.strip():
        msg = f"{name} is empty (or only whitespace)"
        raise ArticleError(msg)
    if encoding is not None:
        return _named(raw, name, encoding)
    found = _unicode_or_utf8(raw, name)
    if isinstance(found, str):
        return found
    raise ArticleError(_not_utf8(raw, name, found))


def _unicode_or_utf8(raw: bytes, name: str) -> str | UnicodeDecodeError:
    """Return the text of a BOM'd UTF-16/32 or UTF-8 file, else UTF-8's error."""
    text = _unicode(raw, name)
    if text is not None:
        return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return exc


def _named(raw: bytes, name: str, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except LookupError:
        msg = f"unknown encoding {encoding!r} for {name}"
        raise ArticleError(msg) from None
    except UnicodeDecodeError as exc:
        msg = f"{name} is not {encoding} text (byte {exc.start})"
        raise ArticleError(msg) from None


def _unicode(raw: bytes, name: str) -> str | None:
    """Text with a BOM or in UTF-16; an error if binary; None for 8-bit text."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                msg = f"{name} starts with a {codec.upper()} BOM but is not {codec}"
                raise ArticleError(msg) from None
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            msg = f"{name} is {kind}, not a text article"
            raise ArticleError(msg)
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    if len(raw) % 2 == 0 and min(even, odd) == 0 < max(even, odd):
        try:  # UTF-16 without a BOM: NUL bytes on one side only, no control codes
            text = raw.decode("utf-16-le" if odd else "utf-16-be")
        except UnicodeDecodeError:
            text = ""
        if text and not CONTROL.search(text):
            return text
    if raw.count(0) or sum(raw.count(b) for b in range(1, 9)) > len(raw) // 100:
        msg = f"{name} holds binary data (NUL or control bytes), not a text article"
        raise ArticleError(msg)
    return None


def _not_utf8(raw: bytes, name: str, exc: UnicodeDecodeError) -> str:
    return (
        f"{name} is not UTF-8 text (byte {exc.start}: "
        f"{raw[exc.start : exc.start + 1]!r}); it may be in a legacy encoding "
        "such as cp1251 or Shift_JIS: pass encoding=... or save it as UTF-8"
    )


_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)|"""
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([-\w.:]+)""",
    re.IGNORECASE,
)
_WHATWG = {  # labels a browser reads as a wider encoding than Python's codec
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
}
_LEGACY = ("cp1251", "koi8_r", "cp932", "euc_jp")
_CLEAR = 0.6  # share of well-formed Russian or Japanese text for a clear fit
_GOOD = re.compile(
    r"\b[А-ЯЁ]?[а-яё]{2,}\b|[\u3041-\u3096]|[\u30a1-\u30fa\u30fc]{2,}|"
    r"[\u4e00-\u9fff]{1,4}(?=[\u3041-\u3096、。「」])"
)
_BAD = re.compile(
    r"[^\x00-\x7f\u0410-\u044f\u0401\u0451\u3000-\u30ff\u4e00-\u9fff«»–—…№“”„\xa0]"
)


def read_article(path: Path, limit: int, encoding: str | None) -> tuple[str, bool]:
    """Read an article file's text, and whether it is a saved web page."""
    raw = read(path, limit)
    page = is_page(raw, path.suffix)
    return (decode_page if page else decode)(raw, path.name, encoding), page


def is_page(raw: bytes, suffix: str) -> bool:
    """Tell a saved web page by its file suffix or its first bytes."""
    head = raw.lstrip()[:500].lower()
    return (
        suffix.lower() in (".html", ".htm", ".xhtml")
        or head.startswith((b"<!doctype html", b"<html"))
        or b"<body" in head
    )


def declared_charset(raw: bytes) -> str | None:
    """Return the codec of the charset a page declares in its first 4 KB, if any."""
    found = _CHARSET.search(raw[:4096])
    if not found:
        return None
    label = (found[1] or found[2]).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(_WHATWG.get(label, label)).name
    except LookupError:
        return None


def _fit(text: str) -> float:
    """How well decoded bytes read as Russian or Japanese: at most 1, 0 or less."""
    good = sum(len(m) for m in _GOOD.findall(text))
    other = len(text) - len(text.encode("ascii", "ignore"))
    return (good - 4 * len(_BAD.findall(text))) / max(1, other)


def decode_page(raw: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a saved page's bytes: Unicode, the charset it declares, or a clear fit.

    Parameters
    ----------
    raw
        The page's bytes.
    name
        What to call it in messages (its file name).
    encoding
        Its encoding, if known: then used as :func:`decode` does.

    Raises
    ------
    ArticleError
        Empty, binary, or in an encoding that is neither declared nor clear.
    """
    if encoding is not None or not raw.strip():
        return decode(raw, name, encoding)
    error = _unicode_or_utf8(raw, name)
    if isinstance(error, str):
        return error
    declared = declared_charset(raw)
    if declared is not None and declared not in ("utf-8", "utf-16", "utf-32"):
        text = raw.decode(declared, "replace")
        if text.count("\ufffd") <= max(3, len(text) // 1000):
            return text
        msg = f"{name} is not {declared} text as it declares (byte {error.start})"
        raise ArticleError(msg)
    fits = []
    for codec in _LEGACY:
        try:
            fits.append((_fit(raw.decode(codec)), codec))
        except UnicodeDecodeError:
            continue
    fits.sort(reverse=True)
    if fits and fits[0][0] > _CLEAR and (len(fits) == 1 or fits[1][0] < _CLEAR / 2):
        return raw.decode(fits[0][1])
    raise ArticleError(_not_utf8(raw, name, error))
