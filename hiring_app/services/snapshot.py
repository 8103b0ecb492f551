"""Looking at a company without touching it (the screenshots command): a private copy of its
database, and checked places to write pictures to. The window reaches storage only through
services (tests/unit/test_layers.py)."""
from __future__ import annotations

from hiring_app.storage.files import atomic_file, check_output_path
from hiring_app.storage.snapshot import private_copy, require_database

__all__ = ["atomic_file", "check_output_path", "private_copy", "require_database"]
