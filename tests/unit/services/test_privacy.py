"""Candidates' personal data: erasure leaves no byte of it in the database file or its journal;
a candidate's data can be exported whole; retention lists the right people."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import candidate_list, debrief, privacy
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services.autosave import DraftWriter
from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import open_database
from tests.helpers.banks import small_library

NAME = "欧阳娜娜Erasable"
PHONE = "13912345678"
EMAIL = "nana.erasable@example.com"
NOTE = "她说上一家店的退款率是百分之三 refund-rate-note"
LISTEN = "listen-notes-unique-句子"


def traces(folder: Path) -> dict[str, list[str]]:
    """Which of the candidate's texts are still in the bytes of the database and its journal."""
    found = {}
    for path in folder.iterdir():
        if path.name.startswith("hiring.db"):
            data = path.read_bytes()
            hits = [t for t in (NAME, PHONE, EMAIL, NOTE, LISTEN) if t.encode() in data]
            if hits:
                found[path.name] = hits
    return found


@pytest.fixture
def company(data_dir):
    opened = open_database(data_dir)
    ensure_builtin(opened.db, small_library())
    yield opened
    opened.db.conn.close()


def interview_with_notes(opened, candidate_id: int, interviewer: str = "王面试官",
                         note: str = NOTE, listen: str = LISTEN) -> int:
    db = opened.db
    interview = interview_service.start_interview(db, candidate_id, "shop_a", interviewer)
    first = interview_service.load_interview(db, interview).answers[0].question_id
    # Typed bit by bit through the autosave's own connection, as in a real interview.
    writer = DraftWriter(opened.path, interview, delay=0.01)
    for end in range(5, len(note) + 1, 5):
        writer.set_answer(first, "notes", note[:end])
        writer.set_field("listen_notes", listen[:end])
        writer.flush()
    writer.set_answer(first, "notes", note)
    writer.set_field("listen_notes", listen)
    assert writer.close()
    return interview


def test_erasure_leaves_no_trace_in_the_file_or_its_journal(company) -> None:
    db, folder = company.db, company.path.parent
    # Part of the history was written by a release without secure_delete: stale copies of the
    # record lie in free space, which deleting the row alone would not reach.
    db.execute("PRAGMA secure_delete = OFF")
    target = candidate_service.add_candidate(db, f"{NAME} (typo)", "shop_a", phone=PHONE,
                                             email=EMAIL)
    db.execute("UPDATE candidates SET name = ?, notes = ? WHERE id = ?", [NAME, NOTE * 30, target])
    db.execute("UPDATE candidates SET notes = '' WHERE id = ?", [target])  # record shrinks
    db.conn.commit()
    for status in ("interviewing", "decided", "interviewing"):
        candidate_service.set_status(db, target, status, note=NOTE)
    db.execute("PRAGMA secure_delete = ON")
    interview = interview_with_notes(company, target)
    interview_service.submit(db, interview, "train", NOTE)
    keep = candidate_service.add_candidate(db, "留下的人", "shop_a")
    interview_with_notes(company, keep, "李面试官", note="留下的笔记", listen="留下的倾听")
    candidate_list.load_rows(db)  # the list keeps their notes in its own row too
    assert db.execute("SELECT count(*) FROM list_evidence WHERE candidate_id = ?"
                      " AND answer_notes LIKE ?", [target, f"%{NOTE}%"]).fetchone()[0] == 1
    assert traces(folder)  # the texts are there before (the test can see them)

    erased = privacy.erase_candidate(db, target)

    assert erased.name == NAME and erased.traces_cleared
    assert traces(folder) == {}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(NotFoundError):
        candidate_service.get_candidate(db, target)
    for table in ("interviews", "status_history", "list_evidence", "list_stale"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE candidate_id = ?",  # noqa: S608
                          [target]).fetchone()[0] == 0
    # The other candidate is untouched, notes and all.
    kept = interview_service.interviews_of(db, keep)
    assert kept and kept[0].answers[0].notes == "留下的笔记"


