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
