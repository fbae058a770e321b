"""Rows of a dataset as plain Python values, and the cached record loader."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, cast

from kurilmap.datasets.registry import load

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["dataset_records", "missing", "records"]


def records(frame: pd.DataFrame, *, geometry: bool = False) -> list[dict[str, Any]]:
    """Return the rows as dicts; the geometry column only if asked for.

    Examples
    --------
    >>> import pandas as pd
    >>> records(pd.DataFrame({"id": ["a"], "n": [1]}))
    [{'id': 'a', 'n': 1}]
    """
    drop = "geometry" in frame.columns and not geometry
    plain = frame.drop(columns="geometry") if drop else frame
    return cast("list[dict[str, Any]]", plain.to_dict("records"))


@functools.lru_cache(maxsize=32)
def dataset_records(
    name: str, *, geometry: bool = False, directory: str | None = None
) -> tuple[dict[str, Any], ...]:
    """Return a shipped dataset's rows as dicts, loaded and validated once.

    The rows are shared between callers: read them, never change them.

    Parameters
    ----------
    name
        A dataset name (see :func:`kurilmap.available`).
    geometry
        Keep the ``geometry`` column (shapely objects).
    directory
        Another data folder (tests); default: the shipped data.

    Examples
    --------
    >>> people = dataset_records("people")
    >>> all("id" in row for row in people)
    True
    """
    return tuple(records(load(name, directory=directory), geometry=geometry))


def missing(value: Any) -> bool:
    """Whether a scalar is missing (None, NaN, NA or NaT).

    Examples
    --------
    >>> missing(None), missing(float("nan")), missing(0)
    (True, True, False)
    """
    import pandas as pd

    return value is None or bool(pd.isna(value))
