"""The layers, as ARCHITECTURE.md draws them, checked on every import in the source (imports
inside functions included): domain/ needs nothing but the standard library; the window reaches
data only through services; services leave SQL to the repositories in storage/; only ui/ uses
Qt."""
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


# Calls that run SQL or reach a table through sqlite-utils (a table itself comes from db[...] or
# db.table(...), so its .update(), .delete(), .count ... are found there).
SQL_CALLS = frozenset({"execute", "executemany", "executescript", "query", "insert",
                       "insert_all", "upsert", "upsert_all", "delete_where", "table",
                       "create_table"})


def sql_sites(path: Path) -> list[str]:
    """Where a source file runs SQL or uses a sqlite-utils table, as "line: what"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS):
            found.append((node.lineno, f".{node.func.attr}("))
        elif isinstance(node, ast.Subscript):
            value = node.value
            name = value.id if isinstance(value, ast.Name) else getattr(value, "attr", None)
            if name == "db":
                found.append((node.lineno, "db[...]"))
    return [f"{line}: {what}" for line, what in sorted(found)]


def test_services_leave_sql_to_the_repositories_in_storage() -> None:
    found = {str(path.relative_to(PACKAGE.parent)): sites for path in sources("services")
             if (sites := sql_sites(path))}
    assert found == {}


def test_the_sql_check_sees_statements_and_table_calls(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(db, self, rows):\n"
        "    db.execute('SELECT 1')\n"
        "    db.conn.executemany('INSERT INTO t VALUES (?)', rows)\n"
        "    db['candidates'].insert({'name': 'x'})\n"
        "    self.db['answers'].update(1, {'score': 2})\n"
        "    db.table('status_history').delete_where('id = ?', [1])\n"
        "    with db.atomic():\n"  # a transaction is the use case's: allowed
        "        rows.update({'a': 1})\n"  # a dict, not a table
        "        return db.conn\n",
        encoding="utf-8")
    assert sql_sites(sample) == ["2: .execute(", "3: .executemany(", "4: .insert(", "4: db[...]",
                                 "5: db[...]", "6: .delete_where(", "6: .table("]


# What each layer of the core may use of the app (ARCHITECTURE.md, "The layers"): lower layers
# never reach up, so a rule or a query has one home.
_MAY_NOT_IMPORT = {
    "content": ("hiring_app.storage", "hiring_app.services", "hiring_app.reports",
                "hiring_app.ui", "hiring_app.cli"),
    "storage": ("hiring_app.content", "hiring_app.services", "hiring_app.reports",
                "hiring_app.ui", "hiring_app.cli"),
    "services": ("hiring_app.ui", "hiring_app.cli"),
    "reports": ("hiring_app.storage", "hiring_app.services", "hiring_app.content",
                "hiring_app.ui", "hiring_app.cli"),
    # the window: services, domain and i18n only (it starts from the command line, never the
    # other way round)
    "ui": ("hiring_app.content", "hiring_app.storage", "hiring_app.cli"),
    "i18n": ("hiring_app.domain", "hiring_app.content", "hiring_app.storage",
             "hiring_app.services", "hiring_app.reports", "hiring_app.ui", "hiring_app.cli"),
}


@pytest.mark.parametrize("layer", sorted(_MAY_NOT_IMPORT))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    forbidden = _MAY_NOT_IMPORT[layer]
    assert offenders(sources(layer), lambda n: _under(n, *forbidden)) == []


def test_the_command_line_uses_services_not_the_content_loader() -> None:
    files = sorted(PACKAGE.glob("cli*.py"))
    assert offenders(files, lambda n: _under(n, "hiring_app.content")) == []
