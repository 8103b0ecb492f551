"""An unexpected exception in the window (a bug) is shown, not only printed: what happened, that
the data is safe, and the details to copy for whoever fixes it. No log file is written (candidate
data stays out of logs); the details are in the dialog and on stderr."""
from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox


class CrashReporter(QObject):
    """`sys.excepthook` for the window: one dialog at a time, never a crash of its own."""

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.shown = 0  # how many reports were shown (for tests)
        # Each says an exception that is no fault of the app in its own words (a damaged file):
        # True when it did, and no report is shown.
        self.handlers: list[Callable[[BaseException], bool]] = []

    def install(self) -> None:
        sys.excepthook = self

    def text(self) -> str:
        return self.tr(
            "Something unexpected went wrong in the app. This is a fault of the app, not "
            "something you did.\n\nYour data is safe: everything is saved as you type, and "
            "notes not saved yet are kept and saved again. You can carry on; if the same thing "
            "happens again, restart the app.\n\nThe technical details are under “Show "
            "Details…”: copy them for whoever looks after the app.")

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        for handler in self.handlers:
            try:
                if handler(error):
                    return
            except Exception:  # noqa: BLE001 - reporting a fault must not cause another
                traceback.print_exc()
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt) or self._showing \
                or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected problem"),
                              self.text(), QMessageBox.StandardButton.Ok,
                              QApplication.activeWindow())
            box.setDetailedText(details)
            self.shown += 1
            box.exec()
        except Exception:  # noqa: BLE001 - reporting a fault must not cause another
            traceback.print_exc()
        finally:
            self._showing = False
