"""Shared fixtures: a writable copy of the shipped data, built per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kurilmap

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A fresh copy of the generated data files (not the hand-kept tables)."""
    target = tmp_path / "data"
    shutil.copytree(
        kurilmap.data_dir(), target, ignore=shutil.ignore_patterns("tables")
    )
    return target
