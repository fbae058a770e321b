"""Would natasha (ru) or GiNZA (ja) improve kurilmap's places and speakers? (issue 14)

Scores, on the Russian and Japanese reports of the evaluation set
(``benchmarks/eval/{ru,ja}/*.json``), in one run:

- **places**: natasha's ``LOC`` spans (their normal form, then the text as
  written) and GiNZA's entities whose extended label maps to OntoNotes
  ``GPE``/``LOC``/``FAC``, each resolved with ``kurilmap.geocode`` (the top
  candidate when its score is at least ``HIGH_SCORE``), against the gold
  ``places``; next to kurilmap's own ``annotate`` (rows matched by name) and the
  union of both — precision and recall, counted as ``eval_annotate`` does;
- **speakers**: for each gold quote, the nearest person entity (natasha ``PER``
  with its nominative normal form and ``fact``, GiNZA ``Person``) before the
  opening quotation mark in the same or the previous sentence, mapped to a person
  id by its surname in ``data/people.csv`` (``surname_en/ru/ja/ja_kana``); next to
  ``kurilmap.quotes``' ``speaker_id`` — accuracy against every gold quote's
  ``speaker`` (a quote kurilmap does not find counts as wrong). A variant takes
  the nearest entity on either side in the quote's sentence first (Russian
  reports put the speaker after the quote: «…», — сказал Лавров); a last column
  keeps kurilmap's speaker and takes that variant's only where kurilmap has none,
  and a control does the same with no model at all (register surnames found by a
  regular expression, sentences split at end punctuation: ``register_names``);
- **cost**: load time of the models, seconds per report (NLP parse + geocoding
  of its spans, and kurilmap's ``annotate`` + ``quotes``), and the installed size
  (``du``) of the packages the extra brings that kurilmap does not already need.

Needs the extras, which the project does not depend on; run from the repo in a
separate venv::

    python3 -m venv /tmp/nlpvenv
    /tmp/nlpvenv/bin/pip install -e . natasha ja-ginza
    HF_HUB_OFFLINE=1 /tmp/nlpvenv/bin/python -m benchmarks.eval_nlp [--lang ru] [--show]

Nothing may be downloaded: the models ship inside the PyPI packages (natasha's
in ``natasha``/``navec``/``slovnet``, GiNZA's in ``ja-ginza``). An audit hook
refuses every network connection and the run reports any attempt as a failure.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata as md
import os
import re
import subprocess
import sys
import sysconfig
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ.setdefault(_var, "1")

NETWORK_ATTEMPTS: list[str] = []


def _no_network(event: str, args: tuple[Any, ...]) -> None:
    """Refuse (and record) every connection: a model must not be downloaded."""
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        NETWORK_ATTEMPTS.append(f"{event} {args!r:.120}")
        msg = f"eval_nlp: network access refused ({event}); no download at run time"
        raise RuntimeError(msg)


sys.addaudithook(_no_network)

import kurilmap  # noqa: E402
from benchmarks.eval_annotate import _same_text, reports  # noqa: E402
from kurilmap.errors import KurilmapError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = ROOT / "data" / "people.csv"
HIGH_SCORE = 0.85
"""Take geocode's top candidate when its score is at least this: an exact or
normalised match of a name of weight >= 0.87, or a fuzzy match of ratio >= 90."""
GINZA_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
EXTRAS = {"ru": "natasha", "ja": "ja-ginza"}
SURNAME_COLUMNS = ("surname_en", "surname_ru", "surname_ja", "surname_ja_kana")


# ---------------------------------------------------------------- the NLP side


@dataclass
class Entity:
    """A named entity found by the NLP: its offsets, kind and forms."""

    start: int
    end: int
    kind: str  # "place" or "person"
    text: str
    forms: list[str] = field(default_factory=list)  # to geocode / match, in order


@dataclass
class Parsed:
    """One report read by the NLP: entities and sentence offsets."""

    entities: list[Entity]
    sentences: list[tuple[int, int]]


class Natasha:
    """natasha's news models (segmenter, morphology, NER, name facts)."""

    lang = "ru"

    def __init__(self) -> None:
        from natasha import (
            Doc,
            MorphVocab,
            NamesExtractor,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )

        self._doc = Doc
        self.segmenter = Segmenter()
        self.vocab = MorphVocab()
        emb = NewsEmbedding()
        self.morph = NewsMorphTagger(emb)
        self.ner = NewsNERTagger(emb)
        self.names = NamesExtractor(self.vocab)

    def parse(self, text: str) -> Parsed:
        doc = self._doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.tag_ner(self.ner)
        entities = []
        for span in doc.spans:
            if span.type not in ("LOC", "PER"):
                continue
            span.normalize(self.vocab)
            kind = "place" if span.type == "LOC" else "person"
            forms = [span.normal or span.text, span.text]
            if kind == "person":
                span.extract_fact(self.names)
                fact = span.fact.as_dict if span.fact else {}
                forms = [fact.get("last", ""), fact.get("first", ""), *forms]
            entities.append(
                Entity(span.start, span.stop, kind, span.text, _unique(forms))
            )
        sentences = [(s.start, s.stop) for s in doc.sents]
        return Parsed(entities, sentences)


