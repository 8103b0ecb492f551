"""An interview as the interviewer fills it in: the scorecard of one interviewer."""
from __future__ import annotations

from dataclasses import dataclass, field

from hiring_app.domain.matrix import Assessment, Rules, ScoredAnswer, answer_counts, assess

STAGES = ("observe", "listen", "ask", "assess", "decide")


@dataclass
class Answer:
    question_id: str
    position: int
    dimension: str | None  # None: an added question kept as a note, not scored (weight 0)
    facet: str | None
    weight: float
    score: int | None = None
    skipped: bool = False
    notes: str = ""
    seconds: int = 0
    adhoc_text: str | None = None

    @property
    def is_adhoc(self) -> bool:
        return self.adhoc_text is not None

    @property
    def counts(self) -> bool:
        """Whether this answer counts in a score (the matrix's rule); a note never does,
        whatever score or weight a file gave it."""
        return self.dimension is not None and answer_counts(self.score, self.weight,
                                                            self.skipped)


@dataclass
class Interview:
    id: int
    uid: str
    candidate_id: int
    role_id: str | None
    interviewer_id: int | None
    interviewer_name: str
    state: str
    stage: str
    current_question: int
    started_at: str
    updated_at: str
    submitted_at: str | None
    elapsed_seconds: int
    observations: list[str] = field(default_factory=list)
    listen_notes: str = ""
    free_notes: str = ""
    red_flags: list[str] = field(default_factory=list)
    boss_type: str | None = None
    team_role: str | None = None
    attitude_score: float | None = None
    ability_score: float | None = None
    quadrant: str | None = None
    decision: str | None = None
    decision_reason: str = ""
    answers: list[Answer] = field(default_factory=list)

    @property
    def submitted(self) -> bool:
        return self.state == "submitted"

    def assess(self, rules: Rules) -> Assessment:
        """This scorecard's scores and verdict (its ticked red flags count as knock-outs where
        the rules say so)."""
        return assess(
            (ScoredAnswer(a.dimension, a.weight, a.score, a.skipped, a.question_id)
             for a in self.answers if a.dimension is not None),
            rules, self.red_flags,
        )
