"""Writing a user's file whole or not at all: into a temporary file beside it, flushed to disk,
then moved into place. A full disk or a crash never leaves half a file behind.

Every file written for the user (reports, kits, exports) goes through `output_file`, which first
refuses a place that would damage the company's data: anything inside the data folder (the
database, its -wal/-shm/-journal files, backups: the folder holds only the app's own files), by
any spelling of the path (symlinks, '..', another case on a case-insensitive disk), and any
existing SQLite database anywhere else (a copied backup, another company's file)."""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from hiring_app.errors import UserError, os_reason

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def data_folder_of(db: Database) -> Path | None:
    """The folder holding the database file of `db` (None for an in-memory database)."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent
    return None


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _same(a: Path, b: os.stat_result) -> bool:
    try:
        return os.path.samestat(os.stat(a), b)
    except OSError:
        return False


def check_output_path(path: Path | str, data_folder: Path | str | None) -> Path:
    """Refuse (UserError) an output file that would replace or sit among the company's own files;
    return the path unchanged otherwise. Nothing is written."""
    given = Path(path)
    try:
        resolved = Path(os.path.abspath(given.expanduser())).resolve()
    except (OSError, RuntimeError):  # a symlink loop: nothing sensible to write to
        raise UserError("file.cannot_write", path=str(given),
                        reason=os_reason(OSError(errno.ELOOP, os.strerror(errno.ELOOP)))) from None
    if data_folder is not None:
        folder = Path(data_folder)
        try:
            folder_stat: os.stat_result | None = os.stat(folder)
        except OSError:
            folder_stat = None
        real_folder = os.path.normcase(str(folder.resolve()))
        for place in (resolved, *resolved.parents):
            # the same folder by its identity on disk (any case, any link), else by its name
            if (folder_stat is not None and _same(place, folder_stat)) or \
                    os.path.normcase(str(place)) == real_folder:
                raise UserError("file.inside_data_folder", path=str(given), folder=str(folder))
    targets = [resolved]
    for suffix in SIDE_SUFFIXES:
        if resolved.name.lower().endswith(suffix):
            targets.append(resolved.with_name(resolved.name[: -len(suffix)]))
    if any(target.is_file() and _is_sqlite(target) for target in targets):
        raise UserError("file.is_database", path=str(given))
    return given


@contextmanager
def output_file(db: Database | None, path: Path | str, binary: bool = False) -> Iterator[IO]:
    """`atomic_file` for a file the user asked for, after `check_output_path` against the data
    folder of `db` (the opened company database)."""
    check_output_path(path, data_folder_of(db) if db is not None else None)
    with atomic_file(path, binary=binary) as handle:
        yield handle


@contextmanager
def atomic_file(path: Path | str, binary: bool = False) -> Iterator[IO]:
    """Yield a file to write; on success it replaces `path`. Problems the user can fix (no such
    folder, no permission, disk full) are UserErrors; nothing is left behind on any failure."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise UserError("file.parent_not_folder", folder=str(folder))
        raise UserError("file.folder_missing", folder=str(folder))
    if path.is_dir():
        raise UserError("file.is_folder", path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError("file.folder_not_writable", folder=str(folder),
                        reason=os_reason(exc)) from exc
    try:
        handle: IO[Any] = (os.fdopen(fd, "wb") if binary
                           else os.fdopen(fd, "w", encoding="utf-8", newline="\n"))
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("file.cannot_write", path=str(path), reason=os_reason(exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
