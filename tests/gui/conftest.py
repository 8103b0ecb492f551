"""GUI tests never wait for a person: a message box a test did not expect fails the test (with
its title and text) instead of blocking the run for ever. Tests that expect one patch it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def _unexpected(kind: str):
    def show(parent, title, text, *args, **kwargs):
        raise AssertionError(f"an unexpected {kind} box would wait for an answer: {title}: "
                             f"{text}")
    return show


@pytest.fixture(autouse=True)
def _no_unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for kind in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, _unexpected(kind))


@pytest.fixture(autouse=True)
def _english_again_after_each_test():
    """The window's language is the application's: a test that leaves Spanish installed would
    hand it to the next test in the same process."""
    yield
    from PySide6.QtWidgets import QApplication

    from hiring_app.ui.i18n import Translations, current_language

    if QApplication.instance() is not None and current_language() != "en":
        Translations().install("en")
