"""The shipped library's files, parsed and checked once per change instead of at every start.

The cache is keyed by a hash of the bank files' bytes (their names too), the schema and the app
version; it holds only the data of files the loader has parsed and validated itself, never a
file a user imports. A cache file that is missing, damaged, stale, not the owner's or readable
by others is ignored (and written again); a cache that cannot be written is simply not kept.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from hiring_app import __version__, paths

FORMAT = 1
FILE_NAME = "shipped-library.json"
# core.yaml's checked data alone (its vocabularies), under the same key: what a report needs,
# a tenth of the whole to read.
CORE_FILE_NAME = "shipped-core.json"


def content_key(files: list[Path], schema: Path) -> str:
    """A hash of everything the checks of these files depend on."""
    digest = hashlib.sha256(f"hiring-app {__version__} cache {FORMAT}\0".encode())
    for path in [schema, *files]:
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def cache_file() -> Path:
    return paths.cache_dir() / FILE_NAME


def read(key: str, count: int) -> list[dict[str, Any]] | None:
    """The checked data of `count` files stored under `key`, or None (no use trusting it)."""
    return _read(cache_file(), key, count)


def read_core(key: str) -> dict[str, Any] | None:
    """core.yaml's checked data stored under `key` (written with the whole), or None."""
    banks = _read(paths.cache_dir() / CORE_FILE_NAME, key, 1)
    return banks[0] if banks else None


def _read(path: Path, key: str, count: int) -> list[dict[str, Any]] | None:
    """The file is a line naming the key and the SHA-256 of the rest, then the data as JSON: a
    file cut short or changed in any byte is not used."""
    try:
        with path.open("rb") as file:
            if os.name == "posix":
                status = os.fstat(file.fileno())
                if status.st_uid != os.getuid() or status.st_mode & 0o077:
                    return None
            header = json.loads(file.readline().decode("utf-8"))
            if not isinstance(header, dict) or header.get("key") != key:
                return None
            body = file.read()
        if hashlib.sha256(body).hexdigest() != header.get("digest"):
            return None
        banks = json.loads(body.decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(banks, list) or len(banks) != count \
            or not all(isinstance(bank, dict) for bank in banks):
        return None
    return banks


def write(key: str, banks: list[dict[str, Any]]) -> None:
    """Keep the checked data (owner-only, replaced at once), and core.yaml's alone beside it;
    data JSON cannot hold as it is is not kept, nor anything when the folder cannot be
    written."""
    if _write(cache_file(), key, banks) and banks:
        _write(paths.cache_dir() / CORE_FILE_NAME, key, banks[:1])


def write_core(key: str, core: dict[str, Any]) -> None:
    """Keep core.yaml's checked data alone (for a cache written before it was kept apart)."""
    _write(paths.cache_dir() / CORE_FILE_NAME, key, [core])


def _write(path: Path, key: str, banks: list[dict[str, Any]]) -> bool:
    try:
        body = json.dumps(banks, ensure_ascii=False).encode("utf-8")
        if json.loads(body) != banks:  # e.g. a date YAML gave: it would not come back the same
            return False
    except (TypeError, ValueError):
        return False
    header = json.dumps({"key": key, "digest": hashlib.sha256(body).hexdigest()})
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(header.encode("ascii") + b"\n" + body)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True
