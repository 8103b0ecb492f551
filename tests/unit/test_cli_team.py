"""`hiring-app team` and `hiring-app positions`: the company's stage and team with what the stage
calls for, open positions and who applied; `hiring-app report onboarding` writes a plan's PDF."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from hiring_app.services import debrief, onboarding
from hiring_app.services import interviews as interview_service
from hiring_app.services.candidates import add_candidate
from hiring_app.services.company import open_company
from tests.helpers.fixtures import run_cli
from tests.unit.test_cli_interviews import assert_one_line_error, ok


def test_team_stage_members_and_gaps(company) -> None:
    ok("--data-dir", company, "team", "stage", "minimum")
    added = ok("--data-dir", company, "team", "add-member", "王磊", "--role", "cs_presale",
               "--team-role", "steady_worker")
    assert "王磊" in added
    shown = json.loads(ok("--data-dir", company, "team", "show", "--json"))
    assert shown["stage"] == "minimum" and shown["members"][0]["name"] == "王磊"
    missing = shown["gaps"]["missing_roles"]
    assert "cs_presale" not in missing and missing  # the others are still missing
    assert "steady_worker" not in shown["gaps"]["team_roles_missing"]
    assert shown["next_stage"] == "starting" and shown["next_stage_adds"]
    text = ok("--data-dir", company, "--lang", "zh", "team", "show")
    assert "王磊" in text and "最小团队" in text
    member_id = str(shown["members"][0]["id"])
    ok("--data-dir", company, "team", "remove-member", member_id)
    assert json.loads(ok("--data-dir", company, "team", "show", "--json"))["members"] == []


def test_bad_team_input_is_one_clear_line(company) -> None:
    assert_one_line_error(run_cli("--data-dir", company, "team", "stage", "giant"), "giant")
    assert_one_line_error(run_cli("--data-dir", company, "team", "add-member", "Li", "--role",
                                  "nope"), "nope")
    assert_one_line_error(run_cli("--data-dir", company, "--lang", "zh", "team",
                                  "remove-member", "99"), "99")


def test_positions_add_list_apply_and_close(company) -> None:
    assert "opened position 1" in ok("--data-dir", company, "positions", "add", "--role",
                                     "cs_presale", "--places", "2", "--by", "2026-06-30",
                                     "--note", "先跟师傅")
    opened = open_company(Path(company))
    candidate = add_candidate(opened.db, "张伟", "cs_presale")
    opened.db.conn.close()
    ok("--data-dir", company, "positions", "apply", "1", "--candidate", str(candidate))
    rows = json.loads(ok("--data-dir", company, "positions", "list", "--json"))
    assert [(r["id"], r["places"], r["applied"], r["filled"], r["open"]) for r in rows] == [
        (1, 2, 1, 0, 2)]
    table = ok("--data-dir", company, "--lang", "es", "positions", "list")
    assert "abierta" in table and "2026-06-30" in table
    ok("--data-dir", company, "positions", "close", "1")
    assert json.loads(ok("--data-dir", company, "positions", "list", "--json"))[0]["closed_at"]
    assert_one_line_error(run_cli("--data-dir", company, "positions", "close", "1"),
                          "already closed")
    assert_one_line_error(run_cli("--data-dir", company, "positions", "add", "--role",
                                  "cs_presale", "--places", "2", "--by", "soon"), "soon")


def test_report_onboarding_writes_the_plan(company, tmp_path) -> None:
    opened = open_company(Path(company))
    db = opened.db
    candidate = add_candidate(db, "欧阳娜", "cs_presale")
    interview = interview_service.start_interview(db, candidate, "cs_presale", "面试官甲")
    interview_service.submit(db, interview, "hire", "")
    debrief.decide(db, candidate, "hire", "态度好")
    start = date(2026, 1, 5)
    onboarding.save_plan(db, candidate, mentor="王磊", start_date=start,
                         review_date=start + timedelta(days=90), goals="熟悉千牛")
    db.conn.close()
    out = tmp_path / "plan.pdf"
    said = ok("--data-dir", company, "report", "onboarding", str(candidate), "-o", str(out),
              "--lang", "en")
    assert str(out) in said
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "欧阳娜" in text and "王磊" in text and "Onboarding plan" in text
    missing = run_cli("--data-dir", company, "report", "onboarding", "99999", "-o",
                      str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and not (tmp_path / "x.pdf").exists()
