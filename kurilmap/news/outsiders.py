"""People a text names who are not in the register, and the speakers it writes.

:func:`others` finds full names ("Tatsuo Hasegawa", «Юрий Ушаков») and, in
Japanese, names before an honorific or a title (坂上範夫さん);
:func:`introduced` those a clause makes its subject ("Tatsuo Hasegawa, 80,",
坂上範夫さんは); :func:`written_name` the speaker an attribution writes when
no one is known («говорится в заявлении компании»).

Examples
--------
>>> [m.text for m in others("presidential aide Yuri Ushakov", "en")]
['Yuri Ushakov']
"""

from __future__ import annotations

import re

from kurilmap.news.names import Mention, Register, registered
from kurilmap.places import scan

__all__ = ["introduced", "others", "written_name"]

_KATAKANA = re.compile(r"[ァ-ヴー・]")

_OTHER_RUN = {
    "en": re.compile(r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)+"),
    "ru": re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)+"),
}
_NOT_NAME = re.compile(
    r"(?:The|A|An|Mr|Ms|Mrs|Dr|Former|Prime|Minister|Foreign|Ministry|President|"
    r"Kremlin|Japan|Japanese|Russia|Russian|Islands?|Kurile?s?|Northern|"
    r"Territories|Government|Agency|Office|Service|Defen[cs]e|Affairs|Secretary|"
    r"Cabinet|Chief|Deputy|Council|Federation|State|Security|Coast|Guard|Border|"
    r"Press|News|Sakhalin|Hokkaido|Tokyo|Moscow|General|Governor|Mayor|"
    r"Ambassador|Embassy|Committee|Party|Duma|Diet|Liberal|Democratic|United|"
    r"Nations|Sea|Fleet|Day|Asked|According|But|And|When|In|On|At|As|After|If|"
    r"It|He|She|They|We|This|That|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\.?"
)
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична)$")
_JA_OTHER = re.compile(
    r"(?<![一-龯々ァ-ヴー・])(?P<name>[一-龯々]{2,6}|[ァ-ヴ][ァ-ヴー]*"
    r"(?:・[ァ-ヴ][ァ-ヴー]*)*)(?P<title>さん|氏|君|首相|外相|官房長官|大統領|"
    r"報道官|知事|市長|長官|次官|局長|議員|理事長|支部長|地区長|大使|司令官|代表|"
    r"大臣|会長|団長|社長|教授|准教授|組合長|所長|部長|課長|室長|委員長|町長|村長|事務局長|"
    r"理事|専務|常務|研究員|船長|漁労長|被告|容疑者)"
)
_JA_PLACE_END = re.compile(r"[道県府都市町村省庁国社局部課所会]$")


def others(text: str, lang: str, reg: Register | None = None) -> list[Mention]:
    """Return the people a text names who are not in the register, in order.

    A full name (two or three capitalised words, «Имя Фамилия» after any
    title), or in Japanese a name before an honorific or title
    (坂上範夫さん, 加藤進社長); ``text`` is the name as written, without the
    honorific.

    Examples
    --------
    >>> [m.text for m in others("presidential aide Yuri Ushakov", "en")]
    ['Yuri Ushakov']
    >>> [m.text for m in others("元島民の坂上範夫さん（80）は", "ja")]
    ['坂上範夫']
    """
    original = text
    text = re.sub(r"«[^»]*»", lambda q: " " * len(q[0]), text)  # not «Гидрострой»
    out = []
    if lang == "ja":
        for m in _JA_OTHER.finditer(text):
            name, polite = m["name"], m["title"] in ("さん", "氏", "君")
            if not polite and (
                len(name) < 3 or _JA_PLACE_END.search(name) or _KATAKANA.match(name)
            ):
                continue
            out.append(Mention("other", m.start(), m.end(), text=name))
    else:
        for run in _OTHER_RUN[lang].finditer(text):
            words = list(re.finditer(r"\S+", run[0]))
            if lang == "ru":
                keep = 3 if _PATRONYMIC.search(words[-2][0]) and len(words) > 2 else 2
                words = words[-keep:]
            else:
                while words and _NOT_NAME.fullmatch(words[0][0]):
                    words = words[1:]
                if not 2 <= len(words) <= 3 or any(
                    _NOT_NAME.fullmatch(w[0]) for w in words
                ):
                    continue
            start, end = run.start() + words[0].start(), run.start() + words[-1].end()
            name = text[start:end].removesuffix("’s").removesuffix("'s")
            out.append(Mention("other", start, start + len(name), text=name))
    known = registered(original, lang, reg) if out else []
    return [
        o
        for o in out
        if not any(
            k.kind == "name" and k.start < o.end and o.start < k.end for k in known
        )
    ]


