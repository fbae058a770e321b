"""How fast `kurilmap --help` answers, against a bare interpreter start.

Run: ``make bench`` (or ``python -m benchmarks.bench_startup``). The target is
under 0.3 s: heavy libraries are imported lazily, so the help costs little more
than starting Python.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from benchmarks._timing import command_seconds, report

REPEAT = 15


def main() -> None:
    kurilmap = shutil.which("kurilmap", path=str(Path(sys.executable).parent))
    if kurilmap is None:
        msg = "the kurilmap command is not installed next to this Python"
        raise SystemExit(msg)
    rows = [
        (
            "python -c pass (baseline)",
            command_seconds([sys.executable, "-c", "pass"], repeat=REPEAT),
        ),
        ("kurilmap --help", command_seconds([kurilmap, "--help"], repeat=REPEAT)),
        (
            "python -c 'import geopandas' (what is avoided)",
            command_seconds([sys.executable, "-c", "import geopandas"], repeat=5),
        ),
    ]
    report(rows, baseline="python -c pass (baseline)")
    helps = dict(rows)["kurilmap --help"]
    verdict = "under" if helps < 0.3 else "OVER"
    print(f"kurilmap --help: {helps:.3f} s, {verdict} the 0.3 s target")


if __name__ == "__main__":
    main()
