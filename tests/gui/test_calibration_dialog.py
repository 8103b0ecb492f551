"""View ▸ Interviewer calibration…: opened with its shortcut, the lenient interviewer marked in
colour and in words, an empty state that says what is needed, sorting by a heading."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from hiring_app.domain.calibration import LENIENT as LENIENT_LEANING
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.compare.calibration import (
    ATTITUDE_COLUMN,
    BACKGROUNDS,
    LEANING,
    NAME,
    CalibrationDialog,
)
from hiring_app.ui.main_window import MainWindow
from tests.helpers.calibration import LENIENT, lenient_company

ROLE = "cs_presale"


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    create_application()
    contexts = []

    def make(language: str, with_panels: bool) -> MainWindow:
        context = build_context(tmp_path / "data", language)
        contexts.append(context)
        if with_panels:
            lenient_company(context.db, ROLE)
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    yield make
    for context in contexts:
        context.translations.install("en")
        context.db.conn.close()


def open_by_shortcut(qtbot, window: MainWindow) -> CalibrationDialog:
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CalibrationDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CalibrationDialog)
    qtbot.waitExposed(dialog)
    # The modifiers' key releases went to the window the dialog now blocks: let go of them here,
    # or the application believes Ctrl+Shift still held (and later tests' clicks would toggle).
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control):
        qtbot.keyRelease(dialog, key)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    return dialog


def cell(dialog: CalibrationDialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.table.model().index(row, column).data(role)


def test_the_shortcut_opens_the_table_with_the_lenient_interviewer_marked(make_window,
                                                                         qtbot) -> None:
    window = make_window("en", with_panels=True)
    assert window.calibration_action in window.view_menu.actions()
    assert window.calibration_action.text() == "Interviewer &calibration…"
    dialog = open_by_shortcut(qtbot, window)

    assert dialog.windowTitle() == "Interviewer calibration"
    assert dialog.pages.currentWidget() is dialog.table and dialog.table.isVisible()
    assert dialog.table.model().rowCount() == 3
    assert [cell(dialog, 0, c) for c in range(5)] == [
        LENIENT, "6", "+1.00", "+0.00", "Lenient on attitude"]
    assert cell(dialog, 0, LEANING, Qt.ItemDataRole.BackgroundRole) == BACKGROUNDS[
        LENIENT_LEANING]
    assert cell(dialog, 0, ATTITUDE_COLUMN, Qt.ItemDataRole.FontRole).bold()
    for row in (1, 2):  # the two colleagues: -0.50, in line, not marked
        assert cell(dialog, row, ATTITUDE_COLUMN) == "-0.50"
        assert cell(dialog, row, LEANING) == "In line with colleagues"
        assert cell(dialog, row, LEANING, Qt.ItemDataRole.BackgroundRole) is None
    assert "±0.75 or more over at least 5 shared candidates" in dialog.explanation.text()
    assert dialog.explanation.isVisible()
    assert dialog.width() <= 1024 and dialog.height() <= 700

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_click_on_a_heading_sorts_by_it(make_window, qtbot) -> None:
    window = make_window("en", with_panels=True)
    dialog = open_by_shortcut(qtbot, window)
    header = dialog.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [cell(dialog, r, NAME) for r in range(3)] == ["Ana López", "李强", LENIENT]
    dialog.close()


def test_the_view_speaks_chinese(make_window, qtbot) -> None:
    window = make_window("zh", with_panels=True)
    dialog = open_by_shortcut(qtbot, window)
    model = dialog.table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headings == ["面试官", "共同候选人", "态度差", "能力差", "倾向"]
    assert cell(dialog, 0, LEANING) == "态度打分偏松"
    assert dialog.windowTitle() == "面试官打分校准"
    assert "橙色行偏松" in dialog.explanation.text()
    dialog.close()


def test_an_empty_company_says_what_is_needed(make_window, qtbot) -> None:
    window = make_window("en", with_panels=False)
    dialog = open_by_shortcut(qtbot, window)
    assert dialog.pages.currentWidget() is dialog.empty
    assert dialog.empty.isVisible() and not dialog.explanation.isVisible()
    assert dialog.empty.text().startswith(
        "No candidate has scorecards from two interviewers yet.")
    dialog.close()
