"""The bundle and the handout against the figure they are made of.

Reports, in one run (warm, in one process): one static figure saved as PNG and
PDF (the baseline), the one-page handout saved as PDF, a bundle of one view in
one language, and the default bundle (four views, English), each with its
ratio to the baseline, and the default bundle's files and size. The bundle is
about a figure's cost per figure plus a fraction per map: nothing else should
dominate.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import kurilmap
from benchmarks._timing import median_seconds, report

DATE = "2024-01-01"


def main() -> None:
    work = Path(tempfile.mkdtemp())

    def figure() -> None:
        ax = kurilmap.plot("neutral", date=DATE)
        kurilmap.save_figure(ax.figure, work / "f.png")
        kurilmap.save_figure(ax.figure, work / "f.pdf")
        plt.close("all")

    def handout() -> None:
        kurilmap.save_figure(kurilmap.handout(date=DATE), work / "h.pdf")
        plt.close("all")

    def bundle(views: list[str] | None, name: str) -> None:
        shutil.rmtree(work / name, ignore_errors=True)
        kurilmap.bundle(work / name, views=views, date=DATE)  # type: ignore[arg-type]

    figure()  # warm the caches (data, fonts) before timing
    rows = [
        ("figure, PNG + PDF (baseline)", median_seconds(figure, repeat=3)),
        ("handout, PDF", median_seconds(handout, repeat=3)),
        (
            "bundle, one view, English",
            median_seconds(lambda: bundle(["neutral"], "one"), repeat=2),
        ),
        (
            "bundle, four views, English",
            median_seconds(lambda: bundle(None, "all"), repeat=1),
        ),
    ]
    report(rows, baseline="figure, PNG + PDF (baseline)")
    files = [p for p in (work / "all").rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"default bundle: {len(files)} files, {size:.1f} MiB")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
