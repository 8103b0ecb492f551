"""The candidate list: search (one or two Chinese characters too) in names, answer notes and
interview notes; each filter and filters together; sorting by every column with empty values
last; scores as the mean of submitted scorecards and the quadrant by the role's thresholds."""
from __future__ import annotations

import pytest
from sqlite_utils import Database

from hiring_app.domain.matrix import Thresholds
from hiring_app.services import candidate_list, debrief
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services.candidate_list import COLUMNS, CandidateFilter
from hiring_app.services.library import ensure_builtin
from hiring_app.storage import list_evidence_repo
from hiring_app.storage.backups import open_read_only
from tests.helpers.banks import small_library
from tests.helpers.fixtures import dump_tables

STRICT_ROLE = "shop_b"  # attitude 4.0, ability 4.5 here; shop_a keeps 3.0 / 3.5


def interview(db, candidate: int, role: str, interviewer: str, attitude: int, ability: int,
              started: str, *, note: str = "", free_notes: str = "", listen_notes: str = "",
              reason: str = "", submit: bool = True) -> int:
    """An interviewer's scorecard as the interview screen writes it, started on `started`."""
    interview_id = interview_service.start_interview(db, candidate, role, interviewer)
    answers = interview_service.load_interview(db, interview_id).answers
    changes = {a.question_id: {"score": attitude if a.dimension == "attitude" else ability}
               for a in answers}
    if note:
        changes[answers[-1].question_id]["notes"] = note
    interview_service.apply_changes(db, interview_id, {"free_notes": free_notes,
                                                       "listen_notes": listen_notes}, changes)
    if submit:
        result = interview_service.load_interview(db, interview_id).assess(
            interview_service.rules_for(db, role))
        interview_service.submit(db, interview_id, result.recommended_decision, reason)
    db.execute("UPDATE interviews SET started_at = ? WHERE id = ?", [started, interview_id])
    return interview_id


def add(db, name: str, role: str | None, channel: str | None, created: str) -> int:
    candidate = candidate_service.add_candidate(db, name, role, channel)
    db.execute("UPDATE candidates SET created_at = ? WHERE id = ?", [created, candidate])
    return candidate


@pytest.fixture
def people(db) -> dict[str, int]:
    return make_people(db)


def make_people(db) -> dict[str, int]:
    library = small_library()
    library.roles[1].thresholds = Thresholds(attitude=4.0, ability=4.5)
    ensure_builtin(db, library)
    ids = {
        "王小明": add(db, "王小明", "shop_a", "referral", "2024-01-05T08:00:00.000+00:00"),
        "李雷": add(db, "李雷", STRICT_ROLE, "campus", "2024-03-01T08:00:00.000+00:00"),
        "Emma Brown": add(db, "Emma Brown", "shop_a", "job_fair", "2024-04-25T08:00:00.000+00:00"),
        "张伟": add(db, "张伟", "shop_a", None, "2024-02-01T10:00:00.000+00:00"),
        "赵六": add(db, "赵六", None, "friends", "2024-06-15T08:00:00.000+00:00"),
        "孙七": add(db, "孙七", STRICT_ROLE, "online_board", "2024-06-01T08:00:00.000+00:00"),
        "周八": add(db, "周八", "shop_a", "referral", "2024-02-20T08:00:00.000+00:00"),
    }
    interview(db, ids["王小明"], "shop_a", "面试官甲", 4, 4, "2024-03-10T15:30:00.000+00:00",
              note="熟悉千牛后台")
    interview(db, ids["李雷"], STRICT_ROLE, "面试官乙", 4, 4, "2024-04-20T09:00:00.000+00:00",
              free_notes="擅长直播带货")
    interview(db, ids["Emma Brown"], "shop_a", "面试官甲", 5, 5, "2024-05-01T09:00:00.000+00:00")
    interview(db, ids["Emma Brown"], "shop_a", "面试官乙", 2, 2, "2024-05-02T09:00:00.000+00:00",
              reason="沟通顺畅但经验少")
    interview(db, ids["Emma Brown"], "shop_a", "面试官丙", 1, 1, "2024-05-03T09:00:00.000+00:00",
              submit=False)  # a draft: not an opinion yet
    interview(db, ids["孙七"], STRICT_ROLE, "面试官丙", 1, 1, "2024-06-10T09:00:00.000+00:00",
              submit=False)
    interview(db, ids["周八"], "shop_a", "面试官甲", 2, 5, "2024-03-31T23:59:00.000+00:00",
              listen_notes="自我介绍时很紧张")
    # the debrief: the person deciding records one decision per candidate (scorecards only
    # recommend)
    for name, decision in (("王小明", "hire"), ("李雷", "train"), ("Emma Brown", "reject"),
                           ("周八", "reject")):
        debrief.decide(db, ids[name], decision, "面谈后的决定", "老板")
    return ids


