"""Is it speech? The attribution around a text in quotation marks.

A quotation is speech when a speech verb or an attribution stands next to it —
``"…," he said`` · ``said Tsunoka`` · ``Kan called the visit "regrettable"`` ·
``according to X, "…"`` · ``«…», — заявил Лавров`` · ``по словам Пескова, «…»`` ·
``«…», — говорится в заявлении`` · ``「…」と述べた`` / ``と強調した`` /
``としている`` — or when it makes up a sentence of its own after a speaker's
quotation (the quotation goes on). A name, title or term in quotation marks
(«Буревестник», 「共同経済活動」, the "Northern Territories", the "2+2") is none
of these: :func:`speech_cue` returns ``None`` for it.

Examples
--------
>>> speech_cue('"We disagree," Kono said.', 0, 1, 13, "en").how
'after'
>>> speech_cue('Japan calls them the "Northern Territories".', 0, 22, 42, "en") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurilmap.news.quick import Led

__all__ = ["SAY_EN", "SAY_JA", "SAY_RU", "Cue", "speech_cue"]

SAY_EN = (
    r"(?:said|says|say|told|tells|added|adds|stressed|noted|declared|insisted|"
    r"warned|explained|argued|replied|answered|announced|commented|remarked|"
    r"wrote|asked|urged|called|described|saying|telling|adding|stated|"
    r"complained|vowed|acknowledged|admitted|cautioned|quipped|protested)"
)
SAY_RU = (
    r"(?:(?:сказа|заяви|отмети|подчеркну|добави|сообщи|поясни|замети|указа|"
    r"говори|рассказа|ответи|написа|уточни|призна|пошути|напомни|констатирова|"
    r"завери|подытожи|предупреди|продолжи|призва|заверши|резюмирова|"
    r"подчеркива|заявля|отмеча|добавля|объясни|повтори)л[аи]?|"
    r"говорится|говорилось|подчеркивается|подчеркивалось|отмечается|"
    r"указывается|сообщается|утверждается|уточняется|заявляется)"
)
SAY_JA = (
    r"(?:述べ|語っ|語り|語る|強調|話し|話す|指摘|表明|明らかに|批判|主張|反論|"
    r"言い切|言っ|評価|発言|付け加え|喜ん|注文|求め|応じ|反発|説明|訴え|呼びかけ|"
    r"答え|述懐|振り返|意気込|抗議|断言|明言|報告|発表|力を込め|胸を張|"
    r"強め|懸念|要請|要求|期待を|歓迎|非難|けん制|牽制|皮肉|笑顔|声を|"
    r"し(?:た|て|、|ている|たうえで|ていた))"
)

_DASH = r"(?:—|–|--?)"
_AFTER_EN = (
    re.compile(
        r"^[,.!?]?\s*(?:—\s*)?(?P<who>he|she|they|it|the\s+[\w'’ -]{2,40}?|"
        r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:had\s+|has\s+|then\s+|"
        r"also\s+|later\s+|was\s+quoted\s+as\s+)?" + SAY_EN + r"\b"
    ),
    re.compile(r"^[,.!?]?\s*(?:—\s*)?" + SAY_EN + r"\s+(?P<who>[^.;:!?\"“]{2,60})"),
)
_AFTER_EN_TITLED = re.compile(  # '"…," presidential aide Yuri Ushakov told'
    r"^[,.!?]?\s*(?P<who>(?:[A-Za-z][\w'’-]*\s+){0,5}[a-z][\w'’-]*\s+"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:has\s+|had\s+|also\s+)?"
    + SAY_EN
    + r"\b"
)
_AFTER_RU = re.compile(
    r"^[,.!?…]?\s*(?:"
    + _DASH
    + r"\s*|(?<=,)\s*)(?:[а-яё]+\s+)?"
    + SAY_RU
    + r"\s*(?P<who>(?:[^.!?«»]|«[^«».!?]{1,60}»){0,160})",
)
_AFTER_JA = re.compile(
    r"^と(?!いう|いった|の|呼|名付|称|位置づけ|題し|書か|記さ)"
    r"[^。「」]{0,14}?" + SAY_JA
)
_NAMING = {  # each tried only where one of its words stands (quick.Led)
    "en": Led(
        r"(?:so-called|dubbed|known\s+as|called|named|titled|term|word|"
        r"phrase|slogan|labelled|labeled)\s*(?:the\s+|a\s+)?$",
        re.IGNORECASE,
        words=(
            *("so-called", "dubbed", "known", "called", "named", "titled", "term"),
            *("word", "phrase", "slogan", "labelled", "labeled"),
        ),
    ),
    "ru": Led(
        r"(?:называ[а-яё]+|именуе[а-яё]+|именую[а-яё]+|обозначен[а-яё]*\s+как|"
        r"известн[а-яё]+\s+как|так\s+называем[а-яё]+|своего\s+рода|"
        r"под\s+названием|получит\s+название|названи[а-яё]+|некоего|"
        r"именуют|зовут|прозвал[а-яё]*)[^,.;:«»]*$",
        re.IGNORECASE,
        words=(
            *("называ", "именуе", "именую", "обозначен", "известн", "так"),
            *("своего", "под", "получит", "названи", "некоего", "зовут", "прозвал"),
        ),
    ),
    "ja": Led(r"いわゆる$", words=("いわゆる",)),
}
_SAY_EN_WORDS = tuple(SAY_EN.removeprefix("(?:").removesuffix(")").split("|"))
_SAY_RU_STEMS = (
    *("сказа", "заяви", "отмети", "подчеркну", "добави", "сообщи", "поясни"),
    *("замети", "указа", "говори", "рассказа", "ответи", "написа", "уточни"),
    *("призна", "пошути", "напомни", "констатирова", "завери", "подытожи"),
    *("предупреди", "продолжи", "призва", "заверши", "резюмирова", "подчеркива"),
    *("заявля", "отмеча", "добавля", "объясни", "повтори", "подчеркивается"),
    *("подчеркивалось", "отмечается", "указывается", "сообщается", "утверждается"),
    *("уточняется", "заявляется"),
)
_SAY_BEFORE = {  # each tried only where one of its words stands (quick.Led)
    "en": Led(
        r"\b(?:" + SAY_EN + r"|according\s+to|"
        r"chants?\s+of|shouts?\s+of|reported|quoted|as\s+saying)\b",
        re.IGNORECASE,
        words=(
            *_SAY_EN_WORDS,
            "according",
            "chant",
            "shout",
            "reported",
            "quoted",
            "as",
        ),
    ),
    "ru": Led(
        r"(?:"
        + SAY_RU
        + r"|по\s+(?:его\s+|её\s+|ее\s+|их\s+)?(?:словам|оценке|мнению)|"
        r"назвал[аи]?|"
        r"заявлени[а-яё]+|допустил[аи]?|призвал[аи]?|выразил[аи]?|"
        r"поддержал[аи]?|считает|уверен[а-яё]*|убежден[а-яё]*)",
        re.IGNORECASE,
        words=(
            *_SAY_RU_STEMS,
            *("по", "назвал", "заявлени", "допустил", "призвал", "выразил"),
            *("поддержал", "считает", "уверен", "убежден"),
        ),
    ),
}
_NAME_LIKE = re.compile(r"^[\W_]*(?:[A-ZА-ЯЁ0-9]|\d)")
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
_NEW_SENTENCE = re.compile(
    r"^\s+(?:When|If|As|After|Before|But|And|Then|While|Although|Because|Since|"
    r"The|It|In|On|At)\b"
)
_ENDED = re.compile(r"^\s*\.")  # Japan the "Northern Territories". Japan says

_FORWARD = re.compile(r"(?i)according|по\s|заявлени")
_TRAILING = {
    "en": re.compile(
        r",\s*(?P<who>he|she|the\s+[\w' -]{2,40}?|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
        r"\s+(?:said|says|added|reported|told\s+\w+)\s*[.!?]?\s*$"
    ),
    "ru": re.compile(
        r",\s*[—–-]?\s*(?:" + SAY_RU + r")\s+(?P<who>[^,.!?«»]{2,80})[.!?]?\s*$"
    ),
}


_STOP = re.compile(r"[.!?](?=\s|$)")


def _sentence_rest(paragraph: str, at: int) -> str:
    """Return the rest of the sentence after a quotation (to the next stop)."""
    stop = _STOP.search(paragraph, at)
    return paragraph[at : stop.end() if stop else len(paragraph)]


@dataclass(frozen=True)
class Cue:
    """Why a quotation is speech, and where its speaker may be named.

    ``how`` is ``after`` (an attribution after the closing mark), ``before``
    (a speech verb or "according to" earlier in the sentence), ``colon``
    (``answered: "…"``), ``japanese`` (``「…」と述べた``) or ``continued`` (a
    sentence of its own after a speaker's quotation); the speaker, if named,
    stands in ``paragraph[start:end]``.
    """

    how: str
    start: int
    end: int


def speech_cue(
    paragraph: str,
    sentence_start: int,
    start: int,
    end: int,
    lang: str,
    *,
    after_speech: bool = False,
) -> Cue | None:
    """Return why the quotation at ``start:end`` is speech, or ``None`` (a term).

    Parameters
    ----------
    paragraph
        The paragraph's text.
    sentence_start
        Where the quotation's sentence starts in the paragraph.
    start, end
        The quoted text (quotation marks excluded).
    lang
        ``en``, ``ru`` or ``ja``.
    after_speech
        Whether the sentence before was a speaker's quotation (a quotation
        alone in the next sentence continues it).

    Examples
    --------
    >>> p = 'Kan called the visit "regrettable".'
    >>> speech_cue(p, 0, p.index("regr"), p.index("regr") + 11, "en").how
    'before'
    >>> p = "「共同経済活動」の実現に向けて協議する。"
    >>> speech_cue(p, 0, 1, 7, "ja") is None
    True
    """
    text = paragraph[start:end]
    after_at = end + 1
    after = paragraph[after_at : after_at + 240]
    before = paragraph[sentence_start : max(sentence_start, start - 1)]
    if lang == "ja":
        if _AFTER_JA.match(after):
            return Cue("japanese", sentence_start, start - 1)
        return None
    if lang == "ru":
        m = _AFTER_RU.match(after)
        if m:
            return Cue("after", after_at + m.start("who"), after_at + m.end("who"))
    elif not _ENDED.match(after) and not (
        text.rstrip().endswith(".")
        or (text.rstrip()[-1:] in "?!" and _NEW_SENTENCE.match(after))
    ):
        for pattern in _AFTER_EN:  # not '"… ." Japan had asked': a new sentence
            m = pattern.match(after)
            if m:
                return Cue("after", after_at + m.start("who"), after_at + m.end("who"))
        m = _AFTER_EN_TITLED.match(after) if text.rstrip()[-1:] in ",?!" else None
        if m:
            return Cue("after", after_at + m.start("who"), after_at + m.end("who"))
    if _NAMING[lang].search(before):
        return None
    stripped = before.rstrip()
    if stripped.endswith(":"):
        return Cue("colon", sentence_start, start - 1)
    if not stripped.strip("—–- "):
        rest = paragraph[after_at : after_at + 3]
        whole = not rest.strip() or rest.lstrip()[:1] in ".!?"
        if _ENDS_SENTENCE.search(text) or (whole and after_speech):
            return Cue("continued", sentence_start, sentence_start)
        return None
    tail = _TRAILING[lang].search(_sentence_rest(paragraph, after_at))
    if tail and not _NAME_LIKE.match(text):  # '"…" on the islands, the ministry said.'
        return Cue("after", after_at + tail.start("who"), after_at + tail.end("who"))
    said = list(_SAY_BEFORE[lang].finditer(before))
    if not said:
        return None
    last = said[-1]
    near_comma = stripped.endswith(",") and len(before) - last.end() <= 40
    if _NAME_LIKE.match(text) and not near_comma:
        return None  # «Бастион», a "Bal" system: a name after the verb
    if _FORWARD.match(last[0]):  # по словам Лаврова, «…»: the speaker comes after
        return Cue("before", sentence_start + last.start(), start - 1)
    return Cue("before", sentence_start, sentence_start + last.end())
