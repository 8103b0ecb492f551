"""A private copy of a company's database (storage/snapshot.py): the copy holds everything
committed, and the company's folder is left exactly as it was — not a byte of the file changed,
no file added beside it — whether the company is closed or open in another program."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from hiring_app import paths
from hiring_app.errors import UserError
from hiring_app.services import candidates
from hiring_app.storage.database import open_database
from hiring_app.storage.snapshot import private_copy


def state(folder: Path) -> tuple[str, list[str]]:
    digest = hashlib.sha256(paths.database_path(folder).read_bytes()).hexdigest()
    return digest, sorted(p.name for p in folder.iterdir())


def names_in(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM candidates ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def company(tmp_path: Path) -> Path:
    folder = tmp_path / "company"
    opened = open_database(folder)
    candidates.add_candidate(opened.db, "李明", None)
    opened.db.conn.close()
    return folder


def test_a_closed_company_is_copied_without_a_trace(company: Path, tmp_path: Path) -> None:
    before = state(company)
    assert not any(name.endswith(("-wal", "-shm")) for name in before[1])
    copy = private_copy(paths.database_path(company), tmp_path / "copy")
    assert state(company) == before
    assert names_in(copy) == ["李明"]
    assert os.name != "posix" or not stat.S_IMODE(copy.stat().st_mode) & 0o077


def test_an_open_company_is_copied_with_what_it_has_not_written_back(company: Path,
                                                                      tmp_path: Path) -> None:
    opened = open_database(company)  # as the window holds it: changes still in the log
    try:
        candidates.add_candidate(opened.db, "Ana García", None)
        before = state(company)
        copy = private_copy(paths.database_path(company), tmp_path / "copy")
        assert state(company) == before
        assert names_in(copy) == ["李明", "Ana García"]
    finally:
        opened.db.conn.close()


def test_no_database_is_said_clearly(tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        private_copy(paths.database_path(tmp_path / "nothing"), tmp_path / "copy")
    assert raised.value.code == "snapshot.no_database"
    assert not (tmp_path / "nothing").exists()
