"""Onboarding plans (domain.onboarding) for candidates who were hired or are to be trained:
read, draft, save and print one. A plan belongs to its candidate: erasing the candidate erases
it (ON DELETE CASCADE), and the candidate's data export includes it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.codes import POSITIVE_DECISIONS, Status
from hiring_app.domain.library import text_in
from hiring_app.domain.onboarding import (
    MAX_TALKS_PER_MONTH,
    MIN_TALKS_PER_MONTH,
    PRACTICES,
    OnboardingPlan,
    default_review,
    plan_problem,
)
from hiring_app.domain.text import clean_note
from hiring_app.errors import NotFoundError, UserError, checked_name
from hiring_app.i18n import Message
from hiring_app.services import candidates as candidate_service
from hiring_app.services.changes import Change, changes
from hiring_app.storage import roles_repo, team_repo
from hiring_app.storage.database import utc_now

MAX_TEXT = 4000
MAX_MENTOR = 100
GOALS_FROM_DUTIES = 3


def may_have_plan(db: Database, candidate_id: int) -> bool:
    """Hired, or the current decision is to hire or to hire and train."""
    candidate = candidate_service.get_candidate(db, candidate_id)
    decision = candidate_service.current_decisions(db, [candidate_id]).get(candidate_id)
    return candidate["status"] == Status.HIRED or decision in POSITIVE_DECISIONS


def _plan(row: dict) -> OnboardingPlan:
    return OnboardingPlan(row["candidate_id"], row["mentor"],
                          date.fromisoformat(row["start_date"]),
                          date.fromisoformat(row["review_date"]), row["talks_per_month"],
                          row["goals"], row["responsibilities"])


def get_plan(db: Database, candidate_id: int) -> OnboardingPlan | None:
    row = team_repo.get_plan(db, candidate_id)
    return _plan(row) if row else None


def draft_plan(db: Database, candidate_id: int, language: str,
               start: date | None = None) -> OnboardingPlan:
    """The candidate's plan, or a first draft: starting today, reviewed after the default
    probation, talks twice a month, goals taken from the role's first duties."""
    existing = get_plan(db, candidate_id)
    if existing is not None:
        return existing
    candidate = candidate_service.get_candidate(db, candidate_id)
    role = roles_repo.get_role(db, candidate["role_id"]) if candidate["role_id"] else None
    goals = "\n".join("• " + text_in(duty, language)
                      for duty in (role.duties[:GOALS_FROM_DUTIES] if role else ()))
    start = start or date.today()
    return OnboardingPlan(candidate_id, "", start, default_review(start), MIN_TALKS_PER_MONTH,
                          goals, "")


