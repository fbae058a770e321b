"""A small corpus directory written exactly as docs/corpus-format.md says.

Used by the reader and atlas tests until ``kurilmap.annotate_corpus`` (the
writer) is available; then :func:`write_corpus` hands over to it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

import kurilmap
from tests.article_samples import EN_2019_05_30, JA_2019_05_10, RU_2019_01_22

HOSTILE_OUTLET = "<b onmouseover=alert(3)>Kuril Times</b>"
HOSTILE_TITLE = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'

ARTICLES = [
    {
        "text": EN_2019_05_30,
        "title": "Japan Presses Russia Over Island Garrisons",
        "date": "2019-05-30",
        "outlet": "Tokyo Wire",
        "url": "https://example.org/en/2019-05-30",
        "lang": "en",
    },
    {
        "text": RU_2019_01_22,
        "title": None,
        "date": "2019-01-22",
        "outlet": "Вести Курил",
        "url": "https://example.org/ru/2019-01-22",
        "lang": "ru",
    },
    {
        "text": JA_2019_05_10,
        "title": None,
        "date": "2019-05-10",
        "outlet": "北方新聞",
        "url": None,
        "lang": "ja",
    },
    {
        "text": "Shikotan fishermen\n\nFishermen on Shikotan said on 2 March 2019 "
        "that the catch near Kunashir had fallen. Residents of Yuzhno-Kurilsk agreed.",
        "title": HOSTILE_TITLE,
        "date": "2019-03-04",
        "outlet": "Tokyo Wire",
        "url": "javascript:alert(2)",
        "lang": "en",
    },
    {
        "text": "Iturup airport\n\nThe airport on Iturup near Kurilsk opened a new "
        "terminal, officials in Moscow said on Monday.",
        "title": "Iturup airport",
        "date": "2019-03-18",
        "outlet": HOSTILE_OUTLET,
        "url": "https://example.org/en/iturup",
        "lang": "en",
    },
]
"""Five short articles in three languages, four outlets, three months."""


def _id(text: str) -> str:
    body = kurilmap.Article.from_text(text).body
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def write_corpus(
    folder: Path, articles: list[dict] | None = None, *, by_hand: bool = False
) -> Path:
    """Write a corpus of ``articles`` (default :data:`ARTICLES`) into ``folder``.

    With kurilmap's writer (:func:`kurilmap.annotate_corpus`), plus one file
    that cannot be read; ``by_hand`` writes the files as the format document
    says, without the writer (the reader must read both).
    """
    articles = ARTICLES if articles is None else articles
    if not by_hand:
        return _with_writer(kurilmap.annotate_corpus, folder, articles)
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(articles)
    rows = kurilmap.annotate_many(frame, progress=False)
    ids = [_id(t) for t in frame["text"]]
    key = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]
    (folder / "shards").mkdir(exist_ok=True)
    shard = rows.copy()
    shard["article"] = [ids[i] for i in shard["article"]]
    for column in ("quotes", "dates", "figures", "events"):
        shard[column] = [
            json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
            for v in shard[column]
        ]
    shard.to_parquet(folder / "shards" / f"{key}.parquet")
    counts = rows["article"].value_counts()
    table = pd.DataFrame(
        {
            "id": ids,
            "title": frame["title"],
            "date": frame["date"],
            "outlet": frame["outlet"],
            "url": frame["url"],
            "language": frame["lang"],
            "source": [f"articles.csv#{i}" for i in range(len(frame))],
            "status": "annotated",
            "duplicate_of": None,
            "shard": key,
            "mentions": [int(counts.get(i, 0)) for i in range(len(frame))],
        }
    )
    table["mentions"] = table["mentions"].astype("int64")
    table.to_parquet(folder / "articles.parquet", index=False)
    pd.DataFrame({"source": ["broken.txt"], "reason": ["not UTF-8 text"]}).to_parquet(
        folder / "errors.parquet", index=False
    )
    manifest = {
        "format": "kurilmap-corpus",
        "version": 1,
        "kurilmap": kurilmap.__version__,
        "shard_size": 200,
        "shards": [key],
    }
    (folder / "corpus.json").write_text(json.dumps(manifest, sort_keys=True))
    return folder


def _with_writer(writer, folder: Path, articles: list[dict]) -> Path:
    frame = pd.DataFrame(articles)
    table = folder.parent / f"{folder.name}-input.csv"
    frame.to_csv(table, index=False)
    broken = folder.parent / f"{folder.name}-broken.txt"
    broken.write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    writer([table, broken], out=folder, progress=False)
    return folder
