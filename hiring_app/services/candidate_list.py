"""The candidate list: one row per candidate with what the list shows, read in two queries,
then filtered and sorted in memory (fast enough per keystroke at 10,000 candidates)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from hiring_app.domain.library import LANGUAGES
from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE, Knockout, judge
from hiring_app.services.interviews import RuleBook
from hiring_app.storage import candidates_repo, roles_repo, team_repo

COLUMNS = ("name", "role", "status", "channel", "last_interview", "attitude", "ability",
           "quadrant", "decision", "interviewers")


@dataclass
class CandidateRow:
    id: int
    name: str
    role_id: str | None
    role_names: dict[str, str]
    status: str
    channel: str | None
    created_at: str
    last_interview: str | None
    attitude: float | None
    ability: float | None
    quadrant: str | None       # the verdict's quadrant (turn_down when knocked out)
    decision: str | None
    interviewers: str
    knocked_out: bool = False
    provisional: bool = False  # scored, but not enough evidence for a firm verdict
    search: str = field(repr=False, default="")  # lower-cased name, notes and role names
    day: str = ""  # local date of the last interview (else of the record), for date filters
    position_id: int | None = None  # the open position they applied to


@dataclass
class CandidateFilter:
    text: str = ""
    role_id: str | None = None
    status: str | None = None
    quadrant: str | None = None
    channel: str | None = None
    date_from: str | None = None  # ISO dates, inclusive, on the last interview (else created)
    date_to: str | None = None
    position_id: int | None = None


def local_day(iso: str | None) -> str:
    """The user's local date of a stored UTC time, as YYYY-MM-DD."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().date().isoformat()
    except ValueError:
        return iso[:10]


def load_rows(db: Database) -> list[CandidateRow]:
    """Every candidate with the verdict of their submitted scorecards, as
    scorecards.candidate_result gives it (domain.matrix.judge over the same evidence, read in a
    few queries; tests/unit/services/test_agreement.py keeps the two equal)."""
    roles = {r["id"]: r for r in roles_repo.role_rows(db)}
    rules = RuleBook(db)
    answered: dict[int, dict[str, int]] = defaultdict(dict)
    for candidate_id, dimension, count in candidates_repo.answered_by_candidate(db, "submitted"):
        answered[candidate_id][dimension] = count
    low = defaultdict(list)
    for candidate_id, interviewer, question_id, score in candidates_repo.low_scores(
            db, "submitted", KNOCKOUT_MAX_SCORE):
        low[candidate_id].append((interviewer, question_id, score))
    flags = defaultdict(list)
    for candidate_id, interviewer, ticked in candidates_repo.ticked_flags(db, "submitted"):
        flags[candidate_id].append((interviewer, ticked))

    def knockouts(candidate_id: int, role_id: str | None) -> list[Knockout]:
        found = rules(role_id)
        out = [Knockout(question_id, score, interviewer)
               for interviewer, question_id, score in low.get(candidate_id, ())
               if question_id in found.knockout_questions]
        for interviewer, ticked in flags.get(candidate_id, ()):
            out += [Knockout(flag, None, interviewer) for flag in dict.fromkeys(ticked)
                    if flag in found.knockout_flags]
        return out

    answer_notes = candidates_repo.answer_notes_by_candidate(db)
    applied = team_repo.positions_by_candidate(db)
    interviewers_of: dict[int, list[str]] = defaultdict(list)
    for candidate_id, interviewer in candidates_repo.interviewers_by_candidate(db):
        if interviewer not in interviewers_of[candidate_id]:
            interviewers_of[candidate_id].append(interviewer)
    rows = []
    for (candidate_id, name, role_id, status, channel, created_at, notes, last, attitude,
         ability, decision, interview_notes) in candidates_repo.list_rows(db, "submitted"):
        role_names = roles[role_id]["name"] if role_id in roles else {}
        # the candidate's own role's rules (scorecards.candidate_result falls back to a
        # scorecard's role for a candidate without one; the list places them by the defaults)
        verdict = judge(attitude, ability, answered.get(candidate_id, {}),
                        knockouts(candidate_id, role_id), rules(role_id).thresholds)
        quadrant = verdict.quadrant
        search = " ".join([name, notes or "", interview_notes or "",
                           answer_notes.get(candidate_id, ""),
                           *interviewers_of.get(candidate_id, []),
                           *(role_names.get(k, "") for k in LANGUAGES)]).lower()
        rows.append(CandidateRow(
            id=candidate_id, name=name, role_id=role_id, role_names=role_names, status=status,
            channel=channel, created_at=created_at, last_interview=last, attitude=attitude,
            ability=ability, quadrant=quadrant.value if quadrant else None, decision=decision,
            knocked_out=verdict.knocked_out, provisional=verdict.provisional,
            interviewers=", ".join(interviewers_of.get(candidate_id, [])), search=search,
            day=local_day(last or created_at), position_id=applied.get(candidate_id)))
    return rows


def matching(rows: list[CandidateRow], wanted: CandidateFilter) -> list[int]:
    """Indexes of the rows that pass the filter (substring search, any length, Chinese too)."""
    needle = wanted.text.strip().lower()
    out = []
    for index, row in enumerate(rows):
        if wanted.role_id and row.role_id != wanted.role_id:
            continue
        if wanted.status and row.status != wanted.status:
            continue
        if wanted.quadrant and row.quadrant != wanted.quadrant:
            continue
        if wanted.channel and row.channel != wanted.channel:
            continue
        if wanted.position_id is not None and row.position_id != wanted.position_id:
            continue
        if wanted.date_from or wanted.date_to:
            if (wanted.date_from and row.day < wanted.date_from) or (
                    wanted.date_to and row.day > wanted.date_to):
                continue
        if needle and needle not in row.search:
            continue
        out.append(index)
    return out


def sort_key(column: str, language: str):
    """A key for sorting rows by a column; empty values sort last in either direction."""
    def text(value: str | None) -> tuple[int, str]:
        return (0, value.lower()) if value else (1, "")

    def number(value: float | None) -> tuple[int, float]:
        return (0, value) if value is not None else (1, 0.0)

    keys = {
        "name": lambda r: text(r.name),
        "role": lambda r: text(r.role_names.get(language) or r.role_id),
        "status": lambda r: text(r.status),
        "channel": lambda r: text(r.channel),
        "last_interview": lambda r: text(r.last_interview),
        "attitude": lambda r: number(r.attitude),
        "ability": lambda r: number(r.ability),
        "quadrant": lambda r: text(r.quadrant),
        "decision": lambda r: text(r.decision),
        "interviewers": lambda r: text(r.interviewers),
    }
    return keys[column]


def sorted_indexes(rows: list[CandidateRow], indexes: list[int], column: str,
                   descending: bool, language: str) -> list[int]:
    key = sort_key(column, language)
    present = [i for i in indexes if key(rows[i])[0] == 0]
    empty = [i for i in indexes if key(rows[i])[0] == 1]
    present.sort(key=lambda i: key(rows[i]), reverse=descending)
    return present + empty
