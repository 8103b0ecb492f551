"""What every screen needs: the open database, the data folder, settings and the language."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from sqlite_utils import Database

from hiring_app.errors import UserError
from hiring_app.ui.i18n import Translations


class Changes(QObject):
    """One signal tells every screen that data changed (Anki's 'operation did change' idea)."""

    changed = Signal(set)  # names of what changed, e.g. {"roles", "questions"}


@dataclass
class AppContext:
    db: Database
    db_path: Path
    data_dir: Path
    settings: QSettings
    translations: Translations
    changes: Changes
    backup_problem: UserError | None = None  # why today's automatic backup could not be made
    # Opened read-only, not checked yet: checked beside the window, then opened for writing.
    unchecked: bool = False
    # The start-up chores (ui/start_check.py) not run yet: the window runs them once painted.
    chores_due: bool = False
    # While `unchecked`: waits for the check beside the window and opens the file for writing
    # (a change asked for meanwhile is made once the file is known whole, ui/operations.py).
    finish_check: Callable[[], None] | None = None

    @property
    def language(self) -> str:
        return self.translations.language


def open_settings(data_dir: Path) -> QSettings:
    """Preferences and window state live beside the database, in the same owner-only folder."""
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    restrict_settings(settings)
    return settings


def restrict_settings(settings: QSettings) -> None:
    """The file names interviewers and folders: readable by its owner only, like the database."""
    path = Path(settings.fileName())
    try:
        if path.exists():
            os.chmod(path, 0o600)
    except OSError:
        pass
