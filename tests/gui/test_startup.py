"""Start the real app as a user would, headless: clean exit, and clear start-up faults."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from hiring_app.storage.instance import is_open_elsewhere
from tests.helpers.fixtures import PROJECT_ROOT, run_cli


def wait_until_open(folder: Path, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not is_open_elsewhere(folder):
        assert process.poll() is None, "the first copy exited early"
        assert time.monotonic() < deadline, "the first copy never opened"
        time.sleep(0.1)


def test_app_opens_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    result = run_cli("--data-dir", str(folder), "--quit-after", "800")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "hiring.db").exists()
    assert (folder / "settings.ini").exists()  # window state saved on close
    assert not is_open_elsewhere(folder)  # the writer lock is released


def test_a_second_copy_brings_the_open_window_forward_and_does_not_open(tmp_path: Path) -> None:
    """Two-instance test: never two writers; the second copy raises the first and says so."""
    folder = tmp_path / "shared"
    first = subprocess.Popen(
        [sys.executable, "-m", "hiring_app", "--data-dir", str(folder), "--quit-after", "20000"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_until_open(folder, first)
        second = run_cli("--data-dir", str(folder), "--quit-after", "200")
        assert second.returncode == 2
        assert "already open" in second.stderr
        assert "brought that window to the front" in second.stderr  # the first one answered
        assert first.poll() is None  # and is still running, undisturbed
        # The command line may not replace the database under the open window either.
        restore = run_cli("--data-dir", str(folder), "backup", "restore", "x.db", "--yes")
        assert restore.returncode == 2
    finally:
        first.terminate()
        first.wait(timeout=20)


def test_a_lock_from_a_killed_copy_does_not_block(tmp_path: Path) -> None:
    folder = tmp_path / "crashed"
    crashed = subprocess.Popen(
        [sys.executable, "-m", "hiring_app", "--data-dir", str(folder), "--quit-after", "30000"],
        cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    wait_until_open(folder, crashed)
    crashed.kill()
    crashed.wait()
    assert not is_open_elsewhere(folder)  # the OS released the lock with the process
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


# Run the real start and, at the window's first paint, say which modules were loaded by then.
_AT_FIRST_PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow
class Watch(QObject):
    def eventFilter(self, target, event):
        if event.type() == QEvent.Type.Paint and isinstance(target, QMainWindow):
            print(json.dumps(sorted(sys.modules)), flush=True)
            os._exit(0)
        return False
from hiring_app.ui.app import create_application
app = create_application(["hiring-app"])
watch = Watch()
app.installEventFilter(watch)
from hiring_app.cli import main
main(["--data-dir", sys.argv[1], "--lang", "zh", "--quit-after", "20000"])
"""


def test_the_window_paints_before_loading_what_only_later_work_needs(tmp_path: Path) -> None:
    """The first paint waits for nothing it does not show: the start-up chores and the expired
    count (privacy, attachments), answering a second copy (QtNetwork), the role dialogs and the
    sections not shown are loaded after it."""
    import json

    folder = tmp_path / "company"
    assert run_cli("--data-dir", str(folder), "--quit-after", "300").returncode == 0
    shown = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT, str(folder)],
                           capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert shown.returncode == 0, shown.stderr
    loaded = set(json.loads(shown.stdout.splitlines()[-1]))
    assert "hiring_app.ui.roles.screen" in loaded  # the first screen is there
    later = {"hiring_app.services.privacy", "hiring_app.services.attachments",
             "PySide6.QtNetwork", "hiring_app.ui.single_instance", "hiring_app.ui.roles.dialogs",
             "hiring_app.ui.candidates.screen", "hiring_app.ui.interview.screen",
             "hiring_app.ui.reports.screen", "hiring_app.ui.team.screen"}
    assert loaded & later == set()


def test_an_erasure_left_unfinished_is_finished_once_the_window_is_up(tmp_path: Path) -> None:
    from hiring_app.services import privacy
    from hiring_app.storage import settings
    from hiring_app.storage.database import open_database

    folder = tmp_path / "company"
    opened = open_database(folder)
    settings.set_value(opened.db, privacy.TRACES_KEY, 1)  # its clearing could not finish
    opened.db.conn.close()
    result = run_cli("--data-dir", str(folder), "--quit-after", "1500")
    assert result.returncode == 0, result.stderr
    opened = open_database(folder)
    try:
        assert settings.get_value(opened.db, privacy.TRACES_KEY) is None
    finally:
        opened.db.conn.close()