def names(rows, indexes) -> list[str]:
    return [rows[i].name for i in indexes]


def found(db, **wanted) -> set[str]:
    rows = candidate_list.load_rows(db)
    return set(names(rows, candidate_list.matching(rows, CandidateFilter(**wanted))))


def by_name(db) -> dict[str, candidate_list.CandidateRow]:
    return {row.name: row for row in candidate_list.load_rows(db)}


# --- search -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("王", {"王小明"}), ("小明", {"王小明"}),              # names
    ("牛", {"王小明"}), ("千牛", {"王小明"}),              # an answer's notes
    ("播", {"李雷"}), ("直播", {"李雷"}),                  # an interview's free notes
    ("紧", {"周八"}), ("紧张", {"周八"}),                  # listen notes
    ("畅", {"Emma Brown"}), ("沟通", {"Emma Brown"}),      # a decision's reason
    ("emma", {"Emma Brown"}), ("BROWN", {"Emma Brown"}),   # Latin, any case
    ("  千牛 ", {"王小明"}),                               # spaces around ignored
    ("没有这个", set()),
])
def test_search_finds_short_terms_in_names_and_notes(db, people, text, expected):
    assert found(db, text=text) == expected


def test_an_empty_search_shows_everyone(db, people):
    assert found(db, text="") == found(db, text="   ") == set(people)


# --- filters ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("wanted", "expected"), [
    ({"role_id": STRICT_ROLE}, {"李雷", "孙七"}),
    ({"status": "new"}, {"张伟", "赵六"}),
    ({"status": "interviewing"}, {"孙七"}),
    ({"status": "decided"}, {"王小明", "李雷", "Emma Brown", "周八"}),
    ({"quadrant": "hire_first"}, {"王小明", "Emma Brown"}),
    ({"quadrant": "train"}, {"李雷"}),
    ({"quadrant": "generally_not"}, {"周八"}),
    ({"quadrant": "turn_down"}, set()),
    ({"channel": "referral"}, {"王小明", "周八"}),
    ({"channel": "friends"}, {"赵六"}),
])
def test_each_filter(db, people, wanted, expected):
    assert found(db, **wanted) == expected


@pytest.mark.parametrize(("date_from", "date_to", "expected"), [
    # the day of the last interview counts (李雷 was added on 03-01 but interviewed on 04-20);
    # both ends are included, whatever the time of day
    ("2024-03-01", "2024-03-31", {"王小明", "周八"}),
    ("2024-03-10", "2024-03-10", {"王小明"}),
    ("2024-06-01", None, {"赵六", "孙七"}),                    # never interviewed: the day added
    (None, "2024-02-01", {"张伟"}),
    ("2024-05-03", "2024-05-03", {"Emma Brown"}),               # a draft's day counts too
])
def test_date_range(db, people, date_from, date_to, expected):
    assert found(db, date_from=date_from, date_to=date_to) == expected


