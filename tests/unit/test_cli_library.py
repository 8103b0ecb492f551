"""`hiring-app banks ...` and `hiring-app roles list`, run as a user runs them: in a subprocess.

Commands over a company database use the shared `company` / `full_library` fixtures
(tests/helpers/fixtures.py): the shipped library is installed once and copied per test.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.helpers.banks import line_of, minimal_bank, role_dict, write_bank
from tests.helpers.fixtures import run_cli

CJK = re.compile(r"[\u4e00-\u9fff]")


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.stderr + result.stdout
    assert "internal error" not in result.stderr


# --- banks validate (needs only core.yaml) ---------------------------------------------------
def test_validate_a_good_file(tmp_path: Path) -> None:
    path = write_bank(tmp_path / "good.yaml", minimal_bank())
    result = run_cli("banks", "validate", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok: {path} (1 roles, 6 questions)"
    assert result.stderr == ""


def test_validate_lists_every_problem_as_file_line(tmp_path: Path) -> None:
    good = write_bank(tmp_path / "good.yaml", minimal_bank())
    data = minimal_bank()
    data["roles"][0]["department"] = "astrology"
    data["roles"][0]["questions"][1]["facet"] = "telepathy"
    bad = write_bank(tmp_path / "bad.yaml", data)
    text = bad.read_text(encoding="utf-8")

    result = run_cli("banks", "validate", str(bad), str(good))
    assert result.returncode == 2
    assert_no_traceback(result)
    assert result.stdout.strip() == f"ok: {good} (1 roles, 6 questions)"  # the rest still checked
    assert result.stderr.splitlines() == [
        f"invalid: {bad}:{line_of(text, 'department: astrology')}: role role_x: department: "
        "unknown department 'astrology'",
        f"invalid: {bad}:{line_of(text, 'facet: telepathy')}: question role_x_q2: facet: "
        "unknown facet 'telepathy'",
    ]


def test_validate_a_yaml_error_is_one_line_per_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("format: hiring-bank/1\nroles:\n  - id: a\n   bad: indent\n", encoding="utf-8")
    result = run_cli("banks", "validate", str(path))
    assert result.returncode == 2
    assert_no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert re.fullmatch(rf"invalid: {re.escape(str(path))}:\d+: not valid YAML: .+", lines[0])


def test_validate_a_missing_file(tmp_path: Path) -> None:
    result = run_cli("banks", "validate", str(tmp_path / "nowhere.yaml"))
    assert result.returncode == 2
    assert_no_traceback(result)
    assert result.stderr.startswith(f"invalid: {tmp_path / 'nowhere.yaml'}: cannot read")


# --- commands over a company database (need the whole shipped library) -----------------------
def test_export_then_import_round_trips(tmp_path: Path, company: str) -> None:
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    exported = run_cli("--data-dir", company, "banks", "export", "-o", str(first))
    assert exported.returncode == 0, exported.stderr
    count = len(yaml.safe_load(first.read_text(encoding="utf-8"))["roles"])
    assert exported.stdout.strip() == f"exported {count} roles to {first}"

    imported = run_cli("--data-dir", company, "banks", "import", str(first))
    assert imported.returncode == 0, imported.stderr
    assert f"0 roles added, {count} updated" in imported.stdout

    assert run_cli("--data-dir", company, "banks", "export", "-o", str(second)).returncode == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_a_new_role_then_list_it(tmp_path: Path, company: str) -> None:
    path = write_bank(tmp_path / "mine.yaml", {"format": "hiring-bank/1",
                                               "roles": [role_dict("my_own_role")]})
    imported = run_cli("--data-dir", company, "banks", "import", str(path))
    assert imported.returncode == 0, imported.stderr
    assert "1 roles added, 0 updated; 6 questions added" in imported.stdout
    listed = json.loads(run_cli("--data-dir", company, "roles", "list", "--json").stdout)
    mine = [r for r in listed if r["id"] == "my_own_role"]
    assert mine and mine[0]["origin"] == "user" and mine[0]["question_count"] == 6


def test_import_of_a_bad_file_changes_nothing(tmp_path: Path, company: str) -> None:
    before = run_cli("--data-dir", company, "roles", "list", "--json").stdout
    bad = minimal_bank()
    bad["roles"].append(role_dict("second_role"))
    bad["roles"][1]["pay_model"] = "paid_in_tea"
    path = write_bank(tmp_path / "bad.yaml", bad)
    result = run_cli("--data-dir", company, "banks", "import", str(path))
    assert result.returncode == 2
    assert_no_traceback(result)
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"invalid: {path}:") and "paid_in_tea" in lines[0]
    assert lines[-1] == "hiring-app: error: nothing was imported"
    assert run_cli("--data-dir", company, "roles", "list", "--json").stdout == before


def test_export_one_role(tmp_path: Path, company: str, full_library) -> None:
    out = tmp_path / "one.yaml"
    result = run_cli("--data-dir", company, "banks", "export",
                     "--role", "cs_presale", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported 1 roles to {out}"
    roles = yaml.safe_load(out.read_text(encoding="utf-8"))["roles"]
    assert [r["id"] for r in roles] == ["cs_presale"]
    shipped = next(r for r in full_library.roles if r.id == "cs_presale")
    assert [q["id"] for q in roles[0]["questions"]] == [q.id for q in shipped.questions]


def test_export_of_an_unknown_role_is_one_line(tmp_path: Path, company: str) -> None:
    out = tmp_path / "none.yaml"
    result = run_cli("--data-dir", company, "banks", "export",
                     "--role", "cs_presale", "--role", "no_such_role", "-o", str(out))
    assert result.returncode == 2
    assert_no_traceback(result)
    assert result.stderr.strip().splitlines() == [
        "hiring-app: error: no role with the id 'no_such_role' (see 'hiring-app roles list')"]
    assert not out.exists()


def test_roles_list_json_in_english(tmp_path: Path, company: str, full_library) -> None:
    result = run_cli("--data-dir", company, "roles", "list", "--json",
                     "--lang", "en")
    assert result.returncode == 0, result.stderr
    roles = json.loads(result.stdout)
    assert isinstance(roles, list)
    assert [r["id"] for r in roles] == [r.id for r in full_library.roles]
    for entry in roles:
        assert {"id", "name", "department"} <= set(entry)
        assert entry["name"] and not CJK.search(entry["name"]), entry
    presale = next(r for r in roles if r["id"] == "cs_presale")
    shipped = next(r for r in full_library.roles if r.id == "cs_presale")
    assert presale["name"] == shipped.name["en"]
    assert presale["department"] == shipped.department


def test_roles_list_in_spanish(tmp_path: Path, company: str, full_library) -> None:
    spanish = run_cli("--data-dir", company, "roles", "list", "--lang", "es")
    assert spanish.returncode == 0, spanish.stderr
    assert not CJK.search(spanish.stdout)
    lines = spanish.stdout.splitlines()
    assert len(lines) == len(full_library.roles)
    shipped = next(r for r in full_library.roles if r.id == "wh_packer")
    packer = next(line for line in lines if line.startswith("wh_packer "))
    assert packer.endswith(shipped.name["es"])
    assert full_library.name_of("departments", "warehouse", "es") in packer

    global_lang = run_cli("--data-dir", company, "--lang", "es", "roles", "list")
    assert global_lang.stdout == spanish.stdout  # the global --lang works too
