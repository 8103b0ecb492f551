"""Backups: made whole with SQLite's online backup, listed, checked, pruned, made before every
upgrade, offered for a damaged file, and restored exactly, with the current file kept aside."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hiring_app.errors import BackupError, DatabaseDamagedError
from hiring_app.services import safety
from hiring_app.services.candidates import add_candidate
from hiring_app.storage import backups
from hiring_app.storage.database import open_database
from tests.helpers.fixtures import dump_tables, read_dump

FIXTURES = Path(__file__).resolve().parents[2] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(opened):
    for name in ("王芳", "Ana López", "李雷"):
        add_candidate(opened.db, name, None, phone="13800000000")
    return opened


def test_a_backup_is_a_whole_checked_owner_only_copy(filled) -> None:
    made = safety.make_backup(filled.db, filled.path.parent)
    assert made.kind == "manual" and made.path.parent.name == "backups"
    assert read_dump(made.path) == dump_tables(filled.db)
    check = backups.check_backup(made.path)
    assert check.ok and check.candidates == 3
    assert [b.path for b in backups.list_backups(filled.path.parent)] == [made.path]
    assert not any(p.name.startswith(".") for p in made.path.parent.iterdir())  # no temp files
    if sys.platform != "win32":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700


def test_progress_is_reported_while_copying(filled) -> None:
    seen = []
    safety.make_backup(filled.db, filled.path.parent, lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_two_backups_in_the_same_second_both_exist(filled) -> None:
    first = safety.make_backup(filled.db, filled.path.parent)
    second = safety.make_backup(filled.db, filled.path.parent)
    assert first.path != second.path
    assert len(backups.list_backups(filled.path.parent)) == 2


def test_the_daily_backup_is_made_once_a_day_and_keeps_the_last_n(filled, monkeypatch) -> None:
    folder = filled.path.parent
    assert safety.daily_backup(filled.db, folder) is not None
    assert safety.daily_backup(filled.db, folder) is None  # once a day
    safety.set_backup_keep(filled.db, 3)
    manual = safety.make_backup(filled.db, folder)
    # Five more days of starting the app:
    for days in range(1, 6):
        later = datetime.now() + timedelta(days=days)
        monkeypatch.setattr(backups, "datetime", _FrozenDatetime(later))
        assert safety.daily_backup(filled.db, folder) is not None
    kinds = [(b.kind, b.created.date()) for b in backups.list_backups(folder)]
    autos = [day for kind, day in kinds if kind == "auto"]
    assert len(autos) == 3
    assert autos == sorted(autos, reverse=True) and autos[0] == later.date()
    assert manual.path.exists()  # only automatic backups are pruned


class _FrozenDatetime:
    """Stands in for datetime inside the backups module: now() is a fixed moment."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def strptime(self, text: str, fmt: str) -> datetime:
        return datetime.strptime(text, fmt)


@pytest.mark.parametrize("keep", [0, 101, -1])
def test_the_number_kept_must_make_sense(filled, keep) -> None:
    with pytest.raises(Exception) as info:
        safety.set_backup_keep(filled.db, keep)
    assert "keep between" in str(info.value)
    assert safety.backup_keep(filled.db) == backups.DEFAULT_KEEP


def test_restore_brings_back_exactly_the_backup_and_keeps_the_current_file(filled) -> None:
    folder = filled.path.parent
    made = safety.make_backup(filled.db, folder)
    held = read_dump(made.path)
    add_candidate(filled.db, "后来加的", None)
    current = dump_tables(filled.db)
    filled.db.conn.close()

    kept = safety.restore_closed(folder, made.path)

    reopened = open_database(folder)
    try:
        assert dump_tables(reopened.db) == held
    finally:
        reopened.db.conn.close()
    assert kept is not None and kept.parent == backups.backup_folder(folder)
    assert "before-restore" in kept.name
    assert read_dump(kept) == current  # nothing of the replaced file is lost
    assert made.path.exists()  # the backup itself is still there


