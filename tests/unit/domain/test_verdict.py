"""The verdict as the source material says: attitude first, knock-outs, the ability floor, enough
evidence, 基本不用 as "generally not hired", one ranking, and a panel's disagreements."""
from __future__ import annotations

import pytest

from hiring_app.domain.codes import Decision
from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.matrix import (
    ABILITY,
    ATTITUDE,
    Knockout,
    Quadrant,
    Rules,
    ScoredAnswer,
    Thresholds,
    Verdict,
    assess,
)
from hiring_app.domain.ranking import rank_key
from hiring_app.domain.scorecards import combine

RULES = Rules(Thresholds(3.5, 3.0, ability_floor=2.5, min_answers=3),
              knockout_questions=frozenset({"integrity_q"}),
              knockout_flags=frozenset({"bends_platform_rules"}))


def answers(attitude: list[int], ability: list[int], integrity: int | None = None,
            skipped_integrity: bool = False) -> list[ScoredAnswer]:
    out = [ScoredAnswer(ATTITUDE, 1.0, s, question_id=f"att{n}") for n, s in enumerate(attitude)]
    out += [ScoredAnswer(ABILITY, 1.0, s, question_id=f"abl{n}") for n, s in enumerate(ability)]
    if integrity is not None or skipped_integrity:
        out.append(ScoredAnswer(ATTITUDE, 3.0, integrity, skipped_integrity, "integrity_q"))
    return out


# --- knock-outs -------------------------------------------------------------------------------
def test_a_low_integrity_answer_is_not_averaged_away() -> None:
    result = assess(answers([5] * 10, [5, 5, 5], integrity=1), RULES)  # weight 3 among 13
    assert result.attitude is not None and result.attitude > 3.5  # the mean alone says good
    assert result.verdict.placement is Quadrant.HIRE_FIRST
    assert result.quadrant is Quadrant.TURN_DOWN
    assert result.recommended_decision is Decision.REJECT
    assert result.verdict.knockouts == (Knockout("integrity_q", 1),)


@pytest.mark.parametrize(("score", "knocked"), [(2, True), (3, False), (5, False)])
def test_a_knock_out_question_knocks_out_at_two_or_lower(score: int, knocked: bool) -> None:
    result = assess(answers([5, 5, 5], [5, 5, 5], integrity=score), RULES)
    assert result.verdict.knocked_out is knocked
    assert (result.quadrant is Quadrant.TURN_DOWN) is knocked


def test_a_skipped_or_unscored_knock_out_question_knocks_nobody_out() -> None:
    assert not assess(answers([5] * 3, [5] * 3, skipped_integrity=True), RULES).verdict.knocked_out
    assert not assess(answers([5] * 3, [5] * 3), RULES).verdict.knocked_out


def test_a_ticked_knock_out_red_flag_turns_the_candidate_down_and_others_do_not() -> None:
    good = answers([5, 5, 5], [5, 5, 5])
    flagged = assess(good, RULES, flags=["bends_platform_rules", "bends_platform_rules"])
    assert flagged.quadrant is Quadrant.TURN_DOWN
    assert flagged.verdict.knockouts == (Knockout("bends_platform_rules"),)  # once
    assert flagged.verdict.knockouts[0].is_flag
    assert assess(good, RULES, flags=["claims_without_data"]).quadrant is Quadrant.HIRE_FIRST


def test_a_knock_out_decides_even_on_thin_evidence() -> None:
    result = assess(answers([5], [], integrity=1), RULES)
    assert result.quadrant is Quadrant.TURN_DOWN and not result.verdict.provisional
    assert result.recommended_decision is Decision.REJECT


# --- the matrix as the source says ------------------------------------------------------------
def test_generally_not_hired_recommends_reject() -> None:
    result = assess(answers([2, 3, 2], [5, 5, 5]), RULES)
    assert result.quadrant is Quadrant.GENERALLY_NOT
    assert result.recommended_decision is Decision.REJECT


def test_good_attitude_under_the_ability_floor_is_turned_down_not_trained() -> None:
    under = assess(answers([5, 4, 5], [2, 2, 2]), RULES)     # floor 2.5
    assert under.quadrant is Quadrant.TURN_DOWN and under.verdict.below_floor
    assert under.recommended_decision is Decision.REJECT
    at = assess(answers([5, 4, 5], [3, 2, 3]), RULES)        # 2.67, between floor and bar
    assert at.quadrant is Quadrant.TRAIN and not at.verdict.below_floor
    assert at.recommended_decision is Decision.TRAIN


def test_a_floor_above_the_ability_bar_acts_as_the_bar() -> None:
    rules = Rules(Thresholds(3.0, 2.0, ability_floor=3.0, min_answers=1))
    assert assess(answers([4], [2]), rules).quadrant is Quadrant.HIRE_FIRST
    assert assess(answers([4], [1]), rules).quadrant is Quadrant.TURN_DOWN


def test_poor_attitude_is_never_helped_by_the_floor() -> None:
    assert assess(answers([2, 2, 2], [1, 1, 1]), RULES).verdict.below_floor is False


# --- enough evidence --------------------------------------------------------------------------
def test_too_few_answers_give_a_provisional_placement_and_no_recommendation() -> None:
    result = assess(answers([5, 5], [5, 5, 5, 5]), RULES)
    verdict = result.verdict
    assert verdict.placement is Quadrant.HIRE_FIRST and verdict.provisional
    assert result.recommended_decision is None
    assert [(s.dimension, s.answered, s.needed) for s in verdict.shortfalls] == [
        (ATTITUDE, 2, 3)]
    firm = assess(answers([5, 5, 5], [5, 5, 5]), RULES)
    assert not firm.verdict.provisional and firm.recommended_decision is Decision.HIRE


