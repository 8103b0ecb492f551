"""Small widgets several screens build the same way."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's current width: Qt's own estimate wraps
    at a different width than it paints, which cut the last line of long questions."""

    PADDING = 8  # the style's text margins and a little air

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt API
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 200
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, opt.widget) + 1
                  if style else 3)
        spacing = view.spacing() if isinstance(view, QListWidget) else 0
        text_width = max(width - 2 * margin - 2 * spacing - self.PADDING, 40)
        box = opt.fontMetrics.boundingRect(QRect(0, 0, text_width, 100000),
                                           Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(width - 2 * spacing, box.height() + self.PADDING)


def wrap_rows(view: QListWidget) -> None:
    """Whole item texts, wrapped, in rows that fit them, re-wrapped when the list is resized."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setItemDelegate(WrappedRows(view))


def checklist(items: list[tuple[str, str]], checked: list[str],
              on_change: Callable[[list[str]], None] | None = None) -> QListWidget:
    """A list of (id, label) with check boxes; `on_change` gets the checked ids in list order."""
    widget = QListWidget()
    for item_id, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    if on_change is not None:
        widget.itemChanged.connect(lambda _item: on_change(checked_ids(widget)))
    widget.setWordWrap(True)
    if widget.count():  # Tab into the list, then Space ticks the first item: a current item
        widget.setCurrentRow(0)
    return widget


def checked_ids(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def heading(scale: float = 1.3, object_name: str = "") -> QLabel:
    """A bold, larger label for titles; plain text so typed names never turn into markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class RefreshWhenShown:
    """Mixin for a screen that shows data read from the database (put it before QWidget).

    The data is read when the screen is first shown; after a change it is read again at once
    while the screen is visible, else when it is next shown — so start-up and work on other
    screens never wait for a screen nobody is looking at. The screen defines `reload()`, which
    reads and shows, and lists in `refresh_on` the kinds of change it depends on.
    """

    refresh_on: frozenset[str] = frozenset()
    _stale = True

    def watch_changes(self, changes) -> None:
        changes.changed.connect(self._changed)

    def _changed(self, what: set) -> None:
        if self.refresh_on & set(what):
            self._stale = True
            if self.isVisible():
                self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.refresh_if_stale()
        super().showEvent(event)