def test_restoring_a_damaged_or_foreign_file_is_refused_and_changes_nothing(filled,
                                                                           tmp_path) -> None:
    folder = filled.path.parent
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filled.db.conn.close()
    before = digest(filled.path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 500)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for bad in (junk, other):
        with pytest.raises(BackupError) as info:
            safety.restore_closed(folder, bad)
        assert "cannot be restored" in info.value.message
    assert digest(filled.path) == before
    assert backups.list_backups(folder) == []


def test_an_upgrade_is_preceded_by_a_backup_of_the_file_as_it_was(tmp_path) -> None:
    folder = tmp_path / "v1"
    folder.mkdir()
    shutil.copy(FIXTURES / "schema_v1.db", folder / "hiring.db")
    original = read_dump(folder / "hiring.db")
    opened = open_database(folder)
    opened.db.conn.close()
    made = backups.list_backups(folder)
    assert [b.kind for b in made] == ["before-upgrade"]
    assert read_dump(made[0].path) == original
    # Opening again upgrades nothing, so makes no second backup.
    open_database(folder).db.conn.close()
    assert len(backups.list_backups(folder)) == 1


def test_a_damaged_file_names_the_latest_good_backup_and_restores_untouched(filled) -> None:
    folder = filled.path.parent
    older = safety.make_backup(filled.db, folder)
    newest = safety.make_backup(filled.db, folder)
    newest.path.write_bytes(newest.path.read_bytes()[:5000])  # a backup cut short on a bad disk
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filled.db.conn.close()
    filled.path.write_bytes(b"\x00" * 100 + filled.path.read_bytes()[100:])  # header destroyed
    damaged = digest(filled.path)

    with pytest.raises(DatabaseDamagedError) as info:
        open_database(folder)
    assert info.value.details["backup"] == str(older.path)
    assert older.path.name in info.value.message
    assert digest(filled.path) == damaged  # not a byte written

    kept = safety.restore_closed(folder, older.path)
    assert "damaged" in kept.name and digest(kept) == damaged
    reopened = open_database(folder)
    try:
        assert reopened.db["candidates"].count == 3
    finally:
        reopened.db.conn.close()


def test_no_backup_at_all_is_said_plainly(data_dir) -> None:
    data_dir.mkdir()
    (data_dir / "hiring.db").write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseDamagedError) as info:
        open_database(data_dir)
    assert "no backup" in info.value.message


def test_backups_holding_a_candidate_are_found(filled) -> None:
    folder = filled.path.parent
    before = safety.make_backup(filled.db, folder)
    uid = filled.db.execute("SELECT uid FROM candidates WHERE name = '王芳'").fetchone()[0]
    filled.db.execute("DELETE FROM candidates WHERE name = '王芳'")
    filled.db.conn.commit()
    after = safety.make_backup(filled.db, folder)
    holding = backups.backups_holding(folder, uid, "王芳")
    assert [b.path for b in holding] == [before.path]
    backups.delete_backups([b.path for b in holding])
    assert [b.path for b in backups.list_backups(folder)] == [after.path]


def test_a_failed_backup_leaves_nothing_behind(filled, monkeypatch) -> None:
    folder = filled.path.parent

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "fsync", no_space)
    with pytest.raises(BackupError) as info:
        safety.make_backup(filled.db, folder)
    assert "No space left" in info.value.message
    assert list(backups.backup_folder(folder).iterdir()) == []


def test_leftovers_of_killed_backups_are_cleared_when_old(filled) -> None:
    folder = backups.backup_folder(filled.path.parent)
    folder.mkdir(mode=0o700)
    old = folder / ".hiring-2026-01-01-000000-manual.db.partial"
    fresh = folder / ".hiring-2026-01-02-000000-manual.db.partial"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    import os
    os.utime(old, (0, 0))
    assert backups.remove_leftovers(filled.path.parent) == [old]
    assert fresh.exists() and not old.exists()


