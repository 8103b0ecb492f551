"""Opening the company database: settings, permissions, migrations and start-up faults."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from hiring_app.errors import DatabaseDamagedError, DatabaseTooNewError, DataFolderError
from hiring_app.storage import migrations
from hiring_app.storage.database import open_database, schema_version

FIXTURES = Path(__file__).resolve().parents[2] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_migrated_and_configured(opened) -> None:
    assert opened.created
    assert opened.migrated == migrations.known_names()
    db = opened.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert {"roles", "questions", "candidates", "interviews", "answers", "interviewers",
            "status_history"} <= set(db.table_names())


def test_opening_twice_applies_migrations_once(data_dir: Path) -> None:
    first = open_database(data_dir)
    first.db.conn.close()
    second = open_database(data_dir)
    assert not second.created
    assert second.migrated == []
    assert schema_version(second.db) == len(migrations.known_names())
    second.db.conn.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_database_and_side_files_are_readable_by_owner_only(opened) -> None:
    opened.db["settings"].insert({"key": "k", "value": "v"})
    for path in opened.path.parent.iterdir():
        if path.name.startswith("hiring.db"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(opened.path.parent.stat().st_mode) & 0o077 == 0


def test_foreign_keys_cascade_from_candidate_to_interviews(opened) -> None:
    db = opened.db
    now = "2026-01-01T00:00:00"
    with db.atomic():
        db["candidates"].insert({"id": 1, "name": "测试", "created_at": now, "updated_at": now})
        db["interviews"].insert({"id": 1, "candidate_id": 1, "started_at": now, "updated_at": now})
        db["answers"].insert({"interview_id": 1, "question_id": "q", "updated_at": now})
    db["candidates"].delete(1)
    assert db["interviews"].count == 0 and db["answers"].count == 0


@pytest.mark.parametrize("step", range(len(migrations.known_names())))
def test_a_database_stopped_at_any_earlier_step_upgrades(tmp_path: Path, step: int) -> None:
    """A database from any earlier release (stopped before migration `step`) opens and upgrades."""
    folder = tmp_path / "old"
    folder.mkdir()
    old = Database(folder / "hiring.db")
    migrations.migrations.apply(old, stop_before=migrations.known_names()[step])
    old.conn.close()
    upgraded = open_database(folder)
    assert upgraded.migrated == migrations.known_names()[step:]
    assert schema_version(upgraded.db) == len(migrations.known_names())
    upgraded.db.conn.close()


def test_the_release_1_database_file_opens_with_its_data(tmp_path: Path) -> None:
    """tests/data/schema_v1.db was written by release 0.1; every later release must open it."""
    folder = tmp_path / "v1"
    folder.mkdir()
    shutil.copy(FIXTURES / "schema_v1.db", folder / "hiring.db")
    opened = open_database(folder)
    assert opened.db["candidates"].get(1)["name"] == "李明"
    assert schema_version(opened.db) == len(migrations.known_names())
    opened.db.conn.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    bad = data_dir / "hiring.db"
    bad.write_bytes(b"this is not a database" * 100)
    before = digest(bad)
    with pytest.raises(DatabaseDamagedError) as info:
        open_database(data_dir)
    assert "damaged" in info.value.message
    assert digest(bad) == before
    assert not Path(str(bad) + "-wal").exists()


def test_a_database_with_corrupted_pages_is_refused_and_left_untouched(data_dir: Path) -> None:
    opened = open_database(data_dir)
    with opened.db.atomic():
        for i in range(400):
            opened.db["settings"].insert({"key": f"k{i}", "value": "x" * 200})
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.conn.close()
    path = opened.path
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(raw) - page, page):  # scribble over every page's header
        raw[offset:offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(DatabaseDamagedError):
        open_database(data_dir)
    assert digest(path) == before


def test_a_database_from_a_newer_release_is_refused_and_left_untouched(data_dir: Path) -> None:
    opened = open_database(data_dir)
    table = migrations.migrations.migrations_table
    row = dict(next(iter(opened.db[table].rows)))
    row["name"] = "m999_from_the_future"
    row.pop("id", None)
    opened.db[table].insert(row)
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.conn.close()
    before = digest(opened.path)
    with pytest.raises(DatabaseTooNewError) as info:
        open_database(data_dir)
    assert "newer version" in info.value.message
    assert digest(opened.path) == before


def test_a_data_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError) as info:
        open_database(blocker / "data")
    assert str(blocker) in info.value.message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_a_read_only_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataFolderError) as info:
            open_database(folder)
        assert "not writable" in info.value.message
    finally:
        folder.chmod(0o700)


def test_writes_inside_atomic_roll_back_together(opened) -> None:
    db = opened.db
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db["interviewers"].insert({"name": "王芳", "created_at": "t"})
            db["interviewers"].insert({"name": "王芳", "created_at": "t"})  # UNIQUE
    assert db["interviewers"].count == 0
