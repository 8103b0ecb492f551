"""Interviewer calibration: differences from the other interviewers on shared candidates, and
the lenient / harsh leaning at LEANING_GAP over MIN_SHARED candidates."""
from __future__ import annotations

import pytest

from hiring_app.domain.calibration import (
    HARSH,
    LEANING_GAP,
    LENIENT,
    MIN_SHARED,
    PanelScore,
    anything_shared,
    calibrate,
    candidate_differences,
    leaning,
    shown,
)
from hiring_app.domain.matrix import ABILITY, ATTITUDE


def card(who: str, attitude: float | None = None, ability: float | None = None) -> PanelScore:
    return PanelScore(who, attitude, ability)


def by_name(rows) -> dict:
    return {row.interviewer: row for row in rows}


def test_the_constants_are_the_documented_ones() -> None:
    assert (LEANING_GAP, MIN_SHARED) == (0.75, 5)


def test_a_difference_is_the_score_minus_the_mean_of_the_others() -> None:
    panel = [card("A", 4.0), card("B", 3.0), card("C", 2.0)]
    assert candidate_differences(panel, ATTITUDE) == {"A": 1.5, "B": 0.0, "C": -1.5}


def test_one_colleague_with_two_cards_does_not_weigh_double() -> None:
    # B's own mean (3.0) counts once: the others of A average (3.0 + 2.0) / 2 = 2.5, not
    # (2.0 + 4.0 + 2.0) / 3 as with B's two cards counted apart.
    panel = [card("A", 4.0), card("B", 2.0), card("B", 4.0), card("C", 2.0)]
    differences = candidate_differences(panel, ATTITUDE)
    assert differences["A"] == pytest.approx(4.0 - 2.5)
    assert differences["B"] == pytest.approx(3.0 - 3.0)
    assert differences["C"] == pytest.approx(2.0 - 3.5)


def test_an_interviewer_with_several_cards_counts_with_their_own_mean() -> None:
    panel = [card("A", 5.0), card("A", 3.0), card("B", 3.0)]
    assert candidate_differences(panel, ATTITUDE) == {"A": 1.0, "B": -1.0}


def test_an_interviewer_alone_on_a_candidate_is_not_counted() -> None:
    rows = by_name(calibrate([[card("A", 5.0, 5.0)], [card("A", 4.0, 4.0), card("A", 2.0)]]))
    row = rows["A"]
    assert (row.candidates, row.shared) == (2, 0)
    assert row.attitude.difference is None and row.attitude.shared == 0
    assert row.attitude.leaning is None and row.attitude.shown == "—"
    assert not anything_shared(rows.values())


def test_none_dimensions_are_compared_only_where_both_scored() -> None:
    panels = [[card("A", 4.0, None), card("B", 3.0, 3.0)],   # ability: A did not score it
              [card("A", None, 2.0), card("B", None, 4.0)]]  # attitude: nobody did
    row = by_name(calibrate(panels))["A"]
    assert (row.attitude.difference, row.attitude.shared) == (1.0, 1)
    assert (row.ability.difference, row.ability.shared) == (-2.0, 1)
    assert row.shared == 2  # each candidate counts on one dimension
    other = by_name(calibrate([[card("A", 4.0, None), card("B", None, 3.0)]]))["A"]
    assert other.shared == 0  # they never scored the same dimension


def test_several_interviewers_over_several_candidates() -> None:
    panels = [
        [card("王芳", 4.0, 4.0), card("李强", 3.0, 3.0), card("张伟", 2.0, 5.0)],
        [card("王芳", 5.0, 3.0), card("李强", 4.0, 3.0)],
        [card("李强", 3.0, 2.0), card("张伟", 3.0, 4.0)],
    ]
    rows = by_name(calibrate(panels))
    wang, li, zhang = rows["王芳"], rows["李强"], rows["张伟"]
    assert wang.attitude.difference == pytest.approx((1.5 + 1.0) / 2)
    assert wang.ability.difference == pytest.approx((0.0 + 0.0) / 2)
    assert li.attitude.difference == pytest.approx((0.0 - 1.0 + 0.0) / 3)
    assert li.ability.difference == pytest.approx((-1.5 + 0.0 - 2.0) / 3)
    assert zhang.ability.difference == pytest.approx((1.5 + 2.0) / 2)
    assert (wang.shared, li.shared, zhang.shared) == (2, 3, 2)
    assert (wang.candidates, li.candidates, zhang.candidates) == (2, 3, 2)
    assert all(row.leanings == [] for row in rows.values())  # fewer than 5 shared each


