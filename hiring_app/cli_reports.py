"""`hiring-app report candidate|compare|kit|onboarding`: PDF reports, printable interview kits
and onboarding plans."""
from __future__ import annotations

import argparse
from pathlib import Path

LANGUAGES = ("zh", "en", "es")


def _language(args: argparse.Namespace) -> str:
    """The command's own --lang, else the global --lang, else Chinese."""
    return args.report_lang or args.lang or "zh"


def _candidate(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.report_data import write_candidate_report

    opened = open_db(args)
    path = write_candidate_report(opened.db, args.candidate_id, _language(args),
                                  Path(args.output))
    say(args, "cli.report.candidate", candidate_id=args.candidate_id, path=path)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.errors import NotFoundError, UserError
    from hiring_app.services.library import get_role
    from hiring_app.services.report_data import (
        write_comparison_report,
        write_comparison_report_for_role,
    )

    opened = open_db(args)
    language = _language(args)
    if not args.candidates and not args.role:
        raise UserError("report.compare_needs_input")
    if args.role and get_role(opened.db, args.role) is None:
        raise NotFoundError("role.not_found", role_id=args.role)
    if args.candidates:
        path = write_comparison_report(opened.db, args.candidates, language, Path(args.output))
    else:
        path = write_comparison_report_for_role(opened.db, args.role, language,
                                                Path(args.output))
    say(args, "cli.report.compare", path=path)
    return 0


def _kit(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.report_data import write_kit

    opened = open_db(args)
    path = write_kit(opened.db, args.role, _language(args), Path(args.output),
                     candidate_id=args.candidate)
    say(args, "cli.report.kit", role_id=args.role, path=path)
    return 0


def _onboarding(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.onboarding import write_plan_report

    opened = open_db(args)
    path = write_plan_report(opened.db, args.candidate_id, _language(args), Path(args.output))
    say(args, "cli.report.onboarding", candidate_id=args.candidate_id, path=path)
    return 0


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (replaced whole when it exists)")
    parser.add_argument("--lang", dest="report_lang", choices=LANGUAGES,
                        help="language of the report (default: the global --lang, else zh)")


def register(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli import candidate_id

    report = sub.add_parser("report", help="PDF reports: a candidate, a comparison, an "
                                           "interview kit")
    report_sub = report.add_subparsers(dest="report_command", metavar="KIND", required=True,
                                       parser_class=type(report))
    candidate = report_sub.add_parser("candidate", help="one candidate's report")
    candidate.add_argument("candidate_id", type=candidate_id, metavar="ID")
    _add_common(candidate)
    candidate.set_defaults(func=_candidate)

    compare = report_sub.add_parser(
        "compare", help="compare candidates of a role (given ones, else the best 20)")
    compare.add_argument("--role", metavar="ID", help="the role whose candidates to compare")
    compare.add_argument("--candidate", dest="candidates", type=candidate_id, action="append",
                         metavar="ID", help="a candidate to compare (repeat; 2 to 20)")
    _add_common(compare)
    compare.set_defaults(func=_compare)

    kit = report_sub.add_parser("kit", help="a role's printable interview kit")
    kit.add_argument("--role", required=True, metavar="ID")
    kit.add_argument("--candidate", type=candidate_id, metavar="ID",
                     help="the candidate to interview: their name heads every page (default: "
                          "a blank to write on)")
    _add_common(kit)
    kit.set_defaults(func=_kit)

    onboarding = report_sub.add_parser("onboarding", help="a new hire's onboarding plan")
    onboarding.add_argument("candidate_id", type=candidate_id, metavar="CANDIDATE")
    _add_common(onboarding)
    onboarding.set_defaults(func=_onboarding)
