"""Open positions, in the Team section: each with its places filled and open, who applied; open a
position, let a candidate apply, close one, or see its candidates in the Candidates list."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.codes import Status
from hiring_app.services import candidates as candidate_service
from hiring_app.services import positions as position_service
from hiring_app.ui import operations
from hiring_app.ui.labels import Labels
from hiring_app.ui.team.dialogs import ApplyDialog, PositionDialog

POSITION_ID = Qt.ItemDataRole.UserRole


class PositionsPanel(QWidget):
    showCandidates = Signal(int)  # position id: the Candidates list filtered by it

    def __init__(self, screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.context = screen.context
        self.labels = Labels(self)
        self.positions: list = []
        self.applicants: dict[int, list[dict]] = {}
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("positionsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPosition")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyToPosition")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closePosition")
        self.show_button = QPushButton()
        self.show_button.setObjectName("showPositionCandidates")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.apply_button, self.close_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.applied_title = QLabel()
        self.applied_list = QListWidget()
        self.applied_list.setObjectName("positionApplicants")
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("positionNoteShown")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.applied_title)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.applied_list, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        self.add_button.clicked.connect(self.add_position)
        self.apply_button.clicked.connect(self.apply_candidate)
        self.close_button.clicked.connect(self.close_position)
        self.show_button.clicked.connect(self._show_candidates)
        self.table.itemSelectionChanged.connect(self._render_applicants)

    # --- reading and showing -------------------------------------------------------------------
    def reload(self) -> None:
        db = self.context.db
        self.positions = position_service.list_positions(db)
        self.applicants = {p.id: position_service.applicants(db, p.id) for p in self.positions}
        self.render()

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(POSITION_ID) if item is not None else None

    def current(self):
        wanted = self.current_id()
        return next((p for p in self.positions if p.id == wanted), None)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("New position…"))
        self.apply_button.setText(self.tr("A candidate applies…"))
        self.close_button.setText(self.tr("Close position"))
        self.show_button.setText(self.tr("Show in Candidates"))
        self.show_button.setToolTip(self.tr("The Candidates list, filtered by this position"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Places"), self.tr("Filled"), self.tr("Open"),
            self.tr("Applicants"), self.tr("Target date"), self.tr("State")])
        self.render()

    def render(self) -> None:
        keep = self.current_id()
        names = self.screen.role_names
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.positions))
        for row, p in enumerate(self.positions):
            state = self.tr("Closed") if p.closed else self.tr("Open")
            cells = [names.get(p.role_id or "", p.role_id or "—"), str(p.places), str(p.filled),
                     str(p.open_places), str(p.applied), p.target_date or "—", state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(POSITION_ID, p.id)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if p.closed:
                    item.setForeground(Qt.GlobalColor.gray)
                if p.note:
                    item.setToolTip(p.note)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        rows = [i for i, p in enumerate(self.positions) if p.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        elif self.positions:
            self.table.selectRow(0)
        self._render_applicants()

    def _render_applicants(self) -> None:
        position = self.current()
        for button in (self.apply_button, self.show_button):
            button.setEnabled(position is not None)
        self.close_button.setEnabled(position is not None and not position.closed)
        self.apply_button.setEnabled(position is not None and not position.closed)
        self.applied_list.clear()
        if position is None:
            self.applied_title.setText(self.tr("No position selected"))
            self.note.clear()
            return
        role = self.screen.role_names.get(position.role_id or "", position.role_id or "—")
        self.applied_title.setText(self.tr(
            "{role}: {filled} of {places} places filled, {open} open").format(
            role=role, filled=position.filled, places=position.places, open=position.open_places))
        self.note.setText(position.note)
        self.note.setVisible(bool(position.note))
        for candidate in self.applicants.get(position.id, []):
            item = QListWidgetItem("{} · {}".format(candidate["name"],
                                                    self.labels("status", candidate["status"])))
            if candidate["status"] == Status.HIRED:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.applied_list.addItem(item)

    # --- changing ------------------------------------------------------------------------------
    def add_position(self) -> None:
        dialog = PositionDialog(self.screen.roles, self.context.language,
                                self.screen.stage_roles(), parent=self)
        if dialog.exec():
            role_id, places, target, note = dialog.values()
            outcome = operations.run(self, self.context, self.tr("Cannot open the position"),
                                     position_service.add_position, role_id, places, target, note)
            if outcome.ok:
                self.reload()
                rows = [i for i, p in enumerate(self.positions) if p.id == outcome.value]
                if rows:
                    self.table.selectRow(rows[0])
        dialog.deleteLater()

    def apply_candidate(self) -> None:
        position = self.current()
        if position is None or position.closed:
            return
        applied = {a["id"] for a in self.applicants.get(position.id, [])}
        names = self.screen.role_names
        choices = [(c["id"], "{} · {}".format(c["name"], names.get(c["role_id"] or "", "—")))
                   for c in reversed(candidate_service.list_candidates(self.context.db))
                   if c["id"] not in applied and c["role_id"] in (None, position.role_id)]
        if not choices:
            QMessageBox.information(self, self.tr("A candidate applies"), self.tr(
                "Every candidate for this role has applied already. Add candidates when you "
                "start an interview."))
            return
        dialog = ApplyDialog(choices, self)
        if dialog.exec() and dialog.chosen() is not None:
            operations.run(self, self.context, self.tr("Cannot apply"),
                           position_service.apply_to, dialog.chosen(), position.id)
        dialog.deleteLater()

    def close_position(self) -> None:
        position = self.current()
        if position is None or position.closed:
            return
        answer = QMessageBox.question(self, self.tr("Close position"), self.tr(
            "Close this position? It takes no more applicants; its candidates stay."))
        if answer == QMessageBox.StandardButton.Yes:
            operations.run(self, self.context, self.tr("Cannot close the position"),
                           position_service.close_position, position.id)

    def _show_candidates(self) -> None:
        position_id = self.current_id()
        if position_id is not None:
            self.showCandidates.emit(position_id)
