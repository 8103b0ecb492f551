"""What is in a company's database, for `hiring-app info` and the About box."""
from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from hiring_app import paths
from hiring_app.storage.database import data_version as _data_version
from hiring_app.storage.database import row_counts, schema_version

COUNTED_TABLES = ("roles", "questions", "candidates", "interviews", "answers", "interviewers")


def database_info(db: Database, path: Path) -> dict:
    return {
        "database": str(path),
        "schema_version": schema_version(db),
        "counts": row_counts(db, COUNTED_TABLES),
        "content": {"folder": str(paths.SHIPPED_ROOT), "missing": paths.missing_shipped_files()},
    }


def data_version(db: Database) -> int:
    """A number that changes whenever another connection (another program such as the command
    line, or the autosave) has committed to the database since this one last looked: the
    window checks it to notice changes it did not make."""
    return _data_version(db)
