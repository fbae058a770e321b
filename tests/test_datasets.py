from __future__ import annotations

import json
import math
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

import kurilmap
from kurilmap import datasets
from kurilmap.datasets import CONTRACTS, registry

REPO = Path(__file__).resolve().parent.parent


def test_available_lists_every_contract_sorted():
    names = kurilmap.available()
    assert names == sorted(CONTRACTS)


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_registry_contract(name):
    """geodatasets-style contract: the file matches its registry entry."""
    entry = kurilmap.info(name)
    frame = kurilmap.load(name)
    contract = CONTRACTS[name]
    assert len(frame) == entry.nrows > 0
    data_columns = [c for c in frame.columns if c != "geometry"]
    assert data_columns == list(contract.column_names) == list(entry.columns)
    if contract.kind == "vector":
        assert isinstance(frame, gpd.GeoDataFrame)
        assert frame.crs.to_epsg() == 4326
        present = frame.geometry.dropna()
        assert set(present.geom_type) == set(entry.geometry_types)
        assert set(present.geom_type) <= set(contract.geometry_types)
        for got, want in zip(present.total_bounds, entry.bounds, strict=True):
            assert math.isclose(got, want, abs_tol=1e-6)
    else:
        assert not isinstance(frame, gpd.GeoDataFrame)
        assert entry.crs is None


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_dtypes_follow_the_contract(name):
    frame = kurilmap.load(name)
    expected = {
        "str": "string",
        "int": "Int64",
        "float": "float64",
        "bool": "boolean",
        "date": "datetime64[ns]",
    }
    for column in CONTRACTS[name].columns:
        assert str(frame[column.name].dtype) == expected[column.kind], column.name


def test_every_source_key_resolves():
    keys = set(kurilmap.load("sources")["key"])
    cited = set()
    for name, contract in CONTRACTS.items():
        if contract.has_source:
            for cell in kurilmap.load(name)["source"]:
                cited.update(cell.split(";"))
    assert cited
    assert cited <= keys, sorted(cited - keys)


def test_unknown_dataset_names_the_closest_and_the_valid_ones():
    with pytest.raises(kurilmap.DatasetNotFoundError) as err:
        kurilmap.load("islandz")
    message = str(err.value)
    assert "'islandz'" in message
    assert "did you mean 'islands'?" in message
    for name in CONTRACTS:
        assert name in message


def test_unknown_dataset_without_a_close_match():
    with pytest.raises(LookupError, match="valid names: areas") as err:
        kurilmap.info("zzzz")
    assert "did you mean" not in str(err.value)


def test_data_dir_is_the_source_tree_in_a_checkout():
    assert kurilmap.data_dir() == REPO / "data"


def test_missing_registry_is_a_clear_error(tmp_path, monkeypatch):
    fake = tmp_path / "kurilmap" / "datasets" / "registry.py"
    fake.parent.mkdir(parents=True)
    fake.touch()
    monkeypatch.setattr(registry, "__file__", str(fake))
    with pytest.raises(kurilmap.DataDirectoryError, match=r"registry\.json"):
        datasets.data_dir()


def test_info_repr_and_fields():
    entry = kurilmap.info("islands")
    assert entry.license == "LGPL-3.0-or-later"
    assert "GSHHG" in entry.sources
    assert "islands" in repr(entry)
    assert len(entry.sha256) == 64


def test_load_from_another_directory(data_copy):
    frame = kurilmap.load("areas", directory=data_copy)
    assert isinstance(frame, pd.DataFrame)
    assert datasets.path("areas", directory=data_copy).parent == data_copy


def test_registry_is_sorted_json():
    doc = json.loads((REPO / "data" / "registry.json").read_text(encoding="utf-8"))
    assert list(doc["datasets"]) == sorted(doc["datasets"])


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_JA_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A thousands separator (comma or space) between digit groups: 9,439 / 16 668.
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))")
# Latin words a translation may keep (acronyms also used in Japanese/Russian).
_LATIN_ALLOWED: frozenset[str] = frozenset()
# English figures that Japanese writes with another unit (10^8 = 億).
_JA_NUMBER_FORMS = {"¥300 bn": "3000億円"}


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", _THOUSANDS.sub("", text)))


def test_event_summaries_are_translated():
    """Each summary has a Japanese and a Russian version with the same figures."""
    events = kurilmap.load("events")
    assert len(events) > 0
    for row in events.itertuples():
        ja, ru = row.summary_ja, row.summary_ru
        assert ja.strip(), row.id
        assert _JA_SCRIPT.search(ja), row.id
        assert ru.strip(), row.id
        assert _CYRILLIC.search(ru), row.id
        for text in (ja, ru):
            latin = set(_LATIN_WORD.findall(text)) - _LATIN_ALLOWED
            assert not latin, (row.id, latin)
        english = row.summary
        assert _numbers(english) <= _numbers(ru), (row.id, english, ru)
        for form, ja_form in _JA_NUMBER_FORMS.items():
            english = english.replace(form, ja_form)
        assert _numbers(english) <= _numbers(ja), (row.id, english, ja)


# The project's internal working notes (its FACTS.md compilation, gap markers,
# to-dos) are meaningless to a reader of the shipped data.
_WORKING_NOTE = re.compile(r"FACTS|\bGAP\b|TODO|FIXME|XXX")


def test_no_internal_working_notes_in_shipped_data():
    """No text value mentions FACTS, GAP, TODO, FIXME or XXX.

    ``FACTS`` stays allowed as a source key: in a key column (``key``,
    ``source``, ``*_source``) each registered key is removed before the check.
    """
    keys = set(kurilmap.load("sources")["key"])
    found = []
    for name in kurilmap.available():
        frame = kurilmap.load(name)
        key_columns = set(datasets.source_columns(CONTRACTS[name]))
        if name == "sources":
            key_columns.add("key")
        for column in frame.columns:
            if column == "geometry":
                continue
            for row, value in frame[column].items():
                if not isinstance(value, str):
                    continue
                if column in key_columns:
                    value = ";".join(k for k in value.split(";") if k not in keys)
                if _WORKING_NOTE.search(value):
                    found.append((name, row, column, value))
    assert not found, found[:10]
