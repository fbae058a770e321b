"""Who said it: speech or term, the attribution forms, roles by date, the register."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import kurilmap
from kurilmap.datasets import dataset_records
from kurilmap.news.names import mentions, ru_forms
from kurilmap.news.quoting import speech_cue
from kurilmap.news.roles import OFFICE_TITLES, OFFICES, holders, offices_of
from kurilmap.news.sentences import quotations, sentences
from kurilmap.news.speakers import Speakers, attribute, people_in, person


def said(text: str, lang: str, date: str | None = None) -> list[tuple[str, ...]]:
    """Read a text as kurilmap.quotes does: (kind, quoted text, speaker id)."""
    speakers = Speakers(lang, dt.date.fromisoformat(date) if date else None)
    out = []
    for paragraph in text.split("\n\n"):
        found = quotations(paragraph)
        for s in sentences(paragraph):
            inside = [q for q in found if s.start <= q.start - 1 < s.end]
            for q in speakers.attribute(paragraph, s.start, inside):
                out.append((q["kind"], q["text"], q["speaker_id"]))
    return out


# --- speech or term -----------------------------------------------------------

TERMS = [
    ('Japan calls them the "Northern Territories".', "en"),
    ('They met in the so-called "2+2" format.', "en"),
    ('The paper reported that a "Bastion" system was deployed.', "en"),
    ("Токио называет их «северными территориями».", "ru"),
    ("Газета сообщила, что на Итурупе заступил комплекс «Бастион».", "ru"),
    ("両首脳は「共同経済活動」の実現で一致した。", "ja"),
    ("若いコンブは「棹前昆布」と呼ばれる。", "ja"),
    ("大統領は訪問を国内の「地方視察」と位置づけている。", "ja"),
]


@pytest.mark.parametrize(("text", "lang"), TERMS)
def test_a_name_or_term_in_quotation_marks_is_a_term(text, lang):
    assert [kind for kind, *_ in said(text, lang)] == ["term"]


def test_a_term_has_no_speaker():
    rows = Speakers("en").attribute(
        'Lavrov spoke of the "2+2".', 0, quotations('Lavrov spoke of the "2+2".')
    )
    assert rows == [
        {
            "text": "2+2",
            "kind": "term",
            "speaker": None,
            "speaker_id": None,
            "role": None,
        }
    ]


# --- the attribution forms, three languages ---------------------------------

FORMS = [
    ('"We disagree," Kono said.', "en", "taro-kono"),
    ('"We have suffered," said Suga, who spoke in Tokyo.', "en", "yoshihide-suga"),
    (
        'Lavrov added that talks would go on. According to Iwaya, "It is hard."',
        "en",
        "takeshi-iwaya",
    ),
    ('Prime Minister Naoto Kan called the visit "regrettable".', "en", "naoto-kan"),
    (
        'Kremlin spokesman Dmitry Peskov said the trip "is normal".',
        "en",
        "dmitry-peskov",
    ),
    (
        'Kishida told the committee the move was "unacceptable," he said.',
        "en",
        "fumio-kishida",
    ),
    ("«Это наша земля», — сказал Медведев.", "ru", "dmitry-medvedev"),
    (
        "По словам Дмитрия Пескова, стороны «активизируют переговоры».",
        "ru",
        "dmitry-peskov",
    ),
    (
        "Министр иностранных дел Японии Фумио Кисида заявил, что поездка «ранит "
        "чувства японского народа».",
        "ru",
        "fumio-kishida",
    ),
    ("«Решение принято», — говорится в заявлении МИД России.", "ru", "russia-mfa"),
    (
        "Сам премьер пошутил, а Лавров ответил: «Бог троицу любит».",
        "ru",
        "sergei-lavrov",
    ),
    ("河野外相は記者会見で「抗議する」と述べた。", "ja", "taro-kono"),
    (
        "菅義偉官房長官も同日、訪問は「受け入れられない」と強調した。",
        "ja",
        "yoshihide-suga",
    ),
    ("プーチン大統領は「作業を続けたい」と語った。", "ja", "vladimir-putin"),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), FORMS)
def test_each_attribution_form(text, lang, speaker):
    quotes = [row for row in said(text, lang, "2016-11-24") if row[0] == "quote"]
    assert quotes, text
    assert quotes[-1][2] == speaker


def test_the_speaker_is_named_in_the_article_language():
    p = "«Это наша земля», — сказал Медведеву."  # a case form is still him
    (row,) = Speakers("ru").attribute(p, 0, quotations(p))
    assert (row["speaker"], row["speaker_id"]) == ("Медведев", "dmitry-medvedev")
    p = "ラブロフ外相は「難しい」と述べた。"
    (row,) = Speakers("ja").attribute(p, 0, quotations(p))
    assert row["speaker"] == "ラブロフ"


def test_an_unknown_speaker_keeps_the_name_written():
    p = '"We will go," said Koyata Otsuka, 89.'
    (row,) = Speakers("en").attribute(p, 0, quotations(p))
    assert (row["kind"], row["speaker"], row["speaker_id"]) == (
        "quote",
        "Koyata Otsuka",
        None,
    )


# --- pronouns, roles and dropped subjects -------------------------------------


def test_a_pronoun_is_the_person_named_before_not_an_object():
    text = (
        "Chief Cabinet Secretary Yoshihide Suga met reporters on Friday.\n\n"
        "Asked about President Vladimir Putin's visit, he answered: "
        '"It will have no influence."'
    )
    assert said(text, "en", "2016-11-24")[-1][2] == "yoshihide-suga"
    text = (
        "Лавров прибыл в Токио. Он встретился с Кисидой.\n\n"
        "«Переговоры будут долгими», — сказал он журналистам."
    )
    assert said(text, "ru", "2016-03-01")[-1][2] == "sergei-lavrov"


def test_a_role_is_the_person_named_before_with_that_role():
    text = (
        "Russian Prime Minister Dmitry Medvedev visited Iturup.\n\n"
        'Japan protested. "Everything is modern here," the prime minister said.'
    )
    assert said(text, "en", "2015-08-22")[-1][2] == "dmitry-medvedev"
    text = (
        "Премьер-министр Японии Синдзо Абэ встретился с Путиным.\n\n"
        "«Мы решим территориальный вопрос», — сказал японский премьер."
    )
    assert said(text, "ru", "2018-11-14")[-1][2] == "shinzo-abe"


def test_a_role_alone_is_the_office_holder_on_the_article_date():
    text = '"It is extremely regrettable," the Prime Minister said.'
    assert said(text, "en", "2024-02-07")[-1][2] == "fumio-kishida"
    assert said(text, "en", "2019-05-10")[-1][2] == "shinzo-abe"
    assert said("首相は「遺憾だ」と述べた。", "ja", "2011-03-01")[-1][2] == "naoto-kan"
    assert (
        said("«Это наш регион», — сказал президент.", "ru", "2010-11-01")[-1][2]
        == "dmitry-medvedev"
    )
    # no date, no earlier name: the role names nobody
    assert said(text, "en")[-1][2] is None


def test_a_former_role_is_not_todays_holder():
    text = (
        "Дмитрий Медведев написал в Telegram.\n\n"
        "«Вопрос закрыт», — написал бывший президент."
    )
    assert said(text, "ru", "2022-03-22")[-1][2] == "dmitry-medvedev"


def test_a_dropped_japanese_subject_is_the_last_subject():
    text = (
        "河野克俊統合幕僚長は24日の記者会見で、オホーツク海は重要だと指摘した。"
        "そのうえで「軍事拠点化が進められていると思う」と述べた。"
    )
    assert said(text, "ja", "2016-11-24")[-1][2] == "katsutoshi-kawano"
    text = (
        "古林貞夫さん（78）＝根室市＝は喜んだ。"
        "そのうえで「トラブルは困る」と注文を付けた。"
    )
    assert said(text, "ja", "2017-08-05")[-1][2] == "sadao-furubayashi"


def test_an_institution_named_again():
    text = (
        "ロシア外務省は21日、声明を出した。\n\n"
        "同省は声明で、「交渉を続けるつもりはない」と表明した。"
    )
    assert said(text, "ja", "2022-03-22")[-1][2] == "russia-mfa"
    text = (
        "Japan lodged a protest. Its Foreign Ministry said in a statement that "
        'such visits "offend the feelings of the Japanese people".'
    )
    assert said(text, "en", "2019-08-02")[-1][2] == "japan-mfa"


def test_a_quotation_alone_continues_the_speaker():
    text = (
        '"We are keeping a close eye," Suga told reporters. '
        '"Our position remains unchanged." Japan, he said, would go on.'
    )
    assert [r[2] for r in said(text, "en", "2020-07-02")] == [
        "yoshihide-suga",
        "yoshihide-suga",
    ]


def test_a_sentence_after_a_quotation_is_not_its_attribution():
    text = '"We will protest." Japan had asked Russia not to go.'
    assert said(text, "en", "2021-07-26")[-1][2] is None


def test_attribute_without_the_article_keeps_working():
    p = "«Это наша земля», — сказал Медведев."
    (row,) = attribute(p, 0, quotations(p), None)
    assert (row["kind"], row["speaker_id"]) == ("quote", "dmitry-medvedev")
    p = "«Мы продолжим»."
    (row,) = attribute(p, 0, quotations(p), "Медведев")
    assert row["speaker_id"] == "dmitry-medvedev"  # goes on from the last speaker


def test_quotes_reports_kind():
    article = kurilmap.Article.from_text(
        'Talks\n\nJapan calls them the "Northern Territories". "We disagree," '
        "Kono said.",
        date="2019-05-10",
    )
    rows = kurilmap.quotes(article)[["kind", "text"]].values.tolist()
    assert rows == [["term", "Northern Territories"], ["quote", "We disagree"]]


def test_speech_cue_names_where_the_speaker_stands():
    p = "«Да», — заявил глава МИД России Сергей Лавров."
    cue = speech_cue(p, 0, 1, 3, "ru")
    assert cue is not None
    assert cue.how == "after"
    assert "Лавров" in p[cue.start : cue.end]


# --- the names and the register -----------------------------------------------


def test_names_in_three_scripts_and_their_case_forms():
    assert person("Лаврова")["id"] == "sergei-lavrov"
    assert person("Gemba")["id"] == "koichiro-gemba"
    assert person("玄葉")["id"] == "koichiro-gemba"
    assert "Захаровой" in ru_forms("Захарова")
    assert people_in("加藤官房長官と菅首相") >= {"Kato"}


def test_one_surname_kanji_two_people_told_apart():
    # 菅: Naoto Kan (かん, 2010) and Yoshihide Suga (すが, 2012-2021)
    assert (
        said("菅首相は「遺憾だ」と述べた。", "ja", "2011-01-10")[-1][2] == "naoto-kan"
    )
    assert said("菅首相は「遺憾だ」と述べた。", "ja", "2021-01-10")[-1][2] == (
        "yoshihide-suga"
    )
    # 河野: Taro Kono the foreign minister, not Katsutoshi Kawano
    (m,) = [m for m in mentions("河野外相は", "ja") if m.kind == "name"]
    assert m.ids == ("taro-kono",)


def test_holders_by_date():
    assert holders("japan-prime-minister", "2019-05-10") == ["shinzo-abe"]
    assert holders("japan-prime-minister", "2008-02-07") == ["yasuo-fukuda"]
    assert holders("japan-chief-cabinet-secretary", "2021-07-26") == ["katsunobu-kato"]
    assert holders("russia-prime-minister", "2021-07-26") == ["mikhail-mishustin"]
    assert holders("russia-deputy-foreign-minister", "2011-12-15") == [
        "igor-morgulov"
    ]  # a term known to the month counts for the month
    assert offices_of("fumio-kishida", "2022-03-22") == ["japan-prime-minister"]


PEOPLE = dataset_records("people")
OFFICE_ROWS = dataset_records("offices")
SOURCE_KEYS = {row["key"]: row for row in dataset_records("sources")}
NO_SOURCE = re.compile(r"not found in a source|not seen in a source|no source")


def _filled(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


@pytest.mark.parametrize("row", PEOPLE, ids=[r["id"] for r in PEOPLE])
def test_every_person_has_names_in_three_scripts(row):
    note = str(row.get("note") or "")
    for column in ("name_en", "name_ru", "name_ja"):
        assert _filled(row[column]) or NO_SOURCE.search(note), (row["id"], column)
    if row["kind"] == "person" and row["country"] == "japan":
        assert _filled(row["surname_ja_kana"]) or "reading" in note.lower(), row["id"]
        if _filled(row["surname_ja_kana"]):
            assert re.fullmatch(r"[ぁ-ゖー]+", row["surname_ja_kana"]), row["id"]
    assert all(key in SOURCE_KEYS for key in row["source"].split(";"))


def test_every_quoted_person_of_the_evaluation_set_is_in_the_register():
    ids = {row["id"] for row in PEOPLE}
    for name in (
        "yoshihide-suga",
        "mikhail-mishustin",
        "dmitry-peskov",
        "yuri-trutnev",
        "koichiro-gemba",
        "naoto-kan",
        "seiji-maehara",
        "toshimitsu-motegi",
        "katsunobu-kato",
        "yoko-kamikawa",
        "yoshimasa-hayashi",
        "shigeru-ishiba",
        "yasuo-fukuda",
        "igor-morgulov",
        "hitoshi-kikawada",
        "minoru-kihara",
        "dmitry-khan",
        "russia-mfa",
        "japan-mfa",
    ):
        assert name in ids


@pytest.mark.parametrize(
    "row", OFFICE_ROWS, ids=[f"{r['person_id']}-{r['office']}" for r in OFFICE_ROWS]
)
def test_every_office_is_sourced_and_runs_forward(row):
    people = {p["id"]: p for p in PEOPLE}
    assert people[row["person_id"]]["kind"] == "person"
    start, end = str(row["start"]), row["end"]
    assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", start)
    if isinstance(end, str) and end:
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", end)
        assert start[: len(end)] <= end
    for key in row["source"].split(";"):
        source = SOURCE_KEYS[key]
        assert _filled(source["url"]), key
        assert _filled(source["title"]) or _filled(source["publisher"]), key


def test_every_office_has_a_title():
    assert set(OFFICE_TITLES) == set(OFFICES)


# --- speakers not in the register ------------------------------------------------


def spoken(text: str, lang: str, date: str = "2020-01-10") -> list[tuple[str, ...]]:
    """Read a text as kurilmap.quotes does: (speaker, speaker id) of each quote."""
    speakers = Speakers(lang, dt.date.fromisoformat(date))
    out = []
    for paragraph in text.split("\n\n"):
        found = quotations(paragraph)
        for s in sentences(paragraph):
            inside = [q for q in found if s.start <= q.start - 1 < s.end]
            for q in speakers.attribute(paragraph, s.start, inside):
                if q["kind"] == "quote":
                    out.append((q["speaker"], q["speaker_id"]))
    return out


UNREGISTERED = [
    # a Japanese name with an honorific or a title, without さん and the age
    ("元島民の坂上範夫さん（80）は「島に帰りたい」と話した。", "ja", "坂上範夫"),
    ("旅行会社の加藤進社長は「需要は大きい」と語った。", "ja", "加藤進"),
    (
        "河野外相は会談に臨んだ。漁協の佐藤一郎組合長（65）は「安全操業を守って"
        "ほしい」と訴えた。",
        "ja",
        "佐藤一郎",
    ),
    # a role with no name: the role as written
    ("北海道の担当者は「状況を注視する」としている。", "ja", "北海道の担当者"),
    # Russian: the name nearest the verb, after a role and a «term»
    (
        "Путин посетил Курилы.\n\n«Мы построим завод», — сказал глава компании "
        "«Гидрострой» Александр Верховский.",
        "ru",
        "Александр Верховский",
    ),
    (
        "Путин провел совещание. «Рыба будет», — отметил министр Александр Козлов.",
        "ru",
        "Александр Козлов",
    ),
    (
        "Путин встретился с Абэ. «Переговоры прошли конструктивно», — заявил "
        "помощник президента Юрий Ушаков.",
        "ru",
        "Юрий Ушаков",
    ),
    (
        "Лавров прибыл в Токио. «Проект будет реализован», — говорится в "
        "заявлении компании.",
        "ru",
        "компании",
    ),
    # English: the name nearest the verb beats a registered person named before
    (
        'Putin met Abe in Moscow. "Talks were useful," presidential aide Yuri '
        "Ushakov told reporters.",
        "en",
        "Yuri Ushakov",
    ),
    (
        'Putin met Abe in Moscow. "Talks were useful," said Yuri Ushakov, a '
        "Kremlin aide.",
        "en",
        "Yuri Ushakov",
    ),
    (
        'Abe spoke first. "It was a good meeting," Vladimir Putin\'s foreign '
        "policy aide Yuri Ushakov told reporters.",
        "en",
        "Yuri Ushakov",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), UNREGISTERED)
def test_a_speaker_not_in_the_register_is_named_as_written(text, lang, speaker):
    assert spoken(text, lang)[-1] == (speaker, None)


def test_a_registered_speaker_still_wins_beside_an_institution_or_in_passing():
    text = "«Все идет по плану», — отметил глава МИД России Сергей Лавров."
    assert spoken(text, "ru") == [("Лавров", "sergei-lavrov")]
    text = "安倍首相は訪問を批判した。菅官房長官は「遺憾だ」と述べた。"
    assert spoken(text, "ja")[-1][1] == "yoshihide-suga"
    # an embedded 住民は is not the speaker's topic
    text = "田中太郎さんは、住民は反対したと述べ、「計画は見直すべきだ」と強調した。"
    assert spoken(text, "ja") == [("田中太郎", None)]


def test_a_pronoun_or_dropped_subject_is_the_last_person_named_registered_or_not():
    text = (
        'Putin met Abe in Moscow. "Talks were useful," said Yuri Ushakov, a '
        'Kremlin aide. "We will meet again," he said.'
    )
    assert spoken(text, "en") == [("Yuri Ushakov", None)] * 2
    text = 'Tatsuo Hasegawa, 80, was born on Etorofu. "I want to go home," he said.'
    assert spoken(text, "en") == [("Tatsuo Hasegawa", None)]
    text = "元島民の長谷川進さん（85）は根室市に住む。「もう一度行きたい」と語った。"
    assert spoken(text, "ja") == [("長谷川進", None)]
    # an object with an age is not the subject a pronoun means
    text = (
        "Kishida met the leader of the delegation, Koyata Otsuka, 89, and asked "
        'him: "Are you in favor?"'
    )
    assert spoken(text, "en", "2022-05-12") == [("Kishida", "fumio-kishida")]


def test_a_person_named_again_by_surname_is_the_same_person():
    text = (
        'Former islander Tatsuo Hasegawa, 80, visited Nemuro with Abe. "I want to '
        'go home," Hasegawa said.'
    )
    assert spoken(text, "en") == [("Tatsuo Hasegawa", None)]
    text = '"We want to go back," said Kenji Sato, 79. "It is hard," Sato said.'
    assert spoken(text, "en") == [("Kenji Sato", None)] * 2
    text = (
        "元島民の坂上範夫さん（80）は先月、墓参に参加した。"
        "坂上さんは「父の墓に参れた」と語った。"
    )
    assert spoken(text, "ja") == [("坂上範夫", None)]
    text = "«Мост построят», — сообщил Иван Петров. «Это важно», — добавил Петров."
    assert spoken(text, "ru") == [("Иван Петров", None)] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Time is short," said a man on Kunashir.', None),  # was "Kunashir"
        ('"Time is short," said a fisherman in Yuzhno-Kurilsk.', None),
        ('"Time is short," said Ivan Petrov, a resident of Shikotan.', "Ivan Petrov"),
        (
            "«Нам нужен причал», — сказал глава Южно-Курильского округа.",
            "глава Южно-Курильского округа",  # was "Южно-"
        ),
        ("«Время уходит», — сказал житель Шикотана.", "житель Шикотана"),
        ("«Время уходит», — сказал Иван Петров.", "Иван Петров"),
    ],
)
def test_the_speaker_written_is_a_person_or_role_never_a_place(text, speaker):
    article = kurilmap.Article.from_text(f"Talks\n\n{text}", date="2024-05-15")
    said = kurilmap.quotes(article)
    assert said["kind"].tolist() == ["quote"]
    found = said["speaker"].iloc[0]
    assert (None if found is None or found != found else found) == speaker
