"""Help ▸ Keyboard shortcuts: every key the window answers to, by where it works.

The table is written here once; tests/gui/test_help.py walks the window's actions and shortcuts
(an interview open, every screen built) and fails when a key works that is not listed here, or
is listed here and works nowhere.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def native(keys: str) -> str:
    """The keys as this system writes them (⌘ on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """A searchable table of the shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter.setPlaceholderText(self.tr("Type to filter (a key or a word)"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What")])
        areas = self.areas()
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (area, keys, what) in enumerate(rows):
            for column, text in enumerate((areas[area], " · ".join(native(k) for k in keys),
                                           what)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, keys)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._apply_filter(self.filter.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def areas(self) -> dict[str, str]:
        return {"window": self.tr("Everywhere"), "roles": self.tr("Roles"),
                "candidates": self.tr("Candidates"), "start": self.tr("Starting an interview"),
                "interview": self.tr("During an interview"), "debrief": self.tr("Panel decision"),
                "team": self.tr("Team")}

    def rows(self) -> list[tuple[str, list[str], str]]:
        """(area, keys in Qt's portable form, what they do), in the window's language."""
        return [
            ("window", ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6"],
             self.tr("Go to Roles, Candidates, Interviews, Compare, Reports or Team")),
            ("window", ["Ctrl+Shift+B"], self.tr("Back up now")),
            ("window", ["Ctrl+Shift+I"], self.tr("Interviewer calibration")),
            ("window", ["F1"], self.tr("This list of keyboard shortcuts")),
            ("window", ["Ctrl+Q"], self.tr("Quit")),
            ("roles", ["Ctrl+F"], self.tr("Search the role library")),
            ("roles", ["Ctrl+N"], self.tr("New role")),
            ("roles", ["Ctrl+D"], self.tr("Duplicate the role")),
            ("roles", ["F2"], self.tr("Edit the role")),
            ("roles", ["Ctrl+Shift+Del"], self.tr("Delete the role")),
            ("roles", ["Ins"], self.tr("Add a question to the role")),
            ("roles", ["Ctrl+E"], self.tr("Edit the question")),
            ("roles", ["Del"], self.tr("Remove the question from the role")),
            ("roles", ["Alt+Up", "Alt+Down"], self.tr("Move the question up / down")),
            ("roles", ["Ctrl+I"], self.tr("Import a question bank file")),
            ("roles", ["Ctrl+Shift+E"], self.tr("Export the whole library to a file")),
            ("roles", ["Ctrl+P"], self.tr("Printable interview kit (PDF) for the role")),
            ("roles", ["Ctrl+Z"], self.tr("Undo")),
            ("roles", ["Ctrl+Shift+Z", "Ctrl+Y"], self.tr("Redo")),
            ("candidates", ["Ctrl+F"], self.tr("Search candidates")),
            ("candidates", ["Ctrl+N"], self.tr("New candidate")),
            ("candidates", ["F2", "Return", "Enter"],
             self.tr("Edit the candidate (a double-click on the row does too)")),
            ("candidates", ["Ctrl+Return"], self.tr("Save the candidate (in its dialog)")),
            ("candidates", ["Ctrl+Z"], self.tr("Undo adding or editing a candidate")),
            ("candidates", ["Ctrl+Shift+Z", "Ctrl+Y"], self.tr("Redo")),
            ("candidates", ["Ctrl+D"], self.tr("Panel decision (debrief) for the candidate")),
            ("start", ["Ctrl+Return"], self.tr("Start the interview")),
            ("team", ["Ins"], self.tr("Add a person to the team")),
            ("team", ["F2"], self.tr("Edit the person")),
            ("team", ["Del"], self.tr("Remove the person from the team")),
            ("team", ["Ctrl+Z"], self.tr("Undo")),
            ("team", ["Ctrl+Shift+Z", "Ctrl+Y"], self.tr("Redo")),
            ("interview", ["Ctrl+]", "Ctrl+["], self.tr("Next / previous stage")),
            ("interview", ["Ctrl+PgDown", "Ctrl+PgUp"],
             self.tr("Next / previous question (on the last question: on to Assess)")),
            ("interview", ["Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5"],
             self.tr("Score the current question 1 to 5")),
            ("interview", ["Alt+0"], self.tr("Clear the question's score")),
            ("interview", ["Ctrl+K"], self.tr("Skip the question (again: not skipped)")),
            ("interview", ["Ctrl+L"], self.tr("To this stage's notes")),
            ("interview", ["Ctrl+Shift+L"], self.tr("To the free notes (at any stage)")),
            ("interview", ["Ctrl+Shift+D"], self.tr("What not to ask: open or close the list")),
            ("interview", ["Ctrl+Return"], self.tr("Submit the scorecard (on Decide)")),
            ("debrief", ["Ctrl+Return", "Ctrl+Enter"], self.tr("Record the panel's decision")),
        ]

    def listed_keys(self) -> set[str]:
        """Every key listed, in Qt's portable form."""
        return {k for row in range(self.table.rowCount())
                for k in self.table.item(row, 1).data(Qt.ItemDataRole.UserRole)}

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = not needle or any(
                needle in self.table.item(row, column).text().casefold() for column in range(3))
            self.table.setRowHidden(row, not shown)
