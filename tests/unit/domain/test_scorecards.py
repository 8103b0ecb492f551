"""Combining interviewers' scorecards: means, quadrant, decisions and disagreement flags."""
from __future__ import annotations

import itertools

import pytest

from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.matrix import ABILITY, ATTITUDE, Quadrant, Rules, Thresholds
from hiring_app.domain.scorecards import combine

_ids = itertools.count(1)


def loose(attitude: float = 3.0, ability: float = 3.0) -> Rules:
    """Rules asking one answer per dimension (these tests give each interviewer one or two)."""
    return Rules(Thresholds(attitude, ability, min_answers=1))


def scorecard(interviewer: str, attitude: list[tuple[int, float]] | list[int] = (),
              ability: list[tuple[int, float]] | list[int] = (), decision: str | None = "hire",
              state: str = "submitted", **stored) -> Interview:
    """A scorecard whose answers carry the given scores (an int, or a (score, weight) pair)."""
    answers = []
    for dimension, scores in ((ATTITUDE, attitude), (ABILITY, ability)):
        for item in scores:
            score, weight = item if isinstance(item, tuple) else (item, 1.0)
            answers.append(Answer(f"q{len(answers)}", len(answers), dimension, "facet", weight,
                                  score=score))
    number = next(_ids)
    return Interview(
        id=number, uid=f"{number:032x}", candidate_id=1, role_id="shop_a", interviewer_id=number,
        interviewer_name=interviewer, state=state, stage="decide", current_question=0,
        started_at="2024-05-01T09:00:00.000+00:00", updated_at="2024-05-01T10:00:00.000+00:00",
        submitted_at="2024-05-01T10:00:00.000+00:00" if state == "submitted" else None,
        elapsed_seconds=0, decision=decision, answers=answers, **stored)


def test_three_interviewers_are_averaged_into_one_quadrant() -> None:
    result = combine([scorecard("王", [4, 5], [4], "hire"),    # attitude 4.5, ability 4
                      scorecard("李", [3], [2], "train"),        # attitude 3,   ability 2
                      scorecard("张", [5, 4], [3, 3], "hire")],  # attitude 4.5, ability 3
                     loose(attitude=3.0, ability=3.0))
    assert result.count == 3
    assert result.attitude.score == pytest.approx(4.0)
    assert result.ability.score == pytest.approx(3.0)
    assert (result.attitude.scored_by, result.ability.scored_by) == (3, 3)
    assert result.quadrant is Quadrant.HIRE_FIRST
    assert result.recommended_decision == "hire"
    assert result.decisions == [("王", "hire"), ("李", "train"), ("张", "hire")]
    assert [(c.attitude, c.ability) for c in result.scorecards] == [(4.5, 4.0), (3.0, 2.0),
                                                                    (4.5, 3.0)]
    assert result.attitude.spread == pytest.approx(1.5)
    assert result.ability.spread == pytest.approx(2.0)
    assert result.disagreements == [ABILITY]


def test_the_role_thresholds_decide_the_quadrant() -> None:
    cards = [scorecard("王", [4], [4]), scorecard("李", [3], [3])]  # means 3.5 and 3.5
    assert combine(cards, loose(3.0, 3.0)).quadrant is Quadrant.HIRE_FIRST
    strict = combine(cards, loose(attitude=3.6, ability=3.0))
    assert strict.quadrant is Quadrant.GENERALLY_NOT
    assert strict.recommended_decision == "reject"  # 基本不用: generally not hired


def test_a_spread_of_exactly_two_points_is_a_disagreement() -> None:
    result = combine([scorecard("王", [5], [3]), scorecard("李", [3], [3])], loose())
    assert result.attitude.spread == 2.0
    assert result.attitude.disagreement is True
    assert result.ability.disagreement is False
    assert result.disagreements == [ATTITUDE]


def test_two_points_reached_through_rounding_still_count() -> None:
    # (1*0.1 + 5*0.1) / 0.2 is 2.9999999999999996 in floating point: still two points from 1.
    result = combine([scorecard("王", [(1, 0.1), (5, 0.1)]), scorecard("李", [1])], loose())
    assert result.attitude.spread == 2.0
    assert result.attitude.disagreement is True


def test_a_spread_of_one_point_nine_is_not_a_disagreement() -> None:
    # 2.1 = (2*9 + 3*1) / 10; the other interviewer gave 4.
    result = combine([scorecard("王", [(2, 9.0), (3, 1.0)], [4]), scorecard("李", [4], [4])],
                     loose())
    assert result.attitude.spread == pytest.approx(1.9)
    assert result.attitude.disagreement is False
    assert result.disagreements == []


def test_one_interviewer_is_the_result_and_never_disagrees() -> None:
    result = combine([scorecard("王", [2], [5], "hold")], loose())
    assert result.count == 1
    assert (result.attitude.score, result.ability.score) == (2.0, 5.0)
    assert (result.attitude.spread, result.ability.spread) == (0.0, 0.0)
    assert result.disagreements == []
    assert result.quadrant is Quadrant.GENERALLY_NOT
    assert result.decisions == [("王", "hold")]


def test_a_dimension_one_interviewer_did_not_score_is_left_out_of_its_mean() -> None:
    result = combine([scorecard("王", [4], [5]), scorecard("李", [2], [])], loose())
    assert result.attitude.score == pytest.approx(3.0)
    assert result.attitude.scored_by == 2
    assert result.ability.score == pytest.approx(5.0)  # not (5 + nothing) / 2
    assert result.ability.scored_by == 1
    assert result.ability.spread == 0.0
    assert result.scorecards[1].ability is None
    assert result.quadrant is Quadrant.HIRE_FIRST


def test_a_dimension_nobody_scored_leaves_the_quadrant_open() -> None:
    result = combine([scorecard("王", [4], []), scorecard("李", [5], [])], loose())
    assert result.ability.score is None and result.ability.spread is None
    assert result.ability.disagreement is False
    assert result.quadrant is None and result.recommended_decision is None


def test_drafts_do_not_count() -> None:
    result = combine([scorecard("王", [4], [4]),
                      scorecard("李", [1], [1], decision=None, state="draft")], loose())
    assert result.count == 1
    assert result.attitude.score == 4.0
    assert result.decisions == [("王", "hire")]
    assert combine([], loose()).count == 0


def test_scores_come_from_the_answers_not_from_stored_values() -> None:
    card = scorecard("王", [5], [5], attitude_score=1.0, ability_score=1.0, quadrant="turn_down")
    result = combine([card], loose())
    assert (result.attitude.score, result.ability.score) == (5.0, 5.0)
    assert result.quadrant is Quadrant.HIRE_FIRST
