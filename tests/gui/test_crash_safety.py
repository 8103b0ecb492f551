"""Kill the real app with SIGKILL while someone types: every note typed at least one second
before the kill is in the database when the app comes back."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hiring_app.services import interviews as interview_service
from hiring_app.storage.database import open_database
from tests.helpers.fixtures import PROJECT_ROOT, run_cli

DRILL = PROJECT_ROOT / "tests" / "helpers" / "typing_drill.py"
TEXT = ("Candidate explained the refund policy calmly. 先倾听买家的诉求，再给出方案。"
        "Asked twice, stayed patient; 第三次仍然耐心。") * 4


def read_log(path: Path) -> list[tuple[float, int]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stamp, count = line.split("\t")
        rows.append((float(stamp), int(count)))
    return rows


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_mid_interview_loses_nothing_typed_a_second_before(company) -> None:
    folder = Path(company)
    log = folder.parent / "typed.log"
    spec = folder.parent / "drill.json"
    spec.write_text(json.dumps({"interviewer": "王芳", "candidate": "Kill Test 候选人",
                                "role": "cs_presale", "text": TEXT, "log": str(log),
                                "interval_ms": 15}, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, str(DRILL), str(spec), "--", "--data-dir",
                            str(folder), "--lang", "zh"], cwd=PROJECT_ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            rows = read_log(log)
            # well into typing, with 50 characters typed over a second ago (however slowly a
            # loaded machine lets the drill type)
            if rows and rows[-1][1] >= 120 and any(
                    count >= 50 and stamp <= time.time() - 1.2 for stamp, count in rows):
                break
            assert app.poll() is None, app.stderr.read().decode()
            time.sleep(0.05)
        killed_at = time.time()
        os.kill(app.pid, signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
    rows = read_log(log)
    safe = max((count for stamp, count in rows if stamp <= killed_at - 1.0), default=0)
    assert safe >= 50, "the drill did not type long enough before the kill"

    # The app comes back on the same folder (stale lock, WAL recovery) and exits cleanly.
    again = run_cli("--data-dir", str(folder), "--quit-after", "1500")
    assert again.returncode == 0, again.stderr

    opened = open_database(folder)
    try:
        assert opened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        drafts = interview_service.open_interviews(opened.db)
        assert len(drafts) == 1
        interview = interview_service.load_interview(opened.db, drafts[0]["id"])
        notes = interview.answers[interview.current_question].notes
        assert notes.startswith(TEXT[:safe]), (len(notes), safe)
        print(f"typed before kill: {rows[-1][1]} chars; safe (>=1 s before): {safe}; "
              f"saved: {len(notes)}")
    finally:
        opened.db.conn.close()
