"""What the candidate list needs from each candidate's interviews, answers and history, kept in
one row per candidate (`list_evidence`) so that opening the list reads one table instead of
summing two million answers. Triggers (migration m006) mark a candidate stale whenever anything
the row is made from is written, by any program; `refresh` remakes the stale rows in one
statement. A reader that cannot write (a read-only open) never needs to: `fresh` says whether
the rows can be used as they are, and the list is otherwise made from the tables themselves."""
from __future__ import annotations

import hashlib
import sqlite3

from sqlite_utils import Database

from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE
from hiring_app.errors import StorageWriteError

SCORED_STATE = "submitted"  # the interviews whose scores count (services.candidate_list)
# What the rows were made with: stored beside them, so rows made otherwise are made again.
RECIPE = f"1|{SCORED_STATE}|{KNOCKOUT_MAX_SCORE}"

_STALE = """
SELECT c.id,
  (SELECT MAX(i.started_at) FROM interviews i WHERE i.candidate_id = c.id),
  (SELECT AVG(i.attitude_score) FROM interviews i WHERE i.candidate_id = c.id
     AND i.state = :state),
  (SELECT AVG(i.ability_score) FROM interviews i WHERE i.candidate_id = c.id
     AND i.state = :state),
  (SELECT h.decision FROM status_history h WHERE h.candidate_id = c.id
     AND h.decision IS NOT NULL ORDER BY h.id DESC LIMIT 1),
  (SELECT GROUP_CONCAT(n, ' ') FROM (SELECT i.listen_notes || ' ' || i.free_notes || ' '
     || i.decision_reason AS n FROM interviews i WHERE i.candidate_id = c.id ORDER BY i.id)),
  (SELECT GROUP_CONCAT(n, ' ') FROM (SELECT a.notes AS n FROM interviews i
     JOIN answers a ON a.interview_id = i.id WHERE i.candidate_id = c.id AND a.notes != ''
     ORDER BY i.id, a.position, a.id)),
  (SELECT COUNT(*) FROM interviews i JOIN answers a ON a.interview_id = i.id
     WHERE i.candidate_id = c.id AND i.state = :state AND a.skipped = 0
     AND a.score IS NOT NULL AND a.weight > 0 AND a.weight <= 1e308
     AND a.dimension = 'attitude'),
  (SELECT COUNT(*) FROM interviews i JOIN answers a ON a.interview_id = i.id
     WHERE i.candidate_id = c.id AND i.state = :state AND a.skipped = 0
     AND a.score IS NOT NULL AND a.weight > 0 AND a.weight <= 1e308
     AND a.dimension = 'ability'),
  (SELECT json_group_array(json_array(who, question, score)) FROM (
     SELECT COALESCE(w.name, '') AS who, a.question_id AS question, a.score AS score
     FROM interviews i JOIN answers a ON a.interview_id = i.id
     LEFT JOIN interviewers w ON w.id = i.interviewer_id
     WHERE i.candidate_id = c.id AND i.state = :state AND a.skipped = 0
     AND a.score <= :at_most AND a.dimension IS NOT NULL ORDER BY i.id, a.position)),
  (SELECT json_group_array(json_array(who, flags)) FROM (
     SELECT COALESCE(w.name, '') AS who, i.red_flags AS flags FROM interviews i
     LEFT JOIN interviewers w ON w.id = i.interviewer_id
     WHERE i.candidate_id = c.id AND i.state = :state AND i.red_flags != '[]'
     ORDER BY i.id)),
  (SELECT json_group_array(who) FROM (SELECT w.name AS who FROM interviews i
     JOIN interviewers w ON w.id = i.interviewer_id WHERE i.candidate_id = c.id
     ORDER BY i.id))
FROM candidates c WHERE c.id IN (SELECT candidate_id FROM list_stale)
"""
_MAKE = "INSERT OR REPLACE INTO list_evidence " + _STALE

