"""A check list keeps what it was given: ticking one item never drops a stored tick on an item
the library has retired since (the interview's stored observations stay whole)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hiring_app.ui.app import create_application
from hiring_app.ui.widgets.common import checklist


def test_ticking_keeps_ticks_on_items_no_longer_shown(qtbot) -> None:
    create_application()
    saved: list[list[str]] = []
    widget = checklist([("a", "First"), ("b", "Second")], ["b", "retired"], saved.append)
    qtbot.addWidget(widget)
    widget.item(0).setCheckState(Qt.CheckState.Checked)
    assert saved[-1] == ["a", "b", "retired"]
    widget.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert saved[-1] == ["a", "retired"]
