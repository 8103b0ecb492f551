"""`hiring-app decide` and `hiring-app compare` as a careless or hostile user types them: every
mistake is one translated line on stderr, exit status 2, and the database is left as it was."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiring_app.cli import main
from hiring_app.services.company import open_company
from hiring_app.services.demo import generate
from tests.helpers.fixtures import read_dump

HUGE = "99999999999999999999999"  # no SQLite INTEGER holds it


@pytest.fixture
def demo(company: str) -> str:
    opened = open_company(Path(company))
    generate(opened.db, 40, language="zh", seed=5)
    opened.db.conn.close()
    return company


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _refused(capsys, folder: str, *args: str) -> str:
    before = read_dump(Path(folder) / "hiring.db")
    code, out, err = _run(capsys, "--data-dir", folder, "--lang", "zh", *args)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hiring-app: error: "), err
    assert "Traceback" not in err + out and "内部错误" not in err
    assert read_dump(Path(folder) / "hiring.db") == before
    return lines[0]


def _roles_and_ids(folder: str) -> dict[str, list[int]]:
    opened = open_company(Path(folder))
    rows = opened.db.execute(
        "SELECT c.role_id, c.id FROM candidates c WHERE EXISTS (SELECT 1 FROM interviews i "
        "WHERE i.candidate_id = c.id AND i.state = 'submitted') ORDER BY c.id").fetchall()
    opened.db.conn.close()
    found: dict[str, list[int]] = {}
    for role_id, candidate_id in rows:
        found.setdefault(role_id, []).append(candidate_id)
    return found


@pytest.mark.parametrize("args", [
    ["decide", HUGE, "--decision", "hire", "--reason", "x"],
    ["decide", "-" + HUGE, "--decision", "hire", "--reason", "x"],
    ["compare", "--role", "cs_presale", "--candidate", HUGE, "--candidate", "1"],
    ["scorecards", "export", "--candidate", HUGE, "-o", "{tmp}/out.json"],
    ["report", "candidate", HUGE, "-o", "{tmp}/out.pdf"],
    ["report", "compare", "--candidate", HUGE, "--candidate", "1", "-o", "{tmp}/out.pdf"],
    ["erase", "candidate", HUGE, "--yes"],
    ["export", "candidate", "9223372036854775808", "-o", "{tmp}/out.json"],
])
def test_an_id_too_large_for_the_database_is_no_candidate(args, company, tmp_path,
                                                          capsys) -> None:
    """Was: `internal error (OverflowError)` (exit 3) from every command taking a candidate id."""
    line = _refused(capsys, company, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert "没有编号为" in line and "的候选人" in line
    assert not list(tmp_path.glob("out.*"))


def test_the_largest_id_the_database_holds_is_merely_not_found(company, capsys) -> None:
    line = _refused(capsys, company, "decide", "9223372036854775807", "--decision", "hire",
                    "--reason", "x")
    assert "没有编号为 9223372036854775807 的候选人" in line


def test_one_given_candidate_is_too_few_not_a_role_without_scorecards(demo, capsys) -> None:
    """Was: 'the role has only 1 candidate with a submitted scorecard' for a role with many."""
    role, ids = next((r, i) for r, i in _roles_and_ids(demo).items() if len(i) >= 2)
    line = _refused(capsys, demo, "compare", "--role", role, "--candidate", str(ids[0]))
    assert "请选择 2 到 20 位候选人进行比较" in line
    line = _refused(capsys, demo, "compare", "--role", role, "--candidate", str(ids[0]),
                    "--candidate", str(ids[0]))
    assert "请选择 2 到 20 位候选人进行比较" in line


def test_a_candidate_of_another_role_is_refused(demo, capsys) -> None:
    """Was: compared and ranked under --role without a word, by their own role's rules."""
    roles = _roles_and_ids(demo)
    (first, first_ids), (other, other_ids) = list(roles.items())[:2]
    line = _refused(capsys, demo, "compare", "--role", first, "--candidate", str(first_ids[0]),
                    "--candidate", str(other_ids[0]))
    assert f"候选人 {other_ids[0]}" in line and other in line and first in line
    # the role's own candidates still compare, as text and as JSON
    code, out, _ = _run(capsys, "--data-dir", demo, "compare", "--role", first, "--json")
    assert code == 0 and {c["role_id"] for c in json.loads(out)} == {first}
