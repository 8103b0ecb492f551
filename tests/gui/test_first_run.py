"""First run: an empty company says what to do next, and the demo candidates are one menu entry
away — only into an empty company."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import activate, prepare_company


@pytest.fixture
def window(qtbot, tmp_path: Path):
    create_application()
    context = build_context(prepare_company(tmp_path / "data", small_library()), "zh")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    activate(qtbot, window)
    yield window
    window.close()
    context.translations.install("en")
    context.db.conn.close()


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """The confirmation is answered with `button`; returns what it asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_demo_candidates_fill_an_empty_company(window, monkeypatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.demo_action.trigger()
    assert "40" in asked[0] and "不是真实的人" in asked[0]
    assert candidate_service.count_candidates(window.context.db) == 40
    assert window.nav.currentRow() == 1  # the Candidates screen shows them
    assert "40" in window.statusBar().currentMessage()


def test_demo_candidates_are_never_mixed_with_real_people(window, monkeypatch) -> None:
    candidate_service.add_candidate(window.context.db, "李明", "shop_a")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: refusals.append(text))
    window.demo_action.trigger()
    assert candidate_service.count_candidates(window.context.db) == 1
    assert len(refusals) == 1 and "1 位候选人" in refusals[0] and "未作任何更改" in refusals[0]


def test_saying_no_adds_nothing(window, monkeypatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.demo_action.trigger()
    assert candidate_service.count_candidates(window.context.db) == 0


def test_an_empty_company_says_what_to_do_next(window, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    window.show_section("candidates")
    screen = window.sections["candidates"]
    first_run = screen.first_run
    assert first_run.isVisible() and not screen.table.isVisible()
    assert first_run.title.text() == "还没有候选人"
    texts = [b.text() for b in first_run.buttons]
    assert texts == ["新建候选人…（Ctrl+N）", "开始面试", "加载演示候选人…"]

    qtbot.mouseClick(first_run.buttons[1], Qt.MouseButton.LeftButton)
    assert window.nav.currentRow() == 2  # Interviews: the start page
    window.show_section("candidates")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(first_run.buttons[2], Qt.MouseButton.LeftButton)
    assert candidate_service.count_candidates(window.context.db) == 40
    qtbot.waitUntil(lambda: screen.table.isVisible())  # the list, now that there are people
    assert not first_run.isVisible()
