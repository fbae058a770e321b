"""Teaching material: everything a teacher or a newsroom needs, in one folder.

Examples
--------
>>> from kurilmap import teaching
>>> teaching.MANIFEST
'manifest.csv'
"""

from __future__ import annotations

from kurilmap.teaching.bundler import MANIFEST, bundle
from kurilmap.teaching.story import Story, story
from kurilmap.teaching.story_article import story_from_article

__all__ = ["MANIFEST", "Story", "bundle", "story", "story_from_article"]
