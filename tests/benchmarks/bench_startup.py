"""How fast the app starts: a command that draws no PDF, and the window to its first paint.

Run:  uv run python tests/benchmarks/bench_startup.py [--candidates N] [--answers N] [--runs N]
      uv run python tests/benchmarks/bench_startup.py --folder DIR   (a copy of a built folder)

Builds a fresh company folder (the shipped library, then N demo candidates), or copies one
built before (`hiring-app --data-dir DIR demo ...`: 100,000 candidates take minutes to build),
then measures whole processes, each next to a bare baseline run alternately in the same
environment (bytecode cached, as installed; the first run of each is a warm-up, which also pays
the one quick check of a file the app has not closed itself), the median of each:
- `hiring-app info`, `hiring-app candidates add ...` and `hiring-app candidates list`, each
  against a bare `python -c "import sqlite_utils, argparse"` (target <= 1.5x);
- start to the painted main window (the real `hiring-app` start, offscreen) against a bare
  PySide6 window with a 1,000-row table (target <= 2x).
Numbers from different machines can be read side by side through the ratios. Exits with status 1
when a target is missed. A script, not a test: pytest does not collect this folder.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hiring_app.services import demo
from hiring_app.services.company import open_company

TARGETS = {"command": 1.5, "window": 2.0}

_BARE_INFO = "import sqlite_utils, argparse"

# Says PAINTED and leaves at the first paint of the top-level window the code shows.
_WATCH = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class Watch(QObject):
    def eventFilter(self, target, event):
        if event.type() == QEvent.Type.Paint and isinstance(target, QMainWindow) \\
                and target.isWindow():
            print("PAINTED", flush=True)
            os._exit(0)
        return False
"""

# The real start (hiring_app.cli.main with no command), watched from its QApplication.
_APP = _WATCH + """
from hiring_app.ui.app import create_application
app = create_application(["hiring-app"])
watch = Watch()
app.installEventFilter(watch)
from hiring_app.cli import main
main(["--data-dir", sys.argv[1], "--lang", "zh", "--quit-after", "60000"])
print("CLOSED", flush=True)
"""

_BARE_WINDOW = _WATCH + """
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
app = QApplication(["bare"])
watch = Watch()
app.installEventFilter(watch)
window = QMainWindow()
table = QTableWidget(1000, 4)
for row in range(1000):
    for column in range(4):
        table.setItem(row, column, QTableWidgetItem(f"{row}-{column}"))
window.setCentralWidget(table)
window.resize(1180, 760)
window.show()
app.exec()
"""


def processes_s(command: list[str], bare: list[str], runs: int, env: dict[str, str],
                painted: bool = False) -> tuple[float, float]:
    """Median seconds of each command as a whole process, run alternately (so both see the same
    load), after a warm-up run of each."""
    times: dict[int, list[float]] = {0: [], 1: []}
    for run in range(runs + 1):
        for which, argv in enumerate((command, bare)):
            start = time.perf_counter()
            result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
            elapsed = time.perf_counter() - start
            if result.returncode != 0 or (painted and "PAINTED" not in result.stdout):
                reason = (result.stderr.strip().splitlines() or [result.stdout.strip()])[-1:]
                raise SystemExit(f"{argv[:3]} failed (exit {result.returncode}): {reason}")
            if run:  # the first is the warm-up
                times[which].append(elapsed)
    return statistics.median(times[0]), statistics.median(times[1])


def table(results: list[tuple[str, float, float, str]]) -> str:
    header = ("measurement", "seconds", "baseline s", "ratio", "target", "result")
    lines = [(what, f"{s:.3f}", f"{base:.3f}", f"{s / base:.2f}x", f"<= {TARGETS[key]:g}x",
              "PASS" if s / base <= TARGETS[key] else "FAIL")
             for what, s, base, key in results]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, lines)])


def data_size(folder: Path) -> tuple[int, int, int, str]:
    """Candidates, interviews and answers in the folder's file, and a role to add one to."""
    conn = sqlite3.connect(f"file:{folder / 'hiring.db'}?mode=ro", uri=True)
    try:
        counts = [conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]  # noqa: S608
                  for name in ("candidates", "interviews", "answers")]
        role = conn.execute("SELECT id FROM roles ORDER BY position LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    return counts[0], counts[1], counts[2], role


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (median)")
    parser.add_argument("--folder", type=Path, help="copy this company folder instead of "
                        "building one (--candidates and --answers are then ignored)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="hiring-bench-startup-"))
    folder = root / "company"
    # Bytecode cached as installed; the user's cache and settings folders kept inside the run.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(root / "cache"),
               XDG_CONFIG_HOME=str(root / "config"))
    try:
        if args.folder is not None:
            shutil.copytree(args.folder, folder)
        else:
            opened = open_company(folder)
            try:
                demo.generate(opened.db, args.candidates, "zh", seed=7,
                              answers_target=args.answers)
            finally:
                opened.db.conn.close()
        candidates, interviews, answers, role = data_size(folder)
        size_mb = (folder / "hiring.db").stat().st_size / 1e6
        print(f"data: {candidates} candidates, {interviews} interviews, {answers} answers "
              f"(database {size_mb:.0f} MB; {os.cpu_count()} CPUs, Python "
              f"{sys.version.split()[0]}, {args.runs} runs each)")
        python = sys.executable
        app = [python, "-m", "hiring_app", "--data-dir", str(folder)]
        bare = [python, "-c", _BARE_INFO]
        info = processes_s([*app, "info"], bare, args.runs, env)
        add = processes_s([*app, "candidates", "add", "--name", "测试 候选人", "--role", role],
                          bare, args.runs, env)
        listing = processes_s([*app, "candidates", "list"], bare, args.runs, env)
        window = processes_s([python, "-c", _APP, str(folder)], [python, "-c", _BARE_WINDOW],
                             args.runs, env, painted=True)
        results = [("hiring-app info, whole process", *info, "command"),
                   ("hiring-app candidates add, whole process", *add, "command"),
                   ("hiring-app candidates list, whole process", *listing, "command"),
                   (f"start to painted window ({candidates} candidates)", *window, "window")]
        print(table(results))
        failed = [r for r in results if r[1] / r[2] > TARGETS[r[3]]]
        print(f"{len(failed)} of {len(results)} targets missed" if failed else "all targets met")
        return 1 if failed else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
