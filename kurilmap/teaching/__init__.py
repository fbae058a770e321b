"""Teaching material: everything a teacher or a newsroom needs, in one folder.

Examples
--------
>>> from kurilmap import teaching
>>> teaching.MANIFEST
'manifest.csv'
"""

from __future__ import annotations

from kurilmap.teaching.bundler import MANIFEST, bundle

__all__ = ["MANIFEST", "bundle"]
