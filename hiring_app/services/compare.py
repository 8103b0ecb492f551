"""Comparing 2 to 20 candidates side by side: one column per candidate, ranked as
domain.ranking says (quadrant first, then the weighted total; knock-outs last), and one row per
score or text, with the best value of each score row marked where there is something to compare
(domain.ranking.best_in_row).

Only submitted scorecards count (a draft is not an opinion yet). Each candidate's attitude,
ability, quadrant and disagreements are those of scorecards.candidate_result; everything is read
in a fixed number of batch queries over the chosen candidates only, so a comparison stays instant
on a database of thousands of candidates.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.code_names import DECISION_NAMES, RESULT_NAMES
from hiring_app.domain.codes import Decision
from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.library import Library, RoleProfile, text_in
from hiring_app.domain.matrix import ABILITY, ATTITUDE, Thresholds, weighted_mean
from hiring_app.domain.ranking import best_in_row, rank_key
from hiring_app.domain.scorecards import CombinedResult, apart, combine
from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services import verdicts as verdict_words
from hiring_app.storage import candidates_repo, interviews_repo, roles_repo

MIN_CANDIDATES, MAX_CANDIDATES = 2, 20
NOTE_LENGTH = 200  # each key note is cut to about this many characters
SCORE, TEXT = "score", "text"
_CHUNK = 500    # candidates read at a time by best_of_role

TEXT_ROWS = ("quadrant", "recommendation", "reasons", "decision", "red_flags", "team_fit",
             "key_notes", "interviewers")


def label(key: str, language: str) -> str:
    """A fixed row's label (or 'boss_style' / 'team_role') in `language`."""
    return text_in(RESULT_NAMES[key], language)


@dataclass
class Column:
    """One candidate, as the comparison shows them. Names are in the comparison's language."""

    id: int
    name: str
    role_id: str | None
    role_name: str
    rank: int | None               # 1 = best; None when nothing was scored (ranked last)
    weighted_total: float | None   # weighted mean of every scored answer, each by its weight
    attitude: float | None         # as scorecards.candidate_result combines them
    ability: float | None
    quadrant: str | None           # the verdict's quadrant (turn_down when knocked out)
    quadrant_name: str             # the verdict's headline: "首选", "… (knock-out)", ...
    knocked_out: bool
    provisional: bool              # scored, but not enough evidence for a firm verdict
    recommended: str | None        # the recommended decision (a Decision code), if any
    recommendation: str            # its name, or "no recommendation yet"
    reasons: list[str]             # why the verdict is what it is (knock-outs first)
    decision: str | None           # the candidate's current decision (codes.latest_decision)
    decision_name: str
    scorecards: int                # submitted scorecards counted
    disagreements: list[str]       # dimensions the interviewers are 2+ points apart on
    interviewers: list[str]
    red_flags: list[str]
    boss_types: list[str]
    team_roles: list[str]
    key_notes: list[str]           # "interviewer: text", decision reasons and free notes


@dataclass
class Row:
    """One line of the comparison table: a value per column, in column order.

    For score rows `best` holds the indexes of the highest value, ties included, as
    domain.ranking.best_in_row decides (empty when fewer than two columns have a value or all
    values are equal), and `disagreement` the columns whose interviewers are
    DISAGREEMENT_SPREAD points or more apart on it. Text rows leave both empty.
    """

    key: str          # "weighted_total", "facet:<id>", "question:<id>", "adhoc:<text>", ...
    label: str
    kind: str         # SCORE or TEXT
    values: list
    best: set[int] = field(default_factory=set)
    disagreement: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Point:
    """A candidate on the 2x2 attitude / ability chart."""

    candidate_id: int
    name: str
    attitude: float
    ability: float
    detail: str


@dataclass
class Comparison:
    language: str
    columns: list[Column]
    rows: list[Row]
    points: list[Point]
    thresholds: Thresholds  # the shared role's when all candidates share one, else the default

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)


# --- reading ----------------------------------------------------------------------------------
def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _checked_ids(candidate_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in candidate_ids))  # the same candidate once
    if not MIN_CANDIDATES <= len(ids) <= MAX_CANDIDATES:
        raise UserError("compare.count", min=MIN_CANDIDATES, max=MAX_CANDIDATES, count=len(ids))
    return ids


