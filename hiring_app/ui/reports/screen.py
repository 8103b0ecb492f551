"""The Reports section: a candidate report, many at once, a comparison report for a role, and
a printable interview kit — each in the language chosen here."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.library import text_in
from hiring_app.services import candidates as candidate_service
from hiring_app.services import library as library_service
from hiring_app.ui.context import AppContext
from hiring_app.ui.i18n import LANGUAGE_NAMES
from hiring_app.ui.labels import Labels
from hiring_app.ui.reports.export import Exporter, safe_file_name
from hiring_app.ui.widgets.common import RefreshWhenShown


class ReportsScreen(RefreshWhenShown, QWidget):
    refresh_on = frozenset({"candidates", "interviews", "roles"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.exporter = Exporter(context, self)
        self.labels = Labels(self)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(context.language), 0))

        self.candidate = QComboBox()
        self.candidate.setObjectName("reportCandidate")
        self.candidate.setEditable(True)
        self.candidate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.candidate.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.candidate.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.candidate_button = QPushButton()
        self.candidate_button.setObjectName("candidateReportButton")
        self.batch_role, self.batch_status = QComboBox(), QComboBox()
        self.batch_count = QLabel()
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("batchButton")
        self.compare_role, self.kit_role = QComboBox(), QComboBox()
        self.compare_button, self.kit_button = QPushButton(), QPushButton()
        self.compare_button.setObjectName("compareReportButton")
        self.kit_button.setObjectName("kitButton")

        self.boxes = {key: QGroupBox() for key in ("candidate", "batch", "compare", "kit")}
        self.form_labels: dict[str, QLabel] = {}

        def row(box: str, *widgets: QWidget) -> None:
            layout = QHBoxLayout(self.boxes[box])
            for widget in widgets:
                layout.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)

        row("candidate", self.candidate, self.candidate_button)
        row("batch", self.batch_role, self.batch_status, self.batch_count, self.batch_button)
        row("compare", self.compare_role, self.compare_button)
        row("kit", self.kit_role, self.kit_button)
        top = QFormLayout()
        self.language_label = QLabel()
        top.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(top)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addStretch(1)

        self.candidate_button.clicked.connect(self.export_candidate)
        self.batch_button.clicked.connect(self.export_batch)
        self.compare_button.clicked.connect(self.export_comparison)
        self.kit_button.clicked.connect(self.export_kit)
        self.batch_role.currentIndexChanged.connect(self._update_batch)
        self.batch_status.currentIndexChanged.connect(self._update_batch)
        self.watch_changes(context.changes)
        self.retranslate()

    @property
    def chosen_language(self) -> str:
        return self.language.currentData() or self.context.language

    # --- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._candidates = candidate_service.list_candidates(self.context.db)
        self._roles = library_service.role_rows(self.context.db)
        self._render()

    def _render(self) -> None:
        if not hasattr(self, "_candidates"):  # not read yet: shown for the first time later
            return
        lang = self.context.language
        names = {r["id"]: text_in(r["name"], lang) for r in self._roles}
        model = QStandardItemModel(self.candidate)
        for candidate in reversed(self._candidates):
            item = QStandardItem(f"{candidate['name']} · {names.get(candidate['role_id'], '—')}")
            item.setData(candidate["id"], Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        self.candidate.setModel(model)
        self.candidate.completer().setModel(model)
        for combo, everything in ((self.batch_role, self.tr("All roles")),
                                  (self.compare_role, None), (self.kit_role, None)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if everything:
                combo.addItem(everything, None)
            for role in self._roles:
                combo.addItem(names[role["id"]], role["id"])
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        current = self.batch_status.currentData()
        self.batch_status.blockSignals(True)
        self.batch_status.clear()
        self.batch_status.addItem(self.tr("All statuses"), None)
        for code, name in self.labels.names("status").items():
            self.batch_status.addItem(name, code)
        self.batch_status.setCurrentIndex(max(self.batch_status.findData(current or "decided"), 0))
        self.batch_status.blockSignals(False)
        self._update_batch()

    def batch_ids(self) -> list[int]:
        role, status = self.batch_role.currentData(), self.batch_status.currentData()
        return [c["id"] for c in getattr(self, "_candidates", [])
                if (role is None or c["role_id"] == role) and (status is None or c["status"] == status)]

    def _update_batch(self) -> None:
        count = len(self.batch_ids())
        self.batch_count.setText(self.tr("{count} candidates").format(count=count))
        self.batch_button.setEnabled(count > 0)

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Language of the PDF"))
        self.boxes["candidate"].setTitle(self.tr("Candidate report"))
        self.boxes["batch"].setTitle(self.tr("Many candidate reports at once"))
        self.boxes["compare"].setTitle(self.tr("Comparison report for a role"))
        self.boxes["kit"].setTitle(self.tr("Printable interview kit for a role"))
        self.candidate_button.setText(self.tr("Save PDF…"))
        self.batch_button.setText(self.tr("Export to a folder…"))
        self.compare_button.setText(self.tr("Save PDF…"))
        self.kit_button.setText(self.tr("Save PDF…"))
        self.candidate.lineEdit().setPlaceholderText(self.tr("Type to find a candidate"))
        self._render()

    # --- exports ------------------------------------------------------------------------------
    def export_candidate(self) -> None:
        from hiring_app.services.report_data import write_candidate_report

        candidate_id = self.candidate.currentData()
        if candidate_id is None:
            return
        name = self.candidate.currentText().split(" · ")[0]
        self.exporter.build(safe_file_name(f"{name}-{candidate_id}"),
                            lambda path: write_candidate_report(
                                self.context.db, candidate_id, self.chosen_language, path))

    def export_batch(self) -> None:
        self.exporter.batch(self.batch_ids(), self.chosen_language)

    def export_comparison(self) -> None:
        from hiring_app.services.report_data import write_comparison_report_for_role

        role_id = self.compare_role.currentData()
        if role_id:
            self.exporter.build(safe_file_name(f"compare-{role_id}"),
                                lambda path: write_comparison_report_for_role(
                                    self.context.db, role_id, self.chosen_language, path))

    def export_kit(self) -> None:
        from hiring_app.services.report_data import write_kit

        role_id = self.kit_role.currentData()
        if role_id:
            self.exporter.build(safe_file_name(f"kit-{role_id}"), lambda path: write_kit(
                self.context.db, role_id, self.chosen_language, path))
