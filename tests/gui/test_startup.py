"""Start the real app as a user would, headless: clean exit, and clear start-up faults."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from hiring_app.ui.app import LOCK_NAME
from tests.helpers.fixtures import PROJECT_ROOT, run_cli


def test_app_opens_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    result = run_cli("--data-dir", str(folder), "--quit-after", "800")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "hiring.db").exists()
    assert (folder / "settings.ini").exists()  # window state saved on close
    assert not (folder / LOCK_NAME).exists()  # the instance lock is released


def test_a_second_window_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    first = subprocess.Popen(
        [sys.executable, "-m", "hiring_app", "--data-dir", str(folder), "--quit-after", "15000"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not (folder / LOCK_NAME).exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (folder / LOCK_NAME).exists(), "first instance never started"
        second = run_cli("--data-dir", str(folder), "--quit-after", "200")
        assert second.returncode == 2
        assert "already open" in second.stderr
    finally:
        first.terminate()
        first.wait(timeout=20)


def test_a_stale_lock_from_a_crashed_instance_does_not_block(tmp_path: Path) -> None:
    folder = tmp_path / "crashed"
    crashed = subprocess.Popen(
        [sys.executable, "-m", "hiring_app", "--data-dir", str(folder), "--quit-after", "30000"],
        cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not (folder / LOCK_NAME).exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    crashed.kill()
    crashed.wait()
    assert (folder / LOCK_NAME).exists()
    result = run_cli("--data-dir", str(folder), "--quit-after", "500")
    assert result.returncode == 0, result.stderr


def test_damaged_database_shows_a_message_and_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "hiring.db").write_bytes(b"\x00garbage" * 300)
    result = run_cli("--data-dir", str(tmp_path), "--quit-after", "300")
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "hiring.db").read_bytes() == b"\x00garbage" * 300


def test_newer_database_shows_a_message(tmp_path: Path) -> None:
    from hiring_app.storage import migrations
    from hiring_app.storage.database import open_database

    opened = open_database(tmp_path)
    table = opened.db[migrations.migrations.migrations_table]
    row = dict(next(iter(table.rows)))
    row.pop("id", None)
    row["name"] = "m999_future"
    table.insert(row)
    opened.db.conn.close()
    result = run_cli("--data-dir", str(tmp_path), "--quit-after", "300")
    assert result.returncode == 2
    assert "newer version" in result.stderr
