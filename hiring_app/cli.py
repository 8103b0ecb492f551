"""The one entry point: no sub-command opens the window; sub-commands serve scripted work.

A user error prints one clear line on stderr and exits with status 2; never a traceback.
Everything a command prints is in the --lang language (English when none is given); JSON keys
and values stay as they are, and every error line starts with `hiring-app: error: `.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from hiring_app import __version__, paths
from hiring_app.domain.text import printable
from hiring_app.errors import UserError, error_line
from hiring_app.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Message,
    language_or_default,
    render,
    render_value,
    text,
)

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3


class ArgumentMistake(argparse.ArgumentTypeError):
    """A value an option's own type refuses, said as a message in any language."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


# The whole numbers an SQLite INTEGER holds: an id outside them cannot even be looked up.
ID_MIN, ID_MAX = -(2 ** 63), 2 ** 63 - 1


def candidate_id(text: str) -> int:
    """A candidate id as typed: a whole number (argparse says "invalid int value" otherwise);
    one too large for any row is no candidate, said before anything is opened."""
    value = int(text)
    if not ID_MIN <= value <= ID_MAX:
        raise ArgumentMistake(Message("candidate.not_found", candidate_id=text))
    return value


candidate_id.__name__ = "int"  # argparse names the type in its "invalid int value: ..."


_REQUIRED = re.compile(r"the following arguments are required: (?P<names>.+)")
_UNRECOGNIZED = re.compile(r"unrecognized arguments: (?P<args>.+)")
_CHOICE = re.compile(r"argument (?P<argument>.+?): invalid choice: (?P<value>.+?) "
                     r"\(choose from (?P<choices>.+)\)")
_INT = re.compile(r"argument (?P<argument>.+?): invalid int value: (?P<value>.+)")
_ONE = re.compile(r"argument (?P<argument>.+?): expected one argument")
_SOME = re.compile(r"argument (?P<argument>.+?): expected at least one argument")
_IGNORED = re.compile(r"argument (?P<argument>.+?): ignored explicit argument (?P<value>.+)")
_AMBIGUOUS = re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)")


def _usage_mistake(message: str) -> Message:
    """argparse's English report of a usage mistake, as a message in any language."""
    raised = sys.exc_info()[1]  # argparse calls error() while handling an ArgumentError
    if isinstance(raised, argparse.ArgumentError) and isinstance(raised.__context__,
                                                                 ArgumentMistake):
        return Message("usage.argument", argument=raised.argument_name or "",
                       problem=raised.__context__.reason)
    if found := _REQUIRED.fullmatch(message):
        return Message("usage.required", names=found["names"])
    if found := _UNRECOGNIZED.fullmatch(message):
        return Message("usage.unrecognized", args=found["args"])
    if found := _CHOICE.fullmatch(message):
        return Message("usage.invalid_choice", argument=found["argument"],
                       value=found["value"], choices=found["choices"])
    if found := _INT.fullmatch(message):
        return Message("usage.invalid_int", argument=found["argument"], value=found["value"])
    if found := _ONE.fullmatch(message):
        return Message("usage.expected_one", argument=found["argument"])
    if found := _SOME.fullmatch(message):
        return Message("usage.expected_some", argument=found["argument"])
    if found := _IGNORED.fullmatch(message):
        return Message("usage.ignored_value", argument=found["argument"], value=found["value"])
    if found := _AMBIGUOUS.fullmatch(message):
        return Message("usage.ambiguous", option=found["option"], matches=found["matches"])
    return Message("usage.other", detail=message)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line, like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError("cli.usage", detail=_usage_mistake(message), prog=self.prog)


# --- speaking the user's language -------------------------------------------------------------
def message_language(args: argparse.Namespace) -> str:
    """The language of what a command prints: the global --lang, else the command's own
    --lang (roles list, report), else English."""
    return language_or_default(args.lang or getattr(args, "report_lang", None)
                               or getattr(args, "list_lang", None) or DEFAULT_LANGUAGE)


