"""Interviewer calibration: how each interviewer's scores compare with their panels' on the same
candidates, and who scores consistently higher (lenient) or lower (harsh) than their colleagues.

The rule, per interviewer and dimension (attitude, ability):

- a candidate counts for an interviewer when the interviewer and at least one OTHER interviewer
  submitted a scorecard scoring that dimension for them (alone on a candidate, there is nothing to
  compare with);
- the interviewer's difference on that candidate is their score minus the mean of the other
  interviewers' scores. Whoever submitted several scorecards for the same candidate counts once,
  with the mean of their own scorecards, so one colleague with two cards does not weigh double;
- the interviewer's mean difference is the plain mean of those differences over the candidates
  that count ("shared candidates").

An interviewer leans "lenient" on a dimension when the mean difference is LEANING_GAP points or
more over at least MIN_SHARED shared candidates, "harsh" when it is LEANING_GAP or more below;
fewer shared candidates are not enough to call it a habit. Differences are compared after
rounding to matrix.PRECISION decimals (float drift aside, 0.7499999999 is 0.75), and shown to
DECIMALS decimals cut toward zero (`shown`), so a shown +0.75 is always flagged and a shown
+0.74 never is.

Interviewers come in the order an owner reads such a list in: those with a leaning first, then
by their largest difference on either dimension (furthest from their colleagues first), then by
name (casefold); interviewers who share no candidate with anybody yet come last, by name.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hiring_app.domain.matrix import ABILITY, ATTITUDE, DIMENSIONS, PRECISION

LEANING_GAP = 0.75  # mean difference, in points of the 1-5 scale, that makes a leaning
MIN_SHARED = 5      # shared candidates a dimension needs before a leaning is called
DECIMALS = 2        # how differences are shown
LENIENT, HARSH = "lenient", "harsh"


@dataclass(frozen=True)
class PanelScore:
    """One submitted scorecard of a candidate, as calibration reads it: who, and the two scores
    (None: the scorecard did not score that dimension)."""

    interviewer: str
    attitude: float | None
    ability: float | None

    def score(self, dimension: str) -> float | None:
        return self.attitude if dimension == ATTITUDE else self.ability


@dataclass(frozen=True)
class DimensionCalibration:
    """One interviewer on one dimension."""

    dimension: str
    difference: float | None  # mean difference (rounded to PRECISION); None: nothing shared
    shared: int               # candidates this difference is the mean over
    leaning: str | None       # LENIENT, HARSH or None

    @property
    def shown(self) -> str:
        """The difference as a user reads it: signed, DECIMALS decimals; "—" when none."""
        return "—" if self.difference is None else shown(self.difference)


@dataclass(frozen=True)
class InterviewerCalibration:
    interviewer: str
    candidates: int  # candidates the interviewer submitted a scorecard for
    shared: int      # of those, candidates that count on at least one dimension
    attitude: DimensionCalibration
    ability: DimensionCalibration

    def dimension(self, dimension: str) -> DimensionCalibration:
        return self.attitude if dimension == ATTITUDE else self.ability

    @property
    def leanings(self) -> list[tuple[str, str]]:
        """(dimension, leaning) for each dimension with a leaning, attitude first."""
        return [(d.dimension, d.leaning) for d in (self.attitude, self.ability) if d.leaning]

    @property
    def flagged(self) -> bool:
        return bool(self.leanings)

    @property
    def enough_shared(self) -> bool:
        """Whether a dimension has the MIN_SHARED candidates a leaning needs (flagged or not)."""
        return max(self.attitude.shared, self.ability.shared) >= MIN_SHARED

    @property
    def largest_gap(self) -> float | None:
        """The larger absolute mean difference of the two dimensions (None: nothing shared)."""
        gaps = [abs(d.difference) for d in (self.attitude, self.ability)
                if d.difference is not None]
        return max(gaps) if gaps else None


def shown(difference: float) -> str:
    """A difference to DECIMALS decimals, signed, cut toward zero: +0.80, -1.25, +0.00. Cutting
    (not rounding) keeps what is shown on the same side of LEANING_GAP as the rule."""
    scale = 10 ** DECIMALS
    cut = math.floor(round(abs(difference) * scale, PRECISION - DECIMALS)) / scale
    sign = "-" if difference < 0 and cut > 0 else "+"
    return f"{sign}{cut:.{DECIMALS}f}"


def leaning(difference: float | None, shared: int) -> str | None:
    """LENIENT, HARSH or None for a mean difference over `shared` candidates."""
    if difference is None or shared < MIN_SHARED:
        return None
    value = round(difference, PRECISION)
    if value >= LEANING_GAP:
        return LENIENT
    if value <= -LEANING_GAP:
        return HARSH
    return None


def _own_means(panel: Iterable[PanelScore], dimension: str) -> dict[str, float]:
    """Each interviewer's mean score on the dimension over their scorecards that scored it."""
    scores: dict[str, list[float]] = defaultdict(list)
    for card in panel:
        value = card.score(dimension)
        if value is not None:
            scores[card.interviewer].append(value)
    return {name: sum(values) / len(values) for name, values in scores.items()}


def candidate_differences(panel: Sequence[PanelScore], dimension: str) -> dict[str, float]:
    """On one candidate: each interviewer's score minus the mean of the other interviewers'
    (each with their own mean first); only interviewers with a colleague who scored it."""
    means = _own_means(panel, dimension)
    if len(means) < 2:
        return {}
    total = sum(means.values())
    others = len(means) - 1
    return {name: mean - (total - mean) / others for name, mean in means.items()}


def _dimension(dimension: str, differences: list[float]) -> DimensionCalibration:
    if not differences:
        return DimensionCalibration(dimension, None, 0, None)
    mean = round(sum(differences) / len(differences), PRECISION)
    return DimensionCalibration(dimension, mean, len(differences),
                                leaning(mean, len(differences)))


def sort_key(row: InterviewerCalibration) -> tuple:
    gap = row.largest_gap
    return (gap is None, not row.flagged, -(round(gap, PRECISION) if gap is not None else 0),
            row.interviewer.casefold(), row.interviewer)


def calibrate(panels: Iterable[Sequence[PanelScore]]) -> list[InterviewerCalibration]:
    """Every interviewer who submitted a scorecard in `panels` (one sequence of submitted
    scorecards per candidate), compared with their colleagues, in the order of `sort_key`."""
    differences: dict[str, dict[str, list[float]]] = defaultdict(
        lambda: {d: [] for d in DIMENSIONS})
    candidates: dict[str, int] = defaultdict(int)
    shared: dict[str, int] = defaultdict(int)
    for panel in panels:
        panel = list(panel)
        for name in {card.interviewer for card in panel}:
            candidates[name] += 1
        counted: set[str] = set()
        for dimension in DIMENSIONS:
            for name, difference in candidate_differences(panel, dimension).items():
                differences[name][dimension].append(difference)
                counted.add(name)
        for name in counted:
            shared[name] += 1
    rows = [InterviewerCalibration(  # everybody who scored, even with nothing shared yet
        interviewer=name, candidates=count, shared=shared[name],
        attitude=_dimension(ATTITUDE, differences[name][ATTITUDE]),
        ability=_dimension(ABILITY, differences[name][ABILITY]))
        for name, count in candidates.items()]
    return sorted(rows, key=sort_key)


def anything_shared(rows: Iterable[InterviewerCalibration]) -> bool:
    """Whether any candidate has scorecards from two interviewers on the same dimension."""
    return any(row.shared for row in rows)
