"""Run the real app (hiring_app.cli.main) and type into an interview like a person would.

Usage: python tests/helpers/typing_drill.py SPEC.json -- [hiring-app arguments]
SPEC: {"interviewer", "candidate", "role", "text", "log", "interval_ms"}. After the main window
shows, the drill starts an interview through the start page, goes to the Ask stage and types
`text` into the answer notes one character at a time (Latin as key presses, Chinese as input
method commits), appending "<wall-clock time>\t<characters typed>" to `log` after each one.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hiring_app import cli  # noqa: E402
from hiring_app.ui import app as ui_app  # noqa: E402


def drive(window, spec: dict) -> None:
    screen = window.sections["interviews"]
    window.show_section("interviews")
    start = screen.start_page
    start.interviewer.setEditText(spec["interviewer"])
    start.name.setText(spec["candidate"])
    start.role.setCurrentIndex(max(start.role.findData(spec["role"]), 0))
    start.start()
    page = screen.page
    page.show_stage(2)
    notes = page.ask.notes
    notes.setFocus()
    log = open(spec["log"], "a", encoding="utf-8")  # noqa: SIM115 - kept open until killed
    text, state = spec["text"], {"typed": 0}

    def type_one() -> None:
        if state["typed"] >= len(text):
            return
        character = text[state["typed"]]
        if character.isascii():
            QTest.keyClick(notes, character)
        else:
            event = QInputMethodEvent()
            event.setCommitString(character)
            QApplication.sendEvent(notes, event)
        state["typed"] += 1
        log.write(f"{time.time():.3f}\t{state['typed']}\n")
        log.flush()
        QTimer.singleShot(spec.get("interval_ms", 20), type_one)

    QTimer.singleShot(0, type_one)


class DrillWindow(ui_app.MainWindow):
    spec: dict = {}

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_drill_started", False):
            self._drill_started = True
            QTimer.singleShot(100, lambda: drive(self, self.spec))


if __name__ == "__main__":
    separator = sys.argv.index("--")
    DrillWindow.spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    ui_app.MainWindow = DrillWindow
    sys.exit(cli.main(sys.argv[separator + 1:]))
