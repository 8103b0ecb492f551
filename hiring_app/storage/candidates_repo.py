"""Candidates in the database: their rows, their dated status history (with the decisions
recorded in it), and the candidate list's rows read in a few whole-table queries."""
from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from hiring_app.storage.database import inserted_id, stored


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


# --- candidates ---------------------------------------------------------------------------------
def insert_candidate(db: Database, *, uid: str, name: str, role_id: str | None,
                     channel: str | None, phone: str | None, email: str | None, status: str,
                     created_at: str, notes: str = "") -> int:
    """Store a new candidate; returns the new id."""
    return inserted_id(db.table("candidates").insert({
        "uid": uid, "name": name, "role_id": role_id, "channel": channel, "phone": phone,
        "email": email, "status": status, "notes": notes, "created_at": created_at,
        "updated_at": created_at,
    }))


# The columns a person may correct on a candidate's record.
EDITABLE_COLUMNS = frozenset(("name", "role_id", "channel", "phone", "email", "notes"))


def update_candidate(db: Database, candidate_id: int, values: dict, updated_at: str) -> None:
    """Write corrected fields (keys of EDITABLE_COLUMNS) of the candidate's record."""
    unknown = set(values) - EDITABLE_COLUMNS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    columns = sorted(values)
    db.execute(f"UPDATE candidates SET {', '.join(f'{c} = ?' for c in columns)},"  # noqa: S608
               " updated_at = ? WHERE id = ?",
               [*(values[c] for c in columns), updated_at, candidate_id])


def delete_candidate(db: Database, candidate_id: int) -> None:
    """Delete the row (its status history cascades): the undoing of an add."""
    db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])


def count_submitted(db: Database, candidate_id: int) -> int:
    """How many submitted scorecards the candidate has."""
    return int(db.execute("SELECT count(*) FROM interviews WHERE candidate_id = ? AND "
                          "state = 'submitted'", [candidate_id]).fetchone()[0])


def position_of(db: Database, candidate_id: int) -> tuple[int, str | None] | None:
    """(id, role id) of the position the candidate applied to, or None."""
    row = db.execute("SELECT p.id, p.role_id FROM candidates c JOIN positions p"
                     " ON p.id = c.position_id WHERE c.id = ?", [candidate_id]).fetchone()
    return (row[0], row[1]) if row else None


def only_as_added(db: Database, candidate_id: int) -> bool:
    """Whether the record holds nothing but what adding wrote: no interview, no file, no
    position applied to, and the one status change of being added."""
    row = db.execute(
        "SELECT (SELECT count(*) FROM interviews WHERE candidate_id = :id),"
        " (SELECT count(*) FROM attachments WHERE candidate_id = :id),"
        " (SELECT count(*) FROM status_history WHERE candidate_id = :id),"
        " (SELECT status FROM candidates WHERE id = :id),"
        " (SELECT position_id FROM candidates WHERE id = :id)", {"id": candidate_id}).fetchone()
    return row[0] == 0 and row[1] == 0 and row[2] <= 1 and row[3] == "new" and row[4] is None


def get_candidate(db: Database, candidate_id: int) -> dict | None:
    """Every column of the candidate's row, or None."""
    cursor = db.execute("SELECT * FROM candidates WHERE id = ?", [candidate_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row))


def id_by_uid(db: Database, uid: str) -> int | None:
    row = db.execute("SELECT id FROM candidates WHERE uid = ?", [uid]).fetchone()
    return int(row[0]) if row else None


