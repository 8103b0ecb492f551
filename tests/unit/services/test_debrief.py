"""The panel and its decision: scorecards recommend, the person deciding decides with a reason,
and the candidate's status follows that decision; knock-outs and thin evidence in the verdict
every screen shows (no Qt)."""
from __future__ import annotations

import pytest

from hiring_app.domain.matrix import Quadrant
from hiring_app.errors import UserError
from hiring_app.services import candidate_list, debrief, interviews, verdicts
from hiring_app.services.candidates import add_candidate, get_candidate, status_history
from hiring_app.services.compare import compare
from hiring_app.services.library import ensure_builtin
from hiring_app.services.scorecards import candidate_result
from tests.helpers.banks import small_library


@pytest.fixture
def lib_db(db):
    library = small_library()
    shop_a = library.roles[0]
    next(q for q in shop_a.questions if q.id == "shop_a_q1").knockout = True  # integrity
    ensure_builtin(db, library)
    return db


def scorecard(db, candidate_id: int, interviewer: str, attitude: int, ability: int,
              decision: str, *, only: int | None = None, flags: tuple[str, ...] = (),
              knock: int | None = None) -> int:
    """Every question (or the first `only` of each dimension) scored; submitted."""
    interview_id = interviews.start_interview(db, candidate_id, "shop_a", interviewer)
    seen: dict[str, int] = {}
    changes = {}
    for answer in interviews.load_interview(db, interview_id).answers:
        seen[answer.dimension] = seen.get(answer.dimension, 0) + 1
        if only is not None and seen[answer.dimension] > only:
            continue
        score = attitude if answer.dimension == "attitude" else ability
        if answer.question_id == "shop_a_q1" and knock is not None:
            score = knock
        changes[answer.question_id] = {"score": score}
    interviews.apply_changes(db, interview_id, {"red_flags": list(flags)}, changes)
    interviews.submit(db, interview_id, decision, f"{interviewer}'s reason")
    return interview_id


def test_hire_reject_reject_leaves_the_decision_to_the_debrief(lib_db):
    who = add_candidate(lib_db, "赵超", "shop_a")
    scorecard(lib_db, who, "张伟", 4, 4, "hire")
    scorecard(lib_db, who, "李娜", 4, 3, "reject")
    scorecard(lib_db, who, "王芳", 3, 4, "reject")
    assert get_candidate(lib_db, who)["status"] == "interviewing"  # nobody has decided
    found = debrief.debrief(lib_db, who)
    assert found.decision is None and found.has_disagreement
    assert found.result.disagreements == []  # the scores are close...
    assert found.result.decisions_differ     # ...but hire against reject is flagged
    said = [m.render("en") for m in verdicts.disagreements(found.result)]
    assert said and "张伟: Hire" in said[0] and "李娜: Reject" in said[0]

    debrief.decide(lib_db, who, "hire", "Strong on data; probation review at 3 months", "老板")
    assert get_candidate(lib_db, who)["status"] == "decided"
    found = debrief.debrief(lib_db, who)
    assert found.decision.decision == "hire" and found.decision.decided_by == "老板"
    assert found.decision.reason.startswith("Strong on data")
    assert [row.decision for row in candidate_list.load_rows(lib_db) if row.id == who] == ["hire"]


def test_a_later_scorecard_does_not_overturn_the_decision(lib_db):
    who = add_candidate(lib_db, "钱七", "shop_a")
    scorecard(lib_db, who, "张伟", 5, 5, "hire")
    debrief.decide(lib_db, who, "hire", "Panel agreed")
    scorecard(lib_db, who, "李娜", 1, 1, "reject")
    assert debrief.debrief(lib_db, who).decision.decision == "hire"
    assert get_candidate(lib_db, who)["status"] == "decided"


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_a_decision_without_a_reason_is_refused_and_changes_nothing(lib_db, reason):
    who = add_candidate(lib_db, "孙浩", "shop_a")
    scorecard(lib_db, who, "张伟", 5, 5, "hire")
    before = status_history(lib_db, who)
    with pytest.raises(UserError) as refused:
        debrief.decide(lib_db, who, "hire", reason)
    assert "理由" in refused.value.render("zh") and "reason" in refused.value.render("en")
    assert status_history(lib_db, who) == before


def test_an_unknown_decision_is_refused(lib_db):
    who = add_candidate(lib_db, "周八", "shop_a")
    with pytest.raises(UserError):
        debrief.decide(lib_db, who, "maybe", "because")


def test_hiring_a_generally_not_candidate_goes_against_the_recommendation(lib_db):
    who = add_candidate(lib_db, "吴九", "shop_a")
    scorecard(lib_db, who, "张伟", 2, 5, "hire", knock=4)  # poor attitude, no knock-out
    result = candidate_result(lib_db, who)
    assert result.quadrant is Quadrant.GENERALLY_NOT and result.recommended_decision == "reject"
    assert debrief.is_against(lib_db, who, "hire") and not debrief.is_against(lib_db, who, "reject")
    debrief.decide(lib_db, who, "hire", "Urgent gap; attitude discussed; probation review")
    assert debrief.debrief(lib_db, who).against_recommendation


