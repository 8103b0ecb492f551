"""Today's automatic backup, made beside the window rather than before it: copying and checking
a large company's file takes seconds (tens of them at 100,000 candidates), and nobody should
wait for it to start work. The copy is made through its own connection in a thread; what it
found comes back to the window: nothing to say when it went well, a line in the status bar when
it could not be made (a full disk), the damaged-file offer when the copy shows damage."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from hiring_app.errors import UserError
from hiring_app.services import safety
from hiring_app.ui.beside import BesideWindow


class DailyBackup(BesideWindow):
    """Start it once the window is up; `stop()` before the window goes (or a restore replaces
    the file): the copy ends within moments, leaving nothing behind. `finished` carries the
    Backup made (or None) and the UserError met (or None)."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        job = safety.DailyBackupJob(Path(data_dir))
        super().__init__("daily-backup", data_dir, lambda: job.run(),
                         lambda exc: UserError("backup.cannot_make", path=str(data_dir),
                                               reason=type(exc).__name__),
                         cancel=job.stop, parent=parent)
