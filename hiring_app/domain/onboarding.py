"""An onboarding plan for someone hired (or hired to be trained), after the source material's
practice: a mentor (师徒制), goals for the first weeks, one-to-one talks at least twice a month,
a probation review that starts from the new hire's written self-assessment, the "three chances"
rule (事不过三) and responsibilities that do not overlap anyone else's.

Stdlib only. The sources give no probation length: PROBATION_DAYS is this app's default, and the
user sets the review date they agreed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

MIN_TALKS_PER_MONTH = 2   # "at least twice a month, better once a week"
MAX_TALKS_PER_MONTH = 8
PROBATION_DAYS = 90       # a default review date, three months after the start
THREE_CHANCES = 3         # the same mistake: talk it through up to three times, then act
MONTH_DAYS = 30
# The steps of a plan, in the order a plan lists them (the texts are in hiring_app.i18n.team).
PRACTICES = ("mentor", "goals", "talks", "self_assessment", "three_chances", "responsibilities")


@dataclass(frozen=True)
class OnboardingPlan:
    candidate_id: int
    mentor: str
    start_date: date
    review_date: date
    talks_per_month: int = MIN_TALKS_PER_MONTH
    goals: str = ""
    responsibilities: str = ""

    def talk_dates(self) -> list[date]:
        return talk_dates(self.start_date, self.review_date, self.talks_per_month)


def default_review(start: date) -> date:
    return start + timedelta(days=PROBATION_DAYS)


def talk_dates(start: date, review: date, per_month: int) -> list[date]:
    """One-to-one talks from the first week to the review, `per_month` a month, evenly spaced
    (every 15 days at twice a month); the review itself is not one of them."""
    per_month = max(MIN_TALKS_PER_MONTH, per_month)
    step = max(1, round(MONTH_DAYS / per_month))
    out, day = [], start + timedelta(days=min(7, step))
    while day < review:
        out.append(day)
        day += timedelta(days=step)
    return out


def plan_problem(start: date, review: date, talks_per_month: int) -> str | None:
    """Why the dates or the talks cannot make a plan ('review_before_start',
    'too_few_talks', 'too_many_talks'), or None."""
    if review <= start:
        return "review_before_start"
    if talks_per_month < MIN_TALKS_PER_MONTH:
        return "too_few_talks"
    if talks_per_month > MAX_TALKS_PER_MONTH:
        return "too_many_talks"
    return None