def test_skipped_answers_are_not_evidence() -> None:
    skipped = [ScoredAnswer(ATTITUDE, 1.0, 5, True, "s")] * 3
    result = assess(answers([5, 5, 5], [5, 5]) + skipped, RULES)
    assert [s.dimension for s in result.verdict.shortfalls] == [ABILITY]


def test_nothing_scored_is_neither_provisional_nor_recommended() -> None:
    verdict = assess([], RULES).verdict
    assert verdict.quadrant is None and not verdict.provisional
    assert verdict.recommended_decision is None


def test_thresholds_refuse_an_answer_count_outside_1_to_20() -> None:
    for bad in (0, 21):
        with pytest.raises(ValueError):
            Thresholds(min_answers=bad)
    with pytest.raises(ValueError):
        Thresholds(ability_floor=0.5)


# --- one ranking ------------------------------------------------------------------------------
def test_the_ranking_puts_the_quadrant_first_and_knock_outs_last() -> None:
    people = [
        (Verdict(Quadrant.GENERALLY_NOT), 4.8, 2.8, "A generally-not, best total", 1),
        (Verdict(Quadrant.HIRE_FIRST), 3.6, 3.6, "B hire first", 2),
        (Verdict(Quadrant.HIRE_FIRST, knockouts=(Knockout("x", 1),)), 5.0, 5.0, "C knocked", 3),
        (Verdict(Quadrant.TRAIN), 3.0, 4.5, "D train", 4),
        (Verdict(None), None, None, "E unscored", 5),
        (Verdict(Quadrant.TURN_DOWN), 1.5, 1.5, "F turn down", 6),
        (Verdict(Quadrant.HIRE_FIRST, shortfalls=(), below_floor=False), 3.5, 3.5, "G", 7),
    ]
    ranked = [p[3] for p in sorted(people, key=lambda p: rank_key(*p))]
    assert ranked == ["B hire first", "G", "D train", "A generally-not, best total",
                      "F turn down", "E unscored", "C knocked"]


def test_within_a_quadrant_a_firm_verdict_comes_before_a_provisional_one() -> None:
    from hiring_app.domain.matrix import Shortfall

    thin = Verdict(Quadrant.HIRE_FIRST, shortfalls=(Shortfall(ATTITUDE, 1, 3),))
    firm = Verdict(Quadrant.HIRE_FIRST)
    people = [(thin, 5.0, 5.0, "thin", 1), (firm, 3.6, 3.6, "firm", 2)]
    assert [p[3] for p in sorted(people, key=lambda p: rank_key(*p))] == ["firm", "thin"]


# --- a panel ----------------------------------------------------------------------------------
def card(name: str, attitude: list[int], ability: list[int], decision: str,
         flags: tuple[str, ...] = (), integrity: int | None = None) -> Interview:
    items = [(ATTITUDE, s) for s in attitude] + [(ABILITY, s) for s in ability]
    scored = [Answer(f"q{n}", n, d, "f", 1.0, score=s) for n, (d, s) in enumerate(items)]
    if integrity is not None:
        scored.append(Answer("integrity_q", len(scored), ATTITUDE, "integrity", 3.0, integrity))
    number = abs(hash(name)) % 10_000
    return Interview(id=number, uid=f"{number:032x}", candidate_id=1, role_id="r",
                     interviewer_id=number, interviewer_name=name, state="submitted",
                     stage="decide", current_question=0, started_at="2026-01-01T09:00:00+00:00",
                     updated_at="2026-01-01T10:00:00+00:00",
                     submitted_at="2026-01-01T10:00:00+00:00", elapsed_seconds=0,
                     red_flags=list(flags), decision=decision, answers=scored)


def test_hire_against_reject_is_a_disagreement_even_with_close_scores() -> None:
    result = combine([card("张伟", [4, 4], [4, 3], "hire"), card("李娜", [3, 3], [4, 4], "reject"),
                      card("王芳", [3, 4], [4, 4], "reject")], RULES)
    assert result.disagreements == []          # no score gap of 2
    assert result.decisions_differ


def test_the_same_recommendation_from_everyone_is_no_disagreement() -> None:
    result = combine([card("张伟", [4], [4], "hire"), card("李娜", [4], [3], "hire")], RULES)
    assert not result.decisions_differ


def test_one_interviewers_knock_out_knocks_the_candidate_out_and_names_them() -> None:
    result = combine([card("张伟", [5, 5], [5, 5], "hire"),
                      card("李娜", [5, 5], [5, 5], "hire", flags=("bends_platform_rules",))],
                     RULES)
    assert result.quadrant is Quadrant.TURN_DOWN
    assert result.knockouts == (Knockout("bends_platform_rules", None, "李娜"),)
    assert result.red_flags == [("李娜", "bends_platform_rules")]
    assert [c.quadrant for c in result.scorecards] == [Quadrant.HIRE_FIRST, Quadrant.TURN_DOWN]


def test_evidence_adds_up_across_the_panel() -> None:
    one = combine([card("张伟", [5, 5], [5, 5], "hire")], RULES)
    two = combine([card("张伟", [5, 5], [5, 5], "hire"), card("李娜", [4], [4], "hire")], RULES)
    assert one.verdict.provisional and one.recommended_decision is None
    assert not two.verdict.provisional and two.recommended_decision is Decision.HIRE
