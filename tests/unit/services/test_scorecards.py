"""Scorecards of several interviewers: blind until submitted, combined results, and exchanging
scorecard files between two companies' databases (all or nothing)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hiring_app.domain.matrix import Quadrant
from hiring_app.domain.text import clean_note
from hiring_app.errors import StorageWriteError, UserError
from hiring_app.services import interviews
from hiring_app.services import scorecards as service
from hiring_app.services.candidates import add_candidate, get_candidate, status_history
from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import memory_database
from tests.helpers.banks import small_library
from tests.helpers.fixtures import dump_tables, stored_interview

HOSTILE = ("<script>alert(\"x\")</script> & 'single' \"double\" 😀👩‍👩‍👧 中文 العربية עברית "
           "Ελληνικά Кириллица \u202eRTL\u202c\ttab\r\nCRLF\x00nul")
LONG = ("长文本😀<&>\"' mixed Ελλάδα " * 500)[:10_000]


@pytest.fixture
def sender(db):
    """The sending company's database, with the small library."""
    ensure_builtin(db, small_library())
    return db


@pytest.fixture
def receiver():
    """A second, separate company database: where scorecard files are imported."""
    database = memory_database()
    ensure_builtin(database, small_library())
    yield database
    database.conn.close()


def interview(db, candidate_id: int, interviewer: str, attitude: int | None = None,
              ability: int | None = None, decision: str | None = None, reason: str = "",
              notes: str = "", **fields) -> int:
    """An interview for role shop_a with every attitude / ability question given one score;
    submitted with `decision` when one is given, else left as a draft."""
    interview_id = interviews.start_interview(db, candidate_id, "shop_a", interviewer)
    answers = {}
    for answer in interviews.load_interview(db, interview_id).answers:
        score = attitude if answer.dimension == "attitude" else ability
        if score is not None:
            answers[answer.question_id] = {"score": score, "notes": notes, "seconds": 42}
    interviews.apply_changes(db, interview_id, fields, answers)
    if decision:
        interviews.submit(db, interview_id, decision, reason)
    return interview_id


def interviewer_of(db, interview_id: int) -> int:
    return interviews.load_interview(db, interview_id).interviewer_id


def outcome(result) -> tuple:
    """What a user reads off a combined result (no database ids)."""
    return (result.count, result.attitude, result.ability, result.quadrant,
            result.decisions, [(c.interview_uid, c.attitude, c.ability, c.quadrant, c.decision)
                               for c in result.scorecards])


# --- who sees what ----------------------------------------------------------------------------
def test_blind_until_submitted(sender) -> None:
    candidate = add_candidate(sender, "张伟", "shop_a")
    first = interview(sender, candidate, "王芳", attitude=5, ability=4, decision="hire")
    second = interview(sender, candidate, "李强", attitude=2, ability=2, notes="还在想")
    viewer = interviewer_of(sender, second)

    seen = service.visible_scorecards(sender, candidate, viewer)
    assert [s.id for s in seen] == [second]  # only their own draft
    assert seen[0].answers[0].notes == "还在想"
    assert service.candidate_result(sender, candidate, viewer).count == 0

    interviews.submit(sender, second, "reject", "态度一般")
    seen = service.visible_scorecards(sender, candidate, viewer)
    assert sorted(s.id for s in seen) == [first, second]
    result = service.candidate_result(sender, candidate, viewer)
    assert result.decisions == [("王芳", "hire"), ("李强", "reject")]


def test_a_colleague_who_has_submitted_never_sees_another_draft(sender) -> None:
    candidate = add_candidate(sender, "张伟", "shop_a")
    first = interview(sender, candidate, "王芳", attitude=5, ability=4, decision="hire")
    interview(sender, candidate, "李强", attitude=1, ability=1)  # a draft in progress
    seen = service.visible_scorecards(sender, candidate, interviewer_of(sender, first))
    assert [s.id for s in seen] == [first]
    outsider = interviews.ensure_interviewer(sender, "赵六")  # has no scorecard at all
    assert service.visible_scorecards(sender, candidate, outsider) == []
    assert service.candidate_result(sender, candidate).count == 1  # reports: all submitted


