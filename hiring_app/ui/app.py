"""Start the desktop app: fonts, language, one window per data folder, checked database."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hiring_app import __version__, paths
from hiring_app.errors import ERROR_PREFIX, DatabaseDamagedError, UserError, error_line
from hiring_app.i18n import Message, render, text
from hiring_app.services import company, safety
from hiring_app.services.company import open_company
from hiring_app.ui.context import AppContext, Changes, open_settings
from hiring_app.ui.crash import CrashReporter
from hiring_app.ui.fonts import register_bundled_fonts
from hiring_app.ui.i18n import LANGUAGES, Translations, current_language, system_language
from hiring_app.ui.main_window import MainWindow
from hiring_app.ui.messages import Messages
from hiring_app.ui.style import style_sheet

if TYPE_CHECKING:
    from hiring_app.services.privacy import ErasedPerson
    from hiring_app.ui.single_instance import InstanceServer


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("hiring-app")
    app.setApplicationName("Hiring Assistant")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.APP_ICON)))
    register_bundled_fonts(app)
    app.setStyleSheet(style_sheet())
    return app


def build_context(folder: Path, language: str | None, defer_check: bool = False) -> AppContext:
    """Open everything a window needs; raises UserError with a clear message on a start-up fault.
    `defer_check`: a file that may have changed outside the app is opened read-only, unchecked,
    and checked beside the window once it is up (ui/start_check.py)."""
    safety.ensure_data_folder(folder)
    settings = open_settings(folder)
    translations = Translations()
    chosen = language or str(settings.value("ui/language", "") or "") or system_language()
    translations.install(chosen if chosen in LANGUAGES else system_language())
    if language:
        settings.setValue("ui/language", translations.language)
    deferred = defer_check and company.needs_check(folder)
    opened = open_company(folder, read_only=deferred, check=not deferred)
    unchecked = deferred and opened.read_only  # else it needed upgrading: checked first
    company.await_check(opened.path, unchecked)  # no other connection writes before the check
    # The start-up chores and today's backup are done beside the window once it has painted
    # (ui/main_window.py, ui/start_check.py, ui/daily_backup.py).
    return AppContext(
        db=opened.db,
        db_path=opened.path,
        data_dir=folder,
        settings=settings,
        translations=translations,
        changes=Changes(),
        unchecked=unchecked,
        chores_due=not unchecked,
    )


def show_message(icon: QMessageBox.Icon, title: str, text: str, quit_after: int | None) -> None:
    """A modal message; in smoke-test mode (--quit-after) it closes itself like the window."""
    box = QMessageBox(icon, title, text)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after), box.reject)
    box.exec()


def open_or_recover(folder: Path, language: str | None, messages: Messages,
                    quit_after: int | None, defer_check: bool = False) -> AppContext | None:
    """Open the company; a damaged file is left as it is and the latest good backup offered."""
    try:
        return build_context(folder, language, defer_check)
    except DatabaseDamagedError as error:
        backup = offer_backup(error, messages, quit_after)
        if backup is None:
            return None
        safety.restore_closed(folder, backup)  # the damaged file is kept aside, untouched
        return build_context(folder, language)


def offer_backup(error: UserError, messages: Messages, quit_after: int | None) -> Path | None:
    """Say the file is damaged and offer the latest good backup: the backup chosen, or None."""
    backup = Path(error.details["backup"]) if error.details.get("backup") else None
    print(error_line(error, current_language()), file=sys.stderr)
    if backup is None:
        show_message(QMessageBox.Icon.Critical, messages.error_title(error),
                     messages.error_text(error), quit_after)
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, messages.error_title(error),
                      messages.damaged_with_backup(str(error.details.get("path", "")),
                                                   backup.name,
                                                   int(error.details["backup_candidates"])))
    restore = box.addButton(messages.restore_backup_button(), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after), box.reject)
    box.exec()
    return backup if box.clickedButton() is restore else None


class DamageWatch:
    """A read of the open company's file that meets damage (its quick check at opening cannot
    see every kind) is said as such, not as a fault of the app: the latest good backup is
    offered, and the window closes either way (restoring it, or leaving the file as it is)."""

    def __init__(self, folder: Path, messages: Messages, quit_after: int | None) -> None:
        self.folder = folder
        self.messages = messages
        self.quit_after = quit_after
        self.window: MainWindow | None = None
        self.met: UserError | None = None  # the damage met, if any

    def __call__(self, error: BaseException) -> bool:
        found = error if isinstance(error, DatabaseDamagedError) \
            else safety.damage_error(error, self.folder)
        if found is None:
            return False
        first = self.met is None
        self.met = found
        if first:  # one offer; reads after it (screens redrawing) add nothing
            backup = offer_backup(found, self.messages, self.quit_after)
            if self.window is not None:
                self.window.pending_restore = backup
                self.window.close()
                if not self.window.isVisible():
                    return True
                self.window.pending_restore = None
        return True


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    quit_after = getattr(args, "quit_after", None)
    crash_reporter = CrashReporter()  # kept alive for the whole run
    crash_reporter.install()
    folder = paths.data_dir(args.data_dir)
    translations_for_errors = Translations()
    translations_for_errors.install(args.lang or system_language())
    messages = Messages()
    damage = DamageWatch(folder, messages, quit_after)
    crash_reporter.handlers.append(damage)
    lock = safety.WriterLock(folder)
    try:
        notices: list[Message] = []
        safety.ensure_data_folder(folder, notices)
        for notice in notices:  # said once: the folder was made owner-only
            print("hiring-app: " + render(notice, current_language()), file=sys.stderr)
        if not lock.acquire():
            from hiring_app.ui.single_instance import ask_running_copy_to_raise

            raised = ask_running_copy_to_raise(folder)
            show_message(QMessageBox.Icon.Information, messages.already_running_title(),
                         messages.already_running_text(str(folder), raised), quit_after)
            print(ERROR_PREFIX + text("cli.already_open_raised" if raised else "cli.already_open",
                                      current_language(), folder=str(folder)), file=sys.stderr)
            return 2
        # The window paints first: a file that may have changed is checked beside it.
        context = open_or_recover(folder, args.lang, messages, quit_after, defer_check=True)
        if context is None:
            lock.release()
            return 2
    except UserError as error:
        show_message(QMessageBox.Icon.Critical, messages.error_title(error),
                     messages.error_text(error), quit_after)
        print(error_line(error, current_language()), file=sys.stderr)
        lock.release()
        return 2
    back: list[ErasedPerson] = []  # erased people a restore brought back
    # A second copy started on this folder asks the open window to come to the front: heard
    # from the first paint on (QtNetwork is not needed before; a copy that asks earlier asks
    # again until then, ui/single_instance.py).
    listening: list[InstanceServer] = []
    windows: list[MainWindow] = []  # the open window

    def listen() -> None:
        if not listening:
            from hiring_app.ui.single_instance import InstanceServer

            listening.append(InstanceServer(folder))
            listening[0].raiseRequested.connect(lambda: windows and windows[0].bring_to_front())

    try:
        while True:
            damage.met = None
            try:
                window = MainWindow(context)
            except Exception as exc:  # a screen's first read met damage
                context.db.conn.close()
                found = safety.damage_error(exc, folder)
                if found is None:
                    raise
                backup = offer_backup(found, messages, quit_after)
                if backup is None:
                    return 2
                safety.restore_closed(folder, backup)
                context = build_context(folder, None)
                continue
            damage.window = window
            window.damage_found.connect(damage)
            windows[:] = [window]
            window.painted.connect(listen)
            window.show()
            if back:  # asked once the window is up, on the restored data
                QTimer.singleShot(0, lambda w=window, people=back: w.offer_erase_again(people))
                back = []
            if quit_after is not None:
                # For CI and screenshots: close the window as a user would, after it has painted.
                QTimer.singleShot(int(quit_after), window.close)
            code = app.exec()
            windows.clear()
            context.db.conn.close()
            if window.pending_restore is None:
                return 2 if damage.met is not None else code
            # The window closed (every note written) so that a backup can replace the file.
            replaced = None
            try:
                replaced = safety.restore_closed(folder, window.pending_restore)
            except UserError as error:  # the current database is unchanged: open it again
                show_message(QMessageBox.Icon.Critical, messages.error_title(error),
                             messages.error_text(error), quit_after)
            window.deleteLater()
            try:
                context = build_context(folder, None)
            except UserError as error:
                show_message(QMessageBox.Icon.Critical, messages.error_title(error),
                             messages.error_text(error), quit_after)
                print(error_line(error, current_language()), file=sys.stderr)
                return 2
            # The replaced file's erasure log joins the restored one; anyone it brings back
            # who had been erased is named once the window is up, with an offer to erase again.
            from hiring_app.services import privacy

            back = privacy.carry_erasures(context.db, replaced)
    finally:
        lock.release()

