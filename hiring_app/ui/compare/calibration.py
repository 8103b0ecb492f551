"""View ▸ Interviewer calibration…: how each interviewer's scores compare with their colleagues' on
the same candidates, lenient and harsh scorers marked in colour and in words
(services/calibration.py decides; domain/calibration.py holds the rule)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.calibration import (
    HARSH,
    LEANING_GAP,
    LENIENT,
    MIN_SHARED,
    DimensionCalibration,
    InterviewerCalibration,
    anything_shared,
)
from hiring_app.domain.matrix import ABILITY, ATTITUDE, DIMENSIONS
from hiring_app.services.calibration import calibration
from hiring_app.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
NAME, SHARED, ATTITUDE_COLUMN, ABILITY_COLUMN, LEANING = range(5)
# Rows of flagged interviewers: a background for the row, a darker text for the words.
BACKGROUNDS = {LENIENT: QColor("#fbe3d6"), HARSH: QColor("#dce8f7")}
INKS = {LENIENT: QColor("#8a3c00"), HARSH: QColor("#1c4587")}
SORT_ROLE = Qt.ItemDataRole.UserRole


def counted_apart(row: InterviewerCalibration, dimension: DimensionCalibration) -> bool:
    """Whether a dimension was compared on fewer candidates than the row's shared ones."""
    return dimension.difference is not None and dimension.shared != row.shared


class CalibrationModel(QAbstractTableModel):
    """One row per interviewer, in the service's order (flagged first, then the largest
    difference); the view sorts by any column on a click of its heading."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[InterviewerCalibration] = []

    def set_rows(self, rows: list[InterviewerCalibration]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headings(self) -> list[str]:
        return [self.tr("Interviewer"), self.tr("Shared candidates"),
                self.tr("Attitude ±"), self.tr("Ability ±"), self.tr("Leaning")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def leaning_text(self, row: InterviewerCalibration) -> str:
        if row.flagged:
            words = {(ATTITUDE, LENIENT): self.tr("Lenient on attitude"),
                     (ATTITUDE, HARSH): self.tr("Harsh on attitude"),
                     (ABILITY, LENIENT): self.tr("Lenient on ability"),
                     (ABILITY, HARSH): self.tr("Harsh on ability")}
            return " · ".join(words[leaning] for leaning in row.leanings)
        if row.enough_shared:
            return self.tr("In line with colleagues")
        return self.tr("Fewer than {count} shared candidates").format(count=MIN_SHARED)

    def _difference(self, row: InterviewerCalibration, column: int) -> DimensionCalibration:
        return row.attitude if column == ATTITUDE_COLUMN else row.ability

    def _display(self, row: InterviewerCalibration, column: int) -> str:
        if column == NAME:
            return row.interviewer
        if column == SHARED:
            return str(row.shared)
        if column == LEANING:
            return self.leaning_text(row)
        dimension = self._difference(row, column)
        if counted_apart(row, dimension):
            return f"{dimension.shown} ({dimension.shared})"
        return dimension.shown

    def _tooltip(self, row: InterviewerCalibration, column: int) -> str | None:
        if column == SHARED:
            return self.tr("{shared} of the {candidates} candidates {name} scored were also "
                           "scored by a colleague").format(
                shared=row.shared, candidates=row.candidates, name=row.interviewer)
        if column in (ATTITUDE_COLUMN, ABILITY_COLUMN):
            dimension = self._difference(row, column)
            if dimension.difference is None:
                return self.tr("No colleague scored this on the same candidates")
            return self.tr("Mean difference from colleagues over {count} candidate(s)").format(
                count=dimension.shared)
        return self._display(row, column)

    def _leaning(self, row: InterviewerCalibration) -> str | None:
        """The row's colour: lenient or harsh (lenient when it is both, on two dimensions)."""
        leanings = [leaning for _dimension, leaning in row.leanings]
        return LENIENT if LENIENT in leanings else (HARSH if leanings else None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_value(index.row(), row, column)
        leaning = self._leaning(row)
        if role == Qt.ItemDataRole.BackgroundRole and leaning:
            return BACKGROUNDS[leaning]
        if role == Qt.ItemDataRole.ForegroundRole and leaning and self._marked(row, column):
            return INKS[leaning]
        if role == Qt.ItemDataRole.FontRole and leaning and self._marked(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                SHARED, ATTITUDE_COLUMN, ABILITY_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _marked(self, row: InterviewerCalibration, column: int) -> bool:
        """The cells that say why a row is marked: the leaning, and the flagged differences."""
        if column == LEANING:
            return True
        return column in (ATTITUDE_COLUMN, ABILITY_COLUMN) and bool(
            self._difference(row, column).leaning)

    def _sort_value(self, position: int, row: InterviewerCalibration, column: int) -> Any:
        if column == NAME:
            return row.interviewer.casefold()
        if column == SHARED:
            return row.shared
        if column == LEANING:
            return position  # flagged first, as the service orders them
        difference = self._difference(row, column).difference
        return float("-inf") if difference is None else difference

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 5):
            return self.headings()[section]
        return None


class CalibrationDialog(QDialog):
    """Read when opened: the whole company's submitted scorecards, compared."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.context = context
        self.model = CalibrationModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("calibrationTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LEANING, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.table.setSortingEnabled(True)
        self.empty = QLabel(wordWrap=True)
        self.empty.setObjectName("calibrationEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#555; font-size: 11pt; padding: 24px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setObjectName("calibrationExplanation")
        self.explanation.setStyleSheet("color:#444;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 360)
        self.resize(860, 540)
        context.changes.changed.connect(self._data_changed)
        self.refresh()
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def refresh(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = calibration(self.context.db)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows(rows)
        self.pages.setCurrentWidget(self.table if anything_shared(rows) else self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Interviewer calibration"))
        self.empty.setText(self.tr(
            "No candidate has scorecards from two interviewers yet.\n\nWhen two or more "
            "interviewers each submit a scorecard for the same candidate, this shows how each "
            "one's scores compare with the others'."))
        text = self.tr(
            "Each difference is the interviewer's score (1–5) minus the mean of the other "
            "interviewers on the same candidate, averaged over the candidates they share: above "
            "zero they score higher than their colleagues, below zero lower. A difference of "
            "±{gap} or more over at least {count} shared candidates is flagged: orange rows "
            "lenient, blue rows harsh.").format(gap=f"{LEANING_GAP:.2f}", count=MIN_SHARED)
        if any(counted_apart(row, row.dimension(d)) for row in self.model.rows
               for d in DIMENSIONS):
            text += "\n" + self.tr("A number in brackets: that dimension was compared on only "
                                  "that many of the shared candidates.")
        self.explanation.setText(text)
        self.explanation.setVisible(self.pages.currentWidget() is self.table)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def _data_changed(self, what) -> None:
        if {"candidates", "interviews"} & set(what):
            self.refresh()
