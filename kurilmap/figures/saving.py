"""Saving a figure (PNG, SVG or PDF, the same bytes every time) and closing it.

Examples
--------
>>> import tempfile, pathlib
>>> from kurilmap.figures.static import plot
>>> ax = plot("neutral", date="2019-05-10")
>>> path = save_figure(ax.figure, pathlib.Path(tempfile.mkdtemp()) / "map.svg")
>>> path.suffix
'.svg'
>>> close(ax.figure)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurilmap.datasets import as_path, atomic_write
from kurilmap.errors import InputError, InputTypeError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["FORMATS", "close", "save_figure"]

FORMATS = ("png", "svg", "pdf")


def close(fig: Figure) -> None:
    """Free a figure's memory once it is saved (``matplotlib.pyplot.close``).

    Examples
    --------
    >>> from kurilmap.figures.static import plot
    >>> ax = plot("de_facto", date="2019-05-10")
    >>> close(ax.figure)
    """
    import matplotlib.pyplot as plt

    plt.close(fig)


def save_figure(fig: Figure, path: str | Path, *, dpi: int = 200) -> Path:
    """Write a figure as PNG, SVG or PDF: atomically, the same bytes every time.

    A figure of :func:`kurilmap.plot` is laid out afresh on every draw from the same
    start, so saving it twice, or in another process, gives the same bytes;
    the files record no date and no software version.

    The figure's label (:func:`kurilmap.plot` sets it to :func:`kurilmap.describe`'s
    text) is stored as the file's description: PNG ``Description``, SVG
    ``<dc:description>``, PDF ``Subject``.

    Parameters
    ----------
    fig
        A matplotlib Figure (``ax.figure`` of :func:`kurilmap.plot`).
    path
        Output file; its suffix (``.png``, ``.svg``, ``.pdf``) is the format.
    dpi
        Resolution of a PNG.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    kurilmap.InputError
        The suffix is not one of :data:`FORMATS`, or ``dpi`` is not a whole
        number from 10 to 1200.
    TypeError
        ``fig`` is not a Figure (an Axes names ``ax.figure``).
    kurilmap.OutputError
        The folder does not exist or cannot be written (nothing is written).
    """
    import matplotlib as mpl
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as MplFigure

    if not isinstance(fig, MplFigure):
        given = (
            "its Axes: pass ax.figure"
            if isinstance(fig, Axes)
            else (type(fig).__name__)
        )
        msg = f"save_figure() takes a matplotlib Figure, not {given}"
        raise InputTypeError(msg)
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not 10 <= dpi <= 1200:
        msg = f"dpi must be a whole number from 10 to 1200, not {dpi!r}"
        raise InputError(msg)
    path = as_path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        given = path.suffix or "no suffix"
        msg = f"cannot save a figure as {given!r}; use .png, .svg or .pdf"
        raise InputError(msg)
    alt = fig.get_label() or None  # the text alternative travels in the file
    metadata: dict[str, Any] = {
        "png": {"Software": None, "Description": alt},
        "svg": {"Date": None, "Creator": None, "Description": alt},
        "pdf": {
            "CreationDate": None,
            "ModDate": None,
            "Producer": None,
            "Creator": None,
            "Subject": alt,
        },
    }[kind]
    with mpl.rc_context({"svg.hashsalt": "kurilmap", "svg.fonttype": "none"}):
        atomic_write(
            path, lambda tmp: fig.savefig(tmp, format=kind, dpi=dpi, metadata=metadata)
        )
    return path
