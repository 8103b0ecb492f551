"""Whether the company file must be checked again when it is opened.

SQLite's integrity check (`PRAGMA quick_check`) reads every page of the file: about 0.1 s at
10,000 candidates, seconds at 100,000. It is needed when the file may have changed outside the
app (copied in, restored by hand, damaged on disk), not after the app's own last use of it.

So when the app closes a connection to a file it had checked (or found unchanged since its last
check), it records what the file looks like on disk (`hiring-app.checked`, owner-only, beside it,
no personal data): device, inode, size, modification and change times. The change time (ctime)
moves with every write and every change of its times or mode, and no program can set it back,
so any change made to the file while the app was not using it — even one that restores the
size and the modification time — fails the comparison, and the file is checked again. A file
found damaged is never recorded again by this process (nor recorded as it was: the record is
removed), so a damaged file is checked at every opening until it is replaced.

Changes in the write-ahead log (`-wal`) do not matter here: SQLite checksums each frame and
ignores a frame that does not match.
"""
from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path

RECORD_NAME = "hiring-app.checked"
_FORMAT = 1
_damaged_here: set[str] = set()  # files this process found damaged: never recorded as checked
_awaiting: set[str] = set()  # files opened unchecked, their check running: nothing may write


def _record(db_path: Path) -> Path:
    return Path(db_path).parent / RECORD_NAME


def _key(db_path: Path) -> str:
    return str(Path(db_path).absolute())


def _state(db_path: Path) -> list[int] | None:
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def unchanged_since_checked(db_path: Path) -> bool:
    """True when the file is exactly as the app left it after a check: no need to check it."""
    db_path = Path(db_path)
    if _key(db_path) in _damaged_here:
        return False
    record = _record(db_path)
    try:
        info = os.lstat(record)
        # ours and private: nobody else can have written it (a link could point anywhere)
        if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077 \
                or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return False
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    state = _state(db_path)
    return (isinstance(data, dict) and data.get("format") == _FORMAT
            and data.get("file") == db_path.name and state is not None
            and data.get("state") == state)


def remember_checked(db_path: Path) -> None:
    """Record the file as it is now, after the app's last write to it. Best effort: without a
    record the next opening simply checks the file."""
    db_path = Path(db_path)
    if _key(db_path) in _damaged_here:
        return
    state = _state(db_path)
    if state is None:
        return
    content = json.dumps({"format": _FORMAT, "file": db_path.name, "state": state})
    record = _record(db_path)
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if record.read_text(encoding="utf-8") == content and unchanged_since_checked(db_path):
            return  # as recorded already (a command that only read): the folder stays as it is
    name = None
    try:
        fd, name = tempfile.mkstemp(prefix=RECORD_NAME + ".", dir=db_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(name, record)
        name = None
    except OSError:
        pass
    finally:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)


def forget_checked(db_path: Path, damaged: bool = False) -> None:
    """Check the file at its next opening (it was replaced, or found damaged: then never record
    it as checked again in this process)."""
    if damaged:
        _damaged_here.add(_key(db_path))
    with contextlib.suppress(OSError):
        _record(db_path).unlink()


def checked_clean(db_path: Path) -> None:
    """The integrity check just passed: the file may be recorded again when it is closed."""
    _damaged_here.discard(_key(db_path))


def await_check(db_path: Path, waiting: bool) -> None:
    """While `waiting`, the file was opened before its check (the window paints first): no
    connection that writes may be opened to it (storage.database.connect_held says "busy, try
    again", and the interview's autosave keeps what was typed and tries again)."""
    if waiting:
        _awaiting.add(_key(db_path))
    else:
        _awaiting.discard(_key(db_path))


def awaiting_check(db_path: Path) -> bool:
    return _key(db_path) in _awaiting
