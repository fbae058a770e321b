"""The data ships inside the wheel and is found the same way as in a checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import kurilmap

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
    )
    (wheel,) = out.glob("kurilmap-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_contains_every_dataset_and_no_tests(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    registry = json.loads((REPO / "data" / "registry.json").read_text("utf-8"))
    for entry in registry["datasets"].values():
        assert f"kurilmap/_data/{entry['filename']}" in names
    assert "kurilmap/_data/registry.json" in names
    assert "kurilmap/py.typed" in names
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_wheel_install_finds_and_loads_its_own_data(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(target)!r})
        import kurilmap
        assert kurilmap.__file__.startswith({str(target)!r}), kurilmap.__file__
        folder = kurilmap.data_dir()
        assert str(folder).startswith({str(target)!r}), folder
        assert folder.name == "_data"
        islands = kurilmap.load("islands")
        print(len(islands), kurilmap.__version__)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    count, version = result.stdout.split()
    assert int(count) == len(kurilmap.load("islands"))
    assert version == kurilmap.__version__


def test_editable_install_reads_the_source_tree():
    assert kurilmap.data_dir() == REPO / "data"
    assert Path(kurilmap.__file__).parent == REPO / "kurilmap"