def _date(value: str | date, field: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError("onboarding.date_invalid", field=Message(field), value=value) from None


@changes(Change.CANDIDATES)
def save_plan(db: Database, candidate_id: int, *, mentor: str, start_date: str | date,
              review_date: str | date, talks_per_month: int = MIN_TALKS_PER_MONTH,
              goals: str = "", responsibilities: str = "") -> OnboardingPlan:
    """Store the candidate's plan (replacing the one they had). Refused for a candidate who was
    neither hired nor chosen to train, and for dates or talks the practice does not allow."""
    if not may_have_plan(db, candidate_id):
        candidate = candidate_service.get_candidate(db, candidate_id)
        raise UserError("onboarding.not_hired", name=candidate["name"])
    mentor = checked_name(mentor, Message("field.mentor")) if (mentor or "").strip() else ""
    if len(mentor) > MAX_MENTOR:
        raise UserError("onboarding.mentor_too_long", limit=MAX_MENTOR)
    start = _date(start_date, "field.start_date")
    review = _date(review_date, "field.review_date")
    try:
        talks = int(talks_per_month)
    except (TypeError, ValueError):
        talks = 0
    problem = plan_problem(start, review, talks)
    if problem == "review_before_start":
        raise UserError("onboarding.review_before_start", start=start.isoformat(),
                        review=review.isoformat())
    if problem is not None:
        raise UserError("onboarding.talks_range", low=MIN_TALKS_PER_MONTH,
                        high=MAX_TALKS_PER_MONTH)
    goals = clean_note(goals or "").strip()
    responsibilities = clean_note(responsibilities or "").strip()
    if max(len(goals), len(responsibilities)) > MAX_TEXT:
        raise UserError("onboarding.text_too_long", limit=MAX_TEXT)
    with db.atomic():
        team_repo.save_plan(db, {
            "candidate_id": candidate_id, "mentor": mentor, "start_date": start.isoformat(),
            "review_date": review.isoformat(), "talks_per_month": talks, "goals": goals,
            "responsibilities": responsibilities, "updated_at": utc_now()})
    return OnboardingPlan(candidate_id, mentor, start, review, talks, goals, responsibilities)


@changes(Change.CANDIDATES)
def delete_plan(db: Database, candidate_id: int) -> bool:
    candidate_service.get_candidate(db, candidate_id)
    with db.atomic():
        return team_repo.delete_plan(db, candidate_id)


def same_role_colleagues(db: Database, candidate_id: int) -> list[str]:
    """The names of team members in the candidate's role: whose work the new responsibilities
    must not overlap."""
    role_id = candidate_service.get_candidate(db, candidate_id)["role_id"]
    return [m["name"] for m in team_repo.members(db) if role_id and m["role_id"] == role_id]


_PRACTICE_TEXTS = {
    "mentor": (Message("onboarding.practice.mentor.title"),
               Message("onboarding.practice.mentor")),
    "goals": (Message("onboarding.practice.goals.title"), Message("onboarding.practice.goals")),
    "talks": (Message("onboarding.practice.talks.title"), Message("onboarding.practice.talks")),
    "self_assessment": (Message("onboarding.practice.self_assessment.title"),
                        Message("onboarding.practice.self_assessment")),
    "three_chances": (Message("onboarding.practice.three_chances.title"),
                      Message("onboarding.practice.three_chances")),
    "responsibilities": (Message("onboarding.practice.responsibilities.title"),
                         Message("onboarding.practice.responsibilities")),
}


def practice_texts(language: str) -> list[tuple[str, str]]:
    """(title, what to do) of each step of the practice, in `language`."""
    return [(title.render(language), what.render(language))
            for title, what in (_PRACTICE_TEXTS[key] for key in PRACTICES)]


# --- the printable plan -------------------------------------------------------------------------
def plan_report_data(db: Database, candidate_id: int, language: str):
    from hiring_app.reports.common import check_language
    from hiring_app.reports.onboarding_data import OnboardingReportData

    check_language(language)
    candidate = candidate_service.get_candidate(db, candidate_id)
    plan = get_plan(db, candidate_id)
    if plan is None:
        raise NotFoundError("onboarding.no_plan", name=candidate["name"],
                            candidate_id=candidate_id)
    role = roles_repo.get_role(db, candidate["role_id"]) if candidate["role_id"] else None
    decision = candidate_service.current_decisions(db, [candidate_id]).get(candidate_id)
    return OnboardingReportData(
        language=language, name=candidate["name"],
        role_name=text_in(role.name, language) if role else "",
        decision=decision, plan=plan, talks=plan.talk_dates(),
        practices=practice_texts(language),
        colleagues=same_role_colleagues(db, candidate_id),
        pay_model=builtin_vocabulary().name_of("pay_models", role.pay_model, language)
        if role else "")


def write_plan_report(db: Database, candidate_id: int, language: str, path: Path | str) -> Path:
    """Write the candidate's onboarding plan as a PDF (whole or not at all)."""
    from hiring_app.reports.onboarding import onboarding_report
    from hiring_app.storage.files import output_file

    data = plan_report_data(db, candidate_id, language)
    path = Path(path)
    if path.is_dir():
        raise UserError("report.output_is_folder", path=str(path))
    with output_file(db, path, binary=True) as handle:
        onboarding_report(data, language, handle)
    return path
