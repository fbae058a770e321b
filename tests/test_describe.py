"""Text alternatives: what the description says, and where it goes."""

from __future__ import annotations

import pytest

import kurilmap


def test_names_the_view_the_day_every_island_and_the_figures():
    text = kurilmap.describe("japan", date="1950-01-01")
    assert "Japan's view" in text
    assert "1950-01-01" in text
    for island in ("Etorofu", "Kunashiri", "Shikotan", "Habomai"):
        assert island in text
    assert "occupied by the Soviet Union" in text
    # The published total (MOFA, GSI 2022 [S03]; 5,003.1 GSI 2021 [S04]),
    # not the sum of the rounded per-island figures (5,004).
    assert "5,003 km²" in text
    assert "5,004" not in text
    assert "[S03;S04]" in text
    assert "17,291 Japanese residents on 15 August 1945 [S06]" in text
    assert "residents in 2016" not in text  # no figure from after the day


@pytest.mark.parametrize(
    ("day", "register", "census"),
    [
        ("1860-01-01", False, False),
        ("1945-08-14", False, False),
        ("1945-08-15", True, False),
        ("2015-12-31", True, False),
        ("2016-01-01", True, True),
    ],
)
def test_figures_are_never_from_after_the_day(day, register, census):
    for lang, words in (
        ("en", ("1945 [", "2016 [")),
        ("ja", ("1945年8月15日", "2016年")),
        ("ru", ("1945 г. [", "2016 г. [")),
    ):
        text = kurilmap.describe("neutral", lang=lang, date=day)
        assert (words[0] in text) is register, (lang, day)
        assert (words[1] in text) is census, (lang, day)


def test_follows_the_claims_model():
    russia = kurilmap.describe("russia", date="2019-05-10")
    japan = kurilmap.describe("japan", date="2019-05-10")
    assert "occupied" not in russia
    assert "occupied by Russia" in japan
    before = kurilmap.describe("de_facto", date="1900-01-01")
    assert "Japan" in before
    assert before != kurilmap.describe("de_facto", date="2000-01-01")


@pytest.mark.parametrize(("lang", "needle"), [("ja", "択捉島"), ("ru", "Итуруп")])
def test_in_each_language(lang, needle):
    text = kurilmap.describe("neutral", lang=lang, date="2019-05-10")
    assert needle in text
    assert "[S03;S04]" in text


def test_bad_view_is_a_clear_error():
    with pytest.raises(ValueError, match="view"):
        kurilmap.describe("japanese")


def test_map_page_carries_it():
    m = kurilmap.make_map("russia", date="2019-05-10")
    html = m.get_root().render()
    text = kurilmap.describe("russia", date="2019-05-10")
    escaped = text.replace("'", "&#x27;")
    assert f'<meta name="description" content="{escaped}">' in html
    assert f'.setAttribute("aria-describedby", "{m.get_name()}_alt")' in html
    assert f'<p id="{m.get_name()}_alt" class="km-alt">{escaped}</p>' in html
    assert f'document.getElementById("{m.get_name()}")' in html


def test_figure_carries_it_and_prints_it_as_caption():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = kurilmap.plot("neutral", date="2019-05-10", inset=False, caption=True)
    text = kurilmap.describe("neutral", date="2019-05-10")
    assert ax.figure.get_label() == text
    assert any(t.get_text().replace("\n", " ") == text for t in ax.texts)
    plt.close("all")


def test_russian_pledge_agrees_with_habomai_and_shikotan_alike():
    text = kurilmap.describe("russia", lang="ru", date="2019-05-10")
    assert text.count("обещана передача Японии после мирного договора") == 2
    assert "обещан Японии" not in text  # «Хабомаи … обещан»: Habomai is plural


def test_japanese_text_uses_full_width_colons_only():
    text = kurilmap.describe("neutral", lang="ja", date="2019-05-10")
    assert "択捉島 / イトゥルップ：係争中" in text
    assert ": " not in text  # 「イトゥルップ: 係争中。日本：…」 mixed the two
