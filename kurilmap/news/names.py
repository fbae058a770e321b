"""Who a text names: the people register's names in three scripts, and roles.

:func:`mentions` finds, in a piece of an article, the people and institutions of
the ``people`` dataset by any name they are written with (full name, surname,
an alias; a Russian surname in any case, 「ラブロフ外相」, 河野氏), the roles
(:mod:`kurilmap.news.roles`), the words that point back to an institution
("the ministry", «ведомство», 同省) and the pronouns ("he", «он», 同氏).

Examples
--------
>>> [(m.kind, m.ids) for m in mentions("По словам Дмитрия Пескова, он", "ru")]
[('name', ('dmitry-peskov',)), ('pronoun', ())]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from kurilmap.datasets import dataset_records, missing
from kurilmap.news.quick import Gated, Led
from kurilmap.news.roles import RoleMention, find_roles, matches, offices_of

__all__ = [
    "Mention",
    "Register",
    "mentions",
    "register",
    "registered",
    "ru_forms",
]

_LATIN_RUN = re.compile(r"[A-Z][\w'’.-]*[\w](?:\s+(?:[A-Z][\w'’.-]*[\w]|of|in))*")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ-]+")
_KATAKANA = re.compile(r"[ァ-ヴー・]")
_JA_TITLE = re.compile(
    r"(?:元|前|現)?(?:氏|さん|首相|総理|外相|官房長官|大統領|報道官|外務報道官|"
    r"国防相|防衛相|相|知事|市長|長官|次官|局長|議員|理事長|支部長|地区長|"
    r"幹部|大使|司令官|幕僚長|副首相|首席|代表|大臣|会長|団長)"
)
_PRONOUNS = {  # each tried only where one of its words stands (quick.Led)
    "en": Led(
        r"\b(?:he|she|his|her|its|it)\b",
        re.IGNORECASE,
        words=("he", "she", "his", "her", "its", "it"),
    ),
    "ru": Led(
        r"(?<![\w-])(?:он|она|его|её|ее|дипломат[а-яё]*)(?![\w-])",
        re.IGNORECASE,
        words=("он", "она", "его", "её", "ее", "дипломат"),
    ),
    "ja": Led(r"同氏|同首相|同外相|同大統領", words=("同",)),
}
_BACK = {  # tried only on text holding one of its words (a quick test)
    "en": Gated(
        r"\b(?:the|its)\s+(?:foreign\s+|defen[cs]e\s+)?(?:ministry|embassy|"
        r"directorate|department|agency|service)\b",
        re.IGNORECASE,
        words=("ministry", "embassy", "directorate", "department", "agency", "service"),
    ),
    "ru": Gated(
        r"(?<![\w-])(?:ведомств[а-яё]*|министерств[а-яё]*|МИД[а-яё]*|посольств[а-яё]*)",
        words=("ведомств", "министерств", "мид", "посольств"),
    ),
    "ja": Gated(r"同省|同大使館|外務省|国防省|大使館", words=("省", "大使館")),
}


@dataclass(frozen=True)
class Mention:
    """Something a text names: a person or institution, a role, a pronoun.

    ``kind`` is ``name`` (``ids``: the people it may be), ``role`` (``role``:
    its kind and country), ``back`` (an institution named again: "the
    ministry", 同省), ``pronoun``, or (from :func:`others`) ``other``: a
    person not in the register, ``text`` the name as written.
    """

    kind: str
    start: int
    end: int
    ids: tuple[str, ...] = ()
    role: RoleMention | None = None
    text: str = ""


def ru_forms(surname: str) -> set[str]:
    """Return the case forms of a Russian (or Russian-written) surname.

    Examples
    --------
    >>> sorted(ru_forms("Лавров"))
    ['Лавров', 'Лаврова', 'Лаврове', 'Лаврову', 'Лавровым']
    >>> sorted(ru_forms("Захарова"))
    ['Захарова', 'Захаровой', 'Захаровою', 'Захарову']
    >>> sorted(ru_forms("Кисида"))
    ['Кисида', 'Кисиде', 'Кисидой', 'Кисиду', 'Кисиды']
    """
    forms = {surname}
    if re.search(r"(?:ова|ева|ина|ёва)$", surname):
        stem = surname[:-1]
        forms |= {stem + e for e in ("ой", "у", "ою")}
    elif surname.endswith(("а", "я")):
        stem, soft = surname[:-1], surname.endswith("я") or surname[-2] in "гкхжшчщ"
        forms |= {stem + e for e in (("и", "е", "ю", "ей") if soft else ())}
        forms |= {stem + e for e in (("ы", "е", "у", "ой") if not soft else ())}
        if surname[-2] in "гкх":
            forms |= {stem + "у", stem + "ой"}
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", surname):
        ending = "ым" if re.search(r"(?:ов|ев|ин|ын|ёв)$", surname) else "ом"
        forms |= {surname + e for e in ("а", "у", "е", ending)}
    elif surname.endswith("й"):
        forms |= {surname[:-1] + e for e in ("я", "ю", "ем", "е")}
    return forms


class Register:
    """The people register, indexed by every written form of every name."""

    def __init__(self, rows: tuple[dict[str, Any], ...]) -> None:
        self.rows = {str(r["id"]): r for r in rows}
        self.latin: dict[str, set[str]] = {}
        self.cyrillic: dict[str, set[str]] = {}
        self.given_ru: dict[str, str] = {}
        cjk: dict[str, set[str]] = {}
        self.cjk_full: set[str] = set()
        for pid, row in self.rows.items():
            for column in ("name_en", "surname_en", "name_ru", "surname_ru"):
                self._add(pid, _text(row.get(column)))
            for alias in _text(row.get("aliases")).split(";"):
                self._add(pid, alias.strip(), cjk)
            for column in ("name_ja", "surname_ja", "surname_ja_kana"):
                value = _text(row.get(column)).replace(" ", "")
                if value:
                    cjk.setdefault(value, set()).add(pid)
                    if column == "name_ja":
                        self.cjk_full.add(value)
            given = _text(row.get("name_ru")).split(" ")[0]
            if row.get("kind") == "person" and len(given) >= 3:
                self.given_ru[pid] = given[:4]
        self.cjk = sorted(cjk.items(), key=lambda kv: -len(kv[0]))
        self.longest = max((len(k.split()) for k in self.latin), default=1)

    def _add(
        self, pid: str, value: str, cjk: dict[str, set[str]] | None = None
    ) -> None:
        if not value:
            return
        if _CYRILLIC.search(value):
            words = value.split()
            for form in ru_forms(words[-1]) if len(words) == 1 else {value}:
                self.cyrillic.setdefault(form, set()).add(pid)
            if len(words) > 1:  # an institution's short name: МИД России
                self.cyrillic.setdefault(value, set()).add(pid)
        elif value.isascii():
            self.latin.setdefault(value, set()).add(pid)
        elif cjk is not None:
            cjk.setdefault(value, set()).add(pid)

    def is_person(self, pid: str) -> bool:
        """Whether an id is a person's (not an institution's)."""
        row = self.rows.get(pid)
        return row is not None and row.get("kind") == "person"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK_ANY = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_NON_SPACE = re.compile(r"\S+")


def _text(value: object) -> str:
    return "" if value is None or missing(value) else str(value)


@functools.lru_cache(maxsize=1)
def register() -> Register:
    """Return the people register, indexed once per process."""
    return Register(dataset_records("people"))


def _latin(text: str, reg: Register) -> list[Mention]:
    out = []
    for run in _LATIN_RUN.finditer(text):
        names = _run_names(run[0], reg)
        if names:
            at = run.start()
            out += [Mention("name", at + a, at + b, ids) for a, b, ids in names]
    return out


@functools.lru_cache(maxsize=65536)
def _run_names(run: str, reg: Register) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Return the names in a run of capitalised words (cached: runs recur)."""
    out = []
    words = [(w.start(), w.end()) for w in _NON_SPACE.finditer(run)]
    i = 0
    while i < len(words):
        for n in range(min(reg.longest, len(words) - i), 0, -1):
            a, b = words[i][0], words[i + n - 1][1]
            key = run[a:b].rstrip(".,’'").removesuffix("’s").removesuffix("'s")
            if key in reg.latin:
                out.append((a, a + len(key), tuple(reg.latin[key])))
                i += n
                break
        else:
            i += 1
    return tuple(out)


