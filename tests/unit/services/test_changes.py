"""Every use case the window runs to change data declares what it changes, so the window's one
operations runner can tell each screen what to redraw."""
from __future__ import annotations

import pytest

from hiring_app.services import candidates, interviews, library, privacy, role_editing, scorecards
from hiring_app.services.changes import Change, changes_of


@pytest.mark.parametrize(("use_case", "expected"), [
    (candidates.set_status, {Change.CANDIDATES}),
    (candidates.add_candidate, {Change.CANDIDATES}),
    (interviews.start_interview, {Change.CANDIDATES, Change.INTERVIEWS}),
    (interviews.start_interview_with_new_candidate, {Change.CANDIDATES, Change.INTERVIEWS}),
    (interviews.submit, {Change.CANDIDATES, Change.INTERVIEWS}),
    (privacy.erase_candidates, {Change.CANDIDATES, Change.INTERVIEWS}),
    (privacy.erase_expired, {Change.CANDIDATES, Change.INTERVIEWS}),
    (privacy.set_retention_months, {Change.RETENTION}),
    (role_editing.apply, {Change.ROLES, Change.QUESTIONS}),
    (library.import_bank, {Change.ROLES, Change.QUESTIONS}),
    (library.restore_builtin, {Change.ROLES, Change.QUESTIONS}),
    (scorecards.import_scorecards, {Change.CANDIDATES, Change.INTERVIEWS}),
])
def test_use_cases_declare_what_they_change(use_case, expected) -> None:
    assert changes_of(use_case) == expected


def test_a_read_changes_nothing() -> None:
    assert changes_of(candidates.get_candidate) == frozenset()
