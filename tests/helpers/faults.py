"""Faults a test can switch on and off: a disk that fills up under the autosave."""
from __future__ import annotations

from hiring_app.services import autosave


class FullDiskWriter(autosave.DraftWriter):
    """The autosave on a disk with `room` pages left (None: no limit). SQLite's max_page_count
    makes writes fail exactly as on a full disk (SQLITE_FULL), on any machine."""

    room: int | None = 0

    def _connect(self):
        db = super()._connect()
        if self.room is not None:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages + self.room}")
        return db
