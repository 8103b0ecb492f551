"""Data safety and privacy in the window: the backups dialog (make, restore, delete, how many to
keep), erasing candidates with every trace (and naming the backups that still hold them),
retention, and giving a candidate their data as JSON."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hiring_app.errors import UserError
from hiring_app.i18n import render
from hiring_app.services import privacy, safety
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.messages import error_text
from hiring_app.ui.reports.export import safe_file_name

EXPORT_FOLDER_KEY = "privacy/last_folder"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(n, 1) / 1024:.0f} KB"


class Erasure(QObject):
    """Erasing candidates, with confirmation, and what to say afterwards. One per screen."""

    erased = Signal(list)  # candidate ids
    aboutToErase = Signal(list)  # candidate ids: screens let go of them (an open interview)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent

    def confirm_one(self, name: str, interviews: int) -> bool:
        answer = QMessageBox.warning(
            self.parent_widget, self.tr("Erase candidate"),
            self.tr("Erase {name} for good: {count} interview(s), every note, score, status "
                    "change and attached résumé? This cannot be undone.\n\nPDF reports or "
                    "scorecard files you saved elsewhere are not touched; delete those "
                    "yourself.").format(
                name=name, count=interviews),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def erase(self, candidate_ids: list[int], retention: bool = False) -> list[privacy.Erased]:
        """Erase (already confirmed); then name the backups still holding them. [] on failure.
        With `retention`, only those still past the retention period are erased."""
        self.aboutToErase.emit(list(candidate_ids))
        QCoreApplication.processEvents()
        self.parent_widget.setCursor(Qt.CursorShape.WaitCursor)
        use_case = privacy.erase_expired if retention else privacy.erase_candidates
        try:
            outcome = operations.run(self.parent_widget, self.context, self.tr("Cannot erase"),
                                     use_case, candidate_ids)
        finally:
            self.parent_widget.unsetCursor()
        if not outcome.ok or outcome.value is None:
            return []
        done = outcome.value
        self.erased.emit([item.id for item in done])
        if done and not all(item.traces_cleared for item in done):
            QMessageBox.information(self.parent_widget, self.tr("Erased"), self.tr(
                "The candidate is erased. Some leftover bytes in the database file could not "
                "be cleared yet (another program is reading it, or the disk is full); they are "
                "cleared the next time the app starts."))
        self.offer_backup_purge(done)
        return done

    def offer_erase_again(self, people: list[privacy.ErasedPerson]) -> list[privacy.Erased]:
        """After a restore: name the people it brought back who had been erased (names as the
        restored backup holds them) and offer to erase them again."""
        ids = [person.id for person in people if person.id is not None]
        if not ids:
            return []
        names = "\n".join(f"• {person.name}" for person in people[:15])
        if len(people) > 15:
            names += "\n…"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erased people are back"),
                          self.tr("The restored backup was made before {count} person(s) were "
                                  "erased, so they are back:\n\n{names}\n\nErase them again?"
                                  ).format(count=len(people), names=names),
                          parent=self.parent_widget)
        again = box.addButton(self.tr("Erase them again"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep them for now"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("eraseAgainBox")
        box.exec()
        if box.clickedButton() is not again:
            return []
        return self.erase(ids)

    def offer_backup_purge(self, done: list[privacy.Erased]) -> None:
        holding: dict[Path, safety.Backup] = {}
        for item in done:
            for backup in safety.backups_holding(self.context.data_dir, item.uid, item.name):
                holding[backup.path] = backup
        if not holding:
            return
        names = "\n".join(f"• {p.name}" for p in sorted(holding))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Backups still hold this data"),
                          self.tr("The candidate is erased from the database. These backups were "
                                  "made before and still hold their data:\n\n{names}\n\nDelete "
                                  "these backups too?").format(names=names),
                          parent=self.parent_widget)
        purge = box.addButton(self.tr("Delete these backups"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("purgeBackupsBox")
        box.exec()
        if box.clickedButton() is purge:
            try:
                safety.delete_backups(sorted(holding))
            except UserError as error:
                QMessageBox.warning(self.parent_widget, self.tr("Cannot delete"), error_text(error))


class DataExport(QObject):
    """Giving a candidate their data: ask where, then write everything held as JSON."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent

    def export(self, candidate_id: int, name: str) -> Path | None:
        folder = Path(str(self.context.settings.value(EXPORT_FOLDER_KEY, str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export the candidate's data"),
            str(folder / f"{safe_file_name(name)}-{candidate_id}.json"),
            self.tr("JSON files (*.json)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".json") else Path(f"{path}.json")
        try:
            privacy.export_candidate(self.context.db, candidate_id, target)
        except UserError as error:
            operations.refuse(self.parent_widget, self.context, self.tr("Export failed"), error)
            return None
        self.context.settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
        return target


class DataSafetyDialog(QDialog):
    """File ▸ Backups and privacy…"""

    restoreRequested = Signal(Path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataSafetyDialog")
        self.context = context
        self.erasure = Erasure(context, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._backups_tab(), "")
        self.tabs.addTab(self._privacy_tab(), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 460)
        self.retranslate()
        self.reload()

    # --- building -----------------------------------------------------------------------------
    def _backups_tab(self) -> QWidget:
        page = QWidget()
        self.backup_intro = QLabel()
        self.backup_intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.backup_now = QPushButton()
        self.backup_now.setObjectName("backupNow")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteBackups")
        self.folder_button = QPushButton()
        self.backup_now.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(
            str(safety.backup_folder(self.context.data_dir)))))
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, safety.MAX_KEEP)
        self.keep.setValue(safety.backup_keep(self.context.db))
        self.keep.valueChanged.connect(self._keep_changed)
        row = QHBoxLayout()
        for button in (self.backup_now, self.restore_button, self.delete_button,
                       self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        self.keep_label = QLabel()
        row.addWidget(self.keep_label)
        row.addWidget(self.keep)
        layout = QVBoxLayout(page)
        layout.addWidget(self.backup_intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return page

    def _privacy_tab(self) -> QWidget:
        page = QWidget()
        self.privacy_intro = QLabel()
        self.privacy_intro.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(0, privacy.MAX_RETENTION_MONTHS)
        self.months.setMaximumWidth(110)
        self.months.setValue(privacy.retention_months(self.context.db))
        self.months.valueChanged.connect(self._months_changed)
        form = QFormLayout()
        self.months_label = QLabel()
        form.addRow(self.months_label, self.months)
        self.expired = QTableWidget(0, 3)
        self.expired.setObjectName("expiredTable")
        self.expired.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expired.verticalHeader().hide()
        self.expired.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.expired_label = QLabel()
        self.erase_expired_button = QPushButton()
        self.erase_expired_button.setObjectName("eraseExpired")
        self.erase_expired_button.clicked.connect(self.erase_expired)
        layout = QVBoxLayout(page)
        layout.addWidget(self.privacy_intro)
        layout.addLayout(form)
        layout.addWidget(self.expired_label)
        layout.addWidget(self.expired, 1)
        layout.addWidget(self.erase_expired_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups and privacy"))
        self.tabs.setTabText(0, self.tr("Backups"))
        self.tabs.setTabText(1, self.tr("Privacy"))
        self.backup_intro.setText(self.tr(
            "A backup is made when the app starts (at most once a day) and before every upgrade "
            "of the database. Restoring one keeps the current file in the backup folder."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Backup"), self.tr("Kind"), self.tr("Size"), self.tr("Contents")])
        self.backup_now.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.keep_label.setText(self.tr("Automatic backups to keep:"))
        self.privacy_intro.setText(self.tr(
            "Candidates' records are personal data. Set how long to keep candidates who were not "
            "hired; those past the period are listed here to erase, with every interview and "
            "note. Hired candidates are never listed."))
        self.months_label.setText(self.tr("Keep candidates not hired for (months, 0 = no limit):"))
        self.expired.setHorizontalHeaderLabels(
            [self.tr("Candidate"), self.tr("Status"), self.tr("Last activity")])
        self.erase_expired_button.setText(self.tr("Erase these candidates…"))

    def kind_name(self, kind: str) -> str:
        return {"auto": self.tr("automatic"), "manual": self.tr("made by hand"),
                "before-upgrade": self.tr("before an upgrade"),
                "before-restore": self.tr("replaced by a restore"),
                "damaged": self.tr("damaged file set aside")}.get(kind, kind)

    # --- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.backups = safety.list_backups(self.context.data_dir)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            check = safety.quick_check(backup.path)  # restore checks fully
            contents = (self.tr("{candidates} candidates, {interviews} interviews").format(
                candidates=check.candidates, interviews=check.interviews) if check.ok
                else self.tr("cannot be restored: {problem}").format(
                    problem=render(check.issue, self.context.language)))
            cells = (backup.created.strftime("%Y-%m-%d %H:%M:%S"), self.kind_name(backup.kind),
                     _size(backup.size), contents)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                item.setData(Qt.ItemDataRole.UserRole, check.ok)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()
        self.reload_expired()

    def reload_expired(self) -> None:
        from hiring_app.ui.labels import Labels

        labels = Labels(self)
        self.expired_rows = privacy.expired_candidates(self.context.db)
        self.expired.setRowCount(len(self.expired_rows))
        for row, candidate in enumerate(self.expired_rows):
            cells = (candidate["name"], labels("status", candidate["status"]),
                     candidate["last_activity"][:10])
            for column, text in enumerate(cells):
                self.expired.setItem(row, column, QTableWidgetItem(text))
        months = self.months.value()
        self.expired_label.setText(
            self.tr("No limit is set.") if months == 0 else
            self.tr("{count} candidate(s) not hired and inactive for more than {months} "
                    "months:").format(count=len(self.expired_rows), months=months))
        self.erase_expired_button.setEnabled(bool(self.expired_rows))

    def selected_backups(self) -> list[safety.Backup]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.backups[r] for r in rows]

    def _update_buttons(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        first = self.table.item(rows[0], 0) if len(rows) == 1 else None
        self.restore_button.setEnabled(first is not None
                                       and bool(first.data(Qt.ItemDataRole.UserRole)))
        self.delete_button.setEnabled(bool(rows))

    # --- acting -------------------------------------------------------------------------------
    def _keep_changed(self, value: int) -> None:
        operations.run(self, self.context, self.tr("Cannot save"), safety.set_backup_keep, value)

    def _months_changed(self, value: int) -> None:
        operations.run(self, self.context, self.tr("Cannot save"),
                       privacy.set_retention_months, value)
        self.reload_expired()

    def make_backup(self) -> safety.Backup | None:
        progress = QProgressDialog(self.tr("Backing up…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> None:
            progress.setValue(int(100 * done / max(total, 1)))
            QCoreApplication.processEvents()

        try:
            made = safety.make_backup(self.context.db, self.context.data_dir, step)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(error))
            return None
        finally:
            progress.close()
        self.reload()
        return made

    def restore_selected(self) -> None:
        chosen = self.selected_backups()
        if len(chosen) != 1 or not self.restore_button.isEnabled():
            return
        backup = chosen[0]
        answer = QMessageBox.warning(
            self, self.tr("Restore backup"),
            self.tr("Replace the current data with the backup from {date}? The window closes "
                    "and opens again on the restored data; the current file is kept in the "
                    "backup folder.").format(date=backup.created.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoreRequested.emit(backup.path)
        self.accept()

    def delete_selected(self) -> None:
        chosen = self.selected_backups()
        if not chosen:
            return
        answer = QMessageBox.warning(
            self, self.tr("Delete backups"),
            self.tr("Delete {count} backup file(s) for good?").format(count=len(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            safety.delete_backups([b.path for b in chosen])
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot delete"), error_text(error))
        self.reload()

    def erase_expired(self) -> None:
        rows = self.expired_rows
        if not rows:
            return
        names = "\n".join(f"• {r['name']}" for r in rows[:15])
        if len(rows) > 15:
            names += "\n…"
        answer = QMessageBox.warning(
            self, self.tr("Erase candidates"),
            self.tr("Erase these {count} candidate(s) for good, with every interview and note?"
                    "\n\n{names}").format(count=len(rows), names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.erasure.erase([r["id"] for r in rows], retention=True)
        self.reload()
