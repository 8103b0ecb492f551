"""The panel debrief and the hiring decision.

Interviewers' scorecards recommend; the person deciding decides. The debrief gathers what they
need on one page: every submitted scorecard side by side, the combined verdict with its reasons,
every disagreement (recommendations that differ, scores DISAGREEMENT_SPREAD or more apart), the
red flags and knock-outs, and drafts not counted yet. `decide` records the hiring decision with
a reason; the candidate's status follows it (and only it).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from hiring_app.domain.codes import Decision, Status
from hiring_app.domain.scorecards import CombinedResult, ScorecardScores
from hiring_app.domain.text import clean_note
from hiring_app.errors import UserError
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services import scorecards as scorecard_service
from hiring_app.services.changes import Change, changes
from hiring_app.storage import candidates_repo

MAX_REASON = 4000


@dataclass(frozen=True)
class PanelDecision:
    decision: Decision
    reason: str
    decided_at: str
    decided_by: str | None


@dataclass(frozen=True)
class Debrief:
    candidate: dict
    result: CombinedResult
    drafts: list[str]                 # interviewers whose scorecard is not submitted yet
    decision: PanelDecision | None    # the hiring decision taken so far, if any

    @property
    def against_recommendation(self) -> bool:
        """Whether the decision taken differs from what the combined verdict recommends."""
        return self.result.goes_against(self.decision.decision if self.decision else None)

    @property
    def has_disagreement(self) -> bool:
        return self.result.decisions_differ or bool(self.result.disagreements)

    def colleagues(self, interviewer: str) -> tuple[ScorecardScores, ...]:
        """The submitted scorecards of everyone but `interviewer` (by name, as interviewers
        are known): what an interviewer sees listed under "other interviewers" next to their
        own scorecard. The combined result still counts every scorecard."""
        return tuple(card for card in self.result.scorecards if card.interviewer != interviewer)


def debrief(db: Database, candidate_id: int) -> Debrief:
    candidate = candidate_service.get_candidate(db, candidate_id)
    drafts = [i.interviewer_name for i in interview_service.interviews_of(db, candidate_id)
              if not i.submitted]
    record = candidates_repo.latest_decision_record(db, candidate_id)
    decision = (PanelDecision(Decision(record["decision"]), record["note"] or "",
                              record["changed_at"], record["by"]) if record else None)
    return Debrief(candidate, scorecard_service.candidate_result(db, candidate_id), drafts,
                   decision)


def is_against(db: Database, candidate_id: int, decision: str) -> bool:
    """Whether `decision` goes against the combined verdict's recommendation (the window asks
    for confirmation, the command line says so)."""
    return scorecard_service.candidate_result(db, candidate_id).goes_against(decision)


@changes(Change.CANDIDATES)
def decide(db: Database, candidate_id: int, decision: str, reason: str,
           decided_by: str | None = None) -> None:
    """Record the hiring decision, with the reason, by whom; the candidate becomes 'decided'.
    A reason is required: a decision others will act on must say why (and hiring someone the
    matrix says not to is only possible this way)."""
    if decision not in candidate_service.DECISIONS:
        raise UserError("candidate.decision_unknown", decision=decision)
    reason = clean_note(reason or "").strip()
    if not reason:
        raise UserError("decision.reason_missing")
    if len(reason) > MAX_REASON:
        raise UserError("decision.reason_too_long", limit=MAX_REASON)
    candidate_service.get_candidate(db, candidate_id)
    with db.atomic():
        interviewer_id = (interview_service.ensure_interviewer(db, decided_by)
                          if decided_by and decided_by.strip() else None)
        candidate_service.set_status(db, candidate_id, Status.DECIDED, decision=decision,
                                     note=reason, interviewer_id=interviewer_id)
