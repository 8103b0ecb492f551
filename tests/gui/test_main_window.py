"""The main window: sections, language switching remembered, window size remembered."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.fonts import CJK_FAMILY
from hiring_app.ui.main_window import SECTION_IDS, MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    create_application()
    contexts = []

    def make(language: str | None = None, folder: Path = tmp_path / "data") -> MainWindow:
        context = build_context(folder, language)
        contexts.append(context)
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        return window

    yield make
    for context in contexts:
        context.translations.install("en")
        context.db.conn.close()


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_window_has_the_six_sections_in_english(make_window) -> None:
    window = make_window("en")
    assert nav_texts(window) == ["Roles", "Candidates", "Interviews", "Compare", "Reports",
                                 "Team"]
    assert window.windowTitle() == "Hiring Assistant"


def test_window_speaks_chinese_and_spanish(make_window) -> None:
    window = make_window("zh")
    assert window.windowTitle() == "招聘面试助手"
    assert nav_texts(window)[0] == "岗位库"
    window.set_language("es")
    assert window.windowTitle() == "Asistente de contratación"
    assert nav_texts(window)[1] == "Candidatos"


def test_language_chosen_from_the_menu_is_remembered(make_window, tmp_path: Path) -> None:
    window = make_window("en")
    window.language_menu.actions()[0].trigger()  # 中文
    assert window.windowTitle() == "招聘面试助手"
    window.close()
    window.context.db.conn.close()
    again = make_window(None)  # no --lang: the remembered choice wins over the system language
    assert again.context.language == "zh"
    assert again.windowTitle() == "招聘面试助手"


def test_keyboard_shortcuts_switch_sections(make_window, qtbot) -> None:
    window = make_window("en")
    with qtbot.waitActive(window):
        window.activateWindow()
    for index, section_id in enumerate(SECTION_IDS):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == index, section_id


def test_window_size_and_section_are_remembered(make_window) -> None:
    window = make_window("en")
    window.resize(760, 540)
    window.show_section("compare")
    window.close()
    window.context.db.conn.close()
    again = make_window("en")
    assert (again.width(), again.height()) == (760, 540)
    assert again.pages.currentWidget() is again.sections["compare"]


def test_bundled_chinese_font_is_registered(qapp) -> None:
    create_application()
    assert CJK_FAMILY in QFontDatabase.families()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(CJK_FAMILY)
    assert CJK_FAMILY in qapp.font().families()


def test_what_an_earlier_run_left_is_cleared_once_the_window_is_up(make_window, qtbot,
                                                                    tmp_path: Path) -> None:
    """The start-up chores run after the first paint, before work starts: an erasure whose
    clearing could not finish is finished."""
    from hiring_app.services import privacy
    from hiring_app.storage import settings
    from hiring_app.storage.database import open_database

    folder = tmp_path / "data"
    opened = open_database(folder)
    settings.set_value(opened.db, privacy.TRACES_KEY, 1)
    opened.db.conn.close()
    window = make_window("en", folder)
    qtbot.waitUntil(lambda: settings.get_value(window.context.db, privacy.TRACES_KEY) is None)
    assert not window.context.chores_due