def _panels(gap: float, shared: int) -> list[list[PanelScore]]:
    """`shared` candidates on which A scores `gap` above B (attitude) and below (ability)."""
    return [[card("A", 3.0 + gap, 3.0 - gap), card("B", 3.0, 3.0)] for _ in range(shared)]


def test_lenient_and_harsh_at_the_boundary() -> None:
    a = by_name(calibrate(_panels(0.75, MIN_SHARED)))["A"]
    assert (a.attitude.leaning, a.ability.leaning) == (LENIENT, HARSH)
    assert a.leanings == [(ATTITUDE, LENIENT), (ABILITY, HARSH)] and a.flagged
    b = by_name(calibrate(_panels(0.75, MIN_SHARED)))["B"]
    assert (b.attitude.leaning, b.ability.leaning) == (HARSH, LENIENT)


def test_not_enough_shared_candidates_is_no_leaning() -> None:
    a = by_name(calibrate(_panels(2.0, MIN_SHARED - 1)))["A"]
    assert a.attitude.difference == 2.0 and a.attitude.leaning is None and not a.flagged


def test_just_under_the_gap_is_no_leaning() -> None:
    a = by_name(calibrate(_panels(0.74, 20)))["A"]
    assert a.leanings == []


def test_float_drift_counts_as_the_value_shown() -> None:
    assert leaning(0.7499999999, MIN_SHARED) == LENIENT
    assert leaning(-0.7499999999, MIN_SHARED) == HARSH
    assert leaning(0.749, MIN_SHARED) is None
    assert 4.6 - 3.85 < 0.75  # 0.7499999999999996, shown (and meant) as 0.75
    panels = [[card("A", 4.6), card("B", 3.85)] for _ in range(MIN_SHARED)]
    assert by_name(calibrate(panels))["A"].attitude.leaning == LENIENT


@pytest.mark.parametrize(("value", "text"), [
    (0.8, "+0.80"), (-1.25, "-1.25"), (0.0, "+0.00"), (0.7499999999, "+0.75"),
    (0.749, "+0.74"), (-0.749, "-0.74"), (0.29, "+0.29"), (-0.001, "+0.00"), (1.999, "+1.99"),
])
def test_shown_differences_are_cut_toward_zero(value: float, text: str) -> None:
    assert shown(value) == text


def test_shown_and_flagged_agree_around_the_gap() -> None:
    for hundredths in range(60, 90):
        for drift in (-1e-10, 0.0, 1e-10, 0.004, 0.0099):
            value = round(hundredths / 100 + drift, 12)
            flagged = leaning(value, MIN_SHARED) == LENIENT
            assert flagged == (float(shown(value)) >= LEANING_GAP), value


def test_order_flagged_first_then_by_largest_difference_then_by_name() -> None:
    panels = _panels(1.0, MIN_SHARED)                            # A lenient, B harsh, both 1.0
    panels += [[card("c", 5.0), card("D", 2.0)]]                 # 3.0 apart, on one candidate
    panels += [[card("Eve", 3.0), card("bob", 3.0)]]             # no difference
    panels += [[card("alone", 4.0)]]                             # nothing shared
    order = [row.interviewer for row in calibrate(panels)]
    assert order == ["A", "B", "c", "D", "bob", "Eve", "alone"]


def test_no_panels_no_rows() -> None:
    assert calibrate([]) == []
    assert not anything_shared([])
