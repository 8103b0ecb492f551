"""The company file's integrity check, beside the window rather than before it.

A file that may have changed outside the app since its last check (copied in, restored by hand,
damaged on disk) is checked at opening: every page read, seconds at 100,000 candidates. The
window opens it read-only, unchecked, paints at once and checks it on a thread; nothing is
written to it before the check has passed. Then a connection that writes replaces the
read-only one (in the same Database object every screen holds) and the start-up chores run;
damage found is offered the latest good backup as any damage met (ui/app.py DamageWatch).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from sqlite_utils import Database

from hiring_app.errors import UserError
from hiring_app.services import company, safety
from hiring_app.ui.beside import BesideWindow
from hiring_app.ui.context import AppContext


def start_up_chores(db: Database, folder: Path) -> None:
    """What the window does to a file known whole before work starts: clear what an earlier
    run left (it holds the folder's writer lock), finish an erasure that could not finish.
    Done once the window has painted (ui/main_window.py): what it needs is imported then."""
    from hiring_app.services import attachments, privacy

    try:
        safety.remove_leftovers(folder)
        # résumés handed to a viewer by an earlier run that could not remove them (a crash)
        attachments.remove_copies(older_than=attachments.STALE_COPY_SECONDS)
        privacy.clear_pending_traces(db)  # an erasure that could not finish its clearing
    except BaseException as exc:
        db.conn.close()
        found = safety.damage_error(exc, folder)
        if found is not None:
            raise found from exc
        raise


def open_for_writing(context: AppContext) -> None:
    """After the check passed: the read-only connection is replaced by one that writes, then
    the start-up chores run."""
    company.await_check(context.db_path, False)
    opened = company.open_company(context.data_dir, check=False)
    reading, context.db.conn = context.db.conn, opened.db.conn
    reading.close()
    context.unchecked = False
    context.chores_due = False
    start_up_chores(context.db, context.data_dir)


class StartCheck(BesideWindow):
    """Runs the check on a thread; `finished` carries None and the fault found (a UserError) or
    None."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__("start-check", data_dir, lambda: company.check_whole(Path(data_dir)),
                         lambda exc: UserError("db.cannot_read", path=str(data_dir),
                                               detail=type(exc).__name__),
                         parent=parent)
