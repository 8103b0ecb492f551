"""Data safety in the window: the backups dialog, restoring (the window reopens on exactly the
backup), a damaged file at start-up offering the latest good backup, retention, and closing with
notes the disk would not take."""
from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hiring_app.errors import DatabaseDamagedError, UserError
from hiring_app.services import autosave, privacy, safety
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.storage import backups
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application, run_gui
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.faults import FullDiskWriter
from tests.helpers.fixtures import read_dump
from tests.helpers.gui import company_of_two


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return company_of_two(tmp_path / "data", small_library())


@pytest.fixture
def window(qtbot, folder):
    create_application()
    context = build_context(folder, "en")
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.daily_backup.started and main.daily_backup.wait(0))
    yield main
    main.close()
    context.db.conn.close()


def test_the_app_makes_its_daily_backup_beside_the_window(qtbot, folder) -> None:
    """Opening the company makes no copy (the window is not kept waiting for one); once the
    window is up, today's backup is made and checked beside it, once a day."""
    create_application()
    context = build_context(folder, "en")
    assert backups.list_backups(folder) == []
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: [b.kind for b in backups.list_backups(folder)] == ["auto"])
    made = backups.list_backups(folder)
    assert backups.check_backup(made[0].path).candidates == 2
    main.close()
    context.db.conn.close()
    context = build_context(folder, "en")
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.daily_backup.started and again.daily_backup.wait(0))
    assert len(backups.list_backups(folder)) == 1  # once a day
    again.close()
    context.db.conn.close()


def test_a_backup_that_cannot_be_made_is_said_in_the_status_bar(qtbot, folder,
                                                               monkeypatch) -> None:
    def full_disk(_job):
        raise UserError("backup.cannot_make", path=str(folder), reason="No space left on device")

    monkeypatch.setattr(safety.DailyBackupJob, "run", full_disk)
    create_application()
    context = build_context(folder, "en")
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: "could not be made" in main.db_label.text())
    assert "No space left" in main.db_label.text()
    main.close()
    context.db.conn.close()


def test_damage_the_backup_finds_is_said_as_damage(qtbot, folder, monkeypatch) -> None:
    found = DatabaseDamagedError("db.damaged", problem="x", path=str(folder), backup="")

    def damaged(_job):
        raise found

    monkeypatch.setattr(safety.DailyBackupJob, "run", damaged)
    create_application()
    context = build_context(folder, "en")
    main = MainWindow(context)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.damage_found, timeout=5000) as said:
        main.show()
    assert said.args == [found]
    main.close()
    context.db.conn.close()


def test_the_backups_dialog_makes_lists_and_deletes_backups(window, qtbot, monkeypatch) -> None:
    dialog = window.show_data_safety()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.backup_now.click()
    assert dialog.table.rowCount() == 2
    assert "2 candidates" in dialog.table.item(0, 3).text()
    dialog.keep.setValue(4)
    assert safety.backup_keep(window.context.db) == 4

    # A backup damaged on disk is shown as such and cannot be chosen for a restore.
    newest = dialog.backups[0].path
    newest.write_bytes(newest.read_bytes()[:3000])
    dialog.reload()
    assert "cannot be restored" in dialog.table.item(0, 3).text()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled() and dialog.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert dialog.table.rowCount() == 1 and not newest.exists()
    # selectRow follows the keyboard modifiers Qt last saw (Ctrl toggles): start from nothing
    dialog.table.clearSelection()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


def test_restoring_from_the_window_reopens_on_exactly_the_backup(qapp, folder) -> None:
    opened = open_database(folder)
    made = backups.create_backup(opened.db.conn, folder, "manual")
    candidate_service.add_candidate(opened.db, "备份之后", "shop_a")
    opened.db.conn.close()
    held = read_dump(made.path)
    seen = []

    def choose_restore() -> None:
        main = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        seen.append(main.context.db.execute("SELECT count(*) FROM candidates").fetchone()[0])
        main.restore_backup(made.path)

    def look_again() -> None:
        main = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        seen.append(main.context.db.execute("SELECT count(*) FROM candidates").fetchone()[0])

    QTimer.singleShot(400, choose_restore)
    QTimer.singleShot(1400, look_again)  # the window that opened again on the restored file
    code = run_gui(Namespace(data_dir=str(folder), lang="en", quit_after=2200))
    assert code == 0
    assert seen == [3, 2]
    after = read_dump(folder / "hiring.db")
    assert after == held
    kinds = sorted(b.kind for b in backups.list_backups(folder))
    assert kinds == ["auto", "before-restore", "manual"]
    kept = next(b for b in backups.list_backups(folder) if b.kind == "before-restore")
    assert backups.check_backup(kept.path).candidates == 3  # what was replaced is kept


