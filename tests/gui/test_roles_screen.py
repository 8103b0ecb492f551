"""The Roles screen, driven as a user would: browse, search, edit with undo, files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from hiring_app.domain.library import RoleProfile
from hiring_app.storage import roles_repo
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import bank_dict, role_dict, small_library, write_bank
from tests.helpers.gui import prepare_company, type_chinese


def chinese_library():
    library = small_library()
    presale = role_dict("cs_demo", department="customer_service")
    presale["name"] = {"zh": "售前客服专员", "en": "Pre-sale agent", "es": "Agente de preventa"}
    packer = role_dict("wh_demo", department="warehouse")
    packer["name"] = {"zh": "仓库打包员", "en": "Packer", "es": "Empacador"}
    library.roles = [RoleProfile.from_dict(presale), RoleProfile.from_dict(packer)]
    return library


@pytest.fixture
def screen(qtbot, tmp_path: Path):
    create_application()
    folder = prepare_company(tmp_path / "data", chinese_library())
    context = build_context(folder, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    roles = window.sections["roles"]
    yield roles
    window.close()
    context.db.conn.close()


def visible_names(screen) -> list[str]:
    model = screen.filter
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def names_in_db(screen) -> dict[str, str]:
    return {r["id"]: r["name"]["zh"] for r in roles_repo.role_rows(screen.db)}


def question_ids(screen, role_id: str) -> list[str]:
    return [q.id for q in roles_repo.questions_of(screen.db, role_id)]


def test_browse_by_department(screen) -> None:
    assert len(visible_names(screen)) == 2
    screen.department.setCurrentIndex(screen.department.findData("warehouse"))
    assert visible_names(screen) == ["Packer"]
    assert screen.count_label.text() == "1 of 2 roles"
    screen.department.setCurrentIndex(0)
    assert len(visible_names(screen)) == 2


@pytest.mark.parametrize(("typed", "expected"), [
    ("员", ["Pre-sale agent", "Packer"]),  # one character, in both names
    ("包", ["Packer"]),                     # one character
    ("客服", ["Pre-sale agent"]),           # two characters
    ("仓库", ["Packer"]),
    ("preventa", ["Pre-sale agent"]),      # Spanish name, while the UI is English
    ("nothing like this", []),
])
def test_search_finds_short_chinese_terms(screen, typed, expected) -> None:
    screen.search.clear()
    type_chinese(screen.search, typed)
    assert screen.search.text() == typed
    assert visible_names(screen) == expected


def test_selecting_a_role_shows_its_profile_and_questions(screen) -> None:
    screen.select_role("wh_demo")
    assert screen.title.text() == "Packer"
    assert "role wh_demo duty english" in screen.profile.toPlainText()
    from hiring_app.services.library import vocabulary  # the pay model explained, not only named

    pay = vocabulary().lookup("pay_models", "fixed_salary")
    assert pay["description"]["en"] in screen.profile.toPlainText()
    assert screen.questions_model.rowCount() == 6
    screen.questions_view.selectRow(2)
    assert "question wh_demo_q3 listen english" in screen.question_detail.toPlainText()


def test_duplicate_then_undo_and_redo(screen, qtbot) -> None:
    screen.select_role("cs_demo")
    screen.duplicate_action.trigger()
    assert names_in_db(screen)["cs_demo_copy"] == "售前客服专员（副本）"
    assert screen.title.text() == "Pre-sale agent (copy)"
    assert len(question_ids(screen, "cs_demo_copy")) == 6
    row = screen.db.execute("SELECT origin, based_on FROM roles WHERE id='cs_demo_copy'").fetchone()
    assert row == ("user", "cs_demo")
    screen.undo_action.trigger()
    assert "cs_demo_copy" not in names_in_db(screen)
    assert question_ids(screen, "cs_demo") == [f"cs_demo_q{n}" for n in range(1, 7)]
    screen.redo_action.trigger()
    assert "cs_demo_copy" in names_in_db(screen)


def test_reorder_questions_from_the_keyboard_with_undo(screen, qtbot) -> None:
    screen.select_role("cs_demo")
    screen.questions_view.setFocus()
    screen.questions_view.selectRow(0)
    qtbot.keyClick(screen.questions_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert question_ids(screen, "cs_demo")[:2] == ["cs_demo_q2", "cs_demo_q1"]
    assert screen.questions_view.currentIndex().row() == 1
    qtbot.keyClick(screen.questions_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert question_ids(screen, "cs_demo")[:2] == ["cs_demo_q1", "cs_demo_q2"]


def _fill_question_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    fields = dialog.fields["en"]
    fields["text"].setPlainText("Tell me about a refund you <refused> & why")
    fields["listen_for"].setPlainText("Policy first, then empathy")
    for score in ("1", "3", "5"):
        fields[score].setPlainText(f"answer worth {score}")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_add_question_through_the_dialog(screen) -> None:
    screen.select_role("cs_demo")
    screen.questions_view.selectRow(0)
    QTimer.singleShot(0, _fill_question_dialog)
    screen.add_question_action.trigger()
    questions = roles_repo.questions_of(screen.db, "cs_demo")
    assert len(questions) == 7
    added = questions[1]  # inserted after the selected question
    assert added.text["en"] == "Tell me about a refund you <refused> & why"
    assert added.text["zh"] == added.text["en"]  # other languages start from what was typed
    assert added.scoring["5"]["es"] == "answer worth 5"
    screen.undo_action.trigger()
    assert len(roles_repo.questions_of(screen.db, "cs_demo")) == 6


def test_an_incomplete_question_is_not_saved(screen, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    def fill_partly() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.fields["en"]["text"].setPlainText("Only a question, no scoring guide")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        dialog.reject()

    screen.select_role("cs_demo")
    QTimer.singleShot(0, fill_partly)
    screen.add_question_action.trigger()
    assert warnings and "listen for" in warnings[0]
    assert len(roles_repo.questions_of(screen.db, "cs_demo")) == 6


def test_only_own_roles_can_be_deleted(screen, monkeypatch) -> None:
    screen.select_role("cs_demo")
    assert not screen.delete_role_action.isEnabled()
    screen.duplicate_action.trigger()
    assert screen.delete_role_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.delete_role_action.trigger()
    assert "cs_demo_copy" not in names_in_db(screen)
    screen.undo_action.trigger()
    assert len(question_ids(screen, "cs_demo_copy")) == 6


def test_restore_builtin_keeps_own_roles(screen, monkeypatch) -> None:
    monkeypatch.setattr("hiring_app.services.library.load_library", chinese_library)
    screen.select_role("cs_demo")
    screen.duplicate_action.trigger()
    edited = screen.current.copy()
    screen.select_role("wh_demo")
    changed = screen.current.copy()
    changed.role["name"]["zh"] = "改过的名字"
    del changed.questions[0]
    screen.change("wh_demo", changed, "edit")
    assert names_in_db(screen)["wh_demo"] == "改过的名字"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.restore_action.trigger()
    assert names_in_db(screen)["wh_demo"] == "仓库打包员"
    assert len(question_ids(screen, "wh_demo")) == 6
    assert edited.role["id"] in names_in_db(screen)
    assert not screen.undo_stack.canUndo()


def test_export_and_import_files(screen, monkeypatch, tmp_path: Path) -> None:
    exported = tmp_path / "all.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    screen.export_all_action.trigger()
    assert "cs_demo" in exported.read_text(encoding="utf-8")

    incoming = write_bank(tmp_path / "new.yaml", bank_dict(role_dict("new_role")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(incoming), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    screen.import_action.trigger()
    assert "new_role" in names_in_db(screen)
    assert screen.current_role_id == "new_role"


def test_a_broken_import_changes_nothing_and_says_why(screen, monkeypatch, tmp_path) -> None:
    bad = bank_dict(role_dict("good_one"), role_dict("bad_one"))
    bad["roles"][1]["department"] = "no_such_department"
    path = write_bank(tmp_path / "bad.yaml", bad)
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.detailedText())))
    before = json.dumps(roles_repo.role_rows(screen.db), ensure_ascii=False)
    screen.import_action.trigger()
    assert json.dumps(roles_repo.role_rows(screen.db), ensure_ascii=False) == before
    assert "no_such_department" in shown[0][0] and "bad.yaml" in shown[0][0]


def test_edit_the_verdict_fields_of_a_role_and_a_knockout_question(screen) -> None:
    def fill_role() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.family.setCurrentIndex(dialog.family.findData("manager"))
        dialog.attitude_threshold.setValue(3.5)
        dialog.ability_floor.setValue(2.5)
        dialog.min_answers.setValue(4)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    screen.select_role("cs_demo")
    QTimer.singleShot(0, fill_role)
    screen.edit_role_action.trigger()
    role = roles_repo.get_role(screen.db, "cs_demo")
    assert role.family == "manager"
    assert (role.thresholds.attitude, role.thresholds.ability_floor,
            role.thresholds.min_answers) == (3.5, 2.5, 4)
    assert role.threshold_reason is not None  # the reason the role came with is kept
    assert "Manager (leads people)" in screen.profile.toPlainText()

    def tick_knockout() -> None:
        dialog = QApplication.activeModalWidget()
        assert not dialog.knockout.isChecked()
        dialog.knockout.setChecked(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    screen.questions_view.selectRow(0)
    QTimer.singleShot(0, tick_knockout)
    screen.edit_question_action.trigger()
    assert roles_repo.get_role(screen.db, "cs_demo").knockout_questions() == {"cs_demo_q1"}
    assert "Knock-out question" in screen.question_detail.toPlainText()
    assert "knock-out" in screen.questions_model.index(0, 2).data()


@pytest.mark.parametrize("language", ["es", "en", "zh"])
def test_the_question_keeps_room_to_be_read_on_a_laptop(screen, qtbot, language) -> None:
    """At 1024×700 the questions pane is narrow: the question's text is the widest column, the
    others show their words whole (wrapped rather than cut), nothing is pushed out of sight
    sideways, and rows grow to fit their text."""
    window = screen.window()
    window.set_language(language)
    window.resize(1024, 700)
    screen.select_role("wh_demo")
    screen.tabs.setCurrentIndex(1)
    view = screen.questions_view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() < 600)
    view.fit()
    header, model = view.horizontalHeader(), view.model()
    others = sum(header.sectionSize(c) for c in range(model.columnCount()) if c != 1)
    assert header.sectionSize(1) > max(header.sectionSize(c) for c in (0, 2, 3, 4))
    assert header.sectionSize(1) + others <= view.viewport().width() + 1
    metrics = view.fontMetrics()
    for column in (2, 3):
        for row in range(model.rowCount()):
            for word in (model.index(row, column).data() or "").split():
                assert metrics.horizontalAdvance(word) < header.sectionSize(column), word
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(heading) < header.sectionSize(column)
    assert view.rowHeight(0) >= view.sizeHintForIndex(model.index(0, 1)).height() - 2


@pytest.mark.parametrize("language", ["es", "en", "zh"])
def test_role_names_are_read_whole_on_a_laptop(screen, qtbot, language) -> None:
    """At 1024×700 a long role name wraps inside its row instead of ending in "…": every word of
    every name and department fits its column, each row is as tall as its wrapped name, and the
    three columns together fit the list's width (nothing pushed out of sight sideways)."""
    window = screen.window()
    window.set_language(language)
    long_name = {"zh": "直通车、引力魔方与万相台付费推广专员（多店铺统一投放与复盘）",
                 "en": "Paid search and display advertising specialist for several shops",
                 "es": "Especialista en publicidad de búsqueda pagada para varias tiendas"}
    role = role_dict("ads_demo", department="customer_service")
    role["name"] = long_name
    roles_repo.save_role(screen.db, RoleProfile.from_dict(role))
    screen.reload()
    window.resize(1024, 700)
    view = screen.roles_view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() < 500)
    view.fit()
    header, model = view.horizontalHeader(), view.model()
    assert sum(header.sectionSize(c) for c in range(model.columnCount())) \
        <= view.viewport().width() + 1
    metrics = view.fontMetrics()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = rows[long_name[language]]
    for column in (0, 1) if language != "zh" else ():  # Chinese breaks between any characters
        for r in range(model.rowCount()):
            for word in (model.index(r, column).data() or "").split():
                assert metrics.horizontalAdvance(word) < header.sectionSize(column), word
    name_width = metrics.horizontalAdvance(long_name[language])
    assert name_width > header.sectionSize(0), "the test's name must need wrapping"
    assert view.rowHeight(row) >= 2 * metrics.height()
    assert view.textElideMode() == Qt.TextElideMode.ElideNone


def test_the_roles_table_shows_what_its_model_says(screen) -> None:
    """The table asks each cell for everything at once (multiData): what it shows, and in
    which font, is what the model says of that cell one question at a time."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

    view = screen.roles_view
    model = view.model()
    roles = [Qt.ItemDataRole(r) for r in (0, 1, 3, 6, 7, 8, 9, 10, 13)]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                asked = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(asked))
                assert asked.data() == index.data(role), (row, column, role)