_READ = """
SELECT c.id, c.name, c.role_id, c.status, c.channel, c.created_at, c.notes, c.position_id,
       e.last_interview, e.attitude, e.ability, e.decision, e.interview_notes, e.answer_notes,
       e.answered_attitude, e.answered_ability, e.low_scores, e.flags, e.interviewers
FROM candidates c LEFT JOIN list_evidence e ON e.candidate_id = c.id ORDER BY c.id
"""


def _kept(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                      " AND name = 'list_evidence'").fetchone()[0] > 0


def usable(db: Database) -> bool:
    """True when the rows kept were made by this recipe (stale ones or not)."""
    if not _kept(db):
        return False
    made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
    return bool(made_with and made_with[0] == RECIPE)


def fresh(db: Database) -> bool:
    """True when every candidate's row is up to date (nothing stale, made by this recipe)."""
    if not _kept(db):
        return False
    made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
    return bool(made_with and made_with[0] == RECIPE
                and db.execute("SELECT NOT EXISTS (SELECT 1 FROM list_stale)").fetchone()[0])


def mark_all_stale(db: Database) -> None:
    db.execute("INSERT OR IGNORE INTO list_stale SELECT id FROM candidates")


def refresh(db: Database) -> bool:
    """Remake the stale rows (every row when made by another recipe), in one transaction.
    False, changing nothing, when the file cannot be written now (read-only, locked)."""
    if not _kept(db):
        return False
    if fresh(db):  # nothing to remake: no write transaction for a read
        return True
    if db.execute("PRAGMA query_only").fetchone()[0]:  # opened only to read
        return False
    try:
        with db.atomic():
            made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
            if not made_with or made_with[0] != RECIPE:
                mark_all_stale(db)
                db.execute("DELETE FROM list_evidence_recipe")
                db.execute("INSERT INTO list_evidence_recipe (recipe) VALUES (?)", [RECIPE])
            make_stale(db)
    except (sqlite3.OperationalError, StorageWriteError):  # read-only or busy: the list is
        return False  # made for this read only, from the tables
    return True


def make_stale(db: Database) -> None:
    """Make the stale rows, in one statement, and mark them made."""
    if db.execute("SELECT EXISTS (SELECT 1 FROM list_stale)").fetchone()[0]:
        db.execute(_MAKE, {"state": SCORED_STATE, "at_most": KNOCKOUT_MAX_SCORE})
        db.execute("DELETE FROM list_stale")


def rules_digest(db: Database) -> str:
    """A digest of everything the verdicts' rules are read from (every role's profile and
    every question, the standard ones too): equal digests, equal rules."""
    digest = hashlib.blake2b(digest_size=16)
    for (data,) in db.execute("SELECT id || char(31) || data FROM roles ORDER BY id"):
        digest.update(data.encode())
    for row in db.execute("SELECT id, role_id, position, dimension, facet, weight, data"
                          " FROM questions ORDER BY id"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def list_rows(db: Database, limit: int | None = None) -> list[tuple]:
    """One tuple per candidate by id: (id, name, role id, status, channel, created at, notes,
    position id, last interview, mean attitude, mean ability, last decision, interviews'
    notes, answers' notes, answers counted per dimension (attitude, ability), low scores
    [[interviewer, question, score]], red flags [[interviewer, flags JSON]], interviewers
    [names by interview]); the stale ones made afresh, as `refresh` would, without writing.
    Only meaningful when `usable`. `limit`: the first so many by id."""
    rows = db.execute(_READ + (f" LIMIT {int(limit)}" if limit is not None else "")).fetchall()
    made = {row[0]: row[1:] for row in db.execute(
        _STALE, {"state": SCORED_STATE, "at_most": KNOCKOUT_MAX_SCORE}).fetchall()}
    if made:
        rows = [row[:8] + made[row[0]] if row[0] in made else row for row in rows]
    return rows
