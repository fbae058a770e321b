"""The installed version of kurilmap (from the package metadata)."""

from __future__ import annotations

from contextlib import suppress
from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

__version__ = "0+unknown"
with suppress(PackageNotFoundError):
    __version__ = version("kurilmap")
