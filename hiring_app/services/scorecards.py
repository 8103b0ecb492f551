"""Scorecards of several interviewers: who may see which, the combined result, and exchanging
submitted scorecards with colleagues as "hiring-scorecard/1" files.

Blind until submitted: an interviewer sees their own scorecards (drafts too) and sees colleagues'
submitted scorecards only once they have submitted their own for that candidate, so nobody is
swayed by scores they read before forming an opinion.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from hiring_app.content.scorecard_file import (
    MAX_FILE_BYTES,
    ScorecardFile,
    ScorecardFileError,
    check_document,
    document,
    read_scorecard_file,
)
from hiring_app.domain.codes import Status
from hiring_app.domain.interview import Interview
from hiring_app.domain.matrix import Rules
from hiring_app.domain.scorecards import CombinedResult, combine
from hiring_app.errors import UserError
from hiring_app.i18n import DEFAULT_LANGUAGE, Message
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services.changes import Change, changes
from hiring_app.services.library import write_text_atomically
from hiring_app.storage import candidates_repo, interviews_repo, roles_repo
from hiring_app.storage.database import utc_now


# --- seeing and combining ---------------------------------------------------------------------
def visible_scorecards(db: Database, candidate_id: int,
                       viewer_interviewer_id: int) -> list[Interview]:
    """The candidate's scorecards this interviewer may see: their own, and colleagues'
    submitted ones once the viewer has submitted a scorecard of their own."""
    candidate_service.get_candidate(db, candidate_id)
    scorecards = interview_service.interviews_of(db, candidate_id)
    own = [s for s in scorecards if s.interviewer_id == viewer_interviewer_id]
    if not any(s.submitted for s in own):
        return own
    return [s for s in scorecards if s.interviewer_id == viewer_interviewer_id or s.submitted]


def _rules(db: Database, candidate: dict, scorecards: list[Interview]) -> Rules:
    role_id = candidate["role_id"] or next((s.role_id for s in scorecards if s.role_id), None)
    return interview_service.rules_for(db, role_id)


def candidate_result(db: Database, candidate_id: int,
                     viewer_interviewer_id: int | None = None) -> CombinedResult:
    """The submitted scorecards combined: those the viewer may see, or all (for reports)."""
    candidate = candidate_service.get_candidate(db, candidate_id)
    if viewer_interviewer_id is None:
        scorecards = interview_service.interviews_of(db, candidate_id)
    else:
        scorecards = visible_scorecards(db, candidate_id, viewer_interviewer_id)
    submitted = [s for s in scorecards if s.submitted]
    return combine(submitted, _rules(db, candidate, submitted))


# --- export -----------------------------------------------------------------------------------
def export_text(db: Database, candidate_id: int) -> tuple[str, int]:
    """The file text holding the candidate and every submitted scorecard, and how many."""
    candidate = candidate_service.get_candidate(db, candidate_id)
    submitted = [s for s in interview_service.interviews_of(db, candidate_id) if s.submitted]
    if not submitted:
        raise UserError("scorecards.none_submitted", candidate_id=candidate_id,
                        name=candidate["name"])
    data = document(candidate, submitted, utc_now())
    try:  # what we write must import back
        check_document(data, Message("scorecards.export_source", candidate_id=candidate_id))
        content = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ScorecardFileError as exc:
        raise UserError("scorecards.export_invalid", reason=exc) from exc
    except ValueError as exc:
        raise UserError("scorecards.export_invalid",
                        reason=Message("scorecards.number_not_json")) from exc
    size = len(content.encode("utf-8"))
    if size > MAX_FILE_BYTES:  # no copy of the app would import it
        raise UserError("scorecards.file_too_big", size_mb=size / 2**20,
                        limit_mb=MAX_FILE_BYTES // 2**20)
    return content, len(submitted)


def export_scorecards(db: Database, candidate_id: int, path: Path) -> int:
    """Write the candidate's submitted scorecards to `path` (whole or not at all)."""
    text, count = export_text(db, candidate_id)
    write_text_atomically(db, Path(path), text)
    return count


# --- import -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScorecardImport:
    path: Path
    candidate_id: int
    candidate_name: str
    created: bool
    scorecards_added: int
    already_present: int = 0

    def summary(self, language: str = DEFAULT_LANGUAGE) -> str:
        how = Message("scorecards.how_new" if self.created else "scorecards.how_matched")
        skipped = (Message("scorecards.skipped", count=self.already_present)
                   if self.already_present else "")
        return Message("scorecards.imported", path=str(self.path), count=self.scorecards_added,
                       candidate_id=self.candidate_id, name=self.candidate_name, how=how,
                       skipped=skipped).render(language)


def _fingerprint(card: Interview) -> tuple:
    """What makes two copies of a scorecard the same scorecard."""
    return (card.interviewer_name, card.started_at, card.submitted_at, card.role_id,
            card.decision, card.decision_reason, card.listen_notes, card.free_notes,
            tuple(card.observations), tuple(card.red_flags), card.boss_type, card.team_role,
            tuple((a.question_id, a.score, bool(a.skipped), a.notes, a.adhoc_text or "")
                  for a in card.answers))


