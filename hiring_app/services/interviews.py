"""Interviews: start one, change it bit by bit (the autosave applies batches of changes), and
submit the interviewer's decision."""
from __future__ import annotations

import json
import uuid
from typing import Any

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.codes import Status
from hiring_app.domain.interview import STAGES, Answer, Interview
from hiring_app.domain.library import RoleProfile
from hiring_app.domain.matrix import Rules
from hiring_app.domain.role_rules import role_rules
from hiring_app.domain.text import clean_note
from hiring_app.errors import NotFoundError, UserError, checked_name
from hiring_app.i18n import Message
from hiring_app.services import candidates as candidate_service
from hiring_app.services.changes import Change, changes
from hiring_app.storage import candidates_repo, interviews_repo, roles_repo
from hiring_app.storage.database import utc_now

# What the interviewer can change, column by column (everything else is set by the service).
TEXT_FIELDS = ("listen_notes", "free_notes", "decision_reason")
LIST_FIELDS = ("observations", "red_flags")
OTHER_FIELDS = ("stage", "boss_type", "team_role", "elapsed_seconds", "current_question", "state",
                "decision")  # a draft's decision: the interviewer's choice so far
ANSWER_FIELDS = ("score", "skipped", "notes", "seconds")
MAX_TEXT = 200_000


class SubmittedError(UserError):
    kind = "submitted"


MAX_INTERVIEWER_NAME = 100


def interviewer_name(name: str | None) -> str:
    """An interviewer's name as stored (domain.text.clean_name); refusals are UserErrors."""
    name = checked_name(name, Message("field.interviewer_name"))
    if not name:
        raise UserError("interviewer.name_missing")
    if len(name) > MAX_INTERVIEWER_NAME:
        raise UserError("interviewer.name_too_long", limit=MAX_INTERVIEWER_NAME)
    return name


def ensure_interviewer(db: Database, name: str) -> int:
    name = interviewer_name(name)
    found = interviews_repo.interviewer_id(db, name)
    if found is not None:
        return found
    return interviews_repo.add_interviewer(db, name, utc_now())


def known_interviewers(db: Database) -> list[str]:
    """Everyone who has interviewed here, by name (the start page offers them)."""
    return interviews_repo.interviewer_names(db)


class RuleBook:
    """The verdict rules of roles (domain.role_rules: thresholds and knock-outs), each role read
    once: for lists and comparisons that place many candidates."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.standard = roles_repo.questions_of(db, None)
        self.flags = builtin_vocabulary().knockout_flags()
        self._roles: dict[str, RoleProfile | None] = {}
        self._rules: dict[str | None, Rules] = {}

    def read(self, role_ids) -> None:
        """Read these roles at once (a list placing candidates of many roles)."""
        wanted = sorted({r for r in role_ids if r and r not in self._roles})
        if wanted:
            found = roles_repo.get_roles(self.db, wanted)
            self._roles.update({role_id: found.get(role_id) for role_id in wanted})

    def role(self, role_id: str | None) -> RoleProfile | None:
        if not role_id:
            return None
        if role_id not in self._roles:
            self._roles[role_id] = roles_repo.get_role(self.db, role_id)
        return self._roles[role_id]

    def __call__(self, role_id: str | None) -> Rules:
        if role_id not in self._rules:
            self._rules[role_id] = role_rules(self.role(role_id), self.standard, self.flags)
        return self._rules[role_id]

    def question_texts(self, role_id: str | None) -> dict[str, dict[str, str]]:
        """The texts of the standard questions and the role's, by id (reasons name them)."""
        role = self.role(role_id)
        return {q.id: q.text for q in [*self.standard, *(role.questions if role else [])]}


