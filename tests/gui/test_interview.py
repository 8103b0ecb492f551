"""A whole interview through the widgets, keyboard first, from start to decision."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company, type_chinese


@pytest.fixture
def app_window(qtbot, tmp_path: Path):
    create_application()
    folder = prepare_company(tmp_path / "data", small_library())
    windows = []

    def make() -> MainWindow:
        context = build_context(folder, "en")
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        windows.append((window, context))
        return window

    yield make
    for window, context in windows:
        window.close()
        context.db.conn.close()


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)


def test_a_whole_interview_from_start_to_decision(app_window, qtbot, monkeypatch) -> None:
    window = app_window()
    window.show_section("interviews")
    screen = window.sections["interviews"]
    start = screen.start_page
    start.interviewer.setEditText("Wang Fang")
    type_chinese(start.name, "李明")
    start.role.setCurrentIndex(start.role.findData("shop_a"))
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = screen.page
    assert page is not None and page.stack.currentWidget() is page.observe

    # Observe: tick what was noticed, write a free note
    first = page.observe.checklist.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(page.free_notes, "Arrived on time")
    # Listen
    key(qtbot, page.free_notes, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.listen
    qtbot.keyClicks(page.listen.notes, "Clear story")
    # Ask: score from the keyboard while typing notes
    key(qtbot, page.listen.notes, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    ask = page.ask
    assert page.stack.currentWidget() is ask
    ask.notes.setFocus()
    scores = {}
    for index in range(len(page.session.interview.answers)):
        if index == 2:
            key(qtbot, ask.notes, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # skip
        else:
            value = 5 if index % 2 == 0 else 4
            qtbot.keyClicks(ask.notes, f"answer {index}")
            key(qtbot, ask.notes, Qt.Key(Qt.Key.Key_0 + value), Qt.KeyboardModifier.AltModifier)
            scores[page.session.answer(index).question_id] = value
        key(qtbot, ask.notes, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    # Assess (Ctrl+PgDn on the last question went on to it): live scores, a red flag, team fit
    assert page.stack.currentWidget() is page.assess
    assert "Attitude 5.0" in page.assess.scores.text() or "Attitude 4" in page.assess.scores.text()
    page.assess.flags.item(0).setCheckState(Qt.CheckState.Checked)
    page.assess.boss.setCurrentIndex(page.assess.boss.findData("reasonable"))
    # Decide
    key(qtbot, page.assess, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.decide
    assert "recommends" in page.decide.recommendation.text()
    page.decide.radios["hire"].setChecked(True)
    qtbot.keyClicks(page.decide.reason, "Strong on both")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    key(qtbot, page.decide.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    db = window.context.db
    interview = interview_service.load_interview(db, page.session.interview.id)
    assert interview.state == "submitted" and interview.decision == "hire"
    assert interview.decision_reason == "Strong on both"
    assert interview.free_notes == "Arrived on time" and interview.listen_notes == "Clear story"
    assert interview.observations == [first.data(Qt.ItemDataRole.UserRole)]
    assert len(interview.red_flags) == 1 and interview.boss_type == "reasonable"
    stored = {a.question_id: a for a in interview.answers}
    for question_id, value in scores.items():
        assert stored[question_id].score == value
    skipped = interview.answers[2]
    assert skipped.skipped and skipped.score is None
    assert stored[interview.answers[0].question_id].notes == "answer 0"
    assert interview.quadrant == "hire_first"
    candidate = candidate_service.get_candidate(db, interview.candidate_id)
    # the scorecard recommends; the hiring decision is the debrief's
    assert candidate["name"] == "李明" and candidate["status"] == "interviewing"
    history = candidate_service.status_history(db, interview.candidate_id)
    assert [h["status"] for h in history] == ["new", "interviewing"]
    assert "Submitted" in page.save_state.text()
    assert page.decide.debrief_button.isVisible() or not page.decide.isVisible()


def test_closing_mid_interview_reopens_where_it_stopped(app_window, qtbot) -> None:
    window = app_window()
    window.show_section("interviews")
    screen = window.sections["interviews"]
    start = screen.start_page
    start.interviewer.setEditText("Li Na")
    qtbot.keyClicks(start.name, "Chen Jing")
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = screen.page
    page.show_stage(2)
    page.ask.step(1)
    qtbot.keyClicks(page.ask.notes, "half a thought")
    window.close()  # saves everything; the interview stays open

    again = app_window()
    reopened = again.sections["interviews"].page
    assert reopened is not None
    assert again.pages.currentWidget() is again.sections["interviews"]
    assert reopened.stack.currentWidget() is reopened.ask
    assert reopened.ask.index == 1
    assert reopened.ask.notes.toPlainText() == "half a thought"


def test_pause_and_resume(app_window, qtbot) -> None:
    window = app_window()
    window.show_section("interviews")
    screen = window.sections["interviews"]
    start = screen.start_page
    start.interviewer.setEditText("Li Na")
    qtbot.keyClicks(start.name, "Zhou Min")
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.page.free_notes, "paused here")
    screen.page.show_stage(2)
    qtbot.mouseClick(screen.page.pause_button, Qt.MouseButton.LeftButton)
    assert screen.page is None
    assert start.drafts.count() == 1
    listed = start.drafts.item(0).text()  # who, where they stopped and when
    assert "Zhou Min" in listed and "Li Na" in listed and "3 Ask" in listed
    assert re.search(r"\d{1,2}:\d{2}", listed)
    start.drafts.setCurrentRow(0)
    qtbot.mouseClick(start.resume_button, Qt.MouseButton.LeftButton)
    assert screen.page.free_notes.toPlainText() == "paused here"
    assert screen.page.session.interview.state == "draft"


def _scored_interview(db, candidate_id: int, interviewer: str, score: int, submit: bool) -> int:
    interview_id = interview_service.start_interview(db, candidate_id, "shop_a", interviewer)
    answers = {a.question_id: {"score": score}
               for a in interview_service.load_interview(db, interview_id).answers}
    interview_service.apply_changes(db, interview_id, {}, answers)
    if submit:
        interview_service.submit(db, interview_id, "hire" if score >= 3 else "reject")
    return interview_id


def test_colleagues_scores_stay_hidden_until_you_submit(app_window, qtbot, monkeypatch) -> None:
    window = app_window()
    db = window.context.db
    candidate = candidate_service.add_candidate(db, "Panel Candidate", "shop_a")
    _scored_interview(db, candidate, "Colleague A", 5, submit=True)
    mine = _scored_interview(db, candidate, "Me", 2, submit=False)
    screen = window.sections["interviews"]
    screen.open_interview(mine)
    page = screen.page
    page.show_stage(3)
    panel = page.assess.panel.text()
    assert "hidden" in panel and "1 other" in panel
    assert "Colleague A" not in panel
    page.show_stage(4)
    page.decide.radios["reject"].setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.decide.submit_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.assess
    panel = page.assess.panel.text()
    assert "Colleague A" in panel and "Me" in panel
    assert "Combined (2 scorecards)" in panel
    assert "different decisions" in panel  # hire against reject
    assert "attitude scores are 3.0 points apart" in panel
    assert "ability scores are 3.0 points apart" in panel
    assert len(page.assess.chart.points) == 2


def test_the_boss_style_chosen_once_is_the_default_next_time(app_window, qtbot) -> None:
    window = app_window()
    db = window.context.db
    screen = window.sections["interviews"]
    first = interview_service.start_interview(
        db, candidate_service.add_candidate(db, "One", "shop_a"), "shop_a", "Li Na")
    screen.open_interview(first)
    boss = screen.page.assess.boss
    boss.setCurrentIndex(boss.findData("perfectionist"))
    second = interview_service.start_interview(
        db, candidate_service.add_candidate(db, "Two", "shop_a"), "shop_a", "Li Na")
    screen.open_interview(second)
    assert screen.page.assess.boss.currentData() == "perfectionist"
    screen.page.finish()
    assert interview_service.load_interview(db, second).boss_type == "perfectionist"
