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

    @property
    def order(self) -> int:
        """Best first: hire first, train, generally not, turn down (the ranking's first key)."""
        return list(Quadrant).index(self)


# 基本不用 means "generally not hired": reject by default. Hiring such a person anyway is a
# decision somebody takes explicitly, with a reason (see services/debrief.py).
_DECISIONS = {
    Quadrant.HIRE_FIRST: Decision.HIRE,
    Quadrant.TRAIN: Decision.TRAIN,
    Quadrant.GENERALLY_NOT: Decision.REJECT,
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
class Rules:
    """Everything a verdict for one role follows: its thresholds, and what knocks a candidate
    out (questions whose low score, and red flags whose tick, turns the candidate down)."""

    thresholds: Thresholds = Thresholds()
    knockout_questions: frozenset[str] = frozenset()
    knockout_flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScoredAnswer:
    """One question's outcome: its dimension and weight, and the score given (None: not yet)."""

    dimension: str
    weight: float
    score: int | None = None
    skipped: bool = False
    question_id: str = ""

    @property
    def counts(self) -> bool:
        return answer_counts(self.score, self.weight, self.skipped)


@dataclass(frozen=True)
class Knockout:
    """Why a candidate is knocked out: a knock-out question scored low (`score` set) or a
    knock-out red flag ticked (`score` None); `interviewer` names whose scorecard, when a
    panel's scorecards are combined."""

    item_id: str
    score: int | None = None
    interviewer: str = ""

    @property
    def is_flag(self) -> bool:
        return self.score is None


@dataclass(frozen=True)
class Shortfall:
    """A dimension with fewer answered questions than the verdict needs."""

    dimension: str
    answered: int
    needed: int


@dataclass(frozen=True)
class Verdict:
    """What the scores say, with the reasons: the matrix placement (after the ability floor),
    the knock-outs, and whether there is enough evidence for a firm recommendation.

    - Knocked out: turned down, whatever the scores or the evidence.
    - Otherwise, too few answers on a dimension: "not enough evidence yet" — the placement is
      shown as provisional and nothing is recommended.
    - Otherwise the quadrant's decision (基本不用 included: reject unless somebody decides
      otherwise with a reason).
    """

    placement: Quadrant | None           # where the scores fall, the floor applied
    knockouts: tuple[Knockout, ...] = ()
    shortfalls: tuple[Shortfall, ...] = ()
    below_floor: bool = False            # good attitude, ability under the floor: turned down

    @property
    def knocked_out(self) -> bool:
        return bool(self.knockouts)

    @property
    def enough_evidence(self) -> bool:
        return not self.shortfalls

    @property
    def quadrant(self) -> Quadrant | None:
        """The verdict's quadrant: turn down when knocked out, else the placement."""
        return Quadrant.TURN_DOWN if self.knockouts else self.placement

    @property
    def provisional(self) -> bool:
        """Scored, but too thin to recommend anything (and nothing knocks the candidate out)."""
        return not self.knockouts and bool(self.shortfalls) and self.placement is not None

    @property
    def recommended_decision(self) -> Decision | None:
        if self.knockouts:
            return Decision.REJECT
        if self.shortfalls or self.placement is None:
            return None
        return self.placement.recommended_decision


@dataclass(frozen=True)
class Assessment:
    attitude: float | None
    ability: float | None
    attitude_answered: int
    ability_answered: int
    verdict: Verdict

    @property
    def quadrant(self) -> Quadrant | None:
        return self.verdict.quadrant

    @property
    def recommended_decision(self) -> Decision | None:
        return self.verdict.recommended_decision


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


def classify(attitude: float | None, ability: float | None,
             thresholds: Thresholds) -> Quadrant | None:
    """The quadrant, or None while either dimension has no score yet. Attitude first: a good
    attitude with ability under the role's floor is turned down, not trained."""
    if attitude is None or ability is None:
        return None
    good = reaches(attitude, thresholds.attitude)
    strong = reaches(ability, thresholds.ability)
    if good:
        if strong:
            return Quadrant.HIRE_FIRST
        return Quadrant.TRAIN if not under_floor(ability, thresholds) else Quadrant.TURN_DOWN
    return Quadrant.GENERALLY_NOT if strong else Quadrant.TURN_DOWN


def under_floor(ability: float, thresholds: Thresholds) -> bool:
    return not reaches(ability, min(thresholds.ability_floor, thresholds.ability))


def judge(attitude: float | None, ability: float | None, answered: dict[str, int],
          knockouts: Iterable[Knockout], thresholds: Thresholds) -> Verdict:
    """The verdict from the dimension scores, the answers counted per dimension and the
    knock-outs found: the one place every screen, report and command gets it from."""
    placement = classify(attitude, ability, thresholds)
    shortfalls = tuple(Shortfall(d, answered.get(d, 0), thresholds.min_answers)
                       for d in DIMENSIONS if answered.get(d, 0) < thresholds.min_answers)
    # a good attitude turned down can only be the floor's doing
    below = (placement is Quadrant.TURN_DOWN and attitude is not None
             and reaches(attitude, thresholds.attitude))
    return Verdict(placement=placement, knockouts=tuple(knockouts), shortfalls=shortfalls,
                   below_floor=below)


def knockouts_in(answers: Iterable[ScoredAnswer], flags: Iterable[str], rules: Rules,
                 interviewer: str = "") -> list[Knockout]:
    """The knock-outs of one scorecard: knock-out questions scored KNOCKOUT_MAX_SCORE or lower
    (skipped ones do not count), then ticked knock-out red flags, each once."""
    found = [Knockout(a.question_id, a.score, interviewer) for a in answers
             if a.question_id in rules.knockout_questions and not a.skipped
             and a.score is not None and a.score <= KNOCKOUT_MAX_SCORE]
    found += [Knockout(flag, None, interviewer) for flag in dict.fromkeys(flags)
              if flag in rules.knockout_flags]
    return found


def assess(answers: Iterable[ScoredAnswer], rules: Rules = Rules(),
           flags: Iterable[str] = ()) -> Assessment:
    answers = list(answers)
    attitude, attitude_n = dimension_score(answers, ATTITUDE)
    ability, ability_n = dimension_score(answers, ABILITY)
    verdict = judge(attitude, ability, {ATTITUDE: attitude_n, ABILITY: ability_n},
                    knockouts_in(answers, flags, rules), rules.thresholds)
    return Assessment(attitude=attitude, ability=ability, attitude_answered=attitude_n,
                      ability_answered=ability_n, verdict=verdict)