class Ginza:
    """GiNZA (spaCy ``ja_ginza``): extended named entities mapped to OntoNotes."""

    lang = "ja"

    def __init__(self) -> None:
        import spacy
        from ginza import ENE_ONTONOTES_MAPPING

        self.mapping = ENE_ONTONOTES_MAPPING
        self.nlp = spacy.load("ja_ginza")

    def parse(self, text: str) -> Parsed:
        doc = self.nlp(text)
        entities = []
        for ent in doc.ents:
            label = self.mapping.get(ent.label_, ent.label_)
            if label in GINZA_PLACE_LABELS:
                kind = "place"
            elif label == "PERSON" and ent.label_ == "Person":
                kind = "person"
            else:
                continue
            entities.append(
                Entity(ent.start_char, ent.end_char, kind, ent.text, [ent.text])
            )
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        return Parsed(entities, sentences)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i.strip() for i in items if i and i.strip()))


def place_of(entity: Entity) -> tuple[str | None, str]:
    """The gazetteer id the entity names (top candidate, score >= HIGH_SCORE)."""
    notes = []
    for form in entity.forms:
        try:
            hit = kurilmap.geocode(form).iloc[0]
        except KurilmapError:
            notes.append(f"{form}: none")
            continue
        if float(hit["score"]) >= HIGH_SCORE:
            return str(hit["id"]), f"{form} → {hit['id']} ({hit['score']:.2f})"
        notes.append(f"{form}: {hit['id']} {hit['score']:.2f} < {HIGH_SCORE}")
    return None, "; ".join(notes)


# ------------------------------------------------------------------ the people


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return re.sub(r"[\s・·=＝.\-]+", " ", text).strip()


class People:
    """Person ids by surname (en/ru/ja/ja-kana columns of ``data/people.csv``)."""

    def __init__(self, path: Path = PEOPLE) -> None:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        self.rows = rows
        self.ids = {r["id"] for r in rows}
        self.by_surname: dict[str, str] = {}
        for r in rows:
            for col in SURNAME_COLUMNS:
                if r.get(col):
                    self.by_surname.setdefault(_fold(r[col]), r["id"])

    def find(self, entity: Entity, lang: str) -> str | None:
        """The person an entity names: a surname equal to one of its words (ru),
        or its start (a kanji surname) or end (a katakana surname) (ja)."""
        for form in entity.forms:
            folded = _fold(form)
            if lang == "ja":
                compact = folded.replace(" ", "")
                for surname, pid in self.by_surname.items():
                    s = surname.replace(" ", "")
                    if compact == s or compact.startswith(s) or compact.endswith(s):
                        return pid
                continue
            for word in [folded, *folded.split()]:
                if word in self.by_surname:
                    return self.by_surname[word]
        return None


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"„A-ZА-ЯЁ])|(?<=[。！？])|\n+")


