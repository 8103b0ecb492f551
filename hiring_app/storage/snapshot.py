"""A private copy of a company's database, made without changing the company in any way: for
work that must look at the data as it is (screenshots) while never writing a byte beside it.

A read-only SQLite connection to a file in WAL mode still leaves empty -wal and -shm files in the
data folder. So a file that nobody has open (no -wal beside it: fully written back) is read as
immutable, which creates nothing; the file is checked to be the same before and after the copy,
else it is copied again the ordinary way. A file in use (or left with a log by a crash) is read
through an ordinary read-only connection, which reads the log too and adds no file that was not
there. The copy itself is the app's backup (SQLite's online backup, checked for damage)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from hiring_app import paths
from hiring_app.errors import BackupError, UserError
from hiring_app.storage import backups, instance

DEMO_COMMAND = "hiring-app demo"  # what makes a company to look at, when there is none


def require_database(db_path: Path) -> None:
    """Say clearly (UserError) that there is no company database at `db_path`."""
    if not Path(db_path).is_file():
        raise UserError("snapshot.no_database", path=str(db_path), command=DEMO_COMMAND)


def _fingerprint(db_path: Path) -> tuple[int, int, int, bool]:
    stat = db_path.stat()
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns,
            Path(str(db_path) + "-wal").exists())


def _immutable(db_path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(db_path.absolute()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _copy(source: sqlite3.Connection, folder: Path, db_path: Path) -> Path:
    """The backup of `source` made in `folder` (owner-only), moved to the database's name."""
    try:
        made = backups.create_backup(source, folder, "manual")
    except BackupError as error:  # said about the company's file, not the temporary folder
        raise UserError("snapshot.cannot_copy", path=str(db_path),
                        reason=error.params.get("reason", "")) from error
    target = paths.database_path(folder)
    os.replace(made.path, target)
    return target


def private_copy(db_path: Path, folder: Path) -> Path:
    """Copy the company file `db_path` to the database of `folder` (an empty folder of the
    caller's: make it private) and return the copy's path. Nothing in the company's folder is
    created or changed. A damaged file raises the damaged-file error (naming its latest good
    backup); one that cannot be read, a UserError."""
    db_path = Path(db_path)
    require_database(db_path)
    for _attempt in range(3):
        before = _fingerprint(db_path)
        if before[3]:  # in use, or a log left by a crash: read it too
            break
        source = _immutable(db_path)
        try:
            copied = _copy(source, folder, db_path)
        finally:
            source.close()
        if _fingerprint(db_path) == before:
            return copied
        copied.unlink()  # written meanwhile: the copy may mix old and new pages
    use_lock = instance.hold_use(db_path.parent)  # no restore replaces the file meanwhile
    try:
        source = backups.open_read_only(db_path)
        try:
            return _copy(source, folder, db_path)
        finally:
            source.close()
    finally:
        use_lock.release()
