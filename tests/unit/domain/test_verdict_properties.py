"""What every verdict holds to, whatever the scores, weights, thresholds and knock-outs
(domain.matrix.judge, knockouts_in, assess): a knock-out always turns down and recommends
reject; a provisional verdict never recommends; a recommendation is the quadrant's own; more
attitude or ability never makes the quadrant worse; a note or a skipped answer never counts."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hiring_app.domain.codes import Decision
from hiring_app.domain.interview import Answer
from hiring_app.domain.matrix import (
    ABILITY,
    ATTITUDE,
    KNOCKOUT_MAX_SCORE,
    MAX_MIN_ANSWERS,
    Knockout,
    Quadrant,
    Rules,
    ScoredAnswer,
    Thresholds,
    assess,
    judge,
    knockouts_in,
)

SCORES = st.floats(1, 5, allow_nan=False)
MAYBE_SCORE = st.none() | SCORES
THRESHOLDS = st.builds(Thresholds, SCORES, SCORES, SCORES, st.integers(1, MAX_MIN_ANSWERS))
ANSWERED = st.fixed_dictionaries({ATTITUDE: st.integers(0, 25), ABILITY: st.integers(0, 25)})
KNOCKOUTS = st.lists(st.builds(Knockout, st.sampled_from(["q1", "flag"]),
                               st.none() | st.integers(1, 2), st.text(max_size=3)), max_size=3)
QUESTIONS = ["q1", "q2", "q3", "q4"]
ANSWERS = st.lists(st.builds(
    ScoredAnswer, st.sampled_from([ATTITUDE, ABILITY]),
    st.sampled_from([0.0, 0.5, 1.0, 1.5, 10.0]), st.none() | st.integers(1, 5), st.booleans(),
    st.sampled_from(QUESTIONS)), max_size=12, unique_by=lambda a: a.question_id)
RULES = st.builds(Rules, THRESHOLDS,
                  st.frozensets(st.sampled_from(QUESTIONS)),
                  st.frozensets(st.sampled_from(["lies", "late", "rude"])))
FLAGS = st.lists(st.sampled_from(["lies", "late", "rude", "other"]), max_size=5)
PROPERTY = settings(max_examples=400, deadline=None)


@PROPERTY
@given(MAYBE_SCORE, MAYBE_SCORE, ANSWERED, KNOCKOUTS, THRESHOLDS)
def test_every_verdict_keeps_its_rules(attitude, ability, answered, knockouts,
                                       thresholds) -> None:
    verdict = judge(attitude, ability, answered, knockouts, thresholds)
    recommended = verdict.recommended_decision
    if verdict.knocked_out:
        assert verdict.quadrant is Quadrant.TURN_DOWN and recommended is Decision.REJECT
        assert not verdict.provisional
    else:
        assert verdict.quadrant is verdict.placement
    if verdict.provisional:
        assert recommended is None and verdict.placement is not None
    if recommended is not None and not verdict.knocked_out:
        assert verdict.enough_evidence and verdict.placement is not None
        assert recommended is verdict.placement.recommended_decision
    if verdict.below_floor:
        assert verdict.placement is Quadrant.TURN_DOWN
    if attitude is None or ability is None:
        assert verdict.placement is None
    enough = all(answered[d] >= thresholds.min_answers for d in (ATTITUDE, ABILITY))
    assert verdict.enough_evidence == enough


@PROPERTY
@given(SCORES, SCORES, st.floats(0, 4, allow_nan=False), st.booleans(), THRESHOLDS)
def test_a_better_score_never_makes_the_quadrant_worse(attitude, ability, more, on_attitude,
                                                       thresholds) -> None:
    enough = {ATTITUDE: 20, ABILITY: 20}
    before = judge(attitude, ability, enough, [], thresholds).quadrant
    raised = (min(attitude + more, 5), ability) if on_attitude else (attitude,
                                                                     min(ability + more, 5))
    after = judge(*raised, enough, [], thresholds).quadrant
    assert before is not None and after is not None
    assert after.order <= before.order, (before, after)


@PROPERTY
@given(ANSWERS, FLAGS, RULES)
def test_knock_outs_are_low_scored_knock_out_questions_and_ticked_knock_out_flags(
        answers, flags, rules) -> None:
    found = knockouts_in(answers, flags, rules)
    questions = [k for k in found if not k.is_flag]
    for knockout in questions:
        answer = next(a for a in answers if a.question_id == knockout.item_id)
        assert answer.question_id in rules.knockout_questions and not answer.skipped
        assert answer.score is not None and answer.score <= KNOCKOUT_MAX_SCORE
    assert len(questions) == sum(1 for a in answers if a.question_id in rules.knockout_questions
                                 and not a.skipped and a.score is not None
                                 and a.score <= KNOCKOUT_MAX_SCORE)
    ticked = [k.item_id for k in found if k.is_flag]
    assert ticked == list(dict.fromkeys(f for f in flags if f in rules.knockout_flags))
    verdict = assess(answers, rules, flags).verdict
    assert verdict.knocked_out == bool(found)
    if found:
        assert verdict.recommended_decision is Decision.REJECT


@PROPERTY
@given(st.none() | st.integers(1, 5), st.floats(0, 1000, allow_nan=False), st.booleans(),
       st.sampled_from([ATTITUDE, ABILITY, None]))
def test_a_note_or_a_skipped_answer_never_counts(score, weight, skipped, dimension) -> None:
    answer = Answer("adhoc-1", 0, dimension, None, weight, score=score, skipped=skipped)
    if dimension is None or skipped or score is None or weight <= 0:
        assert not answer.counts
    else:
        assert answer.counts
