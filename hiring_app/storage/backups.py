"""Backups of the company database, made with SQLite's online backup.

Backups live in `<data folder>/backups/`, owner-only, one self-contained SQLite file each, named
by when and why they were made: `hiring-2026-11-23-101502-auto.db`. A backup is written under a
temporary name, checked, flushed to disk and only then given its name, so a crash or a full disk
never leaves half a backup that looks whole.

Kinds: `auto` (when the app starts, at most once a day; only these are pruned to the last N),
`manual`, `before-upgrade` (before any schema migration), `before-restore` (the file a restore
replaced, kept aside) and `damaged` (a damaged file moved aside untouched).
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from hiring_app import paths
from hiring_app.errors import BackupError, DatabaseDamagedError, os_reason, reason_of
from hiring_app.i18n import DEFAULT_LANGUAGE, Message, render
from hiring_app.storage import checked, instance

FOLDER_NAME = "backups"
KINDS = ("auto", "manual", "before-upgrade", "before-restore", "damaged")
_NAME = re.compile(
    r"^hiring-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?-(" + "|".join(KINDS) + r")\.db$")
_STAMP = "%Y-%m-%d-%H%M%S"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
PAGES_PER_STEP = 1024
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime  # local time, to the second
    kind: str

    @property
    def size(self) -> int:
        try:
            return sum(Path(str(self.path) + s).stat().st_size
                       for s in ("", *_SIDE_SUFFIXES) if Path(str(self.path) + s).exists())
        except OSError:
            return 0


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    issue: Message | None = None  # what is wrong, in any language (render it)
    candidates: int = 0
    interviews: int = 0
    schema_steps: tuple[str, ...] = ()

    @property
    def problem(self) -> str:
        """What is wrong, in English ('' when the backup is fine)."""
        return render(self.issue, DEFAULT_LANGUAGE)


def one_line(text: str, limit: int = 200) -> str:
    """SQLite's own report, fit for a one-line message."""
    text = " ".join(str(text).replace("*", " ").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER_NAME


def _ensure_folder(data_dir: Path) -> Path:
    folder = backup_folder(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise BackupError("backup.folder_cannot_create", path=str(folder),
                          reason=os_reason(exc)) from exc
    return folder


def _new_name(folder: Path, kind: str, now: datetime | None = None) -> Path:
    if kind not in KINDS:
        raise ValueError(kind)
    stamp = (now or datetime.now()).strftime(_STAMP)
    path = folder / f"hiring-{stamp}-{kind}.db"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"hiring-{stamp}-{counter}-{kind}.db"
    return path


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BackupStopped(Exception):  # noqa: N818 - not an error: asked for
    """A backup given up on request (the window closing): nothing of it is left behind."""


def create_backup(source: sqlite3.Connection, data_dir: Path, kind: str = "manual",
                  progress: Callable[[int, int], None] | None = None,
                  stop: Callable[[], bool] | None = None) -> Backup:
    """Copy the open database `source` into a new backup file with SQLite's online backup.

    `progress(done_pages, total_pages)` is called as it goes. Raises BackupError (nothing left
    behind) when the copy cannot be made, e.g. on a full disk. When `stop()` turns true (asked
    from another thread), the copy and its check end within moments: BackupStopped, nothing left.
    """
    folder = _ensure_folder(data_dir)
    if kind not in KINDS:
        raise ValueError(kind)
    partial = None
    try:
        fd, name = tempfile.mkstemp(prefix=".hiring-", suffix=".db.partial", dir=folder)
        os.close(fd)  # mkstemp: a fresh name only this call uses, owner-only
        partial = Path(name)
        target = sqlite3.connect(str(partial), check_same_thread=False)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if stop is not None and stop():
                    raise BackupStopped
                if progress is not None:
                    progress(total - remaining, total)

            if stop is not None:  # the check of the copy below ends too when asked
                target.set_progress_handler(lambda: int(stop()), 20_000)
            # No pause between steps (sqlite3's default sleeps a quarter of a second each).
            source.backup(target, pages=PAGES_PER_STEP, progress=step, sleep=0)
            # The copy is self-contained: no write-ahead log beside it.
            target.execute("PRAGMA journal_mode = DELETE")
            # The copy holds the same pages as the file: damage in it is damage in the file,
            # which is said as such (a copy of a damaged file is no backup to keep).
            issue = damage_in(target)
            if stop is not None and stop():  # interrupted, which is no damage
                raise BackupStopped
            if issue is not None:
                db_path = paths.database_path(data_dir)
                raise damaged_error(db_path, Message("db_problem.no_backup_made",
                                                     path=str(db_path), issue=issue))
        finally:
            target.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        final = _publish(partial, folder, kind)
        _fsync_folder(folder)
    except (sqlite3.Error, OSError) as exc:
        if partial is not None:
            _remove_with_side_files(partial)
        if stop is not None and stop():
            raise BackupStopped from exc
        raise BackupError("backup.cannot_make", path=str(folder),
                          reason=reason_of(exc)) from exc
    except BaseException:
        if partial is not None:
            _remove_with_side_files(partial)
        raise
    parsed = _parse(final.name)
    if parsed is None:  # the names this module gives always parse
        raise RuntimeError(f"unexpected backup name {final.name}")
    return Backup(final, parsed[0], kind)


def _publish(partial: Path, folder: Path, kind: str) -> Path:
    """Give a finished file its backup name, never replacing another backup of the same name
    (two backups in the same second, from the window and the command line)."""
    while True:
        final = _new_name(folder, kind)
        try:
            os.link(partial, final)  # fails if the name was taken meanwhile
        except FileExistsError:
            continue
        except OSError:  # a filesystem without hard links
            if final.exists():
                continue
            os.replace(partial, final)
            return final
        partial.unlink()
        return final


def _parse(name: str) -> tuple[datetime, str, int] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _STAMP), match.group(3), int(match.group(2) or 1)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the data folder, newest first."""
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse(path.name)
        if parsed is not None and path.is_file():
            found.append((parsed[0], parsed[2], Backup(path, parsed[0], parsed[1])))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)  # -2- after the first
    return [item[2] for item in found]


def find_backup(data_dir: Path, name_or_path: str | Path) -> Path:
    """A backup given by its file name (as listed) or by any path to a database file."""
    path = Path(name_or_path).expanduser()
    if len(path.parts) == 1:  # a bare name, as listed: the backup folder's file first
        candidate = backup_folder(data_dir) / path
        if candidate.exists():
            path = candidate
    if not path.is_file():
        raise BackupError("backup.not_found", name=str(name_or_path))
    return path.absolute()


def open_read_only(path: Path) -> sqlite3.Connection:
    """Read a database file without writing to it (a damaged file stays exactly as it is);
    a write-ahead log beside it is read too."""
    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=1.0)


# Bytes 18 and 19 of an SQLite file: the format versions needed to write and to read it (1:
# rollback journal, 2: WAL). Anything else reads (or not) but can never be written: SQLite then
# calls the database read-only, which the app would misread as "in use by another program".
_FORMAT_VERSIONS = (1, 2)
UNWRITABLE_FORMAT = "file format versions {versions} in the header, not 1 or 2"


def format_problem(path: Path) -> str | None:
    """What in the file's header keeps SQLite from writing it, or None. A file too short to
    hold a header is left to SQLite's own checks."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    versions = (header[18], header[19])
    if all(v in _FORMAT_VERSIONS for v in versions):
        return None
    return UNWRITABLE_FORMAT.format(versions=f"{versions[0]}/{versions[1]}")


def check_backup(path: Path, known_steps: Iterable[str] | None = None,
                 thorough: bool = True) -> BackupCheck:
    """Read a backup without changing a byte: is it a whole, readable company database?
    `thorough` runs `damage_in` (SQLite's integrity_check over every page and index, every
    text decoded): before a backup is called usable or restored. Without it, only what a
    question about it shows is read (milliseconds); such a check never calls a file usable."""
    from hiring_app.storage import migrations

    known = set(known_steps if known_steps is not None else migrations.known_names())
    header = format_problem(path)
    if header is not None:
        return BackupCheck(False, Message("backup_check.damaged", detail=header))
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        return BackupCheck(False, Message("backup_check.cannot_open",
                                          detail=one_line(str(exc))))
    try:
        issue = damage_in(conn) if thorough else None
        if issue is not None:
            return BackupCheck(False, issue)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        table = migrations.migrations.migrations_table
        if not {"candidates", "interviews", table} <= tables:
            return BackupCheck(False, Message("backup_check.not_ours"))
        steps = tuple(r[0] for r in conn.execute(
            f"SELECT name FROM [{table}] WHERE migration_set = ? ORDER BY rowid",  # noqa: S608
            [migrations.migrations.name]))
        if set(steps) - known:
            return BackupCheck(False, Message("backup_check.too_new"), schema_steps=steps)
        candidates = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
        interviews = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
        return BackupCheck(True, None, candidates, interviews, steps)
    except sqlite3.Error as exc:
        return BackupCheck(False, Message("backup_check.unreadable", detail=one_line(str(exc))))
    except UnicodeDecodeError:  # bytes changed inside a text: SQLite's own check cannot see it
        return BackupCheck(False, Message("backup_check.bad_text"))
    finally:
        conn.close()


def damage_in(conn: sqlite3.Connection) -> Message | None:
    """What is damaged in an open database file, or None when it reads back whole: SQLite's
    thorough check (every page, and every index against its table: `quick_check` misses an
    index whose entries were changed), then every text decoded strictly. The one check that
    calls a file whole: before a backup is kept, listed as usable, or restored."""
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return Message("backup_check.damaged", detail=one_line(result))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        _read_every_text(conn, tables)
    except UnicodeDecodeError:  # bytes changed inside a text: SQLite's own check cannot see it
        return Message("backup_check.bad_text")
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in _BUSY:
            raise  # in use by another program: no judgement on the file
        return Message("backup_check.unreadable", detail=one_line(str(exc)))
    return None


_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def file_is_damaged(path: Path) -> bool:
    """Whether a database file fails the full check (read without writing to it)."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return True
    try:
        return damage_in(conn) is not None
    except sqlite3.Error:
        return False  # busy: no judgement
    finally:
        conn.close()


def damaged_error(db_path: Path, problem: Message) -> DatabaseDamagedError:
    """The error for a damaged company file, naming the latest backup that reads back whole.
    The file is checked again at every opening from now on."""
    checked.forget_checked(db_path, damaged=True)
    found = latest_good_backup(db_path.parent)
    if found is None:
        return DatabaseDamagedError("db.damaged", problem=problem, path=str(db_path),
                                    backup="")
    good, check = found
    return DatabaseDamagedError(
        "db.damaged_backup", problem=problem, path=str(db_path), backup=str(good.path),
        backup_name=good.path.name, backup_candidates=check.candidates)


def _read_every_text(conn: sqlite3.Connection, tables: set[str]) -> None:
    """Read every row of every table, decoding each text strictly: bytes changed inside a text
    are invisible to SQLite's page checks but break whatever reads that row later (a restored
    file must read back whole, not only the rows a listing shows). Raises UnicodeDecodeError."""
    conn.text_factory = lambda raw: raw.decode("utf-8")
    for table in sorted(tables):
        for _row in conn.execute(f"SELECT * FROM [{table}]"):  # noqa: S608 - names from SQLite
            pass


def latest_good_backup(data_dir: Path) -> tuple[Backup, BackupCheck] | None:
    """The newest backup that reads back whole, with what it holds (files set aside as damaged
    are never offered)."""
    for backup in list_backups(data_dir):
        if backup.kind != "damaged":
            check = check_backup(backup.path)
            if check.ok:
                return backup, check
    return None


def daily_backup_due(data_dir: Path, today: datetime | None = None) -> bool:
    day = (today or datetime.now()).date()
    return not any(b.kind == "auto" and b.created.date() == day
                   for b in list_backups(data_dir))


def prune_auto_backups(data_dir: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond the newest `keep`; returns what went."""
    autos = [b for b in list_backups(data_dir) if b.kind == "auto"]
    removed = []
    for backup in autos[max(keep, 1):]:
        try:
            _remove_with_side_files(backup.path)
        except OSError:
            continue  # in use or not ours: tried again next time
        removed.append(backup.path)
    return removed


