"""The statements behind candidates' privacy: reading everything held about one candidate,
finding candidates inactive since a date, deleting a candidate (interviews, answers and history
cascade), and rebuilding the file so deleted content leaves no copy behind."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sqlite_utils import Database

from hiring_app.storage.backups import open_read_only


def _rows(db: Database, sql: str, params: list) -> list[dict]:
    cursor = db.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


# --- a candidate's data -------------------------------------------------------------------------
def interviews_of(db: Database, candidate_id: int) -> list[dict]:
    """Every column of the candidate's interviews, with `interviewer_name`, by id."""
    return _rows(db, "SELECT i.*, w.name AS interviewer_name FROM interviews i LEFT JOIN "
                     "interviewers w ON w.id = i.interviewer_id WHERE i.candidate_id = ? "
                     "ORDER BY i.id", [candidate_id])


def answers_of(db: Database, interview_id: int) -> list[dict]:
    """Every column of the interview's answers, with the stored question as `question_data`
    (None for an ad-hoc question or one no longer in the library), in asking order."""
    return _rows(db, "SELECT a.*, q.data AS question_data FROM answers a LEFT JOIN "
                     "questions q ON q.id = a.question_id WHERE a.interview_id = ? "
                     "ORDER BY a.position, a.id", [interview_id])


def history_of(db: Database, candidate_id: int) -> list[dict]:
    """The candidate's status changes, oldest first, with who made them as `changed_by`."""
    return _rows(db, "SELECT h.status, h.decision, h.note, h.changed_at, w.name AS changed_by"
                     " FROM status_history h LEFT JOIN interviewers w ON w.id = "
                     "h.interviewer_id WHERE h.candidate_id = ? ORDER BY h.id", [candidate_id])


# --- retention ----------------------------------------------------------------------------------
def inactive_before(db: Database, cutoff: str, exclude_statuses: Iterable[str]) -> list[dict]:
    """Candidates (id, name, role_id, status, last_activity) not in `exclude_statuses` whose
    last activity (the record, an interview or a status change) is before `cutoff`, oldest
    first."""
    excluded = list(exclude_statuses)
    placeholders = ", ".join("?" for _ in excluded)
    return _rows(db, f"""
        SELECT c.id, c.name, c.role_id, c.status, max(
            c.updated_at,
            coalesce((SELECT max(updated_at) FROM interviews WHERE candidate_id = c.id), ''),
            coalesce((SELECT max(changed_at) FROM status_history WHERE candidate_id = c.id), '')
        ) AS last_activity
        FROM candidates c WHERE c.status NOT IN ({placeholders})
        AND last_activity < ? ORDER BY last_activity, c.id""",  # noqa: S608 - fixed placeholders
        [*excluded, cutoff])


# --- erasing ------------------------------------------------------------------------------------
def delete_candidate(db: Database, candidate_id: int, *,
                     unless_status: Iterable[str] = ()) -> bool:
    """Delete the candidate and everything that cascades from them, unless their status (read
    in this statement) is one of `unless_status`. True when deleted."""
    kept = list(unless_status)
    where = f" AND status NOT IN ({', '.join('?' for _ in kept)})" if kept else ""
    cursor = db.execute(f"DELETE FROM candidates WHERE id = ?{where}",  # noqa: S608
                        [candidate_id, *kept])
    return bool(cursor.rowcount)


def rebuild_file(db: Database) -> bool:
    """Rebuild the file from live data (VACUUM) and empty the write-ahead log. False when that
    has to wait (another program reading, the disk full). The list's search index is merged
    first: an index keeps a deleted row's words in its older segments until merged."""
    try:
        if db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'list_search'"
                      ).fetchone()[0]:
            db.execute("INSERT INTO list_search (list_search) VALUES ('optimize')")
        db.execute("VACUUM")
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError:
        busy = 1
    return not busy


def empty_log(db: Database) -> None:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# --- the erasure log: who was erased, by a digest of their stable id --------------------------
def candidate_uid(db: Database, candidate_id: int) -> str | None:
    row = db.execute("SELECT uid FROM candidates WHERE id = ?", [candidate_id]).fetchone()
    return row[0] if row else None


def record_erasures(db: Database, digests: Iterable[str], erased_at: str) -> None:
    """Remember erased people (in the caller's transaction); one row per person."""
    db.conn.executemany("INSERT OR IGNORE INTO erasures (uid_digest, erased_at) VALUES (?, ?)",
                        [(digest, erased_at) for digest in digests])


def erasure_log(db: Database) -> list[tuple[str, str]]:
    """(uid_digest, erased_at) of everyone erased from this database."""
    return [(r[0], r[1]) for r in db.execute("SELECT uid_digest, erased_at FROM erasures")]


def candidate_uids(db: Database) -> list[tuple[int, str, str]]:
    """(id, uid, name) of every candidate with a stable id, by id."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT id, uid, name FROM candidates WHERE uid IS NOT NULL ORDER BY id")]


def file_erasure_log(path: Path) -> list[tuple[str, str]]:
    """The erasure log of another database file (a backup, a file kept aside by a restore),
    read without writing to it; nothing when the file has none or cannot be read."""
    try:
        conn = open_read_only(path)
        try:
            return [(r[0], r[1]) for r in conn.execute(
                "SELECT uid_digest, erased_at FROM erasures")]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def file_candidate_uids(path: Path) -> list[tuple[str, str]]:
    """(uid, name) of the candidates in another database file (a backup), read-only; nothing
    when it cannot be read or predates stable ids."""
    try:
        conn = open_read_only(path)
        try:
            return [(r[0], r[1]) for r in conn.execute(
                "SELECT uid, name FROM candidates WHERE uid IS NOT NULL ORDER BY id")]
        finally:
            conn.close()
    except sqlite3.Error:
        return []
