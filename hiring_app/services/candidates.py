"""Candidates: add, list, read, and move along the pipeline with a dated history."""
from __future__ import annotations

import re
import unicodedata
import uuid

from sqlite_utils import Database

from hiring_app.domain.codes import Channel, Decision, Status, latest_decision
from hiring_app.domain.text import clean_line, clean_note, is_control, is_direction
from hiring_app.errors import NotFoundError, UserError, checked_name
from hiring_app.i18n import Message
from hiring_app.services.changes import Change, changes
from hiring_app.storage import candidates_repo, interviews_repo, roles_repo
from hiring_app.storage.database import utc_now

CHANNELS = tuple(Channel)
STATUSES = tuple(Status)
DECISIONS = tuple(Decision)
MAX_NAME = 100
MAX_PHONE = 100  # the limits of the scorecard file format, so every candidate can be exchanged
MAX_EMAIL = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _clean(value: str | None) -> str | None:
    """A one-line value (channel, phone, e-mail): NFC, no control or direction characters."""
    return clean_line(value)


@changes(Change.CANDIDATES)
def add_candidate(db: Database, name: str, role_id: str | None, channel: str | None = None,
                  phone: str | None = None, email: str | None = None,
                  uid: str | None = None) -> int:
    """Add a candidate (status 'new'); returns the new id. Mistakes are UserErrors."""
    name = checked_name(name, Message("field.candidate_name"))
    if not name:
        raise UserError("candidate.name_missing")
    if len(name) > MAX_NAME:
        raise UserError("candidate.name_too_long", limit=MAX_NAME)
    if role_id is not None and not roles_repo.role_exists(db, role_id):
        raise NotFoundError("role.not_found", role_id=role_id)
    channel = _clean(channel)
    if channel is not None and channel not in CHANNELS:
        raise UserError("candidate.channel_unknown", channel=channel, choices=list(CHANNELS))
    phone = _clean(phone)
    if phone is not None and len(phone) > MAX_PHONE:
        raise UserError("candidate.phone_too_long", limit=MAX_PHONE)
    email = unicodedata.normalize("NFC", email or "").strip() or None  # quoted if refused
    if email is not None and any(is_control(ch) or is_direction(ch) for ch in email):
        raise UserError("candidate.email_invalid", email=email)
    if email is not None and len(email) > MAX_EMAIL:
        raise UserError("candidate.email_too_long", limit=MAX_EMAIL)
    if email is not None and not _EMAIL.match(email):
        raise UserError("candidate.email_invalid", email=email)
    now = utc_now()
    with db.atomic():
        candidate_id = candidates_repo.insert_candidate(
            db, uid=uid or uuid.uuid4().hex, name=name, role_id=role_id, channel=channel,
            phone=phone, email=email, status="new", created_at=now)
        candidates_repo.add_status_change(db, candidate_id, "new", now)
    return candidate_id


def get_candidate(db: Database, candidate_id: int) -> dict:
    candidate = candidates_repo.get_candidate(db, candidate_id)
    if candidate is None:
        raise NotFoundError("candidate.not_found", candidate_id=candidate_id)
    return candidate


def current_decisions(db: Database, candidate_ids: list[int]) -> dict[int, Decision]:
    """Each candidate's current decision (domain.codes.latest_decision over their history);
    candidates without one are left out. The Candidates list reads the same rule as a SQL
    projection for speed; tests/unit/services/test_agreement.py keeps the two equal."""
    history = candidates_repo.decisions_of(db, candidate_ids)
    return {i: d for i, decisions in history.items() if (d := latest_decision(decisions))}


def candidate_exists(db: Database, candidate_id: int) -> bool:
    """Whether the candidate is still in the database (another program may have erased them)."""
    return candidates_repo.get_candidate(db, candidate_id) is not None


def count_candidates(db: Database) -> int:
    return candidates_repo.count_candidates(db)


def count_interviews(db: Database, candidate_id: int) -> int:
    """How many interviews (drafts and scorecards) a candidate has."""
    return interviews_repo.count_of_candidate(db, candidate_id)


def list_candidates(db: Database) -> list[dict]:
    return candidates_repo.list_candidates(db)


@changes(Change.CANDIDATES)
def set_status(db: Database, candidate_id: int, status: str, decision: str | None = None,
               note: str = "", interviewer_id: int | None = None) -> None:
    """Move a candidate along the pipeline; every change is dated in the history."""
    if status not in STATUSES:
        raise UserError("candidate.status_unknown", status=status)
    if decision is not None and decision not in DECISIONS:
        raise UserError("candidate.decision_unknown", decision=decision)
    get_candidate(db, candidate_id)
    note = clean_note(note or "")
    now = utc_now()
    with db.atomic():
        candidates_repo.set_status(db, candidate_id, status, now)
        candidates_repo.add_status_change(db, candidate_id, status, now, decision=decision,
                                          note=note, interviewer_id=interviewer_id)


def status_history(db: Database, candidate_id: int) -> list[dict]:
    return candidates_repo.status_history(db, candidate_id)