def test_filters_combine(db, people):
    assert found(db, text="千", role_id="shop_a") == {"王小明"}
    assert found(db, text="王", role_id=STRICT_ROLE) == set()
    assert found(db, role_id="shop_a", status="decided", quadrant="hire_first",
                 channel="job_fair") == {"Emma Brown"}
    assert found(db, quadrant="hire_first", date_from="2024-05-01",
                 date_to="2024-05-31") == {"Emma Brown"}
    assert found(db, channel="referral", quadrant="generally_not", text="紧张") == {"周八"}
    assert found(db, channel="referral", quadrant="hire_first", text="紧张") == set()


# --- scores -----------------------------------------------------------------------------------
def test_the_quadrant_uses_the_roles_thresholds(db, people):
    row = by_name(db)["李雷"]
    assert (row.attitude, row.ability) == (4.0, 4.0)
    assert row.quadrant == "train"  # ability 4.0 is under shop_b's 4.5 (strong at 3.5 elsewhere)
    assert by_name(db)["王小明"].quadrant == "hire_first"  # the same scores under shop_a


def test_two_submitted_scorecards_show_their_mean_and_drafts_do_not_count(db, people):
    row = by_name(db)["Emma Brown"]
    assert (row.attitude, row.ability) == (3.5, 3.5)  # (5 + 2) / 2; the draft's 1s left out
    assert row.quadrant == "hire_first"
    assert row.decision == "reject"  # the debrief's decision, not a scorecard's
    assert set(row.interviewers.split(", ")) == {"面试官甲", "面试官乙", "面试官丙"}
    assert row.last_interview.startswith("2024-05-03")


def test_a_candidate_with_only_a_draft_has_no_scores_yet(db, people):
    row = by_name(db)["孙七"]
    assert (row.attitude, row.ability, row.quadrant, row.decision) == (None, None, None, None)
    assert row.status == "interviewing"


def test_a_candidate_never_interviewed_has_empty_columns(db, people):
    row = by_name(db)["张伟"]
    assert (row.last_interview, row.attitude, row.quadrant, row.decision, row.interviewers,
            row.channel) == (None, None, None, None, "", None)


# --- sorting ----------------------------------------------------------------------------------
def _reading(text: str) -> list[str]:
    """A text as a pinyin A→Z list reads it: Chinese by pinyin, the rest in lower case."""
    from pypinyin import lazy_pinyin

    return [part.strip().lower() for part in lazy_pinyin(text) if part.strip()]


def _value(row, column: str, language: str):
    """What the column is sorted by, worked out here independently of the service."""
    from hiring_app.domain.code_names import CHANNEL_NAMES
    from hiring_app.domain.codes import Decision, Status
    from hiring_app.domain.matrix import Quadrant

    raw = {"role": (row.role_names.get(language) or row.role_id)}.get(
        column, getattr(row, column, None))
    if raw in (None, ""):
        return None
    if column in ("name", "interviewers"):
        return _reading(raw)
    if column == "channel":
        return CHANNEL_NAMES[raw][language].lower()
    if column in ("status", "decision", "quadrant"):  # an order of their own: the pipeline,
        kind = {"status": Status, "decision": Decision, "quadrant": Quadrant}[column]
        return list(kind).index(raw)                  # the decisions, the matrix best first
    return raw.lower() if isinstance(raw, str) else raw


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", COLUMNS)
def test_sorting_by_each_column_puts_empty_values_last(db, people, column, descending):
    rows = candidate_list.load_rows(db)
    order = candidate_list.sorted_indexes(rows, list(range(len(rows))), column, descending, "en")
    assert sorted(order) == list(range(len(rows)))
    values = [_value(rows[i], column, "en") for i in order]
    present = [v for v in values if v is not None]
    assert values == present + [None] * (len(values) - len(present)), values
    assert present == sorted(present, reverse=descending), values
    assert len({str(v) for v in present}) > 1  # the data really tests the order


def test_names_sort_by_pinyin_among_latin_names(db, people):
    rows = candidate_list.load_rows(db)
    for language in ("zh", "en", "es"):
        order = candidate_list.sorted_indexes(rows, list(range(len(rows))), "name", False,
                                              language)
        assert names(rows, order) == ["Emma Brown", "李雷", "孙七", "王小明", "张伟", "赵六",
                                      "周八"]


