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
