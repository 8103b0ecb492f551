"""Files kept with candidates (résumés), their bytes inside the database: rows, listings without
the bytes, and the bytes of one file when it is opened or exported."""
from __future__ import annotations

from sqlite_utils import Database

from hiring_app.storage.database import inserted_id

# Everything about a file but its bytes, in this order.
INFO_COLUMNS = ("id", "candidate_id", "file_name", "media_type", "size", "sha256", "added_at")
_INFO = ", ".join(INFO_COLUMNS)


def insert_attachment(db: Database, *, candidate_id: int, file_name: str, media_type: str,
                      size: int, sha256: str, content: bytes, added_at: str) -> int:
    return inserted_id(db.table("attachments").insert({
        "candidate_id": candidate_id, "file_name": file_name, "media_type": media_type,
        "size": size, "sha256": sha256, "bytes": content, "added_at": added_at}))


def attachments_of(db: Database, candidate_id: int) -> list[dict]:
    """The candidate's files without their bytes, oldest first."""
    rows = db.execute(f"SELECT {_INFO} FROM attachments WHERE candidate_id = ?"  # noqa: S608
                      " ORDER BY id", [candidate_id]).fetchall()
    return [dict(zip(INFO_COLUMNS, row)) for row in rows]


def get_attachment(db: Database, attachment_id: int) -> dict | None:
    """One file without its bytes, or None."""
    row = db.execute(f"SELECT {_INFO} FROM attachments WHERE id = ?",  # noqa: S608
                     [attachment_id]).fetchone()
    return dict(zip(INFO_COLUMNS, row)) if row else None


def content_of(db: Database, attachment_id: int) -> bytes | None:
    row = db.execute("SELECT bytes FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return bytes(row[0]) if row else None


def count_of(db: Database, candidate_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM attachments WHERE candidate_id = ?",
                          [candidate_id]).fetchone()[0])


def with_digest(db: Database, candidate_id: int, sha256: str) -> dict | None:
    """The candidate's file with these exact bytes (by digest), without its bytes, or None."""
    row = db.execute(f"SELECT {_INFO} FROM attachments WHERE candidate_id = ?"  # noqa: S608
                     " AND sha256 = ? ORDER BY id LIMIT 1", [candidate_id, sha256]).fetchone()
    return dict(zip(INFO_COLUMNS, row)) if row else None


def delete_attachment(db: Database, attachment_id: int) -> bool:
    return bool(db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id]).rowcount)