def _candidates(db: Database, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    found = candidates_repo.names_and_roles(db, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError("candidate.not_found_many", ids=missing)
    return found


def _submitted_scorecards(db: Database, ids: list[int]) -> dict[int, list[Interview]]:
    """Each candidate's submitted scorecards (oldest first), with their answers: two queries."""
    return interviews_repo.scorecards_of(db, ids, "submitted")


@dataclass(frozen=True)
class _BankQuestion:
    role_id: str | None
    role_position: int
    position: int
    text: dict


def _bank_questions(db: Database, question_ids: list[str]) -> dict[str, _BankQuestion]:
    return {question_id: _BankQuestion(*place)
            for question_id, place in roles_repo.question_places(db, question_ids).items()}


# --- computing --------------------------------------------------------------------------------
def _weighted_mean(answers: Iterable[Answer]) -> float | None:
    """The counted answers' scores, each weighted by its question's weight."""
    return weighted_mean((a.score, a.weight) for a in answers)  # type: ignore[misc]


def _question_key(answer: Answer) -> str:
    """Bank questions by id; ad-hoc questions (numbered per interview) by their text."""
    if answer.is_adhoc:
        return "adhoc:" + " ".join((answer.adhoc_text or "").split())
    return f"question:{answer.question_id}"


def _by_row(cards: list[Interview]) -> dict[str, list[list[Answer]]]:
    """The counted answers under every score row they feed, as one list per scorecard."""
    index: dict[str, list[list[Answer]]] = {}
    for n, card in enumerate(cards):
        for a in card.answers:
            if not a.counts:
                continue
            keys = ["weighted_total", _question_key(a)] + ([f"facet:{a.facet}"] if a.facet else [])
            for key in keys:
                index.setdefault(key, [[] for _ in cards])[n].append(a)
    return index


def _cell(per_card: list[list[Answer]] | None) -> tuple[float | None, bool]:
    """(the weighted mean over all the scorecards' answers, whether the scorecards' own means
    lie DISAGREEMENT_SPREAD or more apart)."""
    if per_card is None:
        return None, False
    own = [m for m in map(_weighted_mean, per_card) if m is not None]
    return _weighted_mean(a for answers in per_card for a in answers), apart(own)


def _short(text: str) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= NOTE_LENGTH else text[:NOTE_LENGTH - 1].rstrip() + "…"


def _names(vocabulary: Library, section: str, ids: Iterable[str], language: str) -> list[str]:
    """Names of the given ids in vocabulary order (unknown ids last, as they are), once each."""
    order = {item["id"]: n for n, item in enumerate(getattr(vocabulary, section))}
    unique = sorted(set(ids), key=lambda i: (i not in order, order.get(i, 0), i))
    return [vocabulary.name_of(section, i, language) for i in unique]


def _separator(language: str) -> str:
    return "、" if language == "zh" else ", "


def _colon(language: str) -> str:
    return "：" if language == "zh" else ": "


@dataclass
class _Candidate:
    """What is gathered for one candidate before the columns are ranked."""

    id: int
    name: str
    role_id: str | None
    cards: list[Interview]
    result: CombinedResult
    answers: dict[str, list[list[Answer]]]  # _by_row(cards)

    @cached_property
    def weighted_total(self) -> float | None:
        return _cell(self.answers.get("weighted_total"))[0]


def _rank_key(c: _Candidate) -> tuple:
    return rank_key(c.result.verdict, c.weighted_total, c.result.attitude.score, c.name, c.id)


def _column(c: _Candidate, rank: int | None, roles: dict[str, RoleProfile],
            history: dict[int, Decision], vocabulary: Library, language: str,
            explained: verdict_words.Explained) -> Column:
    result = c.result
    by_time = sorted(c.cards, key=lambda card: (card.submitted_at or "", card.id))
    decision = history.get(c.id)
    quadrant = result.quadrant.value if result.quadrant else None
    notes = [f"{card.interviewer_name}{_colon(language)}{_short(text)}" if card.interviewer_name
             else _short(text)
             for card in by_time for text in (card.decision_reason, card.free_notes)
             if text and text.strip()]
    role = roles.get(c.role_id) if c.role_id else None
    return Column(
        id=c.id, name=c.name, role_id=c.role_id,
        role_name=text_in(role.name, language) if role else "",
        rank=rank, weighted_total=c.weighted_total, attitude=result.attitude.score,
        ability=result.ability.score, quadrant=quadrant,
        quadrant_name=explained.headline.render(language) if quadrant else "",
        knocked_out=result.verdict.knocked_out, provisional=result.verdict.provisional,
        recommended=result.recommended_decision,
        recommendation=explained.recommendation.render(language) if quadrant else "",
        reasons=[m.render(language) for m in explained.reasons],
        decision=decision,
        decision_name=text_in(DECISION_NAMES.get(decision or ""), language) or (decision or ""),
        scorecards=result.count, disagreements=result.disagreements,
        interviewers=list(dict.fromkeys(card.interviewer_name for card in by_time
                                        if card.interviewer_name)),
        red_flags=_names(vocabulary, "red_flags",
                         (f for card in by_time for f in card.red_flags), language),
        boss_types=_names(vocabulary, "boss_types",
                          (card.boss_type for card in by_time if card.boss_type), language),
        team_roles=_names(vocabulary, "team_roles",
                          (card.team_role for card in by_time if card.team_role), language),
        key_notes=notes,
    )


def _score_row(key: str, row_label: str, cells: list[tuple[float | None, bool]]) -> Row:
    values = [value for value, _ in cells]
    return Row(key, row_label, SCORE, values, best_in_row(values),
               {i for i, (_, apart) in enumerate(cells) if apart})


def _facet_rows(ranked: list[_Candidate], vocabulary: Library, language: str) -> list[Row]:
    """Attitude facets, then ability facets, in vocabulary order (unknown ones after)."""
    known = {item["id"]: (n, item["dimension"]) for n, item in enumerate(vocabulary.facets)}
    dimension_of: dict[str, str] = {}
    for c in ranked:
        for card in c.cards:
            for a in card.answers:
                if a.facet and a.dimension and a.counts:
                    dimension_of.setdefault(a.facet, a.dimension)

    def order(facet: str) -> tuple:
        position, dimension = known.get(facet, (None, dimension_of[facet]))
        return (dimension != ATTITUDE, position is None, position or 0, facet)

    return [_score_row(f"facet:{facet}", vocabulary.name_of("facets", facet, language),
                       [_cell(c.answers.get(f"facet:{facet}")) for c in ranked])
            for facet in sorted(dimension_of, key=order)]


def _question_rows(db: Database, ranked: list[_Candidate], language: str) -> list[Row]:
    """Standard questions, then role questions in library order, then questions no longer in
    the library, then ad-hoc questions (as first met)."""
    keys = list(dict.fromkeys(key for c in ranked for key in c.answers
                              if key.startswith(("question:", "adhoc:"))))
    bank = _bank_questions(db, sorted(k.split(":", 1)[1] for k in keys
                                      if k.startswith("question:")))
    first_seen = {key: n for n, key in enumerate(keys)}

    def order(key: str) -> tuple:
        kind, ident = key.split(":", 1)
        q = bank.get(ident) if kind == "question" else None
        if q is None:
            return (3 if kind == "adhoc" else 2, 0, 0, first_seen[key])
        if q.role_id is None:
            return (0, 0, q.position, first_seen[key])
        return (1, q.role_position, q.position, first_seen[key])

    def row_label(key: str) -> str:
        kind, ident = key.split(":", 1)
        q = bank.get(ident) if kind == "question" else None
        return (text_in(q.text, language) if q else "") or ident

    return [_score_row(key, row_label(key), [_cell(c.answers.get(key)) for c in ranked])
            for key in sorted(keys, key=order)]


def _text_rows(columns: list[Column], language: str) -> list[Row]:
    sep, colon = _separator(language), _colon(language)

    def team_fit(col: Column) -> str:
        parts = []
        if col.boss_types:
            parts.append(label("boss_style", language) + colon + sep.join(col.boss_types))
        if col.team_roles:
            parts.append(label("team_role", language) + colon + sep.join(col.team_roles))
        return "\n".join(parts)

    cells = {
        "quadrant": lambda col: col.quadrant_name,
        "recommendation": lambda col: col.recommendation,
        "reasons": lambda col: "\n".join(col.reasons),
        "decision": lambda col: col.decision_name,
        "red_flags": lambda col: sep.join(col.red_flags),
        "team_fit": team_fit,
        "key_notes": lambda col: "\n".join(col.key_notes),
        "interviewers": lambda col: sep.join(col.interviewers),
    }
    return [Row(key, label(key, language), TEXT, [cells[key](col) for col in columns])
            for key in TEXT_ROWS]


def _point_detail(col: Column, language: str) -> str:
    scores = (f"{label('attitude', language)} {col.attitude:.1f} · "
              f"{label('ability', language)} {col.ability:.1f}")
    return "\n".join(p for p in (col.name, col.role_name, col.quadrant_name, scores) if p)


# --- the use case -----------------------------------------------------------------------------
def compare(db: Database, candidate_ids: list[int], language: str = "zh") -> Comparison:
    """Compare 2 to 20 candidates on their submitted scorecards (see the module docstring)."""
    ids = _checked_ids(candidate_ids)
    vocabulary = builtin_vocabulary()
    found = _candidates(db, ids)
    cards = _submitted_scorecards(db, ids)
    # the role whose thresholds place a candidate, as scorecards.candidate_result chooses it
    role_of = {i: found[i][1] or next((s.role_id for s in cards[i] if s.role_id), None)
               for i in ids}
    roles = roles_repo.profiles_of(
        db, {r for r in role_of.values() if r} | {r for _, r in found.values() if r})

    rules = interview_service.RuleBook(db)  # whole roles: their knock-out questions too
    gathered = [
        _Candidate(id=i, name=found[i][0], role_id=found[i][1], cards=cards[i],
                   result=combine(cards[i], rules(role_of[i])), answers=_by_row(cards[i]))
        for i in ids
    ]
    ranked = sorted(gathered, key=_rank_key)
    history = candidate_service.current_decisions(db, ids)
    columns = []
    texts: dict[str | None, dict] = {}  # question texts by role, read once per role
    for position, c in enumerate(ranked, 1):
        rank = position if c.weighted_total is not None else None
        role_id = role_of[c.id]
        if role_id not in texts:
            texts[role_id] = rules.question_texts(role_id)
        explained = verdict_words.explain_result(db, c.result, role_id, texts[role_id])
        columns.append(_column(c, rank, roles, history, vocabulary, language, explained))

    rows = [
        _score_row("weighted_total", label("weighted_total", language),
                   [_cell(c.answers.get("weighted_total")) for c in ranked]),
        *(_score_row(dimension, label(dimension, language),
                     [(getattr(c.result, dimension).score,
                       getattr(c.result, dimension).disagreement) for c in ranked])
          for dimension in (ATTITUDE, ABILITY)),
        *_facet_rows(ranked, vocabulary, language),
        *_question_rows(db, ranked, language),
        *_text_rows(columns, language),
    ]
    points = [Point(col.id, col.name, col.attitude, col.ability, _point_detail(col, language))
              for col in columns if col.attitude is not None and col.ability is not None]
    shared = set(role_of.values())
    common = rules(shared.pop()).thresholds if len(shared) == 1 else Thresholds()
    return Comparison(language=language, columns=columns, rows=rows, points=points,
                      thresholds=common)


# --- the best of a role -----------------------------------------------------------------------
def best_of_role(db: Database, role_id: str, limit: int = MAX_CANDIDATES) -> list[int]:
    """The role's candidates with a submitted scorecard, in the order compare() ranks them
    (_rank_key over the same data: domain.ranking.rank_key), at most `limit`:
    what the Compare screen, the Reports screen and the command line compare for a role."""
    roles = roles_repo.profiles_of(db, {role_id})
    if role_id not in roles:
        raise NotFoundError("role.not_found", role_id=role_id)
    rules = interview_service.rules_for(db, role_id)
    ids = candidates_repo.ids_of_role_with_interviews(db, role_id, "submitted")
    best: list[_Candidate] = []
    for chunk in _chunks(ids):
        found = _candidates(db, chunk)
        cards = _submitted_scorecards(db, chunk)
        gathered = [_Candidate(id=i, name=found[i][0], role_id=found[i][1], cards=cards[i],
                               result=combine(cards[i], rules), answers=_by_row(cards[i]))
                    for i in chunk]
        best = sorted(best + gathered, key=_rank_key)[:limit]
    return [c.id for c in best]
