"""Candidates' personal data: erase one completely, give one their data, and retention.

Erasing deletes the candidate with every interview, answer, note, scorecard, status change and
attached file (cascading keys), and any private copy of their files opened for a viewer;
deleted content is overwritten (`secure_delete`), the file is rebuilt from live data only
(VACUUM, which also drops stale copies written before secure_delete was on), and the write-ahead
log is checkpointed and truncated, so the name is in neither the database file nor its journal.
Candidate search reads the live table; there is no separate search index to clean.
Files the user exported (PDFs, scorecard files) and backups are outside the database: backups
still holding the candidate are named by `backups_holding` so the user can purge them.
"""
from __future__ import annotations

import base64
import calendar
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from hiring_app.domain.codes import KEPT_BY_RETENTION, Status
from hiring_app.errors import UserError
from hiring_app.services import attachments as attachment_service
from hiring_app.services import candidates as candidate_service
from hiring_app.services.changes import Change, changes
from hiring_app.services.library import write_text_atomically
from hiring_app.storage import privacy_repo, settings, team_repo
from hiring_app.storage.database import utc_now

EXPORT_FORMAT = "hiring-candidate-data/1"
RETENTION_KEY = "retention.months"
TRACES_KEY = "privacy.traces_pending"
MAX_RETENTION_MONTHS = 120
# Candidates in these states are never erased by the retention rule.
KEPT_STATUSES = tuple(sorted(KEPT_BY_RETENTION))


@dataclass(frozen=True)
class Erased:
    id: int
    uid: str | None
    name: str
    traces_cleared: bool  # False: the log could not be truncated yet (another program reading)


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def erase_candidate(db: Database, candidate_id: int) -> Erased:
    return erase_candidates(db, [candidate_id])[0]


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def erase_candidates(db: Database, candidate_ids: list[int],
                     kept_statuses: Iterable[str] = ()) -> list[Erased]:
    """Erase candidates, then rebuild the file once. A candidate in one of `kept_statuses` is
    not erased, re-checked inside the deleting transaction (retention: still not hired), so
    nobody who changed in the meantime is erased; returns who was erased."""
    found = [candidate_service.get_candidate(db, i) for i in candidate_ids]
    kept_statuses = tuple(kept_statuses)
    erased = []
    with db.atomic():
        for candidate in found:
            uid = privacy_repo.candidate_uid(db, candidate["id"])
            if privacy_repo.delete_candidate(db, candidate["id"], unless_status=kept_statuses):
                erased.append(candidate)
                if uid:  # recorded in the same transaction as the deletion: both or neither
                    privacy_repo.record_erasures(db, [uid_digest(uid)], utc_now())
    if not erased:
        return []
    for candidate in erased:  # copies handed to a viewer are theirs too
        attachment_service.remove_copies(candidate["id"])
    cleared = clear_traces(db)
    return [Erased(c["id"], c.get("uid"), c["name"], cleared) for c in erased]


# --- the erasure log, and people a restored backup brings back ---------------------------------
# What is recorded of an erased person is a SHA-256 digest of their stable id (`uid`), never a
# name. The uid is a random 128-bit number that names nobody by itself, but it is what a scorecard
# file carries and what joins a person across copies of the data; its digest cannot be turned
# back into it (nor guessed: 2**128 values), yet it is all that is needed to recognise the same
# person in a backup. So the log keeps no personal data, only the fact that "someone" was erased.
def uid_digest(uid: str) -> str:
    return hashlib.sha256(f"hiring-app erasure:{uid}".encode()).hexdigest()


@dataclass(frozen=True)
class ErasedPerson:
    """Someone erased before who is in a database again (a restored backup): id there, name
    as that database holds it."""

    id: int | None
    name: str


def erased_back(db: Database) -> list[ErasedPerson]:
    """Candidates in this database who were erased before (their uid is in the erasure log)."""
    log = {digest for digest, _when in privacy_repo.erasure_log(db)}
    if not log:
        return []
    return [ErasedPerson(cid, name) for cid, uid, name in privacy_repo.candidate_uids(db)
            if uid_digest(uid) in log]


def erased_in_backup(current: Path, backup_path: Path) -> list[ErasedPerson]:
    """Who restoring `backup_path` over the database file `current` would bring back: people
    erased from it (or in the backup's own log) whom the backup still holds, named as the
    backup holds them. Both files are only read."""
    log = {d for d, _when in privacy_repo.file_erasure_log(Path(current))}
    log |= {d for d, _when in privacy_repo.file_erasure_log(Path(backup_path))}
    if not log:
        return []
    return [ErasedPerson(None, name) for uid, name in
            privacy_repo.file_candidate_uids(Path(backup_path)) if uid_digest(uid) in log]


