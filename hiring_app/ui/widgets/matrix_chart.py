"""The attitude/ability 2×2, drawn with QPainter: ability across, attitude up, the role's
thresholds as the dividing lines, each candidate (or interviewer) a labelled point."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hiring_app.domain.matrix import Quadrant

SCALE = (1.0, 5.0)
QUADRANT_COLOURS = {quadrant.value: QColor(quadrant.colour) for quadrant in Quadrant}


@dataclass
class ChartPoint:
    key: object
    label: str
    attitude: float
    ability: float
    detail: str = ""


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
                       "attitude": "", "ability": ""}

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 300)

    def set_points(self, points: list[ChartPoint], thresholds: tuple[float, float]) -> None:
        self.points = list(points)
        self.thresholds = thresholds
        self.update()

    def set_labels(self, labels: dict[str, str]) -> None:
        self.labels.update(labels)
        self.update()

    # --- geometry -----------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(36, 10, max(self.width() - 46, 10), max(self.height() - 46, 10))

    def _to_screen(self, attitude: float, ability: float) -> QPointF:
        plot, (lo, hi) = self._plot(), SCALE
        x = plot.left() + (ability - lo) / (hi - lo) * plot.width()
        y = plot.bottom() - (attitude - lo) / (hi - lo) * plot.height()
        return QPointF(x, y)

    def _point_at(self, position: QPointF) -> ChartPoint | None:
        for point in reversed(self.points):
            centre = self._to_screen(point.attitude, point.ability)
            if (centre - position).manhattanLength() <= 10:
                return point
        return None

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        split = self._to_screen(*self.thresholds)
        regions = {
            "hire_first": QRectF(QPointF(split.x(), plot.top()), QPointF(plot.right(), split.y())),
            "train": QRectF(plot.topLeft(), split),
            "generally_not": QRectF(split, plot.bottomRight()),
            "turn_down": QRectF(QPointF(plot.left(), split.y()), QPointF(split.x(), plot.bottom())),
        }
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        painter.setFont(small)
        for key, rect in regions.items():
            painter.fillRect(rect, QUADRANT_COLOURS[key])
            painter.setPen(QColor("#666666"))
            painter.drawText(rect.adjusted(4, 4, -4, -2),  # at the top: points rarely sit there
                             Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
                             | Qt.TextFlag.TextWordWrap,
                             self.labels.get(key, ""))
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(plot)
        painter.setPen(QPen(QColor("#444444"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(split.x(), plot.top()), QPointF(split.x(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), split.y()), QPointF(plot.right(), split.y()))
        painter.setPen(QColor("#333333"))
        for value in range(1, 6):
            x = self._to_screen(1, value).x()
            y = self._to_screen(value, 1).y()
            painter.drawText(QRectF(x - 8, plot.bottom() + 2, 16, 14), Qt.AlignmentFlag.AlignCenter,
                             str(value))
            painter.drawText(QRectF(plot.left() - 18, y - 7, 14, 14), Qt.AlignmentFlag.AlignRight,
                             str(value))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 16),
                         Qt.AlignmentFlag.AlignCenter, self.labels.get("ability", ""))
        painter.save()
        painter.translate(10, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16),
                         Qt.AlignmentFlag.AlignCenter, self.labels.get("attitude", ""))
        painter.restore()
        painter.setFont(self.font())
        for point in self.points:
            centre = self._to_screen(point.attitude, point.ability)
            painter.setPen(QPen(QColor("#1f4e8c"), 2))
            painter.setBrush(QColor("#2f6fc0"))
            painter.drawEllipse(centre, 6, 6)
            painter.setPen(QColor("#111111"))
            width = painter.fontMetrics().horizontalAdvance(point.label)
            if centre.x() + 9 + width > self.width():  # near the right edge: label on the left
                painter.drawText(centre + QPointF(-9 - width, -6), point.label)
            else:
                painter.drawText(centre + QPointF(9, -6), point.label)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        point = self._point_at(event.position())
        if point is not None:
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{point.label}\n{point.detail}".strip(), self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        point = self._point_at(event.position())
        if point is not None:
            self.pointClicked.emit(point.key)
