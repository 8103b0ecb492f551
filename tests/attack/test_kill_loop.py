"""Kill a process writing to the company database with SIGKILL, again and again (at least 50
times, on the same folder), and prove after every kill that the file is whole and that every
change the writer acknowledged (printed only after the service call returned) is there with its
latest value: candidates added and not erased, their latest status, the latest notes and score of
each interview, erased candidates gone, every backup made present and whole, no half backup
listed. The one write in flight when the kill landed may or may not be there, but all of it or
none of it.

The writer is tests/helpers/kill_writer.py. Reproduce a failing run with the seed it prints:
`KILL_LOOP_SEED=<seed> pytest tests/attack/test_kill_loop.py`.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hiring_app import paths
from hiring_app.storage import backups
from hiring_app.storage.database import open_database
from tests.helpers.attack import record
from tests.helpers.fixtures import PROJECT_ROOT, copy_installed

WRITER = PROJECT_ROOT / "tests" / "helpers" / "kill_writer.py"
SEED = int(os.environ.get("KILL_LOOP_SEED", "20261123"))
KILLS = int(os.environ.get("KILL_LOOP_KILLS", "60"))
FIRST_ACK_TIMEOUT = 60.0


def digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


@dataclass
class Model:
    """What the database must hold: every acknowledged change, latest value wins."""

    candidates: dict[int, dict] = field(default_factory=dict)  # id -> name, status
    interviews: dict[int, dict] = field(default_factory=dict)  # id -> candidate, question, notes
    erased_names: set[str] = field(default_factory=set)
    backups: set[str] = field(default_factory=set)

    def apply(self, ack: dict) -> None:
        kind = ack["ack"]
        candidate = ack.get("candidate") if kind == "start" else ack.get("id")
        if kind in ("status", "start", "erase"):
            assert candidate in self.candidates, (
                f"the writer found candidate {candidate}, erased or never added: {ack}")
        if kind == "notes":
            assert ack["id"] in self.interviews, (
                f"the writer found interview {ack['id']}, erased or never started: {ack}")
        if kind == "add":
            assert ack["id"] not in self.candidates, f"candidate id {ack['id']} given twice"
            self.candidates[ack["id"]] = {"name": ack["name"], "status": "new"}
        elif kind == "status":
            self.candidates[ack["id"]]["status"] = ack["status"]
        elif kind == "start":
            self.candidates[ack["candidate"]]["status"] = ack["status"]
            self.interviews[ack["id"]] = {"candidate": ack["candidate"],
                                          "question": ack["question"],
                                          "saved": (digest(""), digest(""), None)}
        elif kind == "notes":
            self.interviews[ack["id"]]["saved"] = (ack["free"], ack["notes"], ack["score"])
        elif kind == "erase":
            self.erase(ack["id"], ack["name"])
        elif kind == "backup":
            self.backups.add(ack["name"])
        else:
            raise AssertionError(f"unknown acknowledgement {ack}")

    def erase(self, candidate_id: int, name: str) -> None:
        del self.candidates[candidate_id]
        for interview_id in [i for i, v in self.interviews.items()
                             if v["candidate"] == candidate_id]:
            del self.interviews[interview_id]
        self.erased_names.add(name)


@dataclass
class Run:
    messages: list[dict]
    cut_line: bool  # the kill cut the last line short
    in_flight: dict | None  # the write announced but not acknowledged when the kill landed


def run_and_kill(folder: Path, seed: int, delay: float, errors: Path) -> Run:
    """Start the writer, let it write `delay` seconds past its first acknowledgement, SIGKILL."""
    lines: list[str] = []
    first_ack = threading.Event()

    with open(errors, "w", encoding="utf-8") as stderr:
        writer = subprocess.Popen([sys.executable, str(WRITER), str(folder), str(seed)],
                                  cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=stderr,
                                  text=True, encoding="utf-8")

        def pump() -> None:
            for line in writer.stdout:
                lines.append(line)
                if line.startswith('{"ack"'):
                    first_ack.set()

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + FIRST_ACK_TIMEOUT
            while not first_ack.wait(0.02):
                if writer.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the writer acknowledged nothing (exit "
                                         f"{writer.poll()})")
            time.sleep(delay)
            if writer.poll() is not None:
                raise AssertionError(f"the writer stopped by itself (exit {writer.returncode})")
            os.kill(writer.pid, signal.SIGKILL)
            assert writer.wait(timeout=30) == -signal.SIGKILL
        except AssertionError as error:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
            raise AssertionError(f"{error}; seed {seed}; stderr:\n"
                                 f"{errors.read_text(encoding='utf-8')}") from None
        finally:
            reader.join(timeout=30)
            writer.stdout.close()
    complete = [line for line in lines if line.endswith("\n")]
    messages = [json.loads(line) for line in complete]
    in_flight = messages[-1] if messages and "pending" in messages[-1] else None
    return Run(messages, len(complete) < len(lines), in_flight)


def snapshot(folder: Path, into: Path) -> Path:
    """Copy the database and its write-ahead log exactly as the kill left them, so checking does
    not fold the log into the file: the next writer must recover the real folder itself."""
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir()
    db_path = paths.database_path(folder)
    for suffix in ("", "-wal"):  # not -shm: the index is rebuilt from the log, as after a crash
        source = Path(str(db_path) + suffix)
        if source.exists():
            shutil.copy2(source, into / source.name)
    return into / db_path.name


def verify(conn: sqlite3.Connection, model: Model, in_flight: dict | None, where: str) -> str:
    """Check the database against the model; the write in flight may be there, whole, or not at
    all (the model takes it on when it is). Returns what became of the write in flight."""
    assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"], where
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where
    flight = in_flight or {}
    kind = flight.get("pending")
    outcome = "none"

    rows = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, status FROM candidates")}
    for candidate_id, expected in list(model.candidates.items()):
        if candidate_id not in rows:
            assert kind == "erase" and flight["id"] == candidate_id, (
                f"{where}: acknowledged candidate {candidate_id} {expected} is lost")
            model.erase(candidate_id, expected["name"])
            outcome = "committed"
            continue
        name, status = rows[candidate_id]
        assert name == expected["name"], f"{where}: candidate {candidate_id} is now {name!r}"
        if status != expected["status"]:
            allowed = ((kind == "status" and flight["id"] == candidate_id
                        and status == flight["status"])
                       or (kind == "start" and flight["candidate"] == candidate_id
                           and expected["status"] == "new" and status == "interviewing"))
            assert allowed, (f"{where}: candidate {candidate_id} has status {status!r}, the last "
                             f"acknowledged is {expected['status']!r}")
            expected["status"] = status
            outcome = "committed"
        elif kind == "status" and flight["id"] == candidate_id:
            outcome = "either"  # the same status as before: cannot tell
    extra = sorted(set(rows) - set(model.candidates))
    if extra:
        assert kind == "add" and len(extra) == 1 and rows[extra[0]][0] == flight["name"], (
            f"{where}: candidates nobody acknowledged: {[rows[i] for i in extra]}")
        model.candidates[extra[0]] = {"name": rows[extra[0]][0], "status": rows[extra[0]][1]}
        assert rows[extra[0]][1] == "new", where
        outcome = "committed"
    if model.erased_names:
        names = sorted(model.erased_names)
        for start in range(0, len(names), 500):
            chunk = names[start:start + 500]
            found = conn.execute(
                f"SELECT name FROM candidates WHERE name IN ({', '.join('?' * len(chunk))})",  # noqa: S608
                chunk).fetchall()
            assert not found, f"{where}: erased candidates are back: {found}"

    # Every candidate's latest dated status change is its status (set_status is all or nothing).
    latest = dict(conn.execute(
        "SELECT h.candidate_id, h.status FROM status_history h WHERE h.id = "
        "(SELECT max(id) FROM status_history WHERE candidate_id = h.candidate_id)").fetchall())
    for candidate_id, (_name, status) in rows.items():
        assert latest.get(candidate_id) == status, (
            f"{where}: candidate {candidate_id} is {status!r} but its history ends with "
            f"{latest.get(candidate_id)!r}")

    interviews = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT id, candidate_id, free_notes, question_order FROM interviews")}
    for interview_id, (_candidate, _free, order) in interviews.items():
        count = conn.execute("SELECT count(*) FROM answers WHERE interview_id = ?",
                             [interview_id]).fetchone()[0]
        assert count == len(json.loads(order)), (
            f"{where}: interview {interview_id} has {count} answers of {len(json.loads(order))}")
    for interview_id, expected in model.interviews.items():
        assert interview_id in interviews, (
            f"{where}: acknowledged interview {interview_id} is lost")
        candidate_id, free, _order = interviews[interview_id]
        assert candidate_id == expected["candidate"], where
        answer = conn.execute("SELECT notes, score FROM answers WHERE interview_id = ? AND "
                              "question_id = ?", [interview_id, expected["question"]]).fetchone()
        assert answer is not None, f"{where}: interview {interview_id} lost its first answer"
        stored = (digest(free), digest(answer[0]), answer[1])
        if stored != expected["saved"]:
            new = ((flight["free"], flight["notes"], flight["score"])
                   if kind == "notes" and flight["id"] == interview_id else None)
            assert stored == new, (
                f"{where}: interview {interview_id} holds notes of {len(free)} characters and "
                f"an answer of {len(answer[0] or '')} scored {answer[1]}, not the last "
                f"acknowledged change" + (" nor the one in flight (half a change?)"
                                          if new else ""))
            expected["saved"] = stored
            outcome = "committed"
    extra = sorted(set(interviews) - set(model.interviews))
    if extra:
        assert kind == "start" and len(extra) == 1 and (
            interviews[extra[0]][0] == flight["candidate"]), (
            f"{where}: interviews nobody acknowledged: {extra}")
        interview_id = extra[0]
        question, notes, score = conn.execute(
            "SELECT question_id, notes, score FROM answers WHERE interview_id = ? "
            "ORDER BY position, id LIMIT 1", [interview_id]).fetchone()
        model.interviews[interview_id] = {
            "candidate": flight["candidate"], "question": question,
            "saved": (digest(interviews[interview_id][1]), digest(notes), score)}
        outcome = "committed"
    if kind is not None and outcome == "none":
        outcome = "not committed"
    return outcome


def verify_backups(folder: Path, model: Model, in_flight: dict | None, checked: set[str],
                   where: str) -> tuple[str, int]:
    """Every acknowledged backup is there and whole; everything listed is whole; nothing
    half-written is listed. Returns what became of a backup in flight, and how many files a
    killed backup left behind under a temporary name."""
    listed = {b.path.name: b for b in backups.list_backups(folder)}
    missing = sorted(model.backups - set(listed))
    assert not missing, f"{where}: acknowledged backups are gone: {missing}"
    outcome = "none"
    for name, backup in listed.items():
        assert not name.startswith("."), where
        if name not in model.backups:
            assert in_flight is not None and in_flight.get("pending") == "backup", (
                f"{where}: a backup nobody acknowledged is listed: {name}")
            model.backups.add(name)
            outcome = "committed"
        if name not in checked:
            result = backups.check_backup(backup.path)
            assert result.ok, f"{where}: the listed backup {name} is not whole: {result.problem}"
            checked.add(name)
    if in_flight is not None and in_flight.get("pending") == "backup" and outcome == "none":
        outcome = "not committed"
    leftovers = [p.name for p in backups.backup_folder(folder).glob(".*")]
    return outcome, len(leftovers)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_loop_keeps_every_committed_change(installed_template: Path,
                                                   tmp_path: Path) -> None:
    folder = Path(copy_installed(installed_template, tmp_path / "company"))
    rng = random.Random(SEED)
    model = Model()
    checked: set[str] = set()
    kills = acks = 0
    in_flight_kinds: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    ack_kinds: Counter[str] = Counter()
    cut_lines = leftovers = 0
    started = time.monotonic()
    for run in range(KILLS):
        seed = rng.randrange(1 << 31)
        delay = rng.uniform(0.1, 0.6)
        where = f"run {run + 1} (writer seed {seed}, KILL_LOOP_SEED={SEED})"
        result = run_and_kill(folder, seed, delay, tmp_path / "writer-stderr.txt")
        kills += 1
        cut_lines += result.cut_line
        for message in result.messages:
            if "ack" in message:
                try:
                    model.apply(message)
                except AssertionError as error:
                    raise AssertionError(f"{where}: {error}") from None
                acks += 1
                ack_kinds[message["ack"]] += 1
        flight = result.in_flight
        in_flight_kinds[flight["pending"] if flight else "between writes"] += 1
        if flight is not None:
            where += f", killed during {flight}"
        copy = snapshot(folder, tmp_path / "snapshot")
        conn = sqlite3.connect(copy)
        try:
            outcome = verify(conn, model, flight, where)
        finally:
            conn.close()
        backup_outcome, leftovers = verify_backups(folder, model, flight, checked, where)
        if flight is not None:
            outcomes[backup_outcome if flight["pending"] == "backup" else outcome] += 1
    loop_seconds = time.monotonic() - started

    # The app's own way in, on the folder exactly as the last kill left it: checked, recovered,
    # and everything still there.
    opened = open_database(folder)
    try:
        verify(opened.db.conn, model, None, "after the loop, opened by the app")
    finally:
        opened.db.conn.close()

    backup_bytes = sum(p.stat().st_size for p in backups.backup_folder(folder).iterdir())
    shutil.rmtree(folder)  # all checked; a failure above keeps the folder to look at

    mid_write = kills - in_flight_kinds["between writes"]
    assert kills >= 50
    assert mid_write >= kills // 2, f"too few kills landed mid-write: {in_flight_kinds}"
    record("kill loop: SIGKILLs survived", kills)
    record("kill loop: SIGKILLs mid-write", mid_write)
    record("kill loop: committed changes verified", acks)
    record("kill loop: backups checked whole", len(checked))
    print(f"\nkill loop (KILL_LOOP_SEED={SEED}): {kills} SIGKILLs in {loop_seconds:.1f} s, "
          f"{mid_write} mid-write; {acks} acknowledged changes verified "
          f"({dict(sorted(ack_kinds.items()))})")
    print(f"kill landed during: {dict(sorted(in_flight_kinds.items()))}")
    print(f"the write in flight was: {dict(sorted(outcomes.items()))}; last lines cut by the "
          f"kill: {cut_lines}")
    print(f"at the end: {len(model.candidates)} candidates, {len(model.interviews)} interviews, "
          f"{len(model.erased_names)} erased, {len(model.backups)} backups (all checked whole), "
          f"{leftovers} temporary files of killed backups left in the backup folder "
          f"(not listed); backup folder {backup_bytes / 1e6:.0f} MB")
