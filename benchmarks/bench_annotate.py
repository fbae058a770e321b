"""Article annotation throughput: one core, 2 Dask workers, a 100,000-article corpus.

Workload: distinct news articles of about 5,000 characters each, built from the
seed article (../shared/seed, or a stand-in paragraph when ../shared is absent):
its body paragraphs shuffled and repeated with a seeded random, and their dates
and figures changed in every copy ("May 10", "in January", "since 2013", "25
times"...), so that no two articles or paragraphs are alike and no cache keyed
on text can help. Each has a title, page furniture and credits around the body,
and a publication date, outlet and URL, in a pandas DataFrame with the columns
text, date, outlet and url.

- First call in the process (loads the gazetteer, events and people, builds the
  name automaton): timed on its own and left out of every timed run.
- One core: ``annotate_many(df, progress=False)`` over 400 articles, as
  articles/s and KB/s. Target >= 400 articles/s (issue 15). Baseline in the
  same run: a plain Python pass over the same texts (``str.lower`` then
  ``str.split`` per article).
- The corpus engine (``benchmarks/bench_corpus.py``): ``annotate_corpus`` over
  2,000 articles on one core against a ``distributed.LocalCluster`` of 2
  process workers started in the run (target >= 1.7x), then the driver's peak
  RSS while annotating 100,000 articles (target <= 2 GB; ``--rss-articles 0``
  skips it, ``--articles 0`` skips the speed-up).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

import kurilmap
from benchmarks._timing import median_seconds, report
from benchmarks.bench_geocoder import SEED

STAND_IN = (
    "Lavrov And Kono Meet In Moscow\n\n"
    "Russian Foreign Minister Sergei Lavrov met Taro Kono in Moscow on May 10 to "
    "discuss the Southern Kuriles, known in Japan as the Northern Territories.\n\n"
    '"The task is not easy," Lavrov told the press following the meeting.\n\n'
    "A dispute over four islands between the Sea of Okhotsk and the Pacific Ocean "
    "-- Iturup, Kunashir, Shikotan and the Habomai islets -- has prevented Moscow "
    "and Tokyo from signing a peace treaty since 1945.\n\n"
    "Prime Minister Shinzo Abe and President Vladimir Putin have met 25 times "
    "since 2013; a further meeting will be held at the end of May in Tokyo.\n\n"
    "Russia has built new military facilities on the islands, home to some "
    "20,000 people, in December.\n\n"
    "With reporting by Reuters\n"
)
SIZE = 5_000
"""Characters per article (about 5 KB: the seed is English)."""
ONE_CORE = 400
DASK = 2_000
TARGET_RATE = 400
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
OUTLETS = ["RFE/RL", "Reuters", "TASS", "Kyodo", "The Japan Times", "Interfax"]


def seed_parts() -> tuple[str, list[str], str, str]:
    """The seed's header, body paragraphs, mid-page furniture and footer.

    The body is what ``Article`` keeps; the header (navigation, title, image
    caption), the furniture between paragraphs (a media player) and the footer
    (credits, outlet boilerplate) are kept as page text for it to remove.
    """
    from kurilmap.news import clean_lines

    text = SEED.read_text(encoding="utf-8") if SEED.is_file() else STAND_IN
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body, _, _ = clean_lines(lines)
    first, last = lines.index(body[0]), lines.index(body[-1])
    middle = [line for line in lines[first:last] if line not in body]
    return (
        "\n\n".join(lines[:first]),
        body,
        "\n\n".join(middle),
        "\n\n".join(lines[last + 1 :]),
    )


def vary(paragraph: str, rng: random.Random) -> str:
    """Change the paragraph's dates and figures (a new copy every call)."""

    def month(match: re.Match[str]) -> str:
        day = f" {rng.randint(1, 28)}" if " " in match[0] else ""
        return rng.choice(MONTHS) + day

    paragraph = re.sub(r"\b(?:January|May|December)\b(?: \d{1,2}\b)?", month, paragraph)
    paragraph = re.sub(
        r"\b(?:19|20)\d\d\b", lambda _: str(rng.randint(1995, 2024)), paragraph
    )
    return re.sub(
        r"\b\d{1,2}(?:,\d{3})?\b(?= (?:times|years|people|languages|countries))",
        lambda m: f"{rng.randint(2, 90) * (1000 if ',' in m[0] else 1):,}",
        paragraph,
    )


