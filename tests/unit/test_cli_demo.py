"""`hiring-app demo`, run as a user runs it: in a subprocess, on a copy of an installed
company folder."""
from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.helpers.fixtures import dump_tables, run_cli


def candidate_names(folder: str) -> list[str]:
    with closing(sqlite3.connect(Path(folder) / "hiring.db")) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM candidates ORDER BY id")]


def dump(folder: str) -> dict:
    with closing(sqlite3.connect(Path(folder) / "hiring.db")) as conn:
        return dump_tables(conn)


def test_demo_adds_the_candidates_asked_for_and_says_what_it_made(company):
    result = run_cli("--data-dir", company, "demo", "--candidates", "25", "--answers", "300")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "added 25 demo candidates" in result.stdout
    assert re.search(r"answers:\s+300\b", result.stdout), result.stdout
    names = candidate_names(company)
    assert len(names) == 25
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) for n in names), names  # zh by default
    with closing(sqlite3.connect(Path(company) / "hiring.db")) as conn:
        assert conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 300


def test_demo_adds_forty_by_default(company):
    assert run_cli("--data-dir", company, "demo").returncode == 0
    assert len(candidate_names(company)) == 40


def test_a_second_run_is_refused_without_add_and_changes_nothing(company):
    assert run_cli("--data-dir", company, "demo", "--candidates", "5").returncode == 0
    before = dump(company)
    result = run_cli("--data-dir", company, "demo", "--candidates", "5")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hiring-app: error: "), result.stderr
    assert "--add" in lines[0]
    assert dump(company) == before

    added = run_cli("--data-dir", company, "demo", "--candidates", "5", "--add")
    assert added.returncode == 0, added.stderr
    assert len(candidate_names(company)) == 10


def test_english_gives_latin_names(company):
    result = run_cli("--data-dir", company, "--lang", "en", "demo", "--candidates", "12")
    assert result.returncode == 0, result.stderr
    names = candidate_names(company)
    assert len(names) == 12
    assert all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", n) for n in names), names


def test_a_bad_count_is_one_line_error(company):
    result = run_cli("--data-dir", company, "demo", "--candidates", "0")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert candidate_names(company) == []


def test_the_window_and_the_command_load_as_many_demo_candidates():
    """File ▸ Load demo candidates… and `hiring-app demo` give the same company: the command
    keeps its own copy of the number (so --help need not import the generator)."""
    from hiring_app import cli_demo
    from hiring_app.services import demo

    assert cli_demo.DEFAULT_CANDIDATES == demo.DEFAULT_CANDIDATES