def test_a_damaged_file_at_start_offers_the_latest_good_backup(qapp, folder,
                                                              monkeypatch) -> None:
    opened = open_database(folder)
    good = backups.create_backup(opened.db.conn, folder, "manual")
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.conn.close()
    db_path = folder / "hiring.db"
    damaged = b"\x00" * 100 + db_path.read_bytes()[100:]
    db_path.write_bytes(damaged)
    offered = []

    def click_restore(box) -> int:
        offered.append(box.text())
        for button in box.buttons():
            if button.text() == "Restore the backup":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    code = run_gui(Namespace(data_dir=str(folder), lang="en", quit_after=800))
    assert code == 0
    assert len(offered) == 1 and good.path.name in offered[0] and "2 candidates" in offered[0]
    set_aside = [b for b in backups.list_backups(folder) if b.kind == "damaged"]
    assert len(set_aside) == 1 and set_aside[0].path.read_bytes() == damaged  # untouched
    assert read_dump(db_path)["candidates"] == read_dump(good.path)["candidates"]


def test_past_retention_candidates_are_flagged_listed_and_erased(window, qtbot,
                                                                monkeypatch) -> None:
    db = window.context.db
    assert window.retention_button.isHidden()
    db.execute("UPDATE candidates SET updated_at = '2020-01-01T00:00:00' WHERE name = '王芳'")
    db.execute("UPDATE status_history SET changed_at = '2020-01-01T00:00:00' WHERE "
               "candidate_id = (SELECT id FROM candidates WHERE name = '王芳')")
    db.conn.commit()
    dialog = window.show_data_safety(tab=1)
    qtbot.addWidget(dialog)
    dialog.months.setValue(6)
    assert privacy.retention_months(db) == 6
    assert dialog.expired.rowCount() == 1 and dialog.expired.item(0, 0).text() == "王芳"
    assert window.retention_button.isVisible()
    assert window.retention_button.text().startswith("1 candidate")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # keep the backups
    dialog.erase_expired_button.click()
    assert dialog.expired.rowCount() == 0
    assert [r["name"] for r in candidate_service.list_candidates(db)] == ["李雷"]
    assert window.retention_button.isHidden()


def test_closing_with_notes_the_disk_refused_keeps_the_window_open(window, qtbot,
                                                                  monkeypatch) -> None:
    import hiring_app.ui.interview.session as session_module

    monkeypatch.setattr(session_module, "DraftWriter", FullDiskWriter)
    db = window.context.db
    candidate = candidate_service.list_candidates(db)[0]["id"]
    interview = interview_service.start_interview(db, candidate, "shop_a", "王面试官")
    window.show_section("interviews")
    screen = window.sections["interviews"]
    screen.open_interview(interview)
    note = "满盘时写下的笔记，一个字也不能丢。" * 300
    screen.page.session.set_field("free_notes", note)
    writer = screen.page.session.writer
    qtbot.waitUntil(lambda: writer.state == autosave.FAILED, timeout=5000)
    asked = []

    def keep_open(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", keep_open)
    assert not window.close()
    assert window.isVisible() and "full" in asked[0]
    monkeypatch.setattr(FullDiskWriter, "room", None)  # space is freed; the autosave retries
    qtbot.waitUntil(lambda: writer.state == autosave.SAVED, timeout=5000)
    assert window.close()
    assert interview_service.load_interview(db, interview).free_notes == note


def test_nothing_about_a_candidate_is_kept_outside_the_database(window, qtbot) -> None:
    """No log, no cache: after an interview, only the database (and backups) hold the person."""
    db, folder = window.context.db, window.context.data_dir
    # ASCII parts too: QSettings would write Chinese as escapes, which a byte search could miss.
    name, note = "PrivacyZed隐私测试者", "NoteOnlyInDb只应存在于数据库里的笔记"
    candidate = candidate_service.add_candidate(db, name, "shop_a", phone="13611112222")
    interview = interview_service.start_interview(db, candidate, "shop_a", "王面试官")
    window.show_section("interviews")
    window.sections["interviews"].open_interview(interview)
    window.sections["interviews"].page.session.set_field("free_notes", note)
    window.show_section("candidates")
    window.sections["candidates"].select(candidate)
    assert window.close()
    outside = [p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("hiring")]
    assert {p.name for p in outside} <= {"settings.ini", "hiring-app.lock"}
    import stat
    import sys
    for path in outside:
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        data = path.read_bytes()
        for secret in (name, note, "PrivacyZed", "NoteOnlyInDb", "13611112222"):
            assert secret.encode() not in data, (path.name, secret)


def test_erasing_a_candidate_whose_interview_is_open_closes_it_first(window, monkeypatch) -> None:
    db = window.context.db
    candidate = candidate_service.list_candidates(db)[0]["id"]
    interview = interview_service.start_interview(db, candidate, "shop_a", "王面试官")
    window.show_section("interviews")
    interviews = window.sections["interviews"]
    interviews.open_interview(interview)
    interviews.page.session.set_field("free_notes", "正在记录")
    window.show_section("candidates")
    screen = window.sections["candidates"]
    screen.select(candidate)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    screen.delete_button.click()
    assert interviews.page is None  # nothing left typing into an erased record
    assert window.context.settings.value("interview/active") is None
    assert db.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0
    assert all(r["id"] != candidate for r in candidate_service.list_candidates(db))
