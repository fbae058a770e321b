"""Small helpers to read pandas objects as plain Python values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import pandas as pd


def records(frame: pd.DataFrame, *, geometry: bool = False) -> list[dict[str, Any]]:
    """Return the rows as dicts; the geometry column only if asked for."""
    drop = "geometry" in frame.columns and not geometry
    plain = frame.drop(columns="geometry") if drop else frame
    return cast("list[dict[str, Any]]", plain.to_dict("records"))


def missing(value: Any) -> bool:
    """Whether a scalar is missing (None, NaN, NA or NaT)."""
    import pandas as pd

    return value is None or bool(pd.isna(value))