def test_three_interviewers_combined(sender) -> None:
    candidate = add_candidate(sender, "张伟", "shop_a")
    interview(sender, candidate, "王芳", attitude=5, ability=2, decision="train")
    interview(sender, candidate, "李强", attitude=4, ability=3, decision="hire")
    interview(sender, candidate, "赵六", attitude=3, ability=5, decision="hold")
    interview(sender, candidate, "孙七", attitude=1, ability=1)  # a draft: does not count

    result = service.candidate_result(sender, candidate)
    assert result.count == 3
    assert result.attitude.score == pytest.approx(4.0)
    assert result.ability.score == pytest.approx(10 / 3)
    assert result.quadrant is Quadrant.TRAIN  # shop_a wants ability 3.5: 3.33 is not strong
    assert result.recommended_decision == "train"
    assert result.decisions == [("王芳", "train"), ("李强", "hire"), ("赵六", "hold")]
    assert (result.attitude.spread, result.attitude.disagreement) == (2.0, True)
    assert (result.ability.spread, result.ability.disagreement) == (3.0, True)


def test_unknown_candidate_is_a_user_error(sender) -> None:
    with pytest.raises(UserError, match="no candidate with the id 99"):
        service.candidate_result(sender, 99)


# --- export and import ------------------------------------------------------------------------
def hostile_candidate(db) -> int:
    candidate = add_candidate(db, "Zoë 张伟 <&>", "shop_a", channel="referral",
                              phone="+86 138 0000 0000", email="zoe@example.com")
    first = interview(db, candidate, "王芳 O'Brien", attitude=5, ability=4, decision="hire",
                      reason=HOSTILE, notes=LONG, listen_notes=HOSTILE, free_notes=LONG,
                      observations=["punctual"], red_flags=["blames_others"],
                      boss_type="tiger", team_role="monk", elapsed_seconds=1800)
    interviews.add_adhoc_question(db, first, HOSTILE, "ability", "execution", 2.0, position=1)
    second = interview(db, candidate, "Ли Мин", attitude=2, ability=4, notes=HOSTILE)
    interviews.apply_changes(db, second, {}, {"std_one": {"skipped": True, "score": None}})
    interviews.submit(db, second, "hold", "😀" * 3)
    interview(db, candidate, "Draft Person", attitude=1, ability=1, notes="private draft")
    return candidate


def test_export_then_import_into_another_database_reproduces_everything(
        sender, receiver, tmp_path: Path) -> None:
    candidate = hostile_candidate(sender)
    path = tmp_path / "张伟 scorecards.json"
    assert service.export_scorecards(sender, candidate, path) == 2
    assert "private draft" not in path.read_text(encoding="utf-8")  # drafts stay at home

    summary = service.import_scorecards(receiver, path)
    assert (summary.created, summary.scorecards_added) == (True, 2)
    assert "2 scorecards added" in summary.summary()

    sent, received = get_candidate(sender, candidate), get_candidate(receiver, summary.candidate_id)
    for key in ("uid", "name", "role_id", "channel", "phone", "email"):
        assert received[key] == sent[key]
    uids = [u for (u,) in sender.execute("SELECT uid FROM interviews WHERE state = 'submitted'")]
    for uid in uids:
        assert stored_interview(receiver, uid) == stored_interview(sender, uid)
    notes = {r[0] for r in receiver.execute("SELECT notes FROM answers")}
    # as typed, less what shows nothing (direction and control characters; issue #15)
    stored = clean_note(HOSTILE)
    assert stored == HOSTILE.replace("\u202e", "").replace("\u202c", "").replace(
        "\r\n", "\n").replace("\x00", "")
    assert {LONG, stored} <= notes
    assert receiver.execute("SELECT adhoc_text FROM answers WHERE adhoc_text IS NOT NULL"
                         ).fetchall() == [(stored,)]
    assert {r[0] for r in receiver.execute("SELECT name FROM interviewers")} == {"王芳 O'Brien",
                                                                             "Ли Мин"}
    assert outcome(service.candidate_result(receiver, summary.candidate_id)) == \
        outcome(service.candidate_result(sender, candidate))
    assert [(h["status"], h["decision"]) for h in status_history(receiver, summary.candidate_id)] \
        == [("new", None), ("interviewing", None)]  # scorecards recommend; nobody decided

    again = tmp_path / "again.json"  # and the copy exports the same scorecards again
    service.export_scorecards(receiver, summary.candidate_id, again)
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (path, again))
    assert first["candidate"] == second["candidate"]
    assert first["scorecards"] == second["scorecards"]


def test_a_candidate_without_a_submitted_scorecard_is_not_exported(sender, tmp_path) -> None:
    candidate = add_candidate(sender, "张伟", "shop_a")
    interview(sender, candidate, "王芳", attitude=4, ability=4)  # a draft only
    path = tmp_path / "none.json"
    with pytest.raises(UserError, match="no submitted scorecard"):
        service.export_scorecards(sender, candidate, path)
    assert not path.exists()


