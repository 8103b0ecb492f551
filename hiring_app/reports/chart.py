"""The attitude / ability 2×2 as a vector drawing: ability across, attitude up, both 1-5, the
role's thresholds as dashed lines, the four quadrants named, and a numbered, labelled point per
candidate (or per interviewer)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from hiring_app.domain.library import Library
from hiring_app.domain.matrix import MAX_SCORE, MIN_SCORE, Quadrant, Thresholds
from hiring_app.reports.common import ACCENT, MUTED, label_in, short
from hiring_app.reports.fonts import register_cjk_font

_LABELS = {
    "ability": {"zh": "能力 →", "en": "Ability →", "es": "Capacidad →"},
    "attitude": {"zh": "↑ 态度", "en": "↑ Attitude", "es": "↑ Actitud"},
}
_QUADRANT_FILL = {quadrant: colors.HexColor(quadrant.colour) for quadrant in Quadrant}
LABEL_LENGTH = 14


@dataclass(frozen=True)
class ChartPoint:
    label: str           # shown beside the point (cut to LABEL_LENGTH characters)
    attitude: float
    ability: float
    primary: bool = True  # a filled dot; secondary points (one interviewer's view) are hollow


def quadrant_names(vocabulary: Library, language: str) -> dict[str, str]:
    """Each quadrant's name in `language`, by its id, as the chart labels them."""
    return {q.value: vocabulary.name_of("quadrants", q.value, language) for q in Quadrant}


def quadrant_chart(points: list[ChartPoint], thresholds: Thresholds,
                   quadrant_names: Mapping[str, str], language: str, width: float = 300,
                   height: float = 230) -> Drawing:
    """`quadrant_names`: each quadrant's name (by its id) in the report's language."""
    font = register_cjk_font()
    left, bottom, right, top = 34, 28, 10, 16
    plot_w, plot_h = width - left - right, height - bottom - top
    span = MAX_SCORE - MIN_SCORE

    def x(ability: float) -> float:
        return left + (min(max(ability, MIN_SCORE), MAX_SCORE) - MIN_SCORE) / span * plot_w

    def y(attitude: float) -> float:
        return bottom + (min(max(attitude, MIN_SCORE), MAX_SCORE) - MIN_SCORE) / span * plot_h

    drawing = Drawing(width, height, initialFontName=font)
    tx, ty = x(thresholds.ability), y(thresholds.attitude)
    areas = {  # (x0, y0, x1, y1) of each quadrant
        Quadrant.TRAIN: (left, ty, tx, bottom + plot_h),
        Quadrant.HIRE_FIRST: (tx, ty, left + plot_w, bottom + plot_h),
        Quadrant.TURN_DOWN: (left, bottom, tx, ty),
        Quadrant.GENERALLY_NOT: (tx, bottom, left + plot_w, ty),
    }
    for quadrant, (x0, y0, x1, y1) in areas.items():
        drawing.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=_QUADRANT_FILL[quadrant],
                         strokeColor=None))
        name = quadrant_names.get(quadrant.value, quadrant.value)
        at_top = quadrant in (Quadrant.TRAIN, Quadrant.HIRE_FIRST)
        drawing.add(String((x0 + x1) / 2, y1 - 10 if at_top else y0 + 4, name, fontName=font,
                           fontSize=7.5, fillColor=MUTED, textAnchor="middle"))

    axis = colors.HexColor("#444444")
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=axis))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=axis))
    for value in range(MIN_SCORE, MAX_SCORE + 1):
        drawing.add(Line(x(value), bottom, x(value), bottom - 3, strokeColor=axis))
        drawing.add(String(x(value), bottom - 11, str(value), fontName=font, fontSize=7,
                           textAnchor="middle"))
        drawing.add(Line(left, y(value), left - 3, y(value), strokeColor=axis))
        drawing.add(String(left - 5, y(value) - 2.5, str(value), fontName=font, fontSize=7,
                           textAnchor="end"))
    drawing.add(String(left + plot_w, 3, label_in(_LABELS, "ability", language), fontName=font,
                       fontSize=8, textAnchor="end"))
    drawing.add(String(4, height - 9, label_in(_LABELS, "attitude", language), fontName=font,
                       fontSize=8))
    for line in (Line(tx, bottom, tx, bottom + plot_h), Line(left, ty, left + plot_w, ty)):
        line.strokeColor, line.strokeDashArray, line.strokeWidth = ACCENT, (3, 2), 0.8
        drawing.add(line)

    placed: list[tuple[float, float, float, float]] = []
    for point in sorted(points, key=lambda p: not p.primary):  # the main point labelled first
        px, py = x(point.ability), y(point.attitude)
        radius = 3.6 if point.primary else 2.8
        drawing.add(Circle(px, py, radius, strokeColor=ACCENT, strokeWidth=1,
                           fillColor=ACCENT if point.primary else colors.white))
        text = short(point.label, LABEL_LENGTH)
        size = 7 if point.primary else 6.5
        text_width = stringWidth(text, font, size)
        on_left = px > left + plot_w * 0.62  # keep labels inside the plot
        x0 = px - 5 - text_width if on_left else px + 5
        ly = _free_line(placed, x0, x0 + text_width, py - 2.5, size + 1.5)
        placed.append((x0, ly, x0 + text_width, ly + size))
        drawing.add(String(x0, ly, text, fontName=font, fontSize=size,
                           fillColor=colors.black if point.primary else MUTED))
    return drawing


def _free_line(placed: list[tuple[float, float, float, float]], x0: float, x1: float,
                y0: float, step: float) -> float:
    """The baseline nearest y0 where a label from x0 to x1 overlaps no label placed before."""
    for shift in (0, 1, -1, 2, -2, 3, -3, 4, -4):
        y = y0 + shift * step
        if not any(x0 < bx1 and bx0 < x1 and y < by1 and by0 < y + step - 1.5
                   for bx0, by0, bx1, by1 in placed):
            return y
    return y0
