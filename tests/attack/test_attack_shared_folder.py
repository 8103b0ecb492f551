"""Several programs on one company folder at once (issue #15): many commands starting together,
backups restored while others write, a restore killed midway, and who may read the folder.

* Twenty and more writers starting at the same moment: none is refused (each used to write and
  remove a probe file of one shared name, and removed the others').
* A restore while other programs add candidates: every add that printed its id is in the
  restored-into file or in the copy a later restore kept aside, never in no file.
* A restore killed at any step leaves copies of everyone's data; the next command clears them.
* The data folder holds personal data: owner-only once the app has used it.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hiring_app.errors import UserError
from hiring_app.services import safety
from hiring_app.services.candidates import add_candidate
from hiring_app.services.company import open_company
from hiring_app.storage import backups, database
from tests.helpers.attack import record
from tests.helpers.fixtures import PROJECT_ROOT, run_cli

WRITER = PROJECT_ROOT / "tests" / "helpers" / "shared_writer.py"
RESTORES = 30
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and mode bits are POSIX")


def first_role(folder: Path) -> str:
    conn = sqlite3.connect(f"{(folder / 'hiring.db').absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id FROM roles ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def names_in(path: Path) -> set[tuple[int, str]]:
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {(r[0], r[1]) for r in conn.execute("SELECT id, name FROM candidates")}
    finally:
        conn.close()


def probe_loop(folder: Path, rounds: int) -> subprocess.Popen:
    """A process that checks the folder is writable `rounds` times, as each command's start does."""
    code = ("import sys; from pathlib import Path; from hiring_app.storage import database\n"
            "for _ in range(int(sys.argv[2])): database.ensure_data_folder(Path(sys.argv[1]))\n")
    return subprocess.Popen([sys.executable, "-c", code, str(folder), str(rounds)],
                            cwd=PROJECT_ROOT, stderr=subprocess.PIPE, text=True)


# --- many writers at once -----------------------------------------------------------------------
def test_twenty_writers_at_once_are_never_refused(company: str) -> None:
    folder = Path(company)
    # The folder check itself, hammered by 24 processes at once.
    probes = [probe_loop(folder, 300) for _ in range(24)]
    probe_failures = [p.stderr.read() for p in probes if p.wait(timeout=120) != 0]
    record("shared folder: folder checks by 24 processes at once", 24 * 300)
    assert not probe_failures, probe_failures[0]
    # And the real command: 20 loops of `candidates add` started together.
    role = first_role(folder)
    loops, per_loop = 20, 1
    results: list[subprocess.CompletedProcess] = []
    lock = threading.Lock()
    start = threading.Barrier(loops)

    def loop(n: int) -> None:
        start.wait()
        for i in range(per_loop):
            done = run_cli("--data-dir", company, "candidates", "add", "--name",
                           f"并发{n}-{i}", "--role", role, timeout=300)
            with lock:
                results.append(done)

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(loops)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    failed = [r.stderr for r in results if r.returncode != 0]
    record("shared folder: parallel `candidates add` commands", len(results))
    record("shared folder: parallel `candidates add` refused", len(failed))
    assert not failed, failed[:3]
    stored = {name for _id, name in names_in(folder / "hiring.db")}
    assert {f"并发{n}-{i}" for n in range(loops) for i in range(per_loop)} <= stored
    assert not list(folder.glob(".write-test*")), "a probe file was left behind"


def test_a_full_disk_leaves_no_probe_file(company: str, monkeypatch) -> None:
    folder = Path(company)

    def full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database.os, "write", full)
    with pytest.raises(database.DataFolderError):
        database.ensure_data_folder(folder)
    assert not list(folder.glob(".write-test*"))


