"""A candidate's résumés in the window: the record pane's list (attach, open, remove), the
interview's Open résumé button, and opening a file in the system's viewer (a private copy,
removed when the app closes). The rules are services.attachments'."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiring_app import palette
from hiring_app.errors import UserError
from hiring_app.services import attachments as attachment_service
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.widgets.flow import FlowLayout
from hiring_app.ui.widgets.verdict_view import local_time

RESUME_FOLDER_KEY = "candidates/resume_folder"

_opened: set[int] = set()  # candidates whose files were handed to a viewer in this session
_cleanup: list[bool] = []  # whether closing the app removes those copies (hooked once)


def _remove_opened_copies() -> None:
    for candidate_id in _opened:
        attachment_service.remove_copies(candidate_id)
    _opened.clear()


def _remove_copies_on_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not _cleanup:
        app.aboutToQuit.connect(_remove_opened_copies)
        _cleanup.append(True)


class ResumeViewer(QObject):
    """Opens a file of a candidate in the system's viewer (a private copy of it), and says so
    when nothing on the computer opens it."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent

    def open(self, attachment_id: int) -> bool:
        try:
            attachment = attachment_service.get_attachment(self.context.db, attachment_id)
            path = attachment_service.open_copy(self.context.db, attachment_id)
        except UserError as error:
            operations.refuse(self.parent_widget, self.context, self.tr("Cannot open the file"),
                              error)
            return False
        _remove_copies_on_quit()
        _opened.add(attachment.candidate_id)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        QMessageBox.warning(
            self.parent_widget, self.tr("No program opened the file"),
            self.tr("Nothing on this computer opened “{name}”. Install a program for {kind} "
                    "files, or open this copy yourself:\n{path}\n\nThe copy is deleted when the "
                    "app closes.").format(name=attachment.file_name,
                                          kind=Path(attachment.file_name).suffix.lower(),
                                          path=path))
        return False


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class ResumePanel(QWidget):
    """The record pane's résumés: the candidate's files, Attach résumé…, Open and Remove."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.candidate_id: int | None = None
        self.files: list[attachment_service.Attachment] = []
        self.viewer = ResumeViewer(context, self)
        self.title = QLabel(objectName="resumeTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel(objectName="resumeEmpty", wordWrap=True)
        self.empty.setStyleSheet(f"color:{palette.MUTED};")
        self.list = QListWidget(objectName="resumeList")
        self.list.setMaximumHeight(84)
        self.attach_button = QPushButton(objectName="attachResume")
        self.open_button = QPushButton(objectName="openResume")
        self.remove_button = QPushButton(objectName="removeResume")
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)  # under the files; wraps rather than cutting a label
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons_row)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Résumés"))
        self.attach_button.setText(self.tr("Attach résumé…"))
        self.attach_button.setToolTip(self.tr(
            "Keep a PDF, Word file or picture with this candidate, inside the company database "
            "(up to {limit} MB)").format(limit=attachment_service.MAX_BYTES // (1024 * 1024)))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.empty.setText(self.tr("No résumé attached yet."))
        self._render()

    def show_candidate(self, candidate_id: int | None) -> None:
        """Read the candidate's files (their names, not their bytes), then show them."""
        self.candidate_id = candidate_id
        self.files = ([] if candidate_id is None else
                      attachment_service.attachments_of(self.context.db, candidate_id))
        self._render()

    def _render(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for attachment in self.files:
            item = QListWidgetItem(f"{attachment.file_name} · {_size(attachment.size)} · "
                                   f"{local_time(attachment.added_at)}")
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setToolTip(attachment.file_name)
            self.list.addItem(item)
        if self.files:
            self.list.setCurrentRow(min(max(current, 0), len(self.files) - 1))
        self.list.setVisible(bool(self.files))
        self.empty.setVisible(self.candidate_id is not None and not self.files)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.attach_button.setEnabled(self.candidate_id is not None)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def attach(self) -> None:
        if self.candidate_id is None:
            return
        settings = self.context.settings
        folder = str(settings.value(RESUME_FOLDER_KEY, str(Path.home())))
        patterns = " ".join(f"*{ext} *{ext.upper()}" for ext in attachment_service.EXTENSIONS)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a résumé"), folder,
            self.tr("Résumés: PDF, Word, pictures ({patterns})").format(patterns=patterns))
        if not path:
            return
        outcome = operations.run(self, self.context, self.tr("Cannot attach the file"),
                                 attachment_service.attach_file, self.candidate_id, Path(path))
        settings.setValue(RESUME_FOLDER_KEY, str(Path(path).parent))
        if outcome.ok:
            self.show_candidate(self.candidate_id)
            added = outcome.value.id if outcome.value is not None else None
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == added:
                    self.list.setCurrentRow(row)

    def open_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.viewer.open(chosen)

    def remove_selected(self) -> None:
        chosen = self.selected_id()
        found = next((a for a in self.files if a.id == chosen), None)
        if found is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the file"),
            self.tr("Remove “{name}” from this candidate's record? The file is deleted from "
                    "the company database; this cannot be undone.").format(name=found.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        operations.run(self, self.context, self.tr("Cannot remove the file"),
                       attachment_service.remove_attachment, found.id)
        self.show_candidate(self.candidate_id)


class ResumeButton(QPushButton):
    """Open résumé, beside the role profile during an interview: shown only when the candidate
    has a file; with several, a menu names each. A file attached or removed meanwhile (on the
    Candidates screen, or by another program) shows at once."""

    def __init__(self, context: AppContext, candidate_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewResume")
        self.context, self.candidate_id = context, candidate_id
        self.viewer = ResumeViewer(context, self)
        self.files: list[attachment_service.Attachment] = []
        self.choices = QMenu(self)
        self.clicked.connect(self._open_only_file)
        context.changes.changed.connect(self._changed)
        self.reload()

    def _changed(self, what: set) -> None:
        if "candidates" in what:
            self.reload()

    def reload(self) -> None:
        """Read the candidate's files (names only) and offer them."""
        try:
            self.files = attachment_service.attachments_of(self.context.db, self.candidate_id)
        except UserError:
            self.files = []
        self.choices.clear()
        for attachment in reversed(self.files):  # the newest first
            self.choices.addAction(attachment.file_name).triggered.connect(
                lambda _checked=False, i=attachment.id: self.viewer.open(i))
        # one file opens at a click; several are named in the menu
        self.setMenu(self.choices if len(self.files) > 1 else None)
        self.setVisible(bool(self.files))
        self.retranslate()

    def _open_only_file(self) -> None:
        if len(self.files) == 1:
            self.viewer.open(self.files[0].id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Open résumé"))
        self.setToolTip("\n".join(a.file_name for a in self.files))
