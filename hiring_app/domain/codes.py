"""The codes stored in the database for a candidate's status, a decision and the channel a
candidate came through, with the pipeline rules that depend on them. Each is a `StrEnum`, so a
member is the stored text itself (`Status.HIRED == "hired"`) and reads back without conversion.

The names people see are elsewhere: `code_names.py` (PDFs, command line) and the window's
translations; tests check that every code has a name in zh, en and es in both.
"""
from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class Status(StrEnum):
    NEW = "new"
    INTERVIEWING = "interviewing"
    DECIDED = "decided"
    HIRED = "hired"
    DECLINED = "declined"


class Decision(StrEnum):
    HIRE = "hire"
    TRAIN = "train"
    HOLD = "hold"
    REJECT = "reject"


class Channel(StrEnum):
    ONLINE_BOARD = "online_board"
    CAMPUS = "campus"
    REFERRAL = "referral"
    JOB_FAIR = "job_fair"
    FRIENDS = "friends"
    OTHER = "other"


# Still waiting for a hiring decision. Scorecards only recommend: a candidate becomes DECIDED
# when the person deciding records the decision at the debrief (services/debrief.decide).
UNDECIDED: frozenset[Status] = frozenset({Status.NEW, Status.INTERVIEWING})
# Candidates who may still be interviewed (the start page offers them): hired or declined
# candidates (a move a person made) are done.
OPEN_FOR_DECISION: frozenset[Status] = UNDECIDED | {Status.DECIDED}
# Never listed for erasure by the retention period: people who work here.
KEPT_BY_RETENTION: frozenset[Status] = frozenset({Status.HIRED})
# Decisions that keep the candidate in the running (hire now, or hire and train).
POSITIVE_DECISIONS: frozenset[Decision] = frozenset({Decision.HIRE, Decision.TRAIN})


def latest_decision(history: Sequence[str | None]) -> Decision | None:
    """The candidate's current decision: the last decision in their status history, oldest
    first (every decision a person records at the debrief writes one)."""
    for decision in reversed(history):
        if decision:
            return Decision(decision)
    return None
