"""The one order in which candidates are ranked: by the Compare screen, the role's best 20, the
comparison report and the command line (all through services/compare.py)."""
from __future__ import annotations

from hiring_app.domain.matrix import Verdict, ranked

UNPLACED = 4  # after the four quadrants


def rank_key(verdict: Verdict, weighted_total: float | None, attitude: float | None,
             name: str, candidate_id: int) -> tuple:
    """Best first, attitude first as the screening principle says:
    1. the quadrant: hire first, train, generally not, turn down, then the unscored;
       knocked-out candidates come last of all, whatever their scores;
    2. within a quadrant, a firm verdict before one still short of evidence;
    3. the higher weighted total (the weighted mean of every scored answer), then the higher
       attitude, then name and id, so that equal candidates always come in the same order."""
    total, attitude = ranked(weighted_total), ranked(attitude)
    placement = verdict.placement.order if verdict.placement is not None else UNPLACED
    return (verdict.knocked_out, placement, verdict.provisional, total is None,
            -(total or 0.0), attitude is None, -(attitude or 0.0), name.casefold(),
            candidate_id)
