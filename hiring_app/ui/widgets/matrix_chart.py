"""The attitude/ability 2×2, drawn with QPainter: ability across, attitude up, the role's
thresholds as the dividing lines, each candidate (or interviewer, or a panel's combined result)
a labelled point. Names never cover each other (label_placement.py places them); a point whose
name finds no room shows a number and names itself in the tooltip."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hiring_app import palette
from hiring_app.domain.matrix import MAX_SCORE, MIN_SCORE, Quadrant
from hiring_app.ui.widgets.label_placement import Box, Placed, leader_end, place_labels

SCALE = (float(MIN_SCORE), float(MAX_SCORE))
QUADRANT_COLOURS = {quadrant.value: QColor(quadrant.colour) for quadrant in Quadrant}
# How a point is drawn: a candidate (Compare, or the interviewer's own view before submitting),
# the panel's combined result, this interviewer's own scorecard, a colleague's scorecard.
CANDIDATE, COMBINED, OWN, OTHER = "candidate", "combined", "own", "other"
LEGEND_ORDER = (COMBINED, OWN, OTHER)  # the label keys of the legend's entries
RADIUS = 6.0
NUMBERED_RADIUS = 8.0  # a point showing its number instead of its name
GAP = 4.0


@dataclass
class ChartPoint:
    key: object
    label: str
    attitude: float
    ability: float
    detail: str = ""
    style: str = CANDIDATE
    number: str = ""  # shown on the point when its name finds no room (default: its position)


@dataclass(frozen=True)
class Axes:
    """Where the tick numbers (value, rectangle) and the axis names go in the widget; the
    attitude name is written turned, inside its (tall, narrow) rectangle."""

    ability_ticks: list[tuple[str, QRectF]]
    attitude_ticks: list[tuple[str, QRectF]]
    ability_title: QRectF
    attitude_title: QRectF


@dataclass(frozen=True)
class _Layout:
    plot: QRectF
    legend: list[tuple[str, QRectF]]  # (style, where its entry goes)


class MatrixChart(QWidget):
    pointClicked = Signal(object)  # the point's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[ChartPoint] = []
        self.thresholds = (3.0, 3.0)  # attitude, ability
        self.labels = {"hire_first": "", "train": "", "generally_not": "", "turn_down": "",
                       "attitude": "", "ability": "", COMBINED: "", OWN: "", OTHER: ""}
        self.placed: list[Placed] = []  # where each point's name went at the last paint

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 300)

    def set_points(self, points: list[ChartPoint], thresholds: tuple[float, float]) -> None:
        self.points = list(points)
        self.thresholds = thresholds
        self.placed = []
        self.update()

    def set_labels(self, labels: dict[str, str]) -> None:
        self.labels.update(labels)
        self.update()

    # --- geometry -----------------------------------------------------------------------------
    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        return small

    def _legend_styles(self) -> list[str]:
        present = {p.style for p in self.points}
        return [s for s in LEGEND_ORDER if s in present and self.labels.get(s)]

    def _layout(self) -> _Layout:
        """The plot area, with room around it for the legend, the ticks and the axis names
        measured in the font in use, so that they never run into each other."""
        metrics = QFontMetricsF(self._small_font())
        line = metrics.height()
        tick = metrics.horizontalAdvance("5")
        legend: list[tuple[str, QRectF]] = []
        x, y, width = 4.0, 4.0, float(self.width())
        for style in self._legend_styles():
            entry = 2 * RADIUS + 4 + metrics.horizontalAdvance(self.labels[style]) + 2
            if x > 4 and x + entry > width - 4:  # no room left on this line: the next one
                x, y = 4.0, y + line + 2
            legend.append((style, QRectF(x, y, entry, line)))
            x += entry + 12
        top = (y + line + 8) if legend else 10.0
        left = 2 + line + GAP + tick + GAP       # the rotated axis name, then the ticks
        bottom = 2 + line + 2 + line + 2         # the ticks, then the axis name
        return _Layout(QRectF(left, top, max(width - left - 10, 10),
                              max(self.height() - top - bottom, 10)), legend)

    def legend(self) -> list[tuple[str, str, QRectF]]:
        """The legend's entries as drawn: (point style, its name, where it is written)."""
        return [(style, self.labels.get(style, ""), rect) for style, rect in self._layout().legend]

    def _plot(self) -> QRectF:
        return self._layout().plot

    def _to_screen(self, attitude: float, ability: float, plot: QRectF | None = None) -> QPointF:
        plot, (lo, hi) = plot or self._plot(), SCALE
        ability, attitude = (min(max(v, lo), hi) for v in (ability, attitude))
        x = plot.left() + (ability - lo) / (hi - lo) * plot.width()
        y = plot.bottom() - (attitude - lo) / (hi - lo) * plot.height()
        return QPointF(x, y)

    def _regions(self, plot: QRectF) -> dict[str, QRectF]:
        split = self._to_screen(*self.thresholds, plot)
        return {
            "hire_first": QRectF(QPointF(split.x(), plot.top()), QPointF(plot.right(), split.y())),
            "train": QRectF(plot.topLeft(), split),
            "generally_not": QRectF(split, plot.bottomRight()),
            "turn_down": QRectF(QPointF(plot.left(), split.y()), QPointF(split.x(), plot.bottom())),
        }

    def _title_rects(self, regions: dict[str, QRectF], metrics: QFontMetricsF) -> list[QRectF]:
        """Where each quadrant's name is written (at the top of its area)."""
        rects = []
        for key, rect in regions.items():
            inner = rect.adjusted(4, 4, -4, -2)
            used = metrics.boundingRect(inner, int(Qt.AlignmentFlag.AlignTop
                                                   | Qt.AlignmentFlag.AlignHCenter
                                                   | Qt.TextFlag.TextWordWrap),
                                        self.labels.get(key, ""))
            rects.append(used)
        return rects

    def place(self, plot: QRectF | None = None) -> list[Placed]:
        """Where each point's name goes (in point order: the best ranked first)."""
        plot = plot or self._plot()
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self._small_font())
        anchors = [self._to_screen(p.attitude, p.ability, plot) for p in self.points]
        sizes = [(metrics.horizontalAdvance(p.label) + 2, metrics.height()) for p in self.points]
        avoid = [Box(r.left(), r.top(), r.width(), r.height())
                 for r in self._title_rects(self._regions(plot), small) if r.width() > 0]
        bounds = Box(plot.left() + 1, plot.top() + 1, plot.width() - 2, plot.height() - 2)
        return place_labels([(a.x(), a.y()) for a in anchors], sizes, bounds,
                            marker=NUMBERED_RADIUS, gap=2, avoid=avoid, reach=4)

    def axes(self, plot: QRectF | None = None) -> Axes:
        """Where the tick numbers and the axis names are written, in the widget: the attitude
        name (turned) in its own strip left of the tick numbers, the ability name below its
        tick numbers, so that they never run into each other at any size."""
        plot = plot or self._plot()
        metrics = QFontMetricsF(self._small_font())
        line, tick = metrics.height(), metrics.horizontalAdvance("5")
        values = range(MIN_SCORE, MAX_SCORE + 1)
        return Axes(
            ability_ticks=[(str(v), QRectF(self._to_screen(1, v, plot).x() - tick,
                                           plot.bottom() + 2, 2 * tick, line)) for v in values],
            attitude_ticks=[(str(v), QRectF(plot.left() - GAP - tick - 2,
                                            self._to_screen(v, 1, plot).y() - line / 2,
                                            tick + 2, line)) for v in values],
            ability_title=QRectF(plot.left(), plot.bottom() + 4 + line, plot.width(), line),
            attitude_title=QRectF(2, plot.top(), line, plot.height()))

    def _point_at(self, position: QPointF) -> ChartPoint | None:
        plot = self._plot()
        placed = self.placed if len(self.placed) == len(self.points) else self.place(plot)
        for point, where in zip(reversed(self.points), reversed(placed), strict=True):
            centre = self._to_screen(point.attitude, point.ability, plot)
            if (centre - position).manhattanLength() <= 10:
                return point
            box = where.box
            if box is not None and QRectF(box.left, box.top, box.width,
                                          box.height).contains(position):
                return point
        return None

    # --- painting -----------------------------------------------------------------------------
    def _draw_marker(self, painter: QPainter, centre: QPointF, style: str,
                     radius: float = RADIUS) -> None:
        if style == COMBINED:
            painter.setPen(QPen(QColor(palette.ON_ACCENT), 1.5))
            painter.setBrush(QColor(palette.INK))
            painter.drawEllipse(centre, radius + 1, radius + 1)
        elif style == OWN:
            painter.setPen(QPen(QColor(palette.ACCENT), 2.5))
            painter.setBrush(QColor(palette.ON_ACCENT))
            painter.drawEllipse(centre, radius - 1, radius - 1)
        elif style == OTHER:
            painter.setPen(QPen(QColor(palette.MUTED), 1.5))
            painter.setBrush(QColor(palette.ON_ACCENT))
            painter.drawEllipse(centre, radius - 1, radius - 1)
        else:
            painter.setPen(QPen(QColor(palette.ACCENT_DARK), 2))
            painter.setBrush(QColor(palette.ACCENT))
            painter.drawEllipse(centre, radius, radius)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self._layout()
        plot = layout.plot
        split = self._to_screen(*self.thresholds, plot)
        regions = self._regions(plot)
        small = self._small_font()
        painter.setFont(small)
        for key, rect in regions.items():
            painter.fillRect(rect, QUADRANT_COLOURS[key])
            painter.setPen(QColor(palette.MUTED))
            painter.drawText(rect.adjusted(4, 4, -4, -2),  # at the top: points rarely sit there
                             Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
                             | Qt.TextFlag.TextWordWrap,
                             self.labels.get(key, ""))
        painter.setPen(QPen(QColor(palette.MUTED), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(QPen(QColor(palette.INK), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(split.x(), plot.top()), QPointF(split.x(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), split.y()), QPointF(plot.right(), split.y()))
        painter.setPen(QColor(palette.INK))
        axes = self.axes(plot)
        centre = Qt.AlignmentFlag.AlignCenter
        for value, rect in axes.ability_ticks:
            painter.drawText(rect, centre, value)
        for value, rect in axes.attitude_ticks:
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             value)
        painter.drawText(axes.ability_title, centre, self.labels.get("ability", ""))
        title = axes.attitude_title
        painter.save()  # the attitude axis name, turned, left of the ticks (never over them)
        painter.translate(title.center())
        painter.rotate(-90)
        painter.drawText(QRectF(-title.height() / 2, -title.width() / 2, title.height(),
                                title.width()), centre, self.labels.get("attitude", ""))
        painter.restore()
        for style, rect in layout.legend:
            self._draw_marker(painter, QPointF(rect.left() + RADIUS, rect.center().y()), style,
                              RADIUS - 1)
            painter.setPen(QColor(palette.INK))
            painter.drawText(rect.adjusted(2 * RADIUS + 4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.labels.get(style, ""))

        painter.setFont(self.font())
        self.placed = self.place(plot)
        centres = [self._to_screen(p.attitude, p.ability, plot) for p in self.points]
        painter.setPen(QPen(QColor(palette.MUTED), 1))
        for centre, where in zip(centres, self.placed, strict=True):
            if where.box is not None and where.leader:
                end = leader_end(where.box, centre.x(), centre.y())
                painter.drawLine(centre, QPointF(*end))
        # the combined point last, on top of the interviewers' own
        order = sorted(range(len(self.points)), key=lambda i: self.points[i].style == COMBINED)
        for i in order:
            point, centre, where = self.points[i], centres[i], self.placed[i]
            if where.box is None:  # no room for the name: a number, and the name in the tooltip
                self._draw_marker(painter, centre, point.style, NUMBERED_RADIUS)
                dark = point.style in (CANDIDATE, COMBINED)
                painter.setPen(QColor(palette.ON_ACCENT) if dark else QColor(palette.INK))
                painter.setFont(small)
                painter.drawText(QRectF(centre.x() - NUMBERED_RADIUS, centre.y() - NUMBERED_RADIUS,
                                        2 * NUMBERED_RADIUS, 2 * NUMBERED_RADIUS),
                                 Qt.AlignmentFlag.AlignCenter, point.number or str(i + 1))
                painter.setFont(self.font())
                continue
            self._draw_marker(painter, centre, point.style)
            painter.setPen(QColor(palette.INK))
            box = where.box
            painter.drawText(QRectF(box.left, box.top, box.width, box.height),
                             Qt.AlignmentFlag.AlignCenter, point.label)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        point = self._point_at(event.position())
        if point is not None:
            detail = point.detail.strip()
            text = detail if detail.startswith(point.label) else f"{point.label}\n{detail}"
            QToolTip.showText(event.globalPosition().toPoint(), text.strip(), self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        point = self._point_at(event.position())
        if point is not None:
            self.pointClicked.emit(point.key)