def _argv_language(argv: Sequence[str]) -> str:
    """The --lang of a command line argparse could not read (for its usage mistake)."""
    for index, token in enumerate(argv):
        value = (argv[index + 1] if token == "--lang" and index + 1 < len(argv)  # noqa: S105
                 else token.partition("=")[2] if token.startswith("--lang=") else None)
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def say(args: argparse.Namespace, code: str, /, **params: object) -> None:
    """Print one catalogued line in the command's language (one line, whatever its values)."""
    print(printable(text(code, message_language(args), **params)))


def print_fields(args: argparse.Namespace, rows: list[tuple[Message, object]],
                 indent: str = "") -> None:
    """`label:  value` lines, the values lined up (Chinese labels take two columns a
    character)."""
    from hiring_app.cli_interviews import _pad, _width

    language = message_language(args)
    labels = [text("cli.label", language, label=label) for label, _value in rows]
    width = max([16] + [_width(label) + 1 for label in labels])
    for label, (_label, value) in zip(labels, rows):
        print(f"{indent}{_pad(label, width)}{printable(render_value(value, language))}")


# The command that lists what an unknown id could have been.
_OPENED: list = []  # the databases the running command opened


def _close_opened() -> None:
    """Close what the command opened, now rather than whenever Python collects it: the file is
    whole and alone (no -wal beside it) as soon as the command returns, also when it runs
    in-process (the screenshots test compares the file before and after)."""
    while _OPENED:
        opened = _OPENED.pop()
        try:
            opened.db.conn.close()
        except Exception:  # noqa: BLE001, S110 - closing is best effort; the OS closes at exit
            pass


# The commands that only read: their connection cannot write the file, so it stays exactly as
# it was (byte for byte, its times too). Named as (command, action).
READ_ONLY_COMMANDS = frozenset({
    ("info", None), ("candidates", "list"), ("candidates", "attachments"), ("roles", "list"),
    ("compare", None), ("interviewers", "calibration"), ("team", "show"),
    ("positions", "list"), ("report", "candidate"), ("report", "compare"), ("report", "kit"),
    ("report", "onboarding")})


def only_reads(args: argparse.Namespace) -> bool:
    command = getattr(args, "command", None)
    return (command, getattr(args, f"{command}_command", None)) in READ_ONLY_COMMANDS


def open_db(args: argparse.Namespace):
    """The company database for a command: checked, migrated, library installed (read-only
    for a command that only reads)."""
    from hiring_app.services.company import open_company

    opened = open_company(paths.data_dir(args.data_dir), read_only=only_reads(args))
    _OPENED.append(opened)  # closed when the command ends (main): the log is written back
    for notice in opened.notices:  # on stderr: what a command prints (--json) stays as it is
        print("hiring-app: " + render(notice, message_language(args)), file=sys.stderr)
    return opened


def _cmd_info(args: argparse.Namespace) -> int:
    from hiring_app.services.info import database_info

    opened = open_db(args)
    info = database_info(opened.db, opened.path)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        rows = [(Message("cli.info.database"), info["database"]),
                (Message("cli.info.schema_version"), info["schema_version"])]
        rows += [(_TABLE_LABELS[table], count) for table, count in info["counts"].items()]
        rows.append((Message("cli.info.content"), info["content"]["folder"]))
        rows += [(Message("cli.info.missing"), text("cli.info.reinstall", message_language(args),
                                                    file=missing))
                 for missing in info["content"]["missing"]]
        print_fields(args, rows)
    return 0