# --- restores under writers ---------------------------------------------------------------------
def test_restores_under_writers_lose_no_acknowledged_add(company: str) -> None:
    folder = Path(company)
    opened = open_company(folder)
    role = opened.db.execute("SELECT id FROM roles ORDER BY id LIMIT 1").fetchone()[0]
    add_candidate(opened.db, "恢复基线", role)
    baseline = safety.make_backup(opened.db, folder).path
    opened.db.conn.close()

    writers = [subprocess.Popen([sys.executable, str(WRITER), company, f"w{n}", "100000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=PROJECT_ROOT) for n in range(4)]
    restores, refused_restores = 0, 0
    deadline = time.monotonic() + 90
    try:
        time.sleep(1.0)  # the writers are running
        while restores < RESTORES and time.monotonic() < deadline:
            try:
                safety.restore_from_command_line(folder, baseline)
                restores += 1
            except UserError:  # "in use": writers kept the file longer than a restore waits
                refused_restores += 1
            time.sleep(0.1)  # let the writers add to the restored file
    finally:
        for writer in writers:
            writer.terminate()
        outputs = [w.communicate(timeout=60) for w in writers]
    acknowledged: set[tuple[int, str]] = set()
    writer_refusals = 0
    for out, _err in outputs:
        for line in out.splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue  # the last line, cut by the signal
            if "id" in item:
                acknowledged.add((item["id"], item["name"]))
            else:
                writer_refusals += 1
    files = [folder / "hiring.db"] + [b.path for b in backups.list_backups(folder)
                                      if b.kind == "before-restore"]
    stored: set[tuple[int, str]] = set()
    for path in files:
        stored |= names_in(path)
    lost = sorted(acknowledged - stored)
    record("shared folder: restores under 4 writers", restores)
    record("shared folder: adds acknowledged during restores", len(acknowledged))
    record("shared folder: acknowledged adds in no file", len(lost))
    record("shared folder: adds refused while a restore ran", writer_refusals)
    record("shared folder: restores refused (writers kept the file)", refused_restores)
    assert restores >= RESTORES, f"only {restores} restores ({refused_restores} refused)"
    assert len(acknowledged) > restores, "the writers hardly wrote"
    assert not lost, f"{len(lost)} acknowledged adds are in no file: {lost[:5]}"
    assert not backups.leftover_files(folder)


# --- a restore killed midway --------------------------------------------------------------------
KILL_AT = {
    # the backup's copy made, the current file being copied aside
    "keep_aside": "backups._copy_synced",
    # both copies made, just before the new file is put in place
    "replace": "backups.os.replace",
}


def killed_restore(folder: Path, backup: Path, where: str) -> int:
    code = f"""
import os, signal, sys
from pathlib import Path
from hiring_app.errors import UserError
from hiring_app.services import safety
from hiring_app.storage import backups
target = {KILL_AT[where]!r}
owner, name = target.rsplit('.', 1)
holder = eval(owner)
real = getattr(holder, name)
def die(*args, **kwargs):
    if {where!r} == 'keep_aside':
        real(*args, **kwargs)  # a whole copy, then killed
    os.kill(os.getpid(), signal.SIGKILL)
setattr(holder, name, die)
safety.restore_from_command_line(Path(sys.argv[1]), Path(sys.argv[2]))
"""
    return subprocess.run([sys.executable, "-c", code, str(folder), str(backup)],
                          cwd=PROJECT_ROOT, timeout=120).returncode


@posix_only
@pytest.mark.parametrize("where", sorted(KILL_AT))
def test_a_killed_restore_leaves_nothing_after_the_next_command(company: str, where: str) -> None:
    folder = Path(company)
    opened = open_company(folder)
    role = opened.db.execute("SELECT id FROM roles ORDER BY id LIMIT 1").fetchone()[0]
    add_candidate(opened.db, "被杀的恢复", role)
    made = safety.make_backup(opened.db, folder).path
    add_candidate(opened.db, "恢复之后才加的", role)
    opened.db.conn.close()
    assert killed_restore(folder, made, where) == -signal.SIGKILL
    left = backups.leftover_files(folder)
    assert left, "the kill left no copy: the test kills too early"
    big = max(p.stat().st_size for p in left)
    done = run_cli("--data-dir", company, "candidates", "list")
    assert done.returncode == 0, done.stderr
    assert not backups.leftover_files(folder), backups.leftover_files(folder)
    # The database is the one from before the restore, whole.
    assert {name for _i, name in names_in(folder / "hiring.db")} >= {"被杀的恢复", "恢复之后才加的"}
    record("shared folder: killed restores whose copies the next command cleared", 1)
    record("shared folder: bytes of killed-restore copies cleared", big)


def test_erase_names_a_leftover_copy_of_the_candidate(company: str) -> None:
    """A backup killed while it was being made (a copy no listing shows) still holds the person:
    erasing them names it, and `backup delete` removes it."""
    folder = Path(company)
    opened = open_company(folder)
    role = opened.db.execute("SELECT id FROM roles ORDER BY id LIMIT 1").fetchone()[0]
    candidate = add_candidate(opened.db, "留下副本的人", role)
    made = safety.make_backup(opened.db, folder).path
    opened.db.conn.close()
    leftover = made.parent / ".hiring-killed.db.partial"
    os.replace(made, leftover)  # as a killed `backup create` leaves it
    done = run_cli("--data-dir", company, "erase", "candidate", str(candidate), "--yes")
    assert done.returncode == 0, done.stderr
    assert leftover.name in done.stdout, done.stdout
    deleted = run_cli("--data-dir", company, "backup", "delete", leftover.name, "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert not leftover.exists()
    record("shared folder: leftover copies named by erase", 1)


# --- who may read the folder --------------------------------------------------------------------
@posix_only
def test_the_data_folder_is_made_owner_only_and_said_once(company: str, tmp_path: Path) -> None:
    folder = Path(company)
    os.chmod(folder, 0o755)  # noqa: S103 - a folder as another program or an older app made it
    first = run_cli("--data-dir", company, "--lang", "zh", "info", "--json")
    assert first.returncode == 0, first.stderr
    json.loads(first.stdout)  # the notice is not in what a script reads
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "755" in first.stderr and "700" in first.stderr, first.stderr
    second = run_cli("--data-dir", company, "info", "--json")
    assert second.returncode == 0 and second.stderr == "", second.stderr
    fresh = tmp_path / "new" / "company"
    made = run_cli("--data-dir", str(fresh), "info")
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700 and made.stderr == ""
    for name in os.listdir(fresh):
        if (fresh / name).is_file():
            assert stat.S_IMODE((fresh / name).stat().st_mode) & 0o077 == 0, name
    record("shared folder: folders made owner-only", 2)
