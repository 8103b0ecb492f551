"""Interviewer calibration over the whole company: each interviewer's scores against their panels'
on the same candidates (the rule is domain/calibration.py).

Only submitted scorecards count (a draft is not an opinion yet). A scorecard's attitude and
ability are recomputed from its answers, as everywhere else; a scorecard without an interviewer's
name is left out (nobody to compare). Everything is read in two queries, so the view stays quick
on a company with thousands of scorecards.
"""
from __future__ import annotations

from sqlite_utils import Database

from hiring_app.domain.calibration import InterviewerCalibration, PanelScore, calibrate
from hiring_app.domain.interview import Interview
from hiring_app.domain.matrix import Rules
from hiring_app.storage import interviews_repo

# The scores do not depend on a role's thresholds (only the verdict does).
_SCORING = Rules()


def panel_score(card: Interview) -> PanelScore:
    result = card.assess(_SCORING)
    return PanelScore(card.interviewer_name, result.attitude, result.ability)


def panels(db: Database) -> list[list[PanelScore]]:
    """Each candidate's submitted scorecards with a named interviewer, as calibration reads them
    (candidates by id; candidates without one are left out)."""
    by_candidate = interviews_repo.all_scorecards(db, "submitted")
    found = []
    for candidate_id in sorted(by_candidate):
        panel = [panel_score(card) for card in by_candidate[candidate_id]
                 if card.interviewer_name.strip()]
        if panel:
            found.append(panel)
    return found


def calibration(db: Database) -> list[InterviewerCalibration]:
    """Every interviewer with a submitted scorecard, compared with their colleagues on the
    candidates they share, flagged lenient or harsh per dimension (domain/calibration.py)."""
    return calibrate(panels(db))
