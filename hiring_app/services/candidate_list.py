"""The candidate list: one row per candidate with what the list shows, read in a few queries,
then filtered and sorted in memory (fast enough per keystroke at 10,000 candidates). Names and
labels are spelled out in pinyin once, when the list loads (domain/spelling.py): names sort as
a pinyin A→Z list and are found by their pinyin or its initials."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from hiring_app.domain.code_names import CHANNEL_NAMES
from hiring_app.domain.codes import Decision, Status
from hiring_app.domain.library import LANGUAGES, text_in
from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE, Knockout, Quadrant, Rules, judge
from hiring_app.domain.spelling import Query, Spelled
from hiring_app.services.interviews import RuleBook
from hiring_app.services.pinyin import spell_label, spell_name
from hiring_app.storage import candidates_repo, list_evidence_repo, roles_repo, team_repo
from hiring_app.storage.database import stored

COLUMNS = ("name", "role", "status", "channel", "last_interview", "attitude", "ability",
           "quadrant", "decision", "interviewers")
# Where a search found a row: in a column (name, role, interviewers) or in the notes (the
# candidate's, the interviews' and the answers').
PLACES = ("name", "role", "interviewers", "notes")
_NOT_SPELLED = Spelled("", "")


@dataclass(slots=True)  # no dict per row: 100,000 of them are kept while the list is shown
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
    spelled: Spelled = field(repr=False, default=_NOT_SPELLED)  # the name in pinyin
    interviewers_key: str = field(repr=False, default="")  # their names in pinyin order
    role_keys: dict[str, str] = field(repr=False, default_factory=dict)  # per language
    role_search: dict[str, str] = field(repr=False, default_factory=dict)  # per language
    position_id: int | None = None  # the open position they applied to

    @property
    def day(self) -> str:
        """The local date of the last interview (else of the record), for date filters: found
        when a date filter asks (the time zone's rules take a while per row)."""
        return local_day(self.last_interview or self.created_at)


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


def load_rows(db: Database, limit: int | None = None, spelling: bool = True,
              remake: bool = True) -> list[CandidateRow]:
    """Every candidate with the verdict of their submitted scorecards, as
    scorecards.candidate_result gives it (domain.matrix.judge over the same evidence;
    tests/unit/services/test_agreement.py keeps the two equal). The evidence comes from the
    rows kept per candidate (storage/list_evidence_repo.py), remade first where stale (on a
    database that cannot be written now, the stale ones are made for this read only); a
    database without those rows gives it from its tables, in a few queries.
    `limit`: only the first so many candidates by id. `spelling=False`: the names' and roles'
    pinyin keys are left out (a listing that neither sorts nor searches by them).
    `remake` False: the stale rows are made for this read only, not kept."""
    if remake:
        refresh(db)
    if list_evidence_repo.usable(db):
        return _rows(db, kept_evidence(list_evidence_repo.list_rows(db, limit)),
                     spelling, remember=limit is None)
    rows = _rows(db, _summed_evidence(db), spelling)
    return rows if limit is None else sorted(rows, key=lambda r: r.id)[:limit]


def _spell(name: str) -> Spelled:
    return spell_name(name)


def refresh(db: Database, most: int | None = None) -> bool:
    """Remake the list's kept rows where stale (names spelled in pinyin for their order and
    search; `most`: only the first so many); False when the file cannot be written now."""
    return list_evidence_repo.refresh(db, _spell, most)


# (id, name, role id, status, channel, created at, notes, position id, last interview,
#  attitude, ability, decision, every note joined, answered per dimension,
#  [(interviewer, question id, score)] scored low, [(interviewer, [red flag ids])],
#  [interviewers by interview])
Evidence = tuple


class _LowScores(str):
    """The low scores kept as JSON, read only for a role with a knock-out question among
    them (most rows' low scores are on other questions)."""

    def knockouts(self, questions) -> list:
        if not any(question in self for question in questions):
            return []
        return json.loads(self)


def kept_evidence(kept_rows: Iterable[tuple]):
    """The evidence of rows as list_evidence_repo reads them."""
    loads = json.loads
    names: dict[str, tuple[str, ...]] = {}  # the same interviewers in many rows: read once
    for (candidate_id, name, role_id, status, channel, created_at, notes, position_id, last,
         attitude, ability, decision, interview_notes, answer_notes, answered_attitude,
         answered_ability, low, flags, interviewers) in kept_rows:
        answered = {}
        if answered_attitude:
            answered["attitude"] = answered_attitude
        if answered_ability:
            answered["ability"] = answered_ability
        if interviewers not in names:
            names[interviewers] = tuple(loads(interviewers)) if interviewers else ()
        yield (candidate_id, name, role_id, status, channel, created_at, position_id, last,
               attitude, ability, decision, (notes, interview_notes, answer_notes), answered,
               _LowScores(low) if low and low != "[]" else (),
               [(who, stored(ticked, list, [])) for who, ticked in loads(flags)]
               if flags and flags != "[]" else (),
               names[interviewers])


def _summed_evidence(db: Database):
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
    answer_notes = candidates_repo.answer_notes_by_candidate(db)
    applied = team_repo.positions_by_candidate(db)
    interviewers_of: dict[int, list[str]] = defaultdict(list)
    for candidate_id, interviewer in candidates_repo.interviewers_by_candidate(db):
        interviewers_of[candidate_id].append(interviewer)
    for (candidate_id, name, role_id, status, channel, created_at, notes, last, attitude,
         ability, decision, interview_notes) in candidates_repo.list_rows(db, "submitted"):
        yield (candidate_id, name, role_id, status, channel, created_at,
               applied.get(candidate_id), last, attitude, ability, decision,
               (notes, interview_notes, answer_notes.get(candidate_id)),
               answered.get(candidate_id, {}), low.get(candidate_id, ()),
               flags.get(candidate_id, ()), interviewers_of.get(candidate_id, ()))


# The rules of each role as last read, by a digest of what they are read from: a list loaded
# again after a change to a candidate reads no role again (59 roles' profiles and questions take
# longer to read than 10,000 candidates' evidence).
_RULES_READ: dict[str, dict[str | None, Rules]] = {}


def rules_of(db: Database, remember: bool = True,
             roles: Iterable[str | None] = ()) -> Callable[[str | None], Rules]:
    """Each role's rules by its id (read once per role while they stay the same; `remember`
    False: read for this once, as a command that lists a few candidates and ends; `roles`:
    those read at once, in two queries, rather than one role at a time)."""
    known: dict[str | None, Rules] = {}
    if remember:
        digest = list_evidence_repo.rules_digest(db)
        if digest not in _RULES_READ:
            _RULES_READ.clear()  # only the latest is worth keeping
            _RULES_READ[digest] = {}
        known = _RULES_READ[digest]
    book: list[RuleBook] = []
    wanted = [r for r in roles if r and r not in known]
    if wanted:
        book.append(RuleBook(db))
        book[0].read(wanted)

    def rules(role_id: str | None) -> Rules:
        if role_id not in known:
            if not book:
                book.append(RuleBook(db))
            known[role_id] = book[0](role_id)
        return known[role_id]

    return rules


def _rows(db: Database, evidence, spelling: bool = True,
          remember: bool = True) -> list[CandidateRow]:
    roles: set[str | None] = set()
    if not remember:  # a few candidates: their roles read at once
        evidence = list(evidence)
        roles = {e[2] for e in evidence}
    return make_rows({r["id"]: r for r in roles_repo.role_rows(db)},
                     rules_of(db, remember, roles), evidence, spelling)


def make_rows(roles: dict[str, dict], rules: Callable[[str | None], Rules], evidence,
              spelling: bool = True) -> list[CandidateRow]:
    """The rows of the evidence, each with its verdict by its role's rules."""
    def knockouts(low, flags, role_id: str | None) -> list[Knockout]:
        found = rules(role_id)
        if isinstance(low, _LowScores):
            low = low.knockouts(found.knockout_questions)
        out = [Knockout(question_id, score, interviewer)
               for interviewer, question_id, score in low
               if question_id in found.knockout_questions]
        for interviewer, ticked in flags:
            out += [Knockout(flag, None, interviewer) for flag in dict.fromkeys(ticked)
                    if flag in found.knockout_flags]
        return out

    role_keys = {role_id: {lang: spell_label(text_in(role["name"], lang)).sort_key
                           for lang in LANGUAGES} for role_id, role in roles.items()
                 } if spelling else {}
    role_search = {role_id: {lang: text_in(role["name"], lang).lower() for lang in LANGUAGES}
                   for role_id, role in roles.items()}
    spelled: dict[str, Spelled] = {}  # names repeat: each spelled once per load
    interviewers_keys: dict[str, str] = {}
    rows = []
    for (candidate_id, name, role_id, status, channel, created_at, position_id, last, attitude,
         ability, decision, written_parts, answered, low, flags, by_interview) in evidence:
        role_names = roles[role_id]["name"] if role_id in roles else {}
        # the candidate's own role's rules (scorecards.candidate_result falls back to a
        # scorecard's role for a candidate without one; the list places them by the defaults)
        verdict = judge(attitude, ability, answered, knockouts(low, flags, role_id),
                        rules(role_id).thresholds)
        quadrant = verdict.quadrant
        written = " ".join(n for n in written_parts if n and n.strip())
        search = written.lower()
        if search == written:  # Chinese has no case: one string, not two alike
            search = written
        interviewers = ", ".join(dict.fromkeys(by_interview))
        if not spelling:
            spelled.setdefault(name, _NOT_SPELLED)
        elif name not in spelled:
            spelled[name] = spell_name(name)
        if spelling and interviewers and interviewers not in interviewers_keys:
            interviewers_keys[interviewers] = spell_name(interviewers).sort_key
        rows.append(CandidateRow(
            id=candidate_id, name=name, role_id=role_id, role_names=role_names, status=status,
            channel=channel, created_at=created_at, last_interview=last, attitude=attitude,
            ability=ability, quadrant=quadrant.value if quadrant else None, decision=decision,
            knocked_out=verdict.knocked_out, provisional=verdict.provisional,
            interviewers=interviewers, notes=written, search=search,
            spelled=spelled[name],
            interviewers_key=interviewers_keys.get(interviewers, ""),
            role_keys=role_keys.get(role_id, {}), role_search=role_search.get(role_id, {}),
            position_id=position_id))
    return rows


def matching(rows: list[CandidateRow], wanted: CandidateFilter,
             language: str = "zh") -> list[int]:
    """Indexes of the rows that pass the filter, found as the window finds them (ListIndex)."""
    return ListIndex(rows).search(wanted, language)[0]


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
        place = found_in(row, needle, query, language)
        if place is not None:
            out.append((index, place))
    return out


def found_in(row: CandidateRow, needle: str, query: Query, language: str) -> str | None:
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


def quadrant_place(quadrant: str | None) -> int:
    """A quadrant's place in the matrix from the best down (the quadrant column's order)."""
    return _ORDER["quadrant"].get(quadrant or "", 9)


def value_key(column: str, language: str, roles: dict[str, dict]) -> Callable[[str], Any]:
    """The sort key of one value of a column of few values (role, status, channel, decision),
    as `sort_key` orders the rows by it."""
    if column == "role":
        keys = {role_id: spell_label(text_in(role["name"], language)).sort_key
                for role_id, role in roles.items()}
        return lambda value: keys.get(value) or value
    if column == "channel":
        return lambda value: channel_key(value, language)
    order = _ORDER[column]
    return lambda value: order.get(value, len(order))


# Columns whose sort key is a text alone (empty: last): sorted by it without a tuple per row.
_PLAIN = {
    "name": lambda row, _language: row.spelled.sort_key,
    "last_interview": lambda row, _language: row.last_interview,
    "interviewers": lambda row, _language: row.interviewers_key,
}


def sorted_indexes(rows: list[CandidateRow], indexes: Iterable[int], column: str,
                   descending: bool, language: str) -> list[int]:
    key = sort_key(column, language)
    keyed = [(key(rows[i]), i) for i in indexes]  # each row's key once
    present = [(k, i) for k, i in keyed if k[0] == 0]
    empty = [i for k, i in keyed if k[0] != 0]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [i for _k, i in present] + empty


class ListIndex:
    """The loaded rows laid out for a keystroke at 100,000 candidates: the texts searched are
    joined into one string per column (scanned by str.find and the pinyin pattern in C, not
    row by row in Python), the filters' values have their rows listed per value, and each
    column's sorted order is kept once made. `found` and `sorted_indexes` answer exactly as
    the functions of the same name above (tests/unit/services/test_candidate_list.py checks
    both on the same rows)."""

    _SEP = "\x00"  # between rows in a joined string: never typed, so no match crosses it

    def __init__(self, rows: list[CandidateRow]) -> None:
        self.rows = rows
        self._joined: dict[str, tuple[str, dict[int, int]]] = {}
        self._by_value: dict[str, dict[Any, list[int]]] = {}
        self._orders: dict[tuple[str, bool, str], list[int]] = {}
        self._last: tuple[tuple, str, list[int]] | None = None
        self.position = {row.id: n for n, row in enumerate(rows)}  # candidate id -> row
        self._days: list[str] | None = None

    # --- searching ----------------------------------------------------------------------------
    def _texts(self, what: str) -> tuple[str, dict[int, int]]:
        """One column's searched texts joined, with the row that ends at each separator (made
        on first use)."""
        if what not in self._joined:
            if what == "name":
                texts = [r.name.lower().replace(self._SEP, " ") for r in self.rows]
            elif what == "spelled":
                texts = [r.spelled.search.replace(self._SEP, " ") for r in self.rows]
            else:
                texts = [r.search.replace(self._SEP, " ") for r in self.rows]
            ends, at = {}, -1
            for n, text in enumerate(texts):
                at += len(text) + 1
                ends[at] = n
            self._joined[what] = (self._SEP.join(texts), ends)
        return self._joined[what]

    def _matching(self, what: str, pattern: str) -> list[int]:
        """The rows whose `what` the regular expression finds, each once, in row order: each
        match runs on to its row's end, so the next search starts in the next row."""
        big, ends = self._texts(what)
        return [ends[m.end()] for m in re.finditer(pattern + "[^\x00]*", big)]

    def _containing(self, what: str, needle: str) -> list[int]:
        """The rows whose `what` holds `needle`."""
        return self._matching(what, re.escape(needle))

    def _spelled_as(self, query: Query) -> list[int]:
        """The rows whose name's pinyin or initials the query finds."""
        if query.pattern is None:
            return []
        return self._matching("spelled", query.pattern.pattern)

    def _rows_by(self, column: str) -> dict[Any, list[int]]:
        if column not in self._by_value:
            listed: dict[Any, list[int]] = defaultdict(list)
            for n, row in enumerate(self.rows):
                listed[getattr(row, column)].append(n)
            self._by_value[column] = dict(listed)
        return self._by_value[column]

    def _passing(self, wanted: CandidateFilter) -> list[int] | None:
        """The rows the filters other than the search let through, in row order (None: all)."""
        chosen = [(column, value) for column, value in (
            ("role_id", wanted.role_id or None), ("status", wanted.status or None),
            ("quadrant", wanted.quadrant or None), ("channel", wanted.channel or None),
            ("position_id", wanted.position_id)) if value is not None]
        rows = self.rows
        pool: list[int] | None = None
        if chosen:
            lists = sorted((self._rows_by(c).get(v, []) for c, v in chosen), key=len)
            pool = lists[0]
            for column, value in chosen:
                if self._rows_by(column).get(value, []) is not pool:
                    pool = [i for i in pool if getattr(rows[i], column) == value]
        if wanted.date_from or wanted.date_to:
            low, high = wanted.date_from or "", wanted.date_to or "\uffff"
            if self._days is None:  # the local dates, found once, on the first date filter
                self._days = [row.day for row in rows]
            days = self._days
            pool = [i for i in (range(len(rows)) if pool is None else pool)
                    if low <= days[i] <= high]
        return pool

    def found(self, wanted: CandidateFilter, language: str = "zh") -> list[tuple[int, str | None]]:
        """As `found(rows, wanted, language)`."""
        rows, places = self.search(wanted, language)
        return [(i, places.get(i)) for i in rows]

    def search(self, wanted: CandidateFilter,
               language: str = "zh") -> tuple[list[int], dict[int, str]]:
        """The rows that pass the filter, in row order, and where the search text was found
        (by row; it may hold rows the other filters leave out). A keystroke that adds to the
        end of the text searches only the rows the text before it found."""
        needle = wanted.text.strip().lower()
        pool = self._passing(wanted)
        if not needle:
            self._last = None
            return list(range(len(self.rows))) if pool is None else list(pool), {}
        query = Query(needle)
        others = (wanted.role_id, wanted.status, wanted.quadrant, wanted.channel,
                  wanted.position_id, wanted.date_from, wanted.date_to, language)
        if self._last and self._last[0] == others and needle.startswith(self._last[1]):
            pool = self._last[2]  # typing on: fewer rows, never more
        if self._SEP in needle or (pool is not None and len(pool) * 8 < len(self.rows)):
            places = {}
            for i in range(len(self.rows)) if pool is None else pool:
                place = found_in(self.rows[i], needle, query, language)
                if place is not None:
                    places[i] = place
            rows = list(places)
        else:
            places = self._found_everywhere(needle, query, language)
            rows = sorted(places) if pool is None else [i for i in pool if i in places]
        self._last = (others, needle, rows)
        return rows, places

    def _found_everywhere(self, needle: str, query: Query, language: str) -> dict[int, str]:
        """Where the text is found, by row, over every row (the first place of PLACES)."""
        place = dict.fromkeys(self._containing("notes", needle), "notes")
        for interviewers, rows in self._rows_by("interviewers").items():
            if needle in interviewers.lower():
                place.update(dict.fromkeys(rows, "interviewers"))
        for _role_id, rows in self._rows_by("role_id").items():
            if rows and needle in self.rows[rows[0]].role_search.get(language, ""):
                place.update(dict.fromkeys(rows, "role"))
        place.update(dict.fromkeys(self._spelled_as(query) + self._containing("name", needle),
                                   "name"))
        return place

    def prepare_search(self) -> None:
        """Join the searched texts ahead of the first keystroke that needs them."""
        for what in ("name", "spelled", "notes"):
            self._texts(what)
        for column in ("interviewers", "role_id", "status"):
            self._rows_by(column)

    # --- sorting ------------------------------------------------------------------------------
    def _order(self, column: str, descending: bool, language: str) -> list[int]:
        """Every row in the column's order (made once per column, direction and language): the
        rows with a value sorted by it alone (a stable sort, as `sorted_indexes` sorts by
        (0, value)), then the empty ones in row order."""
        cached = (column, descending, language)
        if cached not in self._orders:
            key = sort_key(column, language)
            values = [key(row) for row in self.rows] if column not in _PLAIN else [
                _PLAIN[column](row, language) for row in self.rows]
            if column in _PLAIN:
                present = [i for i, v in enumerate(values) if v]
                empty = [i for i, v in enumerate(values) if not v]
            else:
                present = [i for i, v in enumerate(values) if v[0] == 0]
                empty = [i for i, v in enumerate(values) if v[0] != 0]
            present.sort(key=values.__getitem__, reverse=descending)
            self._orders[cached] = present + empty
        return self._orders[cached]

    def sorted_indexes(self, indexes: list[int], column: str, descending: bool,
                       language: str) -> list[int]:
        """As `sorted_indexes(rows, indexes, …)`, from the column's order kept once made."""
        order = self._order(column, descending, language)
        if len(indexes) == len(self.rows):
            return list(order)
        shown = bytearray(len(self.rows))
        for i in indexes:
            shown[i] = 1
        return [i for i in order if shown[i]]

    def prepare(self, column: str, language: str) -> None:
        """Make a column's orders ahead of the click that asks for them (both directions)."""
        self._order(column, False, language)
        self._order(column, True, language)
