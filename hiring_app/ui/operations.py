"""One way for a screen to run a use case that changes data: call the service, show a refusal
in the user's language, and tell every screen what changed (the use case's own declaration,
services/changes.py), so no screen writes either by hand."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from hiring_app.errors import NotFoundError, UserError
from hiring_app.services.changes import Change, changes_of
from hiring_app.ui.context import AppContext
from hiring_app.ui.messages import error_text

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: UserError | None = None


def run(parent: QWidget, context: AppContext, title: str, use_case: Callable[..., T],
        *args: Any, **kwargs: Any) -> Outcome[T]:
    """`use_case(context.db, *args, **kwargs)`; a UserError is shown under `title` (already
    translated) and changes nothing; on success every screen hears what changed. A change asked
    for while the file is checked beside the window waits for the check (moments; the window
    says a fault it finds, and nothing is done)."""
    if context.unchecked and context.finish_check is not None:
        context.finish_check()
        if context.unchecked:
            return Outcome(False)
    try:
        value = use_case(context.db, *args, **kwargs)
    except UserError as error:
        refuse(parent, context, title, error)
        return Outcome(False, error=error)
    announce(context, use_case)
    return Outcome(True, value)


def announce(context: AppContext, use_case: Callable[..., Any]) -> None:
    """Tell every screen what `use_case` changed (for callers that run it themselves, e.g. a
    background writer or a dialog that shows its own kind of refusal)."""
    changed = changes_of(use_case)
    if changed:
        context.changes.changed.emit({str(kind) for kind in changed})


def refuse(parent: QWidget, context: AppContext, title: str, error: UserError) -> None:
    """Show a refusal under `title`. When what the user acted on is gone (another program erased
    it), every screen also reads afresh, so none keeps offering what no longer exists."""
    QMessageBox.warning(parent, title, error_text(error))
    if isinstance(error, NotFoundError):
        everything_changed(context)


def everything_changed(context: AppContext) -> None:
    """Tell every screen that any data may have changed (another program wrote to the file)."""
    context.changes.changed.emit({str(kind) for kind in Change})
