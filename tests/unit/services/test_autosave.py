"""Autosave: changes reach the database quickly, and a failing disk loses nothing."""
from __future__ import annotations

import sqlite3
import time

import pytest

from hiring_app.errors import UserError
from hiring_app.services import autosave, interviews
from hiring_app.services.candidates import add_candidate
from hiring_app.services.library import ensure_builtin
from tests.helpers.banks import small_library


@pytest.fixture
def draft(opened):
    ensure_builtin(opened.db, small_library())
    candidate = add_candidate(opened.db, "张伟", "shop_a")
    interview_id = interviews.start_interview(opened.db, candidate, "shop_a", "李娜")
    return opened, interview_id


def test_changes_reach_the_database_within_a_second(draft) -> None:
    opened, interview_id = draft
    writer = autosave.DraftWriter(opened.path, interview_id, delay=0.2)
    started = time.monotonic()
    for i in range(1, 40):  # typing, one character at a time
        writer.set_field("listen_notes", "认真倾听"[: i % 5] + "x" * i)
    writer.set_answer("shop_a_q1", "score", 4)
    writer.set_answer("shop_a_q1", "notes", "举了具体例子")
    while writer.state != autosave.SAVED and time.monotonic() - started < 2:
        time.sleep(0.02)
    elapsed = time.monotonic() - started
    writer.close()
    assert elapsed < 1.0
    stored = interviews.load_interview(opened.db, interview_id)
    assert stored.listen_notes.endswith("x" * 39)
    answer = next(a for a in stored.answers if a.question_id == "shop_a_q1")
    assert (answer.score, answer.notes) == (4, "举了具体例子")


def test_a_failing_write_keeps_everything_and_retries(draft) -> None:
    opened, interview_id = draft
    failures = {"left": 3}

    def flaky(db, iid, fields, answers):
        if failures["left"]:
            failures["left"] -= 1
            raise sqlite3.OperationalError("database or disk is full")
        interviews.apply_changes(db, iid, fields, answers)

    writer = autosave.DraftWriter(opened.path, interview_id, delay=0.05, retry_after=0.05,
                                  write=flaky)
    writer.set_field("free_notes", "first")
    deadline = time.monotonic() + 2
    while writer.state != autosave.FAILED and time.monotonic() < deadline:
        time.sleep(0.01)
    assert writer.state == autosave.FAILED
    assert "disk is full" in writer.last_error
    writer.set_field("free_notes", "first and more")  # typed while the disk was full
    writer.set_answer("shop_a_q2", "notes", "still here")
    assert writer.flush(timeout=3)
    writer.close()
    stored = interviews.load_interview(opened.db, interview_id)
    assert stored.free_notes == "first and more"
    assert next(a for a in stored.answers if a.question_id == "shop_a_q2").notes == "still here"


def test_a_refused_change_is_not_half_written(draft) -> None:
    opened, interview_id = draft
    with pytest.raises(UserError, match="1 to 5"):
        interviews.apply_changes(opened.db, interview_id, {"free_notes": "kept?"},
                                 {"shop_a_q1": {"score": 9}})
    assert interviews.load_interview(opened.db, interview_id).free_notes == ""


def test_a_submitted_scorecard_cannot_be_reopened_or_rescored(draft) -> None:
    opened, interview_id = draft
    interviews.submit(opened.db, interview_id, "hold")
    with pytest.raises(interviews.SubmittedError):
        interviews.apply_changes(opened.db, interview_id, {"state": "draft"}, {})
    with pytest.raises(interviews.SubmittedError):
        interviews.apply_changes(opened.db, interview_id, {}, {"shop_a_q1": {"score": 1}})
    writer = autosave.DraftWriter(opened.path, interview_id, delay=0.01, retry_after=0.01)
    writer.set_answer("shop_a_q1", "score", 1)
    writer.flush(timeout=2)
    assert writer.state == autosave.REFUSED and "submitted" in writer.last_error
    writer.close()
    assert next(a for a in interviews.load_interview(opened.db, interview_id).answers
                if a.question_id == "shop_a_q1").score is None


def test_an_unexpected_fault_keeps_the_text_and_the_writer_alive(tmp_path) -> None:
    """A bug in a write (not a disk fault) used to end the thread: the header said "Saving…"
    for ever and later notes went nowhere."""
    written: list[dict] = []
    faults = [TypeError("a bug")]

    def write(db, interview_id, fields, answers):
        if faults:
            raise faults.pop()
        written.append(fields)

    writer = autosave.DraftWriter(tmp_path / "x.db", 1, delay=0.01, retry_after=0.05,
                                  write=write)
    writer._connect = lambda: None  # no database needed for this fault
    try:
        writer.set_field("free_notes", "第一句")
        deadline = time.monotonic() + 5
        while not written and time.monotonic() < deadline:
            time.sleep(0.02)
        assert written == [{"free_notes": "第一句"}]  # kept, then written on the retry
        writer.set_field("free_notes", "第二句")
        assert writer.flush(5)
        assert written[-1] == {"free_notes": "第二句"} and writer.state == autosave.SAVED
    finally:
        writer.close()


def test_a_change_after_close_is_still_written(draft) -> None:
    """A screen that saves its clocks once more after closing its writer (seen when an
    interview page was finished twice) lost that change, and the window's close then waited
    on a writer that was gone."""
    opened, interview_id = draft
    writer = autosave.DraftWriter(opened.path, interview_id, delay=0.01)
    assert writer.close()
    writer.set_field("free_notes", "typed as the window closed")
    started = time.monotonic()
    assert writer.close()
    assert time.monotonic() - started < 2.5  # written, not waited out
    stored = interviews.load_interview(opened.db, interview_id)
    assert stored.free_notes == "typed as the window closed"


def test_nothing_is_written_to_a_file_whose_check_is_running(draft) -> None:
    """The window opened the file before checking it (it paints first): until the check has
    passed, the autosave writes nothing, keeps every character and says it will try again;
    then it writes them all."""
    from hiring_app.services import company

    opened, interview_id = draft
    company.await_check(opened.path, True)
    try:
        writer = autosave.DraftWriter(opened.path, interview_id, delay=0.05, retry_after=0.1)
        writer.set_field("listen_notes", "检查期间写的笔记")
        deadline = time.monotonic() + 3
        while writer.state != autosave.FAILED and time.monotonic() < deadline:
            time.sleep(0.02)
        assert writer.state == autosave.FAILED and writer.has_unsaved
        assert interviews.load_interview(opened.db, interview_id).listen_notes == ""
    finally:
        company.await_check(opened.path, False)
    assert writer.flush(5)
    writer.close()
    assert interviews.load_interview(opened.db, interview_id).listen_notes == "检查期间写的笔记"
