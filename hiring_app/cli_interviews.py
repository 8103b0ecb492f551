"""Sub-commands for candidates and scorecards: candidates add/list/edit/attach/attachments,
scorecards export/import."""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from hiring_app.domain.code_names import CHANNEL_NAMES, DECISION_NAMES, STATUS_NAMES
from hiring_app.domain.text import printable
from hiring_app.i18n import Message, text

DEFAULT_LIMIT = 100  # rows of `candidates list` shown to a person unless --limit/--all
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


# The fields `candidates edit` corrects: option name -> the service's keyword.
_EDIT_OPTIONS = {"name": "name", "phone": "phone", "email": "email", "channel": "channel",
                 "role": "role_id", "notes": "notes"}
_FIELD_NAMES = {"name": Message("cli.field.name"), "phone": Message("cli.field.phone"),
                "email": Message("cli.field.email"), "channel": Message("cli.field.channel"),
                "role_id": Message("cli.field.role_id"), "notes": Message("cli.field.notes")}


def _candidates_edit(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.errors import UserError
    from hiring_app.services.candidates import edit_candidate

    given = {keyword: getattr(args, option) for option, keyword in _EDIT_OPTIONS.items()
             if getattr(args, option) is not None}
    if not given:
        raise UserError("cli.candidates.nothing_given")
    if given.get("role_id") == "":  # --role "" takes the role away
        given["role_id"] = None
    opened = open_db(args)
    before = edit_candidate(opened.db, args.id, **given)
    if before:
        say(args, "cli.candidates.edited", candidate_id=args.id,
            fields=[_FIELD_NAMES[key] for key in _EDIT_OPTIONS.values() if key in before])
    else:
        say(args, "cli.candidates.unchanged", candidate_id=args.id)
    return 0


def _megabytes(size: int) -> Message:
    return Message("cli.size.mb", value=f"{size / (1024 * 1024):.2f}")


def _candidates_attach(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.attachments import attach_file

    opened = open_db(args)
    attachment = attach_file(opened.db, args.id, Path(args.file))
    say(args, "cli.candidates.attached", name=attachment.file_name,
        size=_megabytes(attachment.size), candidate_id=args.id, attachment_id=attachment.id)
    return 0


_ATTACHMENT_HEADINGS = (Message("cli.attachments.id"), Message("cli.attachments.name"),
                        Message("cli.attachments.type"), Message("cli.attachments.size"),
                        Message("cli.attachments.added"))


def _candidates_attachments(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db, say
    from hiring_app.services.attachments import attachments_of
    from hiring_app.services.candidates import get_candidate

    opened = open_db(args)
    get_candidate(opened.db, args.id)  # an unknown id is an error, not an empty list
    found = attachments_of(opened.db, args.id)
    if args.json:
        print(json.dumps([{"id": a.id, "file_name": a.file_name, "media_type": a.media_type,
                           "size": a.size, "sha256": a.sha256, "added_at": a.added_at}
                          for a in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        say(args, "cli.candidates.no_attachments", candidate_id=args.id)
        return 0
    language = message_language(args)
    table = [[heading.render(language) for heading in _ATTACHMENT_HEADINGS]] + [
        [str(a.id), a.file_name, a.media_type, _megabytes(a.size).render(language), a.added_at]
        for a in found]
    widths = [max(_width(line[i]) for line in table) for i in range(len(_ATTACHMENT_HEADINGS))]
    for line in table:
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip())
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
    from hiring_app.services.candidate_list import CandidateFilter, load_rows
    from hiring_app.services.candidates import count_candidates as candidate_count

    opened = open_db(args)  # the same rows, scores and decisions as the window's list
    language = message_language(args)
    # A table for a person shows the first DEFAULT_LIMIT (--limit, --all); JSON for a program
    # holds every candidate unless --limit says otherwise.
    limit = None if args.all else args.limit
    if limit is None and not args.json and not args.all:
        limit = DEFAULT_LIMIT
    if args.search:  # found as the window's search finds them (pinyin and initials too)
        from hiring_app.services import list_source

        source = list_source.open_list(opened.db)
        found = list(source.ordered(source.search(CandidateFilter(text=args.search), language),
                                    None, False, language))
        total = len(found)
        chosen = found if limit is None else found[:limit]
        listed = [source.row(i, chosen[n:n + list_source.BLOCK]) for n, i in enumerate(chosen)]
    else:
        listed = sorted(load_rows(opened.db, limit, spelling=False), key=lambda r: r.id)
        total = candidate_count(opened.db) if limit is not None else len(listed)
    rows = [{key: getattr(row, key) for key in LIST_KEYS} for row in listed]
    if len(rows) < total:  # on stderr: what is printed stays the rows alone
        print("hiring-app: " + text("cli.candidates.shown", language, shown=len(rows),
                                    total=total), file=sys.stderr)
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

    candidates = sub.add_parser("candidates", help="add, list and correct candidates; their files")
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
    shown = listing.add_mutually_exclusive_group()
    shown.add_argument("--limit", type=int, metavar="N", help="the first N candidates by id "
                       f"(default for the table: {DEFAULT_LIMIT}; JSON: all)")
    shown.add_argument("--all", action="store_true", help="every candidate")
    listing.set_defaults(func=_candidates_list)
    edit = candidates_sub.add_parser(
        "edit", help="correct a candidate's record: only the fields given change ('' clears one)")
    edit.add_argument("id", type=candidate_id, metavar="ID")
    edit.add_argument("--name")
    edit.add_argument("--phone")
    edit.add_argument("--email")
    edit.add_argument("--channel", help="online_board, campus, referral, job_fair, friends or "
                      "other")
    edit.add_argument("--role", metavar="ROLE_ID", help="only while the candidate has no "
                      "submitted scorecards")
    edit.add_argument("--notes")
    edit.set_defaults(func=_candidates_edit)
    attach = candidates_sub.add_parser(
        "attach", help="keep a file (a résumé: PDF, Word or an image) with a candidate")
    attach.add_argument("id", type=candidate_id, metavar="ID")
    attach.add_argument("file", metavar="FILE")
    attach.set_defaults(func=_candidates_attach)
    attached = candidates_sub.add_parser("attachments", help="list a candidate's files")
    attached.add_argument("id", type=candidate_id, metavar="ID")
    attached.add_argument("--json", action="store_true", help="print JSON")
    attached.set_defaults(func=_candidates_attachments)

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
