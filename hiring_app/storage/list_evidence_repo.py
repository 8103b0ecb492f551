"""What the candidate list needs from each candidate's interviews, answers and history, kept in
one row per candidate (`list_evidence`) so that opening the list reads one table instead of
summing two million answers. Triggers (migration m006) mark a candidate stale whenever anything
the row is made from is written, by any program; `refresh` remakes the stale rows in one
statement. A reader that cannot write (a read-only open) never needs to: `fresh` says whether
the rows can be used as they are, and the list is otherwise made from the tables themselves."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE
from hiring_app.domain.spelling import SEARCH_VERSION, Spelled, index_words
from hiring_app.errors import StorageWriteError

SCORED_STATE = "submitted"  # the interviews whose scores count (services.candidate_list)
# What the rows were made with: stored beside them, so rows made otherwise are made again.
RECIPE = f"2|{SCORED_STATE}|{KNOCKOUT_MAX_SCORE}|{SEARCH_VERSION}"
# How a name is spelled for sorting and searching (services/pinyin.py spell_name): given by
# the caller, as the storage knows nothing of pinyin.
Speller = Callable[[str], Spelled]

_STALE = """
SELECT c.id,
  (SELECT MAX(i.started_at) FROM interviews i WHERE i.candidate_id = c.id),
  (SELECT AVG(i.attitude_score) FROM interviews i WHERE i.candidate_id = c.id
     AND i.state = :state),
  (SELECT AVG(i.ability_score) FROM interviews i WHERE i.candidate_id = c.id
     AND i.state = :state),
  (SELECT h.decision FROM status_history h WHERE h.candidate_id = c.id
     AND h.decision IS NOT NULL ORDER BY h.id DESC LIMIT 1),
  (SELECT GROUP_CONCAT(n, ' ') FROM (SELECT i.listen_notes || ' ' || i.free_notes || ' '
     || i.decision_reason AS n FROM interviews i WHERE i.candidate_id = c.id ORDER BY i.id)),
  (SELECT GROUP_CONCAT(n, ' ') FROM (SELECT a.notes AS n FROM interviews i
     JOIN answers a ON a.interview_id = i.id WHERE i.candidate_id = c.id AND a.notes != ''
     ORDER BY i.id, a.position, a.id)),
  (SELECT COUNT(*) FROM interviews i JOIN answers a ON a.interview_id = i.id
     WHERE i.candidate_id = c.id AND i.state = :state AND a.skipped = 0
     AND a.score IS NOT NULL AND a.weight > 0 AND a.weight <= 1e308
     AND a.dimension = 'attitude'),
  (SELECT COUNT(*) FROM interviews i JOIN answers a ON a.interview_id = i.id
     WHERE i.candidate_id = c.id AND i.state = :state AND a.skipped = 0
     AND a.score IS NOT NULL AND a.weight > 0 AND a.weight <= 1e308
     AND a.dimension = 'ability'),
  (SELECT json_group_array(json_array(who, question, score)) FROM (
     SELECT COALESCE(w.name, '') AS who, a.question_id AS question, a.score AS score
     FROM interviews i JOIN answers a ON a.interview_id = i.id
     LEFT JOIN interviewers w ON w.id = i.interviewer_id
     WHERE i.candidate_id = c.id AND i.state = :state AND a.skipped = 0
     AND a.score <= :at_most AND a.dimension IS NOT NULL ORDER BY i.id, a.position)),
  (SELECT json_group_array(json_array(who, flags)) FROM (
     SELECT COALESCE(w.name, '') AS who, i.red_flags AS flags FROM interviews i
     LEFT JOIN interviewers w ON w.id = i.interviewer_id
     WHERE i.candidate_id = c.id AND i.state = :state AND i.red_flags != '[]'
     ORDER BY i.id)),
  (SELECT json_group_array(who) FROM (SELECT w.name AS who FROM interviews i
     JOIN interviewers w ON w.id = i.interviewer_id WHERE i.candidate_id = c.id
     ORDER BY i.id)){names}
FROM candidates c WHERE c.id IN ({chosen})
"""
_MADE = ("candidate_id, last_interview, attitude, ability, decision, interview_notes,"
         " answer_notes, answered_attitude, answered_ability, low_scores, flags, interviewers,"
         " name_key, name_search")
_MAKE = f"INSERT OR REPLACE INTO list_evidence ({_MADE}) " + _STALE.replace(
    "{names}", ", list_name_key(c.name), list_name_search(c.name)")
# The names of the interviewers as the list shows them (each once, in the order they first
# interviewed) and their sort key, then the words the search index holds.
_SHOWN = """
UPDATE list_evidence SET interviewers_shown = list_names_shown(interviewers),
    interviewers_key = list_name_key(list_names_shown(interviewers))
