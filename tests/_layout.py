"""kurilmap's layout as the tests see it: its subpackages and top-level modules."""

from __future__ import annotations

SUBPACKAGES = (
    "datasets",
    "claims",
    "places",
    "news",
    "maps",
    "figures",
    "teaching",
    "cli",
)
"""The subpackages by concern, bottom layer first (see docs/architecture.md)."""

TOP_MODULES = ("vocab", "errors", "style", "_version")
"""The modules beside the subpackages, below all of them."""
