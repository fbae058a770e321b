from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurilmap.places.normalize import fold, normalise, script_of


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Etorofu-tō", "etorofu"),
        ("ETOROFU TO", "etorofu"),
        ("Iturup Island", "iturup"),
        ("Habomai Islands", "habomai"),
        ("Kunashiri isl.", "kunashiri"),
        ("Kaigara-jima", "kaigara"),
        ("о. Итуруп", "итуруп"),
        ("остров Шикотан", "шикотан"),
        ("Зелёный", "зеленыи"),
        ("択捉島", "択捉"),
        ("歯舞群島", "歯舞"),
        ("千島", "千島"),
        ("Yuzhno–Kurilsk", "yuzhnokurilsk"),
        ("ｴﾄﾛﾌ", "エトロフ"),
        ("the Kuril Islands", "kuril"),
    ],
)
def test_normalise_examples(name, key):
    assert normalise(name) == key


def test_kana_voicing_is_kept():
    assert fold("が") == "が"
    assert normalise("ガ島") != normalise("カ島")


@given(st.text())
def test_fold_keeps_length_and_is_idempotent(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


@given(st.text())
def test_normalise_never_fails_and_has_no_glue(text):
    key = normalise(text)
    assert isinstance(key, str)
    assert not any(c in key for c in " -.'")


@given(st.text(alphabet="abcdefghijklmnoprstuwyz", min_size=1, max_size=20))
def test_case_and_macrons_do_not_matter(word):
    macron = word.replace("o", "ō").replace("u", "ū")
    assert normalise(word.upper()) == normalise(word) == normalise(macron)


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("Iturup", "Latn"),
        ("Итуруп", "Cyrl"),
        ("えとろふ", "Hira"),
        ("エトロフ", "Kana"),
        ("択捉島", "Hani"),
        ("クナシㇼ", "Kana"),
        ("123", "Zyyy"),
    ],
)
def test_script_of(name, script):
    assert script_of(name) == script


@pytest.mark.parametrize("value", [None, 5, ["Iturup"]])
def test_the_name_helpers_take_text_only(value):
    from kurilmap.places import fold, normalise, script_of

    for helper in (fold, normalise, script_of):
        with pytest.raises(TypeError, match=rf"{helper.__name__}\(\) takes a str"):
            helper(value)
