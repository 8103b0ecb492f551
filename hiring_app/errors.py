"""Errors a user can cause or meet. Each carries a code naming exactly what happened and the
parameters of the case (ids, paths, limits); `hiring_app.i18n` renders it in the user's
language for the window and the command line. `message` is the English rendering."""
from __future__ import annotations

import errno
import sqlite3
from typing import Any

from hiring_app.domain.text import BadNameError, clean_name
from hiring_app.i18n import DEFAULT_LANGUAGE, Message, check, render, strict, text


class UserError(Exception):
    """An expected failure with a clear, one-line explanation (never a traceback).

    `kind` groups errors for a window's title; `code` is the catalogue key of the message."""

    kind = "user_error"

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
        if strict():
            check(code, params)

    @property
    def details(self) -> dict[str, Any]:
        return self.params

    @property
    def message(self) -> str:
        return render(self, DEFAULT_LANGUAGE)

    def render(self, language: str) -> str:
        return render(self, language)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple:  # copies and pickles keep the code and its parameters
        return _restore, (type(self), dict(self.__dict__))


def _restore(cls: type[UserError], state: dict[str, Any]) -> UserError:
    error = cls.__new__(cls)
    Exception.__init__(error, state["code"])
    error.__dict__.update(state)
    return error


class DataFolderError(UserError):
    kind = "data_folder"


class DatabaseDamagedError(UserError):
    kind = "db_damaged"


class DatabaseTooNewError(UserError):
    kind = "db_too_new"


class DatabaseBusyError(UserError):
    kind = "db_busy"


class NotFoundError(UserError):
    kind = "not_found"


class AlreadyOpenError(UserError):
    """Another copy of the app is working on the same data folder."""

    kind = "already_open"


class StorageWriteError(UserError):
    """A change could not be written (disk full, read-only folder, database busy). Nothing of the
    change was written; the caller keeps what the user typed and may try again."""

    kind = "db_write"
    retryable = True


class BackupError(UserError):
    kind = "backup"


# --- why the system refused: the reason inside a message ---------------------------------------
_OS_REASONS = {
    errno.ENOSPC: "os.no_space", errno.EACCES: "os.permission", errno.EPERM: "os.permission",
    errno.EROFS: "os.read_only", errno.ENOENT: "os.not_found", errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder", errno.EEXIST: "os.exists", errno.EBUSY: "os.busy",
    errno.ETXTBSY: "os.busy", errno.EIO: "os.io", errno.ENAMETOOLONG: "os.name_too_long",
    getattr(errno, "EDQUOT", -1): "os.quota",
}


def os_reason(exc: OSError) -> Message:
    """Why the operating system refused, in words every language has (the system's own English
    text only for a rare error the table does not know)."""
    code = _OS_REASONS.get(getattr(exc, "errno", None) or -2)
    if code is not None:
        return Message(code)
    return Message("os.other", detail=exc.strerror or str(exc) or type(exc).__name__)


def sqlite_reason(exc: sqlite3.Error) -> Message:
    """Why SQLite refused a write, in plain words."""
    text = str(exc).lower()
    if "full" in text:
        return Message("write.disk_full")
    if "readonly" in text or "read-only" in text:
        return Message("write.read_only")
    if "locked" in text or "busy" in text:
        return Message("write.busy")
    if "i/o" in text or "unable to open" in text:
        return Message("write.disk_error")
    if "permission" in text:
        return Message("write.no_permission")
    return Message("write.other", detail=str(exc))


def reason_of(exc: BaseException) -> Message:
    if isinstance(exc, OSError):
        return os_reason(exc)
    if isinstance(exc, sqlite3.Error):
        return sqlite_reason(exc)
    return Message("write.other", detail=str(exc) or type(exc).__name__)


# --- the command line's (and the window's stderr) one line for a user error ------------------
# Scripts look for this prefix, in every language.
ERROR_PREFIX = "hiring-app: error: "
_HINTS = {"role.not_found": "cli.hint.roles_list",
          "candidate.not_found": "cli.hint.candidates_list",
          "candidate.not_found_many": "cli.hint.candidates_list"}


def error_line(error: UserError, language: str) -> str:
    """The line a command prints on stderr for a user error."""
    hint = _HINTS.get(error.code)
    if hint is None:
        return ERROR_PREFIX + render(error, language)
    return ERROR_PREFIX + text("cli.with_hint", language, error=error, hint=Message(hint))


def name_refusal(problem: BadNameError, field: Message) -> Message:
    """Why a text cannot be the name `field` names, as a message."""
    if problem.kind == "control":
        return Message("text.name_control", field=field, char=problem.char)
    if problem.kind == "direction":
        return Message("text.name_direction", field=field, char=problem.char)
    return Message("text.name_blank", field=field)


def checked_name(value: str | None, field: Message) -> str:
    """A name as stored (domain.text.clean_name): '' when nothing was typed (the caller says
    the name is missing); a UserError naming the field for a control or direction character,
    or for nothing visible."""
    if not (value or "").strip():
        return ""
    try:
        return clean_name(value)
    except BadNameError as problem:
        if problem.kind == "control":
            raise UserError("text.name_control", field=field, char=problem.char) from None
        if problem.kind == "direction":
            raise UserError("text.name_direction", field=field, char=problem.char) from None
        raise UserError("text.name_blank", field=field) from None