def register_names(text: str, people: People, lang: str) -> Parsed:
    """The no-model control: register surnames found by a regular expression
    (Russian: the stem and up to three letters of ending), sentences split at
    end punctuation. What the speaker rule gets without any NER."""
    entities = []
    for r in people.rows:
        surname = r.get("surname_ru" if lang == "ru" else "surname_ja") or ""
        if not surname:
            continue
        if lang == "ru":
            stem = surname[:-1] if surname[-1] in "ая" else surname
            pattern = rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)"
        else:
            pattern = re.escape(surname)
        for m in re.finditer(pattern, text):
            entities.append(Entity(m.start(), m.end(), "person", m[0], [surname]))
    sentences, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            sentences.append((start, m.start()))
        start = m.end()
    sentences.append((start, len(text)))
    return Parsed(sorted(entities, key=lambda e: e.start), sentences)


def _sentence_of(parsed: Parsed, offset: int) -> int:
    for i, (start, end) in enumerate(parsed.sentences):
        if start <= offset < end:
            return i
    return max(
        (i for i, (start, _) in enumerate(parsed.sentences) if start <= offset),
        default=0,
    )


def nlp_speaker(
    parsed: Parsed, text: str, quote: str, people: People, lang: str, *, either: bool
) -> tuple[str | None, str]:
    """The speaker of a quote by the nearest person entity (see the docstring)."""
    at = text.find(quote)
    if at < 0:
        return None, "quote not in text"
    end = at + len(quote)
    opening = at - 1 if at > 0 else at  # the quotation mark
    s = _sentence_of(parsed, at)
    bounds = parsed.sentences
    persons = [e for e in parsed.entities if e.kind == "person"]

    def in_sentence(e: Entity, i: int) -> bool:
        return 0 <= i < len(bounds) and bounds[i][0] <= e.start < bounds[i][1]

    before_same = [e for e in persons if e.end <= opening + 1 and in_sentence(e, s)]
    before_prev = [e for e in persons if e.end <= opening + 1 and in_sentence(e, s - 1)]
    after_same = [
        e
        for e in persons
        if e.start >= end and in_sentence(e, _sentence_of(parsed, end))
    ]
    if either:
        # Nearest in the quote's sentence, before or after; then the previous one.
        near = sorted(
            [(opening - e.end, e) for e in before_same]
            + [(e.start - end, e) for e in after_same],
            key=lambda t: t[0],
        )
        order = [e for _, e in near] + sorted(before_prev, key=lambda e: -e.end)
    else:
        order = sorted(before_same, key=lambda e: -e.end) + sorted(
            before_prev, key=lambda e: -e.end
        )
    if not order:
        return None, "no person entity"
    pick = order[0]
    return people.find(pick, lang), pick.text


# --------------------------------------------------------------------- scoring


class Counts:
    """hits / found / gold per measure."""

    def __init__(self) -> None:
        self.hit: dict[str, int] = defaultdict(int)
        self.found: dict[str, int] = defaultdict(int)
        self.gold: dict[str, int] = defaultdict(int)

    def add(self, key: str, found: set[str], gold: set[str]) -> None:
        self.hit[key] += len(found & gold)
        self.found[key] += len(found)
        self.gold[key] += len(gold)

    def pr(self, key: str) -> tuple[float, float]:
        p = self.hit[key] / self.found[key] if self.found[key] else 1.0
        r = self.hit[key] / self.gold[key] if self.gold[key] else 1.0
        return p, r


