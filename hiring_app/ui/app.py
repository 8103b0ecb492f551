"""Start the desktop app: fonts, language, one window per data folder, checked database."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hiring_app import __version__, paths
from hiring_app.errors import ERROR_PREFIX, DatabaseDamagedError, UserError, error_line
from hiring_app.i18n import Message, render, text
from hiring_app.services import privacy, safety
from hiring_app.services.company import open_company
from hiring_app.ui.context import AppContext, Changes, open_settings
from hiring_app.ui.crash import CrashReporter
from hiring_app.ui.fonts import register_bundled_fonts
from hiring_app.ui.i18n import LANGUAGES, Translations, current_language, system_language
from hiring_app.ui.main_window import MainWindow
from hiring_app.ui.messages import Messages
from hiring_app.ui.single_instance import InstanceServer, ask_running_copy_to_raise


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("hiring-app")
    app.setApplicationName("Hiring Assistant")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.APP_ICON)))
    register_bundled_fonts(app)
    return app


def build_context(folder: Path, language: str | None) -> AppContext:
    """Open everything a window needs; raises UserError with a clear message on a start-up fault."""
    safety.ensure_data_folder(folder)
    settings = open_settings(folder)
    translations = Translations()
    chosen = language or str(settings.value("ui/language", "") or "") or system_language()
    translations.install(chosen if chosen in LANGUAGES else system_language())
    if language:
        settings.setValue("ui/language", translations.language)
    opened = open_company(folder)
    safety.remove_leftovers(folder)  # this window holds the folder's writer lock
    privacy.clear_pending_traces(opened.db)  # an erasure that could not finish its clearing
    try:
        backup_problem = None
        safety.daily_backup(opened.db, folder)
    except UserError as error:  # a full disk must not keep anyone from their work
        backup_problem = error
    return AppContext(
        db=opened.db,
        db_path=opened.path,
        data_dir=folder,
        settings=settings,
        translations=translations,
        changes=Changes(),
        backup_problem=backup_problem,
    )


def show_message(icon: QMessageBox.Icon, title: str, text: str, quit_after: int | None) -> None:
    """A modal message; in smoke-test mode (--quit-after) it closes itself like the window."""
    box = QMessageBox(icon, title, text)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after), box.reject)
    box.exec()


def open_or_recover(folder: Path, language: str | None, messages: Messages,
                    quit_after: int | None) -> AppContext | None:
    """Open the company; a damaged file is left as it is and the latest good backup offered."""
    try:
        return build_context(folder, language)
    except DatabaseDamagedError as error:
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
        restore = box.addButton(messages.restore_backup_button(),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)
        if quit_after is not None:
            QTimer.singleShot(int(quit_after), box.reject)
        box.exec()
        if box.clickedButton() is not restore:
            return None
        safety.restore_closed(folder, backup)  # the damaged file is kept aside, untouched
        return build_context(folder, language)


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    quit_after = getattr(args, "quit_after", None)
    crash_reporter = CrashReporter()  # kept alive for the whole run
    crash_reporter.install()
    folder = paths.data_dir(args.data_dir)
    translations_for_errors = Translations()
    translations_for_errors.install(args.lang or system_language())
    messages = Messages()
    lock = safety.WriterLock(folder)
    try:
        notices: list[Message] = []
        safety.ensure_data_folder(folder, notices)
        for notice in notices:  # said once: the folder was made owner-only
            print("hiring-app: " + render(notice, current_language()), file=sys.stderr)
        if not lock.acquire():
            raised = ask_running_copy_to_raise(folder)
            show_message(QMessageBox.Icon.Information, messages.already_running_title(),
                         messages.already_running_text(str(folder), raised), quit_after)
            print(ERROR_PREFIX + text("cli.already_open_raised" if raised else "cli.already_open",
                                      current_language(), folder=str(folder)), file=sys.stderr)
            return 2
        server = InstanceServer(folder)  # at once: a second copy started now is answered too
        context = open_or_recover(folder, args.lang, messages, quit_after)
        if context is None:
            lock.release()
            return 2
    except UserError as error:
        show_message(QMessageBox.Icon.Critical, messages.error_title(error),
                     messages.error_text(error), quit_after)
        print(error_line(error, current_language()), file=sys.stderr)
        lock.release()
        return 2
    try:
        while True:
            window = MainWindow(context)
            server.raiseRequested.connect(window.bring_to_front)
            window.show()
            if quit_after is not None:
                # For CI and screenshots: close the window as a user would, after it has painted.
                QTimer.singleShot(int(quit_after), window.close)
            code = app.exec()
            server.raiseRequested.disconnect(window.bring_to_front)
            context.db.conn.close()
            if window.pending_restore is None:
                return code
            # The window closed (every note written) so that a backup can replace the file.
            try:
                safety.restore_closed(folder, window.pending_restore)
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
    finally:
        lock.release()
