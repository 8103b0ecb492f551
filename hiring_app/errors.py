"""Errors a user can cause or meet. Each carries a stable code so the UI can show a translated
message, and an English message for the command line."""
from __future__ import annotations


class UserError(Exception):
    """An expected failure with a clear, one-line explanation (never a traceback)."""

    code = "user_error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class DataFolderError(UserError):
    code = "data_folder"


class DatabaseDamagedError(UserError):
    code = "db_damaged"


class DatabaseTooNewError(UserError):
    code = "db_too_new"


class DatabaseBusyError(UserError):
    code = "db_busy"


class NotFoundError(UserError):
    code = "not_found"


class AlreadyOpenError(UserError):
    """Another copy of the app is working on the same data folder."""

    code = "already_open"


class StorageWriteError(UserError):
    """A change could not be written (disk full, read-only folder, database busy). Nothing of the
    change was written; the caller keeps what the user typed and may try again."""

    code = "db_write"
    retryable = True


class BackupError(UserError):
    code = "backup"
