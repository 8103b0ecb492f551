"""Shared fixtures: fresh databases and data folders."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hiring_app.content.loader import BankFileError, load_library
from hiring_app.storage.database import memory_database, open_database

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db():
    """A fresh, migrated in-memory database."""
    database = memory_database()
    yield database
    database.conn.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def opened(data_dir: Path):
    """A real database file in a fresh data folder."""
    result = open_database(data_dir)
    yield result
    result.db.conn.close()


def dump_tables(db) -> dict[str, list[list]]:
    """Every row of every table (of a sqlite-utils Database or a sqlite3 connection): equal
    dumps, equal databases."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: sorted((list(r) for r in db.execute(f"SELECT * FROM [{t}]")),  # noqa: S608
                      key=repr)  # in a set order (some tables, the search index's, have no rowid)
            for t in tables}


def run_cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real entry point in a subprocess, as a user would from a terminal."""
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [sys.executable, "-m", "hiring_app", *args],
        capture_output=True, text=True, timeout=timeout, env=full_env, cwd=PROJECT_ROOT,
    )


# --- company folders with the whole shipped library, for CLI subprocess tests ----------------
# Commands that open a company database install the shipped library first, so they need the whole
# question_banks/ to load; `full_library` fails those tests at once, with the reason, when it does
# not (instead of every subprocess failing on its own). The library is installed once per test
# session; each test gets its own copy of that folder.
@pytest.fixture(scope="session")
def full_library():
    try:
        return load_library()
    except BankFileError as error:
        pytest.fail(f"needs the complete shipped library, which does not load yet: {error}",
                    pytrace=False)


@pytest.fixture(scope="session")
def installed_template(full_library, tmp_path_factory) -> Path:
    """A company folder with the shipped library installed once (by a real first run)."""
    folder = tmp_path_factory.mktemp("template") / "company"
    result = run_cli("--data-dir", str(folder), "info")
    assert result.returncode == 0, result.stderr
    return folder


def copy_installed(template: Path, folder: Path) -> str:
    """A copy of the installed company folder at `folder`, as a --data-dir argument."""
    shutil.copytree(template, folder)
    return str(folder)


@pytest.fixture
def company(installed_template: Path, tmp_path: Path) -> str:
    """This test's own copy of the installed company folder."""
    return copy_installed(installed_template, tmp_path / "company")


def read_dump(path: Path) -> dict[str, list[list]]:
    """`dump_tables` of a database file, read without writing to it."""
    import sqlite3

    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        return dump_tables(conn)
    finally:
        conn.close()


def stored_interview(db, uid: str) -> tuple[dict, list[dict]]:
    """An interview row (with its interviewer's name) and its answers as stored, without local
    ids and change times: equal on two computers when a scorecard was exchanged whole."""
    cursor = db.execute("SELECT * FROM interviews WHERE uid = ?", [uid])
    row = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
    local = ("id", "candidate_id", "interviewer_id", "updated_at", "question_order",
             "current_question")
    interview_row = {k: v for k, v in row.items() if k not in local}
    interview_row["interviewer"] = db.execute("SELECT name FROM interviewers WHERE id = ?",
                                              [row["interviewer_id"]]).fetchone()[0]
    cursor = db.execute("SELECT * FROM answers WHERE interview_id = ? ORDER BY position",
                        [row["id"]])
    names = [d[0] for d in cursor.description]
    answers = [{k: v for k, v in zip(names, r) if k not in ("id", "interview_id", "updated_at")}
               for r in cursor]
    return interview_row, answers


# --- company files closed by the app, and damage that only a whole check finds ------------------
def closed_company_with_rows(folder: Path) -> Path:
    """A company file with a few hundred rows, closed whole by the app; its path."""
    opened = open_database(folder)
    with opened.db.atomic():
        for i in range(400):
            opened.db["settings"].insert({"key": f"k{i}", "value": "x" * 200})
    opened.db.conn.close()
    assert not Path(str(opened.path) + "-wal").exists()  # closed whole, by the app
    return opened.path


def scribble_keeping_size_and_times(path: Path, pages: int = 12) -> bytes:
    """Damage the file's last `pages` pages (rows added last: nothing opening the file reads
    them), then put its size and times back as they were (what a careless copy or a disk fault
    can leave): only its change time tells. The damaged bytes."""
    before = path.stat()
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(len(raw) - pages * page, len(raw) - page, page):
        raw[offset:offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    return bytes(raw)