def rules_for(db: Database, role_id: str | None) -> Rules:
    """The verdict rules of one role."""
    return RuleBook(db)(role_id)


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def start_interview(db: Database, candidate_id: int, role_id: str, interviewer: str) -> int:
    """A new draft with the six standard questions, then the role's own, ready to ask."""
    candidate = candidate_service.get_candidate(db, candidate_id)
    role = roles_repo.get_role(db, role_id)
    if role is None:
        raise NotFoundError("role.not_found", role_id=role_id)
    questions = roles_repo.questions_of(db, None) + role.questions
    interviewer = interviewer_name(interviewer)
    now = utc_now()
    with db.atomic():
        interviewer_id = ensure_interviewer(db, interviewer)
        interview_id = interviews_repo.insert_interview(db, Interview(
            id=0, uid=uuid.uuid4().hex, candidate_id=candidate_id, role_id=role_id,
            interviewer_id=interviewer_id, interviewer_name=interviewer, state="draft",
            stage=STAGES[0], current_question=0, started_at=now, updated_at=now,
            submitted_at=None, elapsed_seconds=0,
            answers=[Answer(q.id, i, q.dimension, q.facet, q.weight)
                     for i, q in enumerate(questions)]))
        if candidate["status"] == "new":
            candidate_service.set_status(db, candidate_id, "interviewing",
                                         interviewer_id=interviewer_id)
        if candidate["role_id"] is None:
            candidates_repo.set_role(db, candidate_id, role_id)
    return interview_id


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def start_interview_with_new_candidate(
        db: Database, name: str, role_id: str, interviewer: str, *, channel: str | None = None,
        phone: str | None = None, email: str | None = None) -> tuple[int, int]:
    """Add a candidate and start their first interview as one change: if either step is refused
    (an unknown role, an interviewer's name that is too long, ...), neither happens, so no
    candidate is left behind without the interview the user was starting.
    Returns (candidate id, interview id)."""
    with db.atomic():
        candidate_id = candidate_service.add_candidate(db, name, role_id, channel, phone, email)
        return candidate_id, start_interview(db, candidate_id, role_id, interviewer)


def load_interview(db: Database, interview_id: int) -> Interview:
    interview = interviews_repo.get_interview(db, interview_id)
    if interview is None:
        raise NotFoundError("interview.not_found", interview_id=interview_id)
    return interview


def interview_exists(db: Database, interview_id: int) -> bool:
    """Whether the interview is still in the database (another program may have erased it)."""
    return interviews_repo.state_of(db, interview_id) is not None


def interviews_of(db: Database, candidate_id: int) -> list[Interview]:
    return [load_interview(db, i) for i in interviews_repo.interview_ids_of(db, candidate_id)]


def open_interviews(db: Database) -> list[dict]:
    """Drafts and paused interviews, newest first: what can be resumed."""
    return interviews_repo.open_interviews(db, ("draft", "paused"))


_FIELD_NAMES = {"listen_notes": Message("field.listen_notes"),
                "free_notes": Message("field.free_notes"),
                "decision_reason": Message("field.decision_reason"),
                "notes": Message("field.answer_notes"), "question": Message("field.question")}


def _check_text(value: Any, what: str) -> str:
    """`what`: a key of _FIELD_NAMES, naming the text in the message."""
    if not isinstance(value, str):
        raise UserError("interview.not_text", field=_FIELD_NAMES[what])
    if len(value) > MAX_TEXT:
        raise UserError("interview.text_too_long", field=_FIELD_NAMES[what], limit=MAX_TEXT)
    return clean_note(value)


