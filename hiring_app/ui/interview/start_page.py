"""Start an interview: who interviews, which candidate (or a quick add), which role; or resume
a paused one."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.codes import OPEN_FOR_DECISION
from hiring_app.domain.interview import STAGES
from hiring_app.domain.library import text_in
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services import library as library_service
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.interview.stages import stage_names
from hiring_app.ui.labels import Labels
from hiring_app.ui.widgets.common import RefreshWhenShown
from hiring_app.ui.widgets.verdict_view import local_time

MAX_CHOICES = 300


class StartPage(RefreshWhenShown, QWidget):
    started = Signal(int)  # interview id
    refresh_on = frozenset({"candidates", "interviews", "roles"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.interviewer = QComboBox()
        self.interviewer.setEditable(True)
        self.interviewer.setObjectName("interviewerBox")
        self.new_radio, self.existing_radio = QRadioButton(), QRadioButton()
        self.new_radio.setChecked(True)
        self.name = QLineEdit()
        self.name.setObjectName("candidateName")
        self.channel = QComboBox()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.phone.setMaxLength(candidate_service.MAX_PHONE)
        self.email.setMaxLength(candidate_service.MAX_EMAIL)
        self.existing = QComboBox()
        self.existing.setObjectName("existingCandidate")
        self.existing.setEditable(True)  # type to find: the completer matches anywhere
        self.existing.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.existing.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.existing.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.role = QComboBox()
        self.role.setObjectName("roleBox")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = {key: QLabel() for key in ("interviewer", "name", "channel", "phone",
                                                 "email", "existing", "role")}
        form.addRow(self.labels["interviewer"], self.interviewer)
        form.addRow(self.new_radio)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["channel"], self.channel)
        form.addRow(self.labels["phone"], self.phone)
        form.addRow(self.labels["email"], self.email)
        form.addRow(self.existing_radio)
        form.addRow(self.labels["existing"], self.existing)
        form.addRow(self.labels["role"], self.role)
        form.addRow(self.start_button)

        self.drafts_box = QGroupBox()
        drafts_layout = QVBoxLayout(self.drafts_box)
        self.drafts = QListWidget()
        self.drafts.setObjectName("draftList")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeButton")
        drafts_layout.addWidget(self.drafts, 1)
        drafts_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QHBoxLayout(self)
        layout.addWidget(self.form_box, 3)
        layout.addWidget(self.drafts_box, 2)

        self.new_radio.toggled.connect(self._mode_changed)
        self.existing.currentIndexChanged.connect(self._existing_changed)
        self.start_button.clicked.connect(self.start)
        self.resume_button.clicked.connect(self.resume)
        self.drafts.itemDoubleClicked.connect(lambda _item: self.resume())
        self.watch_changes(context.changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("New interview"))
        self.drafts_box.setTitle(self.tr("Paused interviews"))
        for key, text in {"interviewer": self.tr("Interviewer"), "name": self.tr("Name"),
                          "channel": self.tr("Channel"), "phone": self.tr("Phone (optional)"),
                          "email": self.tr("E-mail (optional)"),
                          "existing": self.tr("Candidate"), "role": self.tr("Role")}.items():
            self.labels[key].setText(text)
        self.new_radio.setText(self.tr("A new candidate"))
        self.existing_radio.setText(self.tr("A candidate already on file"))
        self.start_button.setText(self.tr("Start interview (Ctrl+Enter)"))
        self.resume_button.setText(self.tr("Resume"))
        self.channel_names = Labels(self).names("channel")
        if hasattr(self, "_roles"):
            self._render()  # a language change re-renders what was read; no database access

    def reload(self) -> None:
        """Read what the page lists from the database, then show it."""
        db = self.context.db
        self._interviewers = interview_service.known_interviewers(db)
        self._roles = library_service.role_rows(db)
        self._candidates = candidate_service.list_candidates(db)
        self._drafts = interview_service.open_interviews(db)
        self._render()

    def _render(self) -> None:
        lang = self.context.language
        typed = self.interviewer.currentText()
        self.interviewer.clear()
        self.interviewer.addItems(self._interviewers)
        self.interviewer.setCurrentText(
            typed or str(self.context.settings.value("interview/interviewer", "") or ""))
        current_role = self.role.currentData()
        self.role.clear()
        for row in self._roles:
            self.role.addItem(text_in(row["name"], lang), row["id"])
        self.role.setCurrentIndex(max(self.role.findData(current_role), 0))
        current_channel = self.channel.currentData()
        self.channel.clear()
        for channel in candidate_service.CHANNELS:
            self.channel.addItem(self.channel_names[channel], channel)
        self.channel.setCurrentIndex(max(self.channel.findData(current_channel), 0))
        names = {row["id"]: text_in(row["name"], lang) for row in self._roles}
        # Candidates not yet hired or declined, newest first; at most a few hundred: typing a few
        # characters filters the list (the Candidates screen holds everyone).
        waiting = [c for c in reversed(self._candidates)
                   if c["status"] in OPEN_FOR_DECISION]
        choices = QStandardItemModel(self.existing)
        for candidate in waiting[:MAX_CHOICES]:
            item = QStandardItem(f"{candidate['name']} · {names.get(candidate['role_id'], '—')}")
            item.setData(candidate["id"], Qt.ItemDataRole.UserRole)
            choices.appendRow(item)
        self.existing.blockSignals(True)
        self.existing.setModel(choices)
        self.existing.completer().setModel(choices)
        self.existing.blockSignals(False)
        self._existing_changed()
        self.existing_radio.setEnabled(choices.rowCount() > 0)
        self.drafts.clear()
        stages = stage_names()
        for draft in self._drafts:
            stage = (stages[STAGES.index(draft["stage"])] if draft["stage"] in STAGES
                     else draft["stage"])
            item = QListWidgetItem(self.tr(
                "{candidate} · {role} · {interviewer} · {stage} · {when}").format(
                candidate=draft["candidate"], role=names.get(draft["role_id"], "—"),
                interviewer=draft["interviewer"], stage=stage,
                when=local_time(draft["updated_at"])))
            item.setData(Qt.ItemDataRole.UserRole, draft["id"])
            self.drafts.addItem(item)
        self.resume_button.setEnabled(self.drafts.count() > 0)
        self._mode_changed()

    def _mode_changed(self) -> None:
        new = self.new_radio.isChecked()
        for widget in (self.name, self.channel, self.phone, self.email):
            widget.setEnabled(new)
        self.existing.setEnabled(not new)

    def _existing_changed(self) -> None:
        candidate_id = self.existing.currentData()
        if candidate_id is None:
            return
        role_id = next((c["role_id"] for c in self._candidates if c["id"] == candidate_id), None)
        if role_id:
            self.role.setCurrentIndex(max(self.role.findData(role_id), 0))

    def _missing_input(self, interviewer: str) -> str | None:
        """What the form still needs before an interview can start, in the user's words."""
        if not interviewer:
            return self.tr("Who is interviewing? Type your name.")
        if self.new_radio.isChecked() and not self.name.text().strip():
            return self.tr("Type the candidate's name.")
        if not self.new_radio.isChecked() and self.existing.currentData() is None:
            return self.tr("Choose a candidate.")
        return None

    def start(self) -> None:
        interviewer = self.interviewer.currentText().strip()
        missing = self._missing_input(interviewer)
        if missing is not None:
            QMessageBox.warning(self, self.tr("Cannot start"), missing)
            return
        role_id = self.role.currentData()
        if self.new_radio.isChecked():
            outcome = operations.run(
                self, self.context, self.tr("Cannot start"),
                interview_service.start_interview_with_new_candidate, self.name.text(), role_id,
                interviewer, channel=self.channel.currentData(), phone=self.phone.text(),
                email=self.email.text())
            interview_id = outcome.value[1] if outcome.ok and outcome.value else None
        else:
            started = operations.run(self, self.context, self.tr("Cannot start"),
                                     interview_service.start_interview,
                                     self.existing.currentData(), role_id, interviewer)
            interview_id = started.value if started.ok else None
        if interview_id is None:
            return
        self.context.settings.setValue("interview/interviewer", interviewer)
        for widget in (self.name, self.phone, self.email):
            widget.clear()
        self.started.emit(interview_id)

    def resume(self) -> None:
        item = self.drafts.currentItem() or self.drafts.item(0)
        if item is None:
            return
        interview_id = int(item.data(Qt.ItemDataRole.UserRole))
        draft = next((d for d in self._drafts if d["id"] == interview_id), None)
        if draft is not None and not self._may_open(draft):
            return
        self.started.emit(interview_id)

    def _may_open(self, draft: dict) -> bool:
        """Blind scoring on a shared computer: the name typed as interviewer is who is at the
        keyboard (there are no accounts). Another interviewer's unfinished scorecard opens only
        after saying whose it is and asking, before any of its scores is shown."""
        owner = (draft["interviewer"] or "").strip()
        me = self.interviewer.currentText().strip()
        if not owner or owner.casefold() == me.casefold():
            return True
        box = QMessageBox(self)
        box.setObjectName("draftOwnerWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Someone else's scorecard"))
        box.setText(self.tr("This unfinished scorecard for {candidate} belongs to {owner}.")
                    .format(candidate=draft["candidate"], owner=owner))
        box.setInformativeText(self.tr(
            "Scores stay hidden from colleagues until each interviewer submits. If you are not "
            "{owner}, opening it shows you their scores before you have formed your own view."
            ).format(owner=owner))
        open_button = box.addButton(self.tr("I am {owner}: open it").format(owner=owner),
                                    QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openOthersDraft")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not open_button:
            return False
        self.interviewer.setCurrentText(owner)  # whoever continues it is now its interviewer
        self.context.settings.setValue("interview/interviewer", owner)
        return True
