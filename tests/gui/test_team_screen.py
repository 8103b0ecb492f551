"""The Team section, driven as a person would: choosing the stage, adding, editing and removing
people with undo, what the stage calls for and what the next adds; open positions (open one, a
candidate applies, filter the Candidates list by it, filled and open places); team fit at Assess;
the onboarding plan from a hire's record."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.services import debrief, onboarding, positions, team
from hiring_app.services import interviews as interview_service
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.gui import activate, prepare_company, type_chinese, when_modal
from tests.helpers.team import NEXT, STAGE, stage_roles, team_library

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = prepare_company(tmp_path / "data", team_library())
    db = open_database(folder).db
    role = stage_roles(STAGE)[0]
    for name in ("张伟", "李娜"):
        candidate_service.add_candidate(db, name, role)
    candidate_service.add_candidate(db, "Other Role", "shop_b")
    db.conn.close()
    return folder


@pytest.fixture
def window(qtbot, folder):
    create_application()
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    activate(qtbot, window)
    yield window
    window.close()
    context.db.conn.close()


def choose(qtbot, combo, text: str) -> None:
    """Pick a combo's item by typing the start of its text, as a person does with the keyboard."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not a continuation
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def pick(qtbot, combo, data) -> None:
    """Move a combo to the item holding `data` with the arrow keys, as a person does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def open_team(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    screen = window.sections["team"]
    assert window.pages.currentWidget() is screen
    return screen


def test_stage_team_with_undo_and_what_the_stage_calls_for(window, qtbot) -> None:
    db = window.context.db
    screen = open_team(qtbot, window)
    assert "Choose the company's stage" in screen.needs.toPlainText()
    choose(qtbot, screen.stage, "Minimum")
    assert team.profile(db).stage == STAGE
    needs = screen.needs.toPlainText()
    assert needs.count("1 missing") == len(stage_roles(STAGE))
    assert "the team lacks this" in needs and "Moving to" in needs  # the next stage, by default
    assert screen.next_stage.currentData() == NEXT

    role = stage_roles(STAGE)[0]

    def fill(dialog) -> None:
        type_chinese(dialog.name, "王磊")
        pick(qtbot, dialog.role, role)
        choose(qtbot, dialog.team_role, "Zhu")  # the mood maker
        assert "mood" in dialog.about.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    screen.view.setFocus()
    step = when_modal(qtbot, fill)
    qtbot.keyClick(screen.view, Qt.Key.Key_Insert)
    step.check()
    members = team.members(db)
    assert [(m.name, m.role_id, m.team_role) for m in members] == [("王磊", role, "mood_maker")]
    needs = screen.needs.toPlainText()
    assert needs.count("1 missing") == len(stage_roles(STAGE)) - 1
    assert screen.model.rowCount() == 1 and screen.model.index(0, 0).data() == "王磊"

    activate(qtbot, window)
    screen.view.setFocus()
    screen.view.selectRow(0)
    qtbot.keyClick(screen.view, Qt.Key.Key_Delete)
    assert team.members(db) == []
    qtbot.keyClick(screen.view, Qt.Key.Key_Z, CTRL)  # undo: back as they were
    assert [(m.id, m.name) for m in team.members(db)] == [(members[0].id, "王磊")]
    qtbot.keyClick(screen.view, Qt.Key.Key_Y, CTRL)  # redo: removed again
    assert team.members(db) == []
    assert db.execute("SELECT COUNT(*) FROM team_members").fetchone()[0] == 0

    screen.values.setFocus()
    type_chinese(screen.values, "诚信第一")
    qtbot.waitUntil(lambda: team.profile(db).values == "诚信第一", timeout=3000)

    choose(qtbot, screen.next_stage, "Mature")  # another stage to compare with
    assert "Moving to Mature team" in screen.needs.toPlainText()


def test_a_position_gets_an_applicant_filters_the_list_and_counts_filled_places(
        window, qtbot, monkeypatch) -> None:
    db = window.context.db
    screen = open_team(qtbot, window)
    tab_bar = screen.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    panel = screen.positions
    role = stage_roles(STAGE)[0]

    def fill(dialog) -> None:
        pick(qtbot, dialog.role, role)
        dialog.places.setFocus()
        dialog.places.selectAll()
        qtbot.keyClicks(dialog.places, "2")
        qtbot.mouseClick(dialog.use_date, Qt.MouseButton.LeftButton)
        dialog.date.setDate(QDate(2026, 6, 30))
        type_chinese(dialog.note, "先跟师傅")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    step = when_modal(qtbot, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    step.check()
    [position] = positions.list_positions(db)
    assert (position.role_id, position.places, position.target_date, position.note) == (
        role, 2, "2026-06-30", "先跟师傅")

    zhang = next(c["id"] for c in candidate_service.list_candidates(db) if c["name"] == "张伟")

    def apply_zhang(dialog) -> None:
        names = [dialog.candidate.itemText(i) for i in range(dialog.candidate.count())]
        assert not any("Other Role" in n for n in names)  # another role's candidate
        combo = dialog.candidate
        combo.setFocus()
        for _ in range(combo.count()):
            qtbot.keyClick(combo, Qt.Key.Key_Up)
        for _ in range(combo.findData(zhang)):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText().startswith("张伟")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    step = when_modal(qtbot, apply_zhang)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    step.check()
    assert positions.position_of(db, zhang) == position.id
    assert panel.table.item(0, 4).text() == "1"  # one applicant
    assert [panel.applied_list.item(i).text() for i in range(panel.applied_list.count())] == [
        "张伟 · New"]

    candidates = window.sections["candidates"]
    candidates.select(zhang)
    qtbot.mouseClick(candidates.pipeline["hired"], Qt.MouseButton.LeftButton)
    window.show_section("team")
    assert (panel.table.item(0, 2).text(), panel.table.item(0, 3).text()) == ("1", "1")
    assert "1 of 2 places filled, 1 open" in panel.applied_title.text()

    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is candidates
    shown = [candidates.model.index(r, 0).data() for r in range(candidates.model.rowCount())]
    assert shown == ["张伟"]
    assert candidates.position.currentData() == position.id

    window.show_section("team")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert positions.get_position(db, position.id).closed
    assert not panel.apply_button.isEnabled() and panel.table.item(0, 6).text() == "Closed"


def test_team_fit_at_assess_uses_the_profile_and_the_team(window, qtbot) -> None:
    db = window.context.db
    team.set_profile(db, stage=STAGE, boss_type="perfectionist", values="数据说话")
    team.add_member(db, "甲", "shop_a", "steady_worker")
    team.add_member(db, "乙", "shop_a", "believer")
    candidate = candidate_service.add_candidate(db, "候选", "shop_a")
    interview = interview_service.start_interview(db, candidate, "shop_a", "Li Na")
    screen = window.sections["interviews"]
    window.show_section("interviews")
    screen.open_interview(interview)
    page = screen.page
    page.show_stage(3)
    assess = page.assess
    assert assess.boss.currentData() == "perfectionist"  # from the company profile
    fit = assess.team_fit
    assert "The team has:" in fit.text() and "数据说话" in fit.text()
    choose(qtbot, assess.team_role, "Zhu")
    assert assess.team_role.currentData() == "mood_maker"
    assert "brings a type the team lacks" in fit.text()
    choose(qtbot, assess.team_role, "Sha")
    assert "already has 1 of this type" in fit.text()
    page.finish()
    assert interview_service.load_interview(db, interview).team_role == "steady_worker"


def test_the_onboarding_plan_from_a_hires_record(window, qtbot) -> None:
    db = window.context.db
    team.add_member(db, "师傅王", "shop_a")
    hired = candidate_service.add_candidate(db, "新人", "shop_a")
    interview = interview_service.start_interview(db, hired, "shop_a", "Li Na")
    interview_service.submit(db, interview, "hire", "")
    debrief.decide(db, hired, "train", "可以培养")
    waiting = candidate_service.add_candidate(db, "等待", "shop_a")
    window.show_section("candidates")
    candidates = window.sections["candidates"]
    candidates.select(waiting)
    assert not candidates.onboarding.button.isVisible()
    candidates.select(hired)
    assert candidates.onboarding.button.isVisible() and candidates.onboarding.button.isEnabled()

    def fill(dialog) -> None:
        assert "师傅王" in dialog.colleagues.text()  # whose work must not overlap
        assert "Three chances" in dialog.practice.toPlainText()
        dialog.mentor.setFocus()
        dialog.mentor.lineEdit().selectAll()
        type_chinese(dialog.mentor.lineEdit(), "师傅王")
        dialog.responsibilities.setFocus()
        type_chinese(dialog.responsibilities, "负责新品详情页")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.pdf_button.isEnabled()
        dialog.reject()

    step = when_modal(qtbot, fill)
    qtbot.mouseClick(candidates.onboarding.button, Qt.MouseButton.LeftButton)
    step.check()
    plan = onboarding.get_plan(db, hired)
    assert plan.mentor == "师傅王" and plan.responsibilities == "负责新品详情页"
    assert plan.review_date > plan.start_date and plan.talks_per_month >= 2
