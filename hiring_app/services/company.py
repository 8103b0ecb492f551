"""Open a company's data folder ready for work: checked, migrated, library installed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import OpenedDatabase, damaged, open_database


def open_company(folder: Path) -> OpenedDatabase:
    opened = open_database(folder)
    try:
        ensure_builtin(opened.db)
    except BaseException as exc:
        opened.db.conn.close()
        if isinstance(exc, sqlite3.DatabaseError | UnicodeDecodeError):
            found = damaged(opened.path, exc)  # damage the quick check at opening did not see
            if found is not None:
                raise found from exc
        raise
    return opened
