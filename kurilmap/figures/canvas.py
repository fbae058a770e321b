"""A figure drawn once, when it is saved: not once per layer added to it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

__all__ = ["quiet"]


def _no_drawing(*_args: Any, **_kwargs: Any) -> None:
    """Stand in for ``draw_idle`` while :func:`quiet` holds."""


@contextlib.contextmanager
def quiet(fig: Any) -> Iterator[None]:
    """Keep ``fig`` from being drawn while layers are added to it.

    geopandas ends every ``plot`` with ``plt.draw()``, which on a
    non-interactive canvas (Agg, PDF) draws the whole figure there and then:
    ten layers were ten full drawings, half of a figure's time. The figure is
    drawn once, when it is saved or shown.
    """
    canvas = fig.canvas
    own = vars(canvas).get("draw_idle")
    canvas.draw_idle = _no_drawing
    try:
        yield
    finally:
        if own is None:
            del canvas.draw_idle
        else:
            canvas.draw_idle = own