def count_candidates(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM candidates").fetchone()[0])


def count_with_role(db: Database, role_id: str) -> int:
    return int(db.execute("SELECT COUNT(*) FROM candidates WHERE role_id = ?",
                          [role_id]).fetchone()[0])


def list_candidates(db: Database) -> list[dict]:
    rows = db.execute(
        "SELECT id, name, role_id, status, channel, created_at FROM candidates ORDER BY id"
    ).fetchall()
    keys = ("id", "name", "role_id", "status", "channel", "created_at")
    return [dict(zip(keys, row)) for row in rows]


def names_and_roles(db: Database, candidate_ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """(name, role id) of those of the candidates that exist, in one query."""
    rows = db.execute("SELECT id, name, role_id FROM candidates WHERE id IN"  # noqa: S608
                      f" ({_marks(candidate_ids)})", candidate_ids).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def ids_of_role_with_interviews(db: Database, role_id: str, state: str) -> list[int]:
    """The role's candidates with at least one interview in `state`, by id."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT c.id FROM candidates c JOIN interviews i ON i.candidate_id = c.id"
        " AND i.state = ? WHERE c.role_id = ? ORDER BY c.id", [state, role_id])]


def set_status(db: Database, candidate_id: int, status: str, updated_at: str) -> None:
    db.execute("UPDATE candidates SET status = ?, updated_at = ? WHERE id = ?",
               [status, updated_at, candidate_id])


def touch(db: Database, candidate_id: int, updated_at: str) -> None:
    """The record changed (a file attached or removed): retention counts it as activity."""
    db.execute("UPDATE candidates SET updated_at = ? WHERE id = ?", [updated_at, candidate_id])


def set_role(db: Database, candidate_id: int, role_id: str | None) -> None:
    db.execute("UPDATE candidates SET role_id = ? WHERE id = ?", [role_id, candidate_id])


# --- status history -----------------------------------------------------------------------------
def add_status_change(db: Database, candidate_id: int, status: str, changed_at: str, *,
                      decision: str | None = None, note: str = "",
                      interviewer_id: int | None = None) -> None:
    db.table("status_history").insert({"candidate_id": candidate_id, "status": status,
                                 "decision": decision, "note": note,
                                 "interviewer_id": interviewer_id, "changed_at": changed_at})


def status_history(db: Database, candidate_id: int) -> list[dict]:
    rows = db.execute("SELECT status, decision, note, changed_at FROM status_history "
                      "WHERE candidate_id = ? ORDER BY id", [candidate_id]).fetchall()
    return [dict(zip(("status", "decision", "note", "changed_at"), r)) for r in rows]


def latest_decision_record(db: Database, candidate_id: int) -> dict | None:
    """The newest status change that recorded a decision: decision, note, when and by whom."""
    row = db.execute(
        "SELECT h.decision, h.note, h.changed_at, i.name FROM status_history h"
        " LEFT JOIN interviewers i ON i.id = h.interviewer_id"
        " WHERE h.candidate_id = ? AND h.decision IS NOT NULL ORDER BY h.id DESC LIMIT 1",
        [candidate_id]).fetchone()
    return dict(zip(("decision", "note", "changed_at", "by"), row)) if row else None


def decisions_of(db: Database, candidate_ids: list[int]) -> dict[int, list[str]]:
    """The decisions recorded in each candidate's history, oldest first, in one query."""
    history: dict[int, list[str]] = defaultdict(list)
    for candidate_id, decision in db.execute(
            "SELECT candidate_id, decision FROM status_history WHERE candidate_id IN"  # noqa: S608
            f" ({_marks(candidate_ids)}) AND decision IS NOT NULL ORDER BY id", candidate_ids):
        history[candidate_id].append(decision)
    return dict(history)


# --- the candidate list -------------------------------------------------------------------------
_LIST_ROWS = """
SELECT c.id, c.name, c.role_id, c.status, c.channel, c.created_at, c.notes,
       MAX(i.started_at),
       AVG(CASE WHEN i.state = ? THEN i.attitude_score END),
       AVG(CASE WHEN i.state = ? THEN i.ability_score END),
       (SELECT h.decision FROM status_history h WHERE h.candidate_id = c.id
         AND h.decision IS NOT NULL ORDER BY h.id DESC LIMIT 1),
       GROUP_CONCAT(i.listen_notes || ' ' || i.free_notes || ' ' || i.decision_reason, ' ')
FROM candidates c
LEFT JOIN interviews i ON i.candidate_id = c.id
GROUP BY c.id
"""

_INTERVIEWERS = """
SELECT DISTINCT i.candidate_id, w.name FROM interviews i
JOIN interviewers w ON w.id = i.interviewer_id ORDER BY i.candidate_id, i.id
"""

_ANSWER_NOTES = """
SELECT i.candidate_id, GROUP_CONCAT(a.notes, ' ')
FROM answers a JOIN interviews i ON i.id = a.interview_id
WHERE a.notes != '' GROUP BY i.candidate_id
"""


_EVIDENCE = """
SELECT i.candidate_id, a.dimension, COUNT(*)
FROM answers a JOIN interviews i ON i.id = a.interview_id
WHERE i.state = ? AND a.skipped = 0 AND a.score IS NOT NULL AND a.weight > 0
  AND a.weight <= 1e308
GROUP BY i.candidate_id, a.dimension
"""

_LOW_SCORES = """
SELECT i.candidate_id, COALESCE(w.name, ''), a.question_id, a.score
FROM answers a JOIN interviews i ON i.id = a.interview_id
LEFT JOIN interviewers w ON w.id = i.interviewer_id
WHERE i.state = ? AND a.skipped = 0 AND a.score <= ? AND a.dimension IS NOT NULL
ORDER BY i.id, a.position
"""

_FLAGS = """
SELECT i.candidate_id, COALESCE(w.name, ''), i.red_flags FROM interviews i
LEFT JOIN interviewers w ON w.id = i.interviewer_id
WHERE i.state = ? AND i.red_flags != '[]' ORDER BY i.id
"""


def answered_by_candidate(db: Database, scored_state: str) -> list[tuple[int, str, int]]:
    """(candidate id, dimension, answers that count) over the interviews in `scored_state`:
    scored, not skipped, with a usable weight (domain.matrix.answer_counts)."""
    return db.execute(_EVIDENCE, [scored_state]).fetchall()


def low_scores(db: Database, scored_state: str, at_most: int) -> list[tuple[int, str, str, int]]:
    """(candidate id, interviewer, question id, score) of every answer scored `at_most` or
    lower in the interviews in `scored_state`: where knock-outs can be (a note, without a
    dimension, is never one: domain.interview.Interview.assess leaves notes out)."""
    return db.execute(_LOW_SCORES, [scored_state, at_most]).fetchall()


def ticked_flags(db: Database, scored_state: str) -> list[tuple[int, str, list[str]]]:
    """(candidate id, interviewer, red flag ids) of the interviews in `scored_state` with any."""
    return [(candidate_id, name, stored(flags, list, [])) for candidate_id, name, flags
            in db.execute(_FLAGS, [scored_state]).fetchall()]


def list_rows(db: Database, scored_state: str) -> list[tuple]:
    """One tuple per candidate, in one query: (id, name, role id, status, channel, created at,
    notes, start of the last interview, mean attitude and mean ability over the interviews in
    `scored_state`, last recorded decision, the interviews' notes joined)."""
    return db.execute(_LIST_ROWS, [scored_state, scored_state]).fetchall()


def interviewers_by_candidate(db: Database) -> list[tuple[int, str]]:
    """(candidate id, interviewer name) for every interview, by candidate then interview."""
    return db.execute(_INTERVIEWERS).fetchall()


def answer_notes_by_candidate(db: Database) -> dict[int, str]:
    """Each candidate's non-empty answer notes, joined by spaces."""
    return dict(db.execute(_ANSWER_NOTES).fetchall())
