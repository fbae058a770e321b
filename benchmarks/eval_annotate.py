"""Score kurilmap's reading of the news against the evaluation set.

``benchmarks/eval/<lang>/*.json`` holds reports on the dispute with hand-made
gold annotations (see ``benchmarks/eval/README.md``). For each language this
reports precision and recall of:

- **places**: the places named (``annotate`` rows matched by name) against
  the gold gazetteer ids, each once per report;
- **dates**: the date expressions found (``timeline``) against the gold ones,
  matched by overlapping text; *resolved* when ``start`` and ``end`` agree too,
  and the tense when it does;
- **quotes**: the quotations found (``quotes``, kind ``quote``) against the
  gold ones, matched by text (one contains the other, or 80 % of the words
  shared); *speakers*: the matched quotes whose ``speaker_id`` is the gold one
  (for a speaker not in the ``people`` register, whose reported name is the
  gold speaker's surname);
- **terms**: names and terms in quotation marks kept apart from speech.

Run ``python -m benchmarks.eval_annotate`` (``--lang ja``, ``--show`` to list
every miss, ``--holdout`` for the held-out reports in ``eval/holdout/``, which
were written after the rules and never used to develop them). The figures go
in the README; nothing here asserts a threshold.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import kurilmap

EVAL = Path(__file__).parent / "eval"
FIELDS = ("places", "dates", "dates resolved", "tense", "quotes", "speakers", "terms")


def reports(lang: str | None = None, *, holdout: bool = False) -> list[dict[str, Any]]:
    """Every report of the evaluation set (of one language), in file order.

    ``holdout``: the reports written after the rules, never looked at while
    developing them (``eval/holdout/``).
    """
    out = []
    root = EVAL / "holdout" if holdout else EVAL
    for path in sorted(root.glob(f"{lang or '[a-z][a-z]'}/*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        report["path"] = path
        out.append(report)
    return out


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\"'“”‘’«»「」『』.,!?。、…—–-]+", " ", text).strip()


def _same_text(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    wx, wy = set(x.split()), set(y.split())
    if len(wx) > 1 and len(wy) > 1:
        return len(wx & wy) / max(len(wx), len(wy)) >= 0.8
    return False


def _same_person(found: dict[str, Any], gold: dict[str, Any]) -> bool:
    """A speaker outside the register is right when named as the gold names them.

    kurilmap can give an id only to someone in its ``people`` register; for
    anyone else the surname it reports must be the gold speaker's.
    """
    if gold.get("speaker") in _register() or not gold.get("speaker_name"):
        return False
    said = found.get("speaker")
    if not isinstance(said, str) or not said:
        return False
    names = [str(gold["speaker_name"])]
    if gold.get("speaker_written"):  # the name in the report's own script
        names.append(str(gold["speaker_written"]))
    for name in names:
        surname = _norm(name).split()[-1] if " " in _norm(name) else _norm(name)
        if surname in _norm(said) or _norm(said) in surname:
            return True
    return False


_PEOPLE: set[str] = set()


def _register() -> set[str]:
    if not _PEOPLE:
        _PEOPLE.update(str(i) for i in kurilmap.load("people")["id"])
    return _PEOPLE


def _pair(
    gold: list[dict[str, Any]], found: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[Any], list[Any]]:
    """Pair each gold item with the first unused found one of the same text.

    Returns the pairs, the gold items left unpaired and the found ones.
    """
    pairs, missed, used = [], [], set()
    for g in gold:
        pick = next(
            (
                i
                for i, f in enumerate(found)
                if i not in used and _same_text(f["text"], g["text"])
            ),
            None,
        )
        if pick is None:
            missed.append(g)
            continue
        used.add(pick)
        pairs.append((g, found[pick]))
    return pairs, missed, [f for i, f in enumerate(found) if i not in used]


class Tally:
    """True positives, found and gold counts per field."""

    def __init__(self) -> None:
        self.hit: dict[str, int] = defaultdict(int)
        self.found: dict[str, int] = defaultdict(int)
        self.gold: dict[str, int] = defaultdict(int)
        self.misses: list[str] = []

    def add(self, field: str, hit: int, found: int, gold: int) -> None:
        self.hit[field] += hit
        self.found[field] += found
        self.gold[field] += gold

    def row(self, field: str) -> tuple[float, float]:
        p = self.hit[field] / self.found[field] if self.found[field] else 1.0
        r = self.hit[field] / self.gold[field] if self.gold[field] else 1.0
        return p, r


def score(report: dict[str, Any], tally: Tally) -> None:
    """Read one report and add what it got right to ``tally``."""
    gold = report["gold"]
    name = report["path"].name
    article = kurilmap.Article.from_text(
        report["text"], date=report["date"], outlet=report.get("outlet")
    )
    rows = kurilmap.annotate(article)
    found_places = set(rows.loc[rows["match"] == "name", "place_id"])
    gold_places = set(gold.get("places", []))
    tally.add(
        "places",
        len(found_places & gold_places),
        len(found_places),
        len(gold_places),
    )
    for pid in sorted(gold_places - found_places):
        tally.misses.append(f"{name}: place missed {pid}")
    for pid in sorted(found_places - gold_places):
        tally.misses.append(f"{name}: place wrong {pid}")

    dates = kurilmap.timeline(article).to_dict("records")
    gold_dates = gold.get("dates", [])
    pairs, missed, extra = _pair(gold_dates, dates)
    tally.misses += [f"{name}: date missed {g['text']!r}" for g in missed]
    resolved = tense = 0
    for g, d in pairs:
        if d["start"] == g["start"] and d["end"] == g["end"]:
            resolved += 1
        else:
            tally.misses.append(
                f"{name}: date {g['text']!r} → {d['start']}..{d['end']} "
                f"(gold {g['start']}..{g['end']})"
            )
        tense += d["tense"] == g.get("tense")
    tally.misses += [f"{name}: date extra {d['text']!r}" for d in extra]
    tally.add("dates", len(pairs), len(dates), len(gold_dates))
    tally.add("dates resolved", resolved, len(dates), len(gold_dates))
    tally.add("tense", tense, len(pairs), len(pairs))

    said = kurilmap.quotes(article).to_dict("records")
    found_quotes = [q for q in said if q["kind"] == "quote"]
    found_terms = [q["text"] for q in said if q["kind"] == "term"]
    gold_quotes = gold.get("quotes", [])
    pairs, missed, extra = _pair(gold_quotes, found_quotes)
    tally.misses += [f"{name}: quote missed {g['text'][:40]!r}" for g in missed]
    right = 0
    for g, q in pairs:
        got = q["speaker_id"] if isinstance(q["speaker_id"], str) else None  # NaN
        if got == g.get("speaker") or _same_person(q, g):
            right += 1
        else:
            tally.misses.append(
                f"{name}: speaker of {g['text'][:30]!r}: "
                f"{got or q['speaker']} (gold {g.get('speaker')})"
            )
    tally.misses += [f"{name}: quote extra {q['text'][:40]!r}" for q in extra]
    tally.add("quotes", len(pairs), len(found_quotes), len(gold_quotes))
    tally.add("speakers", right, len(pairs), len(gold_quotes))
    gold_terms = gold.get("terms", [])
    hits = sum(any(_same_text(t, g) for t in found_terms) for g in gold_terms)
    tally.add("terms", hits, len(found_terms), len(gold_terms))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=["en", "ja", "ru"])
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument(
        "--holdout",
        action="store_true",
        help="score the held-out reports (written after the rules) instead",
    )
    args = parser.parse_args()
    langs = [args.lang] if args.lang else ["en", "ja", "ru"]
    print(f"{'':6}{'field':16}{'precision':>10}{'recall':>9}  (hits / found / gold)")
    for lang in langs:
        tally = Tally()
        items = reports(lang, holdout=args.holdout)
        start = time.perf_counter()
        for report in items:
            score(report, tally)
        seconds = time.perf_counter() - start
        for field in FIELDS:
            p, r = tally.row(field)
            print(
                f"{lang:6}{field:16}{p:>10.0%}{r:>9.0%}  "
                f"({tally.hit[field]} / {tally.found[field]} / {tally.gold[field]})"
            )
        print(f"{lang:6}{len(items)} reports in {seconds:.1f} s\n")
        if args.show:
            print("\n".join(tally.misses), "\n")


if __name__ == "__main__":
    main()
