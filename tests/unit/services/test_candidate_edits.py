"""Correcting a candidate's record (services.candidates.edit_candidate): the same rules as adding,
only the fields given change, unknown ids and a role with submitted scorecards are refused; and
taking back the adding of a candidate (the window's undo) while nothing else was recorded."""
from __future__ import annotations

import logging

import pytest

from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import attachments, interviews
from hiring_app.services import candidates as service
from tests.helpers.banks import small_company

PDF = b"%PDF-1.4\n% a resume\n%%EOF\n"


@pytest.fixture
def db():
    database = small_company()
    yield database
    database.conn.close()


def row(db, candidate_id: int) -> dict:
    return service.get_candidate(db, candidate_id)


# Every mistake adding refuses, with the field it concerns (one rule for both).
MISTAKES = [
    ({"name": ""}, "candidate.name_missing"),
    ({"name": "   "}, "candidate.name_missing"),
    ({"name": "王\x1b[31m伟"}, "text.name_control"),
    ({"name": "王\u202e伟"}, "text.name_direction"),
    ({"name": "长" * (service.MAX_NAME + 1)}, "candidate.name_too_long"),
    ({"role_id": "no_such_role"}, "role.not_found"),
    ({"channel": "billboard"}, "candidate.channel_unknown"),
    ({"phone": "1" * (service.MAX_PHONE + 1)}, "candidate.phone_too_long"),
    ({"email": "not an address"}, "candidate.email_invalid"),
    ({"email": "a\u202eb@example.com"}, "candidate.email_invalid"),
    ({"email": "a" * 250 + "@example.com"}, "candidate.email_too_long"),
]


@pytest.mark.parametrize(("fields", "code"), MISTAKES)
def test_edit_refuses_exactly_what_add_refuses_and_changes_nothing(db, fields, code) -> None:
    add = {"name": "王伟", "role_id": "shop_a", "channel": None, "phone": None, "email": None,
           **fields}
    with pytest.raises(UserError) as refused_add:
        service.add_candidate(db, add["name"], add["role_id"], add["channel"], add["phone"],
                              add["email"])
    assert refused_add.value.code == code
    assert service.count_candidates(db) == 0  # nothing was added

    candidate = service.add_candidate(db, "王伟", "shop_a", "referral", "138 0000 0000",
                                      "wang@example.com")
    before = row(db, candidate)
    with pytest.raises(UserError) as refused_edit:
        service.edit_candidate(db, candidate, **fields)
    assert refused_edit.value.code == code
    assert refused_edit.value.params == refused_add.value.params
    assert row(db, candidate) == before  # nothing was changed


def test_notes_that_are_too_long_are_refused_when_adding_and_editing(db) -> None:
    too_long = "记" * (service.MAX_NOTES + 1)
    with pytest.raises(UserError, match="notes are longer"):
        service.add_candidate(db, "王伟", "shop_a", notes=too_long)
    candidate = service.add_candidate(db, "王伟", "shop_a")
    with pytest.raises(UserError, match="notes are longer"):
        service.edit_candidate(db, candidate, notes=too_long)
    assert row(db, candidate)["notes"] == ""


def test_only_the_fields_given_change_and_what_they_were_is_returned(db) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a", "referral", "138 0000 0000",
                                      "wang@example.com")
    before = row(db, candidate)

    changed = service.edit_candidate(db, candidate, phone=" 139\u00a01111 2222 ")

    after = row(db, candidate)
    assert changed == {"phone": "138 0000 0000"}
    assert after["phone"] == "139\u00a01111 2222"  # trimmed, as when adding
    for key in ("name", "role_id", "channel", "email", "notes", "status", "uid", "created_at"):
        assert after[key] == before[key], key
    assert after["updated_at"] >= before["updated_at"]


def test_notes_keep_their_lines_and_lose_hidden_characters(db) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a", notes="第一行")
    service.edit_candidate(db, candidate, notes="第一行\r\n第二行\t制表\u202e\x07")
    assert row(db, candidate)["notes"] == "第一行\n第二行\t制表"


def test_optional_fields_are_cleared_with_none_or_blank(db) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a", "referral", "138", "w@example.com")
    service.edit_candidate(db, candidate, phone="", email=None, channel="  ", role_id=None)
    after = row(db, candidate)
    assert (after["phone"], after["email"], after["channel"], after["role_id"]) == (
        None, None, None, None)


