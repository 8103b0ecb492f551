"""The demo generator's writes: whole tables' worth of made-up rows, inserted in bulk."""
from __future__ import annotations

from sqlite_utils import Database

BATCH = 500  # rows per INSERT statement


def next_ids(db: Database) -> tuple[int, int, int]:
    """(the next candidate id, the next interview id, how many candidates there are)."""
    first_candidate, first_interview, existing = db.execute(
        "SELECT COALESCE(MAX(id), 0) + 1, (SELECT COALESCE(MAX(id), 0) + 1 FROM interviews),"
        " COUNT(*) FROM candidates").fetchone()
    return first_candidate, first_interview, existing


def ensure_interviewers(db: Database, names: list[str], created_at: str) -> dict[str, int]:
    """Add those of the interviewers who are new; returns every one's id by name."""
    db.table("interviewers").insert_all(({"name": name, "created_at": created_at} for name in names),
                                  ignore=True)
    return dict(db.execute(f"SELECT name, id FROM interviewers WHERE name IN"  # noqa: S608
                           f" ({', '.join('?' * len(names))})", list(names)).fetchall())


def insert_rows(db: Database, *, candidates: list[dict], interviews: list[dict],
                answers: list[dict], status_history: list[dict]) -> None:
    """Insert rows as they are (ids included), parents before children."""
    db.table("candidates").insert_all(candidates, batch_size=BATCH)
    db.table("interviews").insert_all(interviews, batch_size=BATCH)
    db.table("answers").insert_all(answers, batch_size=BATCH)
    db.table("status_history").insert_all(status_history, batch_size=BATCH)
