"""The import contract: ui -> adapters -> core, no Qt in the core, no cycles anywhere;
app.py and the cli package above them all.

Every import counts, at any depth in a module (function-level and TYPE_CHECKING imports
too): a lazy import is still a dependency, and a cycle through one breaks as soon as
someone moves it to the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "knotbreak"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {target for target in _imports(path) if target in modules} - {name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _package_init_edges_ignored(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    # A package's __init__ re-exporting its own modules is not a dependency of those
    # modules on the package: `knotbreak.ui.statistics.window` imported as a submodule
    # runs the package first, but that is Python's order, not a design cycle.
    return {
        name: {t for t in targets if not name.startswith(t + ".")}
        for name, targets in graph.items()
    }


def test_no_import_cycles_anywhere() -> None:
    assert _cycles(_package_init_edges_ignored(_graph())) == []


def test_the_core_never_imports_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "core").rglob("*.py")
        if any(name == "PySide6" or name.startswith("PySide6.") for name in _imports(path))
    ]
    assert offenders == []


def test_the_core_imports_nothing_above_it() -> None:
    graph = _graph()
    wrong = {
        name: sorted(t for t in targets if not t.startswith("knotbreak.core"))
        for name, targets in graph.items()
        if name.startswith("knotbreak.core")
    }
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def test_adapters_never_import_the_ui() -> None:
    graph = _graph()
    wrong = {
        name: sorted(t for t in targets if t.startswith("knotbreak.ui"))
        for name, targets in graph.items()
        if name.startswith("knotbreak.adapters")
    }
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def _in(name: str, *packages: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def test_the_composition_layer_sits_on_top() -> None:
    """app.py and the cli package compose the layers: core, adapters and ui never import
    them, and the command line never imports the composition root (app.main() starts the
    app when the registry's `run` says so)."""
    graph = _graph()
    below = ("knotbreak.core", "knotbreak.adapters", "knotbreak.ui")
    top = ("knotbreak.app", "knotbreak.cli")
    wrong = {
        name: sorted(t for t in targets if _in(t, *top))
        for name, targets in graph.items()
        if _in(name, *below)
    }
    wrong |= {
        name: sorted(t for t in targets if _in(t, "knotbreak.app"))
        for name, targets in graph.items()
        if _in(name, "knotbreak.cli")
    }
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def test_the_checks_see_a_cycle_when_there_is_one() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