def apply_changes(db: Database, interview_id: int, fields: dict[str, Any],
                  answers: dict[str, dict[str, Any]]) -> None:
    """Write a batch of the interviewer's changes in one transaction (all or nothing)."""
    now = utc_now()
    updates: dict[str, Any] = {}
    for key, value in fields.items():
        if key in TEXT_FIELDS:
            updates[key] = _check_text(value, key)
        elif key in LIST_FIELDS:
            updates[key] = json.dumps(list(value), ensure_ascii=False)
        elif key in OTHER_FIELDS:
            if key == "stage" and value not in STAGES:
                raise UserError("interview.stage_unknown", stage=value)
            if key == "state" and value not in ("draft", "paused"):
                raise UserError("interview.use_submit")
            if key == "decision" and value is not None and value not in candidate_service.DECISIONS:
                raise UserError("interview.decision_missing",
                                choices=list(candidate_service.DECISIONS))
            updates[key] = value
        else:
            raise UserError("interview.field_not_changeable", field=key)
    with db.atomic():
        state = interviews_repo.state_of(db, interview_id)
        if state is None:
            raise NotFoundError("interview.not_found", interview_id=interview_id)
        if state == "submitted":  # a submitted scorecard is final (blind until submitted)
            raise SubmittedError("scorecard.submitted")
        if updates or answers:
            updates["updated_at"] = now
            interviews_repo.update_interview(db, interview_id, updates)
        for question_id, change in answers.items():
            values: dict[str, Any] = {}
            for key, value in change.items():
                if key not in ANSWER_FIELDS:
                    raise UserError("interview.answer_field_not_changeable", field=key)
                if key == "score" and value is not None and value not in (1, 2, 3, 4, 5):
                    raise UserError("interview.score_invalid")
                values[key] = _check_text(value, "notes") if key == "notes" else value
            if not values:
                continue
            values["updated_at"] = now
            if not interviews_repo.update_answer(db, interview_id, question_id, values):
                raise NotFoundError("interview.question_not_found", question_id=question_id)


def add_adhoc_question(db: Database, interview_id: int, text: str, dimension: str | None,
                       facet: str | None, weight: float = 1.0,
                       position: int | None = None) -> str:
    """An extra question the interviewer thought of: scored like any other under the dimension
    and facet they chose, or (dimension None) kept as a note, not scored."""
    text = _check_text(text, "question").strip()
    if not text:
        raise UserError("interview.question_empty")
    if dimension is None:
        facet, weight = None, 0.0
    elif dimension not in ("attitude", "ability"):
        raise UserError("interview.dimension_unknown", dimension=dimension)
    elif not (0 < weight <= 10):
        raise UserError("interview.weight_invalid")
    with db.atomic():
        count = interviews_repo.count_answers(db, interview_id, adhoc=True)
        question_id = f"adhoc-{count + 1}"
        total = interviews_repo.count_answers(db, interview_id)
        position = total if position is None else max(0, min(position, total))
        interviews_repo.make_room(db, interview_id, position)
        interviews_repo.insert_answer(
            db, interview_id, Answer(question_id, position, dimension, facet, weight,
                                     adhoc_text=text), utc_now())
    return question_id


def reorder(db: Database, interview_id: int, question_ids: list[str]) -> None:
    existing = interviews_repo.question_ids(db, interview_id)
    if set(question_ids) != existing or len(question_ids) != len(existing):
        raise UserError("interview.order_invalid")
    with db.atomic():
        for position, question_id in enumerate(question_ids):
            interviews_repo.set_position(db, interview_id, question_id, position)


@changes(Change.CANDIDATES, Change.INTERVIEWS)
def submit(db: Database, interview_id: int, decision: str, reason: str = "") -> Interview:
    """Close the scorecard with the interviewer's recommendation. The candidate's decision is
    not this: the person deciding takes it in the debrief (services/debrief.decide), so the
    candidate's status does not follow whoever submitted last."""
    if decision not in candidate_service.DECISIONS:
        raise UserError("interview.decision_missing", choices=list(candidate_service.DECISIONS))
    interview = load_interview(db, interview_id)
    if interview.submitted:
        raise UserError("interview.already_submitted")
    result = interview.assess(rules_for(db, interview.role_id))
    now = utc_now()
    with db.atomic():
        interviews_repo.update_interview(db, interview_id, {
            "state": "submitted", "stage": "decide", "submitted_at": now, "updated_at": now,
            "decision": decision, "decision_reason": _check_text(reason, "decision_reason"),
            "attitude_score": result.attitude, "ability_score": result.ability,
            "quadrant": result.quadrant.value if result.quadrant else None})
        status = candidate_service.get_candidate(db, interview.candidate_id)["status"]
        if status == Status.NEW:
            candidate_service.set_status(db, interview.candidate_id, Status.INTERVIEWING,
                                         interviewer_id=interview.interviewer_id)
    return load_interview(db, interview_id)
