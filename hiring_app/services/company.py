"""Open a company's data folder ready for work: checked, migrated, library installed."""
from __future__ import annotations

from pathlib import Path

from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import OpenedDatabase, open_database


def open_company(folder: Path) -> OpenedDatabase:
    opened = open_database(folder)
    try:
        ensure_builtin(opened.db)
    except BaseException:
        opened.db.conn.close()
        raise
    return opened
