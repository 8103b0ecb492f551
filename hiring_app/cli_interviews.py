"""Sub-commands for candidates and scorecards: candidates add/list, scorecards export/import."""
from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

from hiring_app.domain.code_names import CHANNEL_NAMES, DECISION_NAMES, STATUS_NAMES
from hiring_app.domain.text import printable
from hiring_app.i18n import Message

LIST_KEYS = ("id", "name", "role_id", "status", "channel", "attitude", "ability", "quadrant",
             "decision")
# The table's headings; its statuses, channels and decisions are named in Chinese and Spanish,
# and shown as stored (the codes --channel takes) in English.
_HEADINGS = (Message("cli.candidates.id"), Message("cli.candidates.name"),
             Message("cli.candidates.role_id"), Message("cli.candidates.status"),
             Message("cli.candidates.channel"), Message("cli.candidates.attitude"),
             Message("cli.candidates.ability"), Message("cli.candidates.quadrant"),
             Message("cli.candidates.decision"))
_NAMES = {"status": STATUS_NAMES, "channel": CHANNEL_NAMES, "decision": DECISION_NAMES}


def _width(text: str) -> int:
    """Columns a text takes in a terminal, as _pad prints it: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in printable(text))


def _pad(text: str, width: int) -> str:
    """A table cell: on one line, control characters shown as \\uXXXX (domain.text.printable),
    padded to `width` columns."""
    text = printable(text)
    return text + " " * max(0, width - _width(text))


def _candidates_add(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.candidates import add_candidate

    opened = open_db(args)
    print(add_candidate(opened.db, args.name, args.role, channel=args.channel, phone=args.phone,
                        email=args.email))
    return 0


def _cell(row: dict, key: str, language: str) -> str:
    value = row[key]
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    if key == "quadrant" and language != "en":
        from hiring_app.services.library import vocabulary as builtin_vocabulary
        return builtin_vocabulary().name_of("quadrants", value, language)
    names = _NAMES.get(key, {}).get(value)
    return names[language] if names and language != "en" else str(value)


def _candidates_list(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db
    from hiring_app.services.candidate_list import CandidateFilter, load_rows, matching

    opened = open_db(args)  # the same rows, scores and decisions as the window's list
    language = message_language(args)
    listed = sorted(load_rows(opened.db), key=lambda r: r.id)
    if args.search:  # found as the window's search finds them (pinyin and initials too)
        listed = [listed[i] for i in matching(listed, CandidateFilter(text=args.search),
                                              language)]
    rows = [{key: getattr(row, key) for key in LIST_KEYS} for row in listed]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    table = [[heading.render(language) for heading in _HEADINGS]] + [
        [_cell(row, k, language) for k in LIST_KEYS] for row in rows]
    widths = [max(_width(line[i]) for line in table) for i in range(len(LIST_KEYS))]
    for line in table:
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip())
    return 0


def _scorecards_export(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.scorecards import export_scorecards

    opened = open_db(args)
    count = export_scorecards(opened.db, args.candidate, Path(args.output))
    say(args, "cli.scorecards.exported", count=count, candidate_id=args.candidate,
        path=args.output)
    return 0


def _scorecards_import(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db
    from hiring_app.services.scorecards import import_scorecards

    opened = open_db(args)
    print(import_scorecards(opened.db, Path(args.path)).summary(message_language(args)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli import candidate_id

    candidates = sub.add_parser("candidates", help="add and list candidates")
    candidates_sub = candidates.add_subparsers(dest="candidates_command", metavar="ACTION",
                                               required=True, parser_class=type(candidates))
    add = candidates_sub.add_parser("add", help="add a candidate; prints the new id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, metavar="ID", help="see 'hiring-app roles list'")
    add.add_argument("--channel", help="where the candidate came from: online_board, campus, "
                     "referral, job_fair, friends or other")
    add.add_argument("--phone")
    add.add_argument("--email")
    add.set_defaults(func=_candidates_add)
    listing = candidates_sub.add_parser("list", help="list candidates")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--search", metavar="TEXT", help="only candidates found by TEXT in "
                         "their name (or its pinyin or initials: lm for 李明), role, "
                         "interviewers or notes")
    listing.set_defaults(func=_candidates_list)

    scorecards = sub.add_parser("scorecards", help="exchange submitted scorecards as files")
    scorecards_sub = scorecards.add_subparsers(dest="scorecards_command", metavar="ACTION",
                                               required=True, parser_class=type(scorecards))
    exp = scorecards_sub.add_parser("export", help="write a candidate's submitted scorecards")
    exp.add_argument("--candidate", required=True, type=candidate_id, metavar="ID")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.set_defaults(func=_scorecards_export)
    imp = scorecards_sub.add_parser("import", help="add colleagues' scorecards (all or nothing)")
    imp.add_argument("path", metavar="FILE")
    imp.set_defaults(func=_scorecards_import)
