"""`hiring-app interviewers calibration [--json]`, run as a user runs it: in a subprocess, over a
copy of a company folder with the shipped library installed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiring_app.services.company import open_company
from tests.helpers.calibration import LENIENT, lenient_company, panel
from tests.unit.test_cli_interviews import display_column, ok

ROLE = "cs_presale"


@pytest.fixture
def panels(company: str) -> str:
    """The company with a lenient interviewer (tests/helpers/calibration.py), and one candidate
    where 王芳 scored attitude only, against 周婷 alone."""
    opened = open_company(Path(company))
    try:
        lenient_company(opened.db, ROLE)
        panel(opened.db, ROLE, "补充", [(LENIENT, (4, None)), ("周婷", (2, 3))])
    finally:
        opened.db.conn.close()
    return company


def test_an_empty_company_says_what_is_needed(company: str) -> None:
    shown = ok("--data-dir", company, "interviewers", "calibration")
    assert shown == ("No candidate has scorecards from two interviewers yet, so there is nothing "
                     "to compare. Have a second interviewer interview the same candidate and "
                     "submit a scorecard.\n")
    assert "两位面试官" in ok("--lang", "zh", "--data-dir", company, "interviewers", "calibration")
    assert json.loads(ok("--data-dir", company, "interviewers", "calibration", "--json")) == []


def test_the_table_flags_the_lenient_interviewer(panels: str) -> None:
    lines = ok("--data-dir", panels, "interviewers", "calibration").splitlines()
    assert lines[0].split() == ["interviewer", "shared", "attitude", "±", "ability", "±",
                                "leaning"]
    assert lines[1].split() == [LENIENT, "7", "+1.14", "+0.00", "(6)", "lenient", "on",
                                "attitude"]
    assert lines[2].split() == ["周婷", "1", "-2.00", "—", "fewer", "than", "5", "shared"]
    assert lines[3].split() == ["Ana", "López", "6", "-0.50", "+0.00", "in", "line"]
    assert lines[4].split() == ["李强", "6", "-0.50", "+0.00", "in", "line"]
    assert lines[5] == ""
    assert lines[6].startswith("Each difference is the interviewer's score (1-5) minus the mean")
    assert "±0.75 or more over at least 5 shared candidates" in lines[6]
    assert lines[7].startswith("A number in brackets after a difference")
    assert len(lines) == 8


def test_the_chinese_table_lines_up(panels: str) -> None:
    lines = ok("--lang", "zh", "--data-dir", panels, "interviewers", "calibration").splitlines()
    assert lines[0].split() == ["面试官", "共同候选人", "态度差", "能力差", "倾向"]
    assert "态度打分偏松" in lines[1] and "共同候选人不足 5 位" in lines[2]
    assert "与同事一致" in lines[3]
    for heading, cells in (("态度差", ("+1.14", "-2.00", "-0.50", "-0.50")),
                           ("倾向", ("态度打分偏松", "共同候选人不足", "与同事一致", "与同事一致"))):
        column = display_column(lines[0], heading)
        assert [display_column(line, cell) for line, cell in zip(lines[1:5], cells)] == (
            [column] * 4)
    assert lines[6].startswith("差值是面试官给同一位候选人的分数")
    es = ok("--lang", "es", "--data-dir", panels, "interviewers", "calibration")
    assert "indulgente en actitud" in es and "en línea con los demás" in es


def test_json_holds_the_same_numbers(panels: str) -> None:
    rows = json.loads(ok("--data-dir", panels, "interviewers", "calibration", "--json"))
    assert [row["interviewer"] for row in rows] == [LENIENT, "周婷", "Ana López", "李强"]
    assert rows[0] == {
        "interviewer": LENIENT, "candidates": 7, "shared": 7,
        "attitude": {"difference": pytest.approx(8 / 7), "shared": 7, "leaning": "lenient"},
        "ability": {"difference": 0.0, "shared": 6, "leaning": None}}
    assert rows[1]["ability"] == {"difference": None, "shared": 0, "leaning": None}
    assert rows[3]["attitude"] == {"difference": -0.5, "shared": 6, "leaning": None}


def test_the_command_is_listed_in_help(company: str) -> None:
    assert "calibration" in ok("--data-dir", company, "interviewers", "--help")
    assert "interviewers" in ok("--help")
