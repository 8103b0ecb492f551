"""The candidate list made ready beside the window: after an update that changes what the list
keeps (or a large import), every candidate's row is made once, a part at a time, on a thread
of its own (tens of seconds at 100,000 candidates); the list says how far it has come and
opens when done. The window stays usable meanwhile."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hiring_app.errors import StorageWriteError
from hiring_app.paths import database_path
from hiring_app.services.list_source import ListPreparation
from hiring_app.ui.beside import BesideWindow


class ListPreparing(BesideWindow):
    """`progress(made, total)` after each part; `finished(done, error)` once: done is False when
    stopped. `stop()` ends it after the part under way (the window closing)."""

    progress = Signal(int, int)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        job = ListPreparation(database_path(Path(data_dir)), self._tell)
        super().__init__("list-preparation", data_dir, job.run,
                         lambda exc: StorageWriteError("write.failed", reason=type(exc).__name__),
                         cancel=job.stop, parent=parent)

    def _tell(self, made: int, total: int) -> None:
        try:
            self.progress.emit(made, total)
        except RuntimeError:  # the window was deleted meanwhile
            pass
