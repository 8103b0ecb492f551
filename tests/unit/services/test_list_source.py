"""The list asked of SQLite (list_source.KeptList, what the window uses) finds and orders the
candidates exactly as the list made in memory does (LoadedList over candidate_list.ListIndex,
the reference the other tests pin down), with every filter, search, column, direction and
language; stays true after each kind of write; and forgets an erased candidate's words."""
from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from hiring_app.services import candidate_list, list_source, privacy
from hiring_app.services import candidates as candidate_service
from hiring_app.services.candidate_list import COLUMNS, CandidateFilter
from hiring_app.services.library import ensure_builtin
from hiring_app.services.list_source import KeptList, LoadedList
from hiring_app.storage import list_evidence_repo
from tests.helpers.banks import small_library
from tests.unit.services.test_candidate_list import add, interview, make_people

SEARCHES = ["王", "千牛", "直播", "紧张", "面试官甲", "面试官", "emma", "EMMA", "brown", "bro",
            "wxm", "wang", "zw", "li lei", "li", "z", "shop", "店铺", "nadie", "沟通顺畅"]
FILTERS = [
    {}, {"status": "new"}, {"role_id": "shop_a"}, {"role_id": "shop_b"}, {"channel": "referral"},
    {"quadrant": "hire_first"}, {"quadrant": "turn_down"}, {"quadrant": "train"},
    {"date_from": "2024-03-01", "date_to": "2024-05-31"}, {"date_from": "2024-06-01"},
    {"role_id": "shop_a", "channel": "referral"}, {"status": "decided", "role_id": "shop_a"},
]


@pytest.fixture
def people(db):
    ids = make_people(db)
    gone = add(db, "离开者", "shop_a", "campus", "2024-06-20T08:00:00.000+00:00")
    more = add(db, "王芳", "shop_b", "referral", "2024-07-01T08:00:00.000+00:00")
    interview(db, more, "shop_b", "面试官甲", 5, 4, "2024-07-02T08:00:00.000+00:00",
              note="做过千牛客服，也带过直播")
    add(db, "Ana López", None, None, "2024-07-03T08:00:00.000+00:00")
    privacy.erase_candidate(db, gone)  # ids with a gap, as after any erasure
    return ids


def both(db) -> tuple[KeptList, LoadedList]:
    kept = list_source.open_list(db)
    assert isinstance(kept, KeptList)  # this SQLite has FTS5: the window's usual list
    return kept, LoadedList(candidate_list.load_rows(db))


def shown(source, wanted: CandidateFilter, column: str | None, descending: bool,
          language: str) -> list[int]:
    return list(source.ordered(source.search(wanted, language), column, descending, language))


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_every_filter_and_search_lists_the_same_candidates(db, people, language):
    kept, loaded = both(db)
    for text, filters in itertools.product(["", *SEARCHES], FILTERS):
        wanted = CandidateFilter(text=text, **filters)
        assert shown(kept, wanted, None, False, language) == shown(
            loaded, wanted, None, False, language), (text, filters)


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_every_column_orders_the_same_both_ways(db, people, language):
    kept, loaded = both(db)
    for column, descending, filters in itertools.product(COLUMNS, (False, True),
                                                         [{}, {"role_id": "shop_a"}]):
        wanted = CandidateFilter(**filters)
        assert shown(kept, wanted, column, descending, language) == shown(
            loaded, wanted, column, descending, language), (column, descending, filters)


def test_typing_on_and_deleting_finds_as_a_fresh_search(db, people):
    kept, loaded = both(db)
    for typed in ("面", "面试", "面试官", "面试官甲", "面试官", "面", "", "w", "wa", "wan", "wang"):
        for filters in ({}, {"role_id": "shop_a"}):
            wanted = CandidateFilter(text=typed, **filters)
            assert shown(kept, wanted, "name", False, "zh") == shown(
                loaded, wanted, "name", False, "zh"), (typed, filters)


def test_the_rows_shown_are_the_rows_loaded(db, people):
    kept, loaded = both(db)
    for candidate_id in people.values():
        a, b = kept.row(candidate_id), loaded.row(candidate_id)
        assert (a.name, a.role_id, a.status, a.channel, a.last_interview, a.attitude, a.ability,
                a.quadrant, a.knocked_out, a.provisional, a.decision, a.interviewers, a.notes) == (
            b.name, b.role_id, b.status, b.channel, b.last_interview, b.attitude, b.ability,
            b.quadrant, b.knocked_out, b.provisional, b.decision, b.interviewers, b.notes)


def test_the_search_says_where_it_found_each_row(db, people):
    kept, _loaded = both(db)
    assert kept.place(people["王小明"], "千牛", "zh") == "notes"
    assert kept.place(people["李雷"], "面试官乙", "zh") == "interviewers"
    assert kept.place(people["王小明"], "wxm", "zh") == "name"
    assert kept.place(people["Emma Brown"], "brown", "zh") == "name"


