"""The data-safety commands as a user types them: backup create/list/restore/delete, erase (asks
unless --yes), export, retention, and a busy database."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.fixtures import PROJECT_ROOT, dump_tables, run_cli


def cli(folder: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    if stdin is None:
        return run_cli("--data-dir", folder, *args)
    return subprocess.run([sys.executable, "-m", "hiring_app", "--data-dir", folder, *args],
                          input=stdin, capture_output=True, text=True, timeout=60,
                          cwd=PROJECT_ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def add(folder: str, name: str) -> int:
    result = cli(folder, "candidates", "add", "--name", name, "--role", "cs_presale",
                 "--phone", "13700001111")
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def dump(folder: str) -> dict:
    conn = sqlite3.connect(Path(folder) / "hiring.db")
    try:
        return dump_tables(conn)
    finally:
        conn.close()


def test_backup_create_list_and_restore_exactly(company) -> None:
    add(company, "周一")
    made = cli(company, "backup", "create")
    assert made.returncode == 0 and "backup made" in made.stdout
    at_backup = dump(company)
    add(company, "周二")
    listing = json.loads(cli(company, "backup", "list", "--json").stdout)
    assert len(listing) == 1 and listing[0]["ok"] and listing[0]["candidates"] == 1
    name = listing[0]["file"]

    refused = cli(company, "backup", "restore", name, stdin="no\n")
    assert refused.returncode == 1 and "nothing restored" in refused.stdout
    assert len(dump(company)["candidates"]) == 2

    restored = cli(company, "backup", "restore", name, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout and "kept as" in restored.stdout
    assert dump(company) == at_backup
    kinds = {row["kind"] for row in json.loads(cli(company, "backup", "list", "--json").stdout)}
    assert kinds == {"manual", "before-restore"}


def test_restoring_something_that_is_not_a_backup_is_refused(company, tmp_path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    before = dump(company)
    result = cli(company, "backup", "restore", str(junk), "--yes")
    assert result.returncode == 2 and "cannot be restored" in result.stderr
    missing = cli(company, "backup", "restore", "nope.db", "--yes")
    assert missing.returncode == 2 and "no backup file" in missing.stderr
    assert dump(company) == before


def test_erase_asks_first_then_names_the_backups_still_holding_the_candidate(company) -> None:
    target = add(company, "要删除的人")
    cli(company, "backup", "create")
    declined = cli(company, "erase", "candidate", str(target), stdin="n\n")
    assert declined.returncode == 1 and "nothing erased" in declined.stdout
    no_answer = cli(company, "erase", "candidate", str(target), stdin="")
    assert no_answer.returncode == 1  # end of input is not a yes
    assert any(r[1] == "要删除的人" for r in dump(company)["candidates"])

    erased = cli(company, "erase", "candidate", str(target), stdin="yes\n")
    assert erased.returncode == 0, erased.stderr
    assert "erased candidate" in erased.stdout
    assert "1 backup(s) made before the erasure still hold" in erased.stdout
    assert not any(r[1] == "要删除的人" for r in dump(company)["candidates"])
    for path in Path(company).iterdir():
        if path.name.startswith("hiring.db"):
            assert "要删除的人".encode() not in path.read_bytes()

    backup_name = erased.stdout.split("hiring-app backup delete ")[1].split()[0]
    purge = cli(company, "backup", "delete", backup_name, "--yes")
    assert purge.returncode == 0
    assert json.loads(cli(company, "backup", "list", "--json").stdout) == []


def test_erasing_without_a_terminal_needs_yes(company) -> None:
    target = add(company, "无人应答")
    assert cli(company, "erase", "candidate", str(target), "--yes").returncode == 0
    again = cli(company, "erase", "candidate", str(target), "--yes")
    assert again.returncode == 2 and "no candidate" in again.stderr


def test_export_candidate_writes_their_data(company, tmp_path) -> None:
    target = add(company, "导出者")
    out = tmp_path / "me.json"
    result = cli(company, "export", "candidate", str(target), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["candidate"]["name"] == "导出者" and data["candidate"]["phone"] == "13700001111"
    bad = cli(company, "export", "candidate", "999", "-o", str(tmp_path / "x.json"))
    assert bad.returncode == 2 and not (tmp_path / "x.json").exists()


def test_retention_setting_and_expired_erasure(company) -> None:
    old = add(company, "很久以前")
    add(company, "刚刚")
    conn = sqlite3.connect(Path(company) / "hiring.db")
    with conn:
        conn.execute("UPDATE candidates SET updated_at = '2020-01-01T00:00:00' WHERE id = ?",
                     [old])
        conn.execute("UPDATE status_history SET changed_at = '2020-01-01T00:00:00' "
                     "WHERE candidate_id = ?", [old])
    conn.close()
    assert "off" in cli(company, "retention").stdout
    assert "no retention period" in cli(company, "erase", "expired").stdout
    assert "6 months" in cli(company, "retention", "6").stdout
    bad = cli(company, "retention", "500")
    assert bad.returncode == 2 and "between 0" in bad.stderr
    listed = cli(company, "erase", "expired", stdin="n\n")
    assert "很久以前" in listed.stdout and "刚刚" not in listed.stdout
    assert "nothing erased" in listed.stdout
    done = cli(company, "erase", "expired", "--yes")
    assert done.returncode == 0
    names = [r[1] for r in dump(company)["candidates"]]
    assert names == ["刚刚"]


def test_backup_keep_setting(company) -> None:
    assert "automatic backups kept: 10" in cli(company, "backup", "keep").stdout
    assert "automatic backups kept: 4" in cli(company, "backup", "keep", "4").stdout
    bad = cli(company, "backup", "keep", "0")
    assert bad.returncode == 2 and "keep between" in bad.stderr


def test_a_busy_database_is_waited_for_then_reported(company) -> None:
    """Another program holds the write lock: the command waits briefly, then says so and
    changes nothing."""
    blocker = sqlite3.connect(Path(company) / "hiring.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        result = cli(company, "candidates", "add", "--name", "等一下", "--role", "cs_presale")
        waited = time.monotonic() - started
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.returncode == 2
    assert "busy" in result.stderr and "Traceback" not in result.stderr
    assert waited >= 2.5  # it waited before giving up
    assert not any(r[1] == "等一下" for r in dump(company)["candidates"])
    # Once the other program is done, the same command works.
    assert cli(company, "candidates", "add", "--name", "等一下", "--role",
               "cs_presale").returncode == 0
