"""A candidate's files (services.attachments): only PDF, Word and images whose first bytes say so,
within the limits; unreadable files change nothing; the bytes live in the database, so the
candidate's data export, erasure (to the last byte) and backups cover them; opening hands the
viewer a private copy."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import attachments, privacy, safety
from hiring_app.services import candidates as candidate_service
from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import open_database
from tests.helpers.banks import small_company, small_library

MARK = b"resume-marker-\xe7\xae\x80\xe5\x8e\x86-0451"  # found in the file's bytes until erased


def pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Title (" + MARK + b") >> endobj\n%%EOF\n"


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>经验</w:document>")
    return buffer.getvalue()


def xlsx() -> bytes:  # a ZIP too, but no Word document inside
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


KINDS = {
    "简历.pdf": (pdf(), "application/pdf"),
    "resume.DOC": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "application/msword"),
    "resume.docx": (docx(), attachments.KINDS[".docx"][0]),
    "photo.png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "image/png"),
    "photo.jpg": (b"\xff\xd8\xff\xe0" + b"\0" * 32, "image/jpeg"),
    "photo.jpeg": (b"\xff\xd8\xff\xdb" + b"\0" * 32, "image/jpeg"),
}


@pytest.fixture
def db():
    database = small_company()
    yield database
    database.conn.close()


@pytest.fixture
def candidate(db) -> int:
    return candidate_service.add_candidate(db, "王伟", "shop_a")


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def stored(db) -> list[tuple]:
    return db.execute("SELECT candidate_id, file_name, bytes FROM attachments").fetchall()


@pytest.mark.parametrize("name", sorted(KINDS))
def test_pdf_word_and_images_are_kept_whole_in_the_database(db, candidate, tmp_path,
                                                              name) -> None:
    content, media_type = KINDS[name]
    attached = attachments.attach_file(db, candidate, write(tmp_path, name, content))
    assert (attached.file_name, attached.media_type, attached.size) == (name, media_type,
                                                                       len(content))
    assert attached.sha256 == hashlib.sha256(content).hexdigest()
    assert attachments.content_of(db, attached.id) == content
    assert attachments.attachments_of(db, candidate) == [attached]


@pytest.mark.parametrize(("name", "content"), [
    ("resume.pdf", b"MZ\x90\x00 a program renamed"),
    ("resume.pdf", b"PK\x03\x04 not a pdf"),
    ("resume.doc", pdf()),
    ("resume.docx", xlsx()),                  # a ZIP, but not a Word document
    ("resume.docx", b"PK\x03\x04 broken zip"),
    ("photo.png", b"\xff\xd8\xff\xe0 a jpeg named png"),
    ("photo.jpg", b"GIF89a"),
])
def test_content_that_is_not_what_the_name_says_is_refused(db, candidate, tmp_path, name,
                                                          content) -> None:
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, write(tmp_path, name, content))
    assert refused.value.code == "attachment.not_that_kind"
    assert name in refused.value.render("zh")
    assert stored(db) == []


@pytest.mark.parametrize("name", ["resume.exe", "resume.txt", "resume", "resume.pdf.exe",
                                  "resume.gif"])
def test_other_kinds_of_file_are_refused_naming_those_accepted(db, candidate, tmp_path,
                                                               name) -> None:
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, write(tmp_path, name, pdf()))
    assert refused.value.code == "attachment.kind_not_accepted"
    for language in ("zh", "en", "es"):
        shown = refused.value.render(language)
        assert ".pdf" in shown and ".docx" in shown and ".jpg" in shown
    assert stored(db) == []


def test_a_file_over_the_limit_is_refused_without_reading_it_all(db, candidate, tmp_path,
                                                                 monkeypatch) -> None:
    monkeypatch.setattr(attachments, "MAX_BYTES", 1000)
    path = write(tmp_path, "big.pdf", b"%PDF-" + b"x" * 995)  # exactly the limit: taken
    attachments.attach_file(db, candidate, path)
    path = write(tmp_path, "bigger.pdf", b"%PDF-" + b"y" * 996)
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, path)
    assert refused.value.code == "attachment.too_large"
    assert [r[1] for r in stored(db)] == ["big.pdf"]


def test_the_real_limit_is_twenty_megabytes_and_said_so(db, candidate, tmp_path) -> None:
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-")
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, path)
    assert "20 MB" in refused.value.render("en") and "20 MB" in refused.value.render("zh")


def test_an_empty_file_is_refused(db, candidate, tmp_path) -> None:
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, write(tmp_path, "empty.pdf", b""))
    assert refused.value.code == "attachment.empty"


def test_a_file_that_cannot_be_read_changes_nothing(db, candidate, tmp_path) -> None:
    for path in (tmp_path / "missing.pdf", tmp_path):
        folder_named = tmp_path / "folder.pdf"
        folder_named.mkdir(exist_ok=True)
        for target in (path, folder_named):
            with pytest.raises(UserError) as refused:
                attachments.attach_file(db, candidate, target)
            assert refused.value.code in ("attachment.cannot_read",
                                          "attachment.kind_not_accepted")
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, tmp_path / "missing.pdf")
    assert refused.value.code == "attachment.cannot_read"
    assert "missing.pdf" in refused.value.render("es")
    if sys.platform != "win32" and os.geteuid() != 0:
        locked = write(tmp_path, "locked.pdf", pdf())
        locked.chmod(0)
        with pytest.raises(UserError) as refused:
            attachments.attach_file(db, candidate, locked)
        assert refused.value.code == "attachment.cannot_read"
    assert stored(db) == []


def test_the_same_file_twice_and_too_many_files_are_refused(db, candidate, tmp_path,
                                                            monkeypatch) -> None:
    attachments.attach_file(db, candidate, write(tmp_path, "a.pdf", pdf()))
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, write(tmp_path, "copy.pdf", pdf()))
    assert refused.value.code == "attachment.already_attached"
    assert "a.pdf" in refused.value.render("en")
    monkeypatch.setattr(attachments, "MAX_PER_CANDIDATE", 2)
    attachments.attach_file(db, candidate, write(tmp_path, "b.pdf", pdf() + b"2"))
    with pytest.raises(UserError) as refused:
        attachments.attach_file(db, candidate, write(tmp_path, "c.pdf", pdf() + b"3"))
    assert refused.value.code == "attachment.too_many"
    other = candidate_service.add_candidate(db, "李娜", "shop_a")  # the limit is per candidate
    attachments.attach_file(db, other, tmp_path / "c.pdf")
    assert len(stored(db)) == 3


def test_a_name_with_hidden_characters_is_stored_clean(db, candidate, tmp_path) -> None:
    attached = attachments.attach_file(db, candidate, write(tmp_path, "简\u202e历.pdf", pdf()))
    assert attached.file_name == "简历.pdf"


def test_unknown_candidates_and_files_are_refused(db, tmp_path) -> None:
    with pytest.raises(NotFoundError):
        attachments.attach_file(db, 404, write(tmp_path, "a.pdf", pdf()))
    for call in (attachments.remove_attachment, attachments.get_attachment,
                 attachments.content_of, attachments.open_copy):
        with pytest.raises(NotFoundError):
            call(db, 404)


def test_removing_a_file_keeps_the_others(db, candidate, tmp_path) -> None:
    first = attachments.attach_file(db, candidate, write(tmp_path, "a.pdf", pdf()))
    second = attachments.attach_file(db, candidate, write(tmp_path, "b.png",
                                                          KINDS["photo.png"][0]))
    assert attachments.remove_attachment(db, first.id) == first
    assert attachments.attachments_of(db, candidate) == [second]


def test_opening_writes_a_private_copy_that_erasure_removes(db, candidate, tmp_path) -> None:
    attached = attachments.attach_file(db, candidate, write(tmp_path, "简历.pdf", pdf()))
    temp = tmp_path / "temp"
    temp.mkdir()
    copy = attachments.open_copy(db, attached.id, temp)
    assert copy.name == "简历.pdf" and copy.read_bytes() == pdf()
    if sys.platform != "win32":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    again = attachments.open_copy(db, attached.id, temp)  # opened twice: two copies
    assert again != copy and again.exists()
    other = candidate_service.add_candidate(db, "李娜", "shop_a")
    others = attachments.open_copy(
        db, attachments.attach_file(db, other, write(tmp_path, "b.pdf", pdf() + b"b")).id, temp)

    assert attachments.remove_copies(candidate, temp) == 2
    assert not copy.exists() and not again.exists() and others.exists()


@pytest.mark.parametrize(("stored_name", "copy_name"), [
    ("CON.pdf", "resume-CON.pdf"), ('a:b*c?"d<e>f|g.pdf', "a_b_c__d_e_f_g.pdf"),
    (" .pdf", "resume.pdf"), ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
])
def test_the_copy_has_a_name_every_system_accepts(db, candidate, tmp_path, stored_name,
                                                   copy_name) -> None:
    attached = attachments.attach_file(db, candidate, write(tmp_path, "a.pdf", pdf()))
    db.execute("UPDATE attachments SET file_name = ? WHERE id = ?", [stored_name, attached.id])
    assert attachments.open_copy(db, attached.id, tmp_path).name == copy_name


def test_old_copies_are_removed_and_recent_ones_kept_when_asked(db, candidate,
                                                                tmp_path) -> None:
    attached = attachments.attach_file(db, candidate, write(tmp_path, "a.pdf", pdf()))
    old = attachments.open_copy(db, attached.id, tmp_path)
    os.utime(old.parent, (0, 0))
    new = attachments.open_copy(db, attached.id, tmp_path)
    assert attachments.remove_copies(folder=tmp_path, older_than=3600) == 1
    assert not old.exists() and new.exists()


# --- the database as a whole: export, erasure, backups -------------------------------------------
@pytest.fixture
def company(data_dir):
    opened = open_database(data_dir)
    ensure_builtin(opened.db, small_library())
    yield opened
    opened.db.conn.close()


def in_files(folder: Path) -> list[str]:
    """The database's files that still hold the résumé's bytes."""
    return [p.name for p in folder.iterdir()
            if p.is_file() and p.name.startswith("hiring.db") and MARK in p.read_bytes()]


def test_the_data_export_holds_the_files_whole(company, tmp_path) -> None:
    db = company.db
    candidate = candidate_service.add_candidate(db, "王伟", "shop_a")
    attachments.attach_file(db, candidate, write(tmp_path, "简历.pdf", pdf()))
    attachments.attach_file(db, candidate, write(tmp_path, "photo.png", KINDS["photo.png"][0]))
    path = tmp_path / "data.json"
    privacy.export_candidate(db, candidate, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    files = data["attachments"]
    assert [f["file_name"] for f in files] == ["简历.pdf", "photo.png"]
    assert base64.b64decode(files[0]["content_base64"]) == pdf()
    assert files[0]["media_type"] == "application/pdf" and files[0]["size"] == len(pdf())
    assert files[0]["sha256"] == hashlib.sha256(pdf()).hexdigest()


def test_erasure_removes_the_files_to_the_last_byte(company, tmp_path) -> None:
    db, folder = company.db, company.path.parent
    candidate = candidate_service.add_candidate(db, "王伟", "shop_a")
    keep = candidate_service.add_candidate(db, "李娜", "shop_a")
    attachments.attach_file(db, candidate, write(tmp_path, "简历.pdf", pdf()))
    kept = attachments.attach_file(db, keep, write(tmp_path, "other.png",
                                                   KINDS["photo.png"][0]))
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.conn.commit()
    assert in_files(folder)  # the test can see the bytes before

    privacy.erase_candidate(db, candidate)

    assert in_files(folder) == []
    assert db.execute("SELECT count(*) FROM attachments WHERE candidate_id = ?",
                      [candidate]).fetchone()[0] == 0
    assert attachments.attachments_of(db, keep) == [kept]


def test_backups_carry_the_files_and_erasing_again_after_a_restore_removes_them(
        company, tmp_path) -> None:
    db, folder = company.db, company.path.parent
    candidate = candidate_service.add_candidate(db, "王伟", "shop_a")
    attached = attachments.attach_file(db, candidate, write(tmp_path, "简历.pdf", pdf()))
    made = safety.make_backup(db, folder)
    privacy.erase_candidate(db, candidate)
    assert in_files(folder) == []
    db.conn.close()

    kept = safety.restore_closed(folder, made.path)

    reopened = open_database(folder)
    try:
        db = reopened.db
        (back,) = privacy.carry_erasures(db, kept)  # the erased person is named again
        assert back.id == candidate
        assert attachments.attachments_of(db, candidate) == [attached]
        assert attachments.content_of(db, attached.id) == pdf()

        privacy.erase_again(db)

        assert attachments.attachments_of(db, candidate) == []
        assert in_files(folder) == []
    finally:
        reopened.db.conn.close()


def test_attaching_counts_as_activity_for_the_retention_rule(db, candidate, tmp_path) -> None:
    db.execute("UPDATE candidates SET updated_at = '2020-01-01T00:00:00+00:00'")
    db.execute("UPDATE status_history SET changed_at = '2020-01-01T00:00:00+00:00'")
    assert [c["id"] for c in privacy.expired_candidates(db, months=6)] == [candidate]
    attachments.attach_file(db, candidate, write(tmp_path, "a.pdf", pdf()))
    assert privacy.expired_candidates(db, months=6) == []
