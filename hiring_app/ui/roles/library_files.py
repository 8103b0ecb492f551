"""The Roles screen's file work: import and export bank files, restore the shipped library."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hiring_app.errors import UserError
from hiring_app.services import library as library_service
from hiring_app.services.library import BankFileError
from hiring_app.ui import operations
from hiring_app.ui.i18n import current_language
from hiring_app.ui.messages import error_text


class LibraryFiles(QObject):
    """Acts for a RolesScreen (`screen`): asks for files, runs the service, reports back."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self.screen = screen

    def _last_folder(self) -> str:
        return str(self.screen.context.settings.value("roles/last_folder", str(Path.home())))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.screen, self.tr("Import question bank"), self._last_folder(),
            self.tr("Question banks (*.yaml *.yml);;All files (*)"))
        if not path:
            return
        self.screen.context.settings.setValue("roles/last_folder", str(Path(path).parent))
        try:
            result = library_service.import_bank(self.screen.db, Path(path))
        except BankFileError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was imported"),
                              error_text(error), parent=self.screen)
            box.setDetailedText("\n".join(i.render(current_language()) for i in error.issues))
            box.exec()
            return
        except UserError as error:
            QMessageBox.warning(self.screen, self.tr("Nothing was imported"), error_text(error))
            return
        self.screen.undo_stack.clear()  # imported changes are not undoable one by one
        operations.announce(self.screen.context, library_service.import_bank)
        changed = result.roles_added + result.roles_updated
        if changed:
            self.screen.select_role(changed[0])
        QMessageBox.information(self.screen, self.tr("Imported"), self.tr(
            "{added} roles added, {updated} updated; {qadded} questions added, {qupdated} updated."
        ).format(added=len(result.roles_added), updated=len(result.roles_updated),
                 qadded=result.questions_added, qupdated=result.questions_updated))

    def export_file(self, only_current: bool) -> None:
        if only_current and self.screen.current is None:
            return
        name = self.screen.current.role["id"] if only_current else "roles"
        path, _ = QFileDialog.getSaveFileName(
            self.screen, self.tr("Export question bank"), str(Path(self._last_folder()) / f"{name}.yaml"),
            self.tr("Question banks (*.yaml *.yml)"))
        if not path:
            return
        self.screen.context.settings.setValue("roles/last_folder", str(Path(path).parent))
        try:
            count = library_service.export_bank(
                self.screen.db, Path(path), [self.screen.current.role["id"]] if only_current else None)
        except UserError as error:
            QMessageBox.warning(self.screen, self.tr("Export failed"), error_text(error))
            return
        self.screen.window().statusBar().showMessage(
            self.tr("Exported {count} roles to {path}").format(count=count, path=path), 8000)

    def export_kit(self) -> None:
        """The printable interview kit for the selected role."""
        from hiring_app.services.report_data import write_kit
        from hiring_app.ui.reports.export import Exporter, safe_file_name

        if self.screen.current is None:
            return
        role_id = self.screen.current.role["id"]
        Exporter(self.screen.context, self.screen).build(
            safe_file_name(f"kit-{role_id}"), lambda path: write_kit(
                self.screen.db, role_id, self.screen.context.language, path))

    def restore_builtin(self) -> None:
        answer = QMessageBox.question(
            self.screen, self.tr("Restore built-in library"),
            self.tr("Put every built-in role back as it shipped? Your own roles, and questions "
                    "you added to built-in roles, stay as they are. This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = library_service.restore_builtin(self.screen.db)
        except UserError as error:
            QMessageBox.warning(self.screen, self.tr("Cannot restore"), error_text(error))
            return
        self.screen.undo_stack.clear()
        operations.announce(self.screen.context, library_service.restore_builtin)
        self.screen.window().statusBar().showMessage(
            self.tr("Restored {count} built-in roles").format(count=len(restored)), 8000)

