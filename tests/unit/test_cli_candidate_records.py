"""`hiring-app candidates edit|attach|attachments`, run as a user runs them (a subprocess over
a copy of one company folder): only the fields given change, in the --lang language; files
are checked before they are kept; every mistake is one line and changes nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiring_app.services import attachments
from hiring_app.services import candidates as candidate_service
from hiring_app.services.company import open_company
from tests.helpers.fixtures import dump_tables, run_cli
from tests.unit.test_cli_interviews import ROLE, assert_one_line_error, ok

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"


@pytest.fixture
def folder(company: str) -> str:
    ok("--data-dir", company, "candidates", "add", "--name", "张伟", "--role", ROLE,
       "--channel", "referral", "--phone", "138 0000 0000")
    return company


def record(folder: str, candidate_id: int = 1) -> dict:
    opened = open_company(Path(folder))
    try:
        return candidate_service.get_candidate(opened.db, candidate_id)
    finally:
        opened.db.conn.close()


def rows(folder: str) -> dict:
    opened = open_company(Path(folder))
    try:
        return dump_tables(opened.db)
    finally:
        opened.db.conn.close()


def test_edit_changes_only_the_fields_given_and_says_which(folder: str) -> None:
    before = record(folder)
    out = ok("--data-dir", folder, "--lang", "zh", "candidates", "edit", "1",
             "--phone", "139 1111 2222", "--notes", "第一行\n第二行")
    assert out == "已更新候选人 1：电话、备注\n"
    after = record(folder)
    assert (after["phone"], after["notes"]) == ("139 1111 2222", "第一行\n第二行")
    assert (after["name"], after["channel"], after["role_id"]) == (
        before["name"], before["channel"], before["role_id"])

    out = ok("--data-dir", folder, "candidates", "edit", "1", "--name", "张 伟",
             "--channel", "", "--email", "zhang@example.com")
    assert out == "updated candidate 1: name, e-mail, channel\n"
    after = record(folder)
    assert (after["name"], after["channel"], after["email"]) == ("张 伟", None,
                                                                 "zhang@example.com")
    assert ok("--data-dir", folder, "--lang", "es", "candidates", "edit", "1",
              "--name", "张 伟") == "no hay nada que cambiar en el candidato 1\n"


@pytest.mark.parametrize(("args", "fragment"), [
    (["edit", "1"], "give at least one field to change"),
    (["edit", "1", "--name", ""], "a candidate needs a name"),
    (["edit", "1", "--email", "nope"], "'nope' does not look like an e-mail address"),
    (["edit", "1", "--channel", "billboard"], "unknown channel 'billboard'"),
    (["edit", "1", "--role", "no_such_role"], "no_such_role"),
    (["edit", "7", "--phone", "1"], "no candidate with the id 7"),
    (["edit", "x", "--phone", "1"], "invalid int value"),
    (["attach", "1", "{tmp}/missing.pdf"], "cannot read"),
    (["attach", "1", "{tmp}/fake.pdf"], "is not a .pdf file"),
    (["attach", "1", "{tmp}/notes.txt"], "only these kinds of file are accepted"),
    (["attach", "9", "{tmp}/real.pdf"], "no candidate with the id 9"),
    (["attachments", "9"], "no candidate with the id 9"),
])
def test_mistakes_are_one_line_and_change_nothing(folder: str, tmp_path: Path, args: list[str],
                                                  fragment: str) -> None:
    (tmp_path / "fake.pdf").write_bytes(b"MZ not a pdf")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "real.pdf").write_bytes(PDF)
    before = rows(folder)
    result = run_cli("--data-dir", folder, "candidates",
                     *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert_one_line_error(result, fragment)
    assert rows(folder) == before


def test_mistakes_are_said_in_the_chosen_language(folder: str, tmp_path: Path) -> None:
    (tmp_path / "fake.pdf").write_bytes(b"MZ not a pdf")
    result = run_cli("--data-dir", folder, "--lang", "zh", "candidates", "attach", "1",
                     str(tmp_path / "fake.pdf"))
    assert_one_line_error(result, "“fake.pdf”的内容不是 .pdf 文件")


def test_attach_keeps_the_file_and_attachments_lists_it(folder: str, tmp_path: Path) -> None:
    assert ok("--data-dir", folder, "candidates", "attachments", "1") == (
        "candidate 1 has no attached files\n")
    path = tmp_path / "张伟简历.pdf"
    path.write_bytes(PDF)
    out = ok("--data-dir", folder, "candidates", "attach", "1", str(path))
    assert out == "attached 张伟简历.pdf (0.00 MB) to candidate 1 as file 1\n"

    listed = json.loads(ok("--data-dir", folder, "candidates", "attachments", "1", "--json"))
    assert [(f["id"], f["file_name"], f["media_type"], f["size"]) for f in listed] == [
        (1, "张伟简历.pdf", "application/pdf", len(PDF))]
    table = ok("--data-dir", folder, "--lang", "zh", "candidates", "attachments", "1")
    heading, line = table.splitlines()
    assert heading.split() == ["编号", "文件名", "类型", "大小", "添加时间"]
    assert "张伟简历.pdf" in line and "application/pdf" in line
    opened = open_company(Path(folder))
    try:
        assert attachments.content_of(opened.db, 1) == PDF
    finally:
        opened.db.conn.close()


def test_a_role_with_submitted_scorecards_stays(folder: str) -> None:
    from tests.unit.test_cli_interviews import submit_interview

    submit_interview(folder, 1, "面试官甲", 4, "hire", "好")
    before = rows(folder)
    result = run_cli("--data-dir", folder, "candidates", "edit", "1", "--role", "wh_packer")
    assert_one_line_error(result, "already has submitted scorecards")
    assert rows(folder) == before
