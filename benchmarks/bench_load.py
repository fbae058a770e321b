"""How long validated loading takes, against parsing the same file's JSON/CSV.

The ratio is the price of validation and typing (every rule of the contract).
"""

from __future__ import annotations

import csv
import json

import kurilmap
from benchmarks._timing import median_seconds, report
from kurilmap import datasets

REPEAT = 7


def main() -> None:
    for name in ("islands", "context", "populations"):
        path = datasets.path(name)
        if path.suffix == ".geojson":

            def parse(p=path):
                return json.loads(p.read_text(encoding="utf-8"))
        else:

            def parse(p=path):
                return list(csv.reader(p.open(encoding="utf-8")))

        baseline = f"{name}: parse only ({path.stat().st_size // 1024} KiB)"
        rows = [
            (baseline, median_seconds(parse, repeat=REPEAT)),
            (
                f"{name}: kurilmap.load (validated)",
                median_seconds(lambda n=name: kurilmap.load(n), repeat=REPEAT),
            ),
        ]
        report(rows, baseline=baseline)


if __name__ == "__main__":
    main()
