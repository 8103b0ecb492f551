"""The candidate list: one row per candidate with what the list shows, read in a few queries,
then filtered and sorted in memory (fast enough per keystroke at 10,000 candidates). Names and
labels are spelled out in pinyin once, when the list loads (domain/spelling.py): names sort as
a pinyin A→Z list and are found by their pinyin or its initials."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from hiring_app.domain.code_names import CHANNEL_NAMES
from hiring_app.domain.codes import Decision, Status
from hiring_app.domain.library import LANGUAGES, text_in
from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE, Knockout, Quadrant, judge
from hiring_app.domain.spelling import Query, Spelled
from hiring_app.services.interviews import RuleBook
from hiring_app.services.pinyin import spell_label, spell_name
from hiring_app.storage import candidates_repo, roles_repo, team_repo

COLUMNS = ("name", "role", "status", "channel", "last_interview", "attitude", "ability",
           "quadrant", "decision", "interviewers")
# Where a search found a row: in a column (name, role, interviewers) or in the notes (the
# candidate's, the interviews' and the answers').
PLACES = ("name", "role", "interviewers", "notes")
_NOT_SPELLED = Spelled("", "")


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
    notes: str = field(repr=False, default="")  # every note about them, as written
    search: str = field(repr=False, default="")  # the notes in lower case, searched per key
    day: str = ""  # local date of the last interview (else of the record), for date filters
    spelled: Spelled = field(repr=False, default=_NOT_SPELLED)  # the name in pinyin
    interviewers_key: str = field(repr=False, default="")  # their names in pinyin order
    role_keys: dict[str, str] = field(repr=False, default_factory=dict)  # per language
    role_search: dict[str, str] = field(repr=False, default_factory=dict)  # per language
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
    role_keys = {role_id: {lang: spell_label(text_in(role["name"], lang)).sort_key
                           for lang in LANGUAGES} for role_id, role in roles.items()}
    role_search = {role_id: {lang: text_in(role["name"], lang).lower() for lang in LANGUAGES}
                   for role_id, role in roles.items()}
    rows = []
    for (candidate_id, name, role_id, status, channel, created_at, notes, last, attitude,
         ability, decision, interview_notes) in candidates_repo.list_rows(db, "submitted"):
        role_names = roles[role_id]["name"] if role_id in roles else {}
        # the candidate's own role's rules (scorecards.candidate_result falls back to a
        # scorecard's role for a candidate without one; the list places them by the defaults)
        verdict = judge(attitude, ability, answered.get(candidate_id, {}),
                        knockouts(candidate_id, role_id), rules(role_id).thresholds)
        quadrant = verdict.quadrant
        written = " ".join(n for n in (notes, interview_notes, answer_notes.get(candidate_id))
                           if n and n.strip())
        interviewers = ", ".join(interviewers_of.get(candidate_id, []))
        rows.append(CandidateRow(
            id=candidate_id, name=name, role_id=role_id, role_names=role_names, status=status,
            channel=channel, created_at=created_at, last_interview=last, attitude=attitude,
            ability=ability, quadrant=quadrant.value if quadrant else None, decision=decision,
            knocked_out=verdict.knocked_out, provisional=verdict.provisional,
            interviewers=interviewers, notes=written, search=written.lower(),
            day=local_day(last or created_at), spelled=spell_name(name),
            interviewers_key=spell_name(interviewers).sort_key if interviewers else "",
            role_keys=role_keys.get(role_id, {}), role_search=role_search.get(role_id, {}),
            position_id=applied.get(candidate_id)))
    return rows


def matching(rows: list[CandidateRow], wanted: CandidateFilter,
             language: str = "zh") -> list[int]:
    """Indexes of the rows that pass the filter."""
    return [index for index, _place in found(rows, wanted, language)]


def found(rows: list[CandidateRow], wanted: CandidateFilter,
          language: str = "zh") -> list[tuple[int, str | None]]:
    """The rows that pass the filter, each with where the search text was found (one of
    PLACES, the first in that order; None without a search text). The text is found as typed,
    in any case, one Chinese character too, in the name, the role's name in `language`, the
    interviewers' names and the notes; and in a name's pinyin or initials (domain/spelling.py)."""
    needle = wanted.text.strip().lower()
    query = Query(needle) if needle else None
    out: list[tuple[int, str | None]] = []
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
        if query is None:
            out.append((index, None))
            continue
        place = _found_in(row, needle, query, language)
        if place is not None:
            out.append((index, place))
    return out


def _found_in(row: CandidateRow, needle: str, query: Query, language: str) -> str | None:
    if needle in row.name.lower() or query.finds(row.spelled):
        return "name"
    if needle in row.role_search.get(language, ""):
        return "role"
    if needle in row.interviewers.lower():
        return "interviewers"
    if needle in row.search:
        return "notes"
    return None


def excerpt(row: CandidateRow, text: str, width: int = 40) -> str:
    """The words around where `text` is found in the row's notes, as written ("" when it is
    not there), to show why a row matched."""
    needle = text.strip().lower()
    at = row.search.find(needle) if needle else -1
    if at < 0:
        return ""
    source = row.notes if len(row.notes) == len(row.search) else row.search
    start = max(0, at - (width - len(needle)) // 2)
    end = min(len(source), start + max(width, len(needle)))
    start = max(0, min(start, end - width))
    shown = " ".join(source[start:end].split())
    return ("…" if start > 0 else "") + shown + ("…" if end < len(source) else "")


# Columns with an order of their own, the same in every language: the pipeline, the matrix from
# the best quadrant down, the decisions from hire to reject.
_ORDER: dict[str, dict[str, int]] = {
    "status": {code.value: n for n, code in enumerate(Status)},
    "quadrant": {code.value: n for n, code in enumerate(Quadrant)},
    "decision": {code.value: n for n, code in enumerate(Decision)},
}


def channel_key(code: str, language: str) -> str:
    """A channel's place in a list sorted by its name in `language` (pinyin A→Z in Chinese)."""
    names = CHANNEL_NAMES.get(code)
    return spell_label(names[language] if names else code).sort_key


