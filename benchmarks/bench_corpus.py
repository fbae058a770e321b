"""Corpus annotation: one core against a 2-worker Dask cluster; the driver's memory.

Workload: the distinct ~5 KB articles of ``bench_annotate.workload`` (text,
date, outlet, url), written to a Parquet table that ``annotate_corpus`` reads.

(a) Speed: ``annotate_corpus`` over 2,000 articles (shards of 200) on one core,
    in this process, against the same call on the ``distributed.LocalCluster``
    that ``workers=2`` starts (``kurilmap.news.local_cluster``: 2
    single-threaded worker processes, ``processes=True``), started here. Each
    side is warmed first (one small corpus: the data loaded in this process /
    in every worker), and the cluster's start-up and warm-up are timed on
    their own. The two runs alternate, ``ROUNDS`` times (the load of a shared
    machine then weighs on both alike); reports each round, with the CPU
    seconds used by the driver, by the workers and by every other process of
    the machine meanwhile, then the medians and the speed-up (target >= 1.7x).
(b) Memory: the driver's peak RSS (``VmHWM`` of a fresh Python running
    only the annotation; the workers are other processes) while annotating a
    synthetic corpus of ``--rss-articles`` articles (default 100,000; target
    <= 2 GB) from one Parquet file, with ``--rss-workers`` workers (0: one core
    in the driver). The table is written in batches (2,000 workload articles,
    then the same with a numbered line in the body), so the benchmark itself never
    holds it. Skipped with ``--rss-articles 0``.

Run: ``python -m benchmarks.bench_corpus [--articles 2000] [--rss-articles N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import kurilmap
from benchmarks.bench_annotate import workload

WORKERS = 2
TARGET_SPEEDUP = 1.7
TARGET_RSS_GB = 2.0
BATCH = 2_000
ROUNDS = 5
"""One-core and cluster runs, interleaved: the speed-up is their median."""


def write_table(path: Path, n: int, *, seed: int = 4) -> Path:
    """Write ``n`` distinct articles to a Parquet file, ``BATCH`` at a time.

    The first ``BATCH`` come from ``workload``; later batches repeat them with
    a numbered line, so every text (and id and URL) stays distinct
    while generating 100,000 costs little.
    """
    base = workload(min(BATCH, n), seed=seed)
    writer = None
    try:
        for start in range(0, n, BATCH):
            frame = base.head(min(BATCH, n - start)).copy()
            if start:
                frame["text"] = [
                    numbered(text, start + i) for i, text in enumerate(frame["text"])
                ]
            frame["url"] = [
                f"https://example.org/news/{start + i:07d}" for i in range(len(frame))
            ]
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema, compression="zstd")
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()
    return path


def numbered(text: str, number: int) -> str:
    """Add a numbered line in the middle of the body (the end is page footer)."""
    parts = text.split("\n\n")
    middle = len(parts) // 2
    return "\n\n".join([*parts[:middle], f"Dispatch {number:07d}.", *parts[middle:]])


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def busy_seconds() -> float:
    """CPU seconds every process of the machine has used so far (Linux)."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except OSError:
        return float("nan")
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class Usage:
    """Wall time, this process's CPU, the workers' CPU and everyone's, over a run."""

    def __init__(self, client: object = None) -> None:
        self.client = client

    def _workers(self) -> float:
        if self.client is None:
            return 0.0
        times = self.client.run(time.process_time)  # type: ignore[attr-defined]
        return float(sum(times.values()))

    def measure(self, run: Callable[[], object]) -> str:
        wall, mine, workers, everyone = (
            time.perf_counter(),
            time.process_time(),
            self._workers(),
            busy_seconds(),
        )
        run()
        wall = time.perf_counter() - wall
        mine = time.process_time() - mine
        workers = self._workers() - workers
        others = busy_seconds() - everyone - mine - workers
        self.wall = wall
        return (
            f"CPU: driver {mine:.1f} s, workers {workers:.1f} s, other processes "
            f"on the machine {max(others, 0):.1f} s, in {wall:.1f} s"
        )