_AGED = re.compile(r",\s*\d{1,3}\s*[,.]|\s*\(\d{1,3}\)")  # Tatsuo Hasegawa, 80,
_AGED_ANYWHERE = re.compile(r",\s*\d{1,3}\s*[,.]|\(\d{1,3}\)")
"""Whether a text holds an age: where :data:`_AGED` matches, this does (at its
parenthesis), and the other way round; found faster, with no leading space."""
_CLAUSE_START = re.compile(r"(?:^|[.!?\"”]\s+)(?:[\w'’-]+\s+){0,4}$")
_JA_TOPIC = re.compile(
    r"(?:（[^）]{0,12}）|\([^)]{0,12}\)|＝[^＝]{0,10}＝|、)*[はがも]"
)
_JA_ROLE_TOPIC = re.compile(  # 北海道の担当者は: a speaker with a role but no name
    r"(?:^|(?<=[、。」\s]))(?P<p>[^、。「」\s]{0,16}?(?:担当者|関係者|幹部|当局者|"
    r"責任者|職員|広報|事務局|代表者|住民|島民|漁業者|漁師|関係筋|社員|隊員))"
    r"(?:（[^）]{0,12}）)?[はがも](?=、|$)"
)


def introduced(
    text: str, lang: str, reg: Register | None = None, *, roles: bool = False
) -> list[Mention]:
    """Return the people not in the register a text makes a subject, in order.

    坂上範夫さん（80）は, 加藤進社長が, "Tatsuo Hasegawa, 80," (not Russian:
    its speakers are found after the speech verb); with ``roles``, also a
    Japanese role with no name (北海道の担当者は), of kind ``phrase``.

    Examples
    --------
    >>> [(m.kind, m.text) for m in introduced("北海道の担当者は", "ja", roles=True)]
    [('phrase', '北海道の担当者')]
    """
    if lang == "ru" or not (lang == "ja" or _AGED_ANYWHERE.search(text)):
        return []
    after = _JA_TOPIC if lang == "ja" else _AGED
    found = [
        o
        for o in others(text, lang, reg)
        if after.match(text, o.end)  # English: the clause begins with the name
        and (lang == "ja" or _CLAUSE_START.search(text, 0, o.start))
    ]
    for t in _JA_ROLE_TOPIC.finditer(text) if roles and lang == "ja" else ():
        found.append(Mention("phrase", t.start("p"), t.end("p"), text=t["p"]))
    return sorted(found, key=lambda m: m.start)


_TITLE_WORDS = re.compile(r"^(?:the|President|Prime|Minister|Foreign|Mr\.?|Ms\.?)$")
_RU_DOCUMENT = re.compile(  # говорится в заявлении компании
    r"\s*(?:в|на)\s+(?:[а-яё-]+\s+){0,2}?(?:заявлени|сообщени|пресс-релиз|"
    r"комментари|документ|письм|ответ|материал|сайт|телеграм-канал)[а-яё]*\s+"
)
_RU_ROLE_PHRASE = re.compile(  # сказал глава Южно-Курильского округа
    r"\s*((?:глава|главы|представитель|представительница|руководитель|директор|"
    r"председатель|заместитель|житель|жительница|жители|депутат|сотрудник|"
    r"сотрудница|мэр|губернатор|атаман|капитан)(?:\s+[А-ЯЁа-яё][А-ЯЁа-яё-]*){1,5})"
    r"\s*(?:[.,;:!?)]|$)"
)


def written_name(region: str, lang: str) -> str | None:
    """Return the speaker an attribution writes, as written, when none is known.

    The first capitalised name, without titles, that is not a place ("said a
    man on Kunashir" writes no speaker), or the source of a Russian statement
    («говорится в заявлении компании»: ``компании``), or a Russian role with
    no name («сказал глава Южно-Курильского округа»).

    Examples
    --------
    >>> written_name("в заявлении компании «Гидрострой»", "ru")
    'компании «Гидрострой»'
    >>> written_name("a fisherman in Yuzhno-Kurilsk", "en") is None
    True
    >>> written_name(" глава Южно-Курильского округа.", "ru")
    'глава Южно-Курильского округа'

    """
    doc = _RU_DOCUMENT.match(region) if lang == "ru" else None
    if doc and region[doc.end() :].strip(" ,"):
        return region[doc.end() :].split(",")[0].strip()
    role = _RU_ROLE_PHRASE.match(region) if lang == "ru" else None
    if role:  # a role with no name: the role as written
        return role[1]
    pattern = (
        r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+[А-ЯЁ][а-яё-]+)?"
        if lang == "ru"
        else (r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
    )
    places = [(p["start"], p["end"]) for p in scan(region)]
    for m in re.finditer(pattern, region):
        if any(a < m.end() and m.start() < b for a, b in places):
            continue
        words = [w for w in m[0].split() if not _TITLE_WORDS.match(w)]
        if words:
            return " ".join(words)
    return None
