"""The team builder's use cases: the company profile, team members, what the stage calls for,
open positions with the candidates who apply, onboarding plans, and the candidate's data."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import candidate_list, debrief, onboarding, positions, privacy, team
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services.library import ensure_builtin
from tests.helpers.team import NEXT, STAGE, stage_roles, team_library


@pytest.fixture
def company(db):
    ensure_builtin(db, team_library())
    return db


def hired(db, name: str, role: str, decision: str = "hire") -> int:
    candidate = candidate_service.add_candidate(db, name, role)
    interview = interview_service.start_interview(db, candidate, role, "面试官甲")
    answers = interview_service.load_interview(db, interview).answers
    interview_service.apply_changes(db, interview, {}, {a.question_id: {"score": 5}
                                                        for a in answers})
    interview_service.submit(db, interview, decision, "好")
    debrief.decide(db, candidate, decision, "好")
    return candidate


def test_the_profile_keeps_each_part_until_changed(company) -> None:
    assert team.profile(company) == team.CompanyProfile()
    team.set_profile(company, stage=STAGE, boss_type="reasonable", values="诚信\n数据说话")
    team.set_stage(company, NEXT)
    assert team.profile(company) == team.CompanyProfile(NEXT, "reasonable", "诚信\n数据说话")


@pytest.mark.parametrize(("change", "code"), [
    ({"stage": "giant"}, "team.stage_unknown"), ({"boss_type": "tyrant"}, "team.boss_unknown"),
    ({"values": "x" * 2001}, "team.values_too_long")])
def test_a_bad_profile_is_refused_and_changes_nothing(company, change, code) -> None:
    team.set_profile(company, stage=STAGE)
    with pytest.raises(UserError) as refused:
        team.set_profile(company, **change)
    assert refused.value.code == code
    assert team.profile(company).stage == STAGE


def test_gaps_follow_the_team_as_members_join_and_leave(company) -> None:
    team.set_stage(company, STAGE)
    roles = stage_roles(STAGE)
    assert [n.role_id for n in team.gaps(company).missing] == roles
    first = team.add_member(company, "  王磊 ", roles[0], "believer")
    team.add_member(company, "Ana", roles[1], "star")
    gaps = team.gaps(company)
    assert [n.role_id for n in gaps.missing] == roles[2:]
    assert gaps.team_roles_missing == ["mood_maker", "steady_worker"]
    assert team.members(company)[0].name == "王磊"  # cleaned like a candidate's name
    removed = team.remove_member(company, first)
    assert removed.name == "王磊"
    assert [n.role_id for n in team.gaps(company).missing] == [roles[0], *roles[2:]]
    again = team.add_member(company, removed.name, removed.role_id, removed.team_role,
                            member_id=removed.id)  # undo puts them back as they were
    assert again == first


def test_the_next_stage_adds_roles(company) -> None:
    team.set_stage(company, STAGE)
    step = team.step(company, NEXT)
    added = {n.role_id for n in step.added}
    assert added == set(stage_roles(NEXT)) - set(stage_roles(STAGE))
    assert team.next_stage_of(STAGE) == NEXT


@pytest.mark.parametrize(("name", "role", "kind", "code"), [
    ("", "shop_a", None, "team.name_missing"), ("A\u202eB", "shop_a", None,
                                                "text.name_direction"),
    ("x" * 101, "shop_a", None, "team.name_too_long"), ("Li", "nope", None, "role.not_found"),
    ("Li", "shop_a", "wizard", "team.team_role_unknown")])
def test_a_bad_member_is_refused(company, name, role, kind, code) -> None:
    with pytest.raises(UserError) as refused:
        team.add_member(company, name, role, kind)
    assert refused.value.code == code
    assert team.members(company) == []


def test_removing_a_member_leaves_no_row(company) -> None:
    member = team.add_member(company, "赵敏", "shop_a")
    team.remove_member(company, member)
    assert company.execute("SELECT COUNT(*) FROM team_members").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        team.remove_member(company, member)


def test_team_fit_says_whether_a_type_is_missing(company) -> None:
    team.add_member(company, "A", "shop_a", "steady_worker")
    assert team.fit(company, "mood_maker").brings_missing is True
    assert team.fit(company, "steady_worker").brings_missing is False


# --- positions ----------------------------------------------------------------------------------
def test_a_position_counts_its_hired_applicants_as_filled(company) -> None:
    position = positions.add_position(company, "shop_a", 2, "2026-06-30", "先跟师傅")
    one = hired(company, "张伟", "shop_a")
    two = candidate_service.add_candidate(company, "李娜", None)
    positions.apply_to(company, one, position)
    positions.apply_to(company, two, position)  # no role yet: takes the position's role
    assert candidate_service.get_candidate(company, two)["role_id"] == "shop_a"
    candidate_service.set_status(company, one, "hired")
    found = positions.get_position(company, position)
    assert (found.places, found.applied, found.filled, found.open_places) == (2, 2, 1, 1)
    rows = candidate_list.load_rows(company)
    shown = candidate_list.matching(rows, candidate_list.CandidateFilter(position_id=position))
    assert sorted(rows[i].name for i in shown) == ["张伟", "李娜"]


def test_another_role_or_a_closed_position_is_refused(company) -> None:
    position = positions.add_position(company, "shop_a", 1)
    other = candidate_service.add_candidate(company, "王芳", "shop_b")
    with pytest.raises(UserError) as refused:
        positions.apply_to(company, other, position)
    assert refused.value.code == "position.other_role"
    positions.close_position(company, position)
    late = candidate_service.add_candidate(company, "晚到", "shop_a")
    with pytest.raises(UserError) as closed:
        positions.apply_to(company, late, position)
    assert closed.value.code == "position.closed"
    assert positions.get_position(company, position).open_places == 0
    with pytest.raises(UserError):
        positions.close_position(company, position)


@pytest.mark.parametrize(("args", "code"), [
    (("nope", 1), "role.not_found"), (("shop_a", 0), "position.places_range"),
    (("shop_a", 1, "31/12/2026"), "position.date_invalid")])
def test_a_bad_position_is_refused(company, args, code) -> None:
    with pytest.raises(UserError) as refused:
        positions.add_position(company, *args)
    assert refused.value.code == code
    assert positions.list_positions(company) == []


# --- onboarding ---------------------------------------------------------------------------------
def test_a_plan_is_for_a_hire_or_a_trainee(company) -> None:
    waiting = candidate_service.add_candidate(company, "等待", "shop_a")
    with pytest.raises(UserError) as refused:
        onboarding.save_plan(company, waiting, mentor="", start_date="2026-01-05",
                             review_date="2026-04-05")
    assert refused.value.code == "onboarding.not_hired"
    trainee = hired(company, "培养", "shop_a", "train")
    draft = onboarding.draft_plan(company, trainee, "zh", start=date(2026, 1, 5))
    assert draft.review_date > draft.start_date and "role shop_a duty" in draft.goals
    onboarding.save_plan(company, trainee, mentor="王磊", start_date=draft.start_date,
                         review_date=draft.review_date, goals=draft.goals,
                         responsibilities="负责新品详情页")
    assert onboarding.get_plan(company, trainee).mentor == "王磊"


@pytest.mark.parametrize(("change", "code"), [
    ({"review_date": "2026-01-01"}, "onboarding.review_before_start"),
    ({"talks_per_month": 1}, "onboarding.talks_range"),
    ({"start_date": "soon"}, "onboarding.date_invalid"),
    ({"mentor": "王\x1b磊"}, "text.name_control")])
def test_a_bad_plan_is_refused(company, change, code) -> None:
    candidate = hired(company, "新人", "shop_a")
    fields = {"mentor": "", "start_date": "2026-01-05", "review_date": "2026-04-05", **change}
    with pytest.raises(UserError) as refused:
        onboarding.save_plan(company, candidate, **fields)
    assert refused.value.code == code
    assert onboarding.get_plan(company, candidate) is None


def test_the_export_holds_the_position_and_the_plan_and_erasure_removes_the_plan(company):
    position = positions.add_position(company, "shop_a", 1)
    candidate = hired(company, "欧阳", "shop_a")
    positions.apply_to(company, candidate, position)
    start = date(2026, 1, 5)
    onboarding.save_plan(company, candidate, mentor="王磊", start_date=start,
                         review_date=start + timedelta(days=90), goals="熟悉店铺")
    data = privacy.candidate_data(company, candidate)
    assert data["position"]["id"] == position and data["position"]["role_id"] == "shop_a"
    assert data["onboarding_plan"]["mentor"] == "王磊"
    assert data["onboarding_plan"]["goals"] == "熟悉店铺"
    privacy.erase_candidate(company, candidate)
    assert company.execute("SELECT COUNT(*) FROM onboarding_plans").fetchone()[0] == 0
    assert positions.get_position(company, position).applied == 0
