"""The house plan of docs/architecture.md, checked on the source itself.

Layers are checked by import-linter (``lint-imports``, contracts in
pyproject.toml); these tests check what it cannot: where imports stand, which
names cross a subpackage boundary, where the heavy libraries are imported, the
size of modules, one home for the vocabulary, the exceptions and the words.
"""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import kurilmap
from tests._layout import SUBPACKAGES, TOP_MODULES

PACKAGE = Path(kurilmap.__file__).resolve().parent

BOUNDARY = {
    "kurilmap.maps.leaflet",
    "kurilmap.maps.article_leaflet",
    "kurilmap.maps.controls",
    "kurilmap.maps.atlas_leaflet",
    "kurilmap.maps.story_leaflet",
    "kurilmap.figures.placing",
}
"""The only kurilmap modules imported inside functions: they subclass folium and
branca classes (or matplotlib's ``Artist``) at module level, so importing them
loads folium (~0.6 s) or matplotlib."""

MAX_BOUNDARY_IMPORTS = 10
"""maps.build (make_map, compare_map, add_layer), maps.layers, maps.article_layer,
maps.views (views_map), maps.atlas (atlas), maps.story (story_map); figures.static
(names and the scale bar)."""

HEAVY = {
    "folium": "maps",
    "branca": "maps",
    "matplotlib": "figures",
    "mpl_toolkits": "figures",
    "dask": "news",
    "distributed": "news",
    "playwright": None,
}
"""Heavy third-party packages and the one subpackage allowed to import them."""

PUBLIC_BEFORE = """
    Article ArticleError DataDirectoryError DataValidationError Dataset
    DatasetNotFoundError KurilmapError OfflineAssetError OutputError
    PlaceNotFoundError TrustedHTML __version__ add_layer annotate annotate_many
    available bundle candidates claims compare_map data_dir describe find_places
    geocode geocode_many handout info key_figures load make_map maritime plot
    save_figure save_html scenarios territories
""".split()  # noqa: SIM905 - a name a line would repeat the face
"""``kurilmap.__all__`` before the house plan (0.1.0): every name must stay."""


def _modules() -> list[tuple[str, Path, ast.Module]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(("kurilmap", *parts)).removesuffix(".__init__")
        out.append((name, path, ast.parse(path.read_text(encoding="utf-8"))))
    return out


MODULES = _modules()


def _subpackage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in SUBPACKAGES else None


def _kurilmap_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and (node.module == "kurilmap" or node.module.startswith("kurilmap."))
    ]


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"


