"""Rules of the contracts: unit tests on tiny in-code records, then corrupted
copies of the real files, each failing with the file, row and rule named."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kurilmap
from kurilmap.datasets.schema import Column, Contract
from kurilmap.datasets.validation import build_frame

TINY = Contract(
    name="tiny",
    filename="tiny.geojson",
    kind="vector",
    description="test",
    license="CC0-1.0",
    columns=(
        Column("id"),
        Column("n", "int"),
        Column("x", "float", required=False),
        Column("flag", "bool"),
        Column("colour", choices=("red", "blue")),
        Column("source"),
    ),
    geometry_types=("Polygon",),
    region=(0.0, 0.0, 10.0, 10.0),
    no_overlap=True,
)


def square(x: float, y: float, size: float = 1.0) -> dict:
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def record(**change):
    base = {"id": "a", "n": 1, "x": 0.5, "flag": True, "colour": "red", "source": "S01"}
    return base | change


def check(records, geoms=None, keys=frozenset({"S01", "S02"})):
    geoms = geoms or [square(2 * i, 2 * i) for i in range(len(records))]
    return build_frame(TINY, records, geoms, source_keys=set(keys))


def test_valid_records_build_a_typed_geodataframe():
    frame = check([record(), record(id="b", x=None, source="S01;S02")])
    assert list(frame["id"]) == ["a", "b"]
    assert str(frame["n"].dtype) == "Int64"
    assert frame.crs.to_epsg() == 4326


@pytest.mark.parametrize(
    ("change", "rule", "needle"),
    [
        ({"n": "three"}, "type", "expected a whole number"),
        ({"n": 2.5}, "type", "'n' holds 2.5"),
        ({"flag": "yes"}, "type", "true or false"),
        ({"x": float("inf")}, "type", "finite number"),
        ({"colour": "green"}, "choices", "valid values are red, blue"),
        ({"id": None}, "required", "'id' is empty"),
        ({"source": "S99"}, "source", "source key 'S99' is not in sources.csv"),
    ],
)
def test_bad_value_names_row_and_rule(change, rule, needle):
    with pytest.raises(kurilmap.DataValidationError) as err:
        check([record(), record(**({"id": "b"} | change))])
    assert err.value.rule == rule
    assert err.value.row == 2
    assert err.value.file == "tiny.geojson"
    assert needle in str(err.value)
    assert str(err.value).startswith("tiny.geojson, row 2")


def test_missing_and_unknown_columns():
    bad = record()
    del bad["colour"]
    bad["colour_typo"] = "red"
    with pytest.raises(
        kurilmap.DataValidationError,
        match=r"missing column.*colour; unknown column.*colour_typo",
    ) as err:
        check([bad])
    assert err.value.rule == "columns"


def test_duplicate_id():
    with pytest.raises(kurilmap.DataValidationError, match="already used by row 1"):
        check([record(), record()])


@pytest.mark.parametrize(
    ("geom", "rule"),
    [
        (
            {
                "type": "Polygon",
                "coordinates": [[[1, 1], [2, 2], [2, 1], [1, 2], [1, 1]]],
            },
            "geometry-valid",
        ),
        ({"type": "Point", "coordinates": [1, 1]}, "geometry-type"),
        ({"type": "Polygon", "coordinates": "nonsense"}, "geometry"),
        (square(9.5, 9.5), "region"),
        (None, "geometry-missing"),
    ],
)
def test_bad_geometry(geom, rule):
    with pytest.raises(kurilmap.DataValidationError) as err:
        check([record(), record(id="b")], [square(0, 0), geom])
    assert (err.value.rule, err.value.row, err.value.record_id) == (rule, 2, "b")


def test_overlap_is_refused_but_touching_is_not():
    check([record(), record(id="b")], [square(0, 0), square(1, 0)])
    with pytest.raises(kurilmap.DataValidationError, match="overlaps row 1") as err:
        check([record(), record(id="b")], [square(0, 0), square(0.5, 0.5)])
    assert err.value.rule == "overlap"


@settings(max_examples=40, deadline=None)
@given(
    row=st.integers(min_value=0, max_value=9),
    bad=st.sampled_from(["", "x", "1.5", "1e3", "--1", " 7"]),
)
def test_any_bad_integer_cell_is_reported_at_its_row(row, bad):
    contract = kurilmap.datasets.CONTRACTS["populations"]
    rows = [
        {
            "unit_id": f"u{i}",
            "unit_kind": "settlement",
            "year": "2010",
            "reference_date": "",
            "figure_kind": "census",
            "population": str(i),
            "households": "",
            "approximate": "false",
            "source": "S01",
            "note": "",
        }
        for i in range(10)
    ]
    rows[row]["population"] = bad
    with pytest.raises(kurilmap.DataValidationError) as err:
        build_frame(contract, rows, source_keys={"S01"})
    assert err.value.row == row + 1
    assert err.value.rule == ("required" if bad == "" else "type")


# --- corrupted copies of the real files -------------------------------------


def corrupt_feature(path, index, mutate):
    lines = path.read_text(encoding="utf-8").split("\n")
    feature_line = 1 + index  # line 0 opens the collection
    text = lines[feature_line]
    comma = text.endswith(",")
    feature = json.loads(text.rstrip(","))
    mutate(feature)
    lines[feature_line] = json.dumps(feature, ensure_ascii=False) + (
        "," if comma else ""
    )
    path.write_text("\n".join(lines), encoding="utf-8")


def test_corrupt_json_names_the_file_and_line(data_copy):
    path = data_copy / "islands.geojson"
    path.write_text(path.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    with pytest.raises(
        kurilmap.DataValidationError,
        match=r"islands.geojson: rule 'json': not valid JSON.*line",
    ):
        kurilmap.load("islands", directory=data_copy)


def test_self_intersecting_island_is_caught(data_copy):
    def bowtie(feature):
        x, y = feature["geometry"]["coordinates"][0][0]
        feature["geometry"]["coordinates"] = [
            [[x, y], [x + 0.01, y + 0.01], [x + 0.01, y], [x, y + 0.01], [x, y]]
        ]

    corrupt_feature(data_copy / "islands.geojson", 1, bowtie)
    with pytest.raises(kurilmap.DataValidationError) as err:
        kurilmap.load("islands", directory=data_copy)
    assert err.value.rule == "geometry-valid"
    assert err.value.row == 2
    assert re.search(
        r"islands.geojson, row 2 \(id 'iturup-rock-01'\): rule "
        r"'geometry-valid': geometry is not valid: Self-intersection",
        str(err.value),
    )


def test_island_moved_onto_another_is_an_overlap(data_copy):
    islands = kurilmap.load("islands")
    target = islands.loc[islands["id"] == "yuri", "geometry"].item().centroid

    def move(feature):
        ring = feature["geometry"]["coordinates"][0]
        x0, y0 = ring[0]
        feature["geometry"]["coordinates"][0] = [
            [x - x0 + target.x, y - y0 + target.y] for x, y in ring
        ]

    index = int(islands.index[islands["id"] == "akiyuri-anuchina"][0])
    corrupt_feature(data_copy / "islands.geojson", index, move)
    with pytest.raises(kurilmap.DataValidationError, match="overlap") as err:
        kurilmap.load("islands", directory=data_copy)
    assert {err.value.record_id} <= {"yuri", "akiyuri-anuchina"}


def test_unknown_source_key_in_a_csv(data_copy):
    path = data_copy / "areas.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",S03,", ",S999,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(kurilmap.DataValidationError) as err:
        kurilmap.load("areas", directory=data_copy)
    assert (err.value.file, err.value.row, err.value.rule) == ("areas.csv", 3, "source")


def test_a_valid_looking_hand_edit_fails_the_checksum(data_copy):
    path = data_copy / "areas.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("3166.6", "3166.7", 1),
        encoding="utf-8",
    )
    with pytest.raises(kurilmap.DataValidationError, match=r"rule 'checksum'.*rebuild"):
        kurilmap.load("areas", directory=data_copy)


def test_missing_file(data_copy):
    (data_copy / "events.geojson").unlink()
    with pytest.raises(kurilmap.DataValidationError, match=r"events\.geojson.*missing"):
        kurilmap.load("events", directory=data_copy)


def test_not_utf8(data_copy):
    (data_copy / "sources.csv").write_bytes(b"key,title\n\xff\xfe,x\n")
    with pytest.raises(kurilmap.DataValidationError, match="not UTF-8"):
        kurilmap.load("sources", directory=data_copy)
