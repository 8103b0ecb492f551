"""The attitude / ability 2×2 as a vector drawing: ability across, attitude up, both 1-5, the
role's thresholds as dashed lines, the four quadrants named in their colours, and a labelled
point per candidate (or per interviewer). Labels are placed so that none covers another or a
point (reports/placement.py); a point at 5.0 sits whole inside the plot."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from hiring_app.domain.library import Library
from hiring_app.domain.matrix import MAX_SCORE, MIN_SCORE, Quadrant, Thresholds
from hiring_app.reports.common import ACCENT, MUTED, RULE, label_in, short
from hiring_app.reports.fonts import register_cjk_font
from hiring_app.reports.placement import Box, place_labels

_LABELS = {
    "ability": {"zh": "能力 →", "en": "Ability →", "es": "Capacidad →"},
    "attitude": {"zh": "↑ 态度", "en": "↑ Attitude", "es": "↑ Actitud"},
}
_QUADRANT_FILL = {quadrant: colors.HexColor(quadrant.colour) for quadrant in Quadrant}
LABEL_LENGTH = 18
# Room inside the plot around the 1-5 range: a point at 5.0 shows whole, and the quadrants'
# names (along the top and the bottom) sit clear of the points.
PAD, PAD_TOP, PAD_BOTTOM = 8, 15, 13
PRIMARY_R, SECONDARY_R = 3.4, 4.6  # a filled dot drawn inside a ring stays visible


@dataclass(frozen=True)
class ChartPoint:
    label: str           # shown beside the point (cut to LABEL_LENGTH characters)
    attitude: float
    ability: float
    primary: bool = True  # a filled dot; secondary points (one interviewer's view) are rings
    short: str = ""       # a shorter label (a rank number) for when the label finds no room


def quadrant_names(vocabulary: Library, language: str) -> dict[str, str]:
    """Each quadrant's name in `language`, by its id, as the chart labels them."""
    return {q.value: vocabulary.name_of("quadrants", q.value, language) for q in Quadrant}


def _fit(text: str, font: str, size: float, room: float,
         language: str) -> tuple[str, float]:
    """`text` at `size`, or smaller, or cut, so that it is at most `room` wide."""
    for candidate_size in (size, size - 1, size - 1.5):
        if stringWidth(text, font, candidate_size) <= room:
            return text, candidate_size
    size -= 1.5
    while len(text) > 2 and stringWidth(text, font, size) > room:
        text = short(text, len(text) - 1, language)
    return text, size


