"""Who said it: attribute quotations to speakers, in the forms news uses.

``"…," Lavrov told the press`` · ``"…" Kono said`` · ``said Kono`` ·
``Putin said … that "…"`` · ``according to Iwaya, "…"`` · ``«…», — сказал Путин``
· ``По словам Лаврова, «…»`` · ``河野外相は「…」と述べた``. A quotation alone in the
next sentence keeps the previous speaker (a quote continued after "in remarks
translated into Russian").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kurilmap.datasets import dataset_records
from kurilmap.news.sentences import Quote

SAY_EN = (
    r"(?:said|says|told|added|stressed|noted|declared|insisted|warned|"
    r"explained|argued|replied|announced|commented|remarked|wrote)"
)
SAY_RU = (
    r"(?:сказал|сказала|заявил|заявила|отметил|отметила|подчеркнул|"
    r"подчеркнула|добавил|добавила|сообщил|сообщила|пояснил|пояснила|"
    r"заметил|заметила|указал|указала)"
)
SAY_JA = r"(?:述べた|語った|強調した|話した|指摘した|表明した|明らかにした|述べ|語り)"
_NAME_EN = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?)"
_NAME_RU = r"(?P<name>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)"
_AFTER = [
    re.compile(rf"^[\s,.:;]*(?:—|–|--?)?\s*{_NAME_EN}\s+{SAY_EN}\b"),
    re.compile(rf"^[\s,.:;]*(?:—|–|--?)?\s*{SAY_EN}\s+{_NAME_EN}"),
    re.compile(rf"^[\s,.:;]*(?:—|–|--?)\s*{SAY_RU}\s+(?:\w+\s+)?{_NAME_RU}"),
    re.compile(rf"^[\s,.:;]*(?:—|–|--?)?\s*{_NAME_RU}\s+{SAY_RU}\b"),
]
_BEFORE = [
    re.compile(rf"\baccording to\s+(?:\w+\s+)?{_NAME_EN}", re.IGNORECASE),
    re.compile(rf"{_NAME_EN}\s+{SAY_EN}\b"),
    re.compile(rf"[Пп]о словам\s+(?:\w+\s+)?{_NAME_RU}"),
    re.compile(rf"{_NAME_RU}\s+{SAY_RU}\b"),
]
_JA_AFTER = re.compile(rf"^\s*と\s*{SAY_JA}")
_JA_SPEAKER = re.compile(
    r"(?P<name>[一-龯ァ-ヴー]{1,12}?)(?:外相|首相|大統領|報道官|国防相|"
    r"防衛相|外務次官|長官|氏|さん)?(?:は|が)"
)
_TITLES = {
    "President",
    "Prime",
    "Minister",
    "Foreign",
    "Defense",
    "Defence",
    "The",
    "But",
    "And",
    "In",
    "On",
    "At",
    "Russian",
    "Japanese",
    "Russia's",
    "Japan's",
}


def _ru_stem(word: str) -> str:
    for ending in ("ым", "ом", "ой", "ого", "ему", "а", "у", "е", "ы"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def person(name: str) -> dict[str, Any] | None:
    """Find a person of the register by a name as written (any language, any case).

    Examples
    --------
    >>> person("Лаврова")["id"], person("河野")["id"], person("Kono")["id"]
    ('sergei-lavrov', 'taro-kono', 'taro-kono')
    """
    tokens = [t.strip(".,'’") for t in name.split()]
    for row in dataset_records("people"):
        for token in tokens:
            if not token:
                continue
            if (
                token in (row["surname_en"], row["surname_ja"])
                or token == row["name_en"]
            ):
                return row
            surname_ru = row["surname_ru"]
            if (
                isinstance(surname_ru, str)
                and surname_ru
                and (token == surname_ru or _ru_stem(token) == _ru_stem(surname_ru))
            ):
                return row
        joined = "".join(tokens)
        if (
            isinstance(row["surname_ja"], str)
            and row["surname_ja"]
            and row["surname_ja"] in joined
        ):
            return row
    return None


class _Surnames:
    """The register's surnames, by script, for a quick scan of a sentence."""

    def __init__(self) -> None:
        self.latin: dict[str, str] = {}
        self.cyrillic: dict[str, str] = {}  # stem -> English surname
        self.cjk: list[tuple[str, str]] = []
        for row in dataset_records("people"):
            english = str(row["surname_en"])
            for column in ("surname_en", "surname_ru", "surname_ja", "surname_ja_kana"):
                value = row.get(column)
                if not isinstance(value, str) or len(value) < 2:
                    continue
                if value.isascii():
                    self.latin[value] = english
                elif _CYRILLIC.search(value):
                    self.cyrillic[_ru_stem(value)] = english
                else:
                    self.cjk.append((value, english))
        self.stems = sorted({len(stem) for stem in self.cyrillic})


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_CYRILLIC_WORD = re.compile(r"\b[А-ЯЁ][а-яё]+\b")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def _surnames() -> _Surnames:
    return _Surnames()


