"""Start the desktop app: fonts, language, one window per data folder, checked database."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hiring_app import __version__, paths
from hiring_app.errors import UserError
from hiring_app.services.company import open_company
from hiring_app.storage.database import ensure_data_folder
from hiring_app.ui.context import AppContext, Changes, open_settings
from hiring_app.ui.fonts import register_bundled_fonts
from hiring_app.ui.i18n import LANGUAGES, Translations, system_language
from hiring_app.ui.main_window import MainWindow
from hiring_app.ui.messages import Messages

LOCK_NAME = "hiring-app.lock"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("hiring-app")
    app.setApplicationName("Hiring Assistant")
    app.setApplicationVersion(__version__)
    register_bundled_fonts(app)
    return app


def acquire_instance_lock(folder: Path) -> QLockFile | None:
    """One window per data folder: two writers on one database could lose work."""
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # a crashed instance's lock is detected by its dead process id
    if not lock.tryLock(200):
        return None
    return lock


def build_context(folder: Path, language: str | None) -> AppContext:
    """Open everything a window needs; raises UserError with a clear message on a start-up fault."""
    ensure_data_folder(folder)
    settings = open_settings(folder)
    translations = Translations()
    chosen = language or str(settings.value("ui/language", "") or "") or system_language()
    translations.install(chosen if chosen in LANGUAGES else system_language())
    if language:
        settings.setValue("ui/language", translations.language)
    opened = open_company(folder)
    return AppContext(
        db=opened.db,
        db_path=opened.path,
        data_dir=folder,
        settings=settings,
        translations=translations,
        changes=Changes(),
    )


def show_message(icon: QMessageBox.Icon, title: str, text: str, quit_after: int | None) -> None:
    """A modal message; in smoke-test mode (--quit-after) it closes itself like the window."""
    box = QMessageBox(icon, title, text)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after), box.reject)
    box.exec()


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    quit_after = getattr(args, "quit_after", None)
    folder = paths.data_dir(args.data_dir)
    translations_for_errors = Translations()
    translations_for_errors.install(args.lang or system_language())
    messages = Messages()
    lock: QLockFile | None = None
    try:
        ensure_data_folder(folder)
        lock = acquire_instance_lock(folder)
        if lock is None:
            show_message(QMessageBox.Icon.Warning, messages.already_running_title(),
                         messages.already_running_text(str(folder)), quit_after)
            print(f"hiring-app: error: already open on {folder}", file=sys.stderr)
            return 2
        context = build_context(folder, args.lang)
    except UserError as error:
        show_message(QMessageBox.Icon.Critical, messages.error_title(error),
                     messages.error_text(error), quit_after)
        print(f"hiring-app: error: {error.message}", file=sys.stderr)
        if lock is not None:
            lock.unlock()
        return 2
    window = MainWindow(context)
    window.show()
    if quit_after is not None:
        # For CI and screenshots: close the window as a user would, after it has painted.
        QTimer.singleShot(int(quit_after), window.close)
    try:
        return app.exec()
    finally:
        context.db.conn.close()
        lock.unlock()
