"""The window's one way to run a change: a refusal is shown in the window's language and
changes nothing; success tells every screen what changed."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from hiring_app.services import candidates
from hiring_app.ui import operations
from hiring_app.ui.app import build_context, create_application
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company


def test_success_announces_what_changed_and_a_refusal_is_shown(qtbot, tmp_path, monkeypatch):
    create_application()
    context = build_context(prepare_company(tmp_path / "data", small_library()), "zh")
    heard: list[set] = []
    context.changes.changed.connect(lambda what: heard.append(set(what)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    parent = QWidget()

    outcome = operations.run(parent, context, "Add", candidates.add_candidate, "王芳", None)
    assert outcome.ok and isinstance(outcome.value, int)
    assert heard == [{"candidates"}] and shown == []

    refused = operations.run(parent, context, "Add", candidates.add_candidate, "  ", None)
    assert not refused.ok and refused.error is not None
    assert heard == [{"candidates"}]  # nothing announced for a refusal
    assert len(shown) == 1 and shown[0]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in shown[0])  # in the window's language
    assert [c["name"] for c in candidates.list_candidates(context.db)] == ["王芳"]
    context.db.conn.close()
