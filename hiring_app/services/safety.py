"""Backups as the user meets them: the daily automatic backup, backups on request, how many to
keep, and restoring one safely (one writer, the current file kept aside)."""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from hiring_app import paths
from hiring_app.errors import UserError
from hiring_app.storage import backups, settings
from hiring_app.storage.backups import Backup, BackupCheck
from hiring_app.storage.database import (
    connect_held,
    damaged,
    ensure_data_folder,
    is_write_fault,
    write_error,
)
from hiring_app.storage.instance import WriterLock

# What the window uses of storage, through this one door.
__all__ = ["Backup", "BackupCheck", "WriterLock", "ensure_data_folder", "list_backups",
           "quick_check", "check_backup", "find_backup", "backups_holding", "delete_backups",
           "backup_folder", "remove_leftovers", "is_write_fault", "write_error",
           "damage_error", "storage_error"]
list_backups = backups.list_backups
check_backup = backups.check_backup
find_backup = backups.find_backup
backups_holding = backups.backups_holding
delete_backups = backups.delete_backups
backup_folder = backups.backup_folder
remove_leftovers = backups.remove_leftovers


def damage_error(exc: BaseException, data_dir: Path) -> UserError | None:
    """The damaged-file error (with the latest good backup to restore) when `exc`, raised by
    any read of the company's database, says the file is damaged; otherwise None."""
    if not isinstance(exc, sqlite3.DatabaseError | UnicodeDecodeError):
        return None
    db_path = paths.database_path(data_dir)
    if isinstance(exc, UnicodeDecodeError) and not backups.file_is_damaged(db_path):
        return None  # bytes from elsewhere (not the file, which reads back whole): a fault
    return damaged(db_path, exc)


def storage_error(exc: BaseException, data_dir: Path) -> UserError | None:
    """What a user is told of an SQLite error that reached the top (the command line, the
    window): a damaged file, or a write the disk refused; None for a fault of the app."""
    found = damage_error(exc, data_dir)
    if found is not None:
        return found
    if isinstance(exc, sqlite3.OperationalError) and is_write_fault(exc):
        return write_error(exc)
    return None


def quick_check(path: Path) -> BackupCheck:
    """What a listing shows of a backup, read in milliseconds (a restore checks every page)."""
    return backups.check_backup(path, thorough=False)

KEEP_KEY = "backups.keep"
MAX_KEEP = 100


def backup_keep(db: Database) -> int:
    """How many automatic backups to keep."""
    return settings.get_int(db, KEEP_KEY, backups.DEFAULT_KEEP)


def set_backup_keep(db: Database, keep: int) -> None:
    if not 1 <= int(keep) <= MAX_KEEP:
        raise UserError("backup.keep_out_of_range", limit=MAX_KEEP)
    settings.set_value(db, KEEP_KEY, int(keep))


def daily_backup(db: Database, data_dir: Path,
                 stop: Callable[[], bool] | None = None) -> backups.Backup | None:
    """The automatic backup when the app starts: at most once a day, keeping the last N.
    A file that does not pass the full check is not copied: DatabaseDamagedError, naming the
    latest good backup (and the older backups stay: none is pruned). `stop`: see
    backups.create_backup (BackupStopped)."""
    if not backups.daily_backup_due(data_dir):
        return None
    made = backups.create_backup(db.conn, data_dir, "auto", stop=stop)
    backups.prune_auto_backups(data_dir, backup_keep(db))
    return made


class DailyBackupJob:
    """Today's automatic backup, for a thread beside the window: its own connection to the file
    (the window keeps working on its own while the copy is made and checked), and `stop()`,
    callable from any thread, ends it within moments leaving nothing behind (the window closing,
    a restore about to replace the file)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def run(self) -> backups.Backup | None:
        """The backup made, or None (not due, or stopped). Raises DatabaseDamagedError when the
        copy shows the file is damaged, UserError when it cannot be made (a full disk)."""
        if self.stopped or not backups.daily_backup_due(self.data_dir):
            return None
        db = connect_held(paths.database_path(self.data_dir))
        try:
            return daily_backup(db, self.data_dir, stop=self._stopped.is_set)
        except backups.BackupStopped:
            return None
        finally:
            db.conn.close()


def make_backup(db: Database, data_dir: Path,
                progress: Callable[[int, int], None] | None = None) -> backups.Backup:
    return backups.create_backup(db.conn, data_dir, "manual", progress)


def restore_closed(data_dir: Path, backup_path: Path) -> Path | None:
    """Restore a backup while no connection of this process is open on the database; the caller
    holds the writer lock. Returns where the replaced file was kept."""
    return backups.restore_backup(Path(backup_path), paths.database_path(data_dir), data_dir)


def restore_from_command_line(data_dir: Path, backup_path: Path) -> Path | None:
    """Restore when no window may be open on the folder: refused while one is."""
    with WriterLock(data_dir):
        return restore_closed(data_dir, backup_path)
