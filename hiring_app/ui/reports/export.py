"""Exporting PDFs from anywhere in the app: ask where, build, say so, open it."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from hiring_app.errors import UserError
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext

FOLDER_KEY = "reports/last_folder"


def safe_file_name(text: str) -> str:
    """A file name any OS accepts, keeping Chinese and other letters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .") or "report"
    return cleaned[:80]


class Exporter(QObject):
    """Owns the wording; one instance per window."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent

    def _folder(self) -> Path:
        return Path(str(self.context.settings.value(FOLDER_KEY, str(Path.home()))))

    def ask_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save PDF"), str(self._folder() / f"{suggested}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        path = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
        self.context.settings.setValue(FOLDER_KEY, str(path.parent))
        return path

    def build(self, suggested: str, make: Callable[[Path], object]) -> Path | None:
        """Ask for a file, build it with `make(path)`, open it in the system viewer."""
        path = self.ask_path(suggested)
        if path is None:
            return None
        try:
            make(path)
        except UserError as error:
            operations.refuse(self.parent_widget, self.context, self.tr("Export failed"), error)
            return None
        self.open(path)
        return path

    def batch(self, ids: list[int], language: str) -> list[Path]:
        """Candidate reports for many candidates into a folder, with progress and cancel."""
        from hiring_app.services.report_data import candidate_reports

        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Export to folder"),
                                                  str(self._folder()))
        if not folder:
            return []
        self.context.settings.setValue(FOLDER_KEY, folder)
        dialog = QProgressDialog(self.tr("Writing reports…"), self.tr("Cancel"), 0, len(ids),
                                 self.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> None:
            dialog.setValue(done)
            dialog.setLabelText(self.tr("Writing reports… {done} of {total}").format(
                done=done, total=total))
            QCoreApplication.processEvents()

        try:
            written = candidate_reports(self.context.db, ids, Path(folder), language,
                                        progress=progress, cancelled=dialog.wasCanceled)
        except UserError as error:
            dialog.close()
            operations.refuse(self.parent_widget, self.context, self.tr("Export failed"), error)
            return []
        dialog.close()
        QMessageBox.information(self.parent_widget, self.tr("Reports written"), self.tr(
            "{count} reports written to {folder}").format(count=len(written), folder=folder))
        return written

    @staticmethod
    def open(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
