"""The one order in which candidates are ranked: by the Compare screen, the role's best 20, the
comparison report and the command line (all through services/compare.py)."""
from __future__ import annotations

from hiring_app.domain.matrix import ranked


def rank_key(weighted_total: float | None, attitude: float | None, name: str,
             candidate_id: int) -> tuple:
    """Best first: the higher weighted total (the weighted mean of every scored answer), then
    the higher attitude (attitude first, as the screening principle says), then by name and id
    so that equal candidates always come in the same order. Unscored candidates come last."""
    total, attitude = ranked(weighted_total), ranked(attitude)
    return (total is None, -(total or 0.0), attitude is None, -(attitude or 0.0),
            name.casefold(), candidate_id)
