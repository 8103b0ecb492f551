"""Shared fixtures: fresh databases and data folders."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hiring_app.storage.database import memory_database, open_database

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db():
    """A fresh, migrated in-memory database."""
    database = memory_database()
    yield database
    database.conn.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def opened(data_dir: Path):
    """A real database file in a fresh data folder."""
    result = open_database(data_dir)
    yield result
    result.db.conn.close()


def run_cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real entry point in a subprocess, as a user would from a terminal."""
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [sys.executable, "-m", "hiring_app", *args],
        capture_output=True, text=True, timeout=timeout, env=full_env, cwd=PROJECT_ROOT,
    )
