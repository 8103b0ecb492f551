"""Interviews, their answers and the interviewers in the database: the row <-> `Interview`
mapping by column name, and the batch readers that read many candidates' scorecards at once."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from hiring_app.domain.interview import Answer, Interview
from hiring_app.storage.database import inserted_id, stored

# Interview field -> the column it is read from (interviews i LEFT JOIN interviewers w).
_FIELDS = {
    "id": "i.id", "uid": "i.uid", "candidate_id": "i.candidate_id", "role_id": "i.role_id",
    "interviewer_id": "i.interviewer_id", "interviewer_name": "COALESCE(w.name, '')",
    "state": "i.state", "stage": "i.stage", "current_question": "i.current_question",
    "started_at": "i.started_at", "updated_at": "i.updated_at", "submitted_at": "i.submitted_at",
    "elapsed_seconds": "i.elapsed_seconds", "observations": "i.observations",
    "listen_notes": "i.listen_notes", "free_notes": "i.free_notes", "red_flags": "i.red_flags",
    "boss_type": "i.boss_type", "team_role": "i.team_role", "attitude_score": "i.attitude_score",
    "ability_score": "i.ability_score", "quadrant": "i.quadrant", "decision": "i.decision",
    "decision_reason": "i.decision_reason",
}
_JSON_LISTS = ("observations", "red_flags")
_SELECT = ("SELECT " + ", ".join(_FIELDS.values())  # noqa: S608
           + " FROM interviews i LEFT JOIN interviewers w ON w.id = i.interviewer_id")
# Columns an update may name (every stored interview column but the keys).
_COLUMNS = frozenset(k for k in _FIELDS if k not in ("id", "uid", "interviewer_name")) | {
    "question_order"}
_ANSWER_COLUMNS = frozenset(("score", "skipped", "notes", "seconds", "updated_at"))


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def _interview(row: tuple, answers: list[Answer]) -> Interview:
    values = dict(zip(_FIELDS, row))
    for key in _JSON_LISTS:
        values[key] = stored(values[key], list, [])
    return Interview(**values, answers=answers)


def _answer(values: dict[str, Any]) -> Answer:
    """An answer from its columns (those read; the others keep Answer's defaults)."""
    values["dimension"] = values["dimension"] or None  # None: an added question kept as a note
    values["facet"] = (values["facet"] or "") if values["dimension"] else None
    values["weight"] = float(values["weight"] if values["weight"] is not None else 1)
    values["skipped"] = bool(values["skipped"])
    return Answer(**values)


def _answer_row(interview_id: int, answer: Answer, updated_at: str) -> dict[str, Any]:
    return {"interview_id": interview_id, "question_id": answer.question_id,
            "adhoc_text": answer.adhoc_text, "dimension": answer.dimension,
            "facet": answer.facet, "weight": answer.weight, "position": answer.position,
            "score": answer.score, "skipped": int(answer.skipped), "notes": answer.notes,
            "seconds": answer.seconds, "updated_at": updated_at}


# --- interviewers -------------------------------------------------------------------------------
def interviewer_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM interviewers WHERE name = ?", [name]).fetchone()
    return int(row[0]) if row else None


def add_interviewer(db: Database, name: str, created_at: str) -> int:
    return inserted_id(db.table("interviewers").insert({"name": name, "created_at": created_at}))


def interviewer_names(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT name FROM interviewers ORDER BY name")]


# --- one interview ------------------------------------------------------------------------------
def get_interview(db: Database, interview_id: int) -> Interview | None:
    """The interview with its answers in asking order, or None."""
    row = db.execute(f"{_SELECT} WHERE i.id = ?", [interview_id]).fetchone()
    if row is None:
        return None
    cursor = db.execute(
        "SELECT question_id, position, dimension, facet, weight, score, skipped, notes,"
        " seconds, adhoc_text FROM answers WHERE interview_id = ? ORDER BY position, id",
        [interview_id])
    keys = [d[0] for d in cursor.description]
    return _interview(row, [_answer(dict(zip(keys, r))) for r in cursor])


def interview_ids_of(db: Database, candidate_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM interviews WHERE candidate_id = ? ORDER BY id",
                                     [candidate_id])]


def id_by_uid(db: Database, uid: str) -> int | None:
    row = db.execute("SELECT id FROM interviews WHERE uid = ?", [uid]).fetchone()
    return int(row[0]) if row else None


def state_of(db: Database, interview_id: int) -> str | None:
    row = db.execute("SELECT state FROM interviews WHERE id = ?", [interview_id]).fetchone()
    return row[0] if row else None


def count_of_candidate(db: Database, candidate_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM interviews WHERE candidate_id = ?",
                          [candidate_id]).fetchone()[0])


def sitting_taken(db: Database, candidate_id: int, interviewer_name: str,
                  started_at: str) -> bool:
    """Whether the candidate already has an interview by this interviewer started then."""
    return db.execute(
        "SELECT 1 FROM interviews i JOIN interviewers w ON w.id = i.interviewer_id"
        " WHERE i.candidate_id = ? AND w.name = ? AND i.started_at = ?",
        [candidate_id, interviewer_name, started_at]).fetchone() is not None


def open_interviews(db: Database, states: Iterable[str]) -> list[dict]:
    """Interviews in `states`, newest first, with the candidate's and interviewer's names."""
    states = list(states)
    rows = db.execute(
        "SELECT i.id, c.name, i.role_id, COALESCE(w.name, ''), i.stage, i.updated_at"  # noqa: S608
        " FROM interviews i JOIN candidates c ON c.id = i.candidate_id"
        " LEFT JOIN interviewers w ON w.id = i.interviewer_id"
        f" WHERE i.state IN ({_marks(states)}) ORDER BY i.updated_at DESC", states).fetchall()
    keys = ("id", "candidate", "role_id", "interviewer", "stage", "updated_at")
    return [dict(zip(keys, r)) for r in rows]