_TABLE_LABELS = {"roles": Message("cli.info.roles"), "questions": Message("cli.info.questions"),
                 "candidates": Message("cli.info.candidates"),
                 "interviews": Message("cli.info.interviews"),
                 "answers": Message("cli.info.answers"),
                 "interviewers": Message("cli.info.interviewers")}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: every command's, or only `command`'s when it names one (a
    command starts without importing or building the others)."""
    parser = _Parser(
        prog="hiring-app",
        description="Hiring Assistant 招聘面试助手. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"hiring-app {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder holding the company database (default: ${paths.DATA_DIR_ENV} "
        "or the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=("zh", "en", "es"), help="language for the window and for output"
    )
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    info = sub.add_parser("info", help="database path, schema version and row counts")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(func=_cmd_info)

    if command in ("info", ""):  # "": no command (the window opens)
        return parser
    registers = [_COMMANDS[command]] if command in _COMMANDS else _EXTRA_COMMANDS
    for register in registers:
        register(sub)
    return parser


# The global options that take a value: the word after one is not the command's name.
_GLOBAL_VALUES = ("--data-dir", "--lang", "--quit-after")


def named_command(argv: Sequence[str]) -> str | None:
    """The command a command line names: its first word that is neither a global option nor
    such an option's value; "" when it names none (the window opens); None when help or the
    version is asked for first (they show every command)."""
    value_next = False
    for token in argv:
        if value_next:
            value_next = False
        elif token in _GLOBAL_VALUES:
            value_next = True
        elif token in ("-h", "--help", "--version"):
            return None
        elif token == "--":  # noqa: S105 - the end of options, not a secret
            return None
        elif not token.startswith("-"):
            return token
    return ""


def _library_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_library import register

    register(sub)


def _interview_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_interviews import register

    register(sub)


def _demo_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_demo import register

    register(sub)


def _report_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_reports import register

    register(sub)


def _decision_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_decisions import register

    register(sub)


def _safety_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_safety import register

    register(sub)


def _interviewer_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_calibration import register

    register(sub)


def _screenshot_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_screenshots import register

    register(sub)


def _team_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_team import register

    register(sub)


# Each feature registers its sub-commands here: each callable receives the sub-parsers object.
_EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _library_commands, _interview_commands, _demo_commands, _report_commands, _safety_commands,
    _decision_commands, _interviewer_commands, _screenshot_commands, _team_commands]

# Which of them registers each top-level command (tests/unit/test_cli_startup.py keeps this equal
# to what each one registers): a command line naming one builds that feature's parser only.
_COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {
    "banks": _library_commands, "roles": _library_commands,
    "candidates": _interview_commands, "scorecards": _interview_commands,
    "demo": _demo_commands, "report": _report_commands,
    "backup": _safety_commands, "erase": _safety_commands, "retention": _safety_commands,
    "export": _safety_commands, "compare": _decision_commands, "decide": _decision_commands,
    "interviewers": _interviewer_commands, "screenshots": _screenshot_commands,
    "team": _team_commands, "positions": _team_commands}


class PrintableStream(io.TextIOBase):
    """A terminal stream that shows every control and direction character as \\uXXXX (line
    breaks and tabs kept): whatever a name or a file holds, nothing printed can colour the
    terminal, move its cursor or reorder a line. Values are also printed one line each
    (domain.text.printable), so no value can forge a line of its own."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, s: str) -> int:
        self.stream.write(printable(s, keep_newlines=True))
        return len(s)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")


def error_print(line: str) -> None:
    """An error line on stderr: one line, whatever the values it quotes."""
    print(printable(line), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    if not isinstance(out, PrintableStream):
        sys.stdout, sys.stderr = PrintableStream(out), PrintableStream(err)
    try:
        return _main(argv)
    finally:
        _close_opened()
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    language = _argv_language(argv)
    parser = build_parser(named_command(argv))
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(argv)
        language = message_language(args)
        if args.command is None:
            from hiring_app.ui.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except UserError as exc:
        error_print(error_line(exc, language))
        return EXIT_USER_ERROR
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Any read of a damaged file (damage SQLite's quick check at opening does not see), or
        # a write outside a service's transaction that the disk refused.
        from hiring_app.services.safety import storage_error

        error = storage_error(exc, paths.data_dir(args.data_dir)) if args is not None else None
        if error is None:
            return _internal_error(exc, language)
        error_print(error_line(error, language))
        return EXIT_USER_ERROR
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("hiring-app: " + text("cli.interrupted", language), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        return _internal_error(exc, language)


def _internal_error(exc: Exception, language: str = DEFAULT_LANGUAGE) -> int:
    if os.environ.get("HIRING_APP_DEBUG"):
        raise exc
    print("hiring-app: " + text("cli.internal_error", language, kind=type(exc).__name__),
          file=sys.stderr)
    return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
