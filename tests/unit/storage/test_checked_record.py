"""The integrity check at opening is skipped only for a file exactly as the app left it: any
change made while the app was not using it — even one that keeps its size and modification
time — and any damage the app has seen make the next opening check it again."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from hiring_app.errors import DatabaseDamagedError
from hiring_app.storage import checked, database
from hiring_app.storage.database import open_database
from tests.helpers.fixtures import closed_company_with_rows


def scribble(path: Path, keep_times: bool) -> None:
    """Damage every page after the second, in place (same size); optionally put the
    modification time back as it was."""
    before = os.stat(path)
    raw = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(raw) - 4096, 4096):
        raw[offset:offset + 16] = b"\xff" * 16
    with open(path, "r+b") as handle:
        handle.write(bytes(raw))
    if keep_times:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size


@pytest.fixture
def checks(monkeypatch) -> list[Path]:
    """The integrity checks run, in order."""
    seen: list[Path] = []
    real = database._check_readable

    def counting(db_path: Path) -> None:
        seen.append(db_path)
        real(db_path)

    monkeypatch.setattr(database, "_check_readable", counting)
    return seen


def test_a_file_the_app_closed_is_not_checked_again(data_dir: Path, checks) -> None:
    path = closed_company_with_rows(data_dir)
    record = data_dir / checked.RECORD_NAME
    assert record.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(record.stat().st_mode) == 0o600
    open_database(data_dir).db.conn.close()
    open_database(data_dir).db.conn.close()
    assert checks == []
    assert path.stat().st_size > 100_000


@pytest.mark.parametrize("keep_times", [False, True])
def test_a_file_changed_outside_the_app_is_checked_and_refused(data_dir: Path, checks,
                                                               keep_times: bool) -> None:
    path = closed_company_with_rows(data_dir)
    scribble(path, keep_times)
    with pytest.raises(DatabaseDamagedError):
        open_database(data_dir)
    assert checks == [path]
    with pytest.raises(DatabaseDamagedError):  # and again: a damaged file is never trusted
        open_database(data_dir)
    assert not (data_dir / checked.RECORD_NAME).exists()


def test_a_replaced_file_is_checked(data_dir: Path, checks) -> None:
    path = closed_company_with_rows(data_dir)
    copy = path.with_name("copy.db")
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)  # what restoring a file by hand does: same bytes, another file
    open_database(data_dir).db.conn.close()
    assert checks == [path]
    open_database(data_dir).db.conn.close()
    assert checks == [path]  # checked once, then trusted again


@pytest.mark.parametrize("content", ["", "{", "[1, 2]", '{"format": 1, "file": "hiring.db"}'])
def test_a_damaged_or_foreign_record_means_a_check(data_dir: Path, checks, content) -> None:
    path = closed_company_with_rows(data_dir)
    record = data_dir / checked.RECORD_NAME
    record.write_text(content)
    open_database(data_dir).db.conn.close()
    assert checks == [path]


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX")
def test_a_record_others_could_write_is_not_trusted(data_dir: Path, checks) -> None:
    path = closed_company_with_rows(data_dir)
    record = data_dir / checked.RECORD_NAME
    os.chmod(record, 0o666)  # noqa: S103 - the point of the test
    open_database(data_dir).db.conn.close()
    assert checks == [path]


def test_damage_met_while_reading_means_a_check_at_the_next_opening(data_dir: Path,
                                                                    checks) -> None:
    path = closed_company_with_rows(data_dir)
    opened = open_database(data_dir)
    database.damaged(path, sqlite3.DatabaseError("database disk image is malformed"))
    opened.db.conn.close()  # closing after the damage was seen records nothing
    assert not (data_dir / checked.RECORD_NAME).exists()
    open_database(data_dir).db.conn.close()
    assert checks == [path]
