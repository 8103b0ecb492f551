"""The window notices what another program (the command line) changed: within the check
interval, or at once when the window is activated, every screen reads afresh; acting on a
candidate someone else erased gives a clear message (never a traceback); an open interview
erased elsewhere says so and keeps what was typed on screen."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services import privacy
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import OUTSIDE_CHECK_MS, MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = prepare_company(tmp_path / "data", small_library())
    opened = open_database(folder)
    candidate_service.add_candidate(opened.db, "王小明", "shop_a", "referral")
    candidate_service.add_candidate(opened.db, "李娜", "shop_a", "campus")
    opened.db.conn.close()
    return folder


@pytest.fixture
def window(qtbot, folder):
    create_application()
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    window.close()
    context.db.conn.close()


def erase_elsewhere(folder: Path, name: str) -> int:
    """Another program (its own connection, as the command line has) erases `name`."""
    other = open_database(folder)
    try:
        candidate = next(c for c in candidate_service.list_candidates(other.db)
                         if c["name"] == name)
        privacy.erase_candidate(other.db, candidate["id"])
        return candidate["id"]
    finally:
        other.db.conn.close()


def listed(screen) -> list[str]:
    """The names the list shows."""
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def show(window, name: str):
    window.show_section("candidates")
    screen = window.sections["candidates"]
    screen.refresh_if_stale()
    row = next(screen.model.row_at(r) for r in range(screen.model.rowCount())
               if screen.model.row_at(r).name == name)
    screen.select(row.id)
    assert screen.current_id == row.id and screen.title.text() == name
    return screen


def test_the_window_drops_a_candidate_erased_elsewhere_within_the_interval(qtbot, window,
                                                                           folder) -> None:
    screen = show(window, "王小明")
    erase_elsewhere(folder, "王小明")
    qtbot.waitUntil(lambda: screen.current_id is None, timeout=OUTSIDE_CHECK_MS * 2)
    assert screen.title.text() == "No candidate selected"
    assert not screen.data_button.isEnabled() and not screen.delete_button.isEnabled()
    assert listed(screen) == ["李娜"]


def test_activating_the_window_reads_afresh_at_once(window, folder) -> None:
    window.outside_timer.stop()
    screen = show(window, "王小明")
    erase_elsewhere(folder, "王小明")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert screen.current_id is None
    assert listed(screen) == ["李娜"]


@pytest.mark.parametrize("button", ["data_button", "delete_button", "pdf_button",
                                    "debrief_button"])
def test_acting_on_a_candidate_erased_elsewhere_gives_a_clear_message(
        window, folder, monkeypatch, button) -> None:
    window.outside_timer.stop()  # the user clicks before the window has looked
    screen = show(window, "王小明")
    erased = erase_elsewhere(folder, "王小明")
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: said.append((title, text)))
    getattr(screen, button).click()
    assert len(said) == 1
    assert said[0][1] == f"No candidate with the id {erased}"
    assert screen.current_id is None and screen.title.text() == "No candidate selected"
    assert listed(screen) == ["李娜"]


def test_a_pipeline_move_on_a_candidate_erased_elsewhere_is_refused_clearly(
        window, folder, monkeypatch) -> None:
    window.outside_timer.stop()
    screen = show(window, "王小明")
    erase_elsewhere(folder, "王小明")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: said.append(text))
    screen.pipeline["declined"].click()
    assert len(said) == 1 and said[0].startswith("No candidate with the id")
    assert screen.current_id is None


def test_an_open_interview_erased_elsewhere_says_so_and_keeps_the_text(qtbot, window,
                                                                       folder) -> None:
    db = window.context.db
    candidate = next(c for c in candidate_service.list_candidates(db) if c["name"] == "李娜")
    interview = interview_service.start_interview(db, candidate["id"], "shop_a", "面试官甲")
    interviews = window.sections["interviews"]
    interviews.open_interview(interview)
    window.show_section("interviews")
    page = interviews.page
    assert page is not None
    page.session.set_field("free_notes", "她说得很清楚")
    assert page.session.writer.flush()
    erase_elsewhere(folder, "李娜")
    qtbot.waitUntil(lambda: page.gone, timeout=OUTSIDE_CHECK_MS * 2)
    assert "erased by another program" in page.save_state.text()
    assert page.session.interview.free_notes == "她说得很清楚"  # still there to copy
    assert interviews.page is page  # not closed under the user's hands


def test_after_a_restore_the_window_names_the_erased_and_erases_them_again(
        window, folder, monkeypatch) -> None:
    """What the app does after a restore: the replaced file's erasure log is carried over, the
    people the backup brought back are named, and the window offers to erase them again."""
    from hiring_app.storage import backups

    db = window.context.db
    backup = backups.create_backup(db.conn, folder, "manual").path
    target = next(c for c in candidate_service.list_candidates(db) if c["name"] == "王小明")
    privacy.erase_candidate(db, target["id"])
    assert privacy.erased_back(db) == []
    assert [p.name for p in privacy.erased_in_backup(window.context.db_path, backup)] \
        == ["王小明"]
    # The restored data is the backup again; the log comes from the file it replaced.
    restored = open_database(folder / "restored")
    restored.db.conn.close()
    restored_path = folder / "restored" / "hiring.db"
    restored_path.write_bytes(backup.read_bytes())
    other = open_database(folder / "restored")
    try:
        back = privacy.carry_erasures(other.db, window.context.db_path)
        assert [(p.id, p.name) for p in back] == [(target["id"], "王小明")]
    finally:
        other.db.conn.close()

    # In the window: the question names them; "Erase them again" erases them.
    candidate_service.add_candidate(db, "王小明", "shop_a", "referral")  # a namesake stays
    shown: list[str] = []

    def answer(box) -> int:
        shown.append(box.text())
        if box.objectName() == "eraseAgainBox":
            next(b for b in box.buttons() if b.text() == "Erase them again").click()
        else:  # the backups still holding them: kept here
            next(b for b in box.buttons() if b.text() == "Keep them").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    victim = candidate_service.add_candidate(db, "李四", "shop_a", "referral")
    done = window.offer_erase_again([privacy.ErasedPerson(victim, "李四")])
    assert [item.id for item in done] == [victim]
    assert "• 李四" in shown[0] and "1 person(s)" in shown[0]
    assert not candidate_service.candidate_exists(db, victim)
    assert [c["name"] for c in candidate_service.list_candidates(db)].count("王小明") == 1
