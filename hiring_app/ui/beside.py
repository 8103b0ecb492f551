"""Work done beside the window, on a thread of its own (the file's check, today's backup): the
window paints and stays usable meanwhile, and hears the outcome through `finished` on its own
thread (Qt queues a signal emitted from another thread)."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hiring_app.errors import UserError
from hiring_app.services import safety


class BesideWindow(QObject):
    """Runs `work()` once on a thread. `finished(result, error)`: the error is a UserError (a
    fault of the disk or damage said in words, `fault(exception)` for anything else: never a
    crash), else None. `stop()` asks the work
    to end (through `cancel`, when it can) and waits for it; a stopped run tells nobody."""

    finished = Signal(object, object)

    def __init__(self, name: str, data_dir: Path, work: Callable[[], object],
                 fault: Callable[[Exception], UserError], cancel: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name, self.data_dir = name, Path(data_dir)
        self._work, self._fault, self._cancel = work, fault, cancel
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.outcome: tuple[object, UserError | None] | None = None  # once the work has ended
        self.taken = False  # its outcome acted on (by whoever waited for it, or on `finished`)

    def start(self) -> None:
        if self._thread is not None or self._stopped:
            return
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        """Wait for the work to end; True when it has (or never started)."""
        if self._thread is not None:
            self._thread.join(seconds)
        return not self.running

    def stop(self, seconds: float = 30) -> None:
        self._stopped = True
        if self._cancel is not None:
            self._cancel()
        self.wait(seconds)

    def _run(self) -> None:
        result, error = None, None
        try:
            result = self._work()
        except UserError as exc:
            error = exc
        except Exception as exc:  # noqa: BLE001 - a read that met damage, or a fault of the disk
            error = safety.storage_error(exc, self.data_dir) or self._fault(exc)
        self.outcome = (result, error)
        if self._stopped:
            return  # the window is going: nobody to tell
        try:
            self.finished.emit(result, error)
        except RuntimeError:  # the window was deleted meanwhile
            pass