def test_an_edit_that_changes_nothing_writes_nothing(db) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a", phone="138")
    before = row(db, candidate)
    assert service.edit_candidate(db, candidate, name=" 王伟 ", phone="138") == {}
    assert row(db, candidate) == before


def test_an_unknown_candidate_is_refused(db) -> None:
    with pytest.raises(NotFoundError) as refused:
        service.edit_candidate(db, 404, phone="138")
    assert refused.value.code == "candidate.not_found"


def test_the_role_stays_once_scorecards_are_submitted(db) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a")
    interview = interviews.start_interview(db, candidate, "shop_a", "面试官甲")
    # a draft is the interviewer's, with its own role: the record's role may still change
    assert service.role_locked(db, candidate) is None
    service.edit_candidate(db, candidate, role_id="shop_b")
    service.edit_candidate(db, candidate, role_id="shop_a")
    answers = interviews.load_interview(db, interview).answers
    interviews.apply_changes(db, interview, {}, {a.question_id: {"score": 4} for a in answers})
    interviews.submit(db, interview, "hire", "好")

    with pytest.raises(UserError) as refused:
        service.edit_candidate(db, candidate, role_id="shop_b", phone="139")
    assert refused.value.code == "candidate.role_has_scorecards"
    assert "王伟" in refused.value.render("zh")
    assert (row(db, candidate)["role_id"], row(db, candidate)["phone"]) == ("shop_a", None)
    assert service.role_locked(db, candidate) is not None
    # everything else can still be corrected, and the same role is no change
    service.edit_candidate(db, candidate, role_id="shop_a", phone="139")
    assert row(db, candidate)["phone"] == "139"


def test_nothing_typed_reaches_the_log(db, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    candidate = service.add_candidate(db, "秘密名字", "shop_a", phone="13912345678",
                                      notes="秘密备注")
    service.edit_candidate(db, candidate, name="另一个秘密", phone="13787654321",
                           email="secret@example.com", notes="新的秘密备注")
    with pytest.raises(UserError):
        service.edit_candidate(db, candidate, email="秘密 not an address")
    for secret in ("秘密", "1391234", "1378765", "secret@"):
        assert secret not in caplog.text


def test_adding_can_be_taken_back_and_done_again_as_it_was(db) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a", "referral", "138", notes="备注")
    before = row(db, candidate)
    taken = service.undo_add_candidate(db, candidate)
    assert service.count_candidates(db) == 0
    with pytest.raises(NotFoundError):
        service.id_by_uid(db, before["uid"])

    again = service.redo_add_candidate(db, taken)

    assert service.id_by_uid(db, before["uid"]) == again
    restored = row(db, again)
    for key in ("uid", "name", "role_id", "channel", "phone", "notes", "status", "created_at"):
        assert restored[key] == before[key], key
    assert [h["status"] for h in service.status_history(db, again)] == ["new"]


@pytest.mark.parametrize("since", ["interview", "file", "status"])
def test_adding_cannot_be_taken_back_once_more_was_recorded(db, tmp_path, since) -> None:
    candidate = service.add_candidate(db, "王伟", "shop_a")
    if since == "interview":
        interviews.start_interview(db, candidate, "shop_a", "面试官甲")
    elif since == "file":
        path = tmp_path / "简历.pdf"
        path.write_bytes(PDF)
        attachments.attach_file(db, candidate, path)
    else:
        service.set_status(db, candidate, "declined")
    with pytest.raises(UserError) as refused:
        service.undo_add_candidate(db, candidate)
    assert refused.value.code == "candidate.undo_add_too_late"
    assert service.candidate_exists(db, candidate)


def test_the_role_follows_the_position_applied_to(db) -> None:
    from hiring_app.services import positions

    candidate = service.add_candidate(db, "王伟", None)
    position = positions.add_position(db, "shop_a", 2)
    positions.apply_to(db, candidate, position)
    with pytest.raises(UserError) as refused:
        service.edit_candidate(db, candidate, role_id="shop_b")
    assert refused.value.code == "candidate.role_of_position"
    assert service.role_locked(db, candidate) is not None
    assert row(db, candidate)["role_id"] == "shop_a"
    with pytest.raises(UserError) as too_late:  # applying is recorded: adding stays
        service.undo_add_candidate(db, candidate)
    assert too_late.value.code == "candidate.undo_add_too_late"
    positions.apply_to(db, candidate, None)
    service.edit_candidate(db, candidate, role_id="shop_b")
    assert row(db, candidate)["role_id"] == "shop_b"
