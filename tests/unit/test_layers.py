"""The layers, as ARCHITECTURE.md draws them, checked on every import in the source (imports
inside functions included): domain/ needs nothing but the standard library; the window reaches
data only through services; only ui/ uses Qt."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "hiring_app"


def imported_modules(path: Path, package: Path = PACKAGE) -> set[str]:
    """Every module a source file of `package` imports, as absolute dotted names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = ".".join((package.name, *path.relative_to(package).with_suffix("").parts[:-1]))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py")) if layer else sorted(PACKAGE.rglob("*.py"))


def offenders(files: list[Path], forbidden) -> list[str]:
    return sorted(f"{path.relative_to(PACKAGE.parent)}: {name}" for path in files
                  for name in imported_modules(path) if forbidden(name))


def _under(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    def foreign(name: str) -> bool:
        top = name.split(".")[0]
        return not (top in sys.stdlib_module_names or top == "__future__"
                    or _under(name, "hiring_app.domain"))
    assert offenders(sources("domain"), foreign) == []


def _edges() -> list[Path]:
    """The window and the command line: they call services, nothing below."""
    return sources("ui") + sorted(PACKAGE.glob("cli*.py"))


def test_the_window_and_the_command_line_reach_data_only_through_services() -> None:
    assert offenders(_edges(), lambda n: _under(n, "hiring_app.storage")) == []


def test_the_window_and_the_command_line_run_no_sql() -> None:
    found = [str(path.relative_to(PACKAGE.parent)) for path in _edges()
             if ".execute(" in path.read_text(encoding="utf-8")]
    assert found == []


@pytest.mark.parametrize("qt", ["PySide6", "shiboken6"])
def test_only_the_window_imports_qt(qt: str) -> None:
    outside_ui = [p for p in sources("") if "ui" not in p.relative_to(PACKAGE).parts]
    assert offenders(outside_ui, lambda n: _under(n, qt)) == []


def test_the_checks_see_imports_inside_functions_and_relative_ones(tmp_path) -> None:
    sample = tmp_path / "hiring_app" / "ui" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text("def f():\n    from ..storage import backups\n    import PySide6.QtCore\n",
                      encoding="utf-8")
    assert {"hiring_app.storage", "hiring_app.storage.backups",
            "PySide6.QtCore"} <= imported_modules(sample, tmp_path / "hiring_app")