def test_statuses_sort_along_the_pipeline_and_channels_by_their_name(db, people):
    rows = candidate_list.load_rows(db)
    every = list(range(len(rows)))

    def column(name: str, language: str) -> list:
        return [getattr(rows[i], name) for i in candidate_list.sorted_indexes(
            rows, every, name, False, language) if getattr(rows[i], name)]

    assert list(dict.fromkeys(column("status", "zh"))) == ["new", "interviewing", "decided"]
    # 内部推荐 nèi, 朋友 péng, 现场 xiàn, 校园 xiào, 招聘网站 zhāo
    assert list(dict.fromkeys(column("channel", "zh"))) == [
        "referral", "friends", "job_fair", "campus", "online_board"]
    # Campus, Friends…, Internal referral, Job fair, Online job board
    assert list(dict.fromkeys(column("channel", "en"))) == [
        "campus", "friends", "referral", "job_fair", "online_board"]


def test_sorting_by_attitude_both_ways(db, people):
    rows = candidate_list.load_rows(db)
    every = list(range(len(rows)))
    up = names(rows, candidate_list.sorted_indexes(rows, every, "attitude", False, "zh"))
    down = names(rows, candidate_list.sorted_indexes(rows, every, "attitude", True, "zh"))
    assert up[:2] == ["周八", "Emma Brown"] and set(up[2:4]) == {"王小明", "李雷"}
    assert set(down[:2]) == {"王小明", "李雷"} and down[2:4] == ["Emma Brown", "周八"]
    assert set(up[4:]) == set(down[4:]) == {"张伟", "赵六", "孙七"}  # no score: last both ways


def test_sorting_keeps_to_the_filtered_rows(db, people):
    rows = candidate_list.load_rows(db)
    shown = candidate_list.matching(rows, CandidateFilter(role_id="shop_a"))
    order = candidate_list.sorted_indexes(rows, shown, "name", False, "zh")
    assert sorted(order) == sorted(shown)


def test_an_interviewer_name_with_a_comma_stays_whole() -> None:
    from hiring_app.services import interviews as interview_service
    from hiring_app.services.candidates import add_candidate
    from hiring_app.services.library import ensure_builtin
    from hiring_app.storage.database import memory_database
    from tests.helpers.banks import small_library

    db = memory_database()
    ensure_builtin(db, small_library())
    candidate = add_candidate(db, "Wu Lei", "shop_a")
    interview_service.start_interview(db, candidate, "shop_a", "Smith, John")
    interview_service.start_interview(db, candidate, "shop_a", "王芳")
    row = candidate_list.load_rows(db)[0]
    assert row.interviewers == "Smith, John, 王芳"
    assert candidate_list.matching([row], candidate_list.CandidateFilter(text="smith, john"))


