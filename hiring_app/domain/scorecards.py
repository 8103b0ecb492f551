"""Several interviewers' scorecards for one candidate, combined into one result.

Each submitted scorecard is scored on its own (Interview.assess); the candidate's attitude and
ability are the plain means over the scorecards that scored that dimension, and the quadrant
follows from those means and the role's thresholds. When interviewers' scores on a dimension lie
DISAGREEMENT_SPREAD points or more apart, the dimension is flagged: talk before deciding.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hiring_app.domain.interview import Interview
from hiring_app.domain.matrix import ABILITY, ATTITUDE, Quadrant, Thresholds, classify, spread

DISAGREEMENT_SPREAD = 2.0


def apart(scores: Iterable[float]) -> bool:
    """Whether scores (one per interviewer) lie DISAGREEMENT_SPREAD points or more apart."""
    gap = spread(scores)
    return gap is not None and gap >= DISAGREEMENT_SPREAD


@dataclass(frozen=True)
class ScorecardScores:
    """One interviewer's scorecard as it counts in the combination."""

    interview_id: int
    interview_uid: str
    interviewer: str
    attitude: float | None
    ability: float | None
    quadrant: Quadrant | None
    decision: str | None

    def score(self, dimension: str) -> float | None:
        return self.attitude if dimension == ATTITUDE else self.ability


@dataclass(frozen=True)
class DimensionResult:
    """The combined score of one dimension and how far the interviewers are apart on it."""

    dimension: str
    score: float | None   # mean over the scorecards that scored this dimension
    scored_by: int        # how many scorecards scored it
    spread: float | None  # highest minus lowest interviewer score (None: nobody scored it)

    @property
    def disagreement(self) -> bool:
        return self.spread is not None and self.spread >= DISAGREEMENT_SPREAD


@dataclass(frozen=True)
class CombinedResult:
    scorecards: tuple[ScorecardScores, ...]
    attitude: DimensionResult
    ability: DimensionResult
    quadrant: Quadrant | None
    thresholds: Thresholds

    @property
    def count(self) -> int:
        return len(self.scorecards)

    @property
    def recommended_decision(self) -> str | None:
        return self.quadrant.recommended_decision if self.quadrant else None

    @property
    def decisions(self) -> list[tuple[str, str | None]]:
        """(interviewer, decision) for each scorecard, in order."""
        return [(card.interviewer, card.decision) for card in self.scorecards]

    @property
    def disagreements(self) -> list[str]:
        """The dimensions the interviewers disagree on."""
        return [d.dimension for d in (self.attitude, self.ability) if d.disagreement]


def score_scorecard(interview: Interview, thresholds: Thresholds) -> ScorecardScores:
    """A scorecard's scores, recomputed from its answers (never trusted from storage)."""
    result = interview.assess(thresholds)
    return ScorecardScores(
        interview_id=interview.id, interview_uid=interview.uid,
        interviewer=interview.interviewer_name, attitude=result.attitude,
        ability=result.ability, quadrant=result.quadrant, decision=interview.decision,
    )


def combine_dimension(cards: Iterable[ScorecardScores], dimension: str) -> DimensionResult:
    scores = [s for s in (card.score(dimension) for card in cards) if s is not None]
    if not scores:
        return DimensionResult(dimension, None, 0, None)
    return DimensionResult(dimension, sum(scores) / len(scores), len(scores), spread(scores))


def combine(scorecards: Iterable[Interview], thresholds: Thresholds) -> CombinedResult:
    """Combine the given scorecards. Only submitted ones count: a draft is not an opinion yet."""
    cards = tuple(score_scorecard(s, thresholds) for s in scorecards if s.submitted)
    attitude = combine_dimension(cards, ATTITUDE)
    ability = combine_dimension(cards, ABILITY)
    return CombinedResult(
        scorecards=cards, attitude=attitude, ability=ability,
        quadrant=classify(attitude.score, ability.score, thresholds), thresholds=thresholds,
    )
