"""Headless by default; every test gets its own data folder; GUI tests are marked `gui`."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HIRING_APP_DATA_DIR", None)
# A message code or parameter missing from the catalogue fails at once (hiring_app.i18n).
os.environ["HIRING_APP_STRICT_MESSAGES"] = "1"

import pytest  # noqa: E402

from tests.helpers.attack import COUNTS  # noqa: E402
from tests.helpers.fixtures import *  # noqa: E402,F403


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bundle", action="store_true",
                     help="also build and smoke-test the desktop bundle (PyInstaller, slow)")


_FOLDER_MARKS = {"attack": pytest.mark.attack, "packaging": pytest.mark.install}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if {"qapp", "qtbot", "qtmodeltester"} & set(fixtures):
            item.add_marker(pytest.mark.gui)
        folder = item.path.parent.name
        if folder in _FOLDER_MARKS:
            item.add_marker(_FOLDER_MARKS[folder])


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Nothing a test does may touch the real user's data folder."""
    monkeypatch.setenv("HIRING_APP_DATA_DIR", str(tmp_path / "default-data"))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In a pytest-xdist worker: hand this worker's counts to the controller."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["attack_counts"] = dict(COUNTS)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """In the pytest-xdist controller: add up the counts of each worker as it finishes."""
    COUNTS.update(getattr(node, "workeroutput", {}).get("attack_counts", {}))


def pytest_terminal_summary(terminalreporter) -> None:
    """How hard the attacking tests tried: kills survived, fuzz cases, faults injected."""
    if COUNTS:
        terminalreporter.section("attack tests: counts")
        for label, count in sorted(COUNTS.items()):
            terminalreporter.write_line(f"{label}: {count}")