def quadrant_chart(points: list[ChartPoint], thresholds: Thresholds,
                   quadrant_names: Mapping[str, str], language: str, width: float = 300,
                   height: float = 230, grid: bool = False) -> Drawing:
    """`quadrant_names`: each quadrant's name (by its id) in the report's language; `grid`:
    faint lines at every half point, for marking a place by hand."""
    font = register_cjk_font()
    left, bottom, right, top = 30, 26, 8, 16
    plot_w, plot_h = width - left - right, height - bottom - top
    span = MAX_SCORE - MIN_SCORE

    def x(ability: float) -> float:
        value = min(max(ability, MIN_SCORE), MAX_SCORE)
        return left + PAD + (value - MIN_SCORE) / span * (plot_w - 2 * PAD)

    def y(attitude: float) -> float:
        value = min(max(attitude, MIN_SCORE), MAX_SCORE)
        return bottom + PAD_BOTTOM + (value - MIN_SCORE) / span * (plot_h - PAD_TOP - PAD_BOTTOM)

    drawing = Drawing(width, height, initialFontName=font)
    tx, ty = x(thresholds.ability), y(thresholds.attitude)
    x_end, y_end = left + plot_w, bottom + plot_h
    areas = {  # (x0, y0, x1, y1) of each quadrant
        Quadrant.TRAIN: (left, ty, tx, y_end),
        Quadrant.HIRE_FIRST: (tx, ty, x_end, y_end),
        Quadrant.TURN_DOWN: (left, bottom, tx, ty),
        Quadrant.GENERALLY_NOT: (tx, bottom, x_end, ty),
    }
    avoid: list[Box] = []
    for quadrant, (x0, y0, x1, y1) in areas.items():
        drawing.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=_QUADRANT_FILL[quadrant],
                         strokeColor=None))
    if grid:
        for step in range(MIN_SCORE * 2, MAX_SCORE * 2 + 1):
            value = step / 2
            for line in (Line(x(value), bottom, x(value), y_end),
                         Line(left, y(value), x_end, y(value))):
                line.strokeColor, line.strokeWidth = RULE, 0.3 if step % 2 else 0.6
                drawing.add(line)
    for quadrant, (x0, y0, x1, y1) in areas.items():
        name, size = _fit(quadrant_names.get(quadrant.value, quadrant.value), font, 7.5,
                          x1 - x0 - 4, language)
        if x1 - x0 < 12 or y1 - y0 < 12:
            continue  # a threshold at the very edge leaves no room for the name
        at_top = quadrant in (Quadrant.TRAIN, Quadrant.HIRE_FIRST)
        baseline = y1 - size - 2 if at_top else y0 + 3
        drawing.add(String((x0 + x1) / 2, baseline, name, fontName=font, fontSize=size,
                           fillColor=MUTED, textAnchor="middle"))
        half = stringWidth(name, font, size) / 2
        avoid.append(Box((x0 + x1) / 2 - half, baseline - 1.5, (x0 + x1) / 2 + half,
                         baseline + size))

    axis = colors.HexColor("#444444")
    drawing.add(Line(left, bottom, x_end, bottom, strokeColor=axis))
    drawing.add(Line(left, bottom, left, y_end, strokeColor=axis))
    for value in range(MIN_SCORE, MAX_SCORE + 1):
        drawing.add(Line(x(value), bottom, x(value), bottom - 3, strokeColor=axis))
        drawing.add(String(x(value), bottom - 11, str(value), fontName=font, fontSize=7,
                           textAnchor="middle"))
        drawing.add(Line(left, y(value), left - 3, y(value), strokeColor=axis))
        drawing.add(String(left - 5, y(value) - 2.5, str(value), fontName=font, fontSize=7,
                           textAnchor="end"))
    drawing.add(String(x_end, 2, label_in(_LABELS, "ability", language), fontName=font,
                       fontSize=8, textAnchor="end"))
    drawing.add(String(2, height - 10, label_in(_LABELS, "attitude", language), fontName=font,
                       fontSize=8))
    for line in (Line(tx, bottom, tx, y_end), Line(left, ty, x_end, ty)):
        line.strokeColor, line.strokeDashArray, line.strokeWidth = ACCENT, (3, 2), 0.8
        drawing.add(line)
    _points(drawing, points, x, y, Box(left + 1, bottom + 1, x_end - 1, y_end - 1), avoid, font,
            language)
    return drawing


def _points(drawing: Drawing, points: list[ChartPoint], x, y, bounds: Box, avoid: list[Box],
            font: str, language: str) -> None:
    """The dots (rings first, filled dots over them), then their labels where there is room."""
    ordered = sorted(points, key=lambda p: not p.primary)  # the main points labelled first
    for point in sorted(points, key=lambda p: p.primary):
        px, py = x(point.ability), y(point.attitude)
        if point.primary:
            drawing.add(Circle(px, py, PRIMARY_R, strokeColor=colors.white, strokeWidth=0.6,
                               fillColor=ACCENT))
        else:
            drawing.add(Circle(px, py, SECONDARY_R, strokeColor=ACCENT, strokeWidth=1,
                               fillColor=None))
    anchors = [(x(p.ability), y(p.attitude)) for p in ordered]
    forms: list[list[tuple[str, float]]] = []
    for point in ordered:
        size = 7 if point.primary else 6.5
        labels = [short(point.label, LABEL_LENGTH, language)] + (
            [point.short] if point.short else [])
        forms.append([(label, size) for label in labels])
    sizes = [[(stringWidth(text, font, size), size + 1) for text, size in f] for f in forms]
    placed = place_labels(anchors, sizes, bounds, marker=SECONDARY_R + 0.5, avoid=avoid)
    for point, (px, py), choice, form in zip(ordered, anchors, placed, forms):
        if choice.box is None:
            continue
        text, size = form[choice.form]
        box = choice.box
        if choice.leader:  # from the dot's edge to the label's
            ex, ey = box.nearest(px, py)
            length = max(((ex - px) ** 2 + (ey - py) ** 2) ** 0.5, 1e-6)
            start = SECONDARY_R / length
            drawing.add(Line(px + (ex - px) * start, py + (ey - py) * start, ex, ey,
                             strokeColor=MUTED, strokeWidth=0.4))
        drawing.add(String(box.x0, box.y0 + size * 0.18, text, fontName=font, fontSize=size,
                           fillColor=colors.black if point.primary else MUTED))
