"""Writing a user's file whole or not at all: into a temporary file beside it, flushed to disk,
then moved into place. A full disk or a crash never leaves half a file behind."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from hiring_app.errors import UserError, os_reason


@contextmanager
def atomic_file(path: Path | str, binary: bool = False) -> Iterator[IO]:
    """Yield a file to write; on success it replaces `path`. Problems the user can fix (no such
    folder, no permission, disk full) are UserErrors; nothing is left behind on any failure."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise UserError("file.parent_not_folder", folder=str(folder))
        raise UserError("file.folder_missing", folder=str(folder))
    if path.is_dir():
        raise UserError("file.is_folder", path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError("file.folder_not_writable", folder=str(folder),
                        reason=os_reason(exc)) from exc
    try:
        handle: IO[Any] = (os.fdopen(fd, "wb") if binary
                           else os.fdopen(fd, "w", encoding="utf-8", newline="\n"))
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("file.cannot_write", path=str(path), reason=os_reason(exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
