"""The one order in which candidates are ranked: by the Compare screen, the role's best 20, the
comparison report and the command line (all through services/compare.py); and which value of a
row of the comparison counts as its best."""
from __future__ import annotations

from collections.abc import Sequence

from hiring_app.domain.matrix import Verdict, ranked, same_score

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


def best_in_row(values: Sequence[float | None]) -> set[int]:
    """The indexes of the highest value of a comparison row (ties included), or none at all
    when there is nothing to compare: fewer than two candidates have a value, or every value
    is the same. A lone 1.0 is not "the best"; neither is a row where everyone scored 3."""
    present = [v for v in values if v is not None]
    if len(present) < 2:
        return set()
    top, bottom = max(present), min(present)
    if same_score(top, bottom):
        return set()
    return {i for i, v in enumerate(values) if v is not None and same_score(v, top)}
