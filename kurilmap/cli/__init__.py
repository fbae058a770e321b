"""The ``kurilmap`` command line: a thin front end over the public API.

Examples
--------
>>> from kurilmap.cli import main
>>> main(["validate", "areas"])
areas: ok (65 rows)
0
"""

from __future__ import annotations

from kurilmap.cli.commands import EXIT_BUG, EXIT_USAGE, build_parser, main

__all__ = ["EXIT_BUG", "EXIT_USAGE", "build_parser", "main"]
