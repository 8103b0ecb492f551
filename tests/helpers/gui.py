"""Helpers for GUI tests: a company folder ready to open, and typing Chinese."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from hiring_app.domain.library import Library
from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import open_database


def prepare_company(folder: Path, library: Library) -> Path:
    """A data folder whose database has `library` installed as the built-in one."""
    opened = open_database(folder)
    ensure_builtin(opened.db, library)
    opened.db.conn.close()
    return folder


def type_chinese(widget, text: str) -> None:
    """Chinese arrives from the input method as committed text, one character at a time
    (QTest key clicks cannot produce it)."""
    widget.setFocus()
    for character in text:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(widget, event)


def activate(qtbot, window) -> None:
    """Make `window` the active window (the offscreen platform only does it when asked)."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


class ModalStep(list):
    """What when_modal saw: the dialog it acted on, and any failure inside the step."""

    error: BaseException | None = None

    def check(self):
        """The dialog, once the step ran without failing (its failure is raised here)."""
        if self.error is not None:
            raise self.error
        assert self, "no modal dialog was shown"
        return self[0]


def when_modal(qtbot, act, timeout_ms: int = 5000) -> ModalStep:
    """Run `act(dialog)` on the next modal dialog once it is shown (a dialog's exec() blocks the
    test until someone answers it). A step that fails closes the dialog, so the test goes on
    and `check()` raises the failure."""
    from PySide6.QtCore import QDeadlineTimer, QTimer

    seen = ModalStep()
    deadline = QDeadlineTimer(timeout_ms)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if not deadline.hasExpired():
                QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            activate(qtbot, dialog)  # as a window manager does: its shortcuts then work
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - handed to the test by check()
            seen.error = error
            if dialog.isVisible():
                dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    QTimer.singleShot(0, poll)
    return seen


def company_of_two(folder: Path, library: Library) -> Path:
    """A company folder with the library installed and two candidates (王芳, 李雷)."""
    from hiring_app.services import candidates as candidate_service

    folder = prepare_company(folder, library)
    opened = open_database(folder)
    for name in ("王芳", "李雷"):
        candidate_service.add_candidate(opened.db, name, "shop_a")
    opened.db.conn.close()
    return folder
