"""Who may touch a data folder, and when: OS file locks that every program using the folder
respects. The operating system releases each of them when its process ends, however it ends (a
SIGKILL leaves no stale lock), so none ever has to be cleared by hand.

* The writer lock (`WriterLock`, `hiring-app.lock`): held by the window for as long as it is
  open, so there is one window per folder. The command line takes it to restore a backup, which
  is therefore refused while a window is open.
* The use lock (`hold_use`, `hiring-app.use.lock`): every open connection to the company file
  (the window's, each command's) holds it shared, from before the file is first looked at until
  the connection is closed. A restore (`restoring`) holds it exclusively from its check that
  nobody has the file open until the new file is in place: a write either finishes before the
  restore starts, or waits for it to end and goes into the restored file; none is ever written
  to a file about to be replaced.
* The restore gate (`hiring-app.restore.lock`): a restore closes it before waiting for the use
  lock, so commands started meanwhile wait instead of keeping the restore waiting for ever.
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from hiring_app.errors import (
    AlreadyOpenError,
    BackupError,
    DatabaseBusyError,
    DataFolderError,
    os_reason,
)

LOCK_NAME = "hiring-app.lock"
USE_LOCK_NAME = "hiring-app.use.lock"
GATE_LOCK_NAME = "hiring-app.restore.lock"
LOCK_NAMES = (LOCK_NAME, USE_LOCK_NAME, GATE_LOCK_NAME)
OWNER_ONLY_FILE = stat.S_IRUSR | stat.S_IWUSR
# Long enough to ride over another process merely checking the lock, short enough not to be felt.
DEFAULT_WAIT = 0.5
# How long a command waits for a restore to finish before saying so (a restore of a large file
# takes a few seconds), and how long a restore waits for running commands to finish.
WAIT_FOR_RESTORE = 30.0
WAIT_FOR_USERS = 10.0
_POLL = 0.01


class WriterLock:
    """The data folder's writer lock, an exclusive lock on its own file. `acquire` says whether
    it was free. Taken on the window's main thread, it may be released on any thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = FolderLock(self.folder / LOCK_NAME)

    def acquire(self, wait: float = DEFAULT_WAIT) -> bool:
        if self._lock.held:
            return True
        try:
            return self._lock.acquire(exclusive=True, wait=wait)
        except OSError as exc:
            raise DataFolderError("data_folder.not_writable", path=str(self.folder),
                                  reason=os_reason(exc)) from exc

    def release(self) -> None:
        self._lock.release()

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


# --- shared and exclusive locks -----------------------------------------------------------------
if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _FAIL_IMMEDIATELY = 0x1
    _EXCLUSIVE = 0x2
    _LOCK_VIOLATION = 33  # ERROR_LOCK_VIOLATION: held by someone else

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

    def _try_lock(fd: int, exclusive: bool) -> bool | None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        if _kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())):
            return True
        return False if ctypes.get_last_error() == _LOCK_VIOLATION else None

    def _unlock(fd: int) -> None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool | None:
        """True: taken; False: held by someone else; None: this filesystem has no locks."""
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                return False
            return None
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """A shared or exclusive lock on one lock file of the data folder, through its own handle
    (flock and LockFileEx locks belong to the handle: two connections of one process are two
    holders). Released by `release`, or when the object is collected or its process ends."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, exclusive: bool, wait: float) -> bool:
        """Take the lock, waiting up to `wait` seconds; False if others kept it. On a filesystem
        without locks the lock counts as taken (as before there were locks)."""
        handle = open(self.path, "ab",  # noqa: SIM115 - kept open while the lock is held
                      opener=lambda p, flags: os.open(p, flags, OWNER_ONLY_FILE))
        deadline = time.monotonic() + wait
        while True:
            try:
                taken = _try_lock(handle.fileno(), exclusive)
            except BaseException:
                handle.close()
                raise
            if taken is not False:
                self._handle = handle
                return True
            if time.monotonic() >= deadline:
                handle.close()
                return False
            time.sleep(_POLL)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                _unlock(handle.fileno())
            handle.close()


def _open_lock(folder: Path, name: str, exclusive: bool, wait: float) -> FolderLock | None:
    lock = FolderLock(Path(folder) / name)
    try:
        return lock if lock.acquire(exclusive, wait) else None
    except OSError as exc:
        raise DataFolderError("data_folder.not_writable", path=str(folder),
                              reason=os_reason(exc)) from exc


def hold_use(folder: Path, wait: float = WAIT_FOR_RESTORE) -> FolderLock:
    """Hold the folder's use lock shared, for a connection to the company file: waits while a
    backup is being restored, and says so (DatabaseBusyError) if the restore takes too long.
    The caller releases it when it closes the connection."""
    folder = Path(folder)
    gate = _open_lock(folder, GATE_LOCK_NAME, exclusive=False, wait=wait)
    if gate is None:
        raise DatabaseBusyError("db.restoring", path=str(folder))
    try:
        use = _open_lock(folder, USE_LOCK_NAME, exclusive=False, wait=wait)
    finally:
        gate.release()
    if use is None:
        raise DatabaseBusyError("db.restoring", path=str(folder))
    return use


@contextlib.contextmanager
def restoring(folder: Path, db_path: Path, wait: float = WAIT_FOR_USERS) -> Iterator[None]:
    """Hold the folder's use lock exclusively: no connection to the company file is open anywhere
    (none of this process either: close them first) and none opens until the block ends.
    BackupError ("in use") if programs keep it open longer than `wait` seconds."""
    folder = Path(folder)
    gate = _open_lock(folder, GATE_LOCK_NAME, exclusive=True, wait=wait)
    if gate is None:  # another restore
        raise BackupError("backup.db_in_use", path=str(db_path))
    try:
        use = _open_lock(folder, USE_LOCK_NAME, exclusive=True, wait=wait)
        if use is None:
            raise BackupError("backup.db_in_use", path=str(db_path))
        try:
            yield
        finally:
            use.release()
    finally:
        gate.release()

