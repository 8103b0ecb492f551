"""The Team section's small dialogs: a team member, a new position, a candidate applying to a
position. They only collect what the user typed; the services check it (and refuse clearly)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hiring_app.domain.library import Library, text_in
from hiring_app.services.positions import MAX_NOTE, MAX_PLACES
from hiring_app.services.team import MAX_NAME


def role_combo(roles: list[dict], language: str, first: list[str] = ()) -> QComboBox:
    """Roles by name; those in `first` (the stage's roles) come first."""
    combo = QComboBox()
    order = {role_id: i for i, role_id in enumerate(first)}
    for row in sorted(roles, key=lambda r: (order.get(r["id"], len(order)), 0)):
        combo.addItem(text_in(row["name"], language), row["id"])
    return combo


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MemberDialog(QDialog):
    """Someone who works here: name, role, team-role type (with what the type means)."""

    def __init__(self, vocabulary: Library, roles: list[dict], language: str,
                 stage_roles: list[str], member=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.vocabulary, self.language = vocabulary, language
        self.name = QLineEdit(member.name if member else "")
        self.name.setObjectName("memberName")
        self.name.setMaxLength(MAX_NAME)
        self.role = role_combo(roles, language, stage_roles)
        self.role.setObjectName("memberRole")
        if member and member.role_id:
            self.role.setCurrentIndex(max(self.role.findData(member.role_id), 0))
        self.team_role = QComboBox()
        self.team_role.setObjectName("memberTeamRole")
        self.team_role.addItem("—", None)
        for item in vocabulary.team_roles:
            self.team_role.addItem(text_in(item["name"], language), item["id"])
        if member and member.team_role:
            self.team_role.setCurrentIndex(max(self.team_role.findData(member.team_role), 0))
        self.about = QLabel(wordWrap=True)
        self.about.setObjectName("memberTeamRoleAbout")
        self.team_role.currentIndexChanged.connect(self._describe)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Team role"), self.team_role)
        form.addRow(self.about)
        form.addRow(_buttons(self))
        self.setWindowTitle(self.tr("Edit team member") if member else self.tr("Add team member"))
        self.setMinimumWidth(440)
        self._describe()

    def _describe(self) -> None:
        item = self.vocabulary.lookup("team_roles", self.team_role.currentData() or "")
        self.about.setText(text_in(item.get("description"), self.language) if item else "")

    def values(self) -> tuple[str, str | None, str | None]:
        return self.name.text(), self.role.currentData(), self.team_role.currentData()


class PositionDialog(QDialog):
    """A new open position: role, places, an optional target date, a note."""

    def __init__(self, roles: list[dict], language: str, stage_roles: list[str],
                 role_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionDialog")
        self.role = role_combo(roles, language, stage_roles)
        self.role.setObjectName("positionRole")
        if role_id:
            self.role.setCurrentIndex(max(self.role.findData(role_id), 0))
        self.places = QSpinBox()
        self.places.setObjectName("positionPlaces")
        self.places.setRange(1, MAX_PLACES)
        self.use_date = QCheckBox(self.tr("By"))
        self.use_date.setObjectName("positionUseDate")
        self.date = QDateEdit(QDate.currentDate().addMonths(1))
        self.date.setObjectName("positionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.use_date.toggled.connect(self.date.setEnabled)
        self.note = QLineEdit()
        self.note.setObjectName("positionNote")
        self.note.setMaxLength(MAX_NOTE)
        when = QHBoxLayout()
        when.addWidget(self.use_date)
        when.addWidget(self.date, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Places"), self.places)
        form.addRow(self.tr("Target date"), when)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(_buttons(self))
        self.setWindowTitle(self.tr("New position"))
        self.setMinimumWidth(420)

    def values(self) -> tuple[str, int, str | None, str]:
        target = (self.date.date().toString(Qt.DateFormat.ISODate)
                  if self.use_date.isChecked() else None)
        return self.role.currentData(), self.places.value(), target, self.note.text()


class ApplyDialog(QDialog):
    """Choose the candidate who applies to a position (type to find them)."""

    def __init__(self, candidates: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applyDialog")
        self.candidate = QComboBox()
        self.candidate.setObjectName("applyCandidate")
        self.candidate.setEditable(True)
        self.candidate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.candidate.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.candidate.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for candidate_id, label in candidates:
            self.candidate.addItem(label, candidate_id)
        form = QFormLayout(self)
        form.addRow(self.tr("Candidate"), self.candidate)
        form.addRow(_buttons(self))
        self.setWindowTitle(self.tr("A candidate applies"))
        self.setMinimumWidth(420)

    def chosen(self) -> int | None:
        index = self.candidate.findText(self.candidate.currentText())
        return self.candidate.itemData(index) if index >= 0 else None
