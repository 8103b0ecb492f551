"""Company-wide settings kept in the database (so the window and the command line agree)."""
from __future__ import annotations

from sqlite_utils import Database

# Set once the shipped library is installed into the file (services/library.py).
LIBRARY_INSTALLED_KEY = "library_installed"


def get_value(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else row[0]


def library_installed(db: Database) -> bool:
    """The shipped library has been installed into this file (it is, once)."""
    return get_value(db, LIBRARY_INSTALLED_KEY) is not None


def get_int(db: Database, key: str, default: int) -> int:
    value = get_value(db, key, None)
    try:
        return default if value is None else int(value)
    except (TypeError, ValueError):
        return default


def set_value(db: Database, key: str, value: object) -> None:
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                   "SET value = excluded.value", [key, str(value)])


def delete_value(db: Database, key: str) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", [key])
