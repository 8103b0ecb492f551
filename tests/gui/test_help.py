"""Help: the keyboard shortcut reference lists exactly the keys the window answers to, F1 opens
it, and Qt's own dialogs speak the window's language."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.candidates.debrief import DebriefDialog
from hiring_app.ui.main_window import SECTION_IDS, MainWindow
from hiring_app.ui.shortcuts import ShortcutsDialog
from tests.helpers.banks import small_library
from tests.helpers.gui import activate, prepare_company


@pytest.fixture
def window(qtbot, tmp_path: Path):
    create_application()
    context = build_context(prepare_company(tmp_path / "data", small_library()), "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    activate(qtbot, window)
    yield window
    window.close()
    context.translations.install("en")
    context.db.conn.close()


def _keys_of(widget) -> set[str]:
    """Every shortcut of the widget and its children, in Qt's portable form."""
    sequences: list[QKeySequence] = []
    for action in [*widget.actions(), *widget.findChildren(QAction)]:
        sequences += action.shortcuts()
    sequences += [s.key() for s in widget.findChildren(QShortcut)]
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences
            if not s.isEmpty()}


def test_the_reference_lists_every_key_that_works_and_no_other(window, qtbot) -> None:
    db = window.context.db
    candidate = candidate_service.add_candidate(db, "Keys", "shop_a")
    for section in SECTION_IDS:  # every screen built
        window.show_section(section)
    interview = interview_service.start_interview(db, candidate, "shop_a", "Wang Fang")
    window.sections["interviews"].open_interview(interview)
    debrief = DebriefDialog(window.context, candidate, window)
    working = _keys_of(window) | _keys_of(debrief)
    debrief.deleteLater()

    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = dialog.listed_keys()
    assert working - listed == set(), "keys that work but are not in Help ▸ Keyboard shortcuts"
    assert listed - working == set(), "keys listed in Help that do nothing"


def test_the_reference_is_searchable_and_speaks_the_window_language(window, qtbot) -> None:
    window.set_language("zh")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog.windowTitle() == "键盘快捷键"
    qtbot.keyClicks(dialog.filter, "Ctrl+K")
    shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert len(shown) == 1 and "跳过" in dialog.table.item(shown[0], 2).text()
    window.set_language("es")  # Qt tells every open window
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Atajos de teclado")


def test_a_text_missing_from_every_catalogue_keeps_its_own_words(window) -> None:
    window.set_language("zh")
    assert QApplication.translate("Nowhere", "&Not translated anywhere") == (
        "&Not translated anywhere")
    assert QApplication.translate("Nowhere", "Plain and untranslated") == (
        "Plain and untranslated")


@pytest.mark.parametrize("language", ["zh", "es"])
def test_qt_file_dialog_has_no_english_labels(window, language: str) -> None:
    window.set_language(language)
    dialog = QFileDialog(window, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)
              if label.text()]
    dialog.deleteLater()
    english = {"Look in:", "File name:", "Files of type:"}
    assert labels and not english & set(labels), labels
    QApplication.processEvents()
