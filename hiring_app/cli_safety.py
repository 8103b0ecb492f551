"""Sub-commands for data safety and privacy: backup create/list/restore/delete, erase a candidate
(or those past the retention period), export one candidate's data, and the settings behind them."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hiring_app import paths
from hiring_app.errors import UserError


def _folder(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def confirm(question: str, assume_yes: bool) -> bool:
    """Ask on the terminal; only 'y' or 'yes' goes ahead (end of input means no)."""
    if assume_yes:
        return True
    print(f"{question} [y/N] ", end="", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        answer = ""
    return answer.strip().lower() in ("y", "yes")


# --- backups ------------------------------------------------------------------------------------
def _backup_create(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.safety import make_backup

    opened = open_db(args)
    made = make_backup(opened.db, opened.path.parent)
    print(f"backup made: {made.path} ({_size(made.size)})")
    return 0


def _backup_list(args: argparse.Namespace) -> int:
    from hiring_app.storage.backups import check_backup, list_backups

    rows = []
    for backup in list_backups(_folder(args)):
        check = check_backup(backup.path)
        rows.append({"file": backup.path.name, "path": str(backup.path),
                     "created": backup.created.isoformat(sep=" "), "kind": backup.kind,
                     "size": backup.size, "ok": check.ok, "problem": check.problem,
                     "candidates": check.candidates, "interviews": check.interviews})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no backups yet in {_folder(args) / 'backups'}")
        return 0
    for row in rows:
        state = (f"{row['candidates']} candidates, {row['interviews']} interviews" if row["ok"]
                 else f"NOT USABLE: {row['problem']}")
        print(f"{row['file']:<44} {row['kind']:<15} {_size(row['size']):>9}  {state}")
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.safety import restore_from_command_line
    from hiring_app.storage.backups import check_backup, find_backup

    folder = _folder(args)
    path = find_backup(folder, args.file)
    check = check_backup(path, thorough=False)  # for the question; the restore checks fully
    if not check.ok:
        raise UserError(f"{path.name} cannot be restored: {check.problem}")
    if not confirm(f"Replace the current database with {path.name} ({check.candidates} "
                   "candidates)? The current file is kept in the backup folder.", args.yes):
        print("nothing restored")
        return 1
    kept = restore_from_command_line(folder, path)
    opened = open_db(args)
    count = opened.db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    print(f"restored {path.name}: {count} candidates")
    if kept is not None:
        print(f"the file it replaced is kept as {kept}")
    return 0


def _backup_delete(args: argparse.Namespace) -> int:
    from hiring_app.storage.backups import backup_folder, delete_backups, find_backup

    folder = _folder(args)
    targets = [find_backup(folder, name) for name in args.files]
    outside = [p for p in targets if p.parent != backup_folder(folder).absolute()]
    if outside:
        raise UserError(f"{outside[0]} is not in this company's backup folder")
    if not confirm(f"Delete {len(targets)} backup file(s) for good?", args.yes):
        print("nothing deleted")
        return 1
    delete_backups(targets)
    print(f"deleted {len(targets)} backup file(s)")
    return 0


def _backup_keep(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.safety import backup_keep, set_backup_keep

    opened = open_db(args)
    if args.count is not None:
        set_backup_keep(opened.db, args.count)
    print(f"automatic backups kept: {backup_keep(opened.db)}")
    return 0


# --- privacy ------------------------------------------------------------------------------------
def report_erasure(erased: list, folder: Path) -> None:
    from hiring_app.storage.backups import backups_holding

    for item in erased:
        print(f"erased candidate {item.id}: interviews, notes, scorecards and history removed")
    if not all(item.traces_cleared for item in erased):
        print("note: leftover bytes could not be cleared yet (another program is reading the "
              "database, or the disk is full); they are cleared when the app next starts")
    holding = {b.path: b for item in erased for b in backups_holding(folder, item.uid, item.name)}
    if holding:
        print(f"{len(holding)} backup(s) made before the erasure still hold this data:")
        for path in sorted(holding):
            print(f"  {path.name}")
        print("delete them with: hiring-app backup delete " +
              " ".join(p.name for p in sorted(holding)))


def _erase_candidate(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.candidates import get_candidate
    from hiring_app.services.privacy import erase_candidate

    opened = open_db(args)
    candidate = get_candidate(opened.db, args.id)
    count = opened.db.execute("SELECT count(*) FROM interviews WHERE candidate_id = ?",
                              [args.id]).fetchone()[0]
    if not confirm(f"Erase candidate {args.id} ({candidate['name']}) with {count} interview(s) "
                   "and every note? This cannot be undone.", args.yes):
        print("nothing erased")
        return 1
    report_erasure([erase_candidate(opened.db, args.id)], opened.path.parent)
    return 0


def _erase_expired(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.privacy import erase_expired, expired_candidates, retention_months

    opened = open_db(args)
    months = retention_months(opened.db)
    if months <= 0:
        print("no retention period is set (hiring-app retention MONTHS sets one)")
        return 0
    expired = expired_candidates(opened.db, months)
    if not expired:
        print(f"no candidate is past the retention period of {months} months")
        return 0
    print(f"{len(expired)} candidate(s) not hired and inactive for over {months} months:")
    for row in expired:
        print(f"  {row['id']:>6}  {row['name']}  ({row['status']}, last activity "
              f"{row['last_activity'][:10]})")
    if not confirm(f"Erase these {len(expired)} candidate(s) for good?", args.yes):
        print("nothing erased")
        return 1
    erased = erase_expired(opened.db, [r["id"] for r in expired], months)
    if len(erased) < len(expired):
        print(f"{len(expired) - len(erased)} candidate(s) changed meanwhile and were kept")
    report_erasure(erased, opened.path.parent)
    return 0


def _retention(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.privacy import retention_months, set_retention_months

    opened = open_db(args)
    if args.months is not None:
        set_retention_months(opened.db, args.months)
    months = retention_months(opened.db)
    print("retention: off" if months == 0 else
          f"retention: candidates not hired are erased after {months} months "
          "(hiring-app erase expired)")
    return 0


def _export_candidate(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.privacy import export_candidate

    opened = open_db(args)
    data = export_candidate(opened.db, args.id, Path(args.output))
    print(f"exported candidate {args.id} with {len(data['interviews'])} interview(s) to "
          f"{args.output}")
    return 0


def _actions(parser: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction:
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True,
                                 parser_class=type(parser))


def register(sub: argparse._SubParsersAction) -> None:
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
    one.add_argument("id", type=int, metavar="ID")
    one.add_argument("--yes", action="store_true", help="do not ask")
    one.set_defaults(func=_erase_candidate)
    expired = actions.add_parser("expired",
                                 help="erase candidates past the retention period (lists first)")
    expired.add_argument("--yes", action="store_true", help="do not ask")
    expired.set_defaults(func=_erase_expired)

    retention = sub.add_parser("retention", help="show or set the retention period in months "
                               "(0: off) after which candidates not hired are erased")
    retention.add_argument("months", nargs="?", type=int, metavar="MONTHS")
    retention.set_defaults(func=_retention)

    export = sub.add_parser("export", help="give a candidate their data")
    actions = _actions(export, "export_command")
    one = actions.add_parser("candidate", help="everything held about one candidate, as JSON")
    one.add_argument("id", type=int, metavar="ID")
    one.add_argument("-o", "--output", required=True, metavar="FILE.json")
    one.set_defaults(func=_export_candidate)
