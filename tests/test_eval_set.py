"""The evaluation set of news reports: well formed, and read as well as measured.

The thresholds are the news issue's targets; the figures themselves are
measured by ``python -m benchmarks.eval_annotate`` and reported in the README.
A drop below a target here is a regression in reading the news.
"""

from __future__ import annotations

import pytest

import kurilmap
from benchmarks.eval_annotate import Tally, reports, score

LANGS = ("en", "ja", "ru")
TARGETS = {
    "places": (0.95, 0.95),
    "dates resolved": (0.85, 0.85),
    "quotes": (0.90, 0.90),
    "speakers": (0.85, 0.85),
}


@pytest.mark.parametrize("holdout", [False, True], ids=["dev", "holdout"])
def test_every_report_is_well_formed(holdout):
    found = reports(holdout=holdout)
    if holdout and not found:
        pytest.skip("no held-out reports")
    places = set(kurilmap.load("gazetteer")["id"])
    for report in found:
        where = report["path"].name
        assert report["lang"] in LANGS, where
        assert report["lang"] == report["path"].parent.name, where
        kurilmap.vocab.as_date(report["date"])
        text, gold = report["text"], report["gold"]
        assert set(gold.get("places", [])) <= places, where
        for d in gold.get("dates", []):
            assert d["text"] in text, (where, d["text"])
            assert d["start"] <= d["end"], (where, d)
        for q in gold.get("quotes", []):
            assert q["text"] in text, (where, q["text"])
        for t in gold.get("terms", []):
            assert t in text, (where, t)
        assert report.get("basis"), where


@pytest.mark.parametrize("lang", LANGS)
def test_the_news_is_read_to_the_targets(lang):
    tally = Tally()
    for report in reports(lang):
        score(report, tally)
    below = []
    for field, (precision, recall) in TARGETS.items():
        p, r = tally.row(field)
        if p < precision or r < recall:
            below.append(f"{field}: precision {p:.0%}, recall {r:.0%}")
    assert below == [], "\n".join([*below, *tally.misses[:30]])
