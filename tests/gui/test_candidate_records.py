"""Candidates as records in the window, driven by keys and clicks: Ctrl+N adds one (a Chinese name
typed through the input method), F2 / double-click / Enter corrects one, a mistake is said in
the dialog and saves nothing, Ctrl+Z and Ctrl+Shift+Z undo and redo in the database and on
screen; résumés are attached, opened in the system's viewer and removed; the interview offers
the résumé beside the role profile."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hiring_app.services import attachments
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import activate, prepare_company, type_chinese, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PDF = b"%PDF-1.4\n1 0 obj << /Title (resume) >> endobj\n%%EOF\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return prepare_company(tmp_path / "data", small_library())


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch) -> Path:
    """Copies handed to a viewer go to this test's folder, not the system's."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def open_window(qtbot, folder: Path, language: str = "en", size: tuple[int, int] | None = None):
    create_application()
    context = build_context(folder, language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    activate(qtbot, window)
    window.show_section("candidates")
    return window


@pytest.fixture
def window(qtbot, folder):
    window = open_window(qtbot, folder)
    yield window
    window.close()
    window.context.db.conn.close()


def screen_of(window):
    return window.sections["candidates"]


def added(window, name: str, *args, **kwargs) -> int:
    """A candidate added by another way (as the Interviews screen does); the list hears of it."""
    candidate = candidate_service.add_candidate(window.context.db, name, *args, **kwargs)
    window.context.changes.changed.emit({"candidates"})
    return candidate


def names_shown(screen) -> list[str]:
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def stored(window, name: str) -> dict:
    db = window.context.db
    (found,) = [c for c in candidate_service.list_candidates(db) if c["name"] == name]
    return candidate_service.get_candidate(db, found["id"])


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in `widget` of the active window (as after clicking into it)."""
    activate(qtbot, widget.window())
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def add_by_keyboard(qtbot, screen, name: str, phone: str = "") -> None:
    """Ctrl+N on the list, a Chinese name from the input method, a phone, Enter to save."""
    def fill(dialog) -> None:
        type_chinese(dialog.name, name)
        if phone:
            qtbot.keyClicks(dialog.phone, phone)
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)

    step = when_modal(qtbot, fill)
    press(qtbot, screen.view, Qt.Key.Key_N, CTRL)
    step.check()


def test_ctrl_n_adds_a_candidate_typed_in_chinese(window, qtbot) -> None:
    screen = screen_of(window)
    add_by_keyboard(qtbot, screen, "陈小雨", "13800001111")

    assert names_shown(screen) == ["陈小雨"]
    candidate = stored(window, "陈小雨")
    assert (candidate["phone"], candidate["status"]) == ("13800001111", "new")
    assert screen.current_id == candidate["id"]  # the new record is shown
    assert screen.title.text() == "陈小雨"


def test_a_mistake_is_said_in_the_dialog_and_nothing_is_saved(qtbot, folder) -> None:
    window = open_window(qtbot, folder, "zh")
    try:
        screen = screen_of(window)
        seen: list[str] = []

        def fill(dialog) -> None:
            type_chinese(dialog.email, "不是邮箱")
            qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # no name, a bad e-mail
            assert dialog.isVisible()
            seen.append(dialog.problem.text())
            assert dialog.name.hasFocus()  # the field concerned
            type_chinese(dialog.name, "王伟")
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
            assert dialog.isVisible()
            seen.append(dialog.problem.text())
            assert dialog.email.hasFocus()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        step = when_modal(qtbot, fill)
        press(qtbot, screen.view, Qt.Key.Key_N, CTRL)
        step.check()
        assert seen == ["候选人需要姓名。请填写姓名；未保存任何内容。",
                        "“不是邮箱”看起来不像电子邮箱地址。请检查后再试。"]
        assert candidate_service.count_candidates(window.context.db) == 0
        assert names_shown(screen) == []
    finally:
        window.close()
        window.context.db.conn.close()


def edit_phone(qtbot, screen, open_editor, phone: str) -> None:
    def fill(dialog) -> None:
        dialog.phone.selectAll()
        qtbot.keyClicks(dialog.phone, phone)
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)

    step = when_modal(qtbot, fill)
    open_editor()
    step.check()


def test_f2_corrects_the_phone_and_ctrl_z_puts_it_back(window, qtbot) -> None:
    added(window, "王伟", "shop_a", phone="13800000000")
    screen = screen_of(window)
    add_by_keyboard(qtbot, screen, "李娜")  # something else to undo, later
    screen.select(stored(window, "王伟")["id"])

    edit_phone(qtbot, screen, lambda: press(qtbot, screen.view, Qt.Key.Key_F2), "13911112222")

    assert stored(window, "王伟")["phone"] == "13911112222"
    assert "13911112222" in screen.record.toPlainText()
    assert "王伟" in screen.editor.undo_action.text()

    press(qtbot, screen.view, Qt.Key.Key_Z, CTRL)

    assert stored(window, "王伟")["phone"] == "13800000000"
    assert screen.title.text() == "王伟"
    assert "13800000000" in screen.record.toPlainText()
    assert "13911112222" not in screen.record.toPlainText()

    press(qtbot, screen.view, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert stored(window, "王伟")["phone"] == "13911112222"
    press(qtbot, screen.view, Qt.Key.Key_Z, CTRL)
    press(qtbot, screen.view, Qt.Key.Key_Z, CTRL)  # then the adding of 李娜
    assert sorted(names_shown(screen)) == ["王伟"]
    press(qtbot, screen.view, Qt.Key.Key_Y, CTRL)  # redo, the other way
    assert sorted(names_shown(screen)) == ["李娜", "王伟"]
    assert stored(window, "李娜")["status"] == "new"


def test_double_click_and_enter_open_the_editor(window, qtbot) -> None:
    added(window, "王伟", "shop_a", phone="1")
    screen = screen_of(window)
    screen.view.selectRow(0)
    for view, phone in ((screen.names, "2"), (screen.view, "3")):  # the name, another column
        column = next(c for c in range(screen.model.columnCount()) if not view.isColumnHidden(c))
        where = view.visualRect(screen.model.index(0, column)).center()

        def double_click(view=view, where=where) -> None:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
            qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)

        edit_phone(qtbot, screen, double_click, phone)
        assert stored(window, "王伟")["phone"] == phone
    for view, phone in ((screen.names, "4"), (screen.view, "5")):
        edit_phone(qtbot, screen, lambda view=view: press(qtbot, view, Qt.Key.Key_Return), phone)
        assert stored(window, "王伟")["phone"] == phone


def test_adding_cannot_be_undone_once_an_interview_started(window, qtbot, monkeypatch) -> None:
    screen = screen_of(window)
    add_by_keyboard(qtbot, screen, "赵六")
    candidate = stored(window, "赵六")
    interview_service.start_interview(window.context.db, candidate["id"], "shop_a", "面试官甲")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: said.append(f"{title}: {text}"))

    press(qtbot, screen.view, Qt.Key.Key_Z, CTRL)

    assert len(said) == 1 and said[0].startswith("Cannot undo: ")
    assert "interview" in said[0]
    assert candidate_service.candidate_exists(window.context.db, candidate["id"])
    assert not screen.editor.undo_action.isEnabled()  # nothing left to undo


def test_the_role_of_a_scored_candidate_cannot_be_changed_in_the_dialog(window, qtbot) -> None:
    db = window.context.db
    candidate = added(window, "王伟", "shop_a")
    interview = interview_service.start_interview(db, candidate, "shop_a", "面试官甲")
    answers = interview_service.load_interview(db, interview).answers
    interview_service.apply_changes(db, interview, {}, {a.question_id: {"score": 4}
                                                         for a in answers})
    interview_service.submit(db, interview, "hire", "好")
    screen = screen_of(window)
    screen.select(candidate)
    seen = []

    def look(dialog) -> None:
        seen.append((dialog.role.isEnabled(), dialog.role_note.isVisible(),
                     dialog.role_note.text()))
        type_chinese(dialog.notes, "补充说明")
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)

    step = when_modal(qtbot, look)
    screen.editor.edit_button.click()
    step.check()
    (enabled, note_shown, note), = seen
    assert not enabled and note_shown and "submitted scorecards" in note
    assert candidate_service.get_candidate(db, candidate)["notes"] == "补充说明"
    assert "补充说明" in screen.record.toPlainText()


def test_a_resume_is_attached_opened_and_removed(window, qtbot, monkeypatch, tmp_path,
                                                 private_temp) -> None:
    db = window.context.db
    candidate = added(window, "王伟", "shop_a")
    screen = screen_of(window)
    screen.select(candidate)
    panel = screen.resumes
    assert panel.empty.isVisible() and not panel.open_button.isEnabled()
    resume = tmp_path / "王伟简历.pdf"
    resume.write_bytes(PDF)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (asked.append(args), (str(resume), ""))[1])

    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and "*.pdf" in asked[0][3] and "*.docx" in asked[0][3]
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("王伟简历.pdf")
    assert [a.file_name for a in attachments.attachments_of(db, candidate)] == ["王伟简历.pdf"]

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: (opened.append(url.toLocalFile()), True)[1])
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    (copy,) = opened
    assert Path(copy).read_bytes() == PDF and Path(copy).is_relative_to(private_temp)

    said: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no viewer
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: said.append(f"{title}: {text}"))
    item = panel.list.item(0)
    where = panel.list.visualItemRect(item).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(said) == 1 and "王伟简历.pdf" in said[0] and str(private_temp) in said[0]

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1  # asked first: kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0 and panel.empty.isVisible()
    assert attachments.attachments_of(db, candidate) == []


def test_a_file_that_is_refused_is_said_and_kept_out(window, qtbot, monkeypatch,
                                                     tmp_path) -> None:
    candidate = added(window, "王伟", "shop_a")
    screen = screen_of(window)
    screen.select(candidate)
    fake = tmp_path / "resume.pdf"
    fake.write_bytes(b"MZ a program")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: said.append(text))
    qtbot.mouseClick(screen.resumes.attach_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "is not a .pdf file" in said[0]
    assert screen.resumes.list.count() == 0
    assert attachments.attachments_of(window.context.db, candidate) == []


def test_the_interview_offers_the_resume_beside_the_role_profile(window, qtbot, monkeypatch,
                                                                 tmp_path) -> None:
    db = window.context.db
    with_file = candidate_service.add_candidate(db, "王伟", "shop_a")
    without = candidate_service.add_candidate(db, "李娜", "shop_a")
    resume = tmp_path / "简历.pdf"
    resume.write_bytes(PDF)
    attachments.attach_file(db, with_file, resume)
    interviews = window.sections["interviews"]
    window.show_section("interviews")

    interviews.open_interview(interview_service.start_interview(db, without, "shop_a", "甲"))
    assert not interviews.page.resume.isVisible()
    attachments.attach_file(db, without, resume)  # on another screen, during the interview
    window.context.changes.changed.emit({"candidates"})
    assert interviews.page.resume.isVisible()
    interviews.close_interview()

    interviews.open_interview(interview_service.start_interview(db, with_file, "shop_a", "乙"))
    button = interviews.page.resume
    assert button.isVisible() and button.text() == "Open résumé"
    profile = interviews.page.profile
    assert abs(button.mapTo(interviews.page, QPoint(0, 0)).x()
               - profile.mapTo(interviews.page, QPoint(0, 0)).x()) < 5  # above the profile
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: (opened.append(url.toLocalFile()), True)[1])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == PDF


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_the_dialog_is_usable_at_1024_by_700(qtbot, folder, language) -> None:
    window = open_window(qtbot, folder, language, size=(1024, 700))
    try:
        screen = screen_of(window)
        seen = []

        def look(dialog) -> None:
            screen_area = QApplication.primaryScreen().availableGeometry()
            frame = dialog.frameGeometry()
            seen.append((frame.width() <= 1024 and frame.height() <= 700,
                         screen_area.width() < 1024 or frame.height() <= screen_area.height()))
            for field in (dialog.name, dialog.phone, dialog.email, dialog.channel, dialog.role,
                          dialog.notes):
                assert field.isVisible() and field.width() >= 200, field.objectName()
            assert dialog.notes.height() >= 80
            for label in (dialog.form.labelForField(f) for f in (dialog.name, dialog.notes)):
                assert label.width() >= label.sizeHint().width(), label.text()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        step = when_modal(qtbot, look)
        press(qtbot, screen.view, Qt.Key.Key_N, CTRL)
        step.check()
        assert seen == [(True, True)]
        assert screen.editor.new_button.isVisible()
        assert screen.editor.new_button.width() >= screen.editor.new_button.sizeHint().width()
    finally:
        window.close()
        window.context.db.conn.close()