def people_in(text: str) -> set[str]:
    """Return the English surnames of the register's people a text names.

    A Russian surname may carry a case ending ("Лаврова"); a Japanese one
    stands anywhere (河野外相).

    Examples
    --------
    >>> sorted(people_in("По словам Лаврова, Абэ и 河野外相 ..."))
    ['Abe', 'Kono', 'Lavrov']
    """
    names = _surnames()
    found = {names.latin[w] for w in _LATIN_WORD.findall(text) if w in names.latin}
    if _CYRILLIC.search(text):
        for word in _CYRILLIC_WORD.findall(text):
            for size in names.stems:
                if size <= len(word) <= size + 3 and word[:size] in names.cyrillic:
                    found.add(names.cyrillic[word[:size]])
    if _CJK.search(text):
        found.update(english for name, english in names.cjk if name in text)
    return found


def _clean_name(name: str) -> str:
    words = [w for w in name.split() if w not in _TITLES]
    return " ".join(words) if words else name


def _speaker_of(paragraph: str, sentence_start: int, quote: Quote) -> str | None:
    after = paragraph[quote.end + 1 : quote.end + 120]
    for pattern in _AFTER:
        m = pattern.match(after)
        if m:
            return _clean_name(m["name"])
    if _JA_AFTER.match(after):
        before = paragraph[sentence_start : quote.start - 1]
        found = list(_JA_SPEAKER.finditer(before))
        if found:
            return found[-1]["name"]
    before = paragraph[sentence_start : max(sentence_start, quote.start - 1)]
    best = None
    for pattern in _BEFORE:
        for m in pattern.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), m["name"])
    return _clean_name(best[1]) if best else None


def _canonical(written: str, row: dict[str, Any]) -> str:
    """Return the register's surname in the script the name was written in."""
    if any("\u0400" <= c <= "\u04ff" for c in written):
        column = "surname_ru"
    elif any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in written):
        column = "surname_ja"
    else:
        column = "surname_en"
    value = row.get(column)
    return value if isinstance(value, str) and value else written


def attribute(
    paragraph: str, sentence_start: int, quotes: list[Quote], previous: str | None
) -> list[dict[str, Any]]:
    """Return each quotation with its speaker (or ``None``), in order.

    A speaker in the register of people is named by the surname (nominative,
    in the script the article wrote it in: "Лаврова" gives "Лавров"), with
    ``speaker_id`` and ``role``; anyone else as written.
    """
    out = []
    last = previous
    for quote in quotes:
        speaker = _speaker_of(paragraph, sentence_start, quote)
        starts_sentence = not paragraph[sentence_start : quote.start - 1].strip()
        if speaker is None and starts_sentence:
            speaker = last
        found = person(speaker) if speaker else None
        if found is not None and speaker is not None:
            speaker = _canonical(speaker, found)
        out.append(
            {
                "text": quote.text.strip().rstrip(","),
                "speaker": speaker,
                "speaker_id": found["id"] if found else None,
                "role": found["role_en"] if found else None,
            }
        )
        last = speaker or last
    return out
