"""`hiring-app compare` and `hiring-app decide`: the ranking with verdicts, knock-outs and
decisions; the hiring decision recorded with a reason, as the window's debrief does."""
from __future__ import annotations

import json
from pathlib import Path

from hiring_app.services import interviews
from hiring_app.services.candidates import add_candidate, get_candidate
from hiring_app.services.company import open_company
from tests.helpers.fixtures import run_cli
from tests.unit.test_cli_interviews import assert_one_line_error, display_column, ok

ROLE = "cs_presale"


def candidates(folder: str) -> dict[str, int]:
    """Three candidates of one role: a clear hire, a knock-out (a ticked knock-out red flag on
    otherwise perfect scores), and a 基本不用 (poor attitude, strong ability)."""
    opened = open_company(Path(folder))
    db = opened.db
    ids = {}
    try:
        for name, attitude, ability, flags in (("张伟", 5, 5, []), ("李娜", 5, 5,
                                                                       ["leaks_confidential"]),
                                               ("王芳", 2, 5, [])):
            ids[name] = add_candidate(db, name, ROLE)
            interview_id = interviews.start_interview(db, ids[name], ROLE, "面试官甲")
            answers = {a.question_id: {"score": attitude if a.dimension == "attitude"
                                       else ability}
                       for a in interviews.load_interview(db, interview_id).answers
                       if a.dimension}
            # a knock-out question of the role answered well, so only the flag can knock out
            interviews.apply_changes(db, interview_id, {"red_flags": flags}, answers)
            interviews.submit(db, interview_id, "hire", "")
    finally:
        db.conn.close()
    return ids


def test_compare_ranks_quadrant_first_and_knock_outs_last(company) -> None:
    ids = candidates(company)
    rows = json.loads(ok("--data-dir", company, "compare", "--role", ROLE, "--json"))
    assert [r["name"] for r in rows] == ["张伟", "王芳", "李娜"]
    first, middle, last = rows
    assert (first["quadrant"], first["recommended"], first["knocked_out"]) == (
        "hire_first", "hire", False)
    assert (middle["quadrant"], middle["recommended"]) == ("generally_not", "reject")
    assert last["knocked_out"] and last["quadrant"] == "turn_down"
    assert last["recommended"] == "reject" and "Knock-out" in last["reasons"][0]
    assert middle["weighted_total"] < last["weighted_total"]  # the total does not rescue them
    assert {r["decision"] for r in rows} == {None}  # scorecards recommend; nobody decided yet
    assert {r["id"] for r in rows} == set(ids.values())


def test_compare_in_chinese_lines_up_and_names_the_knock_out(company) -> None:
    candidates(company)
    text = ok("--data-dir", company, "--lang", "zh", "compare", "--role", ROLE)
    lines = text.splitlines()
    header, *table = lines[:4]
    assert "判定" in header and "建议" in header
    column = display_column(header, "判定")
    assert display_column(table[0], "首选") == column
    assert "一票否决" in text and "随意透露前公司机密" in text
    assert "排序：先按象限" in text


def test_compare_refuses_a_role_with_too_few_and_an_unknown_role(company) -> None:
    assert_one_line_error(run_cli("--data-dir", company, "compare", "--role", ROLE),
                          "at least 2")
    assert_one_line_error(run_cli("--data-dir", company, "compare", "--role", "no_such"),
                          "no_such")


def test_decide_records_the_decision_and_says_when_it_goes_against(company) -> None:
    ids = candidates(company)
    said = ok("--data-dir", company, "decide", str(ids["王芳"]), "--decision", "hire",
              "--reason", "Urgent gap; probation review at 3 months", "--by", "老板")
    assert "Recorded the hiring decision" in said and "against the recommendation" in said
    quiet = ok("--data-dir", company, "decide", str(ids["张伟"]), "--decision", "hire",
               "--reason", "Clear on both")
    assert "against" not in quiet
    opened = open_company(Path(company))
    try:
        assert get_candidate(opened.db, ids["王芳"])["status"] == "decided"
    finally:
        opened.db.conn.close()
    rows = json.loads(ok("--data-dir", company, "compare", "--role", ROLE, "--json"))
    assert {r["name"]: r["decision"] for r in rows} == {"张伟": "hire", "王芳": "hire",
                                                        "李娜": None}


def test_decide_without_a_reason_or_for_nobody_changes_nothing(company) -> None:
    ids = candidates(company)
    assert_one_line_error(run_cli("--data-dir", company, "decide", str(ids["张伟"]),
                                  "--decision", "hire", "--reason", "   "), "reason")
    assert_one_line_error(run_cli("--data-dir", company, "decide", "9999", "--decision",
                                  "hire", "--reason", "x"), "9999")
    refused = run_cli("--data-dir", company, "decide", str(ids["张伟"]), "--decision", "maybe",
                      "--reason", "x")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    rows = json.loads(ok("--data-dir", company, "compare", "--role", ROLE, "--json"))
    assert {r["decision"] for r in rows} == {None}
