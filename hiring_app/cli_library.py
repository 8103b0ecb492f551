"""Sub-commands for the role library: banks validate/import/export, roles list."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hiring_app.domain.text import printable
from hiring_app.errors import UserError
from hiring_app.i18n import text

if TYPE_CHECKING:
    from hiring_app.services.library import BankFileError

EXIT_INVALID = 2


def _print_issues(args: argparse.Namespace, error: BankFileError) -> None:
    """Every problem of a bank file, one a line (a problem of one entry in English: see
    BankIssue)."""
    from hiring_app.cli import message_language

    language = message_language(args)
    for issue in error.issues:
        print(printable(text("cli.banks.invalid_line", language, issue=issue)), file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    from hiring_app.cli import say
    from hiring_app.services.library import BankFileError, check_bank_file

    failed = 0
    for name in args.paths:
        try:
            bank = check_bank_file(Path(name))
        except BankFileError as error:
            failed += 1
            _print_issues(args, error)
            continue
        questions = sum(len(r.questions) for r in bank.roles) + len(bank.standard_questions)
        say(args, "cli.banks.ok", path=name, roles=len(bank.roles), questions=questions)
    return EXIT_INVALID if failed else 0


def _import(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db, say
    from hiring_app.errors import error_line
    from hiring_app.services.library import BankFileError, import_bank

    opened = open_db(args)
    try:
        result = import_bank(opened.db, Path(args.path))
    except BankFileError as error:
        _print_issues(args, error)
        print(printable(error_line(UserError("bank.import_refused", count=len(error.issues)),
                         message_language(args))), file=sys.stderr)
        return EXIT_INVALID
    say(args, "cli.banks.imported", path=args.path,
        summary=result.summary(message_language(args)))
    return 0


def _export(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.library import export_bank

    opened = open_db(args)
    count = export_bank(opened.db, Path(args.output), args.role or None)
    say(args, "cli.banks.exported", count=count, path=args.output)
    return 0


def _roles_list(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.library import list_roles

    opened = open_db(args)
    roles = list_roles(opened.db, args.list_lang or args.lang or "zh")
    if args.json:
        print(json.dumps(roles, ensure_ascii=False, indent=2))
        return 0
    for role in roles:
        print(printable(f"{role['id']:<28} {role['department_name']:<16} {role['name']}"))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    banks = sub.add_parser("banks", help="validate, import and export question-bank files")
    banks_sub = banks.add_subparsers(dest="banks_command", metavar="ACTION", required=True,
                                     parser_class=type(banks))
    validate = banks_sub.add_parser("validate", help="check bank files; list every problem")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.set_defaults(func=_validate)
    imp = banks_sub.add_parser("import", help="add or update roles and questions (all or nothing)")
    imp.add_argument("path", metavar="PATH")
    imp.set_defaults(func=_import)
    exp = banks_sub.add_parser("export", help="write roles and their questions to a bank file")
    exp.add_argument("-o", "--output", required=True, metavar="PATH")
    exp.add_argument("--role", action="append", metavar="ID", help="only this role (repeatable)")
    exp.set_defaults(func=_export)

    roles = sub.add_parser("roles", help="the role library")
    roles_sub = roles.add_subparsers(dest="roles_command", metavar="ACTION", required=True,
                                     parser_class=type(roles))
    listing = roles_sub.add_parser("list", help="list roles")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--lang", dest="list_lang", choices=("zh", "en", "es"),
                         help="language of the names (default: the global --lang, else zh)")
    listing.set_defaults(func=_roles_list)


__all__ = ["register", "UserError"]
