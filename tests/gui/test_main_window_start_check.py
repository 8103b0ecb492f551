"""The window paints first; a file that changed outside the app is checked in the background,
and damage found then is said like damage found at opening (the latest good backup offered),
with nothing written to the file before the check has passed."""
from __future__ import annotations

import os
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from hiring_app.storage import backups
from hiring_app.storage.database import open_database
from hiring_app.ui.app import run_gui
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.fixtures import read_dump, scribble_keeping_size_and_times
from tests.helpers.gui import company_of_two


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return company_of_two(tmp_path / "data", small_library())


def damage_what_the_window_does_not_read(folder: Path) -> tuple[Path, bytes]:
    """Rows no screen shows fill the file's last pages; those are scribbled over, the file's
    size and modification time put back (only its change time tells)."""
    opened = open_database(folder)
    good = backups.create_backup(opened.db.conn, folder, "manual")
    with opened.db.atomic():
        opened.db.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(60):
            opened.db.execute("INSERT INTO filler VALUES (randomblob(1000))")
    opened.db.conn.close()  # closed whole by the app: would open without a check
    return good.path, scribble_keeping_size_and_times(folder / "hiring.db", pages=8)


def test_damage_found_once_the_window_is_up_offers_the_latest_good_backup(
        qapp, folder, monkeypatch) -> None:
    good, damaged = damage_what_the_window_does_not_read(folder)
    offered: list[tuple[str, bool]] = []

    def click_restore(box) -> int:
        shown = any(isinstance(w, MainWindow) and w.isVisible()
                    for w in QApplication.topLevelWidgets())
        offered.append((box.text(), shown))
        for button in box.buttons():
            if button.text() == "Restore the backup":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    code = run_gui(Namespace(data_dir=str(folder), lang="en", quit_after=3000))
    assert code == 0
    assert len(offered) == 1
    text, window_was_up = offered[0]
    assert good.name in text and window_was_up  # painted first, then told
    set_aside = [b for b in backups.list_backups(folder) if b.kind == "damaged"]
    assert len(set_aside) == 1 and set_aside[0].path.read_bytes() == damaged  # untouched
    assert read_dump(folder / "hiring.db")["candidates"] == read_dump(good)["candidates"]


def test_a_whole_file_changed_outside_the_app_opens_and_takes_writes(qapp, folder) -> None:
    db_path = folder / "hiring.db"
    os.chmod(db_path, 0o600)  # any change outside the app: the file is checked again
    os.utime(db_path)
    code = run_gui(Namespace(data_dir=str(folder), lang="en", quit_after=1500))
    assert code == 0
    # the checked file was opened for writing: today's backup was made after the check
    assert any(b.kind == "auto" for b in backups.list_backups(folder))


def test_a_change_asked_for_while_the_file_is_checked_waits_for_the_check(qtbot, folder):
    """Starting work at once on a file changed outside the app: the change waits for the check
    beside the window (moments), then is made; nothing is refused."""
    from hiring_app.services import interviews as interview_service
    from hiring_app.ui import operations
    from hiring_app.ui.app import build_context, create_application

    db_path = folder / "hiring.db"
    os.utime(db_path)  # changed outside the app: checked beside the window
    create_application()
    context = build_context(folder, "en", defer_check=True)
    assert context.unchecked
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()  # the check may not even have started yet
    outcome = operations.run(window, context, "Cannot start",
                             interview_service.start_interview_with_new_candidate, "赵新",
                             "shop_a", "王芳")
    assert outcome.ok
    assert not context.unchecked and window.start_check is None
    qtbot.wait(50)  # the check's own signal, queued meanwhile, finds nothing left to do
    assert not context.unchecked
    assert [r[0] for r in context.db.execute("SELECT name FROM candidates WHERE name = '赵新'")
            ] == ["赵新"]
    window.close()
    context.db.conn.close()
