"""The Compare screen at the sizes people use (a 14-inch laptop at 1024×700 and 1366×768, a
desktop at 1920×1080) in Chinese, English and Spanish: every candidate column in view without
scrolling sideways, the question column a fair share, whole names and questions (wrapped), no
large empty area, and "best in row" only where there is something to compare."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services.compare import best_of_role
from hiring_app.services.demo import generate
from hiring_app.storage.database import open_database
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company

LONG_NAMES = {"zh": "欧阳明月", "en": "Alexandra Montgomery-Richardson",
              "es": "María Guadalupe Fernández de la Torre"}
SIZES = [((1024, 700), 3), ((1366, 768), 5), ((1920, 1080), 5)]
WRAP = int(Qt.TextFlag.TextWordWrap)


def company(folder: Path, language: str) -> list[int]:
    """Demo candidates in `language`, and one with a long name, scored: the compared ones."""
    prepare_company(folder, small_library())
    opened = open_database(folder)
    db = opened.db
    generate(db, 14, language=language, seed=5)
    long_name = candidate_service.add_candidate(db, LONG_NAMES[language], "shop_a")
    interview = interview_service.start_interview(db, long_name, "shop_a", "Wang Fang")
    answers = interview_service.load_interview(db, interview).answers
    interview_service.apply_changes(db, interview, {},
                                    {a.question_id: {"score": 4} for a in answers})
    interview_service.submit(db, interview, "hire", "")
    ranked = [long_name] + [i for i in best_of_role(db, "shop_a") + best_of_role(db, "shop_b")
                            if i != long_name]
    opened.db.conn.close()
    return ranked


@pytest.fixture(params=["zh", "en", "es"])
def setup(request, qtbot, tmp_path: Path):
    language = request.param
    create_application()
    folder = tmp_path / "data"
    ranked = company(folder, language)
    context = build_context(folder, language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("compare")
    yield window, ranked
    window.close()
    context.db.conn.close()


def shown(qtbot, window, size, ids):
    window.resize(*size)
    compare = window.sections["compare"]
    compare.show_candidates(ids)
    table = compare.table
    qtbot.waitUntil(lambda: table.horizontalHeader().count() == len(ids))
    qtbot.wait(30)  # the columns are shared out once the window has settled
    qtbot.waitUntil(lambda: not table._pending.isActive())
    return compare, table


def wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), WRAP, text).height()


@pytest.mark.parametrize(("size", "count"), SIZES, ids=["1024x700", "1366x768", "1920x1080"])
def test_every_candidate_column_is_in_view_and_the_questions_take_a_fair_share(
        setup, qtbot, size, count) -> None:
    window, ranked = setup
    assert len(ranked) >= count
    compare, table = shown(qtbot, window, size, ranked[:count])
    header, side = table.horizontalHeader(), table.verticalHeader()
    viewport = table.viewport().width()
    whole = viewport + side.width()

    # every candidate column fully in view, nothing to scroll sideways
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(count):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport, column
    # the questions take about a third, the candidates share the rest equally and fill it
    assert 0.25 * whole <= side.width() <= 0.4 * whole
    widths = [header.sectionSize(c) for c in range(count)]
    assert max(widths) - min(widths) <= count  # equal, but for rounding
    assert header.sectionViewportPosition(count - 1) + widths[-1] >= viewport - 2  # no empty area
    # the table and the chart both get a real share of the screen
    assert table.width() >= 0.55 * compare.width() and compare.chart.width() >= 250

    # whole names in the header (wrapped, never cut), whole questions down the side
    metrics = QFontMetrics(header.font())
    model = table.model()
    for column in range(count):
        name = model.headerData(column, Qt.Orientation.Horizontal)
        assert wrapped_height(metrics, widths[column] - 8, name) <= header.height(), name
    for row in range(model.rowCount()):
        label = model.headerData(row, Qt.Orientation.Vertical)
        assert wrapped_height(metrics, side.width() - 8, label) <= side.sectionSize(row), label
    assert any(LONG_NAMES[window.context.language] in model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(count))


def test_best_in_row_is_shaded_only_where_candidates_differ(setup, qtbot) -> None:
    window, ranked = setup
    compare, table = shown(qtbot, window, (1366, 768), ranked[:5])
    model = table.model()
    shaded = 0
    for row, compared in enumerate(model.comparison.rows):
        if compared.kind != "score":
            continue
        present = [v for v in compared.values if v is not None]
        backgrounds = [model.data(model.index(row, c), Qt.ItemDataRole.BackgroundRole)
                       for c in range(model.columnCount())]
        if len(present) < 2 or max(present) - min(present) < 1e-9:
            assert backgrounds == [None] * len(backgrounds), compared.label
        else:
            top = max(present)
            assert [c for c, b in enumerate(backgrounds) if b is not None] == [
                c for c, v in enumerate(compared.values) if v is not None and abs(v - top) < 1e-9]
            shaded += 1
    assert shaded > 0


@pytest.mark.parametrize(("available", "count"), [(546, 3), (800, 5), (1200, 5), (560, 20),
                                                  (300, 2), (2400, 2)])
def test_the_width_is_shared_fairly(available: int, count: int) -> None:
    from hiring_app.ui.compare.table import COLUMN_MIN, LABEL_MAX, LABEL_MIN, share_widths

    label, column = share_widths(available, count)
    assert LABEL_MIN <= label <= LABEL_MAX
    assert column >= COLUMN_MIN
    if label + count * column > available:   # too many to fit: the questions give way first
        assert label == LABEL_MIN and column == COLUMN_MIN
    else:
        assert available - (label + count * column) < count  # nothing left over but rounding