def test_each_kind_of_write_shows_at_the_next_opening(db, people):
    candidate_service.edit_candidate(db, people["张伟"], name="欧阳娜娜",
                                     notes="会用生意参谋")
    newcomer = add(db, "钱多多", "shop_b", "campus", "2024-08-01T08:00:00.000+00:00")
    interview(db, newcomer, "shop_b", "面试官丁", 2, 2, "2024-08-02T08:00:00.000+00:00",
              free_notes="对退换货流程熟悉")
    kept = list_source.open_list(db)
    assert isinstance(kept, KeptList)

    def found(text: str) -> set[str]:
        return {kept.row(i).name for i in kept.ordered(kept.search(CandidateFilter(text=text),
                                                                   "zh"), None, False, "zh")}
    assert found("生意参谋") == {"欧阳娜娜"} and found("oyn") == {"欧阳娜娜"}
    assert found("张伟") == set()
    assert found("退换货") == {"钱多多"} and found("面试官丁") == {"钱多多"}
    ordered = [kept.row(i).name for i in kept.ordered(kept.search(CandidateFilter(), "zh"),
                                                      "name", False, "zh")]
    assert ordered.index("欧阳娜娜") > ordered.index("李雷")  # ou after li, by pinyin


def test_an_erased_candidate_leaves_no_words_in_the_search_index(db, people):
    list_source.open_list(db)
    privacy.erase_candidate(db, people["王小明"])
    kept = list_source.open_list(db)
    assert isinstance(kept, KeptList)
    found = list(kept.ordered(kept.search(CandidateFilter(text="千牛"), "zh"), None, False,
                              "zh"))
    assert people["王小明"] not in found and found  # 王芳's notes hold 千牛 too
    assert db.execute("SELECT count(*) FROM list_search WHERE rowid = ?",
                      [people["王小明"]]).fetchone()[0] == 0


def test_without_a_search_index_the_list_is_made_in_memory(db, people, monkeypatch):
    monkeypatch.setattr(list_evidence_repo, "searchable", lambda _db: False)
    assert isinstance(list_source.open_list(db), LoadedList)


def test_notes_are_searched_by_their_words_names_by_any_part(db, people):
    """Notes run long: they are found through an index of words (a Latin word by its start,
    Chinese by its characters side by side); a name by any part of it."""
    kept, _loaded = both(db)

    def found(text: str) -> set[str]:
        return {kept.row(i).name for i in kept.ordered(kept.search(CandidateFilter(text=text),
                                                                   "zh"), None, False, "zh")}
    db.execute("UPDATE candidates SET notes = 'steady under pressure' WHERE id = ?",
               [people["赵六"]])
    kept = list_source.open_list(db)
    assert found("press") == found("under pres") == {"赵六"}
    assert found("essure") == set()
    assert found("ópez") == found("lópez") == {"Ana López"}
    assert found("千牛后") == {"王小明"} and found("牛后") == {"王小明"}


def test_the_work_done_when_idle_leaves_nothing_for_the_first_click(db, people, monkeypatch):
    """After the idle steps, the quadrant's filter and the usual orders read nothing more."""
    monkeypatch.setattr(list_source, "VERDICT_STEP", 3)  # several steps, the last one even
    kept, loaded = both(db)
    for step in kept.steps(["name", "attitude"], "zh"):
        step()

    def nothing_more(*_args, **_kwargs):
        raise AssertionError("read again")
    monkeypatch.setattr(list_evidence_repo, "rows_for_verdicts", nothing_more)
    monkeypatch.setattr(list_evidence_repo, "ids_ordered", nothing_more)
    for column in ("name", "attitude", "quadrant"):
        wanted = CandidateFilter(quadrant="hire_first")
        assert shown(kept, wanted, column, True, "zh") == shown(loaded, wanted, column, True, "zh")


@pytest.mark.parametrize("typed", ['"', "*", "a:b", "NEAR(a b)", "AND", "OR", "NOT x", "(", ")",
                                   "^", "\\", "%", "'", "-", "a-b", "{notes}:x", "😀", "\x00",
                                   "\x01", "\x003", "王" * 200, "x" * 200, "a b " * 50])
def test_any_text_typed_is_searched_as_text(db, people, typed):
    """The index's query language and the list's own separators are never read from what is
    typed: nothing fails, and a control character finds no name."""
    kept, _loaded = both(db)
    found = list(kept.ordered(kept.search(CandidateFilter(text=typed), "zh"), "name", False,
                              "zh"))
    assert found == []


