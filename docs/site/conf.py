"""Sphinx configuration of kurilmap's documentation site.

Built by ``tools/build_docs.py`` (``make docs``), which renders the notebooks
first and passes their folder as ``kurilmap_notebooks``. The site is offline:
nothing in it loads from another host (no CDN, no analytics, no version
switcher, no intersphinx), and it is reproducible (no dates, no random ids).
The directives and the link handling live in ``_ext/kurilmap_site.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import kurilmap

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

project = "kurilmap"
author = "kurilmap developers"
copyright = "kurilmap developers"  # noqa: A001  (Sphinx's name; no year: reproducible)
release = kurilmap.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "numpydoc",
    "myst_parser",
]  # and _ext/kurilmap_site.py, loaded by setup() below

root_doc = "index"
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_ext"]
templates_path: list[str] = []
language = "en"
today_fmt = ""  # no build date anywhere

# The API pages: every name of each __all__ (the kurilmap-api directive).
kurilmap_api_pages = {
    "kurilmap.errors": "api/errors",
    "kurilmap.vocab": "api/vocab",
    "kurilmap.style": "api/style",
    "kurilmap.datasets": "api/datasets",
    "kurilmap.claims": "api/claims",
    "kurilmap.places": "api/places",
    "kurilmap.news": "api/news",
    "kurilmap.maps": "api/maps",
    "kurilmap.figures": "api/figures",
    "kurilmap.teaching": "api/teaching",
    "kurilmap.cli": "api/cli",
}
add_module_names = False
autosummary_generate = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
python_maximum_signature_line_length = 88
numpydoc_show_class_members = False  # autoclass lists the members itself
numpydoc_class_members_toctree = False
numpydoc_attributes_as_param_list = False

# Markdown: headings get ids, so that links to "#the-data" work.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]
# kurilmap-site: marks links to the rendered notebooks (see _ext/kurilmap_site.py).
myst_url_schemes = ["http", "https", "mailto", "kurilmap-site"]

# The repository's Markdown files that are pages of the site (by include), so
# that links between them become links between the pages.
kurilmap_root = str(ROOT)
kurilmap_pages = {
    "README.md": "index",
    "docs/architecture.md": "architecture",
    "docs/decisions.md": "decisions",
    "data/README.md": "data",
    "notebooks/README.md": "notebooks",
}
# The rendered notebook pages; build_docs.py sets it (-D) to its --notebooks.
kurilmap_notebooks = str(ROOT / "docs" / "notebooks")

# HTML: pydata-sphinx-theme with everything that would phone home left off.
html_theme = "pydata_sphinx_theme"
html_title = f"kurilmap {release}"
html_static_path: list[str] = []
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt: str | None = None
html_permalinks = True
html_theme_options = {
    "navbar_end": ["theme-switcher"],  # no icon links
    "icon_links": [],
    "analytics": {},
    "check_switcher": False,  # and no "switcher": it would fetch a JSON
    "show_version_warning_banner": False,
    "use_edit_page_button": False,
    "primary_sidebar_end": [],  # no Read the Docs ads placeholder
    "secondary_sidebar_items": ["page-toc"],
    "footer_start": ["copyright"],
    "footer_end": [],
    "show_toc_level": 2,
    "navigation_with_keys": False,
}
html_sidebars = {"*": []}  # the top-level pages have no section to navigate


def setup(app: Any) -> None:
    """Load the site's own extension, ``_ext/kurilmap_site.py``, by its path.

    By path rather than through ``extensions``, so that ``sys.path`` stays as
    it is.
    """
    spec = importlib.util.spec_from_file_location(
        "kurilmap_site", HERE / "_ext" / "kurilmap_site.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.setup(app)
