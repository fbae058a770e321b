"""Geocoder and mention-finder throughput on this machine.

- ``geocode_many`` over 100,000 names: 90% exact or normalised (names of the
  gazetteer as written, upper-cased, with an "Island" affix or stray spaces),
  10% with a typo (a letter dropped, replaced or swapped) that needs fuzzy
  matching. Baseline: the same 100,000 lookups in a plain dict.
- ``find_places`` over >= 5 MB of text (the seed article repeated, or a
  stand-in paragraph when ../shared is absent). Baseline: ``str.lower``.
"""

from __future__ import annotations

import random
import statistics
from pathlib import Path

import kurilmap
from benchmarks._timing import fresh_seconds, median_seconds, report
from kurilmap.places import name_index

SEED = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "seed"
    / ("rferl-2019-05-10-lavrov-kono.txt")
)
# Imported before the first call is timed: kurilmap and what it imports on first use.
FIRST_CALL_SETUP = (
    "import kurilmap, ahocorasick, geopandas, pandas, pyarrow, pyproj, shapely"
)
STAND_IN = (
    "Russian Foreign Minister Sergei Lavrov met Taro Kono in Moscow to discuss the "
    "Southern Kuriles, known in Japan as the Northern Territories: Iturup, "
    "Kunashir, Shikotan and the Habomai islets between the Sea of Okhotsk and the "
    "Pacific Ocean. 北方領土の択捉島と国後島。На Итурупе и Кунашире живут люди.\n"
)


def names_workload(seed: int = 1) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    names = name_index().names["name"].tolist()
    latin = [n for n in names if n.isascii() and len(n) >= 6]

    def vary(name: str) -> str:
        roll = rng.random()
        if roll < 0.4:
            return name
        if roll < 0.6:
            return name.upper()
        if roll < 0.8:
            return f"{name} Island"
        return f"  {name.lower()} "

    def typo(name: str) -> str:
        i = rng.randrange(1, len(name) - 2)
        roll = rng.random()
        if roll < 0.33:
            return name[:i] + name[i + 1 :]
        if roll < 0.66:
            return name[:i] + "q" + name[i + 1 :]
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]

    exact = [vary(rng.choice(names)) for _ in range(90_000)]
    fuzzy = [typo(rng.choice(latin)) for _ in range(10_000)]
    mixed = exact + fuzzy
    rng.shuffle(mixed)
    return exact, mixed


def main() -> None:
    exact, mixed = names_workload()
    kurilmap.geocode_many(["warm up"])
    table = {n: i for i, n in enumerate(name_index().names["name"])}
    rows = [
        (
            "dict lookup x 100,000 (baseline)",
            median_seconds(lambda: [table.get(n) for n in mixed], repeat=5),
        ),
        (
            "geocode_many: 90,000 exact/normalised",
            median_seconds(lambda: kurilmap.geocode_many(exact), repeat=3),
        ),
        (
            "geocode_many: 100,000 incl. 10% fuzzy",
            median_seconds(lambda: kurilmap.geocode_many(mixed), repeat=3),
        ),
    ]
    report(rows, baseline="dict lookup x 100,000 (baseline)")
    found = kurilmap.geocode_many(mixed)
    times = dict(rows)
    print(
        f"geocode_many exact part: {90_000 / times[rows[1][0]]:,.0f} names/s "
        f"(target >= 200,000)"
    )
    print(
        f"geocode_many overall:    {100_000 / times[rows[2][0]]:,.0f} names/s "
        f"(target >= 50,000); resolved {found['id'].notna().mean():.1%}"
    )

    article = SEED.read_text(encoding="utf-8") if SEED.is_file() else STAND_IN
    text = (article + "\n") * (5_000_000 // len(article.encode()) + 1)
    megabytes = len(text.encode()) / 1e6
    kurilmap.find_places("warm up")
    rows = [
        ("str.lower over the text (baseline)", median_seconds(text.lower, repeat=5)),
        ("find_places", median_seconds(lambda: kurilmap.find_places(text), repeat=3)),
    ]
    report(rows, baseline="str.lower over the text (baseline)")
    mentions = len(kurilmap.find_places(text))
    print(
        f"find_places: {megabytes / dict(rows)['find_places']:.1f} MB/s over "
        f"{megabytes:.1f} MB, {mentions:,} mentions (target >= 5 MB/s)"
    )
    first = statistics.median(
        fresh_seconds('kurilmap.find_places("Iturup")', setup=FIRST_CALL_SETUP)
        for _ in range(3)
    )
    print(
        "first call in a fresh process (load gazetteer, build index and "
        f"automaton; imports not timed): {first:.2f} s"
    )


if __name__ == "__main__":
    main()
