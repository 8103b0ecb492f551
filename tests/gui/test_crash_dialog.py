"""A bug in the window shows a dialog that says the data is safe, with the details to copy."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from hiring_app.ui.crash import CrashReporter


def test_an_unexpected_exception_opens_a_dialog_with_the_details(qapp, monkeypatch, capsys):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    reporter = CrashReporter()
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        reporter(*sys.exc_info())
    assert len(shown) == 1
    box = shown[0]
    assert "safe" in box.text() and box.icon() == QMessageBox.Icon.Critical
    assert "ZeroDivisionError" in box.detailedText()
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_the_dialog_is_chinese_in_the_chinese_window(qapp, monkeypatch):
    from hiring_app.ui.i18n import Translations

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    translations = Translations()
    translations.install("zh")
    try:
        try:
            raise RuntimeError("x")
        except RuntimeError:
            CrashReporter()(*sys.exc_info())
    finally:
        translations.install("en")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in shown[0].text())
