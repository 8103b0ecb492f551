"""Sub-commands for data safety and privacy: backup create/list/restore/delete, erase a candidate
(or those past the retention period), export one candidate's data, and the settings behind them."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from hiring_app import paths
from hiring_app.domain.text import printable
from hiring_app.errors import UserError
from hiring_app.i18n import Message, render, text


def _folder(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir)


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


# What goes ahead, by language: 'y' or 'yes' always; 是 in Chinese, s or sí in Spanish.
YES = {"zh": {"y", "yes", "是"}, "en": {"y", "yes"}, "es": {"y", "yes", "s", "si", "sí"}}


def confirm(args: argparse.Namespace, question: Message) -> bool:
    """Ask on the terminal in the command's language; only a yes goes ahead (end of input
    means no). --yes answers for the user."""
    from hiring_app.cli import message_language

    if args.yes:
        return True
    language = message_language(args)
    print(f"{render(question, language)} {text('cli.confirm.suffix', language)} ", end="",
          flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        answer = ""
    return answer.strip().lower() in YES[language]


# --- backups ------------------------------------------------------------------------------------
def _backup_create(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.safety import make_backup

    opened = open_db(args)
    made = make_backup(opened.db, opened.path.parent)
    say(args, "cli.backup.made", path=made.path, size=_size(made.size))
    return 0


_KIND_NAMES = {"auto": Message("backup_kind.auto"), "manual": Message("backup_kind.manual"),
               "before-upgrade": Message("backup_kind.before_upgrade"),
               "before-restore": Message("backup_kind.before_restore"),
               "damaged": Message("backup_kind.damaged")}


def _backup_list(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, say
    from hiring_app.cli_interviews import _pad
    from hiring_app.services.safety import check_backup, list_backups

    rows: list[dict[str, Any]] = []
    issues = []
    for backup in list_backups(_folder(args)):
        check = check_backup(backup.path)
        rows.append({"file": backup.path.name, "path": str(backup.path),
                     "created": backup.created.isoformat(sep=" "), "kind": backup.kind,
                     "size": backup.size, "ok": check.ok, "problem": check.problem,
                     "candidates": check.candidates, "interviews": check.interviews})
        issues.append(check.issue)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        say(args, "cli.backup.none", folder=_folder(args) / "backups")
        return 0
    language = message_language(args)
    for row, issue in zip(rows, issues):
        state = (text("cli.backup.holds", language, candidates=row["candidates"],
                      interviews=row["interviews"]) if row["ok"]
                 else text("cli.backup.not_usable", language, problem=issue))
        kind = render(_KIND_NAMES.get(row["kind"], row["kind"]), language)
        print(printable(f"{row['file']:<44} {_pad(kind, 15)} {_size(row['size']):>9}  {state}"))
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.errors import BackupError
    from hiring_app.services.candidates import count_candidates
    from hiring_app.services.privacy import carry_erasures, erased_in_backup
    from hiring_app.services.safety import check_backup, find_backup, restore_from_command_line

    folder = _folder(args)
    path = find_backup(folder, args.file)
    check = check_backup(path, thorough=False)  # for the question; the restore checks fully
    if not check.ok:
        raise BackupError("backup.cannot_restore", name=path.name, problem=check.issue,
                          path=str(path))
    coming_back = erased_in_backup(paths.database_path(folder), path)
    if coming_back:  # said before the question: restoring brings erased people back
        _say_erased_back(args, "cli.backup.holds_erased", [p.name for p in coming_back])
    if not confirm(args, Message("cli.backup.confirm_restore", name=path.name,
                                 count=check.candidates)):
        say(args, "cli.backup.nothing_restored")
        return 1
    kept = restore_from_command_line(folder, path)
    opened = open_db(args)
    back = carry_erasures(opened.db, kept)  # the replaced file's erasure log is not forgotten
    count = count_candidates(opened.db)
    say(args, "cli.backup.restored", name=path.name, count=count)
    if kept is not None:
        say(args, "cli.backup.kept", path=kept)
    if back:
        _say_erased_back(args, "cli.backup.erased_back", [p.name for p in back])
        if args.erase_again:
            from hiring_app.services.privacy import erase_again

            report_erasure(args, erase_again(opened.db), opened.path.parent)
        else:
            say(args, "cli.backup.erase_again_hint", command="hiring-app erase again")
    return 0


def _say_erased_back(args: argparse.Namespace, code: str, names: list[str]) -> None:
    from hiring_app.cli import say

    say(args, code, count=len(names))
    for name in names:
        print(f"  {name}")


def _backup_delete(args: argparse.Namespace) -> int:
    from hiring_app.cli import say
    from hiring_app.services.safety import backup_folder, delete_backups, find_backup

    folder = _folder(args)
    targets = [find_backup(folder, name) for name in args.files]
    outside = [p for p in targets if p.parent != backup_folder(folder).absolute()]
    if outside:
        raise UserError("backup.outside_folder", path=str(outside[0]))
    if not confirm(args, Message("cli.backup.confirm_delete", count=len(targets))):
        say(args, "cli.backup.nothing_deleted")
        return 1
    delete_backups(targets)
    say(args, "cli.backup.deleted", count=len(targets))
    return 0


def _backup_keep(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.safety import backup_keep, set_backup_keep

    opened = open_db(args)
    if args.count is not None:
        set_backup_keep(opened.db, args.count)
    say(args, "cli.backup.keep", count=backup_keep(opened.db))
    return 0


# --- privacy ------------------------------------------------------------------------------------
def report_erasure(args: argparse.Namespace, erased: list, folder: Path) -> None:
    from hiring_app.cli import say
    from hiring_app.services.safety import backups_holding

    for item in erased:
        say(args, "cli.erase.erased", candidate_id=item.id)
    if not all(item.traces_cleared for item in erased):
        say(args, "cli.erase.traces_pending")
    holding = {b.path: b for item in erased for b in backups_holding(folder, item.uid, item.name)}
    if holding:
        say(args, "cli.erase.backups_hold", count=len(holding))
        for path in sorted(holding):
            print(printable(f"  {path.name}"))
        say(args, "cli.erase.delete_hint", names=" ".join(p.name for p in sorted(holding)))


def _erase_candidate(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.candidates import count_interviews, get_candidate
    from hiring_app.services.privacy import erase_candidate

    opened = open_db(args)
    candidate = get_candidate(opened.db, args.id)
    count = count_interviews(opened.db, args.id)
    if not confirm(args, Message("cli.erase.confirm_one", candidate_id=args.id,
                                 name=candidate["name"], count=count)):
        say(args, "cli.erase.nothing_erased")
        return 1
    report_erasure(args, [erase_candidate(opened.db, args.id)], opened.path.parent)
    return 0


def _erase_expired(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.domain.code_names import STATUS_NAMES
    from hiring_app.services.privacy import erase_expired, expired_candidates, retention_months

    opened = open_db(args)
    months = retention_months(opened.db)
    if months <= 0:
        say(args, "cli.retention.not_set")
        return 0
    expired = expired_candidates(opened.db, months)
    if not expired:
        say(args, "cli.retention.none_expired", months=months)
        return 0
    say(args, "cli.erase.expired_list", count=len(expired), months=months)
    for row in expired:  # statuses named in Chinese and Spanish, as stored in English
        say(args, "cli.erase.expired_row", candidate_id=row["id"], name=row["name"],
            status={**STATUS_NAMES.get(row["status"], {}), "en": row["status"]},
            date=row["last_activity"][:10])
    if not confirm(args, Message("cli.erase.confirm_expired", count=len(expired))):
        say(args, "cli.erase.nothing_erased")
        return 1
    erased = erase_expired(opened.db, [r["id"] for r in expired], months)
    if len(erased) < len(expired):
        say(args, "cli.erase.kept_changed", count=len(expired) - len(erased))
    report_erasure(args, erased, opened.path.parent)
    return 0


def _erase_again(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.privacy import erase_again, erased_back

    opened = open_db(args)
    back = erased_back(opened.db)
    if not back:
        say(args, "cli.erase.none_back")
        return 0
    _say_erased_back(args, "cli.backup.erased_back", [p.name for p in back])
    if not confirm(args, Message("cli.erase.confirm_again", count=len(back))):
        say(args, "cli.erase.nothing_erased")
        return 1
    report_erasure(args, erase_again(opened.db), opened.path.parent)
    return 0


def _retention(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.privacy import retention_months, set_retention_months

    opened = open_db(args)
    if args.months is not None:
        set_retention_months(opened.db, args.months)
    months = retention_months(opened.db)
    if months == 0:
        say(args, "cli.retention.off")
    else:
        say(args, "cli.retention.months", months=months)
    return 0


def _export_candidate(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services.privacy import export_candidate

    opened = open_db(args)
    data = export_candidate(opened.db, args.id, Path(args.output))
    say(args, "cli.export.candidate", candidate_id=args.id, count=len(data["interviews"]),
        path=args.output)
    return 0


def _actions(parser: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction:
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True,
                                 parser_class=type(parser))


def register(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli import candidate_id

    backup = sub.add_parser("backup", help="make, list, restore and delete backups")
    actions = _actions(backup, "backup_command")
    actions.add_parser("create", help="back up the database now").set_defaults(
        func=_backup_create)
    listing = actions.add_parser("list", help="list backups, newest first, each checked")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_backup_list)
    restore = actions.add_parser(
        "restore", help="make a backup the database (the current file is kept aside)")
    restore.add_argument("file", metavar="FILE", help="a backup's name (as listed) or path")
    restore.add_argument("--yes", action="store_true", help="do not ask")
    restore.add_argument("--erase-again", action="store_true",
                         help="erase again, at once, anyone the backup brings back who was "
                              "erased after it was made")
    restore.set_defaults(func=_backup_restore)
    delete = actions.add_parser("delete", help="delete backup files for good")
    delete.add_argument("files", nargs="+", metavar="FILE")
    delete.add_argument("--yes", action="store_true", help="do not ask")
    delete.set_defaults(func=_backup_delete)
    keep = actions.add_parser("keep", help="show or set how many automatic backups are kept")
    keep.add_argument("count", nargs="?", type=int, metavar="N")
    keep.set_defaults(func=_backup_keep)

    erase = sub.add_parser("erase", help="erase candidates' personal data completely")
    actions = _actions(erase, "erase_command")
    one = actions.add_parser("candidate", help="erase one candidate and every trace of them")
    one.add_argument("id", type=candidate_id, metavar="ID")
    one.add_argument("--yes", action="store_true", help="do not ask")
    one.set_defaults(func=_erase_candidate)
    expired = actions.add_parser("expired",
                                 help="erase candidates past the retention period (lists first)")
    expired.add_argument("--yes", action="store_true", help="do not ask")
    expired.set_defaults(func=_erase_expired)
    again = actions.add_parser("again", help="erase again anyone erased before whom a restored "
                               "backup brought back")
    again.add_argument("--yes", action="store_true", help="do not ask")
    again.set_defaults(func=_erase_again)

    retention = sub.add_parser("retention", help="show or set the retention period in months "
                               "(0: off) after which candidates not hired are erased")
    retention.add_argument("months", nargs="?", type=int, metavar="MONTHS")
    retention.set_defaults(func=_retention)

    export = sub.add_parser("export", help="give a candidate their data")
    actions = _actions(export, "export_command")
    one = actions.add_parser("candidate", help="everything held about one candidate, as JSON")
    one.add_argument("id", type=candidate_id, metavar="ID")
    one.add_argument("-o", "--output", required=True, metavar="FILE.json")
    one.set_defaults(func=_export_candidate)