def test_importing_the_same_file_twice_is_refused_and_changes_nothing(
        sender, receiver, tmp_path) -> None:
    candidate = hostile_candidate(sender)
    path = tmp_path / "cards.json"
    service.export_scorecards(sender, candidate, path)
    service.import_scorecards(receiver, path)
    before = dump_tables(receiver)
    with pytest.raises(UserError) as error:
        service.import_scorecards(receiver, path)
    assert error.value.message.startswith(f"{path}: ")
    assert "already imported" in error.value.message
    assert dump_tables(receiver) == before


def _passed_along_a_panel(sender, tmp_path) -> tuple[int, Path, Path]:
    """A candidate's file after the first interview, and again after the second (carrying the
    first scorecard as well), as a file passed along a panel."""
    candidate = add_candidate(sender, "张伟", "shop_a")
    interview(sender, candidate, "王芳", attitude=4, ability=4, decision="hire")
    early = tmp_path / "early.json"
    service.export_scorecards(sender, candidate, early)
    interview(sender, candidate, "李强", attitude=2, ability=5, decision="hold")
    both = tmp_path / "both.json"
    service.export_scorecards(sender, candidate, both)
    return candidate, early, both


def test_a_new_candidate_is_created_with_the_same_uid_and_later_scorecards_join_it(
        sender, receiver, tmp_path) -> None:
    candidate, early, both = _passed_along_a_panel(sender, tmp_path)

    first = service.import_scorecards(receiver, early)
    assert first.created is True
    uid = get_candidate(sender, candidate)["uid"]
    assert get_candidate(receiver, first.candidate_id)["uid"] == uid

    # The file passed along the panel carries the first scorecard again: it is skipped,
    # and the later one joins the same candidate.
    joined = service.import_scorecards(receiver, both)
    assert (joined.candidate_id, joined.created, joined.scorecards_added,
            joined.already_present) == (first.candidate_id, False, 1, 1)
    # Sent once more: nothing is new.
    with pytest.raises(UserError, match="already imported"):
        service.import_scorecards(receiver, both)
    # A copy that was changed after it was sent is refused, and changes nothing.
    data = json.loads(both.read_text(encoding="utf-8"))
    data["scorecards"][0]["answers"][0]["notes"] = "edited later"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = dump_tables(receiver)
    with pytest.raises(UserError, match="differs"):
        service.import_scorecards(receiver, changed)
    assert dump_tables(receiver) == before
    assert receiver["candidates"].count == 1
    assert outcome(service.candidate_result(receiver, first.candidate_id)) == \
        outcome(service.candidate_result(sender, candidate))
    decided = [h for h in status_history(receiver, first.candidate_id) if h["status"] == "decided"]
    assert decided == []  # a decision is taken at the debrief, never by an import


@pytest.fixture
def exported(sender, tmp_path) -> dict:
    """A valid exported file's data, to spoil in one way per test."""
    candidate = add_candidate(sender, "张伟", "shop_a")
    interview(sender, candidate, "王芳", attitude=4, ability=4, decision="hire")
    interview(sender, candidate, "李强", attitude=3, ability=5, decision="hold")
    path = tmp_path / "good.json"
    service.export_scorecards(sender, candidate, path)
    return json.loads(path.read_text(encoding="utf-8"))


def _set(data: dict, path: tuple, value) -> dict:
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return data


