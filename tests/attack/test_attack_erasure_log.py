"""Erasures are recorded by a digest of the person's stable id, never by name, so restoring a
backup that still holds someone erased names them (from the backup itself) and erases them
again on request; the log survives the restore that replaced it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from hiring_app.services.privacy import uid_digest
from tests.helpers.fixtures import run_cli


def _run(_capsys, *args: str) -> tuple[int, str, str]:
    """The real command in its own process, as a user runs it (each run lets go of the file)."""
    done = run_cli(*args)
    return done.returncode, done.stdout, done.stderr


def _add(capsys, folder: str, name: str) -> int:
    code, out, err = _run(capsys, "--data-dir", folder, "candidates", "add", "--name", name,
                          "--role", "cs_presale", "--phone", "13700001111")
    assert code == 0, err
    return int(out.strip())


def _rows(folder: str, sql: str) -> list[tuple]:
    conn = sqlite3.connect(Path(folder) / "hiring.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_restored_backup_names_the_erased_and_erases_them_again(company, capsys) -> None:
    gone = _add(capsys, company, "要删除的人")
    stays = _add(capsys, company, "留下的人")
    uid = _rows(company, f"SELECT uid FROM candidates WHERE id = {gone}")[0][0]
    code, out, err = _run(capsys, "--data-dir", company, "backup", "create")
    assert code == 0, err
    backup = next(p.name for p in (Path(company) / "backups").iterdir() if p.suffix == ".db")

    code, out, err = _run(capsys, "--data-dir", company, "erase", "candidate", str(gone),
                          "--yes")
    assert code == 0, err
    log = _rows(company, "SELECT * FROM erasures")
    assert [row[0] for row in log] == [uid_digest(uid)]
    assert all(uid not in str(row) and "要删除的人" not in str(row) for row in log)

    # Restoring names who comes back, before the question and after, read from the backup.
    code, out, err = _run(capsys, "--data-dir", company, "backup", "restore", backup, "--yes")
    assert code == 0, err
    assert "erased since it was made" in out and "brings back 1 person(s)" in out
    assert out.count("要删除的人") == 2 and "留下的人" not in out
    assert "hiring-app erase again" in out
    assert {r[0] for r in _rows(company, "SELECT id FROM candidates")} == {gone, stays}
    # The log of the file the restore replaced is kept in the restored one.
    assert [r[0] for r in _rows(company, "SELECT uid_digest FROM erasures")] == [uid_digest(uid)]

    code, out, err = _run(capsys, "--data-dir", company, "erase", "again", "--yes")
    assert code == 0, err
    assert f"erased candidate {gone}" in out
    assert {r[0] for r in _rows(company, "SELECT id FROM candidates")} == {stays}
    code, out, err = _run(capsys, "--data-dir", company, "erase", "again", "--yes")
    assert code == 0 and "nobody erased before" in out

    # The flag erases them again within the restore itself.
    code, out, err = _run(capsys, "--data-dir", company, "backup", "restore", backup, "--yes",
                          "--erase-again")
    assert code == 0, err
    assert f"erased candidate {gone}" in out and "hiring-app erase again" not in out
    assert {r[0] for r in _rows(company, "SELECT id FROM candidates")} == {stays}
    for path in Path(company).iterdir():
        if path.name.startswith("hiring.db"):
            assert "要删除的人".encode() not in path.read_bytes()


def test_a_namesake_is_not_taken_for_an_erased_person(company, capsys) -> None:
    gone = _add(capsys, company, "同名的人")
    _run(capsys, "--data-dir", company, "erase", "candidate", str(gone), "--yes")
    namesake = _add(capsys, company, "同名的人")
    code, out, _err = _run(capsys, "--data-dir", company, "erase", "again", "--yes")
    assert code == 0 and "nobody erased before" in out
    assert [r[0] for r in _rows(company, "SELECT id FROM candidates")] == [namesake]
