"""The house rules on imports, kept by reading the source: arrows point one way, no circles.

app -> ui, cli, web -> core (web is the group page's server, Qt-free; the window is handed it
by app, so ui never imports web); inside core and ui, a feature package may use the shared
modules one floor down, never the reverse. Every import counts, including those inside
functions: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import sole_app

PACKAGE_ROOT = Path(sole_app.__file__).parent
REPO_ROOT = PACKAGE_ROOT.parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE_ROOT.rglob("*.py")
            if "migrations/versions" not in path.as_posix()}


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """The project modules a file imports, resolved to modules (not names inside them)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name in known}


def import_graph() -> dict[str, set[str]]:
    modules = source_modules()
    known = set(modules)
    graph = {name: imported_modules(path, known) for name, path in modules.items()}
    for name, targets in graph.items():  # importing a package's module runs the package
        targets.discard(name)
        graph[name] = {t for t in targets if not name.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def layer(module: str) -> str:
    """"core", "ui", "cli", "web", "app" or "package" (sole_app/__init__, __main__)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "package"


def is_shared(module: str) -> bool:
    """A module one floor down in core/ or ui/ (core/db.py, ui/main_window.py), not a feature's
    package (ui/bank/__init__.py belongs to the bank)."""
    parts = module.split(".")
    return (len(parts) == 3 and layer(module) in ("core", "ui")
            and (PACKAGE_ROOT / "/".join(parts[1:])).with_suffix(".py").is_file())


def feature_of(module: str) -> str | None:
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) > 3 and layer(module) in ("core", "ui") else None


LAYERS = ("core", "ui", "cli", "web", "app")
ALLOWED_LAYERS = {
    "core": {"core", "package"},
    "ui": {"ui", "core", "package"},
    "cli": {"cli", "core", "package"},
    "web": {"web", "core", "package"},
    "app": {"app", "ui", "cli", "web", "core", "package"},
    "package": {"package", "app"},  # __main__ runs app.main
}

# Alembic's env.py gathers every feature's tables into one metadata: it is core's own little
# composition root for the schema, the one shared module allowed to know the features.
SHARED_THAT_GATHERS_FEATURES = {"sole_app.core.migrations.env"}


def test_there_is_no_import_cycle_between_modules():
    assert cycles(import_graph()) == []


def test_imports_point_from_app_to_ui_and_cli_to_core_never_back():
    wrong = [(source, target) for source, targets in import_graph().items() for target in targets
             if layer(target) not in ALLOWED_LAYERS[layer(source)]]
    assert wrong == []


def test_shared_modules_never_import_a_feature():
    wrong = [(source, target) for source, targets in import_graph().items() for target in targets
             if is_shared(source) and feature_of(target)
             and source not in SHARED_THAT_GATHERS_FEATURES]
    assert wrong == []


def test_the_interface_runs_no_database_query_of_its_own():
    # Screens ask core for data (core/bank/store.py, search.py, operations.py), never SQLAlchemy
    querying = set()
    for name, path in source_modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for alias in node.names}
        names |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        if layer(name) == "ui" and any(n.split(".")[0] == "sqlalchemy" for n in names):
            querying.add(name)
    assert querying == set()


def test_nothing_in_ui_imports_the_composition_root():
    assert [source for source, targets in import_graph().items()
            if layer(source) == "ui" and "sole_app.app" in targets] == []


def test_only_tests_read_test_hooks_from_the_environment():
    readers = [path.relative_to(REPO_ROOT).as_posix() for path in PACKAGE_ROOT.rglob("*.py")
               if "SOLE_TEST_" in path.read_text(encoding="utf-8")]
    assert readers == []


def test_the_rules_catch_a_cycle_and_a_wrong_arrow():
    # The checks above would be worthless if a made-up cycle or wrong arrow went unnoticed
    graph = {"sole_app.core.a": {"sole_app.core.b"}, "sole_app.core.b": {"sole_app.core.a"},
             "sole_app.core.c": set()}
    assert cycles(graph) == [["sole_app.core.a", "sole_app.core.b"]]
    assert layer("sole_app.ui.x") not in ALLOWED_LAYERS[layer("sole_app.core.c")]
    assert layer("sole_app.app") not in ALLOWED_LAYERS[layer("sole_app.ui.main_window")]
    assert layer("sole_app.web.server") not in ALLOWED_LAYERS[layer("sole_app.core.db")]
    assert layer("sole_app.web.server") not in ALLOWED_LAYERS[layer("sole_app.ui.grouppage")]
    assert layer("sole_app.ui.feature") not in ALLOWED_LAYERS[layer("sole_app.web.server")]
    assert feature_of("sole_app.ui.bank.panel") == "sole_app.ui.bank"
    assert is_shared("sole_app.ui.main_window")
    assert not is_shared("sole_app.ui.bank") and not is_shared("sole_app.ui.bank.panel")