def test_erasure_while_another_program_reads_says_the_log_is_not_cleared_yet(company) -> None:
    db = company.db
    target = candidate_service.add_candidate(db, NAME, "shop_a")
    reader = sqlite3.connect(company.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidates").fetchone()  # holds a read snapshot
    try:
        erased = privacy.erase_candidate(db, target)
    except UserError:  # VACUUM itself may be refused while a reader holds the file: also fine
        erased = None
    finally:
        reader.rollback()
        reader.close()
    if erased is not None:
        assert not erased.traces_cleared
    privacy.clear_traces(db)  # once the reader is gone, the traces go too
    assert traces(company.path.parent) == {}


def test_erasing_an_unknown_candidate_is_a_clear_error(company) -> None:
    with pytest.raises(NotFoundError):
        privacy.erase_candidate(company.db, 999)


def test_export_gives_everything_held_about_the_candidate(company, tmp_path) -> None:
    db = company.db
    target = candidate_service.add_candidate(db, NAME, "shop_a", phone=PHONE, email=EMAIL)
    interview = interview_with_notes(company, target)
    interview_service.submit(db, interview, "hire", "耐心")
    debrief.decide(db, target, "hire", "耐心，细致", "老板")
    path = tmp_path / "data.json"
    privacy.export_candidate(db, target, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == privacy.EXPORT_FORMAT
    assert data["candidate"]["name"] == NAME
    assert data["candidate"]["phone"] == PHONE and data["candidate"]["email"] == EMAIL
    assert [h["status"] for h in data["status_history"]] == ["new", "interviewing", "decided"]
    (card,) = data["interviews"]
    assert card["interviewer_name"] == "王面试官" and card["listen_notes"] == LISTEN
    assert card["decision"] == "hire" and card["decision_reason"] == "耐心"
    assert card["answers"][0]["notes"] == NOTE
    assert card["answers"][0]["question"]["zh"]  # the question asked, in every language
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["data.json"]  # no temp file


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 3, 31), 1, date(2026, 2, 28)),
    (date(2024, 3, 31), 1, date(2024, 2, 29)),
    (date(2026, 1, 15), 1, date(2025, 12, 15)),
    (date(2026, 11, 23), 24, date(2024, 11, 23)),
    (date(2026, 11, 23), 0, date(2026, 11, 23)),
])
def test_months_are_calendar_months(day, months, expected) -> None:
    assert privacy.months_before(day, months) == expected


def _age(db, candidate_id: int, when: str) -> None:
    db.execute("UPDATE candidates SET created_at = ?, updated_at = ? WHERE id = ?",
               [when, when, candidate_id])
    db.execute("UPDATE status_history SET changed_at = ? WHERE candidate_id = ?",
               [when, candidate_id])
    db.execute("UPDATE interviews SET updated_at = ?, started_at = ? WHERE candidate_id = ?",
               [when, when, candidate_id])
    db.conn.commit()


def test_retention_lists_only_candidates_not_hired_and_inactive_long_enough(company) -> None:
    db = company.db
    old_declined = candidate_service.add_candidate(db, "老的落选者", "shop_a")
    candidate_service.set_status(db, old_declined, "declined")
    old_hired = candidate_service.add_candidate(db, "老员工", "shop_a")
    candidate_service.set_status(db, old_hired, "hired")
    old_but_interviewed_lately = candidate_service.add_candidate(db, "最近面过", "shop_a")
    recent = candidate_service.add_candidate(db, "新来的", "shop_a")
    for who in (old_declined, old_hired, old_but_interviewed_lately):
        _age(db, who, "2025-01-10T09:00:00.000+00:00")
    interview_service.start_interview(db, old_but_interviewed_lately, "shop_a", "王")
    today = date(2026, 11, 23)

    assert privacy.expired_candidates(db, today=today) == []  # retention is off by default
    privacy.set_retention_months(db, 12)
    expired = privacy.expired_candidates(db, today=today)
    assert [r["id"] for r in expired] == [old_declined]
    assert recent not in [r["id"] for r in expired]
    assert privacy.expired_candidates(db, months=30, today=today) == []


@pytest.mark.parametrize("months", [-1, 121])
def test_a_retention_period_out_of_range_is_refused(company, months) -> None:
    with pytest.raises(UserError):
        privacy.set_retention_months(company.db, months)
    assert privacy.retention_months(company.db) == 0


def test_retention_erasure_keeps_someone_hired_after_the_list_was_shown(company) -> None:
    db = company.db
    first = candidate_service.add_candidate(db, "列表上的甲", "shop_a")
    second = candidate_service.add_candidate(db, "列表上的乙", "shop_a")
    for who in (first, second):
        _age(db, who, "2020-01-10T09:00:00.000+00:00")
    privacy.set_retention_months(db, 6)
    listed = [r["id"] for r in privacy.expired_candidates(db)]
    assert listed == [first, second]
    candidate_service.set_status(db, second, "hired")  # meanwhile, in another window
    erased = privacy.erase_expired(db, listed)
    assert [e.id for e in erased] == [first]
    assert candidate_service.get_candidate(db, second)["status"] == "hired"
