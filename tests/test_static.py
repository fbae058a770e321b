"""Static figures: content, scripts, formats and byte-identical renders."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import kurilmap
from kurilmap.figures import static


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def texts(ax) -> list[str]:
    found = [t.get_text() for t in ax.texts]
    legend = ax.get_legend()
    found += [t.get_text() for t in legend.get_texts()]
    found.append(legend.get_title().get_text())
    return found


def test_neutral_map_names_both_positions_and_has_its_furniture():
    ax = kurilmap.plot("neutral", date="2019-05-10")
    words = " ".join(texts(ax))
    assert "Neutral: both positions" in ax.get_title()
    assert "Iturup / Etorofu" in words
    assert "Habomai Islands" in words  # the islets are named, not only the islands
    assert "Japan's claim line" in words
    assert "GSHHG" in words
    assert "N" in [t.get_text() for t in ax.texts]
    assert len(ax.child_axes) == 1  # the locator inset
    hatched = [p for p in ax.collections if p.get_hatch()]
    assert hatched, "contested islands are hatched"


@pytest.mark.parametrize(("lang", "script"), [("ja", "択捉島"), ("ru", "Итуруп")])
def test_labels_in_the_chosen_script(lang, script):
    ax = kurilmap.plot("japan", lang=lang, date="1950-01-01")
    labels = [t for t in ax.texts if script in t.get_text()]
    assert labels
    if lang == "ja":  # drawn with the CJK font (CI installs fonts-noto-cjk)
        assert labels[0].get_fontfamily()[0] == static.CJK_FONT


def test_the_view_decides_the_status():
    japan = " ".join(texts(kurilmap.plot("japan", date="2019-05-10")))
    russia = " ".join(texts(kurilmap.plot("russia", date="2019-05-10")))
    assert "occupied" in japan.lower()
    assert "occupied" not in russia.lower()


def test_japanese_without_a_cjk_font_warns_and_falls_back(monkeypatch):
    from matplotlib import font_manager

    monkeypatch.setattr(
        font_manager.fontManager,
        "ttflist",
        [f for f in font_manager.fontManager.ttflist if "CJK" not in f.name],
    )
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        ax = kurilmap.plot("japan", lang="ja")
    assert "Japan's view" in ax.get_title()


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_two_renders_are_byte_identical(tmp_path, suffix):
    paths = []
    for name in ("a", "b"):
        ax = kurilmap.plot("de_facto", date="2000-01-01", inset=False)
        paths.append(
            kurilmap.save_figure(ax.figure, tmp_path / f"{name}.{suffix}", dpi=60)
        )
        plt.close("all")
    first, second = (p.read_bytes() for p in paths)
    assert len(first) > 10_000
    assert first == second


def test_png_size_follows_dpi(tmp_path):
    ax = kurilmap.plot(inset=False, settlements=False)
    path = kurilmap.save_figure(ax.figure, tmp_path / "map.png", dpi=50)
    image = matplotlib.image.imread(path)
    assert image.shape[:2] == (390, 550)


def test_bad_format_and_folder_lose_nothing(tmp_path):
    ax = kurilmap.plot(inset=False)
    with pytest.raises(ValueError, match=r"use \.png, \.svg or \.pdf"):
        kurilmap.save_figure(ax.figure, tmp_path / "map.jpg")
    with pytest.raises(kurilmap.OutputError, match="does not exist"):
        kurilmap.save_figure(ax.figure, tmp_path / "missing" / "map.png")
    assert list(tmp_path.iterdir()) == []


def test_only_a_figure_is_saved(tmp_path):
    ax = kurilmap.plot(inset=False)
    with pytest.raises(TypeError, match=r"not its Axes: pass ax\.figure"):
        kurilmap.save_figure(ax, tmp_path / "map.png")
    with pytest.raises(TypeError, match="takes a matplotlib Figure, not str"):
        kurilmap.save_figure("map", tmp_path / "map.png")
    assert list(tmp_path.iterdir()) == []
    plt.close(ax.figure)


def test_bad_view_is_a_clear_error():
    with pytest.raises(ValueError, match="view"):
        kurilmap.plot("china")


def test_draws_on_given_axes():
    _fig, (left, right) = plt.subplots(1, 2)
    assert kurilmap.plot("japan", ax=left, inset=False) is left
    assert kurilmap.plot("russia", ax=right, inset=False) is right
    assert static.CRS == "EPSG:32655"


def test_files_carry_the_text_alternative(tmp_path):
    from PIL import Image

    ax = kurilmap.plot("russia", lang="ru", date="2019-05-10", inset=False)
    alt = ax.figure.get_label()
    assert alt.startswith("Карта четырёх островов")
    png = kurilmap.save_figure(ax.figure, tmp_path / "m.png", dpi=40)
    assert Image.open(png).text["Description"] == alt
    svg = kurilmap.save_figure(ax.figure, tmp_path / "m.svg")
    assert alt.split(".")[0] in svg.read_text(encoding="utf-8")
    pdf = kurilmap.save_figure(ax.figure, tmp_path / "m.pdf")
    assert b"/Subject" in pdf.read_bytes()


def test_legend_lists_only_lines_drawn_on_the_map_that_day():
    words = " ".join(texts(kurilmap.plot("neutral", date="2019-05-10")))
    assert "Shimoda" not in words  # in force 1855-1875 only
    assert "claim line" in words
    assert "Saint Petersburg" not in words  # the 1875 line lies far north
    assert "status-quo" not in words
    then = " ".join(texts(kurilmap.plot("neutral", date="1860-06-01")))
    assert "Shimoda" in then
    assert "claim line" not in then
    assert "Equidistance" not in then


@pytest.mark.parametrize("lang", ["en", "ja", "ru"])
def test_names_stay_inside_the_map(lang):
    ax = kurilmap.plot("neutral", lang=lang, date="2019-05-10", inset=False)
    ax.figure.canvas.draw()
    frame = ax.get_window_extent()
    names = [t for t in ax.texts if t.get_fontweight() == "bold" and t.get_text()]
    assert len(names) >= 5
    for text in names:
        box = text.get_window_extent()
        assert frame.x0 <= box.x0, text.get_text()
        assert box.x1 <= frame.x1, text.get_text()


def test_japanese_figure_draws_every_glyph(tmp_path):
    # filterwarnings=error: a glyph missing from the font fails the test
    ax = kurilmap.plot("japan", lang="ja", date="1950-01-01")
    assert ax.title.get_fontfamily()[0] == static.CJK_FONT
    kurilmap.save_figure(ax.figure, tmp_path / "ja.png", dpi=30)


def test_saving_one_figure_twice_gives_the_same_bytes(tmp_path):
    # the layout used to move a little on every draw: a, then b, differed
    ax = kurilmap.plot("neutral", date="2019-05-10")
    first = kurilmap.save_figure(ax.figure, tmp_path / "a.png", dpi=60)
    kurilmap.save_figure(ax.figure, tmp_path / "other.png", dpi=110)  # any draw
    second = kurilmap.save_figure(ax.figure, tmp_path / "b.png", dpi=60)
    third = kurilmap.save_figure(ax.figure, tmp_path / "c.png", dpi=60)
    assert len(first.read_bytes()) > 10_000
    assert first.read_bytes() == second.read_bytes() == third.read_bytes()
    svg = [kurilmap.save_figure(ax.figure, tmp_path / f"{n}.svg") for n in "ab"]
    assert svg[0].read_bytes() == svg[1].read_bytes()


def test_a_fresh_process_gives_the_same_bytes(tmp_path):
    import os
    import subprocess
    import sys

    code = (
        "import sys, matplotlib; matplotlib.use('Agg'); import kurilmap; "
        "ax = kurilmap.plot('neutral', date='2019-05-10'); "
        "kurilmap.save_figure(ax.figure, sys.argv[1], dpi=60)"
    )
    there = tmp_path / "there.png"
    env = {**os.environ, "MPLBACKEND": "Agg"}
    subprocess.run([sys.executable, "-c", code, str(there)], check=True, env=env)
    ax = kurilmap.plot("neutral", date="2019-05-10")
    ax.figure.canvas.draw()  # drawn once already, as in a notebook
    here = kurilmap.save_figure(ax.figure, tmp_path / "here.png", dpi=60)
    assert here.read_bytes() == there.read_bytes()


@pytest.mark.parametrize(
    ("date", "kinds"),
    [
        ("1860-06-01", {"treaty_boundary"}),  # Shimoda
        ("2019-05-10", {"claim_line", "equidistance_line"}),
    ],
)
def test_legend_lines_look_like_the_lines_on_the_map(date, kinds):
    from matplotlib.collections import LineCollection
    from matplotlib.colors import to_hex

    from kurilmap import style

    ax = kurilmap.plot("neutral", date=date, inset=False, settlements=False)
    ax.figure.canvas.draw()
    drawn = {
        to_hex(c.get_color()[0]): c
        for c in ax.collections
        if isinstance(c, LineCollection) and len(c.get_segments())
    }
    colours = {to_hex(str(style.LINE_STYLE[kind]["color"])) for kind in kinds}
    assert set(drawn) == colours  # every kind of line is checked on some day
    legend = ax.get_legend().get_lines()
    assert {to_hex(line.get_color()) for line in legend} == set(drawn)
    for line in legend:
        on_map = drawn[to_hex(line.get_color())]
        assert line.get_linewidth() == pytest.approx(on_map.get_linewidth()[0])
        offset, dashes = on_map.get_dashes()[0]
        # matplotlib has no public getter of a Line2D's dash sequence
        assert line._dash_pattern == (offset, dashes)  # dash-dot stays dash-dot
        # the handle is long enough to show the whole pattern, not one dash
        ends = line.get_transform().transform(
            list(zip(line.get_xdata(), line.get_ydata(), strict=True))
        )
        length = (ends[-1][0] - ends[0][0]) * 72 / ax.figure.dpi
        needed = sum(dashes) + dashes[0]
        assert length >= needed - 1e-6, to_hex(line.get_color())


def test_each_status_keeps_its_own_pattern_in_the_legend():
    looks = {}
    for view, day in (("neutral", "2019-05-10"), ("japan", "1960-01-01")):
        table = kurilmap.territories(view, date=day, lang="en")
        status_of = {
            " ".join(label.split()): status
            for label, status in zip(
                table["status_label"], table["status"], strict=True
            )
        }
        ax = kurilmap.plot(view, date=day, lang="en")
        legend = ax.get_legend()
        for patch, text in zip(legend.get_patches(), legend.get_texts(), strict=False):
            look = (
                tuple(patch.get_facecolor()),
                tuple(patch.get_edgecolor()),
                patch.get_hatch(),
            )
            looks.setdefault(look, set()).add(
                status_of[" ".join(text.get_text().split())]
            )
    assert all(len(statuses) == 1 for statuses in looks.values()), looks
    hatches = {look[2] for look in looks} - {None}
    assert {"///", "xxx"} <= hatches  # disputed stripes, occupied cross-hatching


@pytest.mark.parametrize(("lang", "label"), [("en", "50 km"), ("ru", "50 км")])
def test_the_scale_bar_is_written_in_the_figures_language(lang, label):
    from kurilmap.figures.placing import ScaleBar

    ax = kurilmap.plot("neutral", lang=lang)
    (bar,) = [a for a in ax.artists if isinstance(a, ScaleBar)]
    assert bar.bar().txt_label.get_text() == label


def test_the_scale_bar_fits_the_extent_it_is_drawn_at():
    from kurilmap.figures.placing import ScaleBar

    ax = kurilmap.plot("neutral", date="1905-09-05", inset=False)
    (bar,) = [a for a in ax.artists if isinstance(a, ScaleBar)]
    ax.figure.canvas.draw()
    assert bar.bar().txt_label.get_text() == "50 km"
    west, east = ax.get_xlim()
    south, north = ax.get_ylim()
    ax.set_xlim(west - 600_000, east + 600_000)  # a story page framed wide
    ax.set_ylim(south - 400_000, north + 400_000)
    ax.figure.canvas.draw()
    assert bar.bar().txt_label.get_text() == "200 km"
    drawn = bar.get_window_extent(ax.figure.canvas.get_renderer())
    assert ax.get_window_extent().contains(drawn.x0, drawn.y0)


def _placed(ax):
    """The names drawn and the boxes of what they must not cover."""
    renderer = ax.figure.canvas.get_renderer()
    names = [
        t
        for t in ax.texts
        if t.get_fontweight() == "bold" and t.get_text() and t.get_visible()
        if t.get_gid() not in static.FURNITURE  # the north arrow's N
    ]
    furniture = [
        a.get_window_extent(renderer)
        for a in ax.get_children()
        if a.get_gid() in static.FURNITURE
    ]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in names], furniture


@pytest.mark.parametrize("lang", ["en", "ja", "ru"])
@pytest.mark.parametrize("wide", [False, True])
def test_names_cover_no_other_name_nor_the_scale_bar_arrow_or_inset(lang, wide):
    ax = kurilmap.plot("neutral", lang=lang, date="1905-09-05")
    if wide:  # zoomed out as on a story page: the names crowded together
        west, east = ax.get_xlim()
        south, north = ax.get_ylim()
        ax.set_xlim(west - 600_000, east + 600_000)
        ax.set_ylim(south - 400_000, north + 400_000)
    ax.figure.canvas.draw()
    names, furniture = _placed(ax)
    assert len(furniture) == 3  # the scale bar, the north arrow, the inset
    for i, (text, box) in enumerate(names):
        for other, taken in names[i + 1 :]:
            assert not box.overlaps(taken), (text, other)
        assert not any(box.overlaps(f) for f in furniture), text
    shown = {text for text, _ in names}
    islands = kurilmap.territories("neutral", date="1905-09-05", lang=lang)
    names_of = islands.set_index("unit")["name"]
    assert set(names_of[list(kurilmap.claims.ISLANDS)]) <= shown  # named first
    if not wide:  # zoomed out, its part cut by the first frame is too small
        assert names_of["hokkaido"] in shown


def test_a_map_of_a_day_before_any_settlement_draws():
    ax = kurilmap.plot("neutral", date="1720-01-01")
    assert ax.get_title().endswith("1720-01-01")


@pytest.mark.parametrize(
    ("view", "date"), [("neutral", "2019-05-10"), ("russia", None)]
)
def test_the_japanese_caption_never_cuts_a_number_or_a_source_key(view, date):
    ax = kurilmap.plot(view, lang="ja", date=date, caption=True)
    (caption,) = [t.get_text() for t in ax.texts if "\n" in t.get_text()]
    lines = caption.split("\n")
    assert len(lines) > 3
    for upper, lower in itertools.pairwise(lines):
        cut = upper[-1] + lower[0]  # "20|16", "S0|4": JIS X 4051 keeps them whole
        assert not (cut.isascii() and not any(c.isspace() for c in cut)), cut


@pytest.mark.parametrize(
    ("path", "dpi", "error", "needle"),
    [
        ("x.png", 0, kurilmap.InputError, "dpi must be a whole number from 10 to"),
        ("x.png", 10**6, kurilmap.InputError, "not 1000000"),
        ("x.png", True, kurilmap.InputError, "not True"),
        (None, 100, TypeError, "path must be a str or pathlib.Path, not NoneType"),
    ],
)
def test_save_figure_checks_its_path_and_resolution(tmp_path, path, dpi, error, needle):
    ax = kurilmap.plot(labels=False, inset=False)
    target = tmp_path / path if path else None
    with pytest.raises(error, match=needle):
        kurilmap.save_figure(ax.figure, target, dpi=dpi)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("date", "lang", "entry"),
    [
        ("1930-01-01", "en", "Settlements (2 not on the map: no sourced coordinates)"),
        ("1950-01-01", "ja", "集落（うち3か所は出典のある座標がなく地図に表示なし）"),
        ("1850-01-01", "ru", "Населённые пункты (не на карте: 1 —"),
    ],
)
def test_the_legend_counts_the_settlements_the_figure_cannot_draw(date, lang, entry):
    ax = kurilmap.plot("neutral", lang=lang, date=date)
    texts = [" ".join(t.get_text().split()) for t in ax.get_legend().get_texts()]
    shown = "".join(texts[-1].split()) if lang == "ja" else texts[-1]
    assert shown.startswith(entry)


def test_before_the_first_settlement_the_legend_has_no_settlements():
    ax = kurilmap.plot("neutral", date="1720-01-01")  # Tomari is of 1754
    assert not any("Settlements" in t.get_text() for t in ax.get_legend().get_texts())
