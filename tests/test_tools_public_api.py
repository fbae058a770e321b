"""tools/ and benchmarks/ use kurilmap's public API only, and never sys.path.

Allowed: ``import kurilmap``, ``from kurilmap import <name in kurilmap.__all__>``,
``from kurilmap.<subpackage> import <name in its __all__>`` and the same from
``kurilmap.vocab`` and ``kurilmap.errors``; attributes reached from an imported
kurilmap module must be in that module's ``__all__`` too. Never a module below a
subpackage, never a ``_private`` name, never a change to ``sys.path``. Checked on
the source (``ast``), with the targets imported only to read their ``__all__``.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import kurilmap

REPO = Path(__file__).resolve().parent.parent
FILES = sorted(
    path
    for folder in ("tools", "benchmarks")
    for path in (REPO / folder).rglob("*.py")
    if ".ipynb_checkpoints" not in path.parts
)
SUBPACKAGES = sorted(
    f"kurilmap.{info.name}"
    for info in pkgutil.iter_modules(kurilmap.__path__)
    if info.ispkg and not info.name.startswith("_")
)
PUBLIC_MODULES = {"kurilmap", "kurilmap.vocab", "kurilmap.errors", *SUBPACKAGES}
SYS_PATH_CHANGE = re.compile(
    r"\bsys\s*\.\s*path\s*\.\s*(?:insert|append|extend)\b|\bsite\.addsitedir\b"
)


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def exported(module: ModuleType) -> set[str]:
    names = getattr(module, "__all__", None)
    assert names is not None, f"{module.__name__} has no __all__"
    return set(names)


def dotted(node: ast.expr) -> list[str] | None:
    """``a.b.c`` as ["a", "b", "c"]; None if the chain does not start at a name."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def check_module(module: str) -> str | None:
    if module not in PUBLIC_MODULES:
        return (
            f"imports {module}, not a public module of kurilmap (kurilmap, a "
            "subpackage, kurilmap.vocab or kurilmap.errors)"
        )
    return None


def check_name(module: str, name: str) -> str | None:
    if name == "*":
        return f"imports * from {module}"
    if private(name):
        return f"imports the private name {name} from {module}"
    if name not in exported(importlib.import_module(module)):
        return f"imports {name} from {module}, which is not in its __all__"
    return None


def violations(path: Path) -> list[str]:
    """Every use of kurilmap beyond its public API, and every sys.path change."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    found: list[tuple[int, str]] = []
    # Local names bound to a kurilmap module by an import: {"maritime": module}.
    modules: dict[str, ModuleType] = {}

    def add(node: ast.AST, problem: str | None) -> None:
        if problem:
            found.append((getattr(node, "lineno", 0), problem))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != "kurilmap":
                    continue
                problem = check_module(alias.name)
                add(node, problem)
                if problem is None:
                    if alias.asname:
                        modules[alias.asname] = importlib.import_module(alias.name)
                    else:
                        modules["kurilmap"] = kurilmap
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level or module.split(".")[0] != "kurilmap":
                continue
            problem = check_module(module)
            add(node, problem)
            if problem is not None:
                continue
            for alias in node.names:
                problem = check_name(module, alias.name)
                add(node, problem)
                if problem is None:
                    value = getattr(importlib.import_module(module), alias.name)
                    if isinstance(value, ModuleType):
                        modules[alias.asname or alias.name] = value
        elif isinstance(node, ast.Call):
            chain = dotted(node.func)
            if chain and chain[-1] in {"import_module", "__import__"} and node.args:
                target = node.args[0]
                if isinstance(target, ast.Constant) and str(target.value).startswith(
                    "kurilmap"
                ):
                    add(node, check_module(str(target.value)))
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                base = target.value if isinstance(target, ast.Subscript) else target
                if dotted(base) == ["sys", "path"]:
                    add(node, "changes sys.path (assignment)")

    # Text too, so that a script run with ``python -c`` is covered as well.
    for line, text in enumerate(source.splitlines(), start=1):
        for match in SYS_PATH_CHANGE.finditer(text):
            found.append((line, f"changes sys.path ({match[0]})"))

    # Attributes reached from a kurilmap module: each step public and exported.
    inner = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        chain = dotted(node)
        if not chain or chain[0] not in modules:
            continue
        value: object = modules[chain[0]]
        for attr in chain[1:]:
            if not isinstance(value, ModuleType):
                break
            if private(attr) or attr not in exported(value):
                add(
                    node,
                    f"uses {'.'.join(chain)}: {attr} is not in "
                    f"{value.__name__}.__all__",
                )
                break
            value = getattr(value, attr)
    return [f"line {line}: {problem}" for line, problem in sorted(set(found))]


def test_the_files_are_found():
    names = {path.relative_to(REPO).as_posix() for path in FILES}
    assert {"tools/__init__.py", "tools/build_data.py"} <= names
    assert {"benchmarks/__init__.py", "benchmarks/bench_startup.py"} <= names


@pytest.mark.parametrize(
    "path", FILES, ids=[p.relative_to(REPO).as_posix() for p in FILES]
)
def test_uses_only_the_public_api(path):
    assert violations(path) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import kurilmap\nkurilmap.load('islands')", []),
        ("from kurilmap.datasets import build_frame", []),
        ("from kurilmap.claims import maritime\nmaritime.compute", []),
        ("from kurilmap.vocab import GROUPS", []),
        ("from kurilmap import __version__", []),
        ("from tools.build_lines import to_local", []),
        ("from kurilmap.datasets.validation import build_frame", ["not a public"]),
        ("from kurilmap.datasets import files as _io", ["not in its __all__"]),
        ("import kurilmap.datasets.files", ["not a public"]),
        ("from kurilmap.style import COLORS", ["not a public"]),
        ("from kurilmap.places import _nothing", ["private name"]),
        ("from kurilmap.datasets import not_a_name", ["not in its __all__"]),
        ("import kurilmap\nkurilmap._payload._light", ["not in kurilmap.__all__"]),
        ("from kurilmap import places\nplaces.mentions", ["not in kurilmap.places"]),
        ("from kurilmap.claims import maritime\nmaritime.NOPE", ["maritime.__all__"]),
        ("import importlib\nimportlib.import_module('kurilmap._io')", ["not a pub"]),
        ("import sys\nsys.path.insert(0, 'x')", ["sys.path.insert"]),
        ("import sys\nsys.path.append('x')", ["sys.path.append"]),
        ("import site\nsite.addsitedir('x')", ["site.addsitedir"]),
        ("import sys\nsys.path += ['x']", ["assignment"]),
        ("x = 'import sys; sys.path.insert(0, 1)'", ["sys.path.insert"]),
        ("import sys\nsys.path[:0] = ['x']", ["assignment"]),
    ],
)
def test_the_checker_itself(tmp_path, source, expected):
    path = tmp_path / "example.py"
    path.write_text(source + "\n", encoding="utf-8")
    found = violations(path)
    assert len(found) == len(expected), found
    for problem, words in zip(found, expected, strict=True):
        assert words in problem
