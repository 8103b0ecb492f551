"""Candidates: add, list, read, and move along the pipeline with a dated history."""
from __future__ import annotations

import re
import uuid

from sqlite_utils import Database

from hiring_app.domain.codes import Channel, Decision, Status
from hiring_app.errors import NotFoundError, UserError
from hiring_app.storage.database import utc_now
from hiring_app.services.changes import Change, changes

CHANNELS = tuple(Channel)
STATUSES = tuple(Status)
DECISIONS = tuple(Decision)
MAX_NAME = 100
MAX_PHONE = 100  # the limits of the scorecard file format, so every candidate can be exchanged
MAX_EMAIL = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


@changes(Change.CANDIDATES)
def add_candidate(db: Database, name: str, role_id: str | None, channel: str | None = None,
                  phone: str | None = None, email: str | None = None,
                  uid: str | None = None) -> int:
    """Add a candidate (status 'new'); returns the new id. Mistakes are UserErrors."""
    name = (name or "").strip()
    if not name:
        raise UserError("candidate.name_missing")
    if len(name) > MAX_NAME:
        raise UserError("candidate.name_too_long", limit=MAX_NAME)
    if role_id is not None and db.execute("SELECT 1 FROM roles WHERE id = ?",
                                          [role_id]).fetchone() is None:
        raise NotFoundError("role.not_found", role_id=role_id)
    channel = _clean(channel)
    if channel is not None and channel not in CHANNELS:
        raise UserError("candidate.channel_unknown", channel=channel, choices=list(CHANNELS))
    phone = _clean(phone)
    if phone is not None and len(phone) > MAX_PHONE:
        raise UserError("candidate.phone_too_long", limit=MAX_PHONE)
    email = _clean(email)
    if email is not None and len(email) > MAX_EMAIL:
        raise UserError("candidate.email_too_long", limit=MAX_EMAIL)
    if email is not None and not _EMAIL.match(email):
        raise UserError("candidate.email_invalid", email=email)
    now = utc_now()
    with db.atomic():
        candidate_id = db["candidates"].insert({
            "uid": uid or uuid.uuid4().hex, "name": name, "role_id": role_id,
            "channel": channel, "phone": phone, "email": email, "status": "new",
            "notes": "", "created_at": now, "updated_at": now,
        }).last_pk
        db["status_history"].insert({"candidate_id": candidate_id, "status": "new",
                                     "changed_at": now})
    return int(candidate_id)


def get_candidate(db: Database, candidate_id: int) -> dict:
    row = db.execute("SELECT * FROM candidates WHERE id = ?", [candidate_id]).fetchone()
    if row is None:
        raise NotFoundError("candidate.not_found", candidate_id=candidate_id)
    columns = [d[0] for d in db.execute("SELECT * FROM candidates LIMIT 0").description]
    return dict(zip(columns, row))


def count_candidates(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM candidates").fetchone()[0])


def count_interviews(db: Database, candidate_id: int) -> int:
    """How many interviews (drafts and scorecards) a candidate has."""
    return int(db.execute("SELECT count(*) FROM interviews WHERE candidate_id = ?",
                          [candidate_id]).fetchone()[0])


def list_candidates(db: Database) -> list[dict]:
    rows = db.execute(
        "SELECT id, name, role_id, status, channel, created_at FROM candidates ORDER BY id"
    ).fetchall()
    keys = ("id", "name", "role_id", "status", "channel", "created_at")
    return [dict(zip(keys, row)) for row in rows]


@changes(Change.CANDIDATES)
def set_status(db: Database, candidate_id: int, status: str, decision: str | None = None,
               note: str = "", interviewer_id: int | None = None) -> None:
    """Move a candidate along the pipeline; every change is dated in the history."""
    if status not in STATUSES:
        raise UserError("candidate.status_unknown", status=status)
    if decision is not None and decision not in DECISIONS:
        raise UserError("candidate.decision_unknown", decision=decision)
    get_candidate(db, candidate_id)
    now = utc_now()
    with db.atomic():
        db.execute("UPDATE candidates SET status = ?, updated_at = ? WHERE id = ?",
                   [status, now, candidate_id])
        db["status_history"].insert({"candidate_id": candidate_id, "status": status,
                                     "decision": decision, "note": note,
                                     "interviewer_id": interviewer_id, "changed_at": now})


def status_history(db: Database, candidate_id: int) -> list[dict]:
    rows = db.execute("SELECT status, decision, note, changed_at FROM status_history "
                      "WHERE candidate_id = ? ORDER BY id", [candidate_id]).fetchall()
    return [dict(zip(("status", "decision", "note", "changed_at"), r)) for r in rows]

