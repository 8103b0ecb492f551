"""Open the company's SQLite file safely: check it before writing a byte, then migrate it."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlite_utils import Database
from sqlite_utils.db import Table

from hiring_app import paths
from hiring_app.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseTooNewError,
    DataFolderError,
    StorageWriteError,
    UserError,
    os_reason,
    reason_of,
    sqlite_reason,
)
from hiring_app.i18n import Message
from hiring_app.storage import backups, checked, instance, migrations

BUSY_TIMEOUT_MS = 3000
OWNER_ONLY_FILE = instance.OWNER_ONLY_FILE
OWNER_ONLY_DIR = stat.S_IRWXU


def inserted_id(table: Table) -> int:
    """The rowid of the row `table.insert(...)` just added."""
    if table.last_pk is None:
        raise RuntimeError(f"nothing was inserted into {table.name}")
    return int(table.last_pk)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def ensure_data_folder(folder: Path, notices: list[Message] | None = None,
                       writing: bool = True) -> Path:
    """Create the data folder (owner-only), make an existing one owner-only (it holds personal
    data; a notice saying so is added to `notices` when its mode changed) and, when `writing`,
    prove we can write to it, leaving nothing behind and touching no file another program uses
    (a command that only reads writes nothing to the folder)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
    except OSError as exc:
        raise DataFolderError("data_folder.cannot_create", path=str(folder),
                              reason=os_reason(exc)) from exc
    if not folder.is_dir():
        raise DataFolderError("data_folder.not_a_folder", path=str(folder))
    changed_from = make_owner_only(folder)
    if changed_from is not None and notices is not None:
        notices.append(Message("data_folder.made_private", path=str(folder),
                               mode=f"{changed_from:o}"))
    if not writing:
        return folder
    probe = None
    try:
        # A name of its own (several programs start at once), removed whatever happens.
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        probe = Path(name)
        try:
            os.write(fd, b"ok")
        finally:
            os.close(fd)
    except OSError as exc:
        raise DataFolderError("data_folder.not_writable", path=str(folder),
                              reason=os_reason(exc)) from exc
    finally:
        if probe is not None:
            with contextlib.suppress(OSError):
                probe.unlink()
    return folder


def make_owner_only(folder: Path) -> int | None:
    """On POSIX, take away the group's and others' access to the folder. Returns the mode it had
    when it changed (None: already owner-only, not ours to change, or not POSIX)."""
    if os.name != "posix":
        return None
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
        if not mode & 0o077:
            return None
        os.chmod(folder, (mode & ~0o077) | OWNER_ONLY_DIR)
    except OSError:
        return None  # another user's folder (a shared drive): the writing test says the rest
    return mode


def _restrict(path: Path, mode: int) -> None:
    try:
        if stat.S_IMODE(os.stat(path).st_mode) != mode:  # a needless chmod moves the ctime
            os.chmod(path, mode)
    except OSError:
        pass  # not ours to change (e.g. a read-only share); the open itself will say so


def restrict_database_files(db_path: Path) -> None:
    """Make the database and its WAL/SHM side files readable by their owner only."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(db_path) + suffix)
        if candidate.exists():
            _restrict(candidate, OWNER_ONLY_FILE)


def write_error(exc: sqlite3.OperationalError) -> StorageWriteError:
    """Say in plain words why a change could not be written."""
    return StorageWriteError("write.failed", reason=sqlite_reason(exc))


# SQLite's primary result codes for a write the disk or another program refused: worth saying
# plainly and trying again. Anything else (a mistake in the app) is raised as it is.
WRITE_FAULTS = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_BUSY,
                sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN,
                sqlite3.SQLITE_PERM)


def is_write_fault(exc: sqlite3.Error) -> bool:
    if damage_problem(exc, Path()) is not None:  # damage is said as such, never "try again"
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in WRITE_FAULTS
    text = str(exc).lower()  # raised without a code (by a driver or a test): judge the words
    return any(w in text for w in ("full", "readonly", "read-only", "locked", "busy", "i/o",
                                   "unable to open"))


class CompanyDatabase(Database):
    """A sqlite-utils Database whose transactions take the write lock at the start (BEGIN
    IMMEDIATE: a busy database is waited for, up to the busy timeout, instead of failing at the
    first write) and fail as a clear, retryable StorageWriteError (disk full, read-only folder,
    busy): the whole change is rolled back, none of it written.

    sqlite-utils' plugins are not loaded: no installed package's code runs on the company's
    file (and looking for them costs every start a scan of the installed packages)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("execute_plugins", False)
        super().__init__(*args, **kwargs)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        try:
            if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
                with super().atomic() as db:
                    yield db
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
        except sqlite3.OperationalError as exc:
            if is_write_fault(exc):
                raise write_error(exc) from exc
            raise


