"""Restoring whatever file a user points at: a backup cut short, bit-flipped, or any bytes at all
is either refused (BackupError, the current database untouched) or restored exactly as held."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiring_app.errors import BackupError
from hiring_app.services import safety
from hiring_app.services.candidates import add_candidate
from hiring_app.storage import backups, migrations
from hiring_app.storage.database import open_database
from tests.helpers.attack import counted
from tests.helpers.fixtures import read_dump

FUZZ = settings(max_examples=120, deadline=None, print_blob=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory) -> bytes:
    """The bytes of a real, small backup (no library: a few pages, quick to mutate)."""
    folder = tmp_path_factory.mktemp("source")
    opened = open_database(folder)
    for name in ("王芳", "Ana López", "李雷"):
        add_candidate(opened.db, name, None, phone="13800000000")
    made = backups.create_backup(opened.db.conn, folder, "manual")
    opened.db.conn.close()
    return made.path.read_bytes()


def _company(tmp_path: Path) -> Path:
    folder = tmp_path / "company"
    opened = open_database(folder)
    add_candidate(opened.db, "现在的人", None)
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.conn.close()
    return folder


def _mutations(good: bytes):
    size = len(good)
    cut = st.integers(0, size - 1).map(lambda n: good[:n])
    flips = st.lists(st.tuples(st.integers(0, size - 1), st.integers(1, 255)), min_size=1,
                     max_size=8).map(lambda changes: _flip(good, changes))
    return st.one_of(cut, flips, st.binary(max_size=8192),
                     st.binary(max_size=200).map(lambda tail: good[:100] + tail))


def _flip(good: bytes, changes) -> bytes:
    data = bytearray(good)
    for offset, mask in changes:
        data[offset] ^= mask
    return bytes(data)


@FUZZ
@given(data=st.data())
@counted("fuzz: backup restore cases")
def test_any_file_is_refused_or_restored_exactly(good_backup, tmp_path_factory, data) -> None:
    tmp = tmp_path_factory.mktemp("case")
    folder = _company(tmp)
    db_path = folder / "hiring.db"
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    data_before = read_dump(db_path)
    candidate = tmp / "candidate.db"
    candidate.write_bytes(data.draw(_mutations(good_backup)))
    check = backups.check_backup(candidate)
    try:
        safety.restore_closed(folder, candidate)
    except BackupError as error:
        assert not check.ok
        assert "cannot be restored" in error.message and "\n" not in error.message
        assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
        assert backups.list_backups(folder) == []
        return
    assert check.ok  # only a file that reads back whole is restored, and then exactly
    assert read_dump(db_path) == read_dump(candidate)
    kept = backups.list_backups(folder)
    assert [b.kind for b in kept] == ["before-restore"]
    assert read_dump(kept[0].path) == data_before  # the replaced data, whole
    reopened = open_database(folder)
    reopened.db.conn.close()
    shutil.rmtree(tmp)


def test_a_flipped_bit_inside_a_text_is_refused_not_a_crash(good_backup, tmp_path) -> None:
    """Found by the fuzz above: bytes that are not UTF-8 inside a stored text (which SQLite's
    own check does not look at) made the check crash."""
    import sqlite3

    folder = _company(tmp_path)
    candidate = tmp_path / "flipped.db"
    candidate.write_bytes(good_backup)
    conn = sqlite3.connect(candidate)
    with conn:  # the schema steps are read as text by the check
        conn.execute(f"UPDATE [{migrations.migrations.migrations_table}] "
                     "SET name = name || CAST(x'cb' AS TEXT)")
    conn.close()
    check = backups.check_backup(candidate)
    assert not check.ok and "UTF-8" in check.problem
    with pytest.raises(BackupError, match="cannot be restored"):
        safety.restore_closed(folder, candidate)


@pytest.mark.parametrize(("table", "column"), [
    # found by the fuzz above on a fresh machine: one flipped byte of "hiring_app" in the
    # migrations table (\xe8iring_app) passed the check and was restored
    (migrations.migrations.migrations_table, "migration_set"),
    ("candidates", "name"),
    ("status_history", "status"),
])
def test_text_that_is_not_utf8_anywhere_is_refused(good_backup, tmp_path, table, column) -> None:
    import sqlite3

    folder = _company(tmp_path)
    before = hashlib.sha256((folder / "hiring.db").read_bytes()).hexdigest()
    candidate = tmp_path / "flipped.db"
    candidate.write_bytes(good_backup)
    conn = sqlite3.connect(candidate)
    with conn:
        changed = conn.execute(f"UPDATE [{table}] SET [{column}] = "  # noqa: S608
                               f"CAST(x'e8' || CAST(coalesce([{column}], 'x') AS BLOB) AS TEXT)"
                               ).rowcount
    conn.close()
    assert changed > 0
    check = backups.check_backup(candidate)
    assert not check.ok and "UTF-8" in check.problem
    with pytest.raises(BackupError, match="cannot be restored"):
        safety.restore_closed(folder, candidate)
    assert hashlib.sha256((folder / "hiring.db").read_bytes()).hexdigest() == before


def test_a_damage_report_that_is_not_text_is_refused_not_a_crash(good_backup, tmp_path,
                                                                monkeypatch) -> None:
    """Found by the fuzz above (one flipped bit): SQLite's own damage report quoted bytes that
    are not UTF-8, and reading the report crashed the check."""
    class Reporting:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if "_check" in sql:  # quick_check or integrity_check
                raise UnicodeDecodeError("utf-8", b"\xcb", 0, 1, "invalid continuation byte")
            return self.conn.execute(sql, *args)

        def close(self):
            self.conn.close()

    real = backups.open_read_only
    monkeypatch.setattr(backups, "open_read_only", lambda path: Reporting(real(path)))
    candidate = tmp_path / "flipped.db"
    candidate.write_bytes(good_backup)
    check = backups.check_backup(candidate)
    assert not check.ok and "UTF-8" in check.problem


def test_the_unchanged_backup_is_restored(good_backup, tmp_path) -> None:
    """The fuzz above must also see the accepting side: the original file is restored."""
    folder = _company(tmp_path)
    candidate = tmp_path / "good.db"
    candidate.write_bytes(good_backup)
    safety.restore_closed(folder, candidate)
    assert [r[1] for r in read_dump(folder / "hiring.db")["candidates"]] == ["王芳", "Ana López",
                                                                        "李雷"]


@pytest.mark.parametrize(("offset", "mask"), [(18, 2), (19, 2), (18, 0x80)])
def test_a_file_sqlite_can_read_but_never_write_is_refused(good_backup, tmp_path, offset,
                                                           mask) -> None:
    """Found by the fuzz above on Python 3.13: one flipped bit in the header's format version
    (byte 18) gave a backup that read back whole and was restored, after which the company
    could not be opened ("in use by another program": SQLite calls it read-only)."""
    folder = _company(tmp_path)
    before = hashlib.sha256((folder / "hiring.db").read_bytes()).hexdigest()
    candidate = tmp_path / "flipped.db"
    candidate.write_bytes(_flip(good_backup, [(offset, mask)]))
    check = backups.check_backup(candidate)
    assert not check.ok and "format versions" in check.problem
    with pytest.raises(BackupError, match="cannot be restored"):
        safety.restore_closed(folder, candidate)
    assert hashlib.sha256((folder / "hiring.db").read_bytes()).hexdigest() == before


def test_a_live_file_with_such_a_header_is_damaged_not_busy(tmp_path) -> None:
    from hiring_app.errors import DatabaseDamagedError

    folder = _company(tmp_path)
    db_path = folder / "hiring.db"
    data = bytearray(db_path.read_bytes())
    data[18] = 3
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError):
        open_database(folder)
    assert db_path.read_bytes() == bytes(data)  # left exactly as it was
