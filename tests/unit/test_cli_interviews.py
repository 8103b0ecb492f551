"""`hiring-app candidates ...` and `hiring-app scorecards ...`, run as a user runs them: in a
subprocess, over copies of one company folder with the shipped library installed once."""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest

from hiring_app.services import interviews
from hiring_app.services.candidates import CHANNELS
from hiring_app.services.company import open_company
from hiring_app.services.scorecards import candidate_result
from tests.helpers.fixtures import copy_installed, dump_tables, run_cli

ROLE = "cs_presale"


def ok(*args: str) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def assert_one_line_error(result, fragment: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hiring-app: error: "), lines[0]
    assert fragment in lines[0], lines[0]


def display_column(line: str, text: str) -> int:
    """The terminal column where `text` starts in `line` (Chinese characters take two)."""
    before = line[:line.index(text)]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in before)


def submit_interview(folder: str, candidate_id: int, interviewer: str, score: int,
                     decision: str, notes: str) -> None:
    """An interviewer's scorecard, filled in and submitted (what the interview screen does)."""
    opened = open_company(Path(folder))
    try:
        interview_id = interviews.start_interview(opened.db, candidate_id, ROLE, interviewer)
        answers = {a.question_id: {"score": score, "notes": notes}
                   for a in interviews.load_interview(opened.db, interview_id).answers}
        interviews.apply_changes(opened.db, interview_id, {"free_notes": notes}, answers)
        interviews.submit(opened.db, interview_id, decision, notes)
    finally:
        opened.db.conn.close()


def combined(folder: str, candidate_id: int) -> tuple:
    opened = open_company(Path(folder))
    try:
        result = candidate_result(opened.db, candidate_id)
    finally:
        opened.db.conn.close()
    return (result.count, result.attitude, result.ability, result.quadrant, result.decisions)


NOT_SCORED = {"attitude": None, "ability": None, "quadrant": None, "decision": None}


def test_candidates_add_prints_the_new_id_and_list_shows_them(company: str) -> None:
    assert ok("--data-dir", company, "candidates", "add", "--name", "张伟", "--role", ROLE,
              "--channel", "referral", "--phone", "138 0000 0000") == "1\n"
    assert ok("--data-dir", company, "candidates", "add", "--name", "Ana López",
              "--role", "wh_packer", "--email", "ana@example.com") == "2\n"

    listed = json.loads(ok("--data-dir", company, "candidates", "list", "--json"))
    assert listed == [
        {"id": 1, "name": "张伟", "role_id": ROLE, "status": "new", "channel": "referral",
         **NOT_SCORED},
        {"id": 2, "name": "Ana López", "role_id": "wh_packer", "status": "new", "channel": None,
         **NOT_SCORED},
    ]

    header, *rows = ok("--data-dir", company, "candidates", "list").splitlines()
    assert header.split() == ["id", "name", "role_id", "status", "channel", "attitude",
                              "ability", "quadrant", "decision"]
    assert len(rows) == 2
    for row, role in zip(rows, (ROLE, "wh_packer")):  # columns line up, even after Chinese
        assert display_column(row, role) == display_column(header, "role_id")
        assert display_column(row, "new") == display_column(header, "status")


def test_candidates_list_searches_as_the_window_does(company: str) -> None:
    for name in ("李明", "林明", "张伟", "Ana López"):
        ok("--data-dir", company, "candidates", "add", "--name", name, "--role", ROLE)

    def found(text: str) -> list[str]:
        listed = ok("--data-dir", company, "candidates", "list", "--json", "--search", text)
        return [row["name"] for row in json.loads(listed)]

    assert found("lm") == ["李明", "林明"]
    assert found("liming") == found("李") == ["李明"]
    assert found("lopez") == ["Ana López"]
    assert found("nobody") == []


def test_scorecards_travel_between_two_data_folders(installed_template: Path,
                                                    tmp_path: Path) -> None:
    home = copy_installed(installed_template, tmp_path / "home")
    office = copy_installed(installed_template, tmp_path / "office")
    candidate = int(ok("--data-dir", home, "candidates", "add", "--name", "张伟",
                       "--role", ROLE))
    submit_interview(home, candidate, "王芳", 4, "hire", "认真 <b>&</b> 😀")
    submit_interview(home, candidate, "李强", 2, "hold", "态度一般 'quoted'")

    card = tmp_path / "张伟.json"
    exported = ok("--data-dir", home, "scorecards", "export", "--candidate", str(candidate),
                  "-o", str(card))
    assert exported == f"exported 2 scorecards of candidate {candidate} to {card}\n"

    imported = ok("--data-dir", office, "scorecards", "import", str(card))
    assert imported.startswith(f"imported {card}: 2 scorecards added to candidate 1 (张伟, ")
    assert "new candidate" in imported
    listed = json.loads(ok("--data-dir", office, "candidates", "list", "--json"))
    assert [(c["name"], c["role_id"], c["status"]) for c in listed] == [
        ("张伟", ROLE, "interviewing")]  # scorecards in; the decision is the debrief's
    assert combined(office, 1) == combined(home, candidate)

    again = run_cli("--data-dir", office, "scorecards", "import", str(card))
    assert_one_line_error(again, "already imported")
    assert json.loads(ok("--data-dir", office, "candidates", "list", "--json")) == listed


