"""Small widgets several screens build the same way."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


def checklist(items: list[tuple[str, str]], checked: list[str],
              on_change: Callable[[list[str]], None] | None = None) -> QListWidget:
    """A list of (id, label) with check boxes; `on_change` gets the checked ids in list order,
    followed by any checked id the list no longer shows (an item retired from the library since
    it was ticked stays stored, never dropped by an unrelated click)."""
    widget = QListWidget()
    shown = {item_id for item_id, _label in items}
    kept = [item_id for item_id in checked if item_id not in shown]
    for item_id, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    if on_change is not None:
        widget.itemChanged.connect(lambda _item: on_change(checked_ids(widget) + kept))
    wrap_whole_items(widget)
    if widget.count():  # Tab into the list, then Space ticks the first item: a current item
        widget.setCurrentRow(0)
    return widget


class WholeWrappedItems(QStyledItemDelegate):
    """Word-wrapped items measured at the width they are painted in. A list with spacing
    measures an item's height at the viewport's whole width but paints it narrower by the
    spacing on each side: an item that just fits when measured gets a line more when painted,
    and its end is cut ("…")."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        spacing = self.view.spacing()
        if spacing and option.rect.width() > 2 * spacing:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(0, 0, -2 * spacing, 0)
        return super().sizeHint(option, index)


def wrap_whole_items(view: QListView) -> None:
    """A list that shows every item whole: wrapped, laid out again when its width changes (a
    narrower window must not cut what was wrapped for a wider one), never scrolled sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegate(WholeWrappedItems(view))


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
