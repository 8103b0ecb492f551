"""The core (domain, content, storage, services, reports, cli) must run without Qt; and the
reports only lay out data they are given (they never read the database themselves)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "hiring_app"
QT_FREE = ["domain", "content", "storage", "services", "reports", "i18n"]
QT_FREE_MODULES = ["hiring_app.cli", "hiring_app.paths", "hiring_app.errors"]
# The reports are given their data (services.report_data reads it); they read nothing.
REPORTS_MAY_NOT_IMPORT = ("hiring_app.storage", "hiring_app.services", "hiring_app.content")


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


def _modules_imported(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every hiring_app module a source file imports, wherever the import sits (inside a
    function or an `if TYPE_CHECKING:` too), with `from a import b` counted as a and a.b and
    relative imports resolved."""
    package = ".".join(("hiring_app", *path.relative_to(root).parent.parts))
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _reading_imports(path: Path, root: Path = PACKAGE) -> list[str]:
    return sorted(name for name in _modules_imported(path, root)
                  if any(name == banned or name.startswith(banned + ".")
                         for banned in REPORTS_MAY_NOT_IMPORT))


def test_reports_lay_out_data_and_read_nothing_themselves() -> None:
    """hiring_app/reports/** take report data (services.report_data reads it) and import
    neither storage, services nor content."""
    offenders = {str(path.relative_to(PACKAGE.parent)): _reading_imports(path)
                 for path in (PACKAGE / "reports").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("source", [
    "from hiring_app.storage import roles_repo\n",
    "import hiring_app.services.compare\n",
    "from hiring_app import content\n",
    "def f():\n    from hiring_app.services.compare import label\n",
    "if TYPE_CHECKING:\n    from hiring_app.storage.files import atomic_file\n",
    "from ..services import compare\n",
    "from ..content.loader import builtin_vocabulary\n",
])
def test_the_reports_check_sees_every_kind_of_import(tmp_path, source) -> None:
    fake = tmp_path / "hiring_app"
    (fake / "reports").mkdir(parents=True)
    sneaky, fine = fake / "reports" / "sneaky.py", fake / "reports" / "fine.py"
    sneaky.write_text(source, encoding="utf-8")
    fine.write_text("from hiring_app.domain.library import text_in\n"
                    "from hiring_app.reports.data import KitData\n"
                    "from . import common\nimport reportlab\n", encoding="utf-8")
    assert _reading_imports(sneaky, fake)
    assert _reading_imports(fine, fake) == []


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
