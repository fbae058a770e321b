"""How well saved news pages are read: the article body found, against gold text.

Run: ``python -m benchmarks.bench_extract``. Each page in ``benchmarks/pages/``
(written for kurilmap: several layouts, English, Russian and Japanese, UTF-8,
windows-1251 and Shift_JIS) has its gold body in ``<name>.txt``: the article's
paragraphs, blank-line separated, without title, byline, captions or credits.

The score is the F1 of 4-token shingles: precision and recall of the token
4-grams of the extracted body against the gold body (counted with their
repeats); Japanese is cut into characters instead of tokens. ``Article.from_file``
(kurilmap: trafilatura, then its own rules) is scored against trafilatura's
plain ``extract`` on the same bytes, as the baseline. A page refused (an
error, or nothing extracted) scores 0. The target: a mean F1 of at least 0.95
and no page with a body refused.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks._timing import median_seconds
from kurilmap.errors import ArticleError
from kurilmap.news import Article

PAGES = Path(__file__).resolve().parent / "pages"
TARGET = 0.95
REPEAT = 3
_KANA = re.compile(r"[\u3040-\u30ff]")


def tokens(text: str, *, chars: bool) -> list[str]:
    """Lower-cased word tokens, or the characters (spaces aside) for Japanese."""
    if chars:
        return [c for c in text if not c.isspace()]
    return re.findall(r"\w+", text.lower())


def shingle_f1(got: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the 4-token shingles of ``got`` against ``gold``."""
    chars = bool(_KANA.search(gold))

    def grams(text: str) -> Counter[tuple[str, ...]]:
        t = tokens(text, chars=chars)
        return Counter(tuple(t[i : i + 4]) for i in range(len(t) - 3))

    found, wanted = grams(got), grams(gold)
    common = sum((found & wanted).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision = common / sum(found.values())
    recall = common / sum(wanted.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def ours(path: Path) -> str | None:
    try:
        return Article.from_file(path).body
    except ArticleError:
        return None


def baseline(path: Path) -> str | None:
    import trafilatura

    return trafilatura.extract(path.read_bytes(), include_comments=False) or None


def score(
    extract: Callable[[Path], str | None], pages: list[Path]
) -> list[tuple[float, float, float, float, bool]]:
    """(precision, recall, F1, seconds, refused) of each page."""
    rows = []
    for page in pages:
        gold = page.with_suffix(".txt").read_text(encoding="utf-8")
        got = extract(page)
        seconds = median_seconds(lambda p=page: extract(p), repeat=REPEAT)
        p, r, f = shingle_f1(got, gold) if got else (0.0, 0.0, 0.0)
        rows.append((p, r, f, seconds, got is None))
    return rows


def main() -> None:
    pages = sorted(PAGES.glob("*.html"))
    ours(pages[0]), baseline(pages[0])  # imports and caches out of the timings
    mine, theirs = score(ours, pages), score(baseline, pages)
    print(
        f"{'page':<14} {'kurilmap P / R / F1':>22} {'ms':>6}   "
        f"{'trafilatura.extract P / R / F1':>32} {'ms':>6}"
    )
    for page, a, b in zip(pages, mine, theirs, strict=True):
        print(
            f"{page.stem:<14} {a[0]:6.3f} {a[1]:6.3f} {a[2]:6.3f}"
            f"{' REFUSED' if a[4] else '':>4} {a[3] * 1000:6.1f}   "
            f"{b[0]:14.3f} {b[1]:6.3f} {b[2]:6.3f}"
            f"{' REFUSED' if b[4] else '':>4} {b[3] * 1000:6.1f}"
        )
    for name, rows in (("kurilmap", mine), ("trafilatura.extract", theirs)):
        f1 = statistics.mean(r[2] for r in rows)
        ms = statistics.mean(r[3] for r in rows) * 1000
        refused = sum(r[4] for r in rows)
        print(
            f"{name}: mean F1 {f1:.3f} over {len(rows)} pages, {refused} refused, "
            f"{ms:.1f} ms a page"
        )
    f1 = statistics.mean(r[2] for r in mine)
    refused = sum(r[4] for r in mine)
    verdict = "met" if f1 >= TARGET and not refused else "NOT met"
    print(f"target (mean F1 >= {TARGET}, none refused): {verdict}")


if __name__ == "__main__":
    main()