def workload(n: int, seed: int = 3) -> pd.DataFrame:
    """``n`` distinct articles of about SIZE characters each."""
    rng = random.Random(seed)
    header, body, middle, footer = seed_parts()
    texts, dates = [], []
    for _ in range(n):
        room = SIZE - len(header) - len(middle) - len(footer) - 6
        paragraphs: list[str] = []
        pool: list[str] = []
        while room > 100:
            if not pool:
                pool = body[:]
                rng.shuffle(pool)
            paragraph = vary(pool.pop(), rng)
            if len(paragraph) + 2 > room:  # end on a shortened paragraph
                paragraph = paragraph[: paragraph.rfind(" ", 0, room - 3)] + "."
            paragraphs.append(paragraph)
            room -= len(paragraph) + 2
        if middle:
            paragraphs.insert(rng.randrange(1, len(paragraphs)), middle)
        texts.append("\n\n".join([header, *paragraphs, footer]))
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        dates.append(day.isoformat())
    return pd.DataFrame(
        {
            "text": texts,
            "date": dates,
            "outlet": [rng.choice(OUTLETS) for _ in range(n)],
            "url": [f"https://example.org/news/{i:05d}" for i in range(n)],
        }
    )


def plain_pass(texts: list[str]) -> int:
    return sum(len(text.lower().split()) for text in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, default=DASK, help="one core vs 2 workers (0: skip)"
    )
    parser.add_argument(
        "--rss-articles",
        type=int,
        default=100_000,
        help="the driver's peak RSS on this many articles (0: skip; ~15 min)",
    )
    parser.add_argument("--shard-size", type=int, default=200)
    args = parser.parse_args()
    df = workload(ONE_CORE)
    texts = df["text"].tolist()
    kilobytes = sum(len(t.encode()) for t in texts) / 1e3
    assert df["text"].nunique() == len(df)
    start = time.perf_counter()
    kurilmap.annotate_many(df.head(1), progress=False)
    first = time.perf_counter() - start
    print(
        f"{len(df)} articles, mean {kilobytes / len(df):.2f} KB "
        f"({'seed article' if SEED.is_file() else 'stand-in text'})"
    )
    print(
        f"first call (1 article; loads datasets, builds the automaton): {first:.2f} s"
    )
    base = f"str.lower + str.split x {len(df)} (baseline)"
    label = f"annotate_many x {len(df)}"
    rows = [
        (base, median_seconds(lambda: plain_pass(texts), repeat=5)),
        (
            label,
            median_seconds(
                lambda: kurilmap.annotate_many(df, progress=False), repeat=3
            ),
        ),
    ]
    report(rows, baseline=base)
    seconds = dict(rows)[label]
    rate = len(df) / seconds
    found = kurilmap.annotate_many(df, progress=False)
    print(
        f"annotate_many, one core: {rate:,.0f} articles/s, {kilobytes / seconds:,.0f} "
        f"KB/s, {len(found):,} rows (target >= {TARGET_RATE} articles/s: "
        f"{'met' if rate >= TARGET_RATE else 'NOT met'})"
    )

    # The corpus engine: one core against 2 distributed workers, and the
    # driver's peak memory on a large corpus (benchmarks/bench_corpus.py).
    from benchmarks import bench_corpus  # imported here: it imports workload

    work = Path(tempfile.mkdtemp(prefix="kurilmap-bench-annotate-"))
    try:
        if args.articles:
            bench_corpus.speed(args.articles, work, args.shard_size)
        if args.rss_articles:
            bench_corpus.memory(args.rss_articles, bench_corpus.WORKERS, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