def test_date_filters_use_the_local_date(monkeypatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert candidate_list.local_day("2026-01-01T23:30:00.000+00:00") == "2026-01-02"
        row = candidate_list.CandidateRow(
            id=1, name="x", role_id=None, role_names={}, status="new", channel=None,
            created_at="2026-01-01T23:30:00.000+00:00", last_interview=None, attitude=None,
            ability=None, quadrant=None, decision=None, interviewers="")
        wanted = candidate_list.CandidateFilter(date_from="2026-01-02", date_to="2026-01-02")
        assert candidate_list.matching([row], wanted) == [0]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# --- Chinese habits: pinyin and initials; where a row was found --------------------------------
@pytest.fixture
def pinyin_people(db) -> list[candidate_list.CandidateRow]:
    ensure_builtin(db, small_library())
    for name in ("李明", "林明", "曾小明", "Ana López", "吕一", "王芳"):
        candidate_service.add_candidate(db, name, "shop_a")
    return candidate_list.load_rows(db)


@pytest.mark.parametrize(("text", "expected"), [
    ("lm", {"李明", "林明"}),                                 # initials
    ("liming", {"李明"}), ("li ming", {"李明"}), ("LiMing", {"李明"}), ("li'ming", {"李明"}),
    ("lim", {"李明"}), ("linm", {"林明"}),                   # a whole syllable, then an initial
    ("ming", {"李明", "林明", "曾小明"}),                     # a syllable of the given name
    ("zxm", {"曾小明"}), ("zengxiaoming", {"曾小明"}),        # 曾 read as the surname Zēng
    ("xiaoming", {"曾小明"}), ("xm", {"曾小明"}),
    ("lv", {"吕一"}), ("luyi", {"吕一"}),                     # ü typed as v, or as u
    ("wf", {"王芳"}),
    ("lopez", {"Ana López"}), ("ana lo", {"Ana López"}),     # Latin names without accents
    ("López", {"Ana López"}), ("ANA", {"Ana López"}),
    ("im", set()), ("an", {"Ana López"}),                    # a match starts at a syllable
    ("wm", set()),                                           # and skips none
    ("李", {"李明"}), ("小明", {"曾小明"}),                   # Chinese as typed
])
def test_names_are_found_by_pinyin_and_initials(pinyin_people, text, expected):
    rows = pinyin_people
    assert set(names(rows, candidate_list.matching(rows, CandidateFilter(text=text)))) == expected


def test_the_search_says_where_it_found_a_row(db, people):
    rows = candidate_list.load_rows(db)

    def places(text: str, language: str = "zh") -> dict[str, str | None]:
        return {rows[i].name: place for i, place in candidate_list.found(
            rows, CandidateFilter(text=text), language)}

    assert places("王") == {"王小明": "name"}
    assert places("wxm") == {"王小明": "name"}
    assert places("千牛") == {"王小明": "notes"}
    assert places("面试官乙") == {"李雷": "interviewers", "Emma Brown": "interviewers"}
    assert places("") == dict.fromkeys(people, None)
    notes_of = {r.name: r for r in rows}["王小明"]
    assert candidate_list.excerpt(notes_of, "千牛") == "熟悉千牛后台"
    assert candidate_list.excerpt(notes_of, "没有") == ""


def test_an_excerpt_is_cut_around_the_words_found() -> None:
    row = candidate_list.CandidateRow(
        id=1, name="x", role_id=None, role_names={}, status="new", channel=None,
        created_at="", last_interview=None, attitude=None, ability=None, quadrant=None,
        decision=None, interviewers="", notes="Said the Shop was Busy " * 5 + "Calm under "
        "pressure, " + "then more words " * 5)
    row.search = row.notes.lower()
    shown = candidate_list.excerpt(row, "calm UNDER")
    assert "Calm under" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 42


def test_role_names_are_searched_in_the_language_shown(db, people):
    rows = candidate_list.load_rows(db)

    def found_in(language: str) -> set[str]:
        return set(names(rows, candidate_list.matching(
            rows, CandidateFilter(text="español"), language)))

    assert found_in("es") == {"李雷", "孙七"} | {"王小明", "Emma Brown", "张伟", "周八"}
    assert found_in("zh") == found_in("en") == set()


# --- the list as the screen keeps it (ListIndex: what each keystroke and click uses) ----------
TYPED = ("王小明", "wxm", "wangx", "千牛", "emma b", "lil", "shop", "直播", "zz", "a")


@pytest.mark.parametrize("wanted", [
    {}, {"role_id": "shop_a"}, {"status": "decided"}, {"quadrant": "hire_first"},
    {"channel": "referral"}, {"date_from": "2024-01-01", "date_to": "2030-12-31"},
])
def test_the_kept_list_finds_as_the_search_does_while_typing_and_deleting(db, people, wanted):
    rows = candidate_list.load_rows(db) * 12  # enough rows for the scans over joined texts
    index = candidate_list.ListIndex(rows)
    for language in ("zh", "en"):
        for text in TYPED:
            typed = [text[:n] for n in range(1, len(text) + 1)]
            for step in typed + typed[::-1][1:] + [""]:  # type it, then delete it key by key
                want = CandidateFilter(text=step, **wanted)
                assert index.found(want, language) == candidate_list.found(rows, want, language)
            for want in (CandidateFilter(text=text, **wanted), CandidateFilter(text=text)):
                # a filter changed with the text left as typed: every row is looked at again
                assert index.found(want, language) == candidate_list.found(rows, want, language)


@pytest.mark.parametrize("column", COLUMNS)
def test_the_kept_list_sorts_as_sorting_does(db, people, column):
    rows = candidate_list.load_rows(db) * 3
    index = candidate_list.ListIndex(rows)
    every = list(range(len(rows)))
    for shown in (every, every[::2], candidate_list.matching(rows, CandidateFilter(text="王"))):
        for descending in (False, True):
            assert index.sorted_indexes(shown, column, descending, "zh") == \
                candidate_list.sorted_indexes(rows, shown, column, descending, "zh")


# --- the evidence kept per candidate (storage/list_evidence_repo.py) ---------------------------
def from_the_tables(db) -> list[candidate_list.CandidateRow]:
    """The list as made from the interviews, answers and history themselves."""
    return candidate_list._rows(db, candidate_list._summed_evidence(db))  # noqa: SLF001


def test_the_list_shows_every_write_at_once(db, people):
    def shown_as_written() -> None:
        assert candidate_list.load_rows(db) == from_the_tables(db)
        assert list_evidence_repo.fresh(db)  # read from the rows kept, not summed again

    shown_as_written()
    first = db.execute("SELECT id FROM interviews WHERE candidate_id = ? ORDER BY id",
                       [people["王小明"]]).fetchone()[0]
    db.execute("UPDATE answers SET score = 1 WHERE interview_id = ?", [first])  # knocked out?
    shown_as_written()
    db.execute("UPDATE interviewers SET name = '面试官丁' WHERE name = '面试官甲'")
    shown_as_written()
    assert by_name(db)["周八"].interviewers == "面试官丁"
    db.execute("DELETE FROM interviews WHERE candidate_id = ?", [people["周八"]])
    shown_as_written()
    assert by_name(db)["周八"].attitude is None
    debrief.decide(db, people["李雷"], "hire", "改了主意", "老板")
    interview(db, people["张伟"], "shop_a", "面试官乙", 5, 5, "2024-07-01T09:00:00.000+00:00",
              note="新的笔记")
    shown_as_written()
    row = by_name(db)["张伟"]
    assert (row.attitude, row.decision, by_name(db)["李雷"].decision) == (5.0, None, "hire")
    assert found(db, text="新的笔记") == {"张伟"}


def test_a_database_opened_read_only_lists_what_was_written_without_writing(opened):
    people = make_people(opened.db)
    candidate_list.load_rows(opened.db)
    opened.db.execute("UPDATE interviewers SET name = '面试官丁' WHERE name = '面试官甲'")
    opened.db.conn.commit()
    written = dump_tables(opened.db)
    reader = Database(open_read_only(opened.path))
    try:
        rows = candidate_list.load_rows(reader)
        assert rows == from_the_tables(opened.db)
        assert {r.name: r.interviewers for r in rows}["周八"] == "面试官丁"
        assert dump_tables(reader) == written  # nothing written, the stale rows left stale
        assert not list_evidence_repo.fresh(reader)
        assert len(rows) == len(people)
    finally:
        reader.conn.close()


def test_a_roles_new_thresholds_move_its_candidates_at_the_next_load(db, people):
    from hiring_app.storage import roles_repo

    assert by_name(db)["王小明"].quadrant == "hire_first"  # 4.0 / 4.0 by shop_a's 3.0 / 3.5
    role = roles_repo.get_role(db, "shop_a")
    role.thresholds = Thresholds(attitude=4.5, ability=4.5)
    roles_repo.save_role(db, role)
    assert by_name(db)["王小明"].quadrant == "turn_down"  # the rules read again
    assert candidate_list.load_rows(db) == from_the_tables(db)
