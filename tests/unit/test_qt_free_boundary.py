"""The core (domain, content, storage, services, reports, cli) must run without Qt."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "hiring_app"
QT_FREE = ["domain", "content", "storage", "services", "reports", "i18n"]
QT_FREE_MODULES = ["hiring_app.cli", "hiring_app.paths", "hiring_app.errors"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
            if node.module.startswith("hiring_app.ui"):
                found.add("hiring_app.ui")
    return found


@pytest.mark.parametrize("package", QT_FREE)
def test_core_package_sources_do_not_import_qt(package: str) -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in (PACKAGE / package).rglob("*.py")
        if {"PySide6", "shiboken6", "hiring_app.ui"} & _imports(path)
    ]
    assert offenders == [], f"Qt imported outside hiring_app/ui: {offenders}"


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    names = sorted(
        ".".join(("hiring_app", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in modules
        if p.name != "__main__.py"
    )
    assert len(names) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