def _cyrillic(text: str, reg: Register) -> list[Mention]:
    out: list[Mention] = []
    words = list(_CYRILLIC_WORD.finditer(text))
    for k, word in enumerate(words):
        ids = reg.cyrillic.get(word[0])
        if k + 1 < len(words) and words[k + 1].start() == word.end() + 1:
            pair = f"{word[0]} {words[k + 1][0]}"
            if pair in reg.cyrillic:
                out.append(
                    Mention(
                        "name",
                        word.start(),
                        words[k + 1].end(),
                        tuple(reg.cyrillic[pair]),
                    )
                )
                continue
        if not ids:
            continue
        if len(ids) > 1 and k > 0:  # Дмитрия Пескова: the given name decides
            given = words[k - 1][0][:4]
            narrowed = {i for i in ids if reg.given_ru.get(i) == given}
            ids = narrowed or ids
        if out and out[-1].end > word.start():
            continue
        out.append(Mention("name", word.start(), word.end(), tuple(sorted(ids))))
    return out


def _cjk(text: str, reg: Register) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name, ids in reg.cjk:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            free = all(end <= a or b <= at for a, b in taken)
            if free and _cjk_ok(text, name, at, end, reg):
                taken.append((at, end))
                out.append(Mention("name", at, end, tuple(sorted(ids))))
            at = text.find(name, end)
    return out


