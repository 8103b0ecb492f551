"""The attitude/ability screening matrix (选人原则).

Scores are weighted means of the 1-5 scores given to answered questions of each dimension.
A candidate is 'good' on attitude / 'strong' on ability when the score reaches the role's
threshold. Good+strong: hire first (首选); good+weak: train (可以培养); poor+strong: generally not
hired (基本不用); poor+weak: turned down (只能说抱歉).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

ATTITUDE = "attitude"
ABILITY = "ability"
DIMENSIONS = (ATTITUDE, ABILITY)
MIN_SCORE, MAX_SCORE = 1, 5
DEFAULT_THRESHOLD = 3.0


class Quadrant(str, Enum):
    HIRE_FIRST = "hire_first"
    TRAIN = "train"
    GENERALLY_NOT = "generally_not"
    TURN_DOWN = "turn_down"

    @property
    def recommended_decision(self) -> str:
        return _DECISIONS[self]


_DECISIONS = {
    Quadrant.HIRE_FIRST: "hire",
    Quadrant.TRAIN: "train",
    Quadrant.GENERALLY_NOT: "hold",
    Quadrant.TURN_DOWN: "reject",
}


@dataclass(frozen=True)
class Thresholds:
    attitude: float = DEFAULT_THRESHOLD
    ability: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        for value in (self.attitude, self.ability):
            if not (MIN_SCORE <= value <= MAX_SCORE):
                raise ValueError(f"a threshold must lie between {MIN_SCORE} and {MAX_SCORE}")


@dataclass(frozen=True)
class ScoredAnswer:
    """One question's outcome: its dimension and weight, and the score given (None: not yet)."""

    dimension: str
    weight: float
    score: int | None = None
    skipped: bool = False

    @property
    def counts(self) -> bool:
        return (
            not self.skipped
            and self.score is not None
            and self.weight > 0
            and math.isfinite(self.weight)
        )


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
    total = weight_sum = 0.0
    count = 0
    for answer in answers:
        if answer.dimension != dimension or not answer.counts:
            continue
        if not MIN_SCORE <= answer.score <= MAX_SCORE:  # type: ignore[operator]
            raise ValueError(f"a score must lie between {MIN_SCORE} and {MAX_SCORE}")
        total += answer.score * answer.weight  # type: ignore[operator]
        weight_sum += answer.weight
        count += 1
    if count == 0 or weight_sum == 0 or not math.isfinite(total):
        return None, count
    mean = total / weight_sum
    return min(max(mean, MIN_SCORE), MAX_SCORE), count  # guard against float drift


def classify(attitude: float | None, ability: float | None, thresholds: Thresholds) -> Quadrant | None:
    """The quadrant, or None while either dimension has no score yet."""
    if attitude is None or ability is None:
        return None
    good = attitude >= thresholds.attitude
    strong = ability >= thresholds.ability
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
