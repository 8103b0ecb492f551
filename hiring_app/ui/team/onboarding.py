"""A new hire's onboarding plan, opened from the candidate's record: the mentor, the dates, the
talks a month, goals and responsibilities, the practice the plan follows beside them, and the
plan as a PDF. The hook gives the Candidates screen one button that is enabled for someone hired
or chosen to train."""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.onboarding import MAX_TALKS_PER_MONTH, MIN_TALKS_PER_MONTH
from hiring_app.errors import UserError
from hiring_app.services import onboarding as onboarding_service
from hiring_app.services import team as team_service
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.reports.export import Exporter, safe_file_name


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OnboardingDialog(QDialog):
    def __init__(self, context: AppContext, candidate_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onboardingDialog")
        self.context, self.candidate_id, self.name = context, candidate_id, name
        db, lang = context.db, context.language
        plan = onboarding_service.draft_plan(db, candidate_id, lang)
        self.saved = onboarding_service.get_plan(db, candidate_id) is not None
        self.mentor = QComboBox()
        self.mentor.setObjectName("onboardingMentor")
        self.mentor.setEditable(True)  # a team member, or any name typed
        self.mentor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mentor.addItems([m.name for m in team_service.members(db)])
        self.mentor.setCurrentText(plan.mentor)
        self.start = _date_edit("onboardingStart")
        self.start.setDate(_qdate(plan.start_date))
        self.review = _date_edit("onboardingReview")
        self.review.setDate(_qdate(plan.review_date))
        self.talks = QSpinBox()
        self.talks.setObjectName("onboardingTalks")
        self.talks.setRange(MIN_TALKS_PER_MONTH, MAX_TALKS_PER_MONTH)
        self.talks.setValue(plan.talks_per_month)
        self.goals = QPlainTextEdit(plan.goals)
        self.goals.setObjectName("onboardingGoals")
        self.goals.setTabChangesFocus(True)
        self.responsibilities = QPlainTextEdit(plan.responsibilities)
        self.responsibilities.setObjectName("onboardingResponsibilities")
        self.responsibilities.setTabChangesFocus(True)
        colleagues = onboarding_service.same_role_colleagues(db, candidate_id)
        self.colleagues = QLabel(wordWrap=True)
        self.colleagues.setTextFormat(Qt.TextFormat.PlainText)
        self.colleagues.setVisible(bool(colleagues))
        self.colleagues.setText(self.tr(
            "Agree who owns what with the colleagues in the same role: {names}").format(
            names=("、" if lang == "zh" else ", ").join(colleagues)))
        self.practice = QTextBrowser()
        self.practice.setObjectName("onboardingPractice")
        self.practice.setHtml("".join(
            f"<p><b>{html.escape(title)}</b><br>{html.escape(what)}</p>"
            for title, what in onboarding_service.practice_texts(lang)))

        form = QFormLayout()
        form.addRow(self.tr("Mentor"), self.mentor)
        form.addRow(self.tr("Start date"), self.start)
        form.addRow(self.tr("Probation review"), self.review)
        form.addRow(self.tr("One-to-one talks a month"), self.talks)
        form.addRow(self.tr("Goals for the first weeks"), self.goals)
        form.addRow(self.tr("Responsibilities"), self.responsibilities)
        form.addRow(self.colleagues)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("onboardingPdf")
        self.pdf_button.setEnabled(self.saved)
        self.exporter = Exporter(context, self)
        self.pdf_button.clicked.connect(self.export_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("onboardingSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        body = QHBoxLayout()
        body.addLayout(form, 3)
        body.addWidget(self.practice, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.setWindowTitle(self.tr("Onboarding plan: {name}").format(name=name))
        self.resize(900, 560)

    def save(self) -> bool:
        outcome = operations.run(
            self, self.context, self.tr("Cannot save the plan"), onboarding_service.save_plan,
            self.candidate_id, mentor=self.mentor.currentText(),
            start_date=self.start.date().toString(Qt.DateFormat.ISODate),
            review_date=self.review.date().toString(Qt.DateFormat.ISODate),
            talks_per_month=self.talks.value(), goals=self.goals.toPlainText(),
            responsibilities=self.responsibilities.toPlainText())
        if outcome.ok:
            self.saved = True
            self.pdf_button.setEnabled(True)
        return outcome.ok

    def export_pdf(self) -> None:
        if not self.save():
            return
        name = safe_file_name(f"{self.name}-{self.candidate_id}-onboarding")
        self.exporter.build(name, lambda path: onboarding_service.write_plan_report(
            self.context.db, self.candidate_id, self.context.language, path))


class OnboardingHook(QObject):
    """The Candidates screen's "Onboarding plan…" button: shown for a hire or a trainee only
    (the record's row of buttons is already full)."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self.button = QPushButton()
        self.button.setObjectName("candidateOnboarding")
        self.button.setVisible(False)
        self.button.clicked.connect(self.open)
        self.candidate: tuple[int, str] | None = None

    def retranslate(self) -> None:
        self.button.setText(self.tr("Onboarding plan…"))
        self.button.setToolTip(self.tr(
            "A mentor, goals, one-to-one talks and the probation review for someone hired or "
            "chosen to train"))

    def show_for(self, candidate: dict | None) -> None:
        """Read whether the candidate may have a plan (on selection, not on a language change)."""
        self.candidate = None
        if candidate is not None:
            try:
                if onboarding_service.may_have_plan(self.context.db, candidate["id"]):
                    self.candidate = (candidate["id"], candidate["name"])
            except UserError:
                pass
        self.button.setEnabled(self.candidate is not None)
        self.button.setVisible(self.candidate is not None)  # only where a plan can be made

    def open(self) -> None:
        if self.candidate is None:
            return
        dialog = OnboardingDialog(self.context, *self.candidate, parent=self.parent_widget)
        dialog.exec()
        dialog.deleteLater()