def sort_key(column: str, language: str):
    """A key for sorting rows by a column; empty values sort last in either direction. Names,
    roles and channels sort by what the list shows in `language`, Chinese by pinyin."""
    def text(value: str | None) -> tuple[int, str]:
        return (0, value) if value else (1, "")

    def number(value: float | None) -> tuple[int, float]:
        return (0, value) if value is not None else (1, 0.0)

    def ordered(kind: str):
        order = _ORDER[kind]
        return lambda r: ((0, order.get(getattr(r, kind), len(order)))
                          if getattr(r, kind) else (1, 0))

    keys = {
        "name": lambda r: text(r.spelled.sort_key),
        "role": lambda r: text(r.role_keys.get(language) or r.role_id),
        "status": ordered("status"),
        "channel": lambda r: text(channel_key(r.channel, language) if r.channel else None),
        "last_interview": lambda r: text(r.last_interview),
        "attitude": lambda r: number(r.attitude),
        "ability": lambda r: number(r.ability),
        "quadrant": lambda r: ((0, _ORDER["quadrant"].get(r.quadrant, 9), r.knocked_out,
                                r.provisional) if r.quadrant else (1, 0, False, False)),
        "decision": ordered("decision"),
        "interviewers": lambda r: text(r.interviewers_key),
    }
    return keys[column]


def sorted_indexes(rows: list[CandidateRow], indexes: list[int], column: str,
                   descending: bool, language: str) -> list[int]:
    key = sort_key(column, language)
    keyed = [(key(rows[i]), i) for i in indexes]  # each row's key once
    present = [(k, i) for k, i in keyed if k[0] == 0]
    empty = [i for k, i in keyed if k[0] != 0]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [i for _k, i in present] + empty