class HeldConnection(sqlite3.Connection):
    """A connection to the company file that holds the folder's use lock (shared) until it is
    closed, so no backup is restored under it (`storage/instance.py`)."""

    use_lock: instance.FolderLock | None = None
    # The company file, once checked (or found unchanged since its last check): recorded as
    # checked when the connection closes (storage/checked.py), before the lock is let go.
    checked_path: Path | None = None

    def close(self) -> None:
        try:
            super().close()
            path, self.checked_path = self.checked_path, None
            if path is not None:
                checked.remember_checked(path)
        finally:
            lock, self.use_lock = self.use_lock, None
            if lock is not None:
                lock.release()


def _connect(db_path: Path, use_lock: instance.FolderLock) -> HeldConnection:
    conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, factory=HeldConnection)
    conn.use_lock = use_lock
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def connect_held(db_path: Path) -> CompanyDatabase:
    """Another connection to an open company file (the autosave's), holding the folder's use
    lock like the first: a restore never replaces the file under it. While a restore runs it
    fails as a retryable StorageWriteError ("busy"): the caller keeps what it had to write."""
    if checked.awaiting_check(db_path):  # opened before its check, which is running
        raise StorageWriteError("write.failed", reason=Message("write.busy"))
    try:
        use_lock = instance.hold_use(db_path.parent)
    except UserError as exc:
        raise StorageWriteError("write.failed", reason=Message("write.busy")) from exc
    try:
        conn = _connect(db_path, use_lock)
    except BaseException:
        use_lock.release()
        raise
    conn.checked_path = db_path  # a second connection to a file the first one checked
    db = CompanyDatabase(conn)
    configure(db)
    return db


_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
# SQLite's words when what it read is not what was written (some reports come without a code).
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")
# The sqlite3 module's report of a stored text that is not UTF-8 (it quotes the text: personal
# data, never shown).
_NOT_TEXT = "could not decode to utf-8"


class StoredRecordDamaged(sqlite3.DatabaseError):
    """A record the app wrote (JSON of a role, a question, an interview's lists) that no longer
    reads back: a damaged page that SQLite's own checks let through. Said like any damage."""


