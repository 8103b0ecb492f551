"""A layout that places its widgets in a row and wraps onto the next row when the width runs
out (after Qt's "Flow Layout" example), so a bar of filters never squeezes a widget below what
it needs. Widgets that expand horizontally share the space left over in their row."""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest widget alone on a row."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing ------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the rows out in `rect` (only measure unless `move`); return the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = self._wanted_width(item)
            gap = self._spacing if rows[-1] else 0
            if rows[-1] and used + gap + wanted > area.width():
                rows.append([])
                used, gap = 0, 0
            rows[-1].append(item)
            used += gap + wanted
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            if move:
                self._place_row(row, QRect(area.x(), y, area.width(), height))
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom() if y > area.y() else 0

    @staticmethod
    def _wanted_width(item: QLayoutItem) -> int:
        """What a widget takes before the leftover space is shared: its size hint, or for a
        widget that expands, its minimum (it grows into the rest of its row)."""
        if _expands(item):
            return max(item.minimumSize().width(), 0)
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _place_row(self, row: list[QLayoutItem], rect: QRect) -> None:
        widths = [self._wanted_width(item) for item in row]
        spare = rect.width() - sum(widths) - self._spacing * (len(row) - 1)
        growing = [n for n, item in enumerate(row) if _expands(item)]
        if spare > 0 and growing:
            for n in growing:
                widths[n] += spare // len(growing)
            widths[growing[-1]] += spare % len(growing)
            for n in growing:
                widths[n] = min(widths[n], row[n].maximumSize().width())
        x = rect.x()
        for item, width in zip(row, widths):
            height = min(item.sizeHint().height(), rect.height())
            top = rect.y() + (rect.height() - height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
            x += width + self._spacing


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    return bool(widget.sizePolicy().horizontalPolicy().value
                & QSizePolicy.PolicyFlag.ExpandFlag.value)
