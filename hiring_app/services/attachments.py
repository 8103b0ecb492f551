"""A candidate's files (a résumé: PDF, Word or an image), kept inside the company database so
that backups, the candidate's data export and erasure cover them like the rest of the record.

A file is taken only when its first bytes are those of the kind its name says (a renamed
program or a damaged download is refused), within a size limit; a file that cannot be read is
refused with the system's reason and changes nothing. Opening hands the system's viewer a
private copy (storage.files.private_copy); copies are removed when the candidate is erased,
when the window closes and, for any left behind, at the next start."""
from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from hiring_app.domain.text import clean_line
from hiring_app.errors import NotFoundError, UserError, os_reason
from hiring_app.services import candidates as candidate_service
from hiring_app.services.changes import Change, changes
from hiring_app.storage import attachments_repo, candidates_repo, files
from hiring_app.storage.database import utc_now

MAX_BYTES = 20 * 1024 * 1024
MAX_PER_CANDIDATE = 10
MAX_FILE_NAME = 255
COPY_PREFIX = "hiring-app-open-"
STALE_COPY_SECONDS = 12 * 3600  # copies older than this are left over from an earlier run


def _is_pdf(head: bytes) -> bool:
    return head.startswith(b"%PDF-")


def _is_ole(head: bytes) -> bool:  # Word 97-2003 (.doc): an OLE2 compound file
    return head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _is_docx(content: bytes) -> bool:
    """A ZIP archive (read, never unpacked) holding a Word document's main part."""
    if not content.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return False


def _is_png(head: bytes) -> bool:
    return head.startswith(b"\x89PNG\r\n\x1a\n")


def _is_jpeg(head: bytes) -> bool:
    return head.startswith(b"\xff\xd8\xff")


# extension -> (media type, does the content match it)
KINDS: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    ".pdf": ("application/pdf", _is_pdf),
    ".doc": ("application/msword", _is_ole),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              _is_docx),
    ".png": ("image/png", _is_png),
    ".jpg": ("image/jpeg", _is_jpeg),
    ".jpeg": ("image/jpeg", _is_jpeg),
}
EXTENSIONS = tuple(KINDS)


@dataclass(frozen=True)
class Attachment:
    """One file kept with a candidate, without its bytes."""

    id: int
    candidate_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: str


def _attachment(row: dict) -> Attachment:
    return Attachment(**row)


def read_file(path: Path | str) -> tuple[str, str, bytes]:
    """(file name as stored, media type, bytes) of a file that may be attached; UserErrors say
    why not (unreadable, empty, too large, not an accepted kind, content not of its kind)."""
    path = Path(path)
    name = clean_line(path.name) or ""
    extension = Path(name).suffix.lower()
    if extension not in KINDS:
        raise UserError("attachment.kind_not_accepted", name=name or str(path),
                        types=list(EXTENSIONS))
    try:
        with open(path, "rb") as handle:
            content = handle.read(MAX_BYTES + 1)  # never more than the limit, however big
    except OSError as exc:
        raise UserError("attachment.cannot_read", path=str(path), reason=os_reason(exc)) from exc
    if len(content) > MAX_BYTES:
        raise UserError("attachment.too_large", name=name, limit=MAX_BYTES // (1024 * 1024))
    if not content:
        raise UserError("attachment.empty", name=name)
    media_type, matches = KINDS[extension]
    if not matches(content):
        raise UserError("attachment.not_that_kind", name=name, extension=extension)
    if len(name) > MAX_FILE_NAME:
        stem = name[: MAX_FILE_NAME - len(extension)]
        name = stem + extension
    return name, media_type, content


@changes(Change.CANDIDATES)
def attach_file(db: Database, candidate_id: int, path: Path | str) -> Attachment:
    """Keep a copy of the file at `path` with the candidate; refused (UserError) as a whole."""
    candidate_service.get_candidate(db, candidate_id)
    name, media_type, content = read_file(path)
    digest = hashlib.sha256(content).hexdigest()
    with db.atomic():
        candidate_service.get_candidate(db, candidate_id)  # still there, inside the write
        same = attachments_repo.with_digest(db, candidate_id, digest)
        if same is not None:
            raise UserError("attachment.already_attached", name=name,
                            existing=same["file_name"])
        if attachments_repo.count_of(db, candidate_id) >= MAX_PER_CANDIDATE:
            raise UserError("attachment.too_many", limit=MAX_PER_CANDIDATE)
        now = utc_now()
        attachment_id = attachments_repo.insert_attachment(
            db, candidate_id=candidate_id, file_name=name, media_type=media_type,
            size=len(content), sha256=digest, content=content, added_at=now)
        candidates_repo.touch(db, candidate_id, now)  # activity, for the retention rule
    return get_attachment(db, attachment_id)


def attachments_of(db: Database, candidate_id: int) -> list[Attachment]:
    """The candidate's files (without their bytes), oldest first."""
    return [_attachment(row) for row in attachments_repo.attachments_of(db, candidate_id)]


def get_attachment(db: Database, attachment_id: int) -> Attachment:
    row = attachments_repo.get_attachment(db, attachment_id)
    if row is None:
        raise NotFoundError("attachment.not_found", attachment_id=attachment_id)
    return _attachment(row)


def content_of(db: Database, attachment_id: int) -> bytes:
    content = attachments_repo.content_of(db, attachment_id)
    if content is None:
        raise NotFoundError("attachment.not_found", attachment_id=attachment_id)
    return content


@changes(Change.CANDIDATES)
def remove_attachment(db: Database, attachment_id: int) -> Attachment:
    """Remove one file from the candidate's record; returns what was removed."""
    with db.atomic():
        removed = get_attachment(db, attachment_id)
        attachments_repo.delete_attachment(db, attachment_id)
        candidates_repo.touch(db, removed.candidate_id, utc_now())
    return removed


def open_copy(db: Database, attachment_id: int, folder: Path | str | None = None) -> Path:
    """A private copy of the file (owner-only, in a folder of its own) for the system's viewer;
    returns its path."""
    attachment = get_attachment(db, attachment_id)
    content = content_of(db, attachment_id)
    name = files.portable_file_name(attachment.file_name, "resume")
    return files.private_copy(content, name, f"{COPY_PREFIX}{attachment.candidate_id}-",
                              folder)


def remove_copies(candidate_id: int | None = None, folder: Path | str | None = None,
                  older_than: float | None = None) -> int:
    """Remove the private copies opened for one candidate (every candidate when None)."""
    prefix = COPY_PREFIX if candidate_id is None else f"{COPY_PREFIX}{candidate_id}-"
    return files.remove_private_copies(prefix, folder, older_than)
