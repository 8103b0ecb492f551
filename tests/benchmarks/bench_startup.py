"""How fast the app starts: a command that draws no PDF, and the window to its first paint.

Run:  uv run python tests/benchmarks/bench_startup.py [--candidates N] [--runs N]

Builds a fresh company folder (the shipped library, then N demo candidates), then measures whole
processes, each next to a bare baseline run alternately in the same environment (bytecode
cached, as installed; the first run of each is a warm-up), the median of each:
- `hiring-app info` against a bare `python -c "import sqlite_utils, argparse"` (target <= 1.5x);
- start to the painted main window (the real `hiring-app` start, offscreen) against a bare
  PySide6 window with a 1,000-row table (target <= 2x).
Numbers from different machines can be read side by side through the ratios. Exits with status 1
when a target is missed. A script, not a test: pytest does not collect this folder.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hiring_app.services import demo
from hiring_app.services.company import open_company

TARGETS = {"info": 1.5, "window": 2.0}

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (median)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="hiring-bench-startup-"))
    folder = root / "company"
    # Bytecode cached as installed; the user's cache and settings folders kept inside the run.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(root / "cache"),
               XDG_CONFIG_HOME=str(root / "config"))
    try:
        opened = open_company(folder)
        try:
            made = demo.generate(opened.db, args.candidates, "zh", seed=7,
                                 answers_target=args.answers)
        finally:
            opened.db.conn.close()
        print(f"demo data: {made['candidates']} candidates, {made['interviews']} interviews, "
              f"{made['answers']} answers ({os.cpu_count()} CPUs, Python "
              f"{sys.version.split()[0]})")
        python = sys.executable
        info = processes_s([python, "-m", "hiring_app", "--data-dir", str(folder), "info"],
                           [python, "-c", _BARE_INFO], args.runs, env)
        window = processes_s([python, "-c", _APP, str(folder)], [python, "-c", _BARE_WINDOW],
                             args.runs, env, painted=True)
        results = [("hiring-app info, whole process", *info, "info"),
                   (f"start to painted window ({made['candidates']} candidates)", *window,
                    "window")]
        print(table(results))
        failed = [r for r in results if r[1] / r[2] > TARGETS[r[3]]]
        print(f"{len(failed)} of {len(results)} targets missed" if failed else "all targets met")
        return 1 if failed else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
