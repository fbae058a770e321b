"""Who said it: attribute quotations to speakers, in the forms news uses.

``"…," Lavrov told the press`` · ``"…" he said`` · ``said Kono`` · ``the Prime
Minister said`` · ``Kan called the visit "…"`` · ``according to Iwaya, "…"`` ·
``«…», — сказал Путин`` · ``По словам Лаврова, «…»`` · ``«…», — говорится в
заявлении МИД`` · ``河野外相は「…」と述べた`` · ``「…」と述べた`` with no subject.

:class:`Speakers` reads an article sentence by sentence and remembers whom it
named: a role ("the prime minister", 首相, «глава МИД»), a pronoun ("he",
«он») or a dropped Japanese subject is the person the article named before
with that role (or last named), and a role alone is the person who held the
office on the article's date (the ``offices`` dataset). A quotation alone in
the next sentence keeps the previous speaker. Text in quotation marks that is
not speech is a ``term`` (:mod:`kurilmap.news.quoting`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kurilmap.datasets import missing
from kurilmap.news.names import Mention, mentions, register, registered
from kurilmap.news.outsiders import introduced, others, written_name
from kurilmap.news.quick import script_lang
from kurilmap.news.quoting import SAY_EN, Cue, speech_cue
from kurilmap.news.roles import (
    COUNTRY_WORDS,
    OFFICE_TITLES,
    OFFICES,
    PATTERN_LANGS,
    default_country,
    holders,
    matches,
    offices_of,
)
from kurilmap.news.sentences import Quote, quotations

__all__ = ["Speakers", "attribute", "people_in", "person"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_SUBJECT = re.compile(
    r"(?:さん|氏|[一-龯ァ-ヴー々]{0,8}?)"
    r"(?:（[^）]{0,12}）|\([^)]{0,12}\)|＝[^＝]{0,10}＝|、)*[はがも]"
)
_PREPOSITION = re.compile(
    r"\b(?:with|to|for|of|by|from|on|at|about|against|and|between|met|meet|"
    r"meeting|urged|told|asked)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$",
)
_ROLE_WORDS = {
    "prime-minister": "prime minister",
    "foreign-minister": "foreign minister",
    "chief-cabinet-secretary": "chief cabinet secretary",
    "defence-minister": "defence minister",
    "president": "president",
    "press-secretary": "press secretary",
    "spokesperson": "spokes",
    "deputy-foreign-minister": "deputy foreign minister",
    "deputy-prime-minister": "deputy prime minister",
    "governor": "governor",
    "mayor": "mayor",
    "minister": "minister",
}
_BACK_KIND = {
    "ministry": ("ministry", "министерств", "мид", "ведомств", "省"),
    "embassy": ("embassy", "посольств", "大使館"),
}
_BACK_DEFAULT = {("ru", "мид"): "russia-mfa", ("ja", "外務省"): "japan-mfa"}
_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?" + SAY_EN)


def person(name: str) -> dict[str, Any] | None:
    """Find a person of the register by a name as written (any language, any case).

    Examples
    --------
    >>> person("Лаврова")["id"], person("河野")["id"], person("Kono")["id"]
    ('sergei-lavrov', 'taro-kono', 'taro-kono')
    """
    reg = register()
    lang = "ru" if _CYRILLIC.search(name) else "ja" if _CJK.search(name) else "en"
    order = list(reg.rows)  # an ambiguous name: the person registered first
    for m in mentions(name, lang, reg):
        if m.kind == "name":
            return reg.rows[min(m.ids, key=order.index)]
    if lang == "ja":  # a bare surname: 河野
        for written, ids in reg.cjk:
            if written == name.strip():
                return reg.rows[min(ids, key=order.index)]
    return None


def people_in(text: str) -> set[str]:
    """Return the English surnames of the register's people a text names.

    Examples
    --------
    >>> sorted(people_in("По словам Лаврова, Абэ и 河野外相 ..."))
    ['Abe', 'Kono', 'Lavrov']
    """
    reg = register()
    lang = script_lang(text)
    found = set()
    for m in registered(text, lang, reg):
        if len(m.ids) == 1 and reg.is_person(m.ids[0]):
            found.add(str(reg.rows[m.ids[0]]["surname_en"]))
    if lang == "ja" and re.search(r"[A-Za-z]", text):
        found |= people_in(re.sub(r"[^\x00-\x7f]+", " ", text))
    return found


class Speakers:
    """Attribute an article's quotations, remembering whom it named before.

    Call :meth:`attribute` for every sentence of the article, in order (with
    no quotations, too: the names it writes are remembered).

    Parameters
    ----------
    lang
        ``en``, ``ru`` or ``ja``.
    date
        The article's date: a role alone is the person in that office then.

    Examples
    --------
    >>> from kurilmap.news.sentences import quotations
    >>> s = Speakers("en", dt.date(2024, 2, 7))
    >>> p = '"It is regrettable," the Prime Minister said.'
    >>> [q["speaker_id"] for q in s.attribute(p, 0, quotations(p))]
    ['fumio-kishida']
    """

    def __init__(self, lang: str, date: dt.date | str | None = None) -> None:
        self.lang = lang if lang in ("en", "ru", "ja") else "en"
        self.date = date.isoformat() if isinstance(date, dt.date) else date
        self.reg = register()
        self.history: list[str] = []  # ids named, in order
        self.subject: str | None = None  # the last person named as a subject
        self.speaker: str | None = None  # the last quotation's speaker id
        self.speaker_text: str | None = None
        self.others: dict[str, str] = {}  # not in the register: surname -> name
        self._paragraph: str | None = None
        self._at = 0
        self._pending: list[tuple[str, int, int, list[tuple[int, int]]]] = []
        self._spans: list[tuple[int, int]] = []
        self._said_before = False

    # --- what the article names --------------------------------------------

    def _advance(self, paragraph: str, upto: int) -> None:
        if paragraph is not self._paragraph:
            if self._paragraph is not None:
                end = len(self._paragraph)
                self._pending.append((self._paragraph, self._at, end, self._spans))
            self._paragraph, self._at = paragraph, 0
            self._spans = [(q.start - 1, q.end + 1) for q in quotations(paragraph)]
            self._said_before = False
        if upto > self._at:
            self._pending.append((paragraph, self._at, upto, self._spans))
            self._at = upto

    def _flush(self) -> None:
        for paragraph, start, end, spans in self._pending:
            self._scan(paragraph, start, end, spans)
        self._pending.clear()

    def _scan(
        self, paragraph: str, start: int, end: int, spans: list[tuple[int, int]]
    ) -> None:
        for a, b in _outside(start, end, spans):
            chunk = paragraph[a:b]
            found = mentions(chunk, self.lang, self.reg)
            found += introduced(chunk, self.lang, self.reg)
            for m in sorted(found, key=lambda m: m.start):
                if m.kind == "other":  # 坂上範夫さんは, Tatsuo Hasegawa, 80,
                    self.subject = self._person(m.text)
                    continue
                pid = self._resolve(m, paragraph, a)
                if pid is not None and not pid.startswith("~"):
                    self._remember(pid, m, paragraph, a)

    def _person(self, name: str) -> str:
        """Return a person not in the register as ``~`` and the name first written."""
        key = name if self.lang == "ja" else name.split()[-1]
        full = self.others.get(key) or next(
            (n for n in self.others.values() if n.startswith(name)), name
        )
        self.others.setdefault(key, full)
        return "~" + full

    def _remember(self, pid: str, m: Mention, paragraph: str, offset: int) -> None:
        self.history.append(pid)
        if self.reg.is_person(pid) and self._is_subject(pid, m, paragraph, offset):
            self.subject = pid

    def _is_subject(self, pid: str, m: Mention, paragraph: str, offset: int) -> bool:
        """Whether a mention can be the subject a later "he" or 「…」と述べた means."""
        start, end = offset + m.start, offset + m.end
        if self.lang == "ja":
            return bool(_SUBJECT.match(paragraph, end))
        if m.kind != "name":
            return m.kind == "role"
        if self.lang == "ru":  # the nominative: «Лавров», not «Лаврова»
            word = paragraph[start:end].split()[-1]
            return word == _value(self.reg.rows[pid], "surname_ru")
        after = paragraph[end : end + 2]
        return after not in ("'s", "’s") and not _PREPOSITION.search(
            paragraph[max(0, start - 60) : start]
        )

    # --- resolving a mention ----------------------------------------------

    def _resolve(self, m: Mention, paragraph: str, offset: int) -> str | None:
        if m.kind == "name":
            if len(m.ids) == 1:
                return m.ids[0]
            for pid in reversed(self.history):
                if pid in m.ids:
                    return pid
            dated = [p for p in m.ids if self.date and offices_of(p, self.date)]
            return dated[0] if len(dated) == 1 else None
        if m.kind == "pronoun":
            if m.text not in ("it", "its"):
                return self.subject
            for pid in reversed(self.history):
                if not self.reg.is_person(pid):
                    return pid
            return None
        if m.kind == "back":
            return self._back(
                m.text, paragraph[max(0, offset + m.start - 200) : offset]
            )
        assert m.role is not None
        return self._role(m.role.kind, m.role.country, former=m.role.former)

    def _holds(self, pid: str, kind: str, country: str | None, former: bool) -> bool:
        """Whether a person held a role of ``kind`` on the date (before, if former)."""
        offices = offices_of(pid, None if former else self.date)
        if former and self.date:
            offices = [o for o in offices if o not in offices_of(pid, self.date)]
        if offices:
            return any(matches(o, kind, country) for o in offices)
        if offices_of(pid):
            return False
        row = self.reg.rows[pid]  # no dated office known: the register's role
        if country is not None and row.get("country") != country:
            return False
        return _ROLE_WORDS[kind] in (_value(row, "role_en") or "").lower()

    def _role(
        self, kind: str, country: str | None, *, former: bool = False
    ) -> str | None:
        for pid in reversed(self.history[-40:]):
            if self.reg.is_person(pid) and self._holds(pid, kind, country, former):
                return pid
        if self.date is None or former:
            return None
        where = country or default_country(kind, self.lang)
        found = {
            pid
            for office in OFFICES
            if matches(office, kind, where)
            for pid in holders(office, self.date)
        }
        return found.pop() if len(found) == 1 else None

    def _back(self, text: str, before: str) -> str | None:
        kind = next(
            (k for k, words in _BACK_KIND.items() if any(w in text for w in words)),
            None,
        )
        for pid in reversed(self.history[-40:]):
            if self.reg.is_person(pid):
                continue
            name = str(self.reg.rows[pid]["name_en"]).lower()
            if kind is None or kind in name:
                return pid
        if "foreign" in text or "мид" in text or "外務" in text:
            country = _last_country(before, self.lang)
            if country is not None:
                return f"{country}-mfa"
        return _BACK_DEFAULT.get((self.lang, text[:3] if self.lang == "ru" else text))

    # --- attributing ------------------------------------------------------

    def attribute(
        self, paragraph: str, sentence_start: int, quotes: list[Quote]
    ) -> list[dict[str, Any]]:
        """Return each quotation of a sentence with its speaker and kind, in order.

        A speaker in the register is named by the surname in the article's
        language (its short name for an institution), with ``speaker_id`` and
        ``role`` (the office held on the article's date, else the best-known
        role); anyone else as written; a ``term`` has no speaker.
        """
        self._advance(paragraph, sentence_start)
        if not quotes:
            self._said_before = False
            return []
        self._flush()
        out = []
        said_before = self._said_before
        for quote in quotes:
            cue = speech_cue(
                paragraph,
                sentence_start,
                quote.start,
                quote.end,
                self.lang,
                after_speech=said_before,
            )
            self._scan(paragraph, self._at, max(self._at, quote.start - 1), self._spans)
            self._at = max(self._at, quote.end + 1)
            text = quote.text.strip().rstrip(",")
            if cue is None:
                out.append(_row(text, "term", None, None, None))
                continue
            pid, written = self._speaker(paragraph, cue)
            said_before = True
            out.append(self._said(text, pid, written))
        self._said_before = said_before
        return out

    def _speaker(self, paragraph: str, cue: Cue) -> tuple[str | None, str | None]:
        if cue.how == "continued":
            return self.speaker, self.speaker_text
        region = paragraph[cue.start : cue.end]
        found = mentions(region, self.lang, self.reg)
        if cue.how == "japanese":
            subjects = [m for m in found if _SUBJECT.match(region, m.end)]
            topics = introduced(region, "ja", self.reg, roles=True)
            topic = max(topics, key=lambda m: m.start, default=None)
            if topic and not (subjects and subjects[-1].start > topic.start):
                if topic.kind == "other":
                    return self._person(topic.text), None
                if not any(topic.start <= m.start < topic.end for m in found):
                    return "~" + topic.text, None  # not 外務省の担当者: the ministry
            found = subjects[-1:] or found[-1:]
        elif cue.how in ("before", "colon"):
            found = self._closest_first(found, paragraph, cue.start)
        else:  # after the quotation: the name nearest the verb, a role, a pronoun
            pick = self._nearest(found, paragraph, cue)
            if pick is not None and pick.kind == "other":
                return self._person(pick.text), None
            found.sort(key=lambda m: (m is not pick, self._rank(m)))
        for m in found:
            pid = self._resolve(m, paragraph, cue.start)
            if pid is not None:
                return pid, None
        if cue.how == "japanese" or (cue.how == "colon" and not found):
            return self.subject, None
        if cue.how != "after":
            return None, None
        written = written_name(region, self.lang)
        if written and written.split()[-1] in self.others:  # Hasegawa said
            return self._person(written), None
        return None, written

    def _rank(self, m: Mention) -> int:
        """Rank a speaker: a person's name, an institution's, a role or pronoun."""
        return 2 if m.kind != "name" else 1 - self.reg.is_person(m.ids[0])

    def _nearest(self, found: list[Mention], text: str, cue: Cue) -> Mention | None:
        """Return the person named nearest the verb, if one is not registered."""
        pool = others(text[cue.start : cue.end], self.lang, self.reg)
        if not pool:
            return None
        pool += [
            m
            for m in found
            if not self._rank(m) and self._is_subject(m.ids[0], m, text, cue.start)
        ]
        pool.sort(key=lambda m: m.start)
        return pool[-1] if _VERB_AFTER.match(text, cue.end) else pool[0]

    def _closest_first(
        self, found: list[Mention], paragraph: str, offset: int
    ) -> list[Mention]:
        """Order the mentions before a speech verb: subjects, then nearest first."""

        def rank(m: Mention) -> bool:
            if m.kind != "name" or len(m.ids) != 1:
                return False
            return not self._is_subject(m.ids[0], m, paragraph, offset)

        nearest_first = list(reversed(found))
        return sorted(nearest_first, key=rank)

    def _said(self, text: str, pid: str | None, written: str | None) -> dict[str, Any]:
        if pid is None or pid.startswith("~"):  # not in the register
            if pid is not None:
                written, self.subject = pid[1:], pid
            self.speaker, self.speaker_text = None, written
            return _row(text, "quote", written, None, None)
        row = self.reg.rows[pid]
        name = _value(row, f"surname_{self.lang}") or _value(row, "surname_en")
        self.speaker, self.speaker_text = pid, name
        self.history.append(pid)
        offices = offices_of(pid, self.date) if self.date else []
        role = OFFICE_TITLES.get(offices[0]) if offices else None
        return _row(text, "quote", name, pid, role or _value(row, "role_en"))


def _last_country(text: str, lang: str) -> str | None:
    """Return the country the text names last (Japan or Russia), if any."""
    best: tuple[int, str] | None = None
    for country, patterns in COUNTRY_WORDS.items():
        for m in re.finditer(patterns[PATTERN_LANGS.index(lang)], text):
            if best is None or m.start() > best[0]:
                best = (m.start(), country)
    return best[1] if best else None


def _outside(
    start: int, end: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    out, at = [], start
    for a, b in spans:
        if b <= at or a >= end:
            continue
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < end:
        out.append((at, end))
    return out


def _value(row: dict[str, Any], column: str) -> str | None:
    value = row.get(column)
    if isinstance(value, str):  # never missing: the common case, quickly
        return value or None
    return None if value is None or missing(value) or value == "" else str(value)


def _row(
    text: str, kind: str, speaker: str | None, pid: str | None, role: str | None
) -> dict[str, Any]:
    return {
        "text": text,
        "kind": kind,
        "speaker": speaker,
        "speaker_id": pid,
        "role": role,
    }


def attribute(
    paragraph: str,
    sentence_start: int,
    quotes: list[Quote],
    previous: str | None,
    *,
    speakers: Speakers | None = None,
) -> list[dict[str, Any]]:
    """Return each quotation of a sentence with its speaker (or ``None``), in order.

    Pass the article's :class:`Speakers` as ``speakers`` to resolve roles,
    pronouns and dropped subjects across the article and by its date; without
    it the sentence is read with the paragraph before it and ``previous`` (the
    last speaker as written) only.

    Examples
    --------
    >>> from kurilmap.news.sentences import quotations
    >>> p = "«Это наша земля», — сказал Медведев."
    >>> [(q["kind"], q["speaker"], q["speaker_id"]) for q in attribute(
    ...     p, 0, quotations(p), None)]
    [('quote', 'Медведев', 'dmitry-medvedev')]
    """
    if speakers is None:
        lang = script_lang(paragraph)
        speakers = Speakers(lang)
        found = person(previous) if previous else None
        if found is not None:
            speakers.history.append(str(found["id"]))
            speakers.speaker, speakers.subject = str(found["id"]), str(found["id"])
            speakers.speaker_text = previous
        elif previous:
            speakers.speaker_text = previous
        speakers._advance(paragraph, 0)
        speakers._said_before = previous is not None
    return speakers.attribute(paragraph, sentence_start, quotes)
