"""What a use case changes, declared once beside it, so the window knows what to redraw without
any screen spelling it out (Anki's "operation changes", in a small form).

    @changes(Change.CANDIDATES)
    def set_status(db, ...): ...

`ui/operations.py` runs a use case, shows a refusal in the user's language, and tells every
screen what changed; the command line ignores the declaration.
"""
from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Change(StrEnum):
    CANDIDATES = "candidates"
    INTERVIEWS = "interviews"
    ROLES = "roles"
    QUESTIONS = "questions"
    RETENTION = "retention"
    TEAM = "team"            # the company profile, the team, open positions


def changes(*kinds: Change) -> Callable[[F], F]:
    """Declare what the decorated use case changes when it succeeds."""
    def mark(use_case: F) -> F:
        use_case.changes = frozenset(kinds)  # type: ignore[attr-defined]
        return use_case
    return mark


def changes_of(use_case: Callable[..., Any]) -> frozenset[Change]:
    """What a use case declared it changes (nothing for a read)."""
    return getattr(use_case, "changes", frozenset())