# --- writing ------------------------------------------------------------------------------------
def insert_interview(db: Database, interview: Interview) -> int:
    """Store an interview and its answers as they are (its id and interviewer name are not
    stored: the id is new, the name is the interviewer's row); returns the new id. Asking order
    is the answers' order; every answer gets the interview's updated_at."""
    row = {name: getattr(interview, name) for name in _FIELDS
           if name not in ("id", "interviewer_name")}
    for key in _JSON_LISTS:
        row[key] = json.dumps(row[key], ensure_ascii=False)
    row["question_order"] = json.dumps([a.question_id for a in interview.answers])
    interview_id = inserted_id(db.table("interviews").insert(row))
    db.table("answers").insert_all(_answer_row(interview_id, a, interview.updated_at)
                             for a in interview.answers)
    return interview_id


def update_interview(db: Database, interview_id: int, values: dict[str, Any]) -> None:
    """Set the given columns (already checked and encoded by the caller)."""
    if not set(values) <= _COLUMNS:
        raise ValueError(f"not columns of interviews: {sorted(set(values) - _COLUMNS)}")
    columns = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE interviews SET {columns} WHERE id = ?",  # noqa: S608 - whitelisted
               [*values.values(), interview_id])


def update_answer(db: Database, interview_id: int, question_id: str,
                  values: dict[str, Any]) -> bool:
    """Set the given columns of one answer; False when the interview has no such question."""
    if not set(values) <= _ANSWER_COLUMNS:
        raise ValueError(f"not columns of answers: {sorted(set(values) - _ANSWER_COLUMNS)}")
    columns = ", ".join(f"{k} = ?" for k in values)
    cursor = db.execute(
        f"UPDATE answers SET {columns} WHERE interview_id = ? AND question_id = ?",  # noqa: S608
        [*values.values(), interview_id, question_id])
    return cursor.rowcount > 0


def count_answers(db: Database, interview_id: int, *, adhoc: bool = False) -> int:
    """How many questions the interview has (only its ad-hoc ones with `adhoc`)."""
    where = " AND adhoc_text IS NOT NULL" if adhoc else ""
    return int(db.execute(f"SELECT COUNT(*) FROM answers WHERE interview_id = ?{where}",  # noqa: S608
                          [interview_id]).fetchone()[0])


def question_ids(db: Database, interview_id: int) -> set[str]:
    return {r[0] for r in db.execute("SELECT question_id FROM answers WHERE interview_id = ?",
                                     [interview_id])}


def make_room(db: Database, interview_id: int, position: int) -> None:
    """Move the answers at `position` and after one place down."""
    db.execute("UPDATE answers SET position = position + 1 WHERE interview_id = ? AND"
               " position >= ?", [interview_id, position])


def insert_answer(db: Database, interview_id: int, answer: Answer, updated_at: str) -> None:
    db.table("answers").insert(_answer_row(interview_id, answer, updated_at))


def set_position(db: Database, interview_id: int, question_id: str, position: int) -> None:
    db.execute("UPDATE answers SET position = ? WHERE interview_id = ? AND question_id = ?",
               [position, interview_id, question_id])


# --- batch readers (compare) --------------------------------------------------------------------
def scorecards_of(db: Database, candidate_ids: list[int],
                  state: str) -> dict[int, list[Interview]]:
    """The candidates' interviews in `state` (oldest first), with their answers but without the
    answers' notes and times: two queries, whatever the number of candidates."""
    where = f"i.candidate_id IN ({_marks(candidate_ids)}) AND i.state = ?"
    params = [*candidate_ids, state]
    answers: dict[int, list[Answer]] = defaultdict(list)
    cursor = db.execute(
        "SELECT a.interview_id, a.question_id, a.position, a.dimension, a.facet, a.weight,"  # noqa: S608
        " a.score, a.skipped, a.adhoc_text FROM answers a JOIN interviews i"
        f" ON i.id = a.interview_id WHERE {where} ORDER BY a.interview_id, a.position, a.id",
        params)
    keys = [d[0] for d in cursor.description]
    for row in cursor:
        values = dict(zip(keys, row))
        answers[values.pop("interview_id")].append(_answer(values))
    cards: dict[int, list[Interview]] = {i: [] for i in candidate_ids}
    for row in db.execute(f"{_SELECT} WHERE {where} ORDER BY i.id", params):
        card = _interview(row, answers.get(row[0], []))
        cards[card.candidate_id].append(card)
    return cards


# --- batch reader (interviewer calibration) -----------------------------------------------------
def all_scorecards(db: Database, state: str) -> dict[int, list[Interview]]:
    """Every candidate's interviews in `state` (oldest first), by candidate id, with their answers
    but without the answers' notes and times: two queries, whatever the size of the company.
    Candidates without such an interview are left out."""
    answers: dict[int, list[Answer]] = defaultdict(list)
    cursor = db.execute(
        "SELECT a.interview_id, a.question_id, a.position, a.dimension, a.facet, a.weight,"
        " a.score, a.skipped, a.adhoc_text FROM answers a JOIN interviews i"
        " ON i.id = a.interview_id WHERE i.state = ? ORDER BY a.interview_id, a.position, a.id",
        [state])
    keys = [d[0] for d in cursor.description]
    for row in cursor:
        values = dict(zip(keys, row))
        answers[values.pop("interview_id")].append(_answer(values))
    cards: dict[int, list[Interview]] = defaultdict(list)
    for row in db.execute(f"{_SELECT} WHERE i.state = ? ORDER BY i.id", [state]):
        card = _interview(row, answers.get(row[0], []))
        cards[card.candidate_id].append(card)
    return dict(cards)
