"""A file whose list rows are all to be made (opened for the first time after an update that
changes what the list keeps, or after a large import) opens at once: the rows are made beside
the window, a part at a time, the list saying how far it has come, and the list shows everyone
when done. Closing the window meanwhile ends the work after the part under way."""
from __future__ import annotations

from pathlib import Path

import pytest

from hiring_app.services import candidates as candidate_service
from hiring_app.services import list_source
from hiring_app.storage import list_evidence_repo
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company

PEOPLE = 60


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    folder = prepare_company(tmp_path / "data", small_library())
    opened = open_database(folder)
    for n in range(PEOPLE):
        candidate_service.add_candidate(opened.db, f"候选人{n:02d}", "shop_a", "referral")
    list_evidence_repo.mark_all_stale(opened.db)  # as after an update of what the list keeps
    opened.db.conn.close()
    monkeypatch.setattr(list_source, "PREPARE_BESIDE_ABOVE", 10)
    monkeypatch.setattr(list_source, "PREPARE_STEP", 7)
    return folder


def test_the_list_is_made_ready_beside_the_window_and_then_shows_everyone(qtbot, folder):
    create_application()
    window = MainWindow(build_context(folder, "en"))
    qtbot.addWidget(window)
    said: list[tuple[int, int]] = []
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("candidates")
    screen = window.sections["candidates"]
    assert screen._preparing is not None  # noqa: SLF001 - the work is beside the window
    screen._preparing.progress.connect(lambda made, total: said.append((made, total)))  # noqa: SLF001
    assert "Getting the list ready" in screen.table.empty.text.text()
    qtbot.waitUntil(lambda: screen.model.rowCount() == PEOPLE, timeout=20000)
    assert screen.count.text() == f"{PEOPLE} of {PEOPLE} candidates"
    assert list_evidence_repo.stale_count(window.context.db) == 0
    assert said and said[-1] == (PEOPLE, PEOPLE) and len(said) > 1  # a part at a time
    screen.search.setText("候选人07")
    assert [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())] == [
        "候选人07"]
    window.close()
    window.context.db.conn.close()


def test_closing_the_window_while_the_list_is_made_ends_the_work(qtbot, folder, monkeypatch):
    monkeypatch.setattr(list_source, "PREPARE_STEP", 1)
    create_application()
    window = MainWindow(build_context(folder, "zh"))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("candidates")
    job = window.sections["candidates"]._preparing  # noqa: SLF001
    assert job is not None
    window.close()
    assert not job.running  # ended with the window, its connection closed
    window.context.db.conn.close()
    again = MainWindow(build_context(folder, "zh"))  # the rest is made the next time
    qtbot.addWidget(again)
    again.show()
    again.show_section("candidates")
    screen = again.sections["candidates"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == PEOPLE, timeout=20000)
    again.close()
    again.context.db.conn.close()