def _text(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


SPOILED = {
    "not JSON": (lambda d: b'{"format": "hiring-scorecard/1",', "not valid JSON"),
    "empty": (lambda d: b"  \n", "the file is empty"),
    "a huge number": (lambda d: _text(d).replace(b'"elapsed_seconds": 0',
                                                 b'"elapsed_seconds": ' + b"9" * 5000, 1),
                      "not valid JSON: a number is far too long"),
    "not UTF-8": (lambda d: json.dumps(d, ensure_ascii=False).encode("gbk"), "not UTF-8 text"),
    "too large": (lambda d: _text(d) + b" " * (5 * 1024 * 1024), "too large (over 5 MB)"),
    "a list": (lambda d: b"[]", "must hold a JSON object"),
    "NaN": (lambda d: _text(d).replace(b'"weight": 1.0', b'"weight": NaN', 1),
            "not valid JSON: NaN"),
    "a key twice": (lambda d: _text(d).replace(b'"format"', b'"format": "x", "format"', 1),
                    "not valid JSON: the key 'format' is given twice"),
    "another format": (lambda d: _text(_set(d, ("format",), "hiring-bank/1")),
                       "$.format: must be 'hiring-scorecard/1'"),
    "a newer format": (lambda d: _text(_set(d, ("format",), "hiring-scorecard/2")),
                       "$.format: 'hiring-scorecard/2' is from a newer version of the app"),
    "score 7": (lambda d: _text(_set(d, ("scorecards", 1, "answers", 2, "score"), 7)),
                "$.scorecards[1].answers[2].score: must be at most 5"),
    "score as text": (lambda d: _text(_set(d, ("scorecards", 0, "answers", 0, "score"), "5")),
                      "$.scorecards[0].answers[0].score: must be of type integer or null"),
    "unknown field": (lambda d: _text(_set(d, ("scorecards", 0, "salary"), 9000)),
                      "$.scorecards[0].salary: is not a known field"),
    "missing field": (lambda d: _text({**d, "candidate": {k: v for k, v in d["candidate"].items()
                                                          if k != "uid"}}),
                      "$.candidate.uid: is missing"),
    "unknown dimension": (lambda d: _text(_set(d, ("scorecards", 0, "answers", 1, "dimension"),
                                               "charm")),
                          "$.scorecards[0].answers[1].dimension: must be one of: attitude, "
                          "ability"),
    "huge note": (lambda d: _text(_set(d, ("scorecards", 0, "free_notes"), "x" * 200_001)),
                  "$.scorecards[0].free_notes: is longer than 200000 characters"),
    "broken unicode": (lambda d: _text(d).replace(b'"free_notes": "', b'"free_notes": "\\ud800', 1),
                       "$.scorecards[0].free_notes: is not valid Unicode text"),
    "uid twice": (lambda d: _text(_set(d, ("scorecards", 1, "uid"), d["scorecards"][0]["uid"])),
                  "$.scorecards[1].uid: the scorecard"),
    "unknown role": (lambda d: _text(_set(d, ("scorecards", 1, "role_id"), "no_such_role")),
                     "$.scorecards[1].role_id: the role 'no_such_role' is not in this database"),
    "unknown candidate role": (lambda d: _text(_set(d, ("candidate", "role_id"), "no_such_role")),
                               "$.candidate.role_id: the role 'no_such_role'"),
    "bad e-mail": (lambda d: _text(_set(d, ("candidate", "email"), "not-an-address")),
                   "$.candidate: 'not-an-address' does not look like an e-mail address"),
}


def test_a_file_saved_with_a_byte_order_mark_imports(exported, receiver, tmp_path) -> None:
    path = tmp_path / "notepad.json"
    text = json.dumps(exported, ensure_ascii=False, indent=2).replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert service.import_scorecards(receiver, path).scorecards_added == 2


@pytest.mark.parametrize("case", list(SPOILED))
def test_a_bad_file_is_refused_with_its_name_and_place_and_changes_nothing(
        case, exported, receiver, tmp_path) -> None:
    # The receiving database already holds another candidate's scorecard.
    keep = add_candidate(receiver, "已有的人", "shop_a")
    interview(receiver, keep, "王芳", attitude=3, ability=3, decision="train")
    spoil, expected = SPOILED[case]
    path = tmp_path / "spoiled.json"
    path.write_bytes(spoil(exported))
    before = dump_tables(receiver)
    with pytest.raises(UserError) as error:
        service.import_scorecards(receiver, path)
    message = error.value.message
    assert message.startswith(f"{path}: "), message
    assert expected in message, message
    assert "\n" not in message and len(message) < 400
    assert dump_tables(receiver) == before


def test_a_failure_half_way_through_leaves_nothing_behind(exported, receiver, tmp_path,
                                                          monkeypatch) -> None:
    path = tmp_path / "good.json"
    path.write_bytes(_text(exported))
    before = dump_tables(receiver)
    real, calls = interviews.ensure_interviewer, []

    def disk_fails_on_the_second_scorecard(db, name):
        calls.append(name)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(db, name)

    monkeypatch.setattr(interviews, "ensure_interviewer", disk_fails_on_the_second_scorecard)
    with pytest.raises(StorageWriteError) as info:  # said plainly, as a user error
        service.import_scorecards(receiver, path)
    assert "nothing of this change was written" in info.value.message
    assert dump_tables(receiver) == before
    monkeypatch.undo()
    assert service.import_scorecards(receiver, path).scorecards_added == 2  # nothing half-there


def test_a_refusal_names_the_scorecard_by_its_place_in_the_file(sender, receiver,
                                                                tmp_path) -> None:
    """Found in review: once an earlier scorecard was skipped as already imported, the error
    named the wrong entry of the file (its place among the new ones)."""
    candidate, early, both = _passed_along_a_panel(sender, tmp_path)
    service.import_scorecards(receiver, early)
    data = json.loads(both.read_text(encoding="utf-8"))
    data["scorecards"][1]["role_id"] = "no_such_role"  # the second, new one is refused
    spoiled = tmp_path / "spoiled.json"
    spoiled.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match=r"scorecards\[1\]"):
        service.import_scorecards(receiver, spoiled)
