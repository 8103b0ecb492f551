"""The debrief: the panel's scorecards side by side with every disagreement, red flag and
knock-out, and the hiring decision recorded by the person who decides (with a reason)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hiring_app.errors import UserError
from hiring_app.services import debrief as debrief_service
from hiring_app.services import verdicts
from hiring_app.services.candidates import DECISIONS
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.labels import Labels
from hiring_app.ui.messages import error_text
from hiring_app.ui.widgets.verdict_view import WARNING, DebriefView

SIZE_KEY = "debrief/geometry"


class DebriefDialog(QDialog):
    def __init__(self, context: AppContext, candidate_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefDialog")
        self.context = context
        self.candidate_id = candidate_id
        self.labels = Labels(self)
        self.view = DebriefView(builtin_vocabulary(), context.language, self)
        self.debrief = debrief_service.debrief(context.db, candidate_id)
        self.summary = QTextBrowser()
        self.summary.setObjectName("debriefSummary")
        self.summary.setOpenLinks(False)

        self.decision_box = QGroupBox()
        form = QFormLayout(self.decision_box)
        choices = QHBoxLayout()
        self.choice = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for decision in DECISIONS:
            radio = QRadioButton(self.labels("decision", decision))
            radio.setObjectName(f"debrief_{decision}")
            self.radios[decision] = radio
            self.choice.addButton(radio)
            choices.addWidget(radio)
            radio.toggled.connect(self._check)
        choices.addStretch(1)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("debriefReason")
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(self._check)
        self.reason.setMaximumHeight(120)
        self.decided_by = QLineEdit(str(context.settings.value("interview/interviewer", "")
                                        or ""))
        self.decided_by.setObjectName("debriefDecidedBy")
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("debriefNote")
        self.choice_label, self.reason_label, self.by_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.choice_label, choices)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.by_label, self.decided_by)
        form.addRow(self.note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("recordDecision")
        self.record_button.clicked.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            record = QAction(self)
            record.setShortcut(QKeySequence(keys))
            record.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            record.triggered.connect(self.record)
            self.addAction(record)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.summary)
        split.addWidget(self.decision_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setCollapsible(0, False)
        split.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 640)
        saved = context.settings.value(SIZE_KEY)
        if saved is not None:
            self.restoreGeometry(saved)
        self.load()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Debrief — {name}").format(
            name=self.debrief.candidate["name"]))
        self.decision_box.setTitle(self.tr("The hiring decision"))
        self.choice_label.setText(self.tr("Decision"))
        self.reason_label.setText(self.tr("Reason (required)"))
        self.by_label.setText(self.tr("Decided by"))
        self.record_button.setText(self.tr("Record decision (Ctrl+Enter)"))
        self._check()

    def load(self) -> None:
        self.debrief = debrief_service.debrief(self.context.db, self.candidate_id)
        role_id = self.debrief.candidate["role_id"]
        self.explained = verdicts.explain_result(self.context.db, self.debrief.result, role_id)
        self.summary.setHtml(self.view.html(self.debrief, self.explained))
        current = (self.debrief.decision.decision if self.debrief.decision
                   else self.debrief.result.recommended_decision)
        if current in self.radios and self.chosen() is None:
            self.radios[current].setChecked(True)

    def chosen(self) -> str | None:
        return next((d for d, r in self.radios.items() if r.isChecked()), None)

    def _check(self) -> None:
        """Say what recording would do: against the recommendation, a reason missing."""
        chosen = self.chosen()
        recommended = self.debrief.result.recommended_decision
        notes = []
        if self.debrief.result.goes_against(chosen):
            notes.append(self.tr("This goes against the recommendation ({recommended}): the "
                                 "reason you write is kept with the decision.").format(
                recommended=self.labels("decision", recommended)))
        if self.debrief.result.count == 0:
            notes.append(self.tr("No scorecard has been submitted: you are deciding without "
                                 "the panel's scores."))
        self.note.setText("\n".join(notes))
        self.note.setStyleSheet(f"color:{WARNING};" if notes else "")
        self.record_button.setEnabled(chosen is not None
                                      and bool(self.reason.toPlainText().strip()))

    def record(self) -> None:
        decision = self.chosen()
        if decision is None or not self.record_button.isEnabled():
            self.note.setText(self.tr("Choose a decision and write the reason first."))
            self.note.setStyleSheet(f"color:{WARNING};")
            return
        try:
            debrief_service.decide(self.context.db, self.candidate_id, decision,
                                   self.reason.toPlainText(), self.decided_by.text())
        except UserError as error:  # nothing recorded; what was typed stays
            self.note.setText(error_text(error))
            self.note.setStyleSheet(f"color:{WARNING};")
            return
        operations.announce(self.context, debrief_service.decide)
        if self.decided_by.text().strip():
            self.context.settings.setValue("interview/interviewer",
                                           self.decided_by.text().strip())
        self.accept()

    def done(self, result: int) -> None:
        self.context.settings.setValue(SIZE_KEY, self.saveGeometry())
        super().done(result)
