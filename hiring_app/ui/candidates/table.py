"""The candidate table: the names in a column of their own that stays in view while the other
columns scroll sideways (a second view beside the first, sharing its model, selection and
vertical scrolling), sort arrows pointing as in Windows and Excel, a column chooser on the
header, and a message in the empty table that says why it is empty."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hiring_app import palette
from hiring_app.services.candidate_list import COLUMNS
from hiring_app.ui.models.candidates_model import FOUND_IN, CandidatesModel

NAME = COLUMNS.index("name")
# What the list shows at first: who, for which role, where they are, and the verdict. The
# other columns are a right click on the header away.
SHOWN_AT_FIRST = ("name", "role", "status", "attitude", "ability", "quadrant", "decision")
ROW_HEIGHT = 24
# Widest a column is made at first, whatever its longest text (a tooltip shows the rest).
WIDEST = {"name": 180, "role": 140, "quadrant": 140, "interviewers": 170, "channel": 150}


class SortArrows(QProxyStyle):
    """Sort arrows as in Windows and Excel: ▲ while sorted A→Z (ascending), ▼ for Z→A.

    QHeaderView hands the style ascending order as SortDown, which Fusion (and the other
    styles drawn by Qt itself) draw as ▼; Qt's Windows styles already turn it round to follow
    the Windows guidelines, so only the others are turned here."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if (element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
                and isinstance(option, QStyleOptionHeader) and not self.windows_like()):
            flipped = QStyleOptionHeader(option)
            indicator = option.sortIndicator
            if indicator == QStyleOptionHeader.SortIndicator.SortDown:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
            elif indicator == QStyleOptionHeader.SortIndicator.SortUp:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)

    def windows_like(self) -> bool:
        base = self.baseStyle()
        return base is not None and base.name().lower().startswith("windows")


