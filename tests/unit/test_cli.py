"""The command line: one clear line on a user error, never a traceback."""
from __future__ import annotations

import json
from pathlib import Path

from hiring_app import __version__
from hiring_app.storage import migrations
from tests.helpers.fixtures import run_cli


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hiring-app: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"hiring-app {__version__}"


def test_info_on_a_fresh_folder_creates_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "company"
    result = run_cli("--data-dir", str(folder), "info")
    assert result.returncode == 0, result.stderr
    assert str(folder / "hiring.db") in result.stdout
    assert f"schema version: {len(migrations.known_names())}" in result.stdout
    assert (folder / "hiring.db").exists()


def test_info_json_reports_counts(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "info", "--json")
    info = json.loads(result.stdout)
    assert info["schema_version"] >= 1
    assert info["counts"]["candidates"] == 0


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run_cli("info", env={"HIRING_APP_DATA_DIR": str(folder)})
    assert result.returncode == 0
    assert str(folder) in result.stdout


def test_unknown_command_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("--data-dir", str(tmp_path), "frobnicate"), "frobnicate")


def test_bad_option_is_one_line() -> None:
    assert_one_line_error(run_cli("info", "--no-such-option"), "--no-such-option")


def test_data_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_one_line_error(run_cli("--data-dir", str(blocker / "sub"), "info"), "data folder")


def test_damaged_database_is_one_line_and_untouched(tmp_path: Path) -> None:
    (tmp_path / "hiring.db").write_bytes(b"garbage" * 500)
    assert_one_line_error(run_cli("--data-dir", str(tmp_path), "info"), "damaged")
    assert (tmp_path / "hiring.db").read_bytes() == b"garbage" * 500
