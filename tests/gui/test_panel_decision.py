"""The panel and its decision through the window, with real keys and clicks: a question added
during the interview says what it counts toward, another interviewer's draft is not opened
blind, and the debrief records one hiring decision with a reason."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from hiring_app.services import candidates as candidate_service
from hiring_app.services import debrief as debrief_service
from hiring_app.services import interviews as interview_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import activate, prepare_company, when_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path: Path):
    create_application()
    folder = prepare_company(tmp_path / "data", small_library())
    context = build_context(folder, "en")
    main = MainWindow(context)
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()
    context.db.conn.close()


def scored(db, candidate_id: int, interviewer: str, score: int, decision: str | None) -> int:
    interview_id = interview_service.start_interview(db, candidate_id, "shop_a", interviewer)
    answers = {a.question_id: {"score": score}
               for a in interview_service.load_interview(db, interview_id).answers}
    interview_service.apply_changes(db, interview_id, {}, answers)
    if decision:
        interview_service.submit(db, interview_id, decision, f"{interviewer} thinks so")
    return interview_id


# --- a question added during the interview ----------------------------------------------------
def _open_ask(window, qtbot):
    db = window.context.db
    candidate = candidate_service.add_candidate(db, "Added Q", "shop_a")
    interview_id = interview_service.start_interview(db, candidate, "shop_a", "Wang Fang")
    screen = window.sections["interviews"]
    window.show_section("interviews")
    screen.open_interview(interview_id)
    page = screen.page
    page.show_stage(2)
    return page, interview_id


def test_an_added_question_counts_where_the_interviewer_says(window, qtbot) -> None:
    page, interview_id = _open_ask(window, qtbot)
    ask = page.ask
    before = len(page.session.interview.answers)
    current = page.session.answer(ask.index)

    def fill(dialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.text, "Tell me about a deadline you missed")
        assert not ok.isEnabled()  # nothing is filed anywhere until the interviewer says where
        dialog.kind.setFocus()
        # the first ability entry, chosen from the keyboard
        target = next(i for i in range(dialog.kind.count())
                      if (dialog.kind.itemData(i) or ("",))[0] == "ability")
        while dialog.kind.currentIndex() != target:
            qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, LEFT)

    seen = when_modal(qtbot, fill)
    qtbot.mouseClick(ask.add_button, LEFT)
    seen.check()
    answers = interview_service.load_interview(window.context.db, interview_id).answers
    assert len(answers) == before + 1
    added = next(a for a in answers if a.adhoc_text)
    assert added.dimension == "ability" and added.facet
    assert current.dimension == "attitude"  # the current question's dimension was not copied
    assert "Ability" in ask.meta.text()


def test_an_added_question_can_be_a_note_that_is_never_scored(window, qtbot) -> None:
    page, interview_id = _open_ask(window, qtbot)
    ask = page.ask

    def note(dialog) -> None:
        qtbot.keyClicks(dialog.text, "How soon could you start?")
        dialog.kind.setCurrentIndex(dialog.kind.count() - 1)  # "A note only (not scored)"
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    seen = when_modal(qtbot, note)
    qtbot.mouseClick(ask.add_button, LEFT)
    seen.check()
    assert "not scored" in ask.meta.text()
    assert not ask.score_buttons.button(5).isEnabled()
    qtbot.keyClick(ask.notes, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # ignored
    added = next(a for a in interview_service.load_interview(window.context.db,
                                                             interview_id).answers
                 if a.adhoc_text)
    assert (added.dimension, added.score, added.weight) == (None, None, 0.0)


def test_cancelling_the_added_question_adds_nothing(window, qtbot) -> None:
    page, interview_id = _open_ask(window, qtbot)
    before = len(interview_service.load_interview(window.context.db, interview_id).answers)
    seen = when_modal(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.mouseClick(page.ask.add_button, LEFT)
    seen.check()
    assert len(interview_service.load_interview(window.context.db,
                                                interview_id).answers) == before


# --- another interviewer's draft --------------------------------------------------------------
def _drafts(window):
    db = window.context.db
    candidate = candidate_service.add_candidate(db, "Zhao Chao", "shop_a")
    scored(db, candidate, "Sun Hao", 5, None)  # Sun Hao's paused, unsubmitted scorecard
    window.show_section("interviews")
    screen = window.sections["interviews"]
    start = screen.start_page
    start.reload()
    start.drafts.setCurrentRow(0)
    return screen, start


def test_another_interviewers_draft_asks_before_showing_any_score(window, qtbot) -> None:
    screen, start = _drafts(window)
    start.interviewer.setEditText("Wang Fang")
    texts = []

    def decline(box) -> None:
        texts.append(box.text() + box.informativeText())
        assert screen.page is None  # nothing of the draft is on screen while it asks
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)

    seen = when_modal(qtbot, decline)
    qtbot.mouseClick(start.resume_button, LEFT)
    seen.check()
    assert "Sun Hao" in texts[0] and "Zhao Chao" in texts[0]
    assert screen.page is None

    def accept(box) -> None:
        mine = next(b for b in box.findChildren(QPushButton)
                    if b.objectName() == "openOthersDraft")
        qtbot.mouseClick(mine, LEFT)

    seen = when_modal(qtbot, accept)
    qtbot.mouseClick(start.resume_button, LEFT)
    seen.check()
    assert screen.page is not None
    assert screen.page.session.interview.interviewer_name == "Sun Hao"
    assert start.interviewer.currentText() == "Sun Hao"  # who continues it is now its owner


def test_your_own_draft_opens_without_a_question(window, qtbot) -> None:
    screen, start = _drafts(window)
    start.interviewer.setEditText("sun hao")  # the same name, typed in another case
    qtbot.mouseClick(start.resume_button, LEFT)  # an unexpected box would fail the test
    assert screen.page is not None


# --- the debrief ------------------------------------------------------------------------------
def test_the_debrief_shows_the_split_panel_and_records_one_decision(window, qtbot) -> None:
    db = window.context.db
    candidate = candidate_service.add_candidate(db, "Panel Split", "shop_a")
    scored(db, candidate, "Zhang Wei", 4, "hire")
    scored(db, candidate, "Li Na", 2, "reject")
    scored(db, candidate, "Wang Fang", 2, "reject")
    window.show_section("candidates")
    screen = window.sections["candidates"]
    screen.reload()
    screen.show_record(candidate)
    record = screen.record.toPlainText()
    assert "different decisions" in record and "No hiring decision yet" in record
    shown = {}

    def decide(dialog) -> None:
        summary = dialog.summary.toPlainText()
        shown["summary"] = summary
        for name in ("Zhang Wei", "Li Na", "Wang Fang"):
            assert name in summary
        assert not dialog.record_button.isEnabled()  # a reason is required
        qtbot.mouseClick(dialog.radios["hire"], LEFT)
        assert "against the recommendation" in dialog.note.text()
        qtbot.keyClicks(dialog.reason, "Best data skills; three-month probation review")
        dialog.decided_by.clear()
        qtbot.keyClicks(dialog.decided_by, "Owner")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = when_modal(qtbot, decide)
    qtbot.mouseClick(screen.debrief_button, LEFT)
    seen.check()
    assert not seen[0].isVisible()
    assert "Zhang Wei: Hire" in shown["summary"] and "Li Na: Reject" in shown["summary"]
    assert candidate_service.get_candidate(db, candidate)["status"] == "decided"
    found = debrief_service.debrief(db, candidate)
    assert found.decision.decision == "hire" and found.decision.decided_by == "Owner"
    assert found.decision.reason.startswith("Best data skills")
    qtbot.waitUntil(lambda: "Hiring decision: Hire" in screen.record.toPlainText())


def test_closing_the_debrief_records_nothing(window, qtbot) -> None:
    db = window.context.db
    candidate = candidate_service.add_candidate(db, "Undecided", "shop_a")
    scored(db, candidate, "Zhang Wei", 5, "hire")
    window.show_section("candidates")
    screen = window.sections["candidates"]
    screen.reload()
    screen.show_record(candidate)

    def close(dialog) -> None:
        qtbot.keyClicks(dialog.reason, "half a thought")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = when_modal(qtbot, close)
    activate(qtbot, window)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    seen.check()
    assert debrief_service.debrief(db, candidate).decision is None
    assert candidate_service.get_candidate(db, candidate)["status"] == "interviewing"