@dataclass
class LangResult:
    """Everything measured on one language."""

    lang: str
    reports: int = 0
    counts: Counts = field(default_factory=Counts)
    load_s: float = 0.0
    nlp_s: float = 0.0
    kurilmap_s: float = 0.0
    kurilmap_errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def evaluate(lang: str, engine: Any, load_s: float, people: People) -> LangResult:
    res = LangResult(lang, load_s=load_s)
    c = res.counts
    for report in reports(lang):
        res.reports += 1
        name = report["path"].name
        text, gold = report["text"], report["gold"]
        gold_places = set(gold.get("places", []))

        t0 = time.perf_counter()
        parsed = engine.parse(text)
        nlp_places: dict[str, str] = {}
        for e in parsed.entities:
            if e.kind == "place":
                pid, why = place_of(e)
                if pid:
                    nlp_places.setdefault(pid, why)
                else:
                    res.misses.append(
                        f"{name}: NLP place unresolved {e.text!r} ({why})"
                    )
        res.nlp_s += time.perf_counter() - t0

        t0 = time.perf_counter()
        try:
            article = kurilmap.Article.from_text(
                text, date=report["date"], outlet=report.get("outlet")
            )
            rows = kurilmap.annotate(article)
            said = kurilmap.quotes(article).to_dict("records")
        except Exception as exc:  # the library is being edited now
            res.kurilmap_errors.append(f"{name}: {type(exc).__name__}: {exc}"[:300])
            rows, said = None, None
        res.kurilmap_s += time.perf_counter() - t0

        found_nlp = set(nlp_places)
        c.add("places nlp", found_nlp, gold_places)
        for pid in sorted(found_nlp - gold_places):
            res.misses.append(f"{name}: NLP place wrong {pid} ({nlp_places[pid]})")
        for pid in sorted(gold_places - found_nlp):
            res.misses.append(f"{name}: NLP place missed {pid}")
        if rows is not None:
            found_k = set(rows.loc[rows["match"] == "name", "place_id"])
            c.add("places kurilmap", found_k, gold_places)
            c.add("places union", found_k | found_nlp, gold_places)
            for pid in sorted((found_nlp - found_k) & gold_places):
                res.misses.append(f"{name}: NLP adds right {pid}")
            for pid in sorted((found_nlp - found_k) - gold_places):
                res.misses.append(f"{name}: NLP adds wrong {pid}")

        names = register_names(text, people, lang)
        found_quotes = [q for q in said or [] if q["kind"] == "quote"]
        used: set[int] = set()
        for g in gold.get("quotes", []):
            want = g.get("speaker")
            c.gold["speakers"] += 1
            c.gold["in register"] += want in people.ids
            nlp_got: str | None = None
            for key, either in (("speakers nlp", False), ("speakers nlp±", True)):
                got, who = nlp_speaker(
                    parsed, text, g["text"], people, lang, either=either
                )
                nlp_got = got
                c.hit[key] += got == want
                c.found[key] += 1
                if got != want and not either:
                    res.misses.append(
                        f"{name}: NLP speaker of {g['text'][:30]!r}: {got} "
                        f"[{who}] (gold {want})"
                    )
            names_got, _ = nlp_speaker(
                names, text, g["text"], people, lang, either=True
            )
            if said is None:
                continue
            pick = next(
                (
                    i
                    for i, q in enumerate(found_quotes)
                    if i not in used and _same_text(q["text"], g["text"])
                ),
                None,
            )
            c.found["speakers kurilmap"] += 1
            c.found["speakers fallback"] += 1
            c.found["speakers names"] += 1
            if pick is not None:
                used.add(pick)
                k_got = found_quotes[pick]["speaker_id"]
                if not isinstance(k_got, str) or not k_got:
                    k_got = None  # None or NaN: no speaker
                c.hit["speakers kurilmap"] += k_got == want
                # kurilmap's speaker; the NLP's (either side) where it has none
                c.hit["speakers fallback"] += (k_got or nlp_got) == want
                c.hit["speakers names"] += (k_got or names_got) == want
                if not k_got and nlp_got:
                    res.misses.append(
                        f"{name}: kurilmap has no speaker for {g['text'][:30]!r}; "
                        f"NLP says {nlp_got} (gold {want})"
                    )
    return res


# ------------------------------------------------------------------------ cost


def _requires(dist: str) -> set[str]:
    """The distribution and everything it needs (no extras), by normalised name."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [dist]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        try:
            reqs = md.requires(name) or []
        except md.PackageNotFoundError:
            continue
        seen.add(name)
        for line in reqs:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def extra_size(dist: str) -> tuple[str, list[str]]:
    """``du`` of the site-packages entries of what ``dist`` adds to kurilmap."""
    names = sorted(_requires(dist) - _requires("kurilmap"))
    site = Path(sysconfig.get_paths()["purelib"])
    tops: set[str] = set()
    for name in names:
        for f in md.distribution(name).files or []:
            top = f.parts[0]
            if top not in ("..", "__pycache__") and (site / top).exists():
                tops.add(top)
    out = subprocess.run(
        ["du", "-sch", *sorted(tops)],
        cwd=site,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip().splitlines()[-1].split()[0], names


def kurilmap_load_s() -> float:
    """kurilmap's first call (its tables and indexes), on a one-line article."""
    t0 = time.perf_counter()
    try:
        a = kurilmap.Article.from_text("Итуруп\n\nЛавров: «Да», — сказал он.")
        kurilmap.annotate(a)
        kurilmap.quotes(a)
        b = kurilmap.Article.from_text("択捉島\n\nラブロフ外相は「はい」と述べた。")
        kurilmap.annotate(b)
        kurilmap.quotes(b)
    except Exception:  # reported by the per-report errors
        pass
    return time.perf_counter() - t0


