"""User-facing, translated wording for the errors the core raises."""
from __future__ import annotations

from PySide6.QtCore import QObject

from hiring_app.errors import UserError


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
        return titles.get(error.code, self.tr("Something went wrong"))

    def error_text(self, error: UserError) -> str:
        path = str(error.details.get("path", ""))
        texts = {
            "data_folder": self.tr(
                "The app cannot write to its data folder:\n{path}\n\nChoose another folder with "
                "--data-dir, or fix the folder's permissions. Nothing has been changed."
            ),
            "db_damaged": self.tr(
                "The database file is damaged and cannot be opened safely:\n{path}\n\n"
                "The file has been left exactly as it is, and there is no backup of it in the "
                "data folder. Restore it from a copy of your own, or move it aside to start with "
                "an empty database."
            ),
            "db_too_new": self.tr(
                "This database was written by a newer version of the app:\n{path}\n\n"
                "Update the app to open it. The file has not been changed."
            ),
            "db_busy": self.tr(
                "The database is in use by another program:\n{path}\n\nClose the other program "
                "and try again. Nothing has been changed."
            ),
        }
        template = texts.get(error.code)
        return error.message if template is None else template.format(path=path)

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
