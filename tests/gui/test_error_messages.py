"""A mistake the core refuses, made in the window, is explained in the window's language: the
box a Chinese user sees is Chinese, a Spanish user's Spanish, and nothing was changed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.storage import roles_repo
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.gui.test_roles_screen import chinese_library
from tests.helpers.gui import prepare_company

HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"\b(the|is|has|cannot|does|not|look|like|folder|give)\b")


@pytest.fixture
def open_window(qtbot, tmp_path: Path):
    """open_window(language): the main window over a small company, in that language."""
    create_application()
    opened = []

    def open_in(language: str) -> MainWindow:
        folder = prepare_company(tmp_path / f"data-{language}", chinese_library())
        context = build_context(folder, language)
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        opened.append(window)
        return window

    yield open_in
    for window in opened:
        window.close()
        window.context.db.conn.close()
    if opened:
        opened[-1].context.translations.install("en")  # the next test starts in English


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    """The (title, text) of every warning box the window shows."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def _delete_a_role_that_has_a_candidate(window: MainWindow) -> str:
    roles = window.sections["roles"]
    window.show_section("roles")
    roles.select_role("cs_demo")
    roles.duplicate_action.trigger()  # the user's own copy, which may be deleted
    copy_id = roles.current_role_id
    assert copy_id != "cs_demo" and roles.delete_role_action.isEnabled()
    candidate_service.add_candidate(window.context.db, "王芳", copy_id)
    roles.delete_role_action.trigger()
    return copy_id


def test_a_refused_deletion_on_the_roles_screen_is_explained_in_chinese(open_window,
                                                                       warnings) -> None:
    window = open_window("zh")
    copy_id = _delete_a_role_that_has_a_candidate(window)
    assert len(warnings) == 1
    title, text = warnings[0]
    assert HAN.search(title) and HAN.search(text), warnings
    assert not ENGLISH.search(text), text
    assert copy_id in text and "1 位候选人" in text and "不能删除" in text
    assert roles_repo.get_role(window.context.db, copy_id) is not None  # nothing was changed


def test_the_same_refusal_in_spanish_and_in_english(open_window, warnings) -> None:
    window = open_window("es")
    copy_id = _delete_a_role_that_has_a_candidate(window)
    assert warnings[-1][1] == (f"El puesto '{copy_id}' tiene 1 candidato; no se puede eliminar "
                               "(no se ha cambiado nada)")
    window.set_language("en")  # the window switches language: so do its messages
    window.sections["roles"].delete_role_action.trigger()
    assert warnings[-1][1] == (f"The role '{copy_id}' has 1 candidate; it cannot be deleted "
                               "(nothing was changed)")


def test_a_mistyped_email_when_starting_an_interview_is_explained_in_chinese(
        open_window, warnings, qtbot) -> None:
    window = open_window("zh")
    window.show_section("interviews")
    start = window.sections["interviews"].start_page
    start.new_radio.setChecked(True)
    start.interviewer.setEditText("李经理")
    start.name.setText("张伟")
    start.email.setText("zhang.wei@")
    start.role.setCurrentIndex(max(start.role.findData("cs_demo"), 0))
    QTest.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    _title, text = warnings[0]
    assert text == "“zhang.wei@”看起来不像电子邮箱地址。请检查后再试。"
    assert candidate_service.list_candidates(window.context.db) == []  # nobody was added


def test_a_folder_chosen_as_the_pdf_is_explained_in_chinese(open_window, warnings, monkeypatch,
                                                             tmp_path) -> None:
    window = open_window("zh")
    folder = tmp_path / "kit.pdf"
    folder.mkdir()  # a folder that looks like a file name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder), ""))
    roles = window.sections["roles"]
    window.show_section("roles")
    roles.select_role("cs_demo")
    roles.files.export_kit()
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "导出失败" and text == f"{folder} 是一个文件夹。请给出以 .pdf 结尾的文件名。"
