"""Exporting PDFs from the screens: a candidate, a comparison, a role's kit, and a batch with
progress and cancel; the file opens in the system viewer afterwards. The Compare screen's best of
a role and the role's comparison PDF hold the same candidates."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from hiring_app.services.compare import MAX_CANDIDATES, best_of_role
from hiring_app.services.demo import generate
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company
from tests.helpers.reports import contains, pdf_text

CANDIDATES = 12


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch, request):
    """The main window on a company of demo candidates (12, or the test's parameter)."""
    create_application()
    folder = prepare_company(tmp_path / "data", small_library())
    opened = open_database(folder)
    generate(opened.db, getattr(request, "param", CANDIDATES), language="zh", seed=3)
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



@pytest.mark.parametrize("window", [60], indirect=True)
def test_the_compare_screen_and_the_pdf_take_the_same_best_of_a_role(window, monkeypatch,
                                                                       tmp_path) -> None:
    """With 60 demo candidates shop_b has 26 with a submitted scorecard, and the screen's old
    choice (the top 20 by attitude + ability) was not the PDF's."""
    window.show_section("compare")
    compare = window.sections["compare"]
    compare.role.setCurrentIndex(compare.role.findData("shop_b"))
    compare.role_button.click()
    shown = compare.model.comparison.columns
    assert [c.id for c in shown] == compare.candidate_ids == best_of_role(
        window.context.db, "shop_b")
    assert len(shown) == MAX_CANDIDATES

    window.show_section("reports")
    reports = window.sections["reports"]
    reports.compare_role.setCurrentIndex(reports.compare_role.findData("shop_b"))
    save_to(monkeypatch, tmp_path / "role.pdf")
    reports.compare_button.click()
    text = pdf_text(tmp_path / "role.pdf")
    assert contains(text, f"{MAX_CANDIDATES} 位候选人")
    for column in shown:  # the same candidates, each at the same rank
        assert contains(text, f"#{column.rank} {column.name}"), (column.rank, column.name)