# --- what a review found: columns without values, ids of other programs, odd stored data ----
def test_sorting_by_a_column_nobody_has_a_value_in_lists_everyone(db):
    ensure_builtin(db, small_library())
    for name in ("甲", "乙", "丙"):
        candidate_service.add_candidate(db, name, None, None)
    kept, loaded = both(db)
    for column, descending in itertools.product(COLUMNS, (False, True)):
        assert shown(kept, CandidateFilter(), column, descending, "zh") == shown(
            loaded, CandidateFilter(), column, descending, "zh"), column


def test_a_candidate_added_by_another_program_waits_for_the_next_opening(db, people):
    kept = list_source.open_list(db)
    newcomer = add(db, "王新来", "shop_a", "referral", "2024-09-01T08:00:00.000+00:00")
    for wanted in (CandidateFilter(text="王"), CandidateFilter(status="new"),
                   CandidateFilter(role_id="shop_a"), CandidateFilter(text="wang")):
        for column in (None, "name", "channel"):
            assert newcomer not in list(kept.ordered(kept.search(wanted, "zh"), column, False,
                                                     "zh"))
    again = list_source.open_list(db)
    assert newcomer in list(again.ordered(again.search(CandidateFilter(text="王"), "zh"),
                                          "name", False, "zh"))


@pytest.mark.parametrize("odd_id", [-3, 0, 2**40])
def test_ids_another_program_chose_are_listed_all_the_same(db, people, odd_id):
    db.execute("PRAGMA foreign_keys = OFF")
    for table, column in (("candidates", "id"), ("list_evidence", "candidate_id")):
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?",  # noqa: S608
                   [odd_id, people["赵六"]])
    source = list_source.open_list(db)
    assert isinstance(source, LoadedList)  # a byte per id would not do for these
    found = source.ordered(source.search(CandidateFilter(channel="friends"), "zh"), None,
                           False, "zh")
    assert [source.row(i).name for i in found] == ["赵六"]


def test_dates_without_an_offset_or_malformed_fall_on_the_day_the_reference_says(
        db, people, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        db.execute("UPDATE candidates SET created_at = '2024-06-01T20:00:00' WHERE id = ?",
                   [people["赵六"]])
        db.execute("UPDATE candidates SET created_at = '2024-06-02 junk' WHERE id = ?",
                   [people["孙七"]])
        db.execute("UPDATE candidates SET created_at = '2024-06-01T20:00:00+00:00' WHERE id = ?",
                   [people["张伟"]])
        kept, loaded = both(db)
        for first, last in (("2024-06-01", "2024-06-01"), ("2024-06-02", "2024-06-02"),
                            ("2024-06-02", None), (None, "2024-06-01")):
            wanted = CandidateFilter(date_from=first, date_to=last)
            assert shown(kept, wanted, None, False, "zh") == shown(
                loaded, wanted, None, False, "zh"), (first, last)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_name_holding_a_nul_is_found_by_any_part(db, people):
    db.execute("UPDATE candidates SET name = ? WHERE id = ?", ["Weird\x00Name", people["赵六"]])
    kept, loaded = both(db)
    assert [kept.row(i).name for i in shown(kept, CandidateFilter(text="weird"), None, False,
                                            "zh")] == ["Weird\x00Name"]
    for typed in ("weird", "name", "wei", "d n"):
        assert people["赵六"] in shown(kept, CandidateFilter(text=typed), None, False, "zh")
        assert shown(kept, CandidateFilter(text=typed), None, False, "zh") == shown(
            loaded, CandidateFilter(text=typed), None, False, "zh")


def test_words_apart_in_the_notes_are_said_to_be_in_the_notes(db, people):
    db.execute("UPDATE candidates SET notes = 'send an e-mail first' WHERE id = ?",
               [people["周八"]])
    kept = list_source.open_list(db)
    assert kept.place(people["周八"], "e mail", "zh") == "notes"


def test_the_list_is_made_beside_the_window_while_another_program_writes(opened, monkeypatch):
    """A part refused because another program holds the file is tried again, not given up."""
    db = opened.db
    make_people(db)
    monkeypatch.setattr(list_source, "PREPARE_PAUSE_S", 0.05)
    list_evidence_repo.mark_all_stale(db)
    path = Path(opened.path)
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    told: list[tuple[int, int]] = []
    job = list_source.ListPreparation(path, lambda made, total: told.append((made, total)))
    monkeypatch.setattr("hiring_app.storage.database.BUSY_TIMEOUT_MS", 50)
    done: list[bool] = []
    worker = threading.Thread(target=lambda: done.append(job.run()))
    worker.start()
    time.sleep(0.4)  # refused meanwhile
    blocker.rollback()
    blocker.close()
    worker.join(30)
    assert done == [True] and told[-1][0] == told[-1][1]
    assert list_evidence_repo.stale_count(db) == 0