@pytest.fixture(scope="module")
def company_with_candidate(installed_template: Path, tmp_path_factory) -> Path:
    """An installed company folder holding one candidate without a scorecard (id 1)."""
    folder = copy_installed(installed_template, tmp_path_factory.mktemp("one") / "company")
    ok("--data-dir", folder, "candidates", "add", "--name", "已有", "--role", ROLE)
    return Path(folder)


def database_rows(folder: str) -> dict:
    with closing(sqlite3.connect(Path(folder) / "hiring.db")) as conn:
        return dump_tables(conn)


@pytest.mark.parametrize(("args", "fragment"), [
    (["candidates", "add", "--name", "张伟", "--role", "no_such_role"],
     "no role with the id 'no_such_role'"),
    (["candidates", "add", "--name", "  ", "--role", ROLE], "a candidate needs a name"),
    (["candidates", "add", "--name", "张伟", "--role", ROLE, "--channel", "tv"],
     "unknown channel 'tv'; use one of: online_board, campus"),
    (["candidates", "add", "--name", "张伟", "--role", ROLE, "--email", "nope"],
     "does not look like an e-mail address"),
    (["candidates", "add", "--name", "张伟"], "--role"),
    (["candidates", "list", "--yaml"], "--yaml"),
    (["scorecards", "export", "--candidate", "999", "-o", "{tmp}/out.json"],
     "no candidate with the id 999"),
    (["scorecards", "export", "--candidate", "1", "-o", "{tmp}/out.json"],
     "candidate 1 (已有) has no submitted scorecard to export"),
    (["scorecards", "export", "--candidate", "one", "-o", "{tmp}/out.json"],
     "invalid int value: 'one'"),
    (["scorecards", "import", "{tmp}/missing.json"], "missing.json: cannot read the file"),
    (["scorecards", "import", "{tmp}/broken.json"], "broken.json: not valid JSON"),
    (["scorecards", "import", "{tmp}/bank.yaml"],
     "bank.yaml: $.format: must be 'hiring-scorecard/1' (is this a scorecard file?)"),
])
def test_mistakes_are_one_line_and_change_nothing(args: list[str], fragment: str,
                                                  company_with_candidate: Path,
                                                  tmp_path: Path) -> None:
    folder = copy_installed(company_with_candidate, tmp_path / "company")
    (tmp_path / "broken.json").write_text('{"format": ', encoding="utf-8")
    (tmp_path / "bank.yaml").write_text('{"format": "hiring-bank/1", "roles": []}',
                                        encoding="utf-8")
    before = database_rows(folder)
    result = run_cli("--data-dir", folder, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert_one_line_error(result, fragment)
    assert database_rows(folder) == before
    assert not (tmp_path / "out.json").exists()


def test_the_help_names_every_channel() -> None:
    result = run_cli("candidates", "add", "--help")
    assert result.returncode == 0
    for channel in CHANNELS:
        assert channel in result.stdout


def test_a_long_list_shows_its_first_rows_and_says_how_to_see_more(company: str) -> None:
    """A person's table shows the first rows by id and says, in their language, how many
    there are and how to see more; a program's JSON holds everyone unless --limit is given."""
    for number in range(1, 6):
        ok("--data-dir", company, "candidates", "add", "--name", f"候选人{number}", "--role", ROLE)
    shown = run_cli("--data-dir", company, "--lang", "zh", "candidates", "list", "--limit", "2")
    assert shown.returncode == 0, shown.stderr
    assert [line.split()[1] for line in shown.stdout.splitlines()[1:]] == ["候选人1", "候选人2"]
    assert "5" in shown.stderr and "--all" in shown.stderr and "前 2 位" in shown.stderr
    every = run_cli("--data-dir", company, "candidates", "list", "--all")
    assert len(every.stdout.splitlines()) == 6 and every.stderr == ""
    assert len(json.loads(ok("--data-dir", company, "candidates", "list", "--json"))) == 5
    limited = run_cli("--data-dir", company, "candidates", "list", "--json", "--limit", "3")
    assert [row["id"] for row in json.loads(limited.stdout)] == [1, 2, 3]  # notice on stderr
    found = run_cli("--data-dir", company, "candidates", "list", "--search", "候选人",
                    "--limit", "1")
    assert len(found.stdout.splitlines()) == 2 and "5" in found.stderr
