"""A verdict in words: its headline, the recommendation and every reason, as Messages any screen,
report or command renders in the user's language. The rules are the domain's (matrix.judge);
this only names what it found (question texts, red flag and quadrant names)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.code_names import DECISION_NAMES
from hiring_app.domain.library import I18n
from hiring_app.domain.matrix import (
    ATTITUDE,
    KNOCKOUT_MAX_SCORE,
    Knockout,
    Quadrant,
    Thresholds,
    Verdict,
)
from hiring_app.domain.scorecards import DISAGREEMENT_SPREAD, CombinedResult
from hiring_app.i18n import Message
from hiring_app.services.interviews import RuleBook


@dataclass(frozen=True)
class Explained:
    headline: Message          # "首选", "只能说抱歉（一票否决）", "证据还不够（暂定：首选）"
    recommendation: Message    # the recommended decision's name, or "no recommendation yet"
    reasons: list[Message]     # why, one sentence each


def _quadrant_names() -> dict[str, I18n | str]:
    return {q["id"]: q["name"] for q in builtin_vocabulary().quadrants}


def _dimension(dimension: str) -> Message:
    return Message("verdict.dimension_attitude" if dimension == ATTITUDE
                   else "verdict.dimension_ability")


def question_texts(db: Database, role_id: str | None) -> dict[str, I18n]:
    """The texts of the standard questions and the role's, by id (knock-outs name them)."""
    return RuleBook(db).question_texts(role_id)


def headline(verdict: Verdict) -> Message:
    quadrant = verdict.quadrant
    if quadrant is None:
        return Message("verdict.not_scored")
    name = _quadrant_names().get(quadrant.value, quadrant.value)
    if verdict.knocked_out:
        return Message("verdict.knocked_out", quadrant=name)
    if verdict.provisional:
        return Message("verdict.provisional", quadrant=name)
    return _plain(name)


def _plain(name: I18n | str) -> Message:
    return Message("verdict.name", name=name)


def recommendation(verdict: Verdict) -> Message:
    decision = verdict.recommended_decision
    return (_plain(DECISION_NAMES[decision.value]) if decision
            else Message("verdict.no_recommendation"))


def explain(verdict: Verdict, attitude: float | None, ability: float | None,
            thresholds: Thresholds, questions: dict[str, I18n]) -> Explained:
    """The verdict with its reasons: knock-outs first (they decide), then where the scores
    fall, the floor, what 基本不用 means, and missing evidence."""
    flag_names = {f["id"]: f["name"] for f in builtin_vocabulary().red_flags}
    reasons: list[Message] = []
    grouped: dict[tuple[str, bool], list[Knockout]] = {}
    for knockout in verdict.knockouts:  # one line per item, naming everyone who found it
        grouped.setdefault((knockout.item_id, knockout.is_flag), []).append(knockout)
    for (item_id, is_flag), found in grouped.items():
        names = list(dict.fromkeys(k.interviewer for k in found if k.interviewer))
        by = Message("verdict.by", interviewer=names) if names else ""
        if is_flag:
            reasons.append(Message("verdict.knockout_flag", flag=flag_names.get(item_id, item_id),
                                   by=by))
        else:
            reasons.append(Message("verdict.knockout_question",
                                   question=questions.get(item_id, item_id),
                                   score=min(k.score or 0 for k in found),
                                   limit=KNOCKOUT_MAX_SCORE, by=by))
    if verdict.placement is not None and attitude is not None and ability is not None:
        name = _quadrant_names().get(verdict.placement.value, verdict.placement.value)
        reasons.append(Message("verdict.placement", attitude=attitude,
                               attitude_bar=thresholds.attitude, ability=ability,
                               ability_bar=thresholds.ability, quadrant=name))
        if verdict.below_floor:
            reasons.append(Message("verdict.below_floor", ability=ability,
                                   floor=min(thresholds.ability_floor, thresholds.ability)))
        if verdict.placement is Quadrant.GENERALLY_NOT and not verdict.knocked_out:
            reasons.append(Message("verdict.generally_not"))
    scored = attitude is not None or ability is not None
    for short in verdict.shortfalls if scored else ():  # nothing scored: nothing to say yet
        reasons.append(Message("verdict.shortfall", dimension=_dimension(short.dimension),
                               answered=short.answered, needed=short.needed))
    return Explained(headline(verdict), recommendation(verdict), reasons)


def disagreements(result: CombinedResult) -> list[Message]:
    """Every disagreement of a panel: recommendations that differ, scores far apart."""
    found: list[Message] = []
    if result.decisions_differ:
        found.append(Message("verdict.decisions_differ", decisions=[
            Message("verdict.interviewer_decision", interviewer=card.interviewer,
                    decision=DECISION_NAMES[card.decision])
            for card in result.scorecards if card.decision]))
    for dimension in (result.attitude, result.ability):
        if dimension.disagreement:
            found.append(Message("verdict.scores_apart", dimension=_dimension(dimension.dimension),
                                 gap=dimension.spread, limit=DISAGREEMENT_SPREAD))
    return found


def explain_result(db: Database, result: CombinedResult, role_id: str | None,
                   questions: dict[str, I18n] | None = None) -> Explained:
    """`questions`: the texts by id when the caller has them (a comparison reads them once)."""
    return explain(result.verdict, result.attitude.score, result.ability.score,
                   result.thresholds,
                   questions if questions is not None else question_texts(db, role_id))
