"""User-facing wording for the errors the core raises: titles here (Qt), the texts from the
one catalogue the command line uses too (hiring_app.i18n), in the window's language."""
from __future__ import annotations

from PySide6.QtCore import QObject

from hiring_app.errors import UserError
from hiring_app.i18n import Message, render
from hiring_app.ui.i18n import current_language


def error_text(error: UserError | Message | None, language: str | None = None) -> str:
    """A core error (or a part of one) as the window shows it: in its language, starting with
    a capital letter."""
    shown = render(error, language or current_language())
    return shown[:1].upper() + shown[1:]


class Messages(QObject):
    """Translation context for messages shown before or outside any window."""

    def error_title(self, error: UserError) -> str:
        titles = {
            "data_folder": self.tr("Cannot use the data folder"),
            "db_damaged": self.tr("The database is damaged"),
            "db_too_new": self.tr("The database is from a newer version"),
            "db_busy": self.tr("The database is busy"),
            "db_write": self.tr("Could not save"),
            "backup": self.tr("Backup"),
        }
        return titles.get(error.kind, self.tr("Something went wrong"))

    def error_text(self, error: UserError) -> str:
        return error_text(error)

    def already_running_title(self) -> str:
        return self.tr("Already open")

    def already_running_text(self, folder: str, raised: bool) -> str:
        if raised:
            return self.tr(
                "The Hiring Assistant is already open on this data folder:\n{path}\n\n"
                "Its window has been brought to the front. Two windows writing to the same "
                "database could lose work, so this one will not open."
            ).format(path=folder)
        return self.tr(
            "The Hiring Assistant is already open on this data folder:\n{path}\n\n"
            "Switch to the window that is open. Two windows writing to the same database could "
            "lose work, so this one will not open."
        ).format(path=folder)

    def damaged_with_backup(self, path: str, backup: str, candidates: int) -> str:
        return self.tr(
            "The database file is damaged and cannot be opened safely:\n{path}\n\n"
            "The latest good backup is {backup} ({count} candidates). Restore it? The damaged "
            "file is moved into the backup folder exactly as it is; nothing is written over it."
        ).format(path=path, backup=backup, count=candidates)

    def restore_backup_button(self) -> str:
        return self.tr("Restore the backup")