WHERE candidate_id IN ({chosen})
"""
_UNINDEX = "DELETE FROM list_search WHERE rowid IN ({chosen})"
_INDEX = """
INSERT INTO list_search (rowid, notes, interviewers)
SELECT c.id, list_words(c.notes || ' ' || COALESCE(e.interview_notes, '') || ' '
                  || COALESCE(e.answer_notes, '')),
       list_words(e.interviewers_shown)
FROM candidates c JOIN list_evidence e ON e.candidate_id = c.id
WHERE c.id IN ({chosen})
"""
_MADE_NOW = "DELETE FROM list_stale WHERE candidate_id IN ({chosen})"
_EVERY_STALE = "SELECT candidate_id FROM list_stale"
_FIRST_STALE = "SELECT candidate_id FROM list_stale ORDER BY candidate_id LIMIT {most}"

_READ = """
SELECT c.id, c.name, c.role_id, c.status, c.channel, c.created_at, c.notes, c.position_id,
       e.last_interview, e.attitude, e.ability, e.decision, e.interview_notes, e.answer_notes,
       e.answered_attitude, e.answered_ability, e.low_scores, e.flags, e.interviewers
FROM candidates c LEFT JOIN list_evidence e ON e.candidate_id = c.id
"""


def _kept(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                      " AND name = 'list_evidence'").fetchone()[0] > 0


def searchable(db: Database) -> bool:
    """True when the file holds the list's search index (SQLite's FTS5 was there to make it)."""
    return db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'list_search'"
                      ).fetchone()[0] > 0


def _names_shown(names: str | None) -> str:
    return ", ".join(dict.fromkeys(json.loads(names))) if names else ""


def register(db: Database, speller: Speller) -> None:
    """Give this connection the functions the rows are made with (names spelled by `speller`,
    the words indexed as domain/spelling.py cuts them)."""
    conn = db.conn
    conn.create_function("list_name_key", 1, lambda text: speller(text or "").sort_key,
                         deterministic=True)
    conn.create_function("list_name_search", 1, lambda text: speller(text or "").search,
                         deterministic=True)
    conn.create_function("list_names_shown", 1, _names_shown, deterministic=True)
    conn.create_function("list_words", 1, lambda text: index_words(text or ""),
                         deterministic=True)


def usable(db: Database) -> bool:
    """True when the rows kept were made by this recipe (stale ones or not)."""
    if not _kept(db):
        return False
    made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
    return bool(made_with and made_with[0] == RECIPE)


def fresh(db: Database) -> bool:
    """True when every candidate's row is up to date (nothing stale, made by this recipe)."""
    if not _kept(db):
        return False
    made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
    return bool(made_with and made_with[0] == RECIPE
                and db.execute("SELECT NOT EXISTS (SELECT 1 FROM list_stale)").fetchone()[0])


def mark_all_stale(db: Database) -> None:
    db.execute("INSERT OR IGNORE INTO list_stale SELECT id FROM candidates")