def stored(text: str | bytes | None, build: Callable[[Any], Any] = lambda value: value,
           default: Any = None) -> Any:
    """`build(json.loads(text))`; a record that does not read back (damaged bytes in the
    file) raises StoredRecordDamaged, which the window and the command line say as damage,
    never as an internal error."""
    if text is None or text == "":
        return default
    try:
        return build(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise StoredRecordDamaged("a stored record is corrupt and does not read back") from exc


def damage_problem(exc: BaseException, db_path: Path) -> Message | None:
    """What is wrong with the file, when `exc` (raised by any read of it) says it is damaged;
    None for any other error. SQLite judges the file as it reads each page: damage its quick
    check at opening does not see (an index, a text) shows up here, on the read that meets it."""
    if isinstance(exc, UnicodeDecodeError):  # a text, or SQLite's report, that is not UTF-8
        return Message("db_problem.bad_text", path=str(db_path))
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    words = str(exc).lower()
    if words.startswith(_NOT_TEXT):
        return Message("db_problem.bad_text", path=str(db_path))
    code = getattr(exc, "sqlite_errorcode", None)
    if (code is not None and code & 0xFF in _DAMAGE_CODES) \
            or any(word in words for word in _DAMAGE_WORDS):
        return Message("db_problem.read_failed", path=str(db_path),
                       detail=backups.one_line(str(exc)))
    return None


def _raise_if_damage(db_path: Path, exc: BaseException) -> None:
    """Raise the damaged-file error when `exc` says the file is damaged (else return)."""
    found = damaged(db_path, exc)
    if found is not None:
        raise found from exc


def damaged(db_path: Path, exc: BaseException) -> DatabaseDamagedError | None:
    """The damaged-file error (with the latest good backup to restore) for an error raised by a
    read of `db_path`, or None when the error is not about damage."""
    problem = damage_problem(exc, db_path)
    return None if problem is None else backups.damaged_error(db_path, problem)


def _folder_in_place(db_path: Path) -> None:
    """A folder where the database or one of its side files should be: SQLite says only "disk
    I/O error"."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(str(db_path) + suffix)
        if path.is_dir():
            raise DataFolderError("db.is_folder", path=str(path))


# Below this much free space, an I/O error of SQLite (which says "disk I/O error" when it cannot
# grow its shared-memory file) is a full disk.
LOW_SPACE = 1 << 20


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def _open_fault(exc: sqlite3.Error, db_path: Path, reading: bool) -> UserError:
    """Why the database could not be opened, read or set up, in plain words."""
    problem = damaged(db_path, exc)
    if problem is not None:
        return problem
    errorcode = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if errorcode in _BUSY_CODES:
        return DatabaseBusyError("db.busy", path=str(db_path))
    if errorcode in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN) \
            and disk_is_full(db_path.parent):
        return DataFolderError("db.disk_full", path=str(db_path))
    if reading:
        return DataFolderError("db.cannot_read", path=str(db_path),
                               detail=backups.one_line(str(exc)))
    return DataFolderError("db.cannot_open", path=str(db_path), detail=backups.one_line(str(exc)))


def _check_readable(db_path: Path) -> None:
    """A quick integrity check on a read-only connection: a damaged file is never written to
    (a read-write connection would fold a log into it on closing)."""
    _folder_in_place(db_path)
    header = backups.format_problem(db_path)
    if header is not None:
        raise _damaged(db_path, Message("db_problem.check_failed", path=str(db_path),
                                        detail=header))
    try:
        if db_path.stat().st_size == 0:  # SQLite would take it for a new, empty database
            raise _damaged(db_path, Message("db_problem.empty", path=str(db_path)))
    except OSError as exc:
        raise DataFolderError("db.cannot_read", path=str(db_path),
                              detail=backups.one_line(str(exc))) from exc
    try:
        conn = backups.open_read_only(db_path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code in _DAMAGE_CODES or not isinstance(exc, sqlite3.OperationalError):
            raise _damaged(db_path, Message("db_problem.not_a_database", path=str(db_path),
                                            detail=backups.one_line(str(exc)))) from exc
        raise _open_fault(exc, db_path, reading=True) from exc
    except UnicodeDecodeError as exc:  # SQLite's report quotes bytes that are not text
        raise _damaged(db_path, Message("db_problem.damaged", path=str(db_path))) from exc
    result = [r[0] for r in rows]
    if result != ["ok"]:
        raise _damaged(db_path, Message(
            "db_problem.check_failed", path=str(db_path),
            detail=backups.one_line(result[0]) if result else "no answer"))


def _damaged(db_path: Path, problem: Message) -> DatabaseDamagedError:
    """The error for a damaged file, naming the latest backup that reads back whole."""
    return backups.damaged_error(db_path, problem)


def _check_not_newer(db: Database, db_path: Path) -> None:
    if not db[migrations.migrations.migrations_table].exists():
        return
    applied = [m.name for m in migrations.migrations.applied(db)]
    unknown = sorted(set(applied) - set(migrations.known_names()))
    if unknown:
        raise DatabaseTooNewError("db.too_new", path=str(db_path), step=unknown[-1])


def configure(db: Database) -> None:
    """The settings every connection needs."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    # Deleted content is overwritten with zeros, so an erased candidate leaves no bytes behind.
    db.execute("PRAGMA secure_delete = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _create_new(db_path: Path) -> bool:
    """Create a new, empty database that is a whole SQLite file from the moment it has its name:
    a file of 0 bytes there is damage, never a new company (so a copy killed while creating one
    must not leave such a file). False when another program created it first."""
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".new", dir=db_path.parent)
    os.close(fd)  # mkstemp: owner-only, a name only this call uses
    partial = Path(name)
    try:
        conn = sqlite3.connect(str(partial))
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # writes the file's first page
        finally:
            conn.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(partial, db_path)  # never replaces a file created meanwhile
        except FileExistsError:
            return False
        except OSError:  # a filesystem without hard links
            if db_path.exists():
                return False
            os.replace(partial, db_path)
        return True
    except (OSError, sqlite3.Error) as exc:
        raise DataFolderError("db.cannot_create", path=str(db_path),
                              reason=reason_of(exc)) from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(partial) + suffix).unlink(missing_ok=True)


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    created: bool
    migrated: list[str]
    read_only: bool = False  # opened so that nothing can write it (a command that only reads)
    # What to tell the user once (the folder was made owner-only): not errors, nothing refused.
    notices: list[Message] = field(default_factory=list)


