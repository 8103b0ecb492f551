"""A record the app stored as JSON that no longer reads back (bytes damaged inside a page that
SQLite's checks let through) is said as a damaged file, never as an internal error."""
from __future__ import annotations

import sqlite3

import pytest

from hiring_app.services.company import open_company
from hiring_app.storage.database import StoredRecordDamaged, stored
from tests.helpers.fixtures import run_cli


@pytest.mark.parametrize("text", ['{"name": ', "[1, 2", '"just text"', "{}"])
def test_a_record_that_does_not_read_back_is_damage(text: str) -> None:
    from hiring_app.domain.library import RoleProfile

    with pytest.raises(StoredRecordDamaged) as raised:
        stored(text, RoleProfile.from_dict)
    assert isinstance(raised.value, sqlite3.DatabaseError)


def test_a_whole_record_reads_back_and_empty_gives_the_default() -> None:
    assert stored('["a"]', list) == ["a"]
    assert stored(None, list, []) == [] and stored("", dict, {}) == {}


def test_the_command_line_says_damage_for_a_role_that_does_not_read_back(tmp_path) -> None:
    folder = tmp_path / "company"
    opened = open_company(folder)
    with opened.db.conn:
        opened.db.execute("UPDATE roles SET data = substr(data, 1, 40) WHERE rowid = 1")
    opened.db.conn.close()
    result = run_cli("--data-dir", str(folder), "roles", "list")
    assert result.returncode == 2
    assert "internal error" not in result.stderr
    assert "hiring.db" in result.stderr  # names the file and what to do about it