def test_a_restore_that_fails_at_the_last_step_leaves_the_database_as_it_was(filled,
                                                                             monkeypatch) -> None:
    folder = filled.path.parent
    made = safety.make_backup(filled.db, folder)
    add_candidate(filled.db, "恢复失败之前", None)
    before = dump_tables(filled.db)
    filled.db.conn.close()
    real_replace = backups.os.replace

    def refuse(source, target):
        if Path(target) == filled.path:
            raise PermissionError(13, "Permission denied (file in use)")
        return real_replace(source, target)

    monkeypatch.setattr(backups.os, "replace", refuse)
    with pytest.raises(BackupError) as info:
        safety.restore_closed(folder, made.path)
    assert "not changed" in info.value.message
    monkeypatch.undo()
    assert read_dump(filled.path) == before  # a whole database, at every moment
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]


def test_a_damaged_file_with_a_log_beside_it_is_not_written_to(tmp_path) -> None:
    """The check must not fold the log into the damaged file (a read-write connection would)."""
    source = tmp_path / "source"
    opened = open_database(source)
    with opened.db.atomic():
        for i in range(300):
            opened.db["settings"].insert({"key": f"k{i}", "value": "x" * 300})
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    writer = sqlite3.connect(opened.path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    with writer:
        writer.execute("UPDATE settings SET value = 'y' WHERE key LIKE 'k1%'")
    # A crash now: the file and its log as they are on disk.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(str(opened.path) + suffix, str(crashed / "hiring.db") + suffix)
    writer.close()
    opened.db.conn.close()
    main = crashed / "hiring.db"
    raw = bytearray(main.read_bytes())
    raw[3 * 4096: 3 * 4096 + 64] = b"\xee" * 64  # one damaged page
    main.write_bytes(bytes(raw))
    before = digest(main), digest(crashed / "hiring.db-wal")
    with pytest.raises(DatabaseDamagedError):
        open_database(crashed)
    assert (digest(main), digest(crashed / "hiring.db-wal")) == before


def test_a_restore_while_another_program_reads_is_refused_and_changes_nothing(filled) -> None:
    folder = filled.path.parent
    made = safety.make_backup(filled.db, folder)
    add_candidate(filled.db, "还在用", None)
    filled.db.conn.close()
    reader = sqlite3.connect(filled.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidates").fetchone()
    try:
        with pytest.raises(BackupError) as info:
            safety.restore_closed(folder, made.path)
        assert "in use by another program" in info.value.message
    finally:
        reader.rollback()
        reader.close()
    assert len(read_dump(filled.path)["candidates"]) == 4
    assert [b.kind for b in backups.list_backups(folder)] == ["manual"]


def test_a_namesake_does_not_make_a_later_backup_hold_the_erased_candidate(opened) -> None:
    folder = opened.path.parent
    first = add_candidate(opened.db, "张伟", None)
    add_candidate(opened.db, "张伟", None)
    uid = opened.db.execute("SELECT uid FROM candidates WHERE id = ?", [first]).fetchone()[0]
    before = safety.make_backup(opened.db, folder)
    opened.db.execute("DELETE FROM candidates WHERE id = ?", [first])
    opened.db.conn.commit()
    safety.make_backup(opened.db, folder)  # holds the other 张伟 only
    assert [b.path for b in backups.backups_holding(folder, uid, "张伟")] == [before.path]


def test_a_daily_backup_stopped_midway_leaves_nothing(filled, monkeypatch) -> None:
    """The window closing (or a restore) stops today's backup while it checks its copy: no
    backup is kept, no partial file stays, and nothing is said to be damaged."""
    folder = filled.path.parent
    job = safety.DailyBackupJob(folder)
    real = backups._read_every_text

    def stopped_while_reading(conn, tables):
        job.stop()
        real(conn, tables)

    monkeypatch.setattr(backups, "_read_every_text", stopped_while_reading)
    assert job.run() is None
    assert backups.list_backups(folder) == []
    assert list(backups.backup_folder(folder).iterdir()) == []
    monkeypatch.undo()
    made = safety.DailyBackupJob(folder).run()  # not stopped: made and kept
    assert made is not None and backups.list_backups(folder) == [made]