def open_database(folder: Path, read_only: bool = False, check: bool = True) -> OpenedDatabase:
    """Open (creating if needed) the database in `folder`, checked and migrated.

    The connection holds the folder's use lock until it is closed: this waits while a backup is
    being restored. Raises DataFolderError, DatabaseDamagedError, DatabaseTooNewError or
    DatabaseBusyError, each with a clear message, before anything is written to an existing
    file. `read_only` (a command that only reads): the file is opened so that nothing can write
    it (SQLite's read-only mode and query_only: byte for byte and its times as they were), and
    the folder is not written to (no writing test), unless the file first needs creating or
    upgrading (then it is opened as usual). `check=False`: no integrity check now (the window
    opens read-only and checks in the background, `check_whole`, then opens for writing), and
    a file opened read-only so is not recorded as checked when closed.
    """
    notices: list[Message] = []
    db_path = paths.database_path(folder)
    reading = read_only and db_path.is_file()
    ensure_data_folder(folder, notices, writing=not reading)
    use_lock = instance.hold_use(folder)
    try:
        # No restore can be running while we hold the lock: what one left is a leftover.
        backups.remove_restore_leftovers(folder)
        opened = _open_reading(db_path, use_lock, check) if reading else None
        if opened is None:
            # checked just now by _open_reading, or by the caller (check=False for writing);
            # a read-only opening without a check that needs upgrading is checked first
            checked_now = (reading and check) or (not read_only and not check)
            opened = _open_held(folder, use_lock, checked_now=checked_now)
    except BaseException:
        use_lock.release()
        raise
    opened.notices = notices
    return opened