def opened_to_read(db: Database) -> bool:
    """True on a connection opened only to read (nothing of the list can be made on it)."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def stale_count(db: Database) -> int:
    """How many candidates' rows are to be made again (every one's, made by another recipe)."""
    if not _kept(db):
        return 0
    made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
    if not made_with or made_with[0] != RECIPE:
        return db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    return db.execute("SELECT count(*) FROM list_stale").fetchone()[0]


def refresh(db: Database, speller: Speller, most: int | None = None) -> bool:
    """Remake the stale rows (every row when made by another recipe), in one transaction;
    `most`: only so many (the lowest ids), for work done a part at a time. False, changing
    nothing, when the file cannot be written now (read-only, locked)."""
    if not _kept(db):
        return False
    if fresh(db):  # nothing to remake: no write transaction for a read
        return True
    if opened_to_read(db):
        return False
    register(db, speller)
    try:
        with db.atomic():
            made_with = db.execute("SELECT recipe FROM list_evidence_recipe").fetchone()
            if not made_with or made_with[0] != RECIPE:
                mark_all_stale(db)
                db.execute("DELETE FROM list_evidence_recipe")
                db.execute("INSERT INTO list_evidence_recipe (recipe) VALUES (?)", [RECIPE])
            make_stale(db, most)
    except (sqlite3.OperationalError, StorageWriteError):  # read-only or busy: the list is
        return False  # made for this read only, from the tables
    return True


def make_stale(db: Database, most: int | None = None) -> None:
    """Make the stale rows (`most`: the first so many by id), a statement for each part, and
    mark them made."""
    if db.execute("SELECT EXISTS (SELECT 1 FROM list_stale)").fetchone()[0]:
        chosen = _EVERY_STALE if most is None else _FIRST_STALE.format(most=int(most))
        db.execute(_MAKE.format(chosen=chosen),
                   {"state": SCORED_STATE, "at_most": KNOCKOUT_MAX_SCORE})
        db.execute(_SHOWN.format(chosen=chosen))
        if searchable(db):
            db.execute(_UNINDEX.format(chosen=chosen))
            db.execute(_INDEX.format(chosen=chosen))
        db.execute(_MADE_NOW.format(chosen=chosen))


def rules_digest(db: Database) -> str:
    """A digest of everything the verdicts' rules are read from (every role's profile and
    every question, the standard ones too): equal digests, equal rules."""
    digest = hashlib.blake2b(digest_size=16)
    for (data,) in db.execute("SELECT id || char(31) || data FROM roles ORDER BY id"):
        digest.update(data.encode())
    for row in db.execute("SELECT id, role_id, position, dimension, facet, weight, data"
                          " FROM questions ORDER BY id"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def list_rows(db: Database, limit: int | None = None) -> list[tuple]:
    """One tuple per candidate by id: (id, name, role id, status, channel, created at, notes,
    position id, last interview, mean attitude, mean ability, last decision, interviews'
    notes, answers' notes, answers counted per dimension (attitude, ability), low scores
    [[interviewer, question, score]], red flags [[interviewer, flags JSON]], interviewers
    [names by interview]); the stale ones made afresh, as `refresh` would, without writing.
    Only meaningful when `usable`. `limit`: the first so many by id."""
    first = f" LIMIT {int(limit)}" if limit is not None else ""
    rows = db.execute(_READ + " ORDER BY c.id" + first).fetchall()
    chosen = _EVERY_STALE if limit is None else (
        f"{_EVERY_STALE} WHERE candidate_id IN (SELECT id FROM candidates ORDER BY id{first})")  # noqa: S608 (an int)
    made = {row[0]: row[1:] for row in db.execute(
        _STALE.format(chosen=chosen, names=""),
        {"state": SCORED_STATE, "at_most": KNOCKOUT_MAX_SCORE}).fetchall()}
    if made:
        rows = [row[:8] + made[row[0]] if row[0] in made else row for row in rows]
    return rows


def rows_of(db: Database, ids: list[int]) -> list[tuple]:
    """The rows of these candidates, as `list_rows` gives them (kept rows only: used when
    none is stale)."""
    marks = ", ".join("?" * len(ids))
    return db.execute(_READ + f" WHERE c.id IN ({marks})", ids).fetchall()


# --- the list asked of SQL (services/list_source.py KeptList) ----------------------------------
# Ids come back as one comma-separated text: far quicker than a row per id at 100,000.
_FROM = "candidates c JOIN list_evidence e ON e.candidate_id = c.id"
# Columns ordered by their kept value: (the value, the condition of having one).
ORDERED = {
    "name": ("e.name_key", "e.name_key != ''"),
    "last_interview": ("e.last_interview", "COALESCE(e.last_interview, '') != ''"),
    "attitude": ("e.attitude", "e.attitude IS NOT NULL"),
    "ability": ("e.ability", "e.ability IS NOT NULL"),
    "interviewers": ("e.interviewers_key", "e.interviewers_key != ''"),
}
# Columns of few values, each value's place given by the caller.
RANKED = {"role": "c.role_id", "status": "c.status", "channel": "c.channel",
          "decision": "e.decision"}
FILTERED = {"role_id": "role_id", "status": "status", "channel": "channel",
            "position_id": "position_id"}


def ids_with(db: Database, column: str, value: object) -> str | None:
    """The candidates whose `column` (one of FILTERED) is `value`."""
    return db.execute(f"SELECT group_concat(id) FROM candidates WHERE {FILTERED[column]} = ?",  # noqa: S608 (a name from FILTERED)
                      [value]).fetchone()[0]


# The local day of a stored time, as candidate_list.local_day says it: a time with its offset
# (as the app writes them) in the local time zone, any other by its first ten characters.
_LOCAL_DAY = """COALESCE(CASE WHEN {v} GLOB '*[+-][0-9][0-9]:[0-9][0-9]' OR {v} GLOB '*Z'
    THEN date({v}, 'localtime') END, substr({v}, 1, 10))"""


def ids_on_days(db: Database, first: str, last: str) -> str | None:
    """The candidates whose last interview (else their record) is on a local day between."""
    day = _LOCAL_DAY.format(v="COALESCE(NULLIF(e.last_interview, ''), c.created_at)")
    return db.execute(
        f"SELECT group_concat(c.id) FROM {_FROM} WHERE {day} BETWEEN ? AND ?",  # noqa: S608 (constant)
        [first, last]).fetchone()[0]


def ids_matching(db: Database, phrase: str) -> str | None:
    """The candidates the search index finds for an FTS5 query."""
    return db.execute("SELECT group_concat(rowid) FROM list_search WHERE list_search MATCH ?",
                      [phrase]).fetchone()[0]


def ids_by_id(db: Database) -> str | None:
    return db.execute("SELECT group_concat(id) FROM (SELECT id FROM candidates ORDER BY id)"
                      ).fetchone()[0]


def ids_ordered(db: Database, column: str, descending: bool,
                ranks: dict[str, int] | None = None) -> tuple[str | None, str | None]:
    """The candidates with a value in the column by it (equal ones by id), then those
    without, by id. `ranks`: each value's place, for a column of RANKED."""
    way = "DESC" if descending else "ASC"
    params: list = []
    tables, ident = _FROM, "c.id"
    if column in ORDERED:  # kept values alone (every candidate has its row when fresh)
        (value, present), tables, ident = ORDERED[column], "list_evidence e", "e.candidate_id"
    else:
        ranks = ranks or {}
        cases = " ".join("WHEN ? THEN ?" for _ in ranks)
        params = [x for pair in ranks.items() for x in pair]
        value = f"(CASE {RANKED[column]} {cases} ELSE {len(ranks)} END)" if ranks else "NULL"
        present = f"COALESCE({RANKED[column]}, '') != ''"
    first = db.execute(
        f"SELECT group_concat(i) FROM (SELECT {ident} AS i FROM {tables} WHERE {present}"  # noqa: S608 (constants)
        f" ORDER BY {value} {way}, {ident})", params).fetchone()[0]
    last = db.execute(
        f"SELECT group_concat(i) FROM (SELECT {ident} AS i FROM {tables}"  # noqa: S608 (constants)
        f" WHERE NOT ({present}) ORDER BY {ident})").fetchone()[0]
    return first, last


