"""`hiring-app report candidate|compare|kit`, run as a user runs them: in a subprocess, on a
copy of an installed company folder filled with demo data."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.fixtures import run_cli


def pdf_text(path: Path) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def assert_one_line_error(result, fragment: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hiring-app: error: "), lines[0]
    assert fragment in lines[0], lines[0]


@pytest.fixture
def demo_company(company: str) -> str:
    result = run_cli("--data-dir", company, "demo", "--candidates", "5")
    assert result.returncode == 0, result.stderr
    return company


def _rows(company: str, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(Path(company) / "hiring.db")) as conn:
        return conn.execute(sql).fetchall()


def test_candidate_report_in_the_global_or_own_language(demo_company, tmp_path):
    candidate_id, name = _rows(demo_company, "SELECT id, name FROM candidates ORDER BY id")[0]
    out = tmp_path / "c.pdf"
    result = run_cli("--data-dir", demo_company, "--lang", "en", "report", "candidate",
                     str(candidate_id), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = pdf_text(out)
    assert "".join(name.split()) in text and "Candidatereport" in text
    result = run_cli("--data-dir", demo_company, "--lang", "en", "report", "candidate",
                     str(candidate_id), "-o", str(out), "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert "Informedelcandidato" in pdf_text(out)
    result = run_cli("--data-dir", demo_company, "report", "candidate", str(candidate_id),
                     "-o", str(out))
    assert "候选人报告" in pdf_text(out)  # Chinese by default


def test_compare_given_candidates_and_a_roles_best(demo_company, tmp_path):
    ids = [str(r[0]) for r in _rows(demo_company, "SELECT DISTINCT candidate_id FROM interviews"
                                                  " WHERE state = 'submitted' ORDER BY 1")][:2]
    out = tmp_path / "cmp.pdf"
    result = run_cli("--data-dir", demo_company, "report", "compare", "--candidate", ids[0],
                     "--candidate", ids[1], "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Candidatecomparison" in pdf_text(out)
    # a role with too few scored candidates is refused with one line
    result = run_cli("--data-dir", demo_company, "report", "compare", "--role", "cs_presale",
                     "-o", str(tmp_path / "none.pdf"))
    if result.returncode != 0:
        assert_one_line_error(result, "at least 2")
        assert not (tmp_path / "none.pdf").exists()


def test_interview_kit(demo_company, tmp_path):
    out = tmp_path / "kit.pdf"
    result = run_cli("--data-dir", demo_company, "report", "kit", "--role", "cs_presale",
                     "-o", str(out), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert "面试工具包" in pdf_text(out)


@pytest.mark.parametrize("args, fragment", [
    (["report", "candidate", "999", "-o", "{tmp}/x.pdf"], "no candidate with the id 999"),
    (["report", "kit", "--role", "nope", "-o", "{tmp}/x.pdf"], "no role with the id 'nope'"),
    (["report", "compare", "--role", "nope", "-o", "{tmp}/x.pdf"], "no role"),
    (["report", "compare", "-o", "{tmp}/x.pdf"], "--role"),
    (["report", "candidate", "1", "-o", "{tmp}/missing/x.pdf"], "does not exist"),
    (["report", "candidate", "1"], "-o"),
    (["report", "kit", "--role", "cs_presale", "-o", "{tmp}/x.pdf", "--lang", "fr"], "fr"),
])
def test_mistakes_are_one_line_and_exit_2(demo_company, tmp_path, args, fragment):
    result = run_cli("--data-dir", demo_company, *(a.format(tmp=tmp_path) for a in args))
    assert_one_line_error(result, fragment)
    assert not (tmp_path / "x.pdf").exists()