def test_a_low_knock_out_answer_turns_the_candidate_down_everywhere(lib_db):
    knocked = add_candidate(lib_db, "郑十", "shop_a")
    scorecard(lib_db, knocked, "张伟", 5, 5, "hire", knock=1)
    clean = add_candidate(lib_db, "冯一", "shop_a")
    scorecard(lib_db, clean, "张伟", 3, 2, "reject")
    result = candidate_result(lib_db, knocked)
    assert result.verdict.placement is Quadrant.HIRE_FIRST
    assert result.quadrant is Quadrant.TURN_DOWN and result.recommended_decision == "reject"
    words = verdicts.explain_result(lib_db, result, "shop_a")
    assert "knock-out" in words.headline.render("en")
    first = words.reasons[0]
    assert "shop_a_q1" in first.render("en") or "question shop_a_q1" in first.render("en")
    assert "一票否决" in first.render("zh") and "张伟" in first.render("zh")
    row = next(r for r in candidate_list.load_rows(lib_db) if r.id == knocked)
    assert row.knocked_out and row.quadrant == "turn_down"
    ranked = compare(lib_db, [knocked, clean], "en").columns
    assert [c.id for c in ranked] == [clean, knocked]  # knock-outs last, whatever the totals
    assert ranked[1].knocked_out and ranked[1].reasons[0].startswith("Knock-out")


def test_a_ticked_knock_out_red_flag_turns_the_candidate_down(lib_db):
    who = add_candidate(lib_db, "陈二", "shop_a")
    scorecard(lib_db, who, "张伟", 5, 5, "hire", flags=("bends_platform_rules",))
    result = candidate_result(lib_db, who)
    assert result.quadrant is Quadrant.TURN_DOWN
    words = verdicts.explain_result(lib_db, result, "shop_a")
    assert "热衷违规手段" in words.reasons[0].render("zh")


def test_a_red_flag_that_is_no_knock_out_is_listed_but_decides_nothing(lib_db):
    who = add_candidate(lib_db, "褚三", "shop_a")
    scorecard(lib_db, who, "张伟", 5, 5, "hire", flags=("claims_without_data",))
    result = candidate_result(lib_db, who)
    assert result.quadrant is Quadrant.HIRE_FIRST
    assert result.red_flags == [("张伟", "claims_without_data")]


def test_thin_evidence_is_said_and_recommends_nothing(lib_db):
    who = add_candidate(lib_db, "卫四", "shop_a")
    scorecard(lib_db, who, "张伟", 5, 5, "hire", only=1)
    result = candidate_result(lib_db, who)
    assert result.verdict.provisional and result.recommended_decision is None
    words = verdicts.explain_result(lib_db, result, "shop_a")
    assert words.headline.render("en").startswith("Not enough evidence")
    assert any("at least 3" in r.render("en") for r in words.reasons)
    assert words.recommendation.render("zh") == "暂无建议"
    row = next(r for r in candidate_list.load_rows(lib_db) if r.id == who)
    assert row.provisional and not row.knocked_out


def test_an_added_question_kept_as_a_note_does_not_score(lib_db):
    who = add_candidate(lib_db, "蒋五", "shop_a")
    interview_id = interviews.start_interview(lib_db, who, "shop_a", "张伟")
    note = interviews.add_adhoc_question(lib_db, interview_id, "最快什么时候到岗？", None, None)
    scored = interviews.add_adhoc_question(lib_db, interview_id, "大促加班怎么安排？",
                                           "attitude", "responsibility")
    added = {a.question_id: a for a in interviews.load_interview(lib_db, interview_id).answers}
    assert (added[note].dimension, added[note].facet, added[note].weight) == (None, None, 0.0)
    assert (added[scored].dimension, added[scored].facet) == ("attitude", "responsibility")
    interviews.apply_changes(lib_db, interview_id, {}, {note: {"notes": "下周一"},
                                                        scored: {"score": 1}})
    card = interviews.load_interview(lib_db, interview_id)
    assessed = card.assess(interviews.rules_for(lib_db, "shop_a"))
    assert assessed.attitude == 1.0 and assessed.attitude_answered == 1


def test_an_interviewers_colleagues_are_everyone_else_on_the_panel(lib_db):
    who = add_candidate(lib_db, "赵超", "shop_a")
    scorecard(lib_db, who, "张伟", 4, 4, "hire")
    scorecard(lib_db, who, "李娜", 2, 3, "reject")
    scorecard(lib_db, who, "王芳", 3, 4, "hire")
    found = debrief.debrief(lib_db, who)

    assert [c.interviewer for c in found.colleagues("李娜")] == ["张伟", "王芳"]
    assert found.result.count == 3          # the combined result still counts all three
    assert [c.interviewer for c in found.colleagues("someone else")] == ["张伟", "李娜", "王芳"]
