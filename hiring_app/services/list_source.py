"""The candidate list as the window shows it, at any size: which candidates a filter lets
through and in which order, and each shown row's content when it comes into sight.

`open_list` gives one of two sources with the same questions:
- `KeptList` (the usual one): everything is asked of SQLite over the rows kept per candidate
  (storage/list_evidence_repo.py: sort keys, evidence, a search index of the notes' and the
  interviewers' words), so 100,000 candidates open without loading them; the model holds
  candidate ids and reads the rows in sight, a block at a time. Names (and their pinyin) are
  searched in one string of them all, read once.
- `LoadedList`: every row loaded (candidate_list.load_rows) and searched in memory
  (candidate_list.ListIndex), for a file whose kept rows are stale and cannot be remade now (opened
  to read only) or made without SQLite's FTS5.

Both answer in candidate ids; the verdict of each row is made by candidate_list's one recipe.
"""
from __future__ import annotations

import array
import functools
import itertools
import json
import operator
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeAlias, overload

from sqlite_utils import Database

from hiring_app.domain.library import text_in
from hiring_app.domain.spelling import Query, search_phrase
from hiring_app.errors import StorageWriteError
from hiring_app.i18n import Message
from hiring_app.services import candidate_list
from hiring_app.services.candidate_list import (
    PLACES,
    CandidateFilter,
    CandidateRow,
    ListIndex,
)
from hiring_app.storage import list_evidence_repo, roles_repo
from hiring_app.storage.database import connect_held

Ids = Sequence[int]
EVERY: Ids = range(0)  # a search that lets every candidate through
BLOCK = 150  # rows read at once when one comes into sight
KEPT_ROWS = 4000  # rows kept read (a few screens' worth either way)
VERDICT_STEP = 1000  # verdicts made per idle step (about 25 ms at a time)


class Picked(Sequence[int]):
    """The candidates found, in an order: picked from the whole order as far as asked for
    (the rows in sight need the first few; a keystroke does not wait for the rest)."""

    def __init__(self, order: array.array, found: Found) -> None:
        self._order, self._mask, self._count = order, found.mask, found.count
        self._picked = array.array("q")
        self._scanned = 0

    def _pick_to(self, wanted: int) -> None:
        """Pick until `wanted` are picked (or the whole order is scanned)."""
        order, mask, step = self._order, self._mask, 2048
        while len(self._picked) < wanted and self._scanned < len(order):
            part = order[self._scanned:self._scanned + step]
            self._picked.extend(itertools.compress(part, operator.itemgetter(*part)(mask))
                                if len(part) > 1 else [i for i in part if mask[i]])
            self._scanned += len(part)
            step *= 2

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, at: int) -> int: ...
    @overload
    def __getitem__(self, at: slice) -> Sequence[int]: ...

    def __getitem__(self, at: int | slice) -> int | Sequence[int]:
        if isinstance(at, slice):
            stop = self._count if at.stop is None or at.stop < 0 else at.stop
            self._pick_to(stop if (at.start or 0) >= 0 else self._count)
            return self._picked[at]
        self._pick_to(at + 1 if at >= 0 else self._count)
        if not -self._count <= at < self._count:
            raise IndexError(at)
        return self._picked[at]

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        self._pick_to(self._count)
        return self._picked.index(value, start, *(() if stop is None else (stop,)))

    def __iter__(self) -> Iterator[int]:
        self._pick_to(self._count)
        return iter(self._picked)


Matched: TypeAlias = "Sequence[int] | Found"  # what a search lets through (EVERY: everyone)


class ListSource(Protocol):
    total: int

    def search(self, wanted: CandidateFilter, language: str) -> Matched: ...
    def ordered(self, found: Matched, column: str | None, descending: bool,
                language: str) -> Ids: ...
    def row(self, candidate_id: int, near: Ids = ()) -> CandidateRow: ...
    def place(self, candidate_id: int, text: str, language: str) -> str | None: ...
    def has(self, candidate_id: int) -> bool: ...
    def names(self, most: int) -> list[str]: ...
    def steps(self, columns: Sequence[str], language: str) -> list[Callable[[], object]]: ...


