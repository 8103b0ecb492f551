"""The Assess stage at 1024×700 and 1920×1080 in Chinese, English and Spanish (review m8): no
large gaps between the scores, the verdict and the chart; every red flag in view; nothing wider
than the stage; after submitting, the chart shows the combined point apart from your own, with
a legend, and "Other interviewers" lists your colleagues, not you."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QMessageBox

from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.main_window import MainWindow
from tests.helpers.banks import small_library
from tests.helpers.gui import prepare_company

SIZES = [(1024, 700), (1920, 1080)]
GAP = 16  # px: more than this between stacked parts is a gap a person notices


def scored(db, candidate_id: int, interviewer: str, attitude: int, ability: int,
           submit: bool) -> int:
    interview_id = interview_service.start_interview(db, candidate_id, "shop_a", interviewer)
    answers = {a.question_id: {"score": attitude if a.dimension == "attitude" else ability}
               for a in interview_service.load_interview(db, interview_id).answers}
    interview_service.apply_changes(db, interview_id, {}, answers)
    if submit:
        interview_service.submit(db, interview_id, "hire" if attitude >= 3 else "reject")
    return interview_id


@pytest.fixture(params=["zh", "en", "es"])
def assess(request, qtbot, tmp_path: Path):
    """The Assess stage of 'Me', whose two colleagues have submitted their scorecards."""
    create_application()
    folder = prepare_company(tmp_path / "data", small_library())
    context = build_context(folder, request.param)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    db = context.db
    candidate = candidate_service.add_candidate(db, "Panel Candidate", "shop_a")
    scored(db, candidate, "Colleague A", 5, 4, submit=True)
    scored(db, candidate, "Colleague B", 2, 5, submit=True)
    mine = scored(db, candidate, "Me", 4, 2, submit=False)
    screen = window.sections["interviews"]
    window.show_section("interviews")
    screen.open_interview(mine)
    yield window, screen.page
    window.close()
    context.db.conn.close()


def place(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def check_layout(qtbot, window, page, size) -> None:
    window.resize(*size)
    page.show_stage(3)
    stage = page.assess
    qtbot.wait(30)  # the red flags list fits its height once laid out
    content = stage.scroller.widget()
    scores, quadrant, chart = (place(w, content) for w in (stage.scores, stage.quadrant,
                                                            stage.chart))
    assert 0 <= quadrant.top() - scores.bottom() <= GAP
    assert 0 <= chart.top() - quadrant.bottom() <= GAP
    assert chart.height() >= 220 and chart.width() >= 260
    # every red flag in view, none cut off or scrolled away inside the list
    flags = stage.flags
    for row in range(flags.count()):
        assert flags.viewport().rect().contains(flags.visualItemRect(flags.item(row))), row
    # nothing wider than the stage (no sideways scrolling, nothing cut at the right edge)
    assert stage.scroller.horizontalScrollBar().maximum() == 0
    assert content.width() <= stage.scroller.viewport().width()
    if size == (1920, 1080):  # room enough: no scrolling at all, the chart fills the column
        assert stage.scroller.verticalScrollBar().maximum() == 0
        assert chart.bottom() >= content.height() - GAP


@pytest.mark.parametrize("size", SIZES, ids=["1024x700", "1920x1080"])
def test_before_submitting_the_stage_has_no_gaps_and_one_point(assess, qtbot, size) -> None:
    window, page = assess
    check_layout(qtbot, window, page, size)
    assert [p.style for p in page.assess.chart.points] == ["candidate"]
    assert page.assess.chart.legend() == []


@pytest.mark.parametrize("size", SIZES, ids=["1024x700", "1920x1080"])
def test_after_submitting_the_combined_point_stands_apart_and_you_are_not_an_other(
        assess, qtbot, monkeypatch, size) -> None:
    window, page = assess
    page.show_stage(4)
    page.decide.radios["hire"].setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.decide.submit_button, Qt.MouseButton.LeftButton)
    assert page.session.read_only
    check_layout(qtbot, window, page, size)

    chart = page.assess.chart
    by_style = {}
    for point in chart.points:
        by_style.setdefault(point.style, []).append(point)
    assert [p.label for p in by_style["own"]] == ["Me"]
    assert sorted(p.label for p in by_style["other"]) == ["Colleague A", "Colleague B"]
    (combined,) = by_style["combined"]
    assert (combined.attitude, combined.ability) != (by_style["own"][0].attitude,
                                                     by_style["own"][0].ability)
    assert [style for style, _, _ in chart.legend()] == ["combined", "own", "other"]
    assert all(text for _, text, _ in chart.legend())
    panel = page.assess.panel.text()
    assert "<td>Colleague A</td>" in panel and "<td>Colleague B</td>" in panel
    assert "<td>Me</td>" not in panel
