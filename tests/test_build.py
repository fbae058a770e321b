"""The data build is deterministic: a rebuild reproduces data/ byte for byte."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_rebuild_is_byte_identical(tmp_path):
    out = tmp_path / "rebuilt"
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "build_data.py"), "--out", str(out)],
        check=True,
        cwd=tmp_path,
    )
    built = sorted(p.name for p in out.iterdir())
    shipped = sorted(p.name for p in (REPO / "data").iterdir() if p.is_file())
    assert built == shipped
    match, mismatch, errors = filecmp.cmpfiles(REPO / "data", out, built, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert len(match) == len(built)


@pytest.mark.slow
def test_check_mode_reports_a_stale_file(tmp_path, monkeypatch):
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import build_data
    finally:
        sys.path.remove(str(REPO / "tools"))
    assert build_data.main(["--check"]) == 0
