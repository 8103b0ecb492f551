"""The main window: the six sections, the language menu, remembered geometry."""
from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, Mapping, ValuesView
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from hiring_app import __version__, palette
from hiring_app.errors import DatabaseDamagedError, UserError
from hiring_app.i18n import render
from hiring_app.services.info import data_version, database_info
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext, restrict_settings
from hiring_app.ui.daily_backup import DailyBackup
from hiring_app.ui.i18n import LANGUAGE_NAMES
from hiring_app.ui.icons import icon
from hiring_app.ui.interview import ACTIVE_KEY
from hiring_app.ui.messages import Messages, error_text
from hiring_app.ui.start_check import StartCheck, open_for_writing, start_up_chores

SECTION_IDS = ("roles", "candidates", "interviews", "compare", "reports", "team")
OUTSIDE_CHECK_MS = 2000  # how often the window looks for changes made by another program


class Sections(Mapping[str, QWidget]):
    """The window's screens by section id, each built the first time it is asked for. Iterating
    the values (or items) gives the screens built so far: one not built yet has nothing to
    translate, save or report."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, section_id: str) -> QWidget:
        page = self._built.get(section_id)
        if page is None:
            if section_id not in SECTION_IDS:
                raise KeyError(section_id)
            page = self._window._make_section(section_id)
            self._built[section_id] = page
            self._window._section_built(section_id, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(SECTION_IDS)

    def __len__(self) -> int:
        return len(SECTION_IDS)

    def built(self, section_id: str) -> bool:
        return section_id in self._built

    def values(self) -> ValuesView[QWidget]:  # type: ignore[override]
        return self._built.values()

    def items(self) -> ItemsView[str, QWidget]:  # type: ignore[override]
        return self._built.items()


class MainWindow(QMainWindow):
    # Damage found in the file while the window is open, by work beside it (today's backup):
    # the app offers the latest good backup as for any damage met (ui/app.py DamageWatch).
    damage_found = Signal(object)
    # Once, when the window has painted (or a second after showing, should no paint come): the
    # work beside the window starts then.
    painted = Signal()

    def __init__(self, context: AppContext) -> None:
        self._beside_started = False  # the work beside the window: started once, after a paint
        self._closed = False
        super().__init__()
        self.context = context
        self.pending_restore: Path | None = None  # set when the user chose a backup to restore
        self.daily_backup = DailyBackup(context.data_dir, self)
        self.daily_backup.finished.connect(self._daily_backup_done)
        # A file that may have changed outside the app: checked beside the window, before
        # anything is written to it (ui/start_check.py).
        self.start_check = StartCheck(context.data_dir, self) if context.unchecked else None
        if self.start_check is not None:
            self.start_check.finished.connect(self._start_check_done)
            context.finish_check = self._finish_check_now
        self.setObjectName("MainWindow")
        self.setMinimumSize(720, 480)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setFixedWidth(184)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Ctrl+1…6 reach it without a click
        self.pages = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Each section's screen is built when first shown (or asked for): the window paints
        # with the first screen only. Until then its page is an empty placeholder.
        self.sections = Sections(self)
        for _section_id in SECTION_IDS:
            self.pages.addWidget(QWidget())
            self.nav.addItem(QListWidgetItem(icon(_section_id), ""))
        self.nav.currentRowChanged.connect(self._show_row)

        self.db_label = QLabel()
        self.retention_button = QPushButton()
        self.retention_button.setObjectName("retentionNotice")
        self.retention_button.setFlat(True)
        self.retention_button.clicked.connect(lambda: self.show_data_safety(tab=1))
        self.statusBar().addPermanentWidget(self.retention_button)
        self.statusBar().addPermanentWidget(self.db_label)
        context.changes.changed.connect(self._data_changed)
        self._expired = 0  # counted once the window is painted (_start_beside)
        self._build_menus()
        self.retranslate()
        self._restore_state()
        self._seen_version = self._data_version()
        self.outside_timer = QTimer(self)
        self.outside_timer.setObjectName("outsideChanges")
        self.outside_timer.setInterval(OUTSIDE_CHECK_MS)
        self.outside_timer.timeout.connect(self.check_outside_changes)
        self.outside_timer.start()
        self._ready = True

    # --- sections -----------------------------------------------------------------------------
    def _make_section(self, section_id: str) -> QWidget:
        # made inside the page stack it will be shown in: not moved into the window afterwards
        # (a move has the style sheet applied to the whole screen again)
        return self.section_factory(section_id)(self.context, self.pages)

    @staticmethod
    def section_factory(section_id: str) -> Callable[[AppContext, QWidget | None], QWidget]:
        """The screen of one section (its module imported only when it is first needed)."""
        if section_id == "roles":
            from hiring_app.ui.roles.screen import RolesScreen
            return RolesScreen
        if section_id == "candidates":
            from hiring_app.ui.candidates.screen import CandidatesScreen
            return CandidatesScreen
        if section_id == "interviews":
            from hiring_app.ui.interview.screen import InterviewsScreen
            return InterviewsScreen
        if section_id == "compare":
            from hiring_app.ui.compare.screen import CompareScreen
            return CompareScreen
        if section_id == "reports":
            from hiring_app.ui.reports.screen import ReportsScreen
            return ReportsScreen
        if section_id == "team":
            from hiring_app.ui.team.screen import TeamScreen
            return TeamScreen
        raise KeyError(section_id)

    @classmethod
    def section_factories(cls) -> dict[str, Callable[[AppContext, QWidget | None], QWidget]]:
        """The screen of each section."""
        return {section_id: cls.section_factory(section_id) for section_id in SECTION_IDS}

    def _section_built(self, section_id: str, page: QWidget) -> None:
        """A screen just built takes its page and the work other screens hand it."""
        index = SECTION_IDS.index(section_id)
        placeholder = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self._connect_section(section_id, page)
        if getattr(self, "_translated", False):  # built later than the window's texts
            retranslate = getattr(page, "retranslate", None)
            if retranslate is not None:
                retranslate()

    def _connect_section(self, section_id: str, page) -> None:
        """Screens hand each other work through the window, never by reading each other; a
        screen not built yet is built when handed something."""
        sections = self.sections
        if section_id == "candidates":
            page.compareRequested.connect(
                lambda ids: (sections["compare"].show_candidates(ids),
                             self.show_section("compare")))
            page.erasure.aboutToErase.connect(
                lambda ids: sections.built("interviews")
                and sections["interviews"].release_candidates(ids))
            page.interviewRequested.connect(lambda: self.show_section("interviews"))
            page.demoRequested.connect(self.load_demo)
        elif section_id == "compare":
            page.recordRequested.connect(
                lambda candidate_id: (self.show_section("candidates"),
                                      sections["candidates"].select(candidate_id)))
        elif section_id == "team":
            page.showPositionCandidates.connect(
                lambda position_id: (self.show_section("candidates"),
                                     sections["candidates"].show_position(position_id)))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTION_IDS):
            self.sections[SECTION_IDS[row]]  # noqa: B018 - built on first show
        self.pages.setCurrentIndex(row)

    def section_names(self) -> dict[str, str]:
        return {
            "roles": self.tr("Roles"),
            "candidates": self.tr("Candidates"),
            "interviews": self.tr("Interviews"),
            "compare": self.tr("Compare"),
            "reports": self.tr("Reports"),
            "team": self.tr("Team"),
        }

    def show_section(self, section_id: str) -> None:
        self.nav.setCurrentRow(SECTION_IDS.index(section_id))

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.backup_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup_now)
        self.file_menu.addAction(self.backup_action)
        self.safety_action = QAction(self)
        self.safety_action.triggered.connect(lambda: self.show_data_safety())
        self.file_menu.addAction(self.safety_action)
        self.demo_action = QAction(icon("add_person"), "", self)
        self.demo_action.triggered.connect(self.load_demo)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.section_actions: list[QAction] = []
        for index, section_id in enumerate(SECTION_IDS):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, s=section_id: self.show_section(s))
            self.view_menu.addAction(action)
            self.section_actions.append(action)
        self.view_menu.addSeparator()
        self.calibration_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.calibration_action.triggered.connect(self.show_calibration)
        self.view_menu.addAction(self.calibration_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.context.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(icon("keyboard"), "", self, shortcut=QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def show_calibration(self):
        """View ▸ Interviewer calibration…, read afresh each time it opens."""
        from hiring_app.ui.compare.calibration import CalibrationDialog

        dialog = CalibrationDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- data safety --------------------------------------------------------------------------
    def show_data_safety(self, tab: int = 0):
        from hiring_app.ui.safety import DataSafetyDialog

        dialog = DataSafetyDialog(self.context, self)
        dialog.tabs.setCurrentIndex(tab)
        dialog.restoreRequested.connect(self.restore_backup)
        dialog.erasure.aboutToErase.connect(self.sections["interviews"].release_candidates)
        dialog.open()
        return dialog

    def backup_now(self) -> None:
        from hiring_app.services import safety

        try:
            made = safety.make_backup(self.context.db, self.context.data_dir)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(error))
            return
        self.statusBar().showMessage(
            self.tr("Backup made: {name}").format(name=made.path.name), 8000)

    def restore_backup(self, path: Path) -> None:
        """Close (writing everything); the app then restores the backup and opens again."""
        self.pending_restore = Path(path)
        if not self.close():
            self.pending_restore = None

    def offer_erase_again(self, people: list) -> list:
        """A restore brought back people who had been erased: name them, offer to erase them
        again (`privacy.carry_erasures` found them)."""
        from hiring_app.ui.safety import Erasure

        erasure = Erasure(self.context, self)
        erasure.aboutToErase.connect(self.sections["interviews"].release_candidates)
        return erasure.offer_erase_again(people)

    def bring_to_front(self) -> None:
        """A second copy of the app was started on this data folder: show this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)
        self.statusBar().showMessage(
            self.tr("The app is already open here; use this window."), 8000)

    # --- changes made by another program -------------------------------------------------------
    def _data_version(self) -> int | None:
        try:
            return data_version(self.context.db)
        except Exception:  # noqa: BLE001 - a closed or busy connection: look again next time
            return None

    def check_outside_changes(self) -> bool:
        """If another program (the command line, another copy of the app) or the autosave
        committed since the last look, every screen reads afresh as if all data changed, and an
        open interview checks that it still exists. Cheap: one PRAGMA. True when it changed."""
        version = self._data_version()
        if version is None or version == self._seen_version:
            return False
        self._seen_version = version
        operations.everything_changed(self.context)
        if self.sections.built("interviews"):
            self.sections["interviews"].check_still_there()
        return True

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.WindowActivate and getattr(self, "_ready", False):
            self.check_outside_changes()  # back from the terminal: show what it changed
        # Once the window is painted: the file's check (if due), then today's backup. Started
        # before the first paint, either would take the processor from it (a second at 100,000
        # candidates); a second after showing at the latest, should no paint come.
        if not self._beside_started:
            if event.type() == QEvent.Type.Show:
                QTimer.singleShot(1000, self._start_beside)
            elif event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self._start_beside)
        return super().event(event)

    def _start_beside(self) -> None:
        if self._beside_started or self._closed:  # already, or a timer set before closing
            return
        self._beside_started = True
        if self.start_check is not None:
            self.start_check.start()  # first: the chores and the backup follow once it passed
        else:
            if self.context.chores_due:  # a file known whole: what an earlier run left, cleared
                self.context.chores_due = False
                try:
                    start_up_chores(self.context.db, self.context.data_dir)
                except UserError as error:
                    self._file_fault(error)
                    return
            self.daily_backup.start()
        self._count_expired()
        self.painted.emit()

    def _finish_check_now(self) -> None:
        """A change asked for while the file is checked: wait for the check (started now if it
        was not yet), then take its outcome at once, as when it ends by itself."""
        check = self.start_check
        if check is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check.start()
            check.wait()
        finally:
            QApplication.restoreOverrideCursor()
        if check.outcome is not None:
            self._start_check_done(*check.outcome)

    def _start_check_done(self, _result, error: UserError | None) -> None:
        check = self.start_check
        if check is None or check.taken:
            return  # taken already, when a change waited for it
        check.taken = True
        if error is None:
            try:
                open_for_writing(self.context)
            except UserError as exc:
                error = exc
        if error is None:
            self.start_check = None
            self.daily_backup.start()
            return
        self._file_fault(error)

    def _file_fault(self, error: UserError) -> None:
        """The file could not be made ready for work: damage is offered the latest good backup
        (the window closes); another fault is said, and the window closes."""
        if isinstance(error, DatabaseDamagedError):
            self.damage_found.emit(error)  # the latest good backup offered; the window closes
            return
        QMessageBox.critical(self, Messages().error_title(error), error_text(error))
        self.close()

    def _daily_backup_done(self, _made, error: UserError | None) -> None:
        if error is None:
            return
        if isinstance(error, DatabaseDamagedError):
            self.damage_found.emit(error)
            return
        self.context.backup_problem = error  # a full disk must not keep anyone from work
        self.retranslate()

    def _data_changed(self, what: set) -> None:
        if {"candidates", "interviews", "retention"} & set(what):
            self._count_expired()

    def _count_expired(self) -> None:
        from hiring_app.services import privacy

        self._expired = len(privacy.expired_candidates(self.context.db))
        self._show_retention_notice()

    def _show_retention_notice(self) -> None:
        self.retention_button.setVisible(self._expired > 0)
        self.retention_button.setText(self.tr(
            "{count} candidate(s) past the retention period: review…").format(
            count=self._expired))

    def set_language(self, code: str) -> None:
        """Switch at once (every screen re-reads its texts) and remember the choice."""
        self.context.translations.install(code)
        self.context.settings.setValue("ui/language", code)
        self.language_actions[code].setChecked(True)
        self.retranslate()  # Qt's own LanguageChange event arrives later; show it now

    def load_demo(self) -> bool:
        """File ▸ Load demo candidates…: made-up people to try every screen with, only into an
        empty company (services.demo.fill refuses otherwise)."""
        from hiring_app.services import demo

        title = self.tr("Load demo candidates")
        answer = QMessageBox.question(self, title, self.tr(
            "Add {count} made-up candidates with their interviews and scorecards to this "
            "company, so that you can try every screen?\n\nThey are not real people. Try them "
            "in a company you will not use for real hiring, or erase them before you start.")
            .format(count=demo.DEFAULT_CANDIDATES))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = operations.run(self, self.context, title, demo.fill,
                                     demo.DEFAULT_CANDIDATES, self.context.language)
        finally:
            QApplication.restoreOverrideCursor()
        if outcome.ok:
            self.statusBar().showMessage(self.tr("{count} demo candidates added.").format(
                count=outcome.value["candidates"]), 8000)
            self.show_section("candidates")
        return outcome.ok

    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts (F1): one at a time, left open beside the work."""
        from hiring_app.ui.shortcuts import ShortcutsDialog

        dialog = getattr(self, "_shortcuts_dialog", None)
        if dialog is None:
            dialog = self._shortcuts_dialog = ShortcutsDialog(self)
            dialog.finished.connect(lambda _result: setattr(self, "_shortcuts_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> None:
        info = database_info(self.context.db, self.context.db_path)
        QMessageBox.about(
            self,
            self.tr("About the Hiring Assistant"),
            self.tr(
                "Hiring Assistant {version}\n\nDatabase: {path}\nSchema version: {schema}\n\n"
                "Everything stays on this computer."
            ).format(version=__version__, path=info["database"], schema=info["schema_version"]),
        )

    # --- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hiring Assistant"))
        names = self.section_names()
        for row, section_id in enumerate(SECTION_IDS):
            self.nav.item(row).setText(names[section_id])
            self.section_actions[row].setText(names[section_id])
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.safety_action.setText(self.tr("Backups and &privacy…"))
        self.demo_action.setText(self.tr("Load &demo candidates…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.calibration_action.setText(self.tr("Interviewer &calibration…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.db_label.setText(self.tr("Database: {path}").format(path=self.context.db_path))
        self._show_retention_notice()
        if self.context.backup_problem:
            self.db_label.setText(self.tr("Today's backup could not be made: {reason}").format(
                reason=render(self.context.backup_problem, self.context.language)))
            self.db_label.setStyleSheet(f"color: {palette.WARNING};")
        for page in self.sections.values():
            retranslate = getattr(page, "retranslate", None)
            if retranslate is not None:
                retranslate()
        self._translated = True

    # --- window state -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        section = settings.value("window/section", "roles")
        if settings.value(ACTIVE_KEY) \
                and getattr(self.sections["interviews"], "has_open_interview", False):
            section = "interviews"  # an interview left open reopens where it stopped
        self.show_section(section if section in SECTION_IDS else "roles")

    def unsaved_work(self) -> str | None:
        """Why something typed is not in the database yet (after trying once more), or None."""
        for page in self.sections.values():
            check = getattr(page, "unsaved_work", None)
            problem = check() if check is not None else None
            if problem:
                return problem
        return None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        problem = self.unsaved_work()
        if problem is not None:
            answer = QMessageBox.warning(
                self, self.tr("Not saved yet"),
                self.tr("Some of what you typed could not be saved yet:\n{reason}\n\nKeep the "
                        "window open? The app keeps trying, and saves it as soon as it can (for "
                        "example once disk space is freed). Closing now loses it.").format(
                    reason=problem),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/section", SECTION_IDS[max(self.nav.currentRow(), 0)])
        for page in self.sections.values():
            save_state = getattr(page, "save_state", None)
            if save_state is not None:
                save_state()
        settings.sync()
        restrict_settings(settings)
        self.daily_backup.stop()  # nothing half-made left, the file free for a restore
        for page in self.sections.values():  # work a screen runs beside the window
            stop_work = getattr(page, "stop_work", None)
            if stop_work is not None:
                stop_work()
        if self.start_check is not None:
            self.start_check.wait(30)  # its read-only connection closed before a restore
        self._closed = True
        super().closeEvent(event)
