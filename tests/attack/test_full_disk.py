"""A full disk while someone works: the app says so, keeps what was typed, writes no half change,
and saves everything once there is room again.

Two ways to fill the disk: a real, tiny filesystem (tmpfs, where this machine lets the test mount
one) and SQLite's own page limit (`max_page_count`), which makes SQLite fail exactly as on a full
disk (SQLITE_FULL) everywhere, so this part runs on every machine.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hiring_app.errors import BackupError, UserError
from hiring_app.services import autosave, interviews, safety
from hiring_app.services.candidates import add_candidate
from hiring_app.services.company import open_company
from hiring_app.storage import backups
from tests.helpers.attack import record
from tests.helpers.faults import FullDiskWriter
from tests.helpers.fixtures import run_cli

NOTE = "候选人讲了三个具体的售后例子，语气平稳。Explained the refund steps clearly. " * 40


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def start(folder: Path) -> tuple:
    opened = open_company(folder)
    role = opened.db.execute("SELECT id FROM roles LIMIT 1").fetchone()[0]
    candidate = add_candidate(opened.db, "满盘测试", role)
    interview = interviews.start_interview(opened.db, candidate, role, "王面试官")
    question = interviews.load_interview(opened.db, interview).answers[0].question_id
    return opened, interview, question


def check_everything_saved(opened, interview: int, question: str) -> None:
    assert opened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = interviews.load_interview(opened.db, interview)
    assert stored.free_notes == NOTE
    assert next(a for a in stored.answers if a.question_id == question).notes == NOTE


def test_sqlite_full_keeps_the_typed_notes_and_saves_them_once_there_is_room(company) -> None:
    opened, interview, question = start(Path(company))
    writer = FullDiskWriter(opened.path, interview, delay=0.05, retry_after=0.1)
    writer.room = 0
    try:
        typed = 0
        for end in range(50, len(NOTE) + 1, 50):  # typing, in bursts
            writer.set_field("free_notes", NOTE[:end])
            writer.set_answer(question, "notes", NOTE[:end])
            typed += 1
            time.sleep(0.01)
        writer.set_field("free_notes", NOTE)
        writer.set_answer(question, "notes", NOTE)
        assert wait_for(lambda: writer.state == autosave.FAILED)
        assert "disk is full" in writer.last_error  # what the screen shows
        assert writer.has_unsaved
        # Nothing half-written: what the file holds is one whole earlier batch (both fields of
        # it, written together), never part of the batch that failed.
        stored = interviews.load_interview(opened.db, interview)
        held = stored.free_notes
        assert held == next(a for a in stored.answers if a.question_id == question).notes
        assert NOTE.startswith(held) and len(held) % 50 == 0 and len(held) < len(NOTE)
        failures = 0
        while not writer.flush(timeout=0.3):
            failures += 1
            if failures >= 3:
                break
        writer.room = None  # space is freed
        assert wait_for(lambda: writer.state == autosave.SAVED)
    finally:
        writer.close()
    check_everything_saved(opened, interview, question)
    record("full disk: SQLITE_FULL faults ridden out", 1)
    opened.db.conn.close()


def _mount_tmpfs(where: Path, size_kb: int) -> bool:
    if sys.platform != "linux" or shutil.which("mount") is None:
        return False
    where.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700",
                             "tmpfs", str(where)], capture_output=True)
    return result.returncode == 0


def _fill(disk: Path) -> Path:
    """Fill the filesystem to the last byte."""
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass
    return filler


@pytest.fixture
def small_disk(tmp_path: Path):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, 12 * 1024):
        pytest.skip("cannot mount a small filesystem here (needs Linux and root); the "
                    "SQLITE_FULL test covers the same fault")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_a_really_full_disk_loses_nothing(company, small_disk: Path, tmp_path: Path) -> None:
    folder = small_disk / "company"
    shutil.copytree(company, folder)
    opened, interview, question = start(folder)
    before = opened.db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    writer = autosave.DraftWriter(opened.path, interview, delay=0.05, retry_after=0.1)
    faults = 0
    try:
        filler = _fill(small_disk)
        writer.set_field("free_notes", NOTE)
        writer.set_answer(question, "notes", NOTE)
        assert wait_for(lambda: writer.state == autosave.FAILED)
        assert "full" in writer.last_error
        faults += 1

        # Everything else that writes says so clearly and leaves nothing half-done.
        with pytest.raises(UserError) as info:
            add_candidate(opened.db, "另一个人", None)
        assert "disk is full" in info.value.message
        faults += 1
        with pytest.raises(BackupError):
            safety.make_backup(opened.db, folder)
        assert not any(backups.backup_folder(folder).glob(".*partial*"))
        faults += 1
        from hiring_app.services.report_data import write_candidate_report

        with pytest.raises(UserError):
            write_candidate_report(opened.db, 1, "zh", small_disk / "report.pdf")
        assert not list(small_disk.glob("*.pdf")) and not list(small_disk.glob(".*part"))
        faults += 1
        cli = run_cli("--data-dir", str(folder), "candidates", "add", "--name", "命令行",
                      "--role", "cs_presale")
        assert cli.returncode == 2 and "full" in cli.stderr and "Traceback" not in cli.stderr
        faults += 1
        assert opened.db.execute("SELECT count(*) FROM candidates").fetchone()[0] == before

        filler.unlink()  # the user frees some space
        assert wait_for(lambda: writer.state == autosave.SAVED)
    finally:
        writer.close()
    check_everything_saved(opened, interview, question)
    record("full disk: faults on a really full filesystem", faults)
    opened.db.conn.close()
