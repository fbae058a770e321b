"""Where the seed article lies: ../shared/seed beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "seed"
    / "rferl-2019-05-10-lavrov-kono.txt"
)
needs_seed = pytest.mark.skipif(
    not SEED.is_file(), reason="../shared/seed is not beside the repository (CI has it)"
)
