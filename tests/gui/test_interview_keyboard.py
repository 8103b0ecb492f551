"""The interview from the keyboard, never losing a word: typing right after changing stage or
question lands in the notes on screen; the decision chosen survives a pause; "next" on the last
question goes on to Assess. Real key events, then the text read back from the database."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import activate, prepare_company

CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def page(qtbot, tmp_path: Path):
    create_application()
    folder = prepare_company(tmp_path / "data", small_library())
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    activate(qtbot, window)
    db = context.db
    candidate = candidate_service.add_candidate(db, "Keys", "shop_a")
    interview_id = interview_service.start_interview(db, candidate, "shop_a", "Wang Fang")
    window.show_section("interviews")
    screen = window.sections["interviews"]
    screen.open_interview(interview_id)
    yield screen.page
    window.close()
    context.db.conn.close()


def typed_where_focus_is(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def stored(page):
    page.session.writer.flush()
    return interview_service.load_interview(page.session.context.db, page.session.interview.id)


def test_typing_right_after_entering_ask_lands_on_the_first_question(page, qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_BracketRight, CTRL)  # Listen
    typed_where_focus_is(qtbot, "clear story")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketRight, CTRL)  # Ask
    assert page.stack.currentWidget() is page.ask
    typed_where_focus_is(qtbot, "first answer")           # no click: typed at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    typed_where_focus_is(qtbot, "second answer")
    interview = stored(page)
    assert interview.listen_notes == "clear story"
    assert [a.notes for a in interview.answers[:2]] == ["first answer", "second answer"]


def test_clicking_a_question_in_the_list_puts_the_cursor_in_its_notes(page, qtbot) -> None:
    page.show_stage(2)
    ask = page.ask
    rect = ask.list.visualItemRect(ask.list.item(3))
    qtbot.mouseClick(ask.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    typed_where_focus_is(qtbot, "fourth")
    assert stored(page).answers[3].notes == "fourth"


def test_next_on_the_last_question_goes_on_to_assess(page, qtbot) -> None:
    page.show_stage(2)
    ask = page.ask
    last = len(page.session.interview.answers) - 1
    ask.go_to(last)
    assert ask.next_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert page.stack.currentWidget() is page.assess


def test_the_decision_chosen_survives_a_pause(page, qtbot) -> None:
    page.show_stage(4)
    qtbot.mouseClick(page.decide.radios["train"], Qt.MouseButton.LeftButton)
    typed_where_focus_is(qtbot, "")  # nothing else needed: the choice is kept with the draft
    interview_id = page.session.interview.id
    db = page.session.context.db
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert interview_service.load_interview(db, interview_id).decision == "train"
    screen = page.parent()
    while screen is not None and not hasattr(screen, "open_interview"):
        screen = screen.parent()
    screen.open_interview(interview_id)
    assert screen.page.decide.chosen() == "train"


def test_the_stage_bar_ticks_what_is_done_and_space_ticks_the_checklist(page, qtbot) -> None:
    observe = page.observe
    assert not page.stage_group.button(0).text().startswith("✓")
    observe.checklist.setFocus()
    qtbot.keyClick(observe.checklist, Qt.Key.Key_Space)  # Tab in, Space: the first item
    assert stored(page).observations == [observe.checklist.item(0).data(Qt.ItemDataRole.UserRole)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketRight, CTRL)
    assert page.stage_group.button(0).text().startswith("✓")
    assert page.stage_group.button(1).isChecked()  # the current stage
    assert not page.stage_group.button(2).text().startswith("✓")  # still to come


def test_the_question_list_shows_whole_questions(page) -> None:
    page.show_stage(2)
    assert page.ask.list.wordWrap()
    assert page.ask.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


@pytest.mark.parametrize("stage", range(5))
def test_free_notes_are_one_key_away_at_every_stage(page, qtbot, stage: int) -> None:
    page.show_stage(stage)
    assert page.free_notes.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_L,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    typed_where_focus_is(qtbot, f"aside {stage}")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)  # back to the stage's field
    assert page.stack.currentIndex() == stage
    assert stored(page).free_notes == f"aside {stage}"


def test_long_questions_are_shown_whole_in_a_narrow_list(page, qtbot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    window = page.window()
    window.resize(1024, 700)
    page.show_stage(2)
    ask = page.ask
    for row, text in enumerate((  # wrap onto several lines, at different words
            "A customer calls because the parcel is three days late, and starts shouting "
            "abuse straight away. How do you handle the call?",
            "I'll play the customer: 'So can this rice cooker be set on a timer or not?' (The "
            "interviewer asks the same thing three times in different words.)",
            "What do you expect from us?", "A long question " * 12)):
        ask.list.item(row).setText(f"{row + 1}. [4] {text}")
    ask.list.setFixedWidth(175)  # as narrow as at 1024×700
    qtbot.waitUntil(lambda: ask.list.visualItemRect(ask.list.item(0)).height() > 60)
    metrics, style = ask.list.fontMetrics(), ask.list.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    for row in range(ask.list.count()):
        item = ask.list.item(row)
        option = QStyleOptionViewItem()
        option.initFrom(ask.list)
        option.rect = ask.list.visualItemRect(item)
        option.text = item.text()
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        painted = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, ask.list)
        needed = metrics.boundingRect(QRect(0, 0, painted.width() - 2 * margin, 10**5),
                                      Qt.TextFlag.TextWordWrap, item.text()).height()
        assert painted.height() >= needed, item.text()  # as painted: no line cut off
        assert option.rect.right() <= ask.list.viewport().width()  # no sideways scrolling


def test_the_panes_open_as_the_interviewer_left_them(page, qtbot) -> None:
    window = page.window()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: page.splitter.width() > 1000)
    page.splitter.setSizes([420, page.splitter.width() - 420])
    page.ask.splitter.setSizes([300, 500])
    side, ask = page.splitter.sizes()[0], page.ask.splitter.sizes()[0]
    interview_id = page.session.interview.id
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    screen = window.sections["interviews"]
    screen.open_interview(interview_id)
    again = screen.page
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] == side)
    assert again.ask.splitter.sizes()[0] == ask


@pytest.mark.parametrize("stage", [0, 2])  # Observe and Ask
def test_what_not_to_ask_is_in_view_and_opens_from_the_keyboard(page, qtbot, stage) -> None:
    from hiring_app.services.library import vocabulary

    page.show_stage(stage)
    summary = page.do_not_ask.summary
    assert summary.isVisible()
    topics = [t["name"]["en"] for t in vocabulary().do_not_ask]
    assert topics and all(t in summary.text() for t in topics)
    assert not page.do_not_ask.details.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_D,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.do_not_ask.details.isVisible()
    assert "Instead:" in page.do_not_ask.details.text()