def _present(db: Database, card: Interview) -> bool:
    """True when this database already has this exact scorecard; refused if it has a
    different one under the same id."""
    interview_id = interviews_repo.id_by_uid(db, card.uid)
    if interview_id is None:
        return False
    stored = interview_service.load_interview(db, interview_id)
    if stored.submitted and _fingerprint(stored) == _fingerprint(card):
        return True
    # the caller says which file and which scorecard
    raise ScorecardFileError(Path(card.uid), "scorecard.differs", index=-1,
                             interviewer=card.interviewer_name)


def _check_against(db: Database, file: ScorecardFile, candidate_id: int | None,
                   numbered: list[tuple[int, Interview]]) -> None:
    """Refuse what this database cannot take: unknown roles, scorecards it already has.
    `numbered` holds the scorecards to add with their place in the file, which errors name."""
    def known_role(role_id: str | None) -> bool:
        return role_id is None or roles_repo.role_exists(db, role_id)

    if not known_role(file.candidate["role_id"]):
        raise ScorecardFileError(file.path, "scorecard.candidate_role_unknown",
                                 role_id=file.candidate["role_id"])
    sittings: set[tuple[str, str]] = set()
    for index, card in numbered:
        if not known_role(card.role_id):
            raise ScorecardFileError(file.path, "scorecard.role_unknown", index=index,
                                     role_id=card.role_id)
        if len(card.interviewer_name) > interview_service.MAX_INTERVIEWER_NAME:
            raise ScorecardFileError(file.path, "scorecard.interviewer_too_long", index=index,
                                     limit=interview_service.MAX_INTERVIEWER_NAME)
        sitting = (card.interviewer_name, card.started_at)
        clash = candidate_id is not None and interviews_repo.sitting_taken(
            db, candidate_id, *sitting)
        if sitting in sittings or clash:
            raise ScorecardFileError(file.path, "scorecard.sitting_taken", index=index,
                                     interviewer=card.interviewer_name,
                                     started_at=card.started_at)
        sittings.add(sitting)


def _insert_scorecard(db: Database, card: Interview, candidate_id: int) -> int:
    result = card.assess(interview_service.rules_for(db, card.role_id))
    now = utc_now()
    interviewer_id = interview_service.ensure_interviewer(db, card.interviewer_name)
    interviews_repo.insert_interview(db, replace(
        card, candidate_id=candidate_id, interviewer_id=interviewer_id, state="submitted",
        stage="decide", current_question=0, updated_at=now, attitude_score=result.attitude,
        ability_score=result.ability,
        quadrant=result.quadrant.value if result.quadrant else None))
    return interviewer_id


def _add_candidate(db: Database, file: ScorecardFile) -> int:
    """The file's candidate, new to this database, with the same uid as on the sender's."""
    info = file.candidate
    try:
        return candidate_service.add_candidate(
            db, info["name"], info["role_id"], channel=info["channel"], phone=info["phone"],
            email=info["email"], uid=info["uid"])
    except UserError as exc:
        raise ScorecardFileError(file.path, "scorecard.candidate_refused", reason=exc) from exc


def _new_scorecards(db: Database, file: ScorecardFile) -> list[tuple[int, Interview]]:
    """The file's scorecards this database does not have yet. A file passed along a panel
    carries the scorecards already exchanged: identical copies are skipped, a scorecard that
    differs from the stored one under the same id is refused, and so is a file with nothing new."""
    new: list[tuple[int, Interview]] = []
    for index, card in enumerate(file.scorecards):
        try:
            present = _present(db, card)
        except ScorecardFileError:
            raise ScorecardFileError(file.path, "scorecard.differs", index=index,
                                     interviewer=card.interviewer_name) from None
        if not present:
            new.append((index, card))
    if not new:
        raise ScorecardFileError(file.path, "scorecard.already_imported")
    return new


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def import_scorecards(db: Database, path: Path) -> ScorecardImport:
    """Add the submitted scorecards of a file: all of them, or (with a clear error) none."""
    file = read_scorecard_file(Path(path))
    with db.atomic():
        existing = candidates_repo.id_by_uid(db, file.candidate["uid"])
        total = len(file.scorecards)
        numbered = _new_scorecards(db, file)
        file.scorecards = [card for _, card in numbered]
        _check_against(db, file, existing, numbered)
        created = existing is None
        candidate_id = _add_candidate(db, file) if existing is None else existing
        interviewers = [_insert_scorecard(db, card, candidate_id) for card in file.scorecards]
        candidate = candidate_service.get_candidate(db, candidate_id)
        if candidate["role_id"] is None:
            role_id = next((c.role_id for c in file.scorecards if c.role_id), None)
            candidates_repo.set_role(db, candidate_id, role_id)
        if candidate["status"] == Status.NEW:  # scorecards in: now being interviewed
            candidate_service.set_status(db, candidate_id, Status.INTERVIEWING,
                                         interviewer_id=interviewers[0])
    return ScorecardImport(Path(path), candidate_id, candidate["name"], created,
                           len(file.scorecards), total - len(file.scorecards))