def _open_reading(db_path: Path, use_lock: instance.FolderLock,
                  check: bool = True) -> OpenedDatabase | None:
    """The checked file on a connection that cannot write it; None when it first needs
    upgrading (or is not in WAL mode yet): the caller opens it as usual."""
    _folder_in_place(db_path)
    if check:
        _check_unless_unchanged(db_path)
    try:
        conn = sqlite3.connect(f"file:{quote(str(db_path.absolute()))}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, factory=HeldConnection)
    except sqlite3.Error as exc:
        raise _open_fault(exc, db_path, reading=True) from exc
    try:
        db = CompanyDatabase(conn)
        _check_not_newer(db, db_path)
        configure(db)
        db.execute("PRAGMA query_only = ON")
        mode = str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        ready = mode == "wal" and not migrations.migrations.pending(db)
    except sqlite3.OperationalError as exc:
        conn.close()
        raise _open_fault(exc, db_path, reading=True) from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        _raise_if_damage(db_path, exc)
        raise
    except BaseException:
        conn.close()
        raise
    if not ready:
        conn.close()
        return None
    conn.use_lock = use_lock
    conn.checked_path = db_path if check else None
    return OpenedDatabase(db=db, path=db_path, created=False, migrated=[], read_only=True)


def _check_unless_unchanged(db_path: Path) -> None:
    """The integrity check at an opening, unless the file is as the app left it after one."""
    if not checked.unchanged_since_checked(db_path):
        check_whole(db_path)


def needs_check(folder: Path) -> bool:
    """The company file is there and may have changed since the app last checked it."""
    db_path = paths.database_path(folder)
    return db_path.is_file() and not checked.unchanged_since_checked(db_path)


def check_whole(db_path: Path) -> None:
    """The integrity check of an opening, on its own (the window's, beside it): raises
    DatabaseDamagedError (with the latest good backup) when the file is damaged."""
    _folder_in_place(db_path)
    _check_readable(db_path)
    checked.checked_clean(db_path)


def _open_held(folder: Path, use_lock: instance.FolderLock,
               checked_now: bool = False) -> OpenedDatabase:
    db_path = paths.database_path(folder)
    _folder_in_place(db_path)
    created = not db_path.exists() and _create_new(db_path)
    if not created and not checked_now:
        _check_unless_unchanged(db_path)
    try:
        conn = _connect(db_path, use_lock)
    except sqlite3.Error as exc:
        raise _open_fault(exc, db_path, reading=False) from exc
    try:
        db = CompanyDatabase(conn)
        _check_not_newer(db, db_path)
        try:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            fault = _open_fault(exc, db_path, reading=False)
            if isinstance(fault, DatabaseDamagedError | DatabaseBusyError) \
                    or fault.code == "db.disk_full":
                raise fault from exc
            raise DatabaseBusyError("db.in_use", path=str(db_path),
                                    detail=backups.one_line(str(exc))) from exc
        if str(mode).lower() != "wal":
            raise DatabaseBusyError("db.no_wal", path=str(db_path), mode=str(mode))
        configure(db)
        if not created and migrations.migrations.pending(db):
            # An upgrade changes the file for good: keep a copy of it as it was, first.
            backups.create_backup(conn, folder, "before-upgrade")
        applied = migrations.apply(db)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        _raise_if_damage(db_path, exc)
        raise
    except BaseException:
        conn.use_lock = None  # the caller releases it
        conn.close()
        raise
    restrict_database_files(db_path)
    conn.checked_path = db_path
    return OpenedDatabase(db=db, path=db_path, created=created, migrated=applied)


def memory_database() -> Database:
    """A fresh, migrated in-memory database (tests, previews)."""
    db = CompanyDatabase(memory=True)
    configure(db)
    migrations.apply(db)
    return db


def schema_version(db: Database) -> int:
    """How many schema steps the file has: one per applied migration of this app."""
    if not db[migrations.migrations.migrations_table].exists():
        return 0
    return len(migrations.migrations.applied(db))


def data_version(db: Database) -> int:
    """SQLite's counter that changes when another connection (another program, or this app's
    autosave) commits to the file; reading it costs no I/O beyond a page already cached."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def row_counts(db: Database, tables: Iterable[str]) -> dict[str, int]:
    """How many rows each of the tables holds."""
    return {name: db[name].count for name in tables}
