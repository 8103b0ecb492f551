"""Editing roles through snapshots: what the Roles screen and its undo rely on."""
from __future__ import annotations

import pytest

from hiring_app.content.loader import BankFileError
from hiring_app.services import role_editing as editing
from hiring_app.services.library import ensure_builtin, restore_builtin
from hiring_app.storage import roles_repo
from tests.helpers.banks import small_library


@pytest.fixture
def library_db(db):
    ensure_builtin(db, small_library())
    return db


def test_an_edit_whose_texts_share_objects_is_saved(library_db) -> None:
    snap = editing.snapshot(library_db, "shop_a")
    shared = {"zh": "同一个追问", "en": "same follow-up", "es": "misma repregunta"}
    for question in snap.questions:
        question["follow_ups"] = [shared]  # the dialog may hand back one object twice
    editing.apply(library_db, "shop_a", snap)
    assert all(q.follow_ups == [shared] for q in roles_repo.questions_of(library_db, "shop_a"))


def test_an_invalid_edit_changes_nothing(library_db) -> None:
    before = editing.snapshot(library_db, "shop_a")
    bad = before.copy()
    bad.questions[0]["facet"] = "no_such_facet"
    with pytest.raises(BankFileError):
        editing.apply(library_db, "shop_a", bad)
    assert editing.snapshot(library_db, "shop_a") == before


def test_undoing_an_edit_restores_the_exact_snapshot(library_db) -> None:
    before = editing.snapshot(library_db, "shop_a")
    after = editing.move_question(before, 0, 1)
    editing.apply(library_db, "shop_a", after)
    assert [q.id for q in roles_repo.questions_of(library_db, "shop_a")][:2] == [
        "shop_a_q2", "shop_a_q1"]
    editing.apply(library_db, "shop_a", before)
    assert editing.snapshot(library_db, "shop_a") == before


def test_moving_past_either_end_is_refused(library_db) -> None:
    snap = editing.snapshot(library_db, "shop_a")
    assert editing.move_question(snap, 0, -1) is None
    assert editing.move_question(snap, len(snap.questions) - 1, 1) is None


def test_a_role_with_candidates_cannot_be_deleted(library_db) -> None:
    own = editing.duplicate(library_db, "shop_a", {"en": " (copy)"})
    editing.apply(library_db, own.role["id"], own)
    library_db["candidates"].insert({"name": "候选人", "role_id": own.role["id"],
                                     "created_at": "t", "updated_at": "t"})
    with pytest.raises(editing.RoleInUseError):
        editing.apply(library_db, own.role["id"], None)
    assert roles_repo.get_role(library_db, own.role["id"]) is not None


def test_duplicates_get_fresh_ids_each_time(library_db) -> None:
    first = editing.duplicate(library_db, "shop_a", {"en": " (copy)"})
    editing.apply(library_db, first.role["id"], first)
    second = editing.duplicate(library_db, "shop_a", {"en": " (copy)"})
    assert (first.role["id"], second.role["id"]) == ("shop_a_copy", "shop_a_copy_2")
    ids = {q["id"] for q in first.questions} | {q["id"] for q in second.questions}
    assert len(ids) == 12


def test_restore_puts_a_deleted_shipped_role_back_in_its_place(library_db) -> None:
    order = roles_repo.role_ids(library_db)
    roles_repo.delete_role(library_db, order[0])  # gone, e.g. in a file of an older version
    restore_builtin(library_db, small_library())
    assert roles_repo.role_ids(library_db) == order


def test_text_typed_in_one_language_fills_the_others() -> None:
    assert editing.fill_languages({"en": " Hello ", "zh": ""}) == {
        "zh": "Hello", "en": "Hello", "es": "Hello"}
