"""Writing a user's file whole or not at all: into a temporary file beside it, flushed to disk,
then moved into place. A full disk or a crash never leaves half a file behind."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from hiring_app.errors import UserError


@contextmanager
def atomic_file(path: Path | str, binary: bool = False) -> Iterator[IO]:
    """Yield a file to write; on success it replaces `path`. Problems the user can fix (no such
    folder, no permission, disk full) are UserErrors; nothing is left behind on any failure."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        problem = "it is not a folder" if folder.exists() else "the folder does not exist"
        raise UserError(f"cannot write to {folder}: {problem}")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write to the folder {folder}: {exc.strerror or exc}") from exc
    try:
        mode = "wb" if binary else "w"
        kwargs = {} if binary else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