# More stale rows than this (a file from before the rows were kept, a large import) are made
# beside the window, a part at a time (`ListPreparation`): about a second per 4,000.
PREPARE_BESIDE_ABOVE = 3000
PREPARE_STEP = 2000
PREPARE_TRIES, PREPARE_PAUSE_S = 20, 1.0  # a part refused is tried again after a pause


def needs_preparing(db: Database) -> int:
    """How many rows are to be made beside the window before the list opens (0: none; a file
    opened to read only is listed from its tables instead)."""
    if list_evidence_repo.opened_to_read(db):
        return 0
    stale = list_evidence_repo.stale_count(db)
    return stale if stale > PREPARE_BESIDE_ABOVE else 0


class ListPreparation:
    """Makes the list's stale rows on a thread beside the window, through its own connection,
    a part at a time (each part its own transaction: the window keeps writing meanwhile);
    `progress(made, total)` after each part; `stop()` (from any thread) ends it after the part
    under way. Parts already made stay made."""

    def __init__(self, db_path: Path, progress: Callable[[int, int], None]) -> None:
        self.db_path, self._progress = Path(db_path), progress
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    def run(self) -> bool:
        """True when every row is made, False when stopped first. A part refused (another
        program writing) is tried again a while before giving up."""
        db = connect_held(self.db_path)
        try:
            total = list_evidence_repo.stale_count(db)
            refused = 0
            while not self._stopped.is_set():
                if not candidate_list.refresh(db, PREPARE_STEP):
                    refused += 1
                    if refused > PREPARE_TRIES:
                        raise StorageWriteError("write.failed", reason=Message("write.busy"))
                    self._stopped.wait(PREPARE_PAUSE_S)
                    continue
                refused = 0
                left = list_evidence_repo.stale_count(db)
                self._progress(total - left, total)
                if not left:
                    return True
            return False
        finally:
            db.conn.close()


def open_list(db: Database, remake: bool = True) -> ListSource:
    """The list of the company's candidates, its kept rows remade first where stale
    (`remake` False: not now, as when making them beside the window has just failed)."""
    if remake:
        candidate_list.refresh(db)
    span = list_evidence_repo.counted(db)
    if list_evidence_repo.fresh(db) and list_evidence_repo.searchable(db) and _maskable(span):
        return KeptList(db, span)
    return LoadedList(candidate_list.load_rows(db, remake=remake))


def _maskable(span: tuple[int, int, int]) -> bool:
    """True when the ids suit a mask of a byte per id: none below 1, none far above the count
    (a file made by another program may number its candidates otherwise)."""
    total, lowest, highest = span
    if not total:
        return True
    return lowest >= 1 and highest <= 4 * total + 10_000


def _ids(text: str | None) -> array.array:
    """Ids given by SQLite as one comma-separated text (far quicker than a row per id), read
    by the JSON parser (quicker than int() for each)."""
    return array.array("q", json.loads(f"[{text}]")) if text else array.array("q")


class Found:
    """Some of the candidates, as a mask: one byte per id, 1 for those in it."""

    __slots__ = ("mask", "count")

    def __init__(self, mask: bytes) -> None:
        self.mask = mask
        self.count = mask.count(1)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids())

    def ids(self) -> list[int]:
        return [m.start() for m in re.finditer(b"\x01", self.mask)]


