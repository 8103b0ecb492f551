"""The attitude/ability matrix: weighted scores, quadrants, thresholds, edge cases."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hiring_app.domain.matrix import (
    ABILITY,
    ATTITUDE,
    Quadrant,
    Rules,
    ScoredAnswer,
    Thresholds,
    Verdict,
    assess,
    classify,
    dimension_score,
)


def loose(attitude: float = 3.0, ability: float = 3.0, **more) -> Rules:
    """A role's rules asking one answer per dimension (the arithmetic tests score one or two)."""
    return Rules(Thresholds(attitude, ability, **{"min_answers": 1, **more}))


def a(dimension: str, score: int | None, weight: float = 1.0, skipped: bool = False) -> ScoredAnswer:
    return ScoredAnswer(dimension=dimension, weight=weight, score=score, skipped=skipped)


@pytest.mark.parametrize(
    ("attitude", "ability", "quadrant", "decision"),
    [
        (5, 5, Quadrant.HIRE_FIRST, "hire"),
        (4, 2, Quadrant.TRAIN, "train"),
        (2, 5, Quadrant.GENERALLY_NOT, "reject"),  # 基本不用: generally not hired
        (1, 1, Quadrant.TURN_DOWN, "reject"),
    ],
)
def test_the_four_quadrants_and_their_decisions(attitude, ability, quadrant, decision) -> None:
    result = assess([a(ATTITUDE, attitude), a(ABILITY, ability)], loose())
    assert result.quadrant is quadrant
    assert result.recommended_decision == decision


def test_weights_pull_the_score_toward_key_questions() -> None:
    score, count = dimension_score([a(ATTITUDE, 5, weight=3), a(ATTITUDE, 1, weight=1)], ATTITUDE)
    assert score == pytest.approx(4.0)
    assert count == 2


def test_nothing_answered_yet_gives_no_scores_and_no_quadrant() -> None:
    result = assess([a(ATTITUDE, None), a(ABILITY, None)])
    assert (result.attitude, result.ability, result.quadrant) == (None, None, None)
    assert result.recommended_decision is None


def test_one_dimension_without_answers_gives_no_quadrant_yet() -> None:
    result = assess([a(ATTITUDE, 5), a(ATTITUDE, 4)])
    assert result.attitude == pytest.approx(4.5)
    assert result.ability is None
    assert result.quadrant is None


def test_all_skipped_counts_nothing() -> None:
    result = assess([a(ATTITUDE, 5, skipped=True), a(ABILITY, 5, skipped=True)])
    assert result.quadrant is None
    assert result.attitude_answered == result.ability_answered == 0


def test_extreme_weights_stay_within_the_scale() -> None:
    answers = [a(ATTITUDE, 5, weight=1e300), a(ATTITUDE, 1, weight=1e-300)]
    score, _ = dimension_score(answers, ATTITUDE)
    assert score == pytest.approx(5.0)
    zero_weight_only = dimension_score([a(ABILITY, 5, weight=0)], ABILITY)
    assert zero_weight_only == (None, 0)


def test_the_threshold_is_inclusive_and_per_role() -> None:
    assert classify(3.0, 3.0, Thresholds()) is Quadrant.HIRE_FIRST
    strict = Thresholds(attitude=3.5, ability=3.0)
    assert classify(3.4, 4.0, strict) is Quadrant.GENERALLY_NOT


def test_thresholds_outside_the_scale_are_refused() -> None:
    with pytest.raises(ValueError):
        Thresholds(attitude=0.5)


def test_a_score_outside_1_to_5_is_refused() -> None:
    with pytest.raises(ValueError):
        dimension_score([a(ATTITUDE, 6)], ATTITUDE)


@given(
    st.lists(
        st.tuples(st.sampled_from([ATTITUDE, ABILITY]), st.integers(1, 5),
                  st.floats(0.01, 1e6), st.booleans()),
        max_size=30,
    )
)
def test_scores_always_lie_between_the_lowest_and_highest_score_given(items) -> None:
    answers = [a(d, s, w, skipped) for d, s, w, skipped in items]
    for dimension in (ATTITUDE, ABILITY):
        counted = [x.score for x in answers if x.dimension == dimension and not x.skipped]
        score, count = dimension_score(answers, dimension)
        assert count == len(counted)
        if counted:
            assert min(counted) - 1e-9 <= score <= max(counted) + 1e-9
        else:
            assert score is None


def test_the_ranking_puts_the_higher_total_first_then_attitude_and_unscored_last() -> None:
    from hiring_app.domain.ranking import rank_key

    same = Verdict(Quadrant.HIRE_FIRST)
    people = [(Verdict(None), None, None, "Zed", 1), (same, 3.0, 2.0, "Bo", 2),
              (same, 4.0, 3.0, "Al", 3), (same, 3.0, 4.0, "Cy", 4), (same, 3.0, 4.0, "Ann", 5)]
    ranked = sorted(people, key=lambda p: rank_key(*p))
    assert [p[3] for p in ranked] == ["Al", "Ann", "Cy", "Bo", "Zed"]


def test_a_mean_of_three_reached_through_float_drift_reaches_a_threshold_of_three() -> None:
    from hiring_app.domain.matrix import ATTITUDE, ScoredAnswer, assess

    answers = [ScoredAnswer(ATTITUDE, 1.5, 4), ScoredAnswer(ATTITUDE, 1.5, 2),
               ScoredAnswer(ATTITUDE, 0.7, 3), ScoredAnswer("ability", 1, 5)]
    result = assess(answers, loose(3.0, 3.0))
    assert result.attitude is not None and result.attitude < 3.0  # 2.9999999999999996
    assert result.quadrant is not None and result.quadrant.value == "hire_first"


def test_totals_equal_but_for_float_drift_rank_by_attitude() -> None:
    from hiring_app.domain.ranking import rank_key

    same = Verdict(Quadrant.TRAIN)
    drifted_up = (same, 3.6868686868686873, 2.0, "Al", 1)  # the same total, in another order
    better_attitude = (same, 3.686868686868687, 4.5, "Bo", 2)
    ranked = sorted([drifted_up, better_attitude], key=lambda p: rank_key(*p))
    assert ranked == [better_attitude, drifted_up]
