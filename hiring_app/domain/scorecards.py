"""Several interviewers' scorecards for one candidate, combined into one result.

Each submitted scorecard is scored on its own (Interview.assess); the candidate's attitude and
ability are the plain means over the scorecards that scored that dimension, and the quadrant
follows from those means and the role's thresholds. The evidence is every scorecard's answers
together, and a knock-out on any scorecard knocks the candidate out (matrix.judge decides).

Disagreements, to talk about before deciding: interviewers' scores on a dimension lying
DISAGREEMENT_SPREAD points or more apart, and interviewers recommending different decisions.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hiring_app.domain.interview import Interview
from hiring_app.domain.matrix import (
    ABILITY,
    ATTITUDE,
    Knockout,
    Quadrant,
    Rules,
    Thresholds,
    Verdict,
    judge,
    spread,
)

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
    verdict: Verdict
    decision: str | None       # the interviewer's recommendation
    reason: str = ""
    red_flags: tuple[str, ...] = ()
    answered: tuple[int, int] = (0, 0)  # attitude, ability answers counted

    @property
    def quadrant(self) -> Quadrant | None:
        return self.verdict.quadrant

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
    verdict: Verdict
    rules: Rules

    @property
    def thresholds(self) -> Thresholds:
        return self.rules.thresholds

    @property
    def quadrant(self) -> Quadrant | None:
        return self.verdict.quadrant

    @property
    def count(self) -> int:
        return len(self.scorecards)

    @property
    def recommended_decision(self) -> str | None:
        return self.verdict.recommended_decision

    @property
    def knockouts(self) -> tuple[Knockout, ...]:
        return self.verdict.knockouts

    def goes_against(self, decision: str | None) -> bool:
        """Whether `decision` differs from what the combined verdict recommends (nothing is
        against "no recommendation yet")."""
        recommended = self.recommended_decision
        return decision is not None and recommended is not None and decision != recommended

    @property
    def decisions_differ(self) -> bool:
        """Whether the interviewers recommend different decisions (hire against reject, ...)."""
        return len({card.decision for card in self.scorecards if card.decision}) > 1

    @property
    def red_flags(self) -> list[tuple[str, str]]:
        """(interviewer, red flag id) for every flag ticked on a scorecard, in order."""
        return [(card.interviewer, flag) for card in self.scorecards for flag in card.red_flags]

    @property
    def decisions(self) -> list[tuple[str, str | None]]:
        """(interviewer, decision) for each scorecard, in order."""
        return [(card.interviewer, card.decision) for card in self.scorecards]

    @property
    def disagreements(self) -> list[str]:
        """The dimensions the interviewers disagree on."""
        return [d.dimension for d in (self.attitude, self.ability) if d.disagreement]


def score_scorecard(interview: Interview, rules: Rules) -> ScorecardScores:
    """A scorecard's scores, recomputed from its answers (never trusted from storage)."""
    result = interview.assess(rules)
    verdict = result.verdict
    named = tuple(Knockout(k.item_id, k.score, interview.interviewer_name)
                  for k in verdict.knockouts)
    return ScorecardScores(
        interview_id=interview.id, interview_uid=interview.uid,
        interviewer=interview.interviewer_name, attitude=result.attitude,
        ability=result.ability, verdict=Verdict(verdict.placement, named, verdict.shortfalls,
                                                verdict.below_floor),
        decision=interview.decision, reason=interview.decision_reason,
        red_flags=tuple(interview.red_flags),
        answered=(result.attitude_answered, result.ability_answered),
    )


def combine_dimension(cards: Iterable[ScorecardScores], dimension: str) -> DimensionResult:
    scores = [s for s in (card.score(dimension) for card in cards) if s is not None]
    if not scores:
        return DimensionResult(dimension, None, 0, None)
    return DimensionResult(dimension, sum(scores) / len(scores), len(scores), spread(scores))


def combine(scorecards: Iterable[Interview], rules: Rules) -> CombinedResult:
    """Combine the given scorecards. Only submitted ones count: a draft is not an opinion yet."""
    return combine_scores(tuple(score_scorecard(s, rules) for s in scorecards if s.submitted),
                          rules)


def combine_scores(cards: tuple[ScorecardScores, ...], rules: Rules) -> CombinedResult:
    """The panel's result from its scorecards' scores (see the module docstring)."""
    attitude = combine_dimension(cards, ATTITUDE)
    ability = combine_dimension(cards, ABILITY)
    answered = {ATTITUDE: sum(c.answered[0] for c in cards),
                ABILITY: sum(c.answered[1] for c in cards)}
    verdict = judge(attitude.score, ability.score, answered,
                    [k for card in cards for k in card.verdict.knockouts], rules.thresholds)
    return CombinedResult(scorecards=cards, attitude=attitude, ability=ability,
                          verdict=verdict, rules=rules)
