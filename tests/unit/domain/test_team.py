"""The team builder's rules: headcounts, the gaps of a team against a stage's model, what the
next stage adds, and whether a candidate brings a team-role type the team lacks."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from hiring_app.domain import team
from hiring_app.domain.onboarding import (
    MIN_TALKS_PER_MONTH,
    OnboardingPlan,
    default_review,
    plan_problem,
    talk_dates,
)

TYPES = ("believer", "star", "mood_maker", "steady_worker")
SMALL = {"id": "small", "headcount": "4-6", "roles": ["ops_manager", "designer", "cs"]}
BIGGER = {"id": "basic", "headcount": "5-10",
          "roles": ["ops_manager", "designer", "cs", "buyer", "packer"]}


@pytest.mark.parametrize(("text", "low", "high"), [
    ("3", 3, 3), ("4-8", 4, 8), ("15+", 15, None), (" 7 - 12 ", 7, 12), ("8–4", 4, 8)])
def test_headcounts_are_read_as_ranges(text, low, high) -> None:
    found = team.parse_headcount(text)
    assert (found.low, found.high) == (low, high)
    assert found.holds(low) and not found.holds(low - 1)


@pytest.mark.parametrize("text", ["", "many", "3-", None])
def test_an_unreadable_headcount_is_none(text) -> None:
    assert team.parse_headcount(text) is None


def test_each_listed_role_needs_one_person_by_default() -> None:
    model = team.StageModel.from_library(SMALL)
    assert model.needs == {"ops_manager": 1, "designer": 1, "cs": 1}
    assert model.people_needed == 3 and model.headcount == team.Headcount(4, 6)


def test_the_places_the_library_gives_replace_the_default() -> None:
    model = team.StageModel.from_library({**SMALL, "places": {"cs": [2, 4], "designer": [0, 1]}})
    assert model.needs["cs"] == 2 and model.needs["ops_manager"] == 1
    gaps = team.team_gaps(model, [("ops_manager", None)], TYPES)
    assert "designer" not in [n.role_id for n in gaps.missing]  # added only when needed


def test_the_next_stage_the_library_names_wins() -> None:
    ids = ["minimum", "starting", "small", "b2c_site"]
    assert team.next_stage("minimum", ids, {"minimum": "small"}) == "small"
    assert team.next_stage("minimum", ids) == "starting"
    assert team.next_stage("b2c_site", ids) is None


def test_gaps_name_the_missing_roles_and_the_types_nobody_has() -> None:
    model = team.StageModel.from_library(SMALL)
    people = [("ops_manager", "believer"), ("cs", "steady_worker"), ("cs", "steady_worker"),
              ("accountant", None)]
    gaps = team.team_gaps(model, people, TYPES)
    assert [n.role_id for n in gaps.missing] == ["designer"]
    assert {n.role_id: n.have for n in gaps.needs} == {"ops_manager": 1, "designer": 0, "cs": 2}
    assert gaps.people_missing == 1
    assert gaps.beyond == {"accountant": 1}
    assert gaps.team_roles_missing == ["star", "mood_maker"]
    assert gaps.without_team_role == 1
    assert gaps.within_headcount is True  # four people, the model has 4 to 6


def test_an_empty_team_lacks_everything() -> None:
    gaps = team.team_gaps(team.StageModel.from_library(SMALL), [], TYPES)
    assert gaps.people_missing == 3 and gaps.team_roles_missing == list(TYPES)
    assert gaps.within_headcount is False


@pytest.mark.parametrize(("current", "expected"), [
    (None, "minimum"), ("minimum", "starting"), ("eight_person", "mature"), ("mature", None),
    ("b2c_site", None)])
def test_the_next_stage_follows_the_growth_path(current, expected) -> None:
    stages = ["minimum", "starting", "small", "basic", "eight_person", "mature", "b2c_site"]
    assert team.next_stage(current, stages) == expected


def test_moving_to_the_next_stage_lists_what_it_adds_and_who_is_already_there() -> None:
    people = [("buyer", "star"), ("ops_manager", None)]
    step = team.what_it_adds(team.StageModel.from_library(SMALL),
                             team.StageModel.from_library(BIGGER), people)
    assert [(n.role_id, n.have) for n in step.added] == [("buyer", 1), ("packer", 0)]
    assert step.dropped == [] and step.more == []
    assert step.headcount_to == team.Headcount(5, 10)


def test_from_no_stage_everything_is_added() -> None:
    step = team.what_it_adds(None, team.StageModel.from_library(SMALL), [])
    assert [n.role_id for n in step.added] == ["ops_manager", "designer", "cs"]


def test_a_candidate_of_a_missing_type_brings_what_the_team_lacks() -> None:
    present = ["believer", "steady_worker", "steady_worker", None]
    fit = team.team_fit(present, TYPES, "mood_maker")
    assert fit.brings_missing is True and fit.already == 0
    assert fit.missing == ["star", "mood_maker"]
    same = team.team_fit(present, TYPES, "steady_worker")
    assert same.brings_missing is False and same.already == 2


def test_without_a_type_or_a_team_nothing_is_claimed() -> None:
    assert team.team_fit(["star"], TYPES, None).brings_missing is None
    assert team.team_fit([], TYPES, "star").brings_missing is None
    assert team.team_fit(["star"], TYPES, "wizard").candidate_type is None


# --- onboarding plans ---------------------------------------------------------------------------
def test_talks_are_at_least_twice_a_month_until_the_review() -> None:
    start = date(2026, 1, 5)
    review = default_review(start)
    dates = talk_dates(start, review, MIN_TALKS_PER_MONTH)
    assert dates[0] == start + timedelta(days=7) and dates[-1] < review
    for month_start in (start, start + timedelta(days=30)):
        in_month = [d for d in dates if month_start <= d < month_start + timedelta(days=30)]
        assert len(in_month) >= 2
    weekly = talk_dates(start, review, 4)
    assert len(weekly) > len(dates)


def test_a_plan_needs_a_review_after_the_start_and_two_talks_a_month() -> None:
    start = date(2026, 1, 5)
    assert plan_problem(start, start, 2) == "review_before_start"
    assert plan_problem(start, start + timedelta(days=60), 1) == "too_few_talks"
    assert plan_problem(start, start + timedelta(days=60), 2) is None
    plan = OnboardingPlan(1, "师傅", start, start + timedelta(days=60))
    assert plan.talk_dates() == talk_dates(start, start + timedelta(days=60), 2)
