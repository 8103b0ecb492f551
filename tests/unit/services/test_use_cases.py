"""Use cases that are one change for the user are one transaction, and the rules the window
relies on are the services' own (a script or a second window cannot get around them)."""
from __future__ import annotations

import pytest

from hiring_app.errors import UserError
from hiring_app.services import interviews, role_editing
from hiring_app.services.candidates import list_candidates
from hiring_app.services.library import ensure_builtin, role_rows
from tests.helpers.banks import small_library
from tests.helpers.fixtures import dump_tables


@pytest.fixture
def lib_db(db):
    ensure_builtin(db, small_library())
    return db


def test_a_new_candidate_and_their_first_interview_start_together(lib_db) -> None:
    candidate_id, interview_id = interviews.start_interview_with_new_candidate(
        lib_db, "王芳", "shop_a", "李面试官", channel="referral", phone="13800000000")
    interview = interviews.load_interview(lib_db, interview_id)
    assert interview.candidate_id == candidate_id and interview.interviewer_name == "李面试官"
    assert [c["name"] for c in list_candidates(lib_db)] == ["王芳"]


@pytest.mark.parametrize("interviewer", ["", "长" * 101])
def test_a_refused_start_leaves_no_candidate_behind(lib_db, interviewer) -> None:
    before = dump_tables(lib_db)
    for _ in range(2):  # pressing Start again adds nobody either
        with pytest.raises(UserError):
            interviews.start_interview_with_new_candidate(lib_db, "王芳", "shop_a", interviewer)
    assert dump_tables(lib_db) == before


def test_a_built_in_role_cannot_be_deleted_by_any_caller(lib_db) -> None:
    builtin = next(r["id"] for r in role_rows(lib_db) if r["origin"] == "builtin")
    with pytest.raises(UserError, match="cannot be deleted"):
        role_editing.apply(lib_db, builtin, None)
    assert any(r["id"] == builtin for r in role_rows(lib_db))