class LoadedList:
    """Every row in memory, found and sorted by ListIndex."""

    def __init__(self, rows: list[CandidateRow]) -> None:
        self.rows = rows
        self.index = ListIndex(rows)
        self.total = len(rows)
        self._places: dict[int, str] = {}

    def search(self, wanted: CandidateFilter, language: str) -> Matched:
        found, places = self.index.search(wanted, language)
        rows = self.rows
        self._places = {rows[i].id: place for i, place in places.items()}
        return [rows[i].id for i in found]

    def ordered(self, found: Matched, column: str | None, descending: bool,
                language: str) -> Ids:
        if not column:
            return list(found)
        position, rows = self.index.position, self.rows
        indexes = self.index.sorted_indexes([position[i] for i in found], column, descending,
                                            language)
        return [rows[i].id for i in indexes]

    def row(self, candidate_id: int, near: Ids = ()) -> CandidateRow:
        return self.rows[self.index.position[candidate_id]]

    def place(self, candidate_id: int, text: str, language: str) -> str | None:
        return self._places.get(candidate_id)

    def has(self, candidate_id: int) -> bool:
        return candidate_id in self.index.position

    def names(self, most: int) -> list[str]:
        every = max(1, len(self.rows) // most)
        return [row.name for row in self.rows[::every]]

    def steps(self, columns: Sequence[str], language: str) -> list[Callable[[], object]]:
        kept = self.index
        return [kept.prepare_search,
                *(lambda c=c: kept.prepare(c, language) for c in columns)]


class KeptList:
    """The list asked of SQLite: ids only in memory, rows read when in sight."""

    def __init__(self, db: Database, span: tuple[int, int, int] | None = None) -> None:
        """`span`: (count, lowest id, highest id), as list_evidence_repo.counted gives it."""
        self.db = db
        self.total, _lowest, self._top = span or list_evidence_repo.counted(db)
        self._rules = candidate_list.rules_of(db)
        self._roles = {r["id"]: r for r in roles_repo.role_rows(db)}
        self._rows: OrderedDict[int, CandidateRow] = OrderedDict()
        self._orders: dict[tuple[str, bool, str], array.array] = {}
        self._by_value: dict[tuple[str, object], bytes] = {}
        self._ranks_made: dict[tuple[str, bool, str], array.array] = {}
        # Each candidate's verdict, a byte by id: 0 none (or not made yet), else 1 + four
        # times the quadrant's place + 2 when knocked out + 1 when provisional: the byte orders
        # as the quadrant column does.
        self._verdicts = bytearray(self._top + 1)
        self._verdicts_after = 0  # made for every id up to this one
        self._verdicts_done = False
        self._spelled: tuple[str, str] | None = None
        self._last: tuple[tuple, str, bytes | None] | None = None

    # --- rows in sight --------------------------------------------------------------------------
    def row(self, candidate_id: int, near: Ids = ()) -> CandidateRow:
        kept = self._rows.get(candidate_id)
        if kept is not None:
            self._rows.move_to_end(candidate_id)
            return kept
        wanted = [i for i in dict.fromkeys([candidate_id, *near]) if i not in self._rows]
        for made in self._read(wanted[:BLOCK]):
            self._rows[made.id] = made
        while len(self._rows) > KEPT_ROWS:
            self._rows.popitem(last=False)
        if candidate_id not in self._rows:
            raise KeyError(candidate_id)
        return self._rows[candidate_id]

    def _read(self, ids: list[int]) -> list[CandidateRow]:
        evidence = candidate_list.kept_evidence(
            list_evidence_repo.rows_of(self.db, ids))
        return candidate_list.make_rows(self._roles, self._rules, evidence, spelling=False)

    def has(self, candidate_id: int) -> bool:
        return list_evidence_repo.exists(self.db, candidate_id)

    def names(self, most: int) -> list[str]:
        return list_evidence_repo.sample_names(self.db, most, self.total)

    def place(self, candidate_id: int, text: str, language: str) -> str | None:
        """Where the text is found in a row in sight (the first of PLACES)."""
        needle = text.strip().lower()
        if not needle:
            return None
        row = self.row(candidate_id)
        place = candidate_list.found_in(row, needle, Query(""), language)
        if place is None:  # found by the name's pinyin, or by words apart in the notes
            query = Query(needle)
            if query.pattern is not None and query.pattern.search(
                    list_evidence_repo.name_spelling(self.db, candidate_id)):
                return "name"
            return PLACES[-1]
        return place

    # --- finding ------------------------------------------------------------------------------
    # A set of candidates is a mask: one byte per id, 1 when in the set; masks are combined as
    # whole numbers (`&`, `|`), in C.
    def _mask(self, ids: Iterable[int]) -> bytearray:
        """The mask of these ids (one added by another program since the list was read is left
        out: the window reads the list again when it notices the change)."""
        mask, top = bytearray(self._top + 1), self._top
        for i in ids:
            if i <= top:
                mask[i] = 1
        return mask

    def _known(self, ids: array.array) -> array.array:
        """An order without the ids added since the list was read."""
        if ids and max(ids) > self._top:
            return array.array("q", (i for i in ids if i <= self._top))
        return ids

    def _both(self, a: bytes, b: bytes) -> bytes:
        return (int.from_bytes(a, "little") & int.from_bytes(b, "little")).to_bytes(
            self._top + 1, "little")

    def _either(self, a: bytes, b: bytes) -> bytes:
        return (int.from_bytes(a, "little") | int.from_bytes(b, "little")).to_bytes(
            self._top + 1, "little")

    def _with_value(self, column: str, value: object) -> bytes:
        cached = (column, value)
        if cached not in self._by_value:
            self._by_value[cached] = bytes(self._mask(
                _ids(list_evidence_repo.ids_with(self.db, column, value))))
        return self._by_value[cached]

    def _passing(self, wanted: CandidateFilter) -> bytes | None:
        """The candidates the filters other than the search let through (None: no filter)."""
        masks = [self._with_value(column, value) for column, value in (
            ("role_id", wanted.role_id or None), ("status", wanted.status or None),
            ("channel", wanted.channel or None), ("position_id", wanted.position_id))
            if value is not None]
        if wanted.quadrant:
            self._make_verdicts()
            place = candidate_list.quadrant_place(wanted.quadrant)
            table = bytearray(256)  # the verdict bytes of that quadrant, any way reached
            table[1 + 4 * place:5 + 4 * place] = b"\x01" * 4
            masks.append(bytes(self._verdicts.translate(table)))
        if wanted.date_from or wanted.date_to:
            masks.append(bytes(self._mask(_ids(list_evidence_repo.ids_on_days(
                self.db, wanted.date_from or "", wanted.date_to or "9999-12-31")))))
        return functools.reduce(self._both, masks) if masks else None

    def search(self, wanted: CandidateFilter, language: str) -> Matched:
        """The candidates the filter lets through (EVERY: all of them), in no order to rely on.
        A keystroke that adds to the end of the text searches within what the text before it
        found, the other filters applied already."""
        needle = wanted.text.strip().lower()
        if not needle:
            self._last = None
            passing = self._passing(wanted)
            return EVERY if passing is None else Found(passing)
        others = (wanted.role_id, wanted.status, wanted.quadrant, wanted.channel,
                  wanted.position_id, wanted.date_from, wanted.date_to, language)
        if self._last and self._last[0] == others and needle.startswith(self._last[1]):
            passing = self._last[2]
        else:
            passing = self._passing(wanted)
        found = self._containing(needle, language)
        self._last = (others, needle, passing)
        return Found(found if passing is None else self._both(found, passing))

    def _containing(self, needle: str, language: str) -> bytes:
        """Every candidate whose name holds the text or spells it in pinyin or initials, whose
        role (in `language`) holds it, or whose notes or interviewers' names hold its words."""
        phrase = search_phrase(needle)
        found = self._mask(_ids(list_evidence_repo.ids_matching(self.db, phrase))
                           if phrase is not None else ())
        names, spelled = self._names()
        query = Query(needle)
        if "\x00" in needle or "\x01" in needle:  # in no name (they stand between names here)
            names = spelled = ""
        for pattern, text in ((re.escape(needle), names),
                              (query.pattern.pattern if query.pattern else None, spelled)):
            if pattern is not None:  # each match runs on to the id at the end of its name
                for i in json.loads("[" + ",".join(re.findall(
                        pattern + "[^\x00]*\x01([0-9]+)", text)) + "]"):
                    if i <= self._top:
                        found[i] = 1
        roles = [self._with_value("role_id", role_id) for role_id, role in self._roles.items()
                 if needle in text_in(role["name"], language).lower()]
        return functools.reduce(self._either, roles, bytes(found))

    def _names(self) -> tuple[str, str]:
        """Every name in lower case and spelled in pinyin, each followed by \x01 and its id,
        apart by \x00 (read once: about 40 characters a candidate)."""
        if self._spelled is None:
            names, spelled = list_evidence_repo.names_and_spellings(self.db)
            self._spelled = (names.lower(), spelled)
        return self._spelled

    # --- ordering -----------------------------------------------------------------------------
    def ordered(self, found: Matched, column: str | None, descending: bool,
                language: str) -> Ids:
        """`found` (from `search`) in the column's order; empty values last either way, equal
        ones by id."""
        key = (column or "id", descending if column else False, language)
        order = self._order(*key)
        if not isinstance(found, Found):  # every candidate
            return order
        if found.count * 64 < len(order):  # a few: each one's place in the order, sorted
            return sorted(found.ids(), key=self._rank(key).__getitem__)
        return Picked(order, found)

    def _rank(self, key: tuple[str, bool, str]) -> array.array:
        """Each id's place in an order (made once per order)."""
        if key not in self._ranks_made:
            rank = array.array("q", bytes(8 * (self._top + 1)))
            for n, i in enumerate(self._order(*key)):
                rank[i] = n
            self._ranks_made[key] = rank
        return self._ranks_made[key]

    def _order(self, column: str, descending: bool, language: str) -> array.array:
        key = (column, descending, language)
        if key not in self._orders:
            self._orders[key] = self._known(self._make_order(column, descending, language))
        return self._orders[key]

    def _make_order(self, column: str, descending: bool, language: str) -> array.array:
        if column == "id":
            return _ids(list_evidence_repo.ids_by_id(self.db))
        if column == "quadrant":
            self._make_verdicts()
            kinds: list[list[int]] = [[] for _ in range(256)]  # ids by verdict byte, by id
            for i, kind in enumerate(self._verdicts):
                kinds[kind].append(i)
            made = kinds[1:][::-1] if descending else kinds[1:]
            present = [i for ids in made for i in ids]
            verdicts = self._verdicts
            empty = [i for i in self._order("id", False, language) if not verdicts[i]]
            return array.array("q", present + empty)
        ranks = None if column in list_evidence_repo.ORDERED else self._ranks(column, language)
        first, last = list_evidence_repo.ids_ordered(self.db, column, descending, ranks)
        return _ids(first) + _ids(last)

    def _ranks(self, column: str, language: str) -> dict[str, int]:
        """Each value's place, as candidate_list.sort_key orders them (equal keys, one place)."""
        values = list_evidence_repo.values_of(self.db, column)
        key = candidate_list.value_key(column, language, self._roles)
        keys = sorted({key(v) for v in values})
        place = {k: n for n, k in enumerate(keys)}
        return {v: place[key(v)] for v in values}

    # --- verdicts -----------------------------------------------------------------------------
    def _make_verdicts(self, most: int | None = None) -> None:
        """Each candidate's verdict, the next `most` of them by id (all when None), made by
        candidate_list's one recipe from what the verdicts are made of."""
        while not self._verdicts_done:
            step = most or VERDICT_STEP
            read = list_evidence_repo.rows_for_verdicts(self.db, self._verdicts_after, step)
            for row in candidate_list.make_rows(self._roles, self._rules,
                                                candidate_list.kept_evidence(read),
                                                spelling=False):
                if row.quadrant and row.id <= self._top:
                    self._verdicts[row.id] = (1 + 4 * candidate_list.quadrant_place(row.quadrant)
                                              + 2 * row.knocked_out + row.provisional)
            if read:
                self._verdicts_after = read[-1][0]
            self._verdicts_done = len(read) < step
            if most:
                return

    def steps(self, columns: Sequence[str], language: str) -> list[Callable[[], object]]:
        """Work done when idle, a step at a time: the usual orders, the names' spellings, the
        verdicts (for the quadrant's filter and order)."""
        def both_ways(column: str) -> Callable[[], object]:
            return lambda: (self._order(column, False, language),
                            self._order(column, True, language))

        out: list[Callable[[], object]] = [self._names]  # for the first keystroke
        out += [both_ways(c) for c in columns]
        chunks = self.total // VERDICT_STEP + 1  # the last one finds none left when even
        out += [lambda: self._make_verdicts(VERDICT_STEP) for _ in range(chunks)]
        return out

