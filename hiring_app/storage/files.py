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
import shutil
import stat
import tempfile
import time
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


# --- private copies: a file from the database handed to another program ------------------------
# A résumé opened in the system's viewer must exist as a file for a while. Each copy lives in a
# folder of its own that only the owner can enter (tempfile.mkdtemp: 0700, a name nobody can
# guess or take first), the file itself readable by the owner only. The folder's name starts
# with a prefix the app chose, so copies left behind can be found and removed later.
_UNSAFE_NAME = str.maketrans({ch: "_" for ch in '\\/:*?"<>|'})


def portable_file_name(name: str, fallback: str, limit: int = 120) -> str:
    """`name` as a file name every system accepts (no separators or characters Windows
    refuses, no control characters, no trailing dots or blanks, no reserved device name, at
    most `limit` characters), its extension kept; `fallback` stands in for a stem left empty."""
    def clean(part: str) -> str:
        return "".join("_" if ord(ch) < 32 or ord(ch) == 127 else ch
                       for ch in part.translate(_UNSAFE_NAME))

    extension = clean(Path(name).suffix).rstrip(" .")
    extension = f".{extension.lstrip('.')}" if extension.lstrip(".") else ""
    stem = clean(name[: len(name) - len(Path(name).suffix)]).strip(" .")
    if not stem:
        stem = fallback
    elif stem.split(".")[0].upper() in _RESERVED_ON_WINDOWS:
        stem = f"{fallback}-{stem}"
    return stem[: limit - len(extension)].rstrip(" .") + extension


_RESERVED_ON_WINDOWS = frozenset(
    ["CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
     *(f"LPT{i}" for i in range(1, 10))])


def private_copy(content: bytes, file_name: str, prefix: str,
                 folder: Path | str | None = None) -> Path:
    """Write `content` as `file_name` in a new owner-only folder (under `folder`, else the
    system's temporary folder) whose name starts with `prefix`; returns the file's path.
    A problem of the disk is a UserError; nothing is left behind then."""
    try:
        place = Path(tempfile.mkdtemp(prefix=prefix, dir=folder))
    except OSError as exc:
        raise UserError("file.folder_not_writable", folder=str(folder or tempfile.gettempdir()),
                        reason=os_reason(exc)) from exc
    path = place / file_name
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        shutil.rmtree(place, ignore_errors=True)
        raise UserError("file.cannot_write", path=str(path), reason=os_reason(exc)) from exc
    return path


def remove_private_copies(prefix: str, folder: Path | str | None = None,
                          older_than: float | None = None) -> int:
    """Remove the copies (folders named `prefix`…) of this user under `folder` (else the
    system's temporary folder), only those older than `older_than` seconds when given; a copy
    another program still holds open stays until next time. Returns how many went."""
    base = Path(folder or tempfile.gettempdir())
    removed = 0
    now = time.time()
    try:
        found = [p for p in base.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return 0
    for place in found:
        try:
            info = place.lstat()
            if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid")
                                                  and info.st_uid != os.getuid()):
                continue  # a link, a file, or someone else's: never followed, never touched
            if older_than is not None and now - info.st_mtime < older_than:
                continue
        except OSError:
            continue
        shutil.rmtree(place, ignore_errors=True)
        removed += not place.exists()
    return removed