def delete_backups(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            _remove_with_side_files(Path(path))
        except OSError as exc:
            raise BackupError("backup.cannot_delete", path=str(path),
                              reason=os_reason(exc)) from exc


def backups_holding(data_dir: Path, uid: str | None, name: str) -> list[Backup]:
    """The backups that still hold a candidate (by stable id, or by name in old files), and any
    temporary copy that does (a backup being made, or one a killed process left behind; kind
    "partial"): every copy of the data outside the database file, for the user to delete."""
    holding = []
    copies = []
    for path in leftover_files(data_dir):
        if path.name.endswith(".partial"):
            with contextlib.suppress(OSError):
                copies.append(Backup(path, datetime.fromtimestamp(path.stat().st_mtime),
                                     "partial"))
    for backup in [*list_backups(data_dir), *copies]:
        try:
            conn = open_read_only(backup.path)
            try:
                columns = {r[1] for r in conn.execute("PRAGMA table_info(candidates)")}
                if uid and "uid" in columns:  # the stable id: a namesake is someone else
                    row = conn.execute("SELECT 1 FROM candidates WHERE uid = ?",
                                       [uid]).fetchone()
                else:
                    row = conn.execute("SELECT 1 FROM candidates WHERE name = ?",
                                       [name]).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            # Unreadable as a database: it may still hold the bytes. Name it to be safe.
            row = (1,)
        if row is not None:
            holding.append(backup)
    return holding


# Temporary files: a backup being made (`.hiring-*.db.partial` in the backup folder), a restore's
# copy of the backup (`.hiring.db.*.restore.partial` in the data folder) and the copy it keeps
# aside of the file it replaces (`.hiring-*.restore.partial` in the backup folder). Each is a
# whole copy of candidates' data while it exists; SQLite may add a `-journal` beside it.
RESTORE_PARTIAL = ".restore.partial"
_BACKUP_PARTIALS = ".hiring-*.partial*"
_RESTORE_PARTIALS = (("", ".*" + RESTORE_PARTIAL + "*"),
                     (FOLDER_NAME, ".hiring-*" + RESTORE_PARTIAL + "*"))


def leftover_files(data_dir: Path) -> list[Path]:
    """Every temporary file of a backup or a restore in the data folder, finished or not."""
    found: list[Path] = []
    for folder, pattern in ((backup_folder(data_dir), _BACKUP_PARTIALS),
                            (Path(data_dir), ".*" + RESTORE_PARTIAL + "*")):
        if folder.is_dir():
            found.extend(p for p in folder.glob(pattern) if p.is_file())
    return sorted(set(found))


def remove_leftovers(data_dir: Path, older_than: float = 600.0) -> list[Path]:
    """Delete temporary files of backups and restores that were cut short (a crash, a kill).
    Only old ones: a backup the command line is making right now is left alone."""
    now = time.time()
    found = []
    for path in leftover_files(data_dir):
        try:
            if now - path.stat().st_mtime > older_than:
                path.unlink()
                found.append(path)
        except OSError:
            pass
    return found


def remove_restore_leftovers(data_dir: Path) -> list[Path]:
    """Delete what a restore that was cut short left behind, whatever its age. Only for a caller
    holding the folder's use lock: no restore can be running then (`storage/instance.py`)."""
    found = []
    for sub, pattern in _RESTORE_PARTIALS:
        folder = Path(data_dir) / sub if sub else Path(data_dir)
        if not folder.is_dir():
            continue
        for path in folder.glob(pattern):
            try:
                path.unlink()
                found.append(path)
            except OSError:
                pass  # not ours to delete: named by an erase, tried again next time
    return found


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_SUFFIXES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def keep_aside(db_path: Path, data_dir: Path, kind: str) -> Path | None:
    """Copy the database file, and any side files beside it, into the backup folder under a new
    name; the original stays where it is. Returns the copy's path."""
    if not db_path.exists():
        return None
    folder = _ensure_folder(data_dir)
    # Only a restore keeps a copy aside, under the restore's lock: named as a restore's, so the
    # next program to open the folder knows a copy left by a killed one for a leftover.
    fd, name = tempfile.mkstemp(prefix=".hiring-", suffix=RESTORE_PARTIAL, dir=folder)
    os.close(fd)
    partial = Path(name)
    try:
        _copy_synced(db_path, partial)
        final = _publish(partial, folder, kind)
        for suffix in _SIDE_SUFFIXES:
            side = Path(str(db_path) + suffix)
            if side.exists():
                _copy_synced(side, Path(str(final) + suffix))
        _fsync_folder(folder)
    except OSError as exc:
        _remove_with_side_files(partial)
        raise BackupError("backup.cannot_keep_copy", name=db_path.name, folder=str(folder),
                          reason=os_reason(exc)) from exc
    return final


def _copy_synced(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        os.chmod(target, 0o600)
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())


def restore_backup(backup_path: Path, db_path: Path, data_dir: Path) -> Path | None:
    """Make `backup_path` the company database; returns where the replaced file was kept.

    The current file is copied into the backup folder first (kind "before-restore", or
    "damaged" for a damaged file, which is never written to); only then is the backup put in
    its place, in one rename, so there is a whole database file at every moment. Anything that
    goes wrong before that rename leaves the current database exactly as it was.
    The caller holds the folder's writer lock and has closed its own connections.
    """
    backup_path = Path(backup_path)
    check = check_backup(backup_path)
    if not check.ok:
        raise BackupError("backup.cannot_restore", name=backup_path.name, problem=check.issue,
                          path=str(backup_path))
    # From the check that nobody has the file open to the new file in its place, no program
    # opens it: a command that wants to write meanwhile waits, then writes to the new file.
    with instance.restoring(db_path.parent, db_path):
        return _restore_locked(backup_path, db_path, data_dir)


def _restore_locked(backup_path: Path, db_path: Path, data_dir: Path) -> Path | None:
    healthy = _fold_log(db_path)
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=RESTORE_PARTIAL,
                                dir=db_path.parent)
    os.close(fd)
    partial = Path(name)
    try:
        # SQLite copies the pages (and anything in a log beside the backup): exactly its data.
        source = open_read_only(backup_path)
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        kept = keep_aside(db_path, data_dir, "before-restore" if healthy else "damaged")
        for suffix in _SIDE_SUFFIXES:  # the old file's logs are in the copy kept aside
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(partial, db_path)
    except (OSError, sqlite3.Error) as exc:
        _remove_with_side_files(partial)
        raise BackupError("backup.restore_failed", name=backup_path.name, reason=reason_of(exc),
                          path=str(backup_path)) from exc
    except BaseException:
        _remove_with_side_files(partial)
        raise
    try:
        _fsync_folder(db_path.parent)
    except OSError:
        pass  # the rename is done; some filesystems cannot sync a folder
    return kept


def _fold_log(db_path: Path) -> bool:
    """Before a restore: fold a healthy database's write-ahead log into it, so the copy kept
    aside is whole, and make sure nobody else has it open (their later writes would go to the
    file set aside). True if the file is healthy (or absent); False if it is damaged, which is
    then not written to. BackupError if another program has it open."""
    if not db_path.exists():
        return True
    try:
        reader = open_read_only(db_path)
        try:
            healthy = damage_in(reader) is None
        finally:
            reader.close()
    except UnicodeDecodeError:
        return False
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise _in_use(db_path) from exc
        return False
    if not healthy:
        return False
    try:
        conn = sqlite3.connect(str(db_path), timeout=1.0)
        try:
            # Leaving WAL mode folds the log into the file, and SQLite allows it only when no
            # other connection (another program, a command) has the database open.
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _in_use(db_path) from exc
    wal = Path(str(db_path) + "-wal")
    if str(mode).lower() != "delete" or (wal.exists() and wal.stat().st_size > 0):
        raise _in_use(db_path)
    return True


def _in_use(db_path: Path) -> BackupError:
    return BackupError("backup.db_in_use", path=str(db_path))