class FoundInDelegate(QStyledItemDelegate):
    """A name found by the search somewhere the list does not show, with a small grey word
    beside it saying where ("in notes")."""

    def paint(self, painter, option, index) -> None:
        where = index.data(FOUND_IN)
        if not where:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        small = QFontMetrics(self.small_font(opt.font))
        # the name comes first: the word beside it gets what the name leaves, cut if need be,
        # but never less than a few letters
        room = text_rect.width() - opt.fontMetrics.horizontalAdvance(name) - 10
        hint_width = min(small.horizontalAdvance(where) + 6,
                         max(room, min(32, text_rect.width() // 3)))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        painter.save()
        colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        painter.setPen(colour)
        left = QRect(text_rect.left() + 2, text_rect.top(), text_rect.width() - hint_width - 4,
                     text_rect.height())
        painter.drawText(left, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         opt.fontMetrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                    left.width()))
        painter.setFont(self.small_font(opt.font))
        hint = QColor(colour)
        hint.setAlphaF(0.75)
        painter.setPen(hint)
        right = QRect(text_rect.right() - hint_width, text_rect.top(), hint_width,
                      text_rect.height())
        painter.drawText(right, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                         small.elidedText(where, Qt.TextElideMode.ElideRight, hint_width))
        painter.restore()

    @staticmethod
    def small_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        return small


class EmptyMessage(QWidget):
    """What the empty table says: why nothing is listed, and a way out."""

    clear = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("candidatesEmpty")
        self.text = QLabel()
        self.text.setObjectName("candidatesEmptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet(f"color: {palette.MUTED};")
        self.button = link_button("clearFiltersInTable")
        self.button.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()

    def say(self, text: str, clear_label: str | None) -> None:
        self.text.setText(text)
        self.button.setVisible(bool(clear_label))
        self.button.setText(clear_label or "")
        view = self.parentWidget()
        if isinstance(view, QTableView):
            self.setGeometry(view.viewport().geometry())
        self.setVisible(bool(text))
        self.raise_()


def link_button(object_name: str) -> QPushButton:
    """A button that looks like a link: for a small action said in passing."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(f"QPushButton {{ color: {palette.ACCENT}; text-decoration: underline; "
                         "border: none; padding: 0 2px; }"
                         f"QPushButton:focus {{ outline: 1px dotted {palette.ACCENT}; }}")
    return button


class CandidateTable(QWidget):
    """The two views over one model: `names` (the name column, always in view) and `view`
    (every other column, scrolling sideways)."""

    def __init__(self, model: CandidatesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.arrows = SortArrows()
        self.arrows.setParent(self)
        self._first_widths: dict[str, int] = {}  # as first laid out
        self._full_widths: dict[str, int] = {}  # wide enough for every text

        self.view = QTableView()
        self.view.setObjectName("candidatesView")
        self.view.setModel(model)
        self.names = QTableView()
        self.names.setObjectName("candidateNames")
        self.names.setModel(model)
        self.names.setSelectionModel(self.view.selectionModel())
        for view in (self.view, self.names):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            view.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
            view.setAlternatingRowColors(True)
            view.horizontalHeader().setStyle(self.arrows)
            view.horizontalHeader().setHighlightSections(False)
            colours = view.palette()  # the chosen rows stay marked while the record is read
            for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
                colours.setColor(QPalette.ColorGroup.Inactive, role,
                                 colours.color(QPalette.ColorGroup.Active, role))
            view.setPalette(colours)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)  # A→Z by name at first
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.view.setColumnHidden(NAME, True)
        self.view.setSortingEnabled(True)

        names = self.names
        for column in range(model.columnCount()):
            names.setColumnHidden(column, column != NAME)
        names.setItemDelegateForColumn(NAME, FoundInDelegate(names))
        names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the table beside it
        names.horizontalHeader().setSectionsMovable(False)
        names.horizontalHeader().setStretchLastSection(False)
        names.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        names.setSortingEnabled(True)
        names.horizontalHeader().sectionResized.connect(lambda *_: self._fit_names())
        names.pressed.connect(self._pressed_on_names)
        names.doubleClicked.connect(self.view.doubleClicked)  # the row's action, either side

        # one vertical scroll position, one sort indicator between the two
        self.view.verticalScrollBar().valueChanged.connect(names.verticalScrollBar().setValue)
        names.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        header.sortIndicatorChanged.connect(self._sorted_by_view)
        names.horizontalHeader().sortIndicatorChanged.connect(self._sorted_by_names)
        self.view.horizontalScrollBar().installEventFilter(self)

        self.empty = EmptyMessage(self.view)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(names)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(280)

    # --- the name column in view --------------------------------------------------------------
    def _fit_names(self) -> None:
        frame = self.names.frameWidth() * 2
        self.names.setFixedWidth(self.names.columnWidth(NAME) + frame)

    def _pressed_on_names(self, index) -> None:
        """The keys go on from the row clicked, in the columns beside the names."""
        self.view.selectionModel().setCurrentIndex(
            self.row_index(index.row()), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.setFocus()

    def row_index(self, row: int):
        """A row's cell in the first column shown beside the names (where the keys move)."""
        header = self.view.horizontalHeader()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if not header.isSectionHidden(column):
                return self.model.index(row, column)
        return self.model.index(row, NAME)

    def _match_bottoms(self) -> None:
        """The names end where the other columns' rows end: above a scroll bar of their own
        (with nothing to scroll) while the other columns have one."""
        policy = (Qt.ScrollBarPolicy.ScrollBarAlwaysOn
                  if self.view.horizontalScrollBar().isVisible()
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.names.horizontalScrollBarPolicy() != policy:
            self.names.setHorizontalScrollBarPolicy(policy)
        self.names.verticalScrollBar().setValue(self.view.verticalScrollBar().value())

    def _match_headers(self) -> None:
        height = max(self.view.horizontalHeader().sizeHint().height(),
                     self.names.horizontalHeader().sizeHint().height())
        self.view.horizontalHeader().setFixedHeight(height)
        self.names.horizontalHeader().setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view.horizontalScrollBar() and kind in (QEvent.Type.Show,
                                                                  QEvent.Type.Hide):
            self._match_bottoms()
        elif watched is self.view and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # one table: the names wear the focus ring the columns beside them wear
            focused = kind == QEvent.Type.FocusIn
            self.names.setStyleSheet(
                f"QTableView {{ border: 1px solid {palette.ACCENT}; }}" if focused else "")
        elif watched is self.view.viewport() and kind in (QEvent.Type.Resize, QEvent.Type.Move,
                                                           QEvent.Type.Show):
            self.empty.setGeometry(self.view.viewport().geometry())  # laid out by now
        return False

    def retranslate(self) -> None:
        self._match_headers()

    # --- sorting ------------------------------------------------------------------------------
    def _sorted_by_view(self, section: int, order: Qt.SortOrder) -> None:
        names = self.names.horizontalHeader()
        names.blockSignals(True)
        names.setSortIndicator(section if section == NAME else -1, order)
        names.blockSignals(False)
        names.viewport().update()

    def _sorted_by_names(self, section: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # already sorted: the names view did it
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        header.viewport().update()

    def sort_section(self) -> int:
        return self.view.horizontalHeader().sortIndicatorSection()

    # --- columns ------------------------------------------------------------------------------
    def shown_columns(self) -> list[str]:
        return [COLUMNS[c] for c in range(len(COLUMNS))
                if c == NAME or not self.view.isColumnHidden(c)]

    def _choose_columns(self, position) -> None:
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        for column in range(len(COLUMNS)):
            if column == NAME:
                continue
            action = QAction(self.model.headerData(column, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.view.setColumnHidden(c, not on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def first_layout(self, texts: dict[str, list[str]]) -> None:
        """The columns as the list first shows them, each sized to its title and to the
        longest of `texts` (column -> the texts it may show) in this language."""
        header = self.view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        cell = QFontMetrics(self.view.font())
        arrow = 28  # the sort arrow and the margins beside a header's text
        for column, name in enumerate(COLUMNS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest = max((cell.horizontalAdvance(text) + 14
                           for text in texts.get(name, ())), default=0)
            width = max(metrics.horizontalAdvance(title) + arrow, min(longest, WIDEST.get(
                name, 10_000)), 56)
            self._full_widths[name] = max(width, longest)
            if column == NAME:
                self.names.setColumnWidth(column, max(width, 110))
            else:
                self.view.setColumnWidth(column, width)
            self._first_widths[name] = width
            self.view.setColumnHidden(column, column == NAME or name not in SHOWN_AT_FIRST)
        self._fit_names()

    def fit_names(self, names: list[str], hints: list[str]) -> None:
        """The name column as wide as nearly every name with the word that says where a
        search found it (the longest few are cut, whole in their tooltip)."""
        metrics = QFontMetrics(self.names.font())
        widths = sorted(metrics.horizontalAdvance(name) for name in names)
        if not widths:
            return
        small = QFontMetrics(FoundInDelegate.small_font(self.names.font()))
        hint = max((small.horizontalAdvance(h) for h in hints), default=0)
        typical = widths[min(len(widths) - 1, int(len(widths) * 0.95))] + 16
        self.names.setColumnWidth(NAME, max(self.names.columnWidth(NAME), min(
            typical + hint + 10, WIDEST["name"])))
        self._fit_names()

    def wanted_width(self, whole: bool = False) -> int:
        """The width that shows the columns shown without scrolling sideways, at the widths
        they were first given (the last one stretches into whatever is left), or (`whole`)
        wide enough for every text."""
        header = self.view.horizontalHeader()
        widths = self._full_widths if whole else self._first_widths
        width = sum(widths.get(COLUMNS[c], header.sectionSize(c))
                    for c in range(header.count()) if not header.isSectionHidden(c))
        return (self.names.width() + width + self.view.frameWidth() * 2
                + self.view.verticalScrollBar().sizeHint().width())

    def widen(self, extra: int) -> None:
        """Give `extra` pixels to the columns first cut short, up to their whole texts."""
        header = self.view.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            if extra <= 0:
                return
            if column == NAME or header.isSectionHidden(column):
                continue
            more = min(extra, self._full_widths.get(name, 0) - header.sectionSize(column))
            if more > 0:
                header.resizeSection(column, header.sectionSize(column) + more)
                extra -= more

    def save_state(self) -> tuple[QByteArray, int]:
        return self.view.horizontalHeader().saveState(), self.names.columnWidth(NAME)

    def restore_state(self, header: QByteArray | None, name_width: int | None) -> None:
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
            self.view.setColumnHidden(NAME, True)  # shown beside, never twice
            order = self.view.horizontalHeader().sortIndicatorOrder()
            self.view.sortByColumn(self.view.horizontalHeader().sortIndicatorSection(), order)
        if name_width:
            self.names.setColumnWidth(NAME, max(int(name_width), 60))
        self._fit_names()
