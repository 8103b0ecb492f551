"""One writer per data folder.

The window holds an OS file lock on the data folder for as long as it is open; the operating
system releases it when the process ends, however it ends (a SIGKILL leaves no stale lock). The
command line takes the same lock for the one thing that must never happen under an open window:
replacing the database file (restoring a backup).
"""
from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from hiring_app.errors import AlreadyOpenError
from hiring_app.storage.database import OWNER_ONLY_FILE

LOCK_NAME = "hiring-app.lock"
# Long enough to ride over another process merely checking the lock, short enough not to be felt.
DEFAULT_WAIT = 0.5


class WriterLock:
    """The data folder's writer lock. `acquire` says whether it was free."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        # thread_local=False: the window takes it on the main thread and may release it anywhere.
        self._lock = FileLock(str(self.folder / LOCK_NAME), mode=OWNER_ONLY_FILE,
                              thread_local=False)

    def acquire(self, wait: float = DEFAULT_WAIT) -> bool:
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> WriterLock:
        if not self.acquire():
            raise AlreadyOpenError("app.open_elsewhere", folder=str(self.folder),
                                   path=str(self.folder))
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def is_open_elsewhere(folder: Path) -> bool:
    """True while another process (normally the window) holds the folder's writer lock."""
    if not (Path(folder) / LOCK_NAME).exists():
        return False
    probe = WriterLock(folder)
    if probe.acquire(wait=0):
        probe.release()
        return False
    return True
