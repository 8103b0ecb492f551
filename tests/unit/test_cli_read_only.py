"""A command that only reads opens the file so that nothing can write it: the file stays byte
for byte as it was, its times too; a file that first needs upgrading is still upgraded."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from tests.helpers.fixtures import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_commands_that_only_read_leave_the_file_byte_for_byte(company: str) -> None:
    installed_folder = Path(company)
    added = run_cli("--data-dir", str(installed_folder), "candidates", "add", "--name", "王芳",
                    "--role", "ops_specialist")
    assert added.returncode == 0, added.stderr
    db = installed_folder / "hiring.db"
    before, mtime = digest(db), db.stat().st_mtime_ns
    for command in (["info"], ["candidates", "list"], ["roles", "list"], ["team", "show"],
                    ["positions", "list"], ["interviewers", "calibration"]):
        result = run_cli("--data-dir", str(installed_folder), *command)
        assert result.returncode == 0, (command, result.stderr)
    assert "王芳" in run_cli("--data-dir", str(installed_folder), "candidates", "list").stdout
    assert digest(db) == before
    assert db.stat().st_mtime_ns == mtime


def test_a_read_command_on_a_release_1_file_upgrades_it_and_reads(tmp_path: Path) -> None:
    folder = tmp_path / "v1"
    folder.mkdir()
    shutil.copy(FIXTURES / "schema_v1.db", folder / "hiring.db")
    result = run_cli("--data-dir", str(folder), "candidates", "list")
    assert result.returncode == 0, result.stderr
    assert "李明" in result.stdout
