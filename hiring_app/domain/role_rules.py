"""Which rules a role's verdicts follow: the role's thresholds, and its knock-outs — the
knock-out questions among the standard questions and the role's own, and the knock-out red flags
(those the shared vocabulary marks for every role, plus the role's own additions)."""
from __future__ import annotations

from collections.abc import Iterable

from hiring_app.domain.library import Question, RoleProfile
from hiring_app.domain.matrix import Rules


def role_rules(role: RoleProfile | None, standard_questions: Iterable[Question],
               knockout_flags: Iterable[str]) -> Rules:
    """The rules for `role` (None: a candidate without a role gets the defaults, with the
    standard questions' and the shared red flags' knock-outs)."""
    questions = [*standard_questions, *(role.questions if role else [])]
    return Rules(
        thresholds=role.thresholds if role else Rules().thresholds,
        knockout_questions=frozenset(q.id for q in questions if q.knockout),
        knockout_flags=frozenset([*knockout_flags, *(role.knockout_flags if role else [])]),
    )
