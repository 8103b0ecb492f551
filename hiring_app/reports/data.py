"""What each PDF report lays out, as plain data: hiring_app.services.report_data reads it from the
database, the report modules only arrange it on pages. Texts that are data (names, role names,
question texts) are already in the report's language; fixed labels are the reports' own.

Stdlib and domain only, so building the data never loads reportlab.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.library import Library, Question, RoleProfile
from hiring_app.domain.matrix import Thresholds
from hiring_app.domain.scorecards import CombinedResult, apart

# The kinds of question in a candidate report, in the order they are listed.
STANDARD, ROLE, OTHER, ADHOC = 0, 1, 2, 3


@dataclass
class ReportQuestion:
    """One question asked in at least one submitted scorecard, with each card's answer."""

    key: str
    kind: int                 # STANDARD, ROLE, OTHER (no longer in the library) or ADHOC
    order: tuple
    text: str                 # in the report's language
    dimension: str | None     # None: an added question kept as a note, not scored
    facet: str | None
    weight: float
    answers: dict[int, Answer] = field(default_factory=dict)  # by scorecard index

    def scored(self) -> dict[int, Answer]:
        """The answers that count (the matrix's rule), by scorecard index."""
        return {i: a for i, a in sorted(self.answers.items()) if a.counts}

    @property
    def disagreement(self) -> bool:
        """Interviewers DISAGREEMENT_SPREAD points or more apart on this question."""
        return apart(float(a.score) for a in self.scored().values() if a.score is not None)


@dataclass(frozen=True)
class CandidateReportData:
    """One candidate: who, the submitted scorecards and their combined result, every question."""

    language: str
    name: str
    status: str
    channel: str | None
    added_on: str             # the user's local date the candidate was added
    notes: str | None
    role_name: str            # in `language`; the role id when the role is gone; "" when none
    cards: list[Interview]    # the submitted scorecards, oldest first
    card_days: list[str]      # the local date of each card's interview, in card order
    drafts: int               # scorecards not yet submitted (not counted)
    result: CombinedResult
    decision: str | None      # the latest decision in the status history
    questions: list[ReportQuestion]  # standard, the role's, removed ones, then ad-hoc ones
    vocabulary: Library
    decision_reason: str = ""  # why the hiring decision was taken (the debrief's reason)
    decision_by: str = ""      # who took it ("" when not recorded)
    decision_on: str = ""      # when (an ISO date-time; "" when not recorded)
    verdict: str = ""          # the verdict's headline: "首选", "… (knock-out)", ...
    recommendation: str = ""   # the recommended decision in words, or "no recommendation yet"
    reasons: list[str] = field(default_factory=list)        # why the verdict is what it is
    knockouts: list[str] = field(default_factory=list)      # the knock-outs among the reasons
    disagreements: list[str] = field(default_factory=list)  # the panel's, in words


@dataclass(frozen=True)
class ComparedCandidate:
    """One column of the comparison, in rank order."""

    id: int
    name: str
    rank: int | None          # None when nothing was scored
    role_name: str            # in the comparison's language
    attitude: float | None
    ability: float | None
    quadrant: str | None = None   # the verdict's quadrant id (turn_down when knocked out)
    verdict: str = ""             # the verdict's headline: "首选", "… (knock-out)", ...
    knockouts: list[str] = field(default_factory=list)  # what knocked them out, named
    decision: str = ""            # the decision taken, in words ("" when none yet)
    recommendation: str = ""      # the recommended decision in words


@dataclass(frozen=True)
class ComparedRow:
    """One line of the comparison table: a value per column, in column order."""

    label: str
    is_score: bool            # numbers (best values shaded, "!" on disagreement) or text
    values: list
    best: frozenset[int] = frozenset()   # domain.ranking.best_in_row, as on the screen
    disagreement: frozenset[int] = frozenset()
    group: str = ""           # SCORES, FACETS, QUESTIONS or OUTCOMES: rows under one sub-heading


# The groups of comparison rows, in order.
SCORES, FACETS, QUESTIONS, OUTCOMES = "scores", "facets", "questions", "outcomes"


@dataclass(frozen=True)
class ComparisonReportData:
    language: str
    columns: list[ComparedCandidate]
    rows: list[ComparedRow]
    thresholds: Thresholds    # the shared role's when all candidates share one, else the default
    quadrant_names: dict[str, str]  # quadrant id -> name in `language`
    order: str = ""           # how the candidates are ranked, in one sentence


@dataclass(frozen=True)
class KitData:
    """A role's printable interview kit."""

    language: str
    role: RoleProfile         # with its own questions
    role_name: str            # in `language` (the id when it has no name there)
    standard_questions: list[Question]
    vocabulary: Library
    candidate_name: str = ""  # printed in every page header; blank lines to write on when ""
