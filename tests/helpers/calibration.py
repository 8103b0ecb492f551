"""Companies whose interviewers score the same candidates: for interviewer calibration tests."""
from __future__ import annotations

from sqlite_utils import Database

from hiring_app.services import interviews
from hiring_app.services.candidates import add_candidate

Scores = tuple[int | None, int | None]  # (attitude, ability) given to every question


def scorecard(db: Database, candidate_id: int, role_id: str, interviewer: str, scores: Scores,
              submit: bool = True) -> int:
    """An interviewer's scorecard with every attitude question given scores[0] and every ability
    question scores[1] (None: left unscored); submitted unless `submit` is False."""
    interview_id = interviews.start_interview(db, candidate_id, role_id, interviewer)
    answers = {}
    for answer in interviews.load_interview(db, interview_id).answers:
        score = scores[0] if answer.dimension == "attitude" else scores[1]
        if score is not None:
            answers[answer.question_id] = {"score": score}
    interviews.apply_changes(db, interview_id, {}, answers)
    if submit:
        interviews.submit(db, interview_id, "hire")
    return interview_id


def panel(db: Database, role_id: str, name: str, cards: list[tuple[str, Scores]]) -> int:
    """A new candidate with these submitted scorecards; returns the candidate's id."""
    candidate_id = add_candidate(db, name, role_id)
    for interviewer, scores in cards:
        scorecard(db, candidate_id, role_id, interviewer, scores)
    return candidate_id


LENIENT = "王芳"  # scores attitude one point above her two colleagues on six candidates


def lenient_company(db: Database, role_id: str) -> None:
    """Six candidates seen by 王芳, 李强 and Ana López. On attitude 王芳 gives one point more than
    the other two (+1.00 against their mean: lenient; each of them -0.50: no leaning); on ability
    all three agree."""
    for number in range(6):
        base = 3 + number % 2
        panel(db, role_id, f"候选人{number + 1}",
              [(LENIENT, (base + 1, base)), ("李强", (base, base)), ("Ana López", (base, base))])