# ----------------------------------------------------------------------- main


def _pr(c: Counts, key: str) -> str:
    if not c.gold[key]:
        return f"{'n/a':>26}"
    p, r = c.pr(key)
    return f"P {p:4.0%} R {r:4.0%} ({c.hit[key]}/{c.found[key]}/{c.gold[key]})"


def _acc(c: Counts, key: str) -> str:
    if not c.found[key]:
        return "n/a"
    return f"{c.hit[key] / c.gold['speakers']:4.0%} ({c.hit[key]}/{c.gold['speakers']})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=["ja", "ru"])
    parser.add_argument("--show", action="store_true", help="list NLP misses")
    args = parser.parse_args()
    langs = [args.lang] if args.lang else ["ru", "ja"]
    people = People()

    k_load = kurilmap_load_s()
    print(f"kurilmap: first call (tables, indexes) {k_load:.2f} s")
    results = []
    for lang in langs:
        t0 = time.perf_counter()
        engine = Natasha() if lang == "ru" else Ginza()
        load = time.perf_counter() - t0
        results.append(evaluate(lang, engine, load, people))

    print(f"\nplaces: P/R (hits/found/gold); NLP spans geocoded, score >= {HIGH_SCORE}")
    print(f"{'lang':5}{'kurilmap annotate':>30}{'NLP':>30}{'kurilmap ∪ NLP':>30}")
    for r in results:
        c = r.counts
        print(
            f"{r.lang:5}{_pr(c, 'places kurilmap'):>30}{_pr(c, 'places nlp'):>30}"
            f"{_pr(c, 'places union'):>30}"
        )
    print("\nspeakers: accuracy over every gold quote (right/gold)")
    print(
        f"{'lang':5}{'kurilmap quotes':>18}{'NLP preceding':>18}"
        f"{'NLP either side':>18}{'kurilmap, else NLP':>20}"
        f"{'kurilmap, else names':>22}{'gold in people':>16}"
    )
    for r in results:
        c = r.counts
        reg = f"{c.gold['in register']}/{c.gold['speakers']}"
        print(
            f"{r.lang:5}{_acc(c, 'speakers kurilmap'):>18}{_acc(c, 'speakers nlp'):>18}"
            f"{_acc(c, 'speakers nlp±'):>18}{_acc(c, 'speakers fallback'):>20}"
            f"{_acc(c, 'speakers names'):>22}{reg:>16}"
        )
    print("\ncost")
    print(
        f"{'lang':5}{'extra':>10}{'model load s':>14}{'NLP s/report':>14}"
        f"{'kurilmap s/report':>19}{'installed size':>16}"
    )
    for r in results:
        size, names = extra_size(EXTRAS[r.lang])
        print(
            f"{r.lang:5}{EXTRAS[r.lang]:>10}{r.load_s:>14.2f}"
            f"{r.nlp_s / r.reports:>14.3f}{r.kurilmap_s / r.reports:>19.3f}{size:>16}"
        )
        print(f"     {len(names)} packages beyond kurilmap's: {', '.join(names)}")
    print(f"\nnetwork attempts: {len(NETWORK_ATTEMPTS)}")
    for a in NETWORK_ATTEMPTS:
        print("  ", a)
    for r in results:
        if r.kurilmap_errors:
            print(f"\n{r.lang}: kurilmap failed on {len(r.kurilmap_errors)} reports:")
            print("  " + "\n  ".join(r.kurilmap_errors[:3]))
        if args.show:
            print(f"\n{r.lang}:\n  " + "\n  ".join(r.misses))
    if NETWORK_ATTEMPTS:
        sys.exit(1)


if __name__ == "__main__":
    main()
