"""Candidates as records in the window: adding and correcting one (a dialog), and undo and redo
of those changes. The rules are services.candidates'; these widgets show what it decides.
The record's résumés are in resumes.py."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiring_app import palette
from hiring_app.domain.library import text_in
from hiring_app.errors import UserError
from hiring_app.services import candidates as candidate_service
from hiring_app.services import library as library_service
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.labels import Labels
from hiring_app.ui.messages import error_text

# Which field a refusal concerns: the dialog puts the cursor there.
_FIELD_OF = {
    "candidate.name_missing": "name", "candidate.name_too_long": "name",
    "text.name_control": "name", "text.name_direction": "name", "text.name_blank": "name",
    "candidate.phone_too_long": "phone", "candidate.email_invalid": "email",
    "candidate.email_too_long": "email", "candidate.channel_unknown": "channel",
    "role.not_found": "role_id", "candidate.role_has_scorecards": "role_id",
    "candidate.notes_too_long": "notes",
}


# --- the dialog ----------------------------------------------------------------------------------
class CandidateDialog(QDialog):
    """New candidate… and Edit…: name, phone, e-mail, channel, role and notes. Saving hands the
    fields to `save`; a refusal is shown here, in the user's language, and nothing is saved."""

    def __init__(self, labels: Labels, roles: list[tuple[str, str]], candidate: dict | None,
                 role_locked: UserError | None, save: Callable[[dict[str, Any]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateDialog")
        self._save = save
        self.name = QLineEdit(objectName="candidateName")
        self.phone = QLineEdit(objectName="candidatePhone")
        self.email = QLineEdit(objectName="candidateEmail")
        self.channel = QComboBox(objectName="candidateChannel")
        self.role = QComboBox(objectName="candidateRole")
        self.notes = QPlainTextEdit(objectName="candidateNotes")
        self.notes.setTabChangesFocus(True)
        self.channel.addItem("—", None)
        for code, label in labels.names("channel").items():
            self.channel.addItem(label, code)
        self.role.addItem("—", None)
        for role_id, name in roles:
            self.role.addItem(name, role_id)
        self.role_note = QLabel(objectName="candidateRoleNote", wordWrap=True)
        self.role_note.setStyleSheet(f"color:{palette.MUTED};")
        self.role_note.setVisible(role_locked is not None)
        if role_locked is not None:
            self.role.setEnabled(False)
            self.role_note.setText(error_text(role_locked))
        self.problem = QLabel(objectName="candidateProblem", wordWrap=True)
        self.problem.setStyleSheet(f"color:{palette.WARNING};")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow("", self.role_note)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save_key = QAction(self, shortcut=QKeySequence("Ctrl+Return"))
        save_key.triggered.connect(self.accept)
        self.addAction(save_key)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Edit candidate") if candidate else self.tr("New candidate"))
        self.setMinimumSize(420, 380)
        self.resize(520, 460)  # fits a 1024×700 screen with room around it

        if candidate is not None:
            self.name.setText(candidate["name"])
            self.phone.setText(candidate["phone"] or "")
            self.email.setText(candidate["email"] or "")
            self._choose(self.channel, candidate["channel"])
            self._choose(self.role, candidate["role_id"])
            self.notes.setPlainText(candidate["notes"] or "")
        self.name.setFocus()

    @staticmethod
    def _choose(combo: QComboBox, code: str | None) -> None:
        index = combo.findData(code)
        if index < 0 and code is not None:  # a code this window has no name for: shown as is
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def fields(self) -> dict[str, Any]:
        """What the form holds, as the services take it."""
        return {"name": self.name.text(), "phone": self.phone.text(), "email": self.email.text(),
                "channel": self.channel.currentData(), "role_id": self.role.currentData(),
                "notes": self.notes.toPlainText()}

    def widget_for(self, field: str) -> QWidget:
        return {"name": self.name, "phone": self.phone, "email": self.email,
                "channel": self.channel, "role_id": self.role, "notes": self.notes}[field]

    def accept(self) -> None:  # noqa: D102 - Save: kept open, saying why, when refused
        try:
            self._save(self.fields())
        except UserError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            field = _FIELD_OF.get(error.code)
            if field is not None:
                self.widget_for(field).setFocus()
            return
        super().accept()


# --- undo and redo --------------------------------------------------------------------------------
class _Change(QUndoCommand):
    """A change already made when pushed (the first redo does nothing). Each step calls the
    services; one that is refused says why and leaves the stack (setObsolete)."""

    kind = ""

    def __init__(self, editor: CandidateEditor, uid: str, name: str) -> None:
        super().__init__(name)
        self.editor, self.uid, self.name = editor, uid, name
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self.editor.apply(self, self.forward):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.editor.apply(self, self.backward):
            self.setObsolete(True)

    def forward(self, db) -> int | None:
        raise NotImplementedError

    def backward(self, db) -> int | None:
        raise NotImplementedError


class AddCandidate(_Change):
    kind = "add"
    row: dict[str, Any] | None = None

    def backward(self, db) -> int | None:
        self.row = candidate_service.undo_add_candidate(
            db, candidate_service.id_by_uid(db, self.uid))
        return None

    def forward(self, db) -> int | None:
        return candidate_service.redo_add_candidate(db, self.row or {})


class EditCandidate(_Change):
    kind = "edit"

    def __init__(self, editor: CandidateEditor, uid: str, name: str, before: dict[str, Any],
                 after: dict[str, Any]) -> None:
        super().__init__(editor, uid, name)
        self.before, self.after = before, after

    def backward(self, db) -> int | None:
        candidate_id = candidate_service.id_by_uid(db, self.uid)
        candidate_service.edit_candidate(db, candidate_id, **self.before)
        return candidate_id

    def forward(self, db) -> int | None:
        candidate_id = candidate_service.id_by_uid(db, self.uid)
        candidate_service.edit_candidate(db, candidate_id, **self.after)
        return candidate_id


class CandidateEditor(QObject):
    """The Candidates screen's New candidate… (Ctrl+N), Edit… (F2), Undo (Ctrl+Z) and Redo
    (Ctrl+Shift+Z, Ctrl+Y). `shown` is emitted with the candidate to show after a change."""

    shown = Signal(int)

    def __init__(self, context: AppContext, screen: QWidget,
                 current: Callable[[], int | None]) -> None:
        super().__init__(screen)
        self.context, self.screen, self.current = context, screen, current
        self.labels = Labels(self)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(100)
        self.new_action = self._action(["Ctrl+N"], self.new_candidate)
        self.edit_action = self._action(["F2"], self.edit_current)
        self.undo_action = self._action([QKeySequence.StandardKey.Undo], self.stack.undo)
        self.redo_action = self._action(["Ctrl+Shift+Z", "Ctrl+Y"], self.stack.redo)
        self.new_button = QPushButton(objectName="newCandidate")
        self.new_button.clicked.connect(self.new_action.trigger)
        self.edit_button = QPushButton(objectName="editCandidate")
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.stack.indexChanged.connect(self._index_changed)
        self.retranslate()

    def _action(self, keys: list, slot: Callable[[], Any]) -> QAction:
        action = QAction(self.screen)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.screen.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.new_action, self.edit_action, self.undo_action, self.redo_action]

    def retranslate(self) -> None:
        def label(action: QAction, text: str) -> None:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")

        label(self.new_action, self.tr("New candidate…"))
        label(self.edit_action, self.tr("Edit…"))
        self.new_button.setText(self.new_action.text())
        self.new_button.setToolTip(self.new_action.toolTip())
        self.edit_button.setText(self.edit_action.text())
        self.edit_button.setToolTip(self.tr("Correct the name, contact details, channel, role "
                                            "or notes (F2, or double-click the row)"))
        self._label_undo()

    def _index_changed(self, _index: int) -> None:
        self._label_undo()

    def _label_undo(self) -> None:
        stack = self.stack
        undo = stack.command(stack.index() - 1) if stack.canUndo() else None
        redo = stack.command(stack.index()) if stack.canRedo() else None
        self.undo_action.setText(self._describe(self.tr("Undo"), undo))
        self.redo_action.setText(self._describe(self.tr("Redo"), redo))
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)

    def _describe(self, verb: str, command: QUndoCommand | None) -> str:
        if command is None:
            return verb
        name = getattr(command, "name", "")
        if getattr(command, "kind", "") == "add":
            return self.tr("{verb} adding {name}").format(verb=verb, name=name)
        return self.tr("{verb} changes to {name}").format(verb=verb, name=name)

    # --- adding and correcting -------------------------------------------------------------------
    def _roles(self) -> list[tuple[str, str]]:
        lang = self.context.language
        return [(r["id"], text_in(r["name"], lang))
                for r in library_service.role_rows(self.context.db)]

    def new_candidate(self) -> None:
        db = self.context.db
        added: list[int] = []

        def save(fields: dict[str, Any]) -> None:
            added.append(candidate_service.add_candidate(
                db, fields["name"], fields["role_id"], fields["channel"], fields["phone"],
                fields["email"], notes=fields["notes"]))

        dialog = CandidateDialog(self.labels, self._roles(), None, None, save, self.screen)
        dialog.exec()
        dialog.deleteLater()
        if not added:
            return
        candidate = candidate_service.get_candidate(db, added[0])
        self.stack.push(AddCandidate(self, candidate["uid"], candidate["name"]))
        operations.announce(self.context, candidate_service.add_candidate)
        self._saved(candidate)

    def edit_current(self) -> None:
        if self.current() is not None:
            self.edit(self.current())

    def edit(self, candidate_id: int) -> None:
        db = self.context.db
        try:
            candidate = candidate_service.get_candidate(db, candidate_id)
            locked = candidate_service.role_locked(db, candidate_id)
        except UserError as error:
            operations.refuse(self.screen, self.context, self.tr("Cannot edit"), error)
            return
        changed: list[dict[str, Any]] = []

        def save(fields: dict[str, Any]) -> None:
            if locked is not None:
                fields.pop("role_id")
            changed.append(candidate_service.edit_candidate(db, candidate_id, **fields))

        dialog = CandidateDialog(self.labels, self._roles(), candidate, locked, save, self.screen)
        dialog.exec()
        dialog.deleteLater()
        if not changed or not changed[0]:
            return
        before = changed[0]
        now = candidate_service.get_candidate(db, candidate_id)
        after = {key: now[key] for key in before}
        self.stack.push(EditCandidate(self, now["uid"], now["name"], before, after))
        operations.announce(self.context, candidate_service.edit_candidate)
        self._saved(now)

    def _saved(self, candidate: dict) -> None:
        self.shown.emit(candidate["id"])
        status_bar = getattr(self.screen.window(), "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(self.tr("Saved {name}. Ctrl+Z undoes it.").format(
                name=candidate["name"]), 8000)

    def apply(self, command: _Change, step: Callable[[Any], int | None]) -> bool:
        """Run one undo or redo step; a refusal is said (e.g. an interview started since the
        candidate was added) and the step is dropped."""
        try:
            shown = step(self.context.db)
        except UserError as error:
            title = self.tr("Cannot undo") if step == command.backward else self.tr("Cannot redo")
            operations.refuse(self.screen, self.context, title, error)
            return False
        operations.announce(self.context, candidate_service.edit_candidate)
        if shown is not None:
            self.shown.emit(shown)
        return True
