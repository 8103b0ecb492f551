"""The comparison table: what is compared down the side (wrapped, kept in view while scrolling
sideways), one column per candidate. The columns share the width: the question column takes a
fair share, the candidates share the rest equally, names and questions wrap instead of being
cut, and rows grow to fit."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hiring_app import palette
from hiring_app.services.compare import SCORE, Comparison

Index = QModelIndex | QPersistentModelIndex
BEST = QColor(palette.BEST)
DISAGREE = QColor(palette.WARNING)

LABEL_SHARE = 0.33     # of the table's width, for what is compared
LABEL_MIN, LABEL_MAX = 150, 460
COLUMN_MIN = 84        # a candidate column narrower than this scrolls sideways instead
TEXT_LINES = 4         # a text cell shows this many lines at most (the tooltip has it all)
PADDING = 4


def share_widths(available: int, count: int) -> tuple[int, int]:
    """(width of what is compared, width of each candidate column) for a table `available`
    pixels wide: about a third for the questions (within LABEL_MIN..LABEL_MAX), the rest
    shared equally, the questions giving way down to LABEL_MIN before the candidates go
    below COLUMN_MIN (past that, the table scrolls sideways)."""
    if count <= 0:
        return max(LABEL_MIN, min(available, LABEL_MAX)), COLUMN_MIN
    label = int(min(max(available * LABEL_SHARE, LABEL_MIN), LABEL_MAX))
    if available - label < count * COLUMN_MIN:
        label = max(LABEL_MIN, available - count * COLUMN_MIN)
    column = max(COLUMN_MIN, (available - label) // count)
    return label, column


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` broken into lines no wider than `width`: at word boundaries (between Chinese
    characters too), inside a word only when it is wider than a line."""
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in (text or "").split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()]
                         .rstrip())
        layout.endLayout()
    return lines or [""]


def _elided(lines: list[str], limit: int, metrics: QFontMetrics, width: int) -> list[str]:
    if len(lines) <= limit:
        return lines
    last = metrics.elidedText(lines[limit - 1] + " " + lines[limit], Qt.TextElideMode.ElideRight,
                              width)
    if not last.endswith("…"):
        last = metrics.elidedText(last + "……", Qt.TextElideMode.ElideRight, width)
    return [*lines[:limit - 1], last]


class ComparisonModel(QAbstractTableModel):
    """Rows are what is compared, columns the candidates in rank order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None or not index.isValid():
            return None
        rows, columns = self.comparison.rows, self.comparison.columns
        if not (0 <= index.row() < len(rows) and 0 <= index.column() < len(columns)):
            return None
        row = rows[index.row()]
        value = row.values[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if row.kind == SCORE:
                return "—" if value is None else f"{value:.1f}"
            text = value if isinstance(value, str) else "\n".join(value or [])
            return text if role == Qt.ItemDataRole.ToolTipRole else text.replace("\n", " · ")
        # the best value of the row, as the core decides it (domain.ranking.best_in_row)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in row.best:
            return BEST
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in row.disagreement:
            return DISAGREE
        if role == Qt.ItemDataRole.FontRole and index.column() in row.best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if row.kind == SCORE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None or role not in (Qt.ItemDataRole.DisplayRole,
                                                   Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.comparison.columns):
                return None
            column = self.comparison.columns[section]
            rank = f"#{column.rank} " if column.rank else ""
            return f"{rank}{column.name}"
        if 0 <= section < len(self.comparison.rows):
            return self.comparison.rows[section].label
        return None


class WrappingHeader(QHeaderView):
    """A header whose sections show their whole text, wrapped: the candidates' names across
    the top, what is compared down the side."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.wrap_width = LABEL_MIN  # the side header's width (set by CompareTable.fit)
        self.setSectionsClickable(orientation == Qt.Orientation.Horizontal)
        self.setHighlightSections(False)
        self.setProperty("wrapsText", True)  # ui/clipping: measured as wrapped text
        self.setProperty("textMargin", PADDING)

    def _text(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(section, self.orientation()) or "")

    def _lines(self, section: int, width: int) -> list[str]:
        return wrapped_lines(self._text(section), self.font(), width - 2 * PADDING)

    def _height(self, section: int, width: int) -> int:
        return (len(self._lines(section, width)) * QFontMetrics(self.font()).lineSpacing()
                + 2 * PADDING)

    def sectionSizeFromContents(self, section: int) -> QSize:  # noqa: N802
        if self.orientation() == Qt.Orientation.Vertical:
            return QSize(self.wrap_width, self._height(section, self.wrap_width))
        width = self.sectionSize(section) or COLUMN_MIN
        return QSize(width, self._height(section, width))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self.orientation() == Qt.Orientation.Horizontal and self.count():
            tallest = max(self._height(s, self.sectionSize(s)) for s in range(self.count()))
            return QSize(hint.width(), max(tallest, hint.height()))
        if self.orientation() == Qt.Orientation.Vertical:
            return QSize(self.wrap_width, hint.height())
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        option.text = ""  # the frame and background only; the text is drawn wrapped below
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.palette().ColorRole.ButtonText))
        spacing = QFontMetrics(self.font()).lineSpacing()
        lines = self._lines(section, rect.width())
        vertical = self.orientation() == Qt.Orientation.Vertical
        top = rect.top() + PADDING if vertical else rect.bottom() - PADDING - len(lines) * spacing
        align = Qt.AlignmentFlag.AlignLeft if vertical else Qt.AlignmentFlag.AlignHCenter
        for n, line in enumerate(lines):
            painter.drawText(QRect(rect.left() + PADDING, top + n * spacing,
                                   rect.width() - 2 * PADDING, spacing),
                             align | Qt.AlignmentFlag.AlignVCenter, line)
        painter.restore()


