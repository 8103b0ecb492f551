"""Giving a candidate their data (privacy.export_candidate): whatever was typed about them, the
file is whole, valid JSON, the same data the function returned, and holds every text exactly as
typed: names, contact details, notes, answers, ad-hoc questions, reasons and status notes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiring_app.domain.text import BadNameError, clean_line, clean_name, clean_note
from hiring_app.errors import UserError
from hiring_app.services import interviews
from hiring_app.services.candidates import CHANNELS, MAX_PHONE, add_candidate, set_status
from hiring_app.services.privacy import EXPORT_FORMAT, candidate_data, export_candidate
from tests.helpers.attack import counted
from tests.helpers.banks import small_company

FUZZ = settings(max_examples=200, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.large_base_example])

_ANY = st.characters(exclude_categories=("Cs",))  # what a text column can hold
TEXTS = st.text(_ANY, max_size=50) | st.sampled_from([
    "", " ", "\x00", "\u2028\u2029", "\"quotes\" \\ backslash / slash", "</script><!--",
    "\ufeffBOM", "😀👩‍👩‍👧", "\r\n\t", "长" * 200_000, ("mixed 中文 😀 \"\\\n" * 1_000)])
def _acceptable(name: str) -> bool:
    """A name the app takes (names it refuses are attacked in test_attack_hostile_names)."""
    try:
        return bool(clean_name(name))
    except BadNameError:
        return False


NAMES = st.text(_ANY, min_size=1, max_size=100).filter(_acceptable)
EMAILS = st.none() | st.from_regex(r"[a-z0-9._%+\-]{1,20}@[a-z0-9\-]{1,20}\.[a-z]{2,6}",
                                   fullmatch=True)


company = small_company


@st.composite
def interview_texts(draw) -> dict:
    return {"interviewer": draw(NAMES), "listen_notes": draw(TEXTS), "free_notes": draw(TEXTS),
            "reason": draw(TEXTS), "notes": draw(st.lists(TEXTS, min_size=1, max_size=3)),
            "adhoc": draw(st.none() | NAMES), "submit": draw(st.booleans())}


def record_interview(db, candidate_id: int, typed: dict) -> dict[str, str]:
    """An interview with the typed texts; returns the answer notes typed, by question id."""
    interview_id = interviews.start_interview(db, candidate_id, "shop_a", typed["interviewer"])
    questions = [a.question_id for a in interviews.load_interview(db, interview_id).answers]
    notes = {q: text for q, text in zip(questions, typed["notes"])}
    if typed["adhoc"] is not None:
        adhoc = interviews.add_adhoc_question(db, interview_id, typed["adhoc"], "attitude",
                                              "responsibility")
        notes[adhoc] = typed["notes"][0]
    interviews.apply_changes(db, interview_id, {"listen_notes": typed["listen_notes"],
                                                "free_notes": typed["free_notes"]},
                             {q: {"notes": text, "score": 3} for q, text in notes.items()})
    if typed["submit"]:
        interviews.submit(db, interview_id, "hold", typed["reason"])
    return notes


@FUZZ
@given(name=NAMES, phone=st.none() | TEXTS, email=EMAILS, notes=TEXTS,
       channel=st.none() | st.sampled_from(CHANNELS), status_note=TEXTS,
       typed=st.lists(interview_texts(), max_size=2,
                      unique_by=lambda t: t["interviewer"].strip()))
@counted("fuzz: candidate data export cases")
def test_the_exported_file_holds_exactly_what_was_typed(tmp_path, name, phone, email, notes,
                                                         channel, status_note, typed):
    db = company()
    if len(clean_line(phone) or "") > MAX_PHONE:  # refused where it is typed, saying why
        with pytest.raises(UserError, match="phone number is longer"):
            add_candidate(db, name, "shop_a", channel=channel, phone=phone, email=email)
        db.conn.close()
        return
    try:
        candidate = add_candidate(db, name, "shop_a", channel=channel, phone=phone, email=email)
        db.execute("UPDATE candidates SET notes = ? WHERE id = ?", [notes, candidate])
        answer_notes = [record_interview(db, candidate, t) for t in typed]
        set_status(db, candidate, "declined", note=status_note)
        path = tmp_path / "data.json"
        returned = export_candidate(db, candidate, path)
    finally:
        db.conn.close()

    # Whole: nothing but the file beside it, which ends where the writer ended it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]
    text = path.read_bytes().decode("utf-8")
    assert text.endswith("}\n")
    data = json.loads(text)
    assert data == returned  # the file is what the function said it wrote
    assert data["format"] == EXPORT_FORMAT

    person = data["candidate"]
    # what was typed, as the app stores it (domain/text.py: NFC, no control characters)
    assert (person["name"], person["notes"], person["channel"]) == (clean_name(name), notes,
                                                                    channel)
    assert person["phone"] == clean_line(phone)
    assert person["email"] == email
    assert clean_note(status_note) in [h["note"] for h in data["status_history"]]
    assert len(data["interviews"]) == len(typed)
    for interview, sent, answers in zip(data["interviews"], typed, answer_notes):
        assert interview["interviewer_name"] == clean_name(sent["interviewer"])
        assert (interview["listen_notes"], interview["free_notes"]) == (
            clean_note(sent["listen_notes"]), clean_note(sent["free_notes"]))
        assert interview["decision_reason"] == (clean_note(sent["reason"]) if sent["submit"]
                                                else "")
        exported = {a["question_id"]: a for a in interview["answers"]}
        for question, typed_notes in answers.items():
            assert exported[question]["notes"] == clean_note(typed_notes)
        adhoc = [a for a in interview["answers"] if a["adhoc_text"] is not None]
        if sent["adhoc"] is None:
            assert adhoc == []
        else:
            assert [a["question"] for a in adhoc] == [{"adhoc": clean_note(sent["adhoc"]).strip()}]


@settings(FUZZ, max_examples=50)
@given(first=NAMES, second=NAMES)
@counted("fuzz: candidate data export cases")
def test_an_export_replaces_an_older_file_whole(tmp_path, first, second):
    db = company()
    try:
        one, two = add_candidate(db, first, None), add_candidate(db, second, None)
        path = tmp_path / "data.json"
        export_candidate(db, one, path)
        export_candidate(db, two, path)  # the same file again: replaced, never mixed
        written = json.loads(path.read_text(encoding="utf-8"))
        expected = candidate_data(db, two)
        written.pop("exported_at"), expected.pop("exported_at")
        assert written == expected
    finally:
        db.conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]


def test_an_export_that_cannot_be_written_is_a_user_error_and_leaves_nothing(tmp_path: Path):
    db = company()
    try:
        candidate = add_candidate(db, "张伟", "shop_a")
        with pytest.raises(UserError, match="does not exist"):
            export_candidate(db, candidate, tmp_path / "missing" / "data.json")
        with pytest.raises(UserError, match="folder"):
            export_candidate(db, candidate, tmp_path)
        with pytest.raises(UserError, match="no candidate"):
            export_candidate(db, 999, tmp_path / "nobody.json")
    finally:
        db.conn.close()
    assert list(tmp_path.iterdir()) == []
