"""The data build is deterministic: a rebuild reproduces data/ byte for byte."""

from __future__ import annotations

import filecmp
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def import_tool(name: str, monkeypatch: pytest.MonkeyPatch):
    """Import ``tools.<name>`` as ``python -m`` from the repository root would."""
    monkeypatch.syspath_prepend(str(REPO))
    return importlib.import_module(f"tools.{name}")


@pytest.mark.slow
def test_rebuild_is_byte_identical(tmp_path):
    out = tmp_path / "rebuilt"
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    subprocess.run(
        [sys.executable, "-m", "tools.build_data", "--out", str(out)],
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": path},
    )
    built = sorted(p.name for p in out.iterdir())
    shipped = sorted(p.name for p in (REPO / "data").iterdir() if p.is_file())
    assert built == shipped
    match, mismatch, errors = filecmp.cmpfiles(REPO / "data", out, built, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert len(match) == len(built)


@pytest.mark.slow
def test_check_mode_reports_a_stale_file(tmp_path, monkeypatch):
    build_data = import_tool("build_data", monkeypatch)
    assert build_data.main(["--check"]) == 0