def values_of(db: Database, column: str) -> list[str]:
    """The values a column of RANKED holds (empty ones left out)."""
    return [v for (v,) in db.execute(f"SELECT DISTINCT {RANKED[column]} FROM {_FROM}") if v]  # noqa: S608 (constant)


def names_and_spellings(db: Database) -> tuple[str, str]:
    """Every candidate's name, and their name spelled for the pinyin search, each followed by
    \x01 and their id, the candidates apart by \x00 (taken out of the names: neither is in a
    name as shown)."""
    names, spelled = [], []
    for candidate_id, name, spelling in db.execute(
            f"SELECT c.id, c.name, e.name_search FROM {_FROM}"):  # noqa: S608 (constant)
        names.append(f"{name.replace(chr(0), ' ').replace(chr(1), ' ')}\x01{candidate_id}")
        spelled.append(f"{spelling}\x01{candidate_id}")
    return "\x00".join(names), "\x00".join(spelled)


def name_spelling(db: Database, candidate_id: int) -> str:
    """A candidate's name spelled for the pinyin search."""
    row = db.execute("SELECT name_search FROM list_evidence WHERE candidate_id = ?",
                     [candidate_id]).fetchone()
    return row[0] if row else ""


def counted(db: Database) -> tuple[int, int, int]:
    """How many candidates there are, the lowest and the highest id (0s without any)."""
    return db.execute("SELECT count(*), COALESCE(MIN(id), 0), COALESCE(MAX(id), 0)"
                      " FROM candidates").fetchone()


def exists(db: Database, candidate_id: int) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM candidates WHERE id = ?)",
                      [candidate_id]).fetchone()[0] == 1


def sample_names(db: Database, most: int, total: int) -> list[str]:
    """About `most` names spread over the `total` candidates (to fit a column's width)."""
    every = max(1, total // most)
    return [name for (name,) in db.execute(
        "SELECT name FROM candidates WHERE id % ? = 0 LIMIT ?", [every, most])]


# The rows as `rows_of` reads them, without what no verdict needs (names' and notes' texts).
_READ_FOR_VERDICTS = """
SELECT c.id, '', c.role_id, c.status, c.channel, c.created_at, '', c.position_id,
       e.last_interview, e.attitude, e.ability, e.decision, NULL, NULL,
       e.answered_attitude, e.answered_ability, e.low_scores, e.flags, '[]'
FROM candidates c LEFT JOIN list_evidence e ON e.candidate_id = c.id
WHERE c.id > ? ORDER BY c.id LIMIT ?
"""


def rows_for_verdicts(db: Database, after: int, most: int) -> list[tuple]:
    """The next `most` candidates after id `after`, with what their verdicts are made from."""
    return db.execute(_READ_FOR_VERDICTS, [after, most]).fetchall()
