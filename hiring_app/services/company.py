"""Open a company's data folder ready for work: checked, migrated, library installed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from hiring_app import paths
from hiring_app.storage import checked, database, settings
from hiring_app.storage.database import OpenedDatabase, damaged, open_database


def open_company(folder: Path, read_only: bool = False, check: bool = True) -> OpenedDatabase:
    """`read_only`: for a command that only reads, a connection that cannot write the file
    (nothing a read does changes it); opened as usual when it first needs creating, upgrading
    or its library installing. `check`: see `open_database`."""
    opened = open_database(folder, read_only=read_only, check=check)
    try:
        if not settings.library_installed(opened.db):
            # the shipped library, once (its loading is imported only then: it costs every
            # command's start otherwise)
            from hiring_app.services.library import ensure_builtin

            if opened.read_only:
                opened.db.conn.close()
                opened = open_database(folder)
            ensure_builtin(opened.db)
    except BaseException as exc:
        opened.db.conn.close()
        if isinstance(exc, sqlite3.DatabaseError | UnicodeDecodeError):
            found = damaged(opened.path, exc)  # damage the quick check at opening did not see
            if found is not None:
                raise found from exc
        raise
    return opened


def needs_check(folder: Path) -> bool:
    """The company file may have changed since the app last checked it (the window then checks
    it beside itself, once it is up)."""
    return database.needs_check(folder)


def check_whole(folder: Path) -> None:
    """The integrity check of the company file (seconds for a large one): DatabaseDamagedError
    with the latest good backup when it is damaged."""
    database.check_whole(paths.database_path(folder))


def await_check(db_path: Path, waiting: bool) -> None:
    """While the file's check runs beside the window, nothing opens it for writing (an
    interview's autosave keeps what was typed and writes it once the check has passed)."""
    checked.await_check(db_path, waiting)
