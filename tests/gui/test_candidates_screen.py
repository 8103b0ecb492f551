"""The Candidates screen: the model passes Qt's model tests; search, filters, sorting, record,
pipeline, delete and choosing candidates to compare, driven through the widgets."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.services import debrief
from hiring_app.services import interviews as interview_service
from hiring_app.storage import backups
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company, type_chinese

PEOPLE = [  # name, role, channel, score, note
    ("王小明", "shop_a", "referral", 5, "熟悉千牛，转化率高"),
    ("李娜", "shop_a", "campus", 2, "回答比较笼统"),
    ("张伟", "shop_b", "job_fair", 4, "打包速度快"),
    ("Ana López", "shop_b", "online_board", 3, "calm under pressure"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = prepare_company(tmp_path / "data", small_library())
    opened = open_database(folder)
    db = opened.db
    for name, role, channel, score, note in PEOPLE:
        candidate = candidate_service.add_candidate(db, name, role, channel)
        interview = interview_service.start_interview(db, candidate, role, "面试官甲")
        answers = interview_service.load_interview(db, interview).answers
        interview_service.apply_changes(db, interview, {"free_notes": note},
                                        {a.question_id: {"score": score} for a in answers})
        decision = "hire" if score >= 4 else "reject"
        interview_service.submit(db, interview, decision, note)
        debrief.decide(db, candidate, decision, note)  # the debrief's decision
    candidate_service.add_candidate(db, "赵六", "shop_a", "friends")  # not interviewed yet
    opened.db.conn.close()
    return folder


@pytest.fixture
def screen(qtbot, folder):
    create_application()
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("candidates")
    yield window.sections["candidates"]
    window.close()
    context.db.conn.close()


def names(screen) -> list[str]:
    model = screen.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_model_passes_qt_model_tests(screen, qtmodeltester) -> None:
    qtmodeltester.check(screen.model)
    screen.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(screen.model)


@pytest.mark.parametrize(("typed", "expected"), [
    ("王", ["王小明"]),                      # one character of a name
    ("千牛", ["王小明"]),                    # two characters, in interview notes
    ("笼", ["李娜"]),                        # one character, in notes
    ("pressure", ["Ana López"]),
])
def test_search_names_and_notes(screen, typed, expected) -> None:
    type_chinese(screen.search, typed)
    assert names(screen) == expected
    assert screen.count.text() == f"{len(expected)} of 5 candidates"


def test_filters_by_role_status_quadrant_and_channel(screen) -> None:
    screen.role.setCurrentIndex(screen.role.findData("shop_b"))
    assert sorted(names(screen)) == ["Ana López", "张伟"]
    screen.role.setCurrentIndex(0)
    screen.status.setCurrentIndex(screen.status.findData("new"))
    assert names(screen) == ["赵六"]
    screen.status.setCurrentIndex(0)
    screen.quadrant.setCurrentIndex(screen.quadrant.findData("hire_first"))
    assert sorted(names(screen)) == ["张伟", "王小明"]
    screen.quadrant.setCurrentIndex(0)
    screen.channel.setCurrentIndex(screen.channel.findData("campus"))
    assert names(screen) == ["李娜"]


def test_sorting_by_a_column_puts_empty_values_last(screen, qtbot) -> None:
    column = 5  # attitude
    screen.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert names(screen) == ["王小明", "张伟", "Ana López", "李娜", "赵六"]
    screen.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert names(screen) == ["李娜", "Ana López", "张伟", "王小明", "赵六"]


def test_record_pipeline_and_history(screen) -> None:
    screen.search.setText("王小明")
    screen.view.selectRow(0)
    record = screen.record.toPlainText()
    assert "面试官甲" in record and "熟悉千牛" in record and "Decided" in record
    screen.pipeline["hired"].click()
    db = screen.context.db
    candidate = next(c for c in candidate_service.list_candidates(db) if c["name"] == "王小明")
    assert candidate["status"] == "hired"
    history = candidate_service.status_history(db, candidate["id"])
    assert [h["status"] for h in history][-1] == "hired"
    assert "Hired" in screen.record.toPlainText()


def answer_box(monkeypatch, button_text: str, seen: list[str]) -> None:
    """Answer the next custom message boxes by clicking the button with this text."""
    def fake_exec(box):
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_erase_asks_first_removes_every_trace_and_offers_the_old_backups(screen, qtbot,
                                                                        monkeypatch) -> None:
    context = screen.context
    made = screen.window().daily_backup  # made beside the window once it is up
    qtbot.waitUntil(lambda: made.started and made.wait(0))
    held = backups.list_backups(context.data_dir)
    assert [b.kind for b in held] == ["auto"]  # today's, made when the app started
    screen.search.setText("李娜")
    screen.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    screen.delete_button.click()
    assert names(screen) == ["李娜"]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[str] = []
    answer_box(monkeypatch, "Delete these backups", seen)
    screen.delete_button.click()
    assert names(screen) == []
    db = context.db
    assert db.execute("SELECT COUNT(*) FROM interviews i JOIN candidates c ON c.id = "
                      "i.candidate_id WHERE c.name = '李娜'").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM answers WHERE notes LIKE '%笼统%'").fetchone()[0] == 0
    # The backup made before the erasure was named to the user, who chose to delete it.
    assert len(seen) == 1 and held[0].path.name in seen[0]
    assert backups.list_backups(context.data_dir) == []
    for suffix in ("", "-wal"):
        path = Path(str(context.db_path) + suffix)
        if path.exists():
            assert "李娜".encode() not in path.read_bytes(), path.name


def test_compare_needs_two_to_twenty(screen, qtbot) -> None:
    screen.view.selectRow(0)
    assert not screen.compare_button.isEnabled()
    screen.view.selectAll()
    assert screen.compare_button.isEnabled()
    with qtbot.waitSignal(screen.compareRequested) as signal:
        screen.compare_button.click()
    assert len(signal.args[0]) == 5


def test_column_layout_is_remembered(qtbot, folder) -> None:
    create_application()
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    header = window.sections["candidates"].view.horizontalHeader()
    header.moveSection(9, 0)
    header.resizeSection(1, 211)
    window.close()
    context.db.conn.close()
    context = build_context(folder, "en")
    again = MainWindow(context)
    qtbot.addWidget(again)
    header = again.sections["candidates"].view.horizontalHeader()
    assert header.visualIndex(9) == 0 and header.sectionSize(1) == 211
    again.close()
    context.db.conn.close()


def test_compare_ranks_highlights_and_leads_back_to_the_record(qtbot, folder) -> None:
    create_application()
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("candidates")
    candidates, compare = window.sections["candidates"], window.sections["compare"]
    candidates.status.setCurrentIndex(candidates.status.findData("decided"))
    candidates.view.selectAll()
    candidates.compare_button.click()
    assert window.pages.currentWidget() is compare
    model = compare.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "#1 王小明" and headers[-1] == "#4 李娜"
    total = next(r for r, row in enumerate(model.comparison.rows) if row.key == "weighted_total")
    assert model.data(model.index(total, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(total, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(total, 0)) == "5.0"
    assert len(compare.chart.points) == 4
    qtmodel_names = {p.label for p in compare.chart.points}
    assert qtmodel_names == {"王小明", "李娜", "张伟", "Ana López"}
    candidates.search.setText("nobody matches this")  # the record is found even when filtered
    compare.chart.pointClicked.emit(compare.chart.points[0].key)
    assert window.pages.currentWidget() is candidates
    assert candidates.current_id == compare.chart.points[0].key
    window.close()
    context.db.conn.close()


def test_hidden_screens_read_when_shown_and_catch_up_on_changes(qtbot, folder) -> None:
    create_application()
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("roles")
    candidates = window.sections["candidates"]
    assert candidates.model.rowCount() == 0  # not read at start-up: nobody is looking
    window.show_section("candidates")
    assert candidates.model.rowCount() == 5
    window.show_section("roles")
    candidate_service.add_candidate(context.db, "新来的", "shop_a")
    context.changes.changed.emit({"candidates"})
    assert candidates.model.rowCount() == 5  # hidden: nothing read yet
    window.show_section("candidates")
    assert candidates.model.rowCount() == 6
    window.close()
    context.db.conn.close()
