"""A command starts without building every other command: the command line names one, and only
its feature's parser is built. What a user sees stays the same: the same help, the same errors."""
from __future__ import annotations

import pytest

from hiring_app import cli
from tests.helpers.fixtures import run_cli


def test_the_map_of_commands_is_what_each_feature_registers() -> None:
    registered = {}
    for register in cli._EXTRA_COMMANDS:
        parser = cli._Parser(prog="hiring-app")
        sub = parser.add_subparsers(dest="command", parser_class=cli._Parser)
        register(sub)
        registered.update(dict.fromkeys(sub.choices, register))
    assert registered == cli._COMMANDS


@pytest.mark.parametrize(("argv", "named"), [
    ([], ""),
    (["--lang", "zh"], ""),
    (["--data-dir", "candidates", "info"], "info"),
    (["--data-dir=x", "candidates", "list"], "candidates"),
    (["--lang", "es", "report", "candidate", "1"], "report"),
    (["--quit-after", "5"], ""),
    (["--help"], None),
    (["-h", "candidates"], None),
    (["--version"], None),
    (["--", "info"], None),
])
def test_the_command_a_line_names(argv, named) -> None:
    assert cli.named_command(argv) == named


def test_help_still_lists_every_command() -> None:
    shown = run_cli("--help")
    assert shown.returncode == 0
    for command in ("info", *cli._COMMANDS):
        assert command in shown.stdout, command


def test_a_command_s_own_help_and_a_typo_read_as_before(tmp_path) -> None:
    own = run_cli("candidates", "add", "--help")
    assert own.returncode == 0 and "--role" in own.stdout
    typo = run_cli("--data-dir", str(tmp_path), "candidate", "list")
    assert typo.returncode == 2
    assert "candidates" in typo.stderr and "positions" in typo.stderr  # every choice named


def test_a_dependency_s_unused_module_loads_on_first_use() -> None:
    """sqlite-utils imports python-dateutil's parser at its top; the app does not pay for it at
    start, and it still works the moment anything uses it."""
    import subprocess
    import sys

    code = ("import hiring_app, sys, sqlite_utils\n"
            "print('dateutil.tz' in sys.modules)\n"
            "from sqlite_utils.recipes import parsedate\n"
            "print(parsedate('2026-01-02'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "2026-01-02"]
