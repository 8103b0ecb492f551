"""Compare: 2 to 20 candidates side by side, ranked, the best value of each row highlighted
where there is something to compare, and each candidate as a point on the attitude/ability 2×2
(hover for details, click for the record). The table itself is in table.py."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.library import text_in
from hiring_app.errors import UserError
from hiring_app.services import library as library_service
from hiring_app.services import positions as position_service
from hiring_app.services.candidates import candidate_exists
from hiring_app.services.compare import best_of_role, compare
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.ui.compare.table import CompareTable, ComparisonModel
from hiring_app.ui.context import AppContext
from hiring_app.ui.messages import error_text
from hiring_app.ui.reports.export import Exporter
from hiring_app.ui.widgets.combos import FitComboBox
from hiring_app.ui.widgets.flow import FlowLayout
from hiring_app.ui.widgets.matrix_chart import ChartPoint, MatrixChart

TABLE_SHARE, CHART_SHARE = 7, 3  # how the screen's width is split between table and chart


class CompareScreen(QWidget):
    recordRequested = Signal(int)  # candidate id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.candidate_ids: list[int] = []
        self.role = FitComboBox()
        self.role.setObjectName("compareRole")
        self.position = FitComboBox()  # an open position's candidates only (the Team section)
        self.position.setObjectName("comparePosition")
        self.role_button = QPushButton()
        self.role_button.setObjectName("compareRoleButton")
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("compareSummary")
        top_row = QWidget()
        top = FlowLayout(top_row)  # wraps onto a second row rather than cutting a name
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("comparePdf")
        self.exporter = Exporter(context, self)
        # the buttons on one line, the explanation below across the whole width (a long role
        # name or a Spanish label never squeezes it into a narrow column)
        top.addWidget(self.role)
        top.addWidget(self.position)
        top.addWidget(self.role_button)
        top.addWidget(self.pdf_button)

        self.model = ComparisonModel(self)
        self.table = CompareTable()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.chart = MatrixChart()
        self.chart.setObjectName("compareChart")
        self.chart.pointClicked.connect(lambda key: self.recordRequested.emit(int(key)))
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._open_column)
        split = QSplitter()
        split.setObjectName("compareSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, TABLE_SHARE)
        split.setStretchFactor(1, CHART_SHARE)
        split.setSizes([TABLE_SHARE * 100, CHART_SHARE * 100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(top_row)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.role_button.clicked.connect(self.compare_role)
        self.pdf_button.clicked.connect(self.export_pdf)
        context.changes.changed.connect(self._data_changed)
        self._roles = library_service.role_rows(context.db)
        self._positions = position_service.list_positions(context.db)
        self.position.currentIndexChanged.connect(self._position_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.context.language
        current = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        for row in self._roles:
            self.role.addItem(text_in(row["name"], lang), row["id"])
        self.role.setCurrentIndex(max(self.role.findData(current), 0))
        self.role.blockSignals(False)
        names = {row["id"]: text_in(row["name"], lang) for row in self._roles}
        chosen = self.position.currentData()
        self.position.blockSignals(True)
        self.position.clear()
        self.position.addItem(self.tr("Any position"), None)
        for p in self._positions:
            self.position.addItem(self.tr("Position {id}: {role}").format(
                id=p.id, role=names.get(p.role_id or "", p.role_id or "—")), p.id)
        self.position.setCurrentIndex(max(self.position.findData(chosen), 0))
        self.position.blockSignals(False)
        self.role_button.setEnabled(self.role.count() > 0)
        self.role_button.setText(self.tr("Compare the best 20 of this role"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.chart.set_labels({**{q["id"]: text_in(q["name"], lang)
                                  for q in builtin_vocabulary().quadrants},
                               "attitude": self.tr("Attitude"), "ability": self.tr("Ability")})
        self._show_summary()

    def show_candidates(self, candidate_ids: list[int]) -> None:
        self.candidate_ids = list(candidate_ids)
        self.refresh()

    def refresh(self) -> None:
        if len(self.candidate_ids) < 2:
            self.model.set_comparison(None)
            self.chart.set_points([], (3.0, 3.0))
            self._show_summary()
            return
        try:
            comparison = compare(self.context.db, self.candidate_ids, self.context.language)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot compare"), error_text(error))
            return
        self.model.set_comparison(comparison)
        ranks = {c.id: c.rank for c in comparison.columns}
        self.chart.set_points(
            [ChartPoint(p.candidate_id, p.name, p.attitude, p.ability, p.detail,
                        number=str(ranks.get(p.candidate_id) or ""))
             for p in comparison.points],
            (comparison.thresholds.attitude, comparison.thresholds.ability))
        shared = {c.role_id for c in comparison.columns}
        if len(shared) == 1 and self.role.findData(next(iter(shared))) >= 0:
            # the role combo follows the candidates compared (no unrelated role left there)
            self.role.setCurrentIndex(self.role.findData(next(iter(shared))))
        self._show_summary()

    def export_pdf(self) -> None:
        from hiring_app.services.report_data import write_comparison_report

        if self.model.comparison is None:
            return
        ids = list(self.candidate_ids)
        self.exporter.build("comparison", lambda path: write_comparison_report(
            self.context.db, ids, self.context.language, path))

    def _show_summary(self) -> None:
        comparison = self.model.comparison
        self.pdf_button.setEnabled(comparison is not None)
        if comparison is None:
            self.summary.setText(self.tr(
                "Choose 2 to 20 candidates on the Candidates screen (Ctrl+click) and press "
                "“Compare selected”, or compare the best of a role."))
            return
        self.summary.setText(self.tr(
            "{count} candidates, ranked by quadrant, then weighted total; knock-outs last. "
            "Green: the best value of a row where at least two candidates differ; red: "
            "interviewers 2 or more points apart. Click a point or double-click a name for the "
            "record.").format(count=len(comparison.columns)))

    def _position_chosen(self) -> None:
        position = next((p for p in self._positions if p.id == self.position.currentData()),
                        None)
        if position is not None and position.role_id:  # the position's role
            self.role.setCurrentIndex(max(self.role.findData(position.role_id), 0))

    def _data_changed(self, what) -> None:
        if "team" in what:
            self._positions = position_service.list_positions(self.context.db)
            self.retranslate()
        if "roles" in what:  # a role added, renamed or deleted on the Roles screen
            self._roles = library_service.role_rows(self.context.db)
            self.retranslate()
        if {"candidates", "interviews"} & set(what):
            # Someone compared may have been erased (here or by another program): drop them.
            self.candidate_ids = [i for i in self.candidate_ids
                                  if candidate_exists(self.context.db, i)]
            self.refresh()

    def compare_role(self) -> None:
        """The role's best 20 with submitted scorecards, as compare() ranks them (the same
        candidates as the role's comparison PDF)."""
        role_id = self.role.currentData()
        if role_id is None:
            return
        try:
            position_id = self.position.currentData()
            ids = (position_service.best_of_position(self.context.db, position_id)
                   if position_id is not None else best_of_role(self.context.db, role_id))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot compare"), error_text(error))
            return
        if len(ids) < 2:
            QMessageBox.information(self, self.tr("Not enough candidates"), self.tr(
                "This role has fewer than two candidates with a submitted scorecard."))
            return
        self.show_candidates(ids)

    def _open_column(self, section: int) -> None:
        comparison = self.model.comparison
        if comparison is not None and 0 <= section < len(comparison.columns):
            self.recordRequested.emit(comparison.columns[section].id)
