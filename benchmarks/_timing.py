"""Small timing helpers shared by the benchmarks (median of repeated runs)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def median_seconds(run: Callable[[], object], *, repeat: int) -> float:
    """Median wall time of ``run()`` over ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command_seconds(argv: Sequence[str], *, repeat: int) -> float:
    """Median wall time of a command (output discarded, must exit 0)."""
    return median_seconds(
        lambda: subprocess.run(argv, check=True, stdout=subprocess.DEVNULL),
        repeat=repeat,
    )


def fresh_seconds(statement: str, *, setup: str = "") -> float:
    """Wall time of ``statement`` run once in a fresh Python, ``setup`` untimed.

    For what a first call costs in a new process, when the caches it fills are
    not part of kurilmap's public API (and so cannot be cleared in this one).
    """
    script = (
        f"{setup}\n"
        "import time as _time\n"
        "_start = _time.perf_counter()\n"
        f"{statement}\n"
        "print(_time.perf_counter() - _start)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return float(out.split()[-1])


def report(rows: list[tuple[str, float]], *, baseline: str) -> None:
    """Print each measurement with its ratio to the baseline row."""
    base = dict(rows)[baseline]
    for name, seconds in rows:
        print(f"{name:<44} {seconds * 1000:8.1f} ms   x{seconds / base:6.2f}")
