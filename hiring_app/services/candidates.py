"""Candidates: add, list, read, and move along the pipeline with a dated history."""
from __future__ import annotations

import re
import unicodedata
import uuid
from types import EllipsisType
from typing import Any

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
MAX_NOTES = 200_000  # as an interview's notes
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _clean(value: str | None) -> str | None:
    """A one-line value (channel, phone, e-mail): NFC, no control or direction characters."""
    return clean_line(value)


# A field an edit leaves as it is: `...` (Ellipsis), since None clears an optional field.
Unchanged = EllipsisType
EDITABLE = ("name", "phone", "email", "channel", "role_id", "notes")


def checked_fields(db: Database, *, name: str | None | Unchanged = ...,
                   role_id: str | None | Unchanged = ..., channel: str | None | Unchanged = ...,
                   phone: str | None | Unchanged = ..., email: str | None | Unchanged = ...,
                   notes: str | None | Unchanged = ...) -> dict[str, Any]:
    """The given fields as stored, each checked by the one rule adding and editing share
    (UserError naming the first mistake); fields left at `...` are not in the result."""
    fields: dict[str, Any] = {}
    if not isinstance(name, EllipsisType):
        name = checked_name(name, Message("field.candidate_name"))
        if not name:
            raise UserError("candidate.name_missing")
        if len(name) > MAX_NAME:
            raise UserError("candidate.name_too_long", limit=MAX_NAME)
        fields["name"] = name
    if not isinstance(role_id, EllipsisType):
        if role_id is not None and not roles_repo.role_exists(db, role_id):
            raise NotFoundError("role.not_found", role_id=role_id)
        fields["role_id"] = role_id
    if not isinstance(channel, EllipsisType):
        channel = _clean(channel)
        if channel is not None and channel not in CHANNELS:
            raise UserError("candidate.channel_unknown", channel=channel, choices=list(CHANNELS))
        fields["channel"] = channel
    if not isinstance(phone, EllipsisType):
        phone = _clean(phone)
        if phone is not None and len(phone) > MAX_PHONE:
            raise UserError("candidate.phone_too_long", limit=MAX_PHONE)
        fields["phone"] = phone
    if not isinstance(email, EllipsisType):
        fields["email"] = _checked_email(email)
    if not isinstance(notes, EllipsisType):
        if notes is not None and len(notes) > MAX_NOTES:
            raise UserError("candidate.notes_too_long", limit=MAX_NOTES)
        fields["notes"] = clean_note(notes or "")
    return fields


def _checked_email(email: str | None) -> str | None:
    email = unicodedata.normalize("NFC", email or "").strip() or None  # quoted if refused
    if email is not None and any(is_control(ch) or is_direction(ch) for ch in email):
        raise UserError("candidate.email_invalid", email=email)
    if email is not None and len(email) > MAX_EMAIL:
        raise UserError("candidate.email_too_long", limit=MAX_EMAIL)
    if email is not None and not _EMAIL.match(email):
        raise UserError("candidate.email_invalid", email=email)
    return email


@changes(Change.CANDIDATES)
def add_candidate(db: Database, name: str, role_id: str | None, channel: str | None = None,
                  phone: str | None = None, email: str | None = None,
                  uid: str | None = None, notes: str = "") -> int:
    """Add a candidate (status 'new'); returns the new id. Mistakes are UserErrors."""
    fields = checked_fields(db, name=name, role_id=role_id, channel=channel, phone=phone,
                            email=email, notes=notes)
    now = utc_now()
    with db.atomic():
        candidate_id = candidates_repo.insert_candidate(
            db, uid=uid or uuid.uuid4().hex, **fields, status="new", created_at=now)
        candidates_repo.add_status_change(db, candidate_id, "new", now)
    return candidate_id


@changes(Change.CANDIDATES)
def edit_candidate(db: Database, candidate_id: int, *, name: str | None | Unchanged = ...,
                   phone: str | None | Unchanged = ..., email: str | None | Unchanged = ...,
                   channel: str | None | Unchanged = ..., role_id: str | None | Unchanged = ...,
                   notes: str | None | Unchanged = ...) -> dict[str, Any]:
    """Correct a candidate's record: only the fields given change, each checked as when adding
    (None or '' clears an optional field). The role stays while `role_locked` says why.
    Returns the changed fields' values from before (empty when nothing changed), so the change
    can be undone."""
    fields = checked_fields(db, name=name, role_id=role_id, channel=channel, phone=phone,
                            email=email, notes=notes)
    with db.atomic():
        candidate = get_candidate(db, candidate_id)
        changed = {key: value for key, value in fields.items() if candidate[key] != value}
        refused = _role_fixed(db, candidate) if "role_id" in changed else None
        if refused is not None:
            raise refused
        if changed:
            candidates_repo.update_candidate(db, candidate_id, changed, utc_now())
    return {key: candidate[key] for key in changed}


def _role_fixed(db: Database, candidate: dict[str, Any]) -> UserError | None:
    if candidates_repo.count_submitted(db, candidate["id"]):
        return UserError("candidate.role_has_scorecards", name=candidate["name"])
    position = candidates_repo.position_of(db, candidate["id"])
    if position is not None and position[1] is not None:  # services.positions.apply_to's rule
        return UserError("candidate.role_of_position", name=candidate["name"],
                         position_id=position[0])
    return None


def role_locked(db: Database, candidate_id: int) -> UserError | None:
    """Why the candidate's role cannot be changed now, or None: submitted scorecards (scored
    and compared against it), or a position applied to (the position's role)."""
    return _role_fixed(db, get_candidate(db, candidate_id))


@changes(Change.CANDIDATES)
def undo_add_candidate(db: Database, candidate_id: int) -> dict[str, Any]:
    """Take back the adding of a candidate, while the record is still only what was added (no
    interview, file or status change since); returns the row, for `redo_add_candidate`."""
    with db.atomic():
        candidate = get_candidate(db, candidate_id)
        if not candidates_repo.only_as_added(db, candidate_id):
            raise UserError("candidate.undo_add_too_late", name=candidate["name"])
        candidates_repo.delete_candidate(db, candidate_id)
    return candidate


@changes(Change.CANDIDATES)
def redo_add_candidate(db: Database, row: dict[str, Any]) -> int:
    """Add again a candidate taken back by `undo_add_candidate`, as they were (same stable id,
    fields and date), each field checked again; returns their id."""
    fields = checked_fields(db, **{key: row[key] for key in EDITABLE})
    with db.atomic():
        if candidates_repo.id_by_uid(db, row["uid"]) is not None:
            raise UserError("candidate.already_back", name=fields["name"])
        candidate_id = candidates_repo.insert_candidate(
            db, uid=row["uid"], **fields, status="new", created_at=row["created_at"])
        candidates_repo.add_status_change(db, candidate_id, "new", row["created_at"])
    return candidate_id


def id_by_uid(db: Database, uid: str) -> int:
    """The id of the candidate with this stable id (NotFoundError once they are gone)."""
    found = candidates_repo.id_by_uid(db, uid)
    if found is None:
        raise NotFoundError("candidate.gone")
    return found


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