class CellDelegate(QStyledItemDelegate):
    """Scores on one line, centred; texts wrapped to TEXT_LINES lines at most, the last one
    ending in "…" when there is more (the tooltip shows the whole text)."""

    def _lines(self, option: QStyleOptionViewItem, text: str, width: int) -> list[str]:
        metrics = QFontMetrics(option.font)
        return _elided(wrapped_lines(text, option.font, width), TEXT_LINES, metrics, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        view = self.parent()
        width = (view.columnWidth(index.column()) if isinstance(view, QTableView)
                 else option.rect.width()) - 2 * PADDING
        lines = self._lines(option, option.text, width)
        return QSize(width, len(lines) * QFontMetrics(option.font).lineSpacing() + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        painter.save()
        painter.setFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(option.palette.color(option.palette.ColorRole.HighlightedText)
                       if selected else (colour or option.palette.color(
                           option.palette.ColorRole.Text)))
        spacing = QFontMetrics(option.font).lineSpacing()
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        lines = self._lines(option, text, rect.width())
        centred = bool(option.displayAlignment & Qt.AlignmentFlag.AlignHCenter)
        top = (rect.top() + max(0, (rect.height() - len(lines) * spacing) // 2) if centred
               else rect.top())
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        for n, line in enumerate(lines):
            painter.drawText(QRect(rect.left(), top + n * spacing, rect.width(), spacing),
                             align | Qt.AlignmentFlag.AlignVCenter, line)
        painter.restore()


class CompareTable(QTableView):
    """The table view that shares its width between the questions and the candidates (see
    share_widths) whenever its size or its candidates change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(WrappingHeader(Qt.Orientation.Vertical, self))
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().sectionCountChanged.connect(self.refit)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fitted: tuple[int, int, int] | None = None
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.fit)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)

    def refit(self) -> None:
        """Share the width again once the headers have their new sections (they make them
        after the model's signal, so not at once)."""
        self._fitted = None
        self._pending.start()

    def available_width(self) -> int:
        """The width the questions and the candidates share (the scroll bar's aside)."""
        return self.viewport().width() + self.verticalHeader().width()

    def fit(self) -> None:
        model = self.model()
        count = self.horizontalHeader().count()
        available = self.available_width()
        if self._fitted == (available, count, model.rowCount() if model else 0):
            return
        label, column = share_widths(available, count)
        vertical = self.verticalHeader()
        if isinstance(vertical, WrappingHeader):
            vertical.wrap_width = label
        vertical.setFixedWidth(label)
        horizontal = self.horizontalHeader()
        for section in range(count):
            # the last column takes what rounding left over, so that nothing stays empty
            width = column if section < count - 1 else max(column,
                                                            available - label - column * section)
            horizontal.resizeSection(section, width)
        self.updateGeometries()
        self.resizeRowsToContents()
        self._fitted = (self.available_width(), count, model.rowCount() if model else 0)
        if self._fitted[0] != available:  # a scroll bar came or went: share again
            self._pending.start()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == event.Type.Resize:
            self._pending.start()
        return super().viewportEvent(event)
