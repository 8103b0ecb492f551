"""The 2×2 chart as drawn: names beside crowded points never cover each other or a point, the
axis names never run into the tick numbers (review m8: at 1024 px the turned 态度 met the "3"),
and the legend sits apart from the plot."""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from hiring_app.ui.widgets.matrix_chart import COMBINED, OTHER, OWN, ChartPoint, MatrixChart

LABELS = {
    "zh": {"attitude": "态度", "ability": "能力", "hire_first": "首选", "train": "可以培养",
           "generally_not": "基本不用", "turn_down": "只能说抱歉", COMBINED: "综合", OWN: "您",
           OTHER: "其他面试官"},
    "en": {"attitude": "Attitude", "ability": "Ability", "hire_first": "First choice",
           "train": "Can be trained", "generally_not": "Generally not hired",
           "turn_down": "Politely turned down", COMBINED: "Combined", OWN: "You",
           OTHER: "Other interviewers"},
    "es": {"attitude": "Actitud", "ability": "Capacidad", "hire_first": "Primera opción",
           "train": "Se puede formar", "generally_not": "Por lo general no se contrata",
           "turn_down": "Se rechaza con cortesía", COMBINED: "En conjunto", OWN: "Usted",
           OTHER: "Otros entrevistadores"},
}
NAMES = ["周俊熙", "宋颖", "María Guadalupe Fernández", "Alexandra Smith", "王小明", "李娜",
         "Tomás Turner", "欧阳明月"]
SIZES = [(260, 220), (300, 520), (560, 640), (700, 700)]


def chart(qtbot, size, language: str, points) -> MatrixChart:
    widget = MatrixChart()
    qtbot.addWidget(widget)
    widget.set_labels(LABELS[language])
    widget.set_points(points, (3.5, 2.5))
    widget.resize(*size)
    widget.grab()  # paints, and places the names as a person would see them
    return widget


def box_rect(box) -> QRectF:
    return QRectF(box.left, box.top, box.width, box.height)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_names_of_close_points_never_overlap(qtbot, size) -> None:
    # the review's 周俊熙/宋颖: two candidates a hair apart, and a crowd around them
    points = [ChartPoint(n, name, 2.0 + 0.04 * (n % 3), 2.6 + 0.03 * n)
              for n, name in enumerate(NAMES)]
    widget = chart(qtbot, size, "zh", points)
    placed = widget.placed
    assert len(placed) == len(points)
    boxes = [box_rect(p.box) for p in placed if p.box is not None]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), (a, b)
    plot = widget._plot()
    for box in boxes:
        assert plot.contains(box), box
        for point in points:
            centre = widget._to_screen(point.attitude, point.ability, plot)
            assert not box.intersects(QRectF(centre.x() - 6, centre.y() - 6, 12, 12))
    assert placed[0].box is not None and placed[1].box is not None  # the two best named


@pytest.mark.parametrize("language", ["zh", "en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_axis_names_ticks_and_legend_keep_apart(qtbot, size, language) -> None:
    points = [ChartPoint("c", LABELS[language][COMBINED], 3.0, 3.0, style=COMBINED),
              ChartPoint(1, "王芳", 3.2, 2.8, style=OWN),
              ChartPoint(2, "Ana López", 2.8, 3.3, style=OTHER)]
    widget = chart(qtbot, size, language, points)
    axes, plot = widget.axes(), widget._plot()
    metrics = QFontMetricsF(widget._small_font())
    for _, tick in axes.attitude_ticks:
        assert not tick.intersects(axes.attitude_title)
        assert tick.right() <= plot.left()
    for _, tick in axes.ability_ticks:
        assert not tick.intersects(axes.ability_title)
        assert tick.top() >= plot.bottom()
    # the turned name fits along the plot, the other one under it, both on the widget
    assert metrics.horizontalAdvance(LABELS[language]["attitude"]) <= axes.attitude_title.height()
    assert metrics.horizontalAdvance(LABELS[language]["ability"]) <= axes.ability_title.width()
    assert QRectF(widget.rect()).contains(axes.ability_title)
    assert QRectF(widget.rect()).contains(axes.attitude_title)
    # the legend names the three kinds of point, above the plot, each entry on the widget
    legend = widget.legend()
    assert [(style, text) for style, text, _ in legend] == [
        (COMBINED, LABELS[language][COMBINED]), (OWN, LABELS[language][OWN]),
        (OTHER, LABELS[language][OTHER])]
    for _, _, rect in legend:
        assert rect.bottom() <= plot.top() and rect.right() <= widget.width()
    for (_, _, a), (_, _, b) in itertools.combinations(legend, 2):
        assert not a.intersects(b)


def test_a_candidate_chart_has_no_legend(qtbot) -> None:
    widget = chart(qtbot, (400, 300), "en", [ChartPoint(1, "Al", 3, 3), ChartPoint(2, "Bo", 4, 4)])
    assert widget.legend() == []
