"""Read an article's file: its bytes, their encoding, and whether it is text.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are read; UTF-16
without a BOM is recognised by its NUL bytes. Any other encoding must be
named: a cp1251 or Shift_JIS file is refused with a message saying so, never
decoded into mojibake. Images, PDFs, archives and other binary data are
refused by their signature or their control bytes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kurilmap.errors import ArticleError, InputTypeError

if TYPE_CHECKING:
    from pathlib import Path

CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Control characters that text does not hold (tab, newlines and form feed do)."""


def read(path: Path, limit: int) -> bytes:
    """Return a file's bytes: an ArticleError if missing, a folder or too large."""
    if path.is_dir():
        msg = f"{str(path)!r} is a folder, not an article file"
        raise ArticleError(msg)
    try:
        size = path.stat().st_size
        if size > limit:
            msg = f"{path.name} is {size:,} bytes; articles are up to {limit:,}"
            raise ArticleError(msg)
        return path.read_bytes()
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
        try:
            return raw.decode(encoding)
        except LookupError:
            msg = f"unknown encoding {encoding!r} for {name}"
            raise ArticleError(msg) from None
        except UnicodeDecodeError as exc:
            msg = f"{name} is not {encoding} text (byte {exc.start})"
            raise ArticleError(msg) from None
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
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = (
            f"{name} is not UTF-8 text (byte {exc.start}: "
            f"{raw[exc.start : exc.start + 1]!r}); it may be in a legacy encoding "
            "such as cp1251 or Shift_JIS: pass encoding=... or save it as UTF-8"
        )
        raise ArticleError(msg) from None