def speed(n: int, work: Path, shard_size: int, *, rounds: int = ROUNDS) -> None:
    table = write_table(work / "speed.parquet", n)
    small = write_table(work / "small.parquet", 4, seed=9)
    kurilmap.annotate_corpus(small, work / "warm-one", progress=False)
    from distributed import Client

    from kurilmap.news import local_cluster

    start = time.perf_counter()
    with local_cluster(WORKERS) as cluster, Client(cluster) as client:
        started = time.perf_counter() - start
        warm = timed(
            lambda: kurilmap.annotate_corpus(
                small, work / "warm-two", client=client, progress=False
            )
        )
        ones, twos, gains, same = [], [], [], True
        for r in range(rounds):  # interleaved: the machine's load hits both alike
            alone = Usage()
            used_one = alone.measure(
                lambda r=r: kurilmap.annotate_corpus(
                    table, work / f"one-{r}", shard_size=shard_size, progress=False
                )
            )
            together = Usage(client)
            used_two = together.measure(
                lambda r=r: kurilmap.annotate_corpus(
                    table,
                    work / f"two-{r}",
                    client=client,
                    shard_size=shard_size,
                    progress=False,
                )
            )
            ones.append(alone.wall)
            twos.append(together.wall)
            gains.append(alone.wall / together.wall)
            same = same and all(
                (work / f"one-{r}" / "shards" / p.name).read_bytes() == p.read_bytes()
                for p in (work / f"two-{r}" / "shards").iterdir()
            )
            print(
                f"round {r + 1}: one core {alone.wall:.2f} s ({used_one}); "
                f"2 workers {together.wall:.2f} s ({used_two}); "
                f"x{gains[-1]:.2f}"
            )
    one, two, gain = (statistics.median(v) for v in (ones, twos, gains))
    print(f"{n:,} articles of ~5 KB, shards of {shard_size}; {os.cpu_count()} CPUs")
    print(f"one core (in process):         {one:7.2f} s  {n / one:7.0f} articles/s")
    print(
        f"LocalCluster, {WORKERS} process workers: {two:7.2f} s  {n / two:7.0f} "
        f"articles/s  (start-up {started:.2f} s, workers' warm-up {warm:.2f} s, "
        "not counted)"
    )
    verdict = "met" if gain >= TARGET_SPEEDUP else "NOT met"
    print(
        f"speed-up x{gain:.2f}, median of {rounds} interleaved rounds "
        f"(x{min(gains):.2f}-x{max(gains):.2f}; target >= x{TARGET_SPEEDUP}: "
        f"{verdict}); shards byte-identical to the one-core run: {same}"
    )


_RSS_RUN = """
import resource, sys, time
import kurilmap
start = time.perf_counter()
articles = kurilmap.annotate_corpus(
    sys.argv[1], sys.argv[2], workers=int(sys.argv[3]) or None, progress=False)
seconds = time.perf_counter() - start
try:  # this process's own high-water mark (ru_maxrss may carry the parent's)
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    peak = int(hwm.split()[1]) / 2**20
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
print(len(articles), int(articles["mentions"].sum()), seconds, peak)
"""


def memory(n: int, workers: int, work: Path) -> None:
    table = write_table(work / "rss.parquet", n, seed=5)
    size = table.stat().st_size / 2**20
    out = subprocess.run(
        [sys.executable, "-c", _RSS_RUN, str(table), str(work / "rss"), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    count, mentions, seconds, peak = (
        int(out[0]),
        int(out[1]),
        float(out[2]),
        float(out[3]),
    )
    shards = sum(p.stat().st_size for p in (work / "rss" / "shards").iterdir())
    where = f"{workers} workers" if workers else "one core"
    verdict = "met" if peak <= TARGET_RSS_GB else "NOT met"
    print(
        f"{count:,} articles ({size:,.0f} MiB Parquet), {where}: {seconds:,.0f} s, "
        f"{count / seconds:,.0f} articles/s, {mentions:,} mentions, shards "
        f"{shards / 2**20:,.0f} MiB; driver peak RSS {peak:.2f} GiB "
        f"(target <= {TARGET_RSS_GB} GB: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--rss-articles", type=int, default=100_000)
    parser.add_argument("--rss-workers", type=int, default=WORKERS)
    parser.add_argument("--shard-size", type=int, default=200)
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kurilmap-bench-corpus-"))
    try:
        if not args.skip_speed:
            speed(args.articles, work, args.shard_size)
        if args.rss_articles:
            memory(args.rss_articles, args.rss_workers, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
