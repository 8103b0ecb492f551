"""Opening for a command that only reads: the same check as any opening (a file changed outside
the app is checked and refused when damaged, whatever it kept), and a connection that cannot
write the file."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hiring_app.errors import DatabaseDamagedError
from hiring_app.storage.database import open_database
from tests.helpers.fixtures import closed_company_with_rows, scribble_keeping_size_and_times


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_damaged_after_the_apps_clean_close_is_checked_and_refused(
        data_dir: Path) -> None:
    path = closed_company_with_rows(data_dir)
    again = open_database(data_dir)  # opens at once (the file is as the app left it)
    again.db.conn.close()
    scribble_keeping_size_and_times(path)
    before = digest(path)
    with pytest.raises(DatabaseDamagedError) as info:
        open_database(data_dir)
    assert "damaged" in info.value.message
    with pytest.raises(DatabaseDamagedError):  # and at every opening after
        open_database(data_dir, read_only=True)
    assert digest(path) == before


def test_a_command_that_only_reads_opens_a_damaged_file_just_as_refused(data_dir: Path) -> None:
    path = closed_company_with_rows(data_dir)
    scribble_keeping_size_and_times(path)
    before = digest(path)
    with pytest.raises(DatabaseDamagedError):
        open_database(data_dir, read_only=True)
    assert digest(path) == before


def test_a_read_only_opening_cannot_write_the_file(data_dir: Path) -> None:
    path = closed_company_with_rows(data_dir)
    before, mtime = digest(path), path.stat().st_mtime_ns
    opened = open_database(data_dir, read_only=True)
    try:
        assert opened.read_only
        assert opened.db["settings"].count == 400
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            opened.db.execute("DELETE FROM settings")
    finally:
        opened.db.conn.close()
    assert digest(path) == before
    assert path.stat().st_mtime_ns == mtime
