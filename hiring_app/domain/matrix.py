"""The attitude/ability screening matrix (选人原则), and the scoring arithmetic every screen, report
and command shares (which answers count, weighted means, spreads, ties).

Scores are weighted means of the 1-5 scores given to answered questions of each dimension.
A candidate is 'good' on attitude / 'strong' on ability when the score reaches the role's
threshold. Good+strong: hire first (首选); good+weak: train (可以培养); poor+strong: generally not
hired (基本不用); poor+weak: turned down (只能说抱歉).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from hiring_app.domain.codes import Decision

ATTITUDE = "attitude"
ABILITY = "ability"
DIMENSIONS = (ATTITUDE, ABILITY)
MIN_SCORE, MAX_SCORE = 1, 5
DEFAULT_THRESHOLD = 3.0
# Under this ability a good attitude is not enough: 可以培养 presumes someone who can do the basics.
DEFAULT_ABILITY_FLOOR = 2.0
# A verdict needs this many answered questions of each dimension; fewer is "not enough evidence".
DEFAULT_MIN_ANSWERS = 3
MAX_MIN_ANSWERS = 20
# A knock-out question scored this or lower turns the candidate down, whatever the other scores.
KNOCKOUT_MAX_SCORE = 2
PRECISION = 9  # scores equal to this many decimals are ties, and spreads are rounded so
# (4.0 - 2.0000000001 counts as 2 points apart)
# The quadrants' background colours, shared by the window's chart and the PDFs' charts:
# green, yellow, orange, red, from "hire first" to "turn down".
QUADRANT_COLOURS = {
    "hire_first": "#e3f4e1", "train": "#fdf3d7", "generally_not": "#fbe3d6",
    "turn_down": "#f1e0e0",
}


def answer_counts(score: int | None, weight: float, skipped: bool) -> bool:
    """Whether an answer counts in a score: scored, not skipped, with a usable weight."""
    return not skipped and score is not None and weight > 0 and math.isfinite(weight)


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """The mean of (score, weight) pairs, each score by its weight; None without weight. Kept
    within the score range against float drift."""
    total = weight_sum = 0.0
    for score, weight in pairs:
        total += score * weight
        weight_sum += weight
    if weight_sum == 0 or not math.isfinite(total):
        return None
    return min(max(total / weight_sum, MIN_SCORE), MAX_SCORE)


def spread(values: Iterable[float]) -> float | None:
    """Highest minus lowest (rounded to PRECISION); None without values."""
    values = list(values)
    return round(max(values) - min(values), PRECISION) if values else None


def same_score(a: float, b: float) -> bool:
    return round(a, PRECISION) == round(b, PRECISION)


def reaches(score: float, threshold: float) -> bool:
    """Whether a score reaches a threshold, float drift aside: weights such as 1.5 and 0.7 make a
    mean of 3 come out as 2.9999999999999996, which is shown, and must count, as 3.0."""
    return round(score, PRECISION) >= threshold


def ranked(value: float | None) -> float | None:
    """A score as the ranking compares it: equal to PRECISION decimals is equal."""
    return None if value is None else round(value, PRECISION)


class Quadrant(StrEnum):
    HIRE_FIRST = "hire_first"
    TRAIN = "train"
    GENERALLY_NOT = "generally_not"
    TURN_DOWN = "turn_down"

    @property
    def recommended_decision(self) -> Decision:
        return _DECISIONS[self]

    @property
    def colour(self) -> str:
        return QUADRANT_COLOURS[self.value]


_DECISIONS = {
    Quadrant.HIRE_FIRST: Decision.HIRE,
    Quadrant.TRAIN: Decision.TRAIN,
    Quadrant.GENERALLY_NOT: Decision.HOLD,
    Quadrant.TURN_DOWN: Decision.REJECT,
}


@dataclass(frozen=True)
class Thresholds:
    """A role's numbers for the verdict: the attitude and ability bars, the ability floor under
    which "can be trained" becomes "turn down" (a floor above the ability bar acts as the bar),
    and the answers needed per dimension."""

    attitude: float = DEFAULT_THRESHOLD
    ability: float = DEFAULT_THRESHOLD
    ability_floor: float = DEFAULT_ABILITY_FLOOR
    min_answers: int = DEFAULT_MIN_ANSWERS

    def __post_init__(self) -> None:
        for value in (self.attitude, self.ability, self.ability_floor):
            if not (MIN_SCORE <= value <= MAX_SCORE):
                raise ValueError(f"a threshold must lie between {MIN_SCORE} and {MAX_SCORE}")
        if not (1 <= self.min_answers <= MAX_MIN_ANSWERS):
            raise ValueError(f"the answers needed must lie between 1 and {MAX_MIN_ANSWERS}")


@dataclass(frozen=True)
class ScoredAnswer:
    """One question's outcome: its dimension and weight, and the score given (None: not yet)."""

    dimension: str
    weight: float
    score: int | None = None
    skipped: bool = False

    @property
    def counts(self) -> bool:
        return answer_counts(self.score, self.weight, self.skipped)


@dataclass(frozen=True)
class Assessment:
    attitude: float | None
    ability: float | None
    attitude_answered: int
    ability_answered: int
    quadrant: Quadrant | None

    @property
    def recommended_decision(self) -> str | None:
        return self.quadrant.recommended_decision if self.quadrant else None


def dimension_score(answers: Iterable[ScoredAnswer], dimension: str) -> tuple[float | None, int]:
    """Weighted mean score of the answered questions of one dimension, and how many counted."""
    pairs: list[tuple[float, float]] = []
    for answer in answers:
        if answer.dimension != dimension or not answer.counts:
            continue
        if not MIN_SCORE <= answer.score <= MAX_SCORE:  # type: ignore[operator]
            raise ValueError(f"a score must lie between {MIN_SCORE} and {MAX_SCORE}")
        pairs.append((answer.score, answer.weight))  # type: ignore[arg-type]
    return weighted_mean(pairs), len(pairs)


def classify(attitude: float | None, ability: float | None, thresholds: Thresholds) -> Quadrant | None:
    """The quadrant, or None while either dimension has no score yet."""
    if attitude is None or ability is None:
        return None
    good = reaches(attitude, thresholds.attitude)
    strong = reaches(ability, thresholds.ability)
    if good:
        return Quadrant.HIRE_FIRST if strong else Quadrant.TRAIN
    return Quadrant.GENERALLY_NOT if strong else Quadrant.TURN_DOWN


def assess(answers: Iterable[ScoredAnswer], thresholds: Thresholds = Thresholds()) -> Assessment:
    answers = list(answers)
    attitude, attitude_n = dimension_score(answers, ATTITUDE)
    ability, ability_n = dimension_score(answers, ABILITY)
    return Assessment(
        attitude=attitude,
        ability=ability,
        attitude_answered=attitude_n,
        ability_answered=ability_n,
        quadrant=classify(attitude, ability, thresholds),
    )
