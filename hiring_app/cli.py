"""The one entry point: no sub-command opens the window; sub-commands serve scripted work.

A user error prints one clear line on stderr and exits with status 2; never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from hiring_app import __version__, paths
from hiring_app.errors import UserError

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line, like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(f"{message} (see '{self.prog} --help')")


def open_db(args: argparse.Namespace):
    """The company database for a command: checked, migrated, library installed."""
    from hiring_app.services.company import open_company

    return open_company(paths.data_dir(args.data_dir))


def _cmd_info(args: argparse.Namespace) -> int:
    from hiring_app.services.info import database_info

    opened = open_db(args)
    info = database_info(opened.db, opened.path)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(f"database:       {info['database']}")
        print(f"schema version: {info['schema_version']}")
        for table, count in info["counts"].items():
            print(f"{table + ':':<16}{count}")
        print(f"content:        {info['content']['folder']}")
        for missing in info["content"]["missing"]:
            print(f"missing:        {missing} (reinstall the app)")
    return 0


def build_parser() -> argparse.ArgumentParser:
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

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


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


def _safety_commands(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli_safety import register

    register(sub)


# Each feature registers its sub-commands here: each callable receives the sub-parsers object.
_EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _library_commands, _interview_commands, _demo_commands, _report_commands, _safety_commands]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from hiring_app.ui.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"hiring-app: error: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except sqlite3.OperationalError as exc:  # a write outside a service's transaction
        from hiring_app.storage.database import is_write_fault, write_error

        if not is_write_fault(exc):
            return _internal_error(exc)
        print(f"hiring-app: error: {write_error(exc).message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("hiring-app: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        return _internal_error(exc)


def _internal_error(exc: Exception) -> int:
    if os.environ.get("HIRING_APP_DEBUG"):
        raise exc
    print(f"hiring-app: internal error ({type(exc).__name__}); "
          "run again with HIRING_APP_DEBUG=1 for details", file=sys.stderr)
    return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
