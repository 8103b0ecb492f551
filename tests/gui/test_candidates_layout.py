"""The Candidates screen holds its layout at 1024×700, 1366×768 and 1920×1080 in Chinese,
English and Spanish, on a demo company: a usable search box, filters that show their whole
choice, names in view however far the list scrolls sideways, the scores, quadrant and
decision in view at 1366×768, and both panes of the splitter kept."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from hiring_app.services import demo
from hiring_app.services.candidate_list import COLUMNS
from hiring_app.services.company import open_company
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.candidates.filters import SEARCH_MIN_WIDTH
from hiring_app.ui.candidates.screen import LIST_MIN_WIDTH, RECORD_MIN_WIDTH
from hiring_app.ui.main_window import MainWindow

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
LANGUAGES = ["zh", "en", "es"]
VERDICT_COLUMNS = ("attitude", "ability", "quadrant", "decision")


@pytest.fixture(scope="module")
def companies(tmp_path_factory) -> dict[str, Path]:
    """A demo company in each language (made once for the module)."""
    return {}


def company(companies: dict[str, Path], tmp_path_factory, language: str) -> Path:
    if language not in companies:
        folder = tmp_path_factory.mktemp(f"demo-{language}") / "data"
        opened = open_company(folder)
        demo.generate(opened.db, 40, language, seed=7)
        opened.db.conn.close()
        companies[language] = folder
    folder = companies[language]
    (folder / "settings.ini").unlink(missing_ok=True)  # a first start: nothing remembered
    return folder


@pytest.fixture
def shown(qtbot, companies, tmp_path_factory, request):
    language, (width, height) = request.param
    create_application()
    window = MainWindow(build_context(company(companies, tmp_path_factory, language), language))
    qtbot.addWidget(window)
    window.resize(width, height)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("candidates")
    screen = window.sections["candidates"]
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    qtbot.wait(10)  # the first split, made once the screen has its size
    yield screen, (width, height), language
    window.close()
    window.context.db.conn.close()


def combo_text_fits(combo) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


CASES = [(language, size) for language in LANGUAGES for size in SIZES]


@pytest.mark.parametrize("shown", CASES, indirect=True, ids=[f"{lang}-{w}x{h}"
                                                             for lang, (w, h) in CASES])
def test_the_list_holds_its_layout(shown, qtbot) -> None:
    screen, (width, _height), language = shown
    filters = screen.filters

    # a search box wide enough to use, and every filter's whole choice in view
    assert screen.search.width() >= SEARCH_MIN_WIDTH
    for combo in filters.combos():
        assert combo_text_fits(combo), (combo.objectName(), combo.currentText())
    placed = [w for w in (screen.search, *filters.combos(), screen.use_dates, filters.hint)
              if w.isVisible()]
    for n, widget in enumerate(placed):
        assert filters.rect().contains(widget.geometry()), widget.objectName()
        assert not any(widget.geometry().intersects(other.geometry())
                       for other in placed[n + 1:]), widget.objectName()

    # neither pane of the splitter squeezed away
    left, right = screen.splitter.sizes()
    assert left >= LIST_MIN_WIDTH and right >= RECORD_MIN_WIDTH

    # what the list shows at first, and at 1366 the verdict without scrolling sideways
    header = screen.view.horizontalHeader()
    shown_columns = screen.table.shown_columns()
    assert shown_columns == ["name", "role", "status", *VERDICT_COLUMNS]
    titles = screen.view.horizontalHeader().fontMetrics()
    for column in shown_columns[1:]:
        section = COLUMNS.index(column)
        title = screen.model.headerData(section, Qt.Orientation.Horizontal)
        assert titles.horizontalAdvance(title) < header.sectionSize(section), title
    if width >= 1366:
        viewport = screen.view.viewport().width()
        assert screen.view.horizontalScrollBar().value() == 0
        for column in VERDICT_COLUMNS:
            section = COLUMNS.index(column)
            start = header.sectionViewportPosition(section)
            assert 0 <= start and start + header.sectionSize(section) <= viewport, column

    # the names stay in view however far the list scrolls to the right
    bar = screen.view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    names = screen.names
    assert names.isVisible() and names.width() > 60
    assert names.geometry().right() < screen.view.geometry().left()
    first = names.visualRect(screen.model.index(0, 0))
    assert names.viewport().rect().contains(first)
    assert screen.model.index(0, 0).data()
    last_visible = names.rowAt(names.viewport().height() - 1)
    assert last_visible == screen.view.rowAt(screen.view.viewport().height() - 1)

    # the longest choice of each filter still shows whole once chosen
    for combo in filters.combos():
        longest = max(range(combo.count()),
                      key=lambda i: combo.fontMetrics().horizontalAdvance(combo.itemText(i)))
        combo.setCurrentIndex(longest)
        qtbot.wait(1)
        assert combo_text_fits(combo), (combo.objectName(), combo.currentText())
        assert filters.rect().contains(combo.geometry()), combo.currentText()

    # an empty list says why, in full, inside the table
    screen.search.setText("zzzz nobody")
    empty = screen.table.empty
    assert empty.isVisible()
    assert screen.view.viewport().geometry().contains(empty.geometry())
    assert empty.text.height() >= empty.text.heightForWidth(empty.text.width())
    assert empty.button.isVisible()  # the filters chosen above are still on
    assert empty.button.width() >= empty.button.sizeHint().width()


def test_a_live_language_switch_keeps_the_filters_whole(qtbot, companies,
                                                        tmp_path_factory) -> None:
    create_application()
    window = MainWindow(build_context(company(companies, tmp_path_factory, "zh"), "zh"))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("candidates")
    screen = window.sections["candidates"]
    screen.status.setCurrentIndex(screen.status.findData("interviewing"))
    for language in ("es", "en", "zh", "es"):
        window.set_language(language)
        qtbot.wait(1)
        assert screen.search.width() >= SEARCH_MIN_WIDTH
        for combo in screen.filters.combos():
            assert combo_text_fits(combo), (language, combo.currentText())
            assert screen.filters.rect().contains(combo.geometry()), combo.currentText()
    assert screen.filters.active.text() == "1 filtro activo"
    window.close()
    window.context.db.conn.close()
