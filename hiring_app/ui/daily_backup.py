"""Today's automatic backup, made beside the window rather than before it: copying and checking
a large company's file takes seconds (tens of them at 100,000 candidates), and nobody should
wait for it to start work. The copy is made through its own connection in a thread; what it
found comes back to the window: nothing to say when it went well, a line in the status bar when
it could not be made (a full disk), the damaged-file offer when the copy shows damage."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hiring_app.errors import UserError
from hiring_app.services import safety


class DailyBackup(QObject):
    """Start it once the window is up; `stop()` before the window goes (or a restore replaces
    the file): the copy ends within moments, leaving nothing behind."""

    finished = Signal(object, object)  # the Backup made (or None), the UserError met (or None)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._job = safety.DailyBackupJob(self.data_dir)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None or self._job.stopped:
            return
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        """Wait for the backup to end; True when it has."""
        if self._thread is not None:
            self._thread.join(seconds)
        return not self.running

    def stop(self) -> None:
        self._job.stop()
        self.wait(30)

    def _run(self) -> None:
        made, error = None, None
        try:
            made = self._job.run()
        except UserError as exc:
            error = exc
        except Exception as exc:  # noqa: BLE001 - a read that met damage, or a fault of the disk
            error = safety.storage_error(exc, self.data_dir)
            if error is None:
                error = UserError("backup.cannot_make", path=str(self.data_dir),
                                  reason=type(exc).__name__)
        if self._job.stopped:
            return  # the window is going: nobody to tell
        try:
            self.finished.emit(made, error)
        except RuntimeError:  # the window was deleted meanwhile
            pass