def test_import_layers_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed next to this Python")
    result = subprocess.run([lint], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_no_plain_import_of_kurilmap_modules() -> None:
    plain = [
        _where(path, node)
        for _, path, tree in MODULES
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        and any(a.name.startswith("kurilmap") for a in node.names)
    ]
    assert plain == []


def test_kurilmap_modules_import_each_other_at_module_top() -> None:
    inside = []
    boundary = []
    for _, path, tree in MODULES:
        for node in _kurilmap_imports(tree):
            if node.col_offset == 0:
                continue
            if node.module in BOUNDARY:
                boundary.append(_where(path, node))
            else:
                inside.append(_where(path, node))
    assert inside == [], "import these at module top"
    assert 0 < len(boundary) <= MAX_BOUNDARY_IMPORTS, boundary


def test_across_subpackages_only_public_names_of_their_init() -> None:
    bad = []
    for name, path, tree in MODULES:
        mine = _subpackage(name)
        for node in _kurilmap_imports(tree):
            assert node.module is not None
            target = _subpackage(node.module)
            if target is None or target == mine:
                continue
            if node.module != f"kurilmap.{target}":
                bad.append(f"{_where(path, node)}: from {node.module} (a submodule)")
                continue
            exported = importlib.import_module(node.module).__all__
            bad += [
                f"{_where(path, node)}: {a.name} is not in {node.module}.__all__"
                for a in node.names
                if a.name not in exported
            ]
    assert bad == []


def test_no_private_name_crosses_a_module_boundary_into_another_subpackage() -> None:
    bad = [
        f"{_where(path, node)}: {a.name} from {node.module}"
        for name, path, tree in MODULES
        for node in _kurilmap_imports(tree)
        for a in node.names
        if a.name.startswith("_")
        and a.name != "__version__"
        and _subpackage(node.module or "") != _subpackage(name)
    ]
    assert bad == []


def test_nothing_imports_the_package_face() -> None:
    submodules = {*SUBPACKAGES, *TOP_MODULES}
    bad = [
        f"{_where(path, node)}: from kurilmap import {a.name}"
        for name, path, tree in MODULES
        if name != "kurilmap"
        for node in _kurilmap_imports(tree)
        if node.module == "kurilmap"
        for a in node.names
        if a.name not in submodules
    ]
    assert bad == []


def test_heavy_libraries_are_imported_at_one_boundary_each() -> None:
    bad = []
    for name, path, tree in MODULES:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                roots = [node.module.split(".")[0]]
            else:
                continue
            for root in roots:
                if root in HEAVY and _subpackage(name) != HEAVY[root]:
                    bad.append(f"{_where(path, node)}: {root}")
    assert bad == []


def test_importing_kurilmap_loads_no_heavy_library() -> None:
    code = (
        "import sys, kurilmap, kurilmap.cli; "
        "print(sorted(m for m in ('folium', 'branca', 'matplotlib', 'dask', "
        "'playwright', 'geopandas', 'pandas', 'distributed', 'pyarrow') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_no_module_over_500_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE.parent)): len(path.read_text().splitlines())
        for _, path, _ in MODULES
    }
    assert {p: n for p, n in sizes.items() if n > 500} == {}


def test_every_exception_class_lives_in_errors() -> None:
    names = {n for n in dir(__builtins__) if n.endswith(("Error", "Exception"))}
    elsewhere = [
        f"{_where(path, node)}: class {node.name}"
        for name, path, tree in MODULES
        if name != "kurilmap.errors"
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(
            (isinstance(b, ast.Name) and (b.id in names or b.id.endswith("Error")))
            for b in node.bases
        )
    ]
    assert elsewhere == []


def test_the_vocabulary_is_defined_once() -> None:
    words = {"VIEWS", "LANGS", "LANG_CHOICES", "PARTIES", "STATUSES", "GROUPS"}
    types = {"View", "Lang", "Party", "Status", "IslandGroup"}
    bad = []
    for name, path, tree in MODULES:
        if name == "kurilmap.vocab":
            continue
        for node in tree.body:
            targets = []
            if isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                targets = [node.target.id]
            bad += [f"{_where(path, node)}: {t}" for t in targets if t in words | types]
    assert bad == []


def test_vocabulary_checks_need_no_type_ignore() -> None:
    checkers = ("as_view(", "as_lang(", "as_date(", "as_choice(")
    bad = [
        f"{path.relative_to(PACKAGE.parent)}:{number}"
        for _, path, _ in MODULES
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if "type: ignore" in line and any(c in line for c in checkers)
    ]
    assert bad == []


WORD_MODULES = (
    "kurilmap.claims.words",
    "kurilmap.claims.description_words",
    "kurilmap.maps.words",
    "kurilmap.maps.leaflet_words",
    "kurilmap.news.words",
    "kurilmap.figures.words",
    "kurilmap.teaching.words",
)


def _lang_tables(value: object, where: str) -> list[tuple[str, set[str]]]:
    """Every dict inside ``value`` keyed by languages, with its keys."""
    found: list[tuple[str, set[str]]] = []
    if isinstance(value, dict):
        keys = set(value)
        if keys & {"en", "ja", "ru"}:
            found.append((where, {str(k) for k in keys}))
        for key, inner in value.items():
            found += _lang_tables(inner, f"{where}[{key!r}]")
    elif isinstance(value, tuple | list):
        for i, inner in enumerate(value):
            found += _lang_tables(inner, f"{where}[{i}]")
    return found


@pytest.mark.parametrize("module_name", WORD_MODULES)
def test_every_word_has_english_japanese_and_russian(module_name: str) -> None:
    module: ModuleType = importlib.import_module(module_name)
    tables = [
        t
        for name in dir(module)
        if name.isupper()
        for t in _lang_tables(getattr(module, name), name)
    ]
    assert tables, f"{module_name} has no word table"
    incomplete = [(w, keys) for w, keys in tables if keys != {"en", "ja", "ru"}]
    assert incomplete == []
    empty = [
        w
        for name in dir(module)
        if name.isupper()
        for w, _ in _lang_tables(getattr(module, name), name)
        if not all(_filled(v) for v in _at(module, w).values())
    ]
    assert empty == []


def _at(module: ModuleType, where: str) -> dict[str, object]:
    name, _, rest = where.partition("[")
    value = getattr(module, name)
    for key in ("[" + rest).split("]")[:-1] if rest else []:
        value = value[ast.literal_eval(key.lstrip("["))]
    return value


def _filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple | list):
        return all(_filled(v) for v in value)
    return value is not None


def test_no_word_table_outside_the_words_modules() -> None:
    """User-facing wording lives in a ``words`` module of its concern.

    Any dict literal keyed by languages whose values are texts is wording,
    at module level or inside a function.
    """
    bad = []
    for name, path, tree in MODULES:
        if name.endswith((".words", "_words")) or name == "kurilmap.vocab":
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            texts = all(
                (isinstance(v, ast.Constant) and isinstance(v.value, str))
                or isinstance(v, ast.Dict)
                for v in node.values
            )
            if keys & {"en", "ja", "ru"} and texts:
                bad.append(_where(path, node))
    assert bad == []


def test_every_public_name_from_before_still_imports() -> None:
    missing = [n for n in PUBLIC_BEFORE if not hasattr(kurilmap, n)]
    assert missing == []
    assert set(PUBLIC_BEFORE) <= set(kurilmap.__all__)
    assert sorted(kurilmap.__all__) == kurilmap.__all__


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("kurilmap.datasets", ["Dataset", "available", "data_dir", "info", "load"]),
        ("kurilmap.claims", ["territories", "situation", "change_dates", "check"]),
        ("kurilmap.maps", ["make_map", "compare_map", "add_layer", "LAYERS"]),
    ],
)
def test_old_import_paths_still_work(module: str, names: list[str]) -> None:
    imported = importlib.import_module(module)
    assert all(callable(getattr(imported, n)) or n.isupper() for n in names)


def test_subpackages_export_what_they_list() -> None:
    for sub in (*SUBPACKAGES, *TOP_MODULES[:3]):
        module = importlib.import_module(f"kurilmap.{sub}")
        assert module.__all__ == sorted(module.__all__, key=_sort_key), sub
        assert [n for n in module.__all__ if not hasattr(module, n)] == [], sub


def _sort_key(name: str) -> tuple[int, str]:
    """Ruff's order of ``__all__``: constants, classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name
