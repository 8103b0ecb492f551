"""Exporting PDFs from the screens: a candidate, a comparison, a role's kit, and a batch with
progress and cancel; the file opens in the system viewer afterwards."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from hiring_app.services.demo import generate
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):
    create_application()
    folder = prepare_company(tmp_path / "data", small_library())
    opened = open_database(folder)
    generate(opened.db, 12, language="zh", seed=3)
    opened.db.conn.close()
    context = build_context(folder, "zh")
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    opened_urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url))
    window.opened_urls = opened_urls
    yield window
    window.close()
    context.db.conn.close()


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def is_pdf(path: Path) -> bool:
    return path.exists() and path.read_bytes()[:5] == b"%PDF-"


def test_candidate_report_from_the_record(window, monkeypatch, tmp_path) -> None:
    window.show_section("candidates")
    candidates = window.sections["candidates"]
    candidates.view.selectRow(0)
    target = tmp_path / "out" / "one.pdf"
    target.parent.mkdir()
    save_to(monkeypatch, target)
    candidates.pdf_button.click()
    assert is_pdf(target)
    assert window.opened_urls[-1].toLocalFile() == str(target)


def test_comparison_and_kit(window, monkeypatch, tmp_path) -> None:
    window.show_section("candidates")
    candidates = window.sections["candidates"]
    candidates.status.setCurrentIndex(candidates.status.findData("decided"))
    candidates.view.selectAll()
    if not candidates.compare_button.isEnabled():
        candidates.status.setCurrentIndex(0)
        candidates.view.selectAll()
    candidates.compare_button.click()
    compare = window.sections["compare"]
    save_to(monkeypatch, tmp_path / "compare.pdf")
    compare.pdf_button.click()
    assert is_pdf(tmp_path / "compare.pdf")

    window.show_section("roles")
    roles = window.sections["roles"]
    save_to(monkeypatch, tmp_path / "kit")  # no extension: .pdf is added
    roles.kit_action.trigger()
    assert is_pdf(tmp_path / "kit.pdf")


def test_batch_export_with_progress_and_cancel(window, monkeypatch, tmp_path) -> None:
    window.show_section("reports")
    reports = window.sections["reports"]
    reports.batch_status.setCurrentIndex(0)  # every status
    assert reports.batch_count.text().startswith("12")
    folder = tmp_path / "batch"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    reports.batch_button.click()
    assert len(list(folder.glob("*.pdf"))) == 12
    assert "12" in messages[-1]

    second = tmp_path / "cancelled"
    second.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(second))
    checks = {"n": 0}

    def cancel_after_three(_dialog) -> bool:
        checks["n"] += 1
        return len(list(second.glob("*.pdf"))) >= 3

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancel_after_three)
    reports.batch_button.click()
    assert len(list(second.glob("*.pdf"))) == 3
    assert checks["n"] >= 3
