"""Autosave for an interview: typing never waits for the disk, and nothing typed is lost.

The screen hands every change to a DraftWriter at once (a dict update, no I/O). A background
thread with its own connection writes the accumulated changes in one transaction shortly after
(`delay`), so a change reaches the database well within a second. If a write fails (disk full,
folder read-only, database locked) the changes stay in memory, merged under anything newer, and
are retried; the screen shows the state.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from hiring_app.errors import StorageWriteError, UserError, reason_of
from hiring_app.services.interviews import apply_changes
from hiring_app.storage.database import connect_held, is_write_fault, write_error

SAVED, PENDING, FAILED, REFUSED = "saved", "pending", "failed", "refused"


class DraftWriter:
    def __init__(self, db_path: Path, interview_id: int, delay: float = 0.3,
                 retry_after: float = 1.0,
                 write: Callable[[Database, int, dict, dict], None] = apply_changes) -> None:
        self.db_path = Path(db_path)
        self.interview_id = interview_id
        self.delay = delay
        self.retry_after = retry_after
        self._write = write
        self._lock = threading.Lock()
        self._fields: dict[str, Any] = {}
        self._answers: dict[str, dict[str, Any]] = {}
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stop = False
        self.state = SAVED
        self.last_problem: UserError | None = None  # why the last write failed (render it)
        self.saved_at: float | None = None
        self._thread = threading.Thread(target=self._run, name="draft-writer", daemon=True)
        self._thread.start()

    # --- called by the screen (never blocks on I/O) -------------------------------------------
    def set_field(self, key: str, value: Any) -> None:
        with self._lock:
            self._fields[key] = value
            self._mark_pending()

    def set_answer(self, question_id: str, key: str, value: Any) -> None:
        with self._lock:
            self._answers.setdefault(question_id, {})[key] = value
            self._mark_pending()

    def _mark_pending(self) -> None:
        if self.state != FAILED:
            self.state = PENDING
        self._idle.clear()
        self._ensure_running()
        self._wake.set()

    def _ensure_running(self) -> None:
        """A change that arrives after close() (a screen saving its clocks once more) starts the
        writer again: it is written like any other, never dropped; the next close() stops it."""
        if self._stop or not self._thread.is_alive():
            self._thread.join(timeout=1.0)
            self._stop = False
            self._thread = threading.Thread(target=self._run, name="draft-writer", daemon=True)
            self._thread.start()

    @property
    def last_error(self) -> str | None:
        """Why the last write failed, in English."""
        problem = self.last_problem
        return None if problem is None else problem.message

    @property
    def has_unsaved(self) -> bool:
        with self._lock:
            return bool(self._fields or self._answers) or not self._idle.is_set()

    def flush(self, timeout: float = 5.0) -> bool:
        """Write everything now; True when all of it is in the database."""
        self._wake.set()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._idle.wait(0.05) and not self.has_unsaved:
                return True
            self._wake.set()
        return not self.has_unsaved

    def close(self, timeout: float = 5.0) -> bool:
        saved = self.flush(timeout)
        self._stop = True
        self._wake.set()
        self._thread.join(timeout=1.0)
        return saved

    # --- the background thread ----------------------------------------------------------------
    def _keep_for_retry(self, fields: dict, answers: dict, exc: BaseException) -> None:
        """A failed batch goes back, under anything typed since, to be written next time."""
        with self._lock:
            merged_answers = {k: dict(v) for k, v in answers.items()}
            for question_id, change in self._answers.items():
                merged_answers.setdefault(question_id, {}).update(change)
            self._fields = {**fields, **self._fields}
            self._answers = merged_answers
            self.state = FAILED
            self.last_problem = _as_problem(exc)

    def _connect(self) -> Database:
        # Holds the folder's use lock, as every connection does (storage/instance.py).
        return connect_held(self.db_path)

    def _run(self) -> None:
        db: Database | None = None
        while True:
            self._wake.wait()
            if self._stop and not (self._fields or self._answers):
                break
            time.sleep(self.delay)  # let a burst of keystrokes arrive: one write for all
            with self._lock:
                self._wake.clear()
                fields, answers = self._fields, self._answers
                self._fields, self._answers = {}, {}
            if not fields and not answers:
                self._idle.set()
                continue
            try:
                db = db or self._connect()
                self._write(db, self.interview_id, fields, answers)
            except Exception as exc:  # noqa: BLE001 - nothing may end this thread
                if isinstance(exc, UserError) and not isinstance(exc, StorageWriteError):
                    with self._lock:  # the change itself is refused: retrying cannot help
                        self.state = REFUSED
                        self.last_problem = exc
                        if not self._fields and not self._answers:
                            self._idle.set()
                    continue
                # A write fault (disk full, read-only folder, busy database) or a bug: the text
                # stays in memory, the header says "not saved yet, retrying", and the write is
                # tried again on a fresh connection. The thread never dies, so the header can
                # never be stuck on "Saving…" while later notes go nowhere.
                self._keep_for_retry(fields, answers, exc)
                _close_quietly(db)
                db = None
                if self._stop:
                    break
                time.sleep(self.retry_after)
                self._wake.set()
                continue
            with self._lock:
                if not self._fields and not self._answers:
                    self.state = SAVED
                    self.last_problem = None
                    self.saved_at = time.monotonic()
                    self._idle.set()
                else:
                    self.state = PENDING
        if db is not None:
            db.conn.close()


def _close_quietly(db: Database | None) -> None:
    """Close a connection that failed, whatever state it is in."""
    if db is not None:
        try:
            db.conn.close()
        except Exception:  # noqa: BLE001, S110 - it is being dropped anyway
            pass


def _as_problem(exc: BaseException) -> UserError:
    """A failed write as a message the screen can show in its language."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, sqlite3.OperationalError) and is_write_fault(exc):
        return write_error(exc)
    return StorageWriteError("write.failed", reason=reason_of(exc))