def carry_erasures(db: Database, replaced: Path | None) -> list[ErasedPerson]:
    """After a restore: the erasure log of the file the restore replaced (kept aside at
    `replaced`) joins the restored one, so nobody erased is forgotten; returns who the restored
    data brought back (to name them and offer to erase them again)."""
    if replaced is not None:
        carried = privacy_repo.file_erasure_log(Path(replaced))
        if carried:
            with db.atomic():
                for digest, when in carried:
                    privacy_repo.record_erasures(db, [digest], when)
    return erased_back(db)


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def erase_again(db: Database) -> list[Erased]:
    """Erase everyone in the erasure log whom this database holds again (after a restore)."""
    back = erased_back(db)
    ids = [person.id for person in back if person.id is not None]
    return erase_candidates(db, ids) if ids else []


def clear_traces(db: Database) -> bool:
    """Rebuild the file from live data and empty the write-ahead log. True when done; False
    when it has to wait (another program reading, the disk full): the erasure itself stands,
    and the leftover bytes are cleared at the next start (`clear_pending_traces`)."""
    if not privacy_repo.rebuild_file(db):
        try:
            settings.set_value(db, TRACES_KEY, 1)
        except UserError:
            pass  # the disk is full: the next erasure clears everything anyway
        return False
    if settings.get_value(db, TRACES_KEY) is not None:
        with db.atomic():
            settings.delete_value(db, TRACES_KEY)
        privacy_repo.empty_log(db)
    return True


def clear_pending_traces(db: Database) -> bool | None:
    """At start-up: finish clearing after an erasure that could not (None: nothing pending)."""
    if settings.get_value(db, TRACES_KEY) is None:
        return None
    return clear_traces(db)


# --- a candidate's data, for the candidate ------------------------------------------------------
def candidate_data(db: Database, candidate_id: int) -> dict:
    """Everything the database holds about one candidate, as plain JSON-ready data."""
    candidate = candidate_service.get_candidate(db, candidate_id)
    interviews = privacy_repo.interviews_of(db, candidate_id)
    for interview in interviews:
        for key in ("observations", "red_flags", "question_order"):
            try:
                interview[key] = json.loads(interview[key] or "[]")
            except (TypeError, ValueError):
                pass
        answers = privacy_repo.answers_of(db, interview["id"])
        for answer in answers:
            data = answer.pop("question_data")
            answer["question"] = ({"adhoc": answer["adhoc_text"]} if answer["adhoc_text"]
                                  else json.loads(data).get("text") if data else None)
        interview["answers"] = answers
    history = privacy_repo.history_of(db, candidate_id)
    position = (team_repo.get_position(db, candidate["position_id"], Status.HIRED)
                if candidate.get("position_id") else None)
    return {"format": EXPORT_FORMAT, "exported_at": utc_now(), "candidate": candidate,
            "status_history": history, "interviews": interviews,
            "position": {k: position[k] for k in ("id", "role_id", "places", "target_date",
                                                  "note", "opened_at", "closed_at")}
            if position else None,
            "onboarding_plan": team_repo.get_plan(db, candidate_id),
            "attachments": attached_files(db, candidate_id)}


def attached_files(db: Database, candidate_id: int) -> list[dict]:
    """The candidate's files: name, kind, size, digest, date, and the bytes themselves
    (base64, so the one JSON file holds them whole)."""
    found = []
    for attachment in attachment_service.attachments_of(db, candidate_id):
        content = attachment_service.content_of(db, attachment.id)
        found.append({"file_name": attachment.file_name, "media_type": attachment.media_type,
                      "size": attachment.size, "sha256": attachment.sha256,
                      "added_at": attachment.added_at,
                      "content_base64": base64.b64encode(content).decode("ascii")})
    return found


def export_candidate(db: Database, candidate_id: int, path: Path) -> dict:
    data = candidate_data(db, candidate_id)
    write_text_atomically(db, Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return data


# --- retention ----------------------------------------------------------------------------------
def retention_months(db: Database) -> int:
    """Months after which candidates who were not hired are erased; 0 means never."""
    return settings.get_int(db, RETENTION_KEY, 0)


@changes(Change.RETENTION)
def set_retention_months(db: Database, months: int) -> None:
    if not 0 <= int(months) <= MAX_RETENTION_MONTHS:
        raise UserError("retention.out_of_range", limit=MAX_RETENTION_MONTHS)
    settings.set_value(db, RETENTION_KEY, int(months))


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expired_candidates(db: Database, months: int | None = None,
                       today: date | None = None) -> list[dict]:
    """Candidates not hired whose last activity is more than `months` months ago, oldest first:
    the ones the retention rule would erase. Nothing when retention is off."""
    months = retention_months(db) if months is None else months
    if months <= 0:
        return []
    today = today or datetime.now(UTC).date()
    cutoff = months_before(today, months).isoformat()
    return privacy_repo.inactive_before(db, cutoff, KEPT_STATUSES)


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def erase_expired(db: Database, candidate_ids: list[int], months: int | None = None,
                  today: date | None = None) -> list[Erased]:
    """Erase those of `candidate_ids` that are still past the retention period right now."""
    still = {row["id"] for row in expired_candidates(db, months, today)}
    ids = [i for i in candidate_ids if i in still]
    return erase_candidates(db, ids, kept_statuses=KEPT_STATUSES) if ids else []