def _cjk_ok(text: str, name: str, at: int, end: int, reg: Register) -> bool:
    if _KATAKANA.match(name):  # プーチン, not inside a longer katakana word
        before = text[at - 1 : at]
        after = text[end : end + 1]
        return not (before and _KATAKANA.match(before)) and not (
            after and _KATAKANA.match(after) and after != "・"
        )
    if name in reg.cjk_full or len(name) >= 3:
        return True
    return bool(_JA_TITLE.match(text, end))  # 菅氏, 河野外相: a surname needs a title


def mentions(text: str, lang: str, reg: Register | None = None) -> list[Mention]:
    """Return what a text names, in order: names, roles, pronouns, back-references.

    A role written next to a name ("Prime Minister Naoto Kan", 菅義偉官房長官)
    is part of the name and not returned.

    Examples
    --------
    >>> [(m.kind, m.ids) for m in mentions("Prime Minister Naoto Kan said", "en")]
    [('name', ('naoto-kan',))]
    >>> [m.kind for m in mentions("首相は", "ja")]
    ['role']
    """
    reg = reg or register()
    names = _with_roles(_names(text, lang, reg), text, lang)
    for kind in ("back", "pronoun"):
        pattern = (_BACK if kind == "back" else _PRONOUNS)[lang]
        for m in pattern.finditer(text):
            if not any(n.start <= m.start() < n.end for n in names):
                names.append(Mention(kind, m.start(), m.end(), text=m[0].lower()))
    return sorted(names, key=lambda m: m.start)


def registered(text: str, lang: str, reg: Register | None = None) -> list[Mention]:
    """Return the names of :func:`mentions` alone (kind ``name``), in order.

    The same names, found faster: the roles beside them are looked for only
    when a name may be more than one person (a role decides which).

    Examples
    --------
    >>> [m.ids for m in registered("河野外相は", "ja")]
    [('taro-kono',)]
    """
    names = _names(text, lang, reg or register())
    if any(len(m.ids) > 1 for m in names):
        names = [m for m in _with_roles(names, text, lang) if m.kind == "name"]
    return names


def _names(text: str, lang: str, reg: Register) -> list[Mention]:
    """Return the register's names in a text, in order (no roles applied)."""
    found = _latin(text, reg) if lang != "ja" else []
    plain = text.isascii()  # no Cyrillic, kana or kanji: the common case, quickly
    if not plain and _CYRILLIC.search(text):
        found += _cyrillic(text, reg)
    if lang == "ja" or (not plain and _CJK_ANY.search(text)):
        found += _cjk(text, reg)
    return sorted(found, key=lambda m: m.start)


def _with_roles(names: list[Mention], text: str, lang: str) -> list[Mention]:
    """Narrow the names a role stands beside; add the roles beside none."""
    for role in find_roles(text, lang):
        beside = [
            i
            for i, m in enumerate(names)
            if _next_to(role.start, role.end, m, text, lang)
        ]
        for i in beside:  # 河野外相: Taro Kono, not Katsutoshi Kawano
            fit = tuple(
                pid
                for pid in names[i].ids
                if any(matches(o, role.kind, role.country) for o in offices_of(pid))
            )
            if fit and len(names[i].ids) > 1:
                names[i] = Mention("name", names[i].start, names[i].end, fit)
        if not beside:
            names.append(Mention("role", role.start, role.end, role=role))
    return names


def _next_to(start: int, end: int, name: Mention, text: str, lang: str) -> bool:
    if name.start <= start < name.end:
        return True
    if lang == "ja":  # 菅義偉官房長官, 外務省の吉田朋之外務報道官, 官房長官の菅氏
        return 0 <= start - name.end <= 1 or 0 <= name.start - end <= 1
    gap = text[end : name.start]  # Prime Minister (of Japan) Naoto Kan
    return 0 <= len(gap) <= 30 and all(
        w in ("of", "the") or w[:1].isupper() for w in gap.split()
    )
