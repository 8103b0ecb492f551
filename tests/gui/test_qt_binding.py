"""Guards against a Qt-for-Python regression that crashes the app on Python 3.11.

PySide6 6.12.0 drops a reference to None each time Qt returns an empty value to Python; the
list screens do that thousands of times, and Python aborts ("deallocating None")."""
from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_empty_values_from_qt_keep_none_alive(qapp) -> None:
    model = _Empty()
    combo = QComboBox()
    combo.addItem("no data")
    before = sys.getrefcount(None)
    for _ in range(500):
        model.index(0, 0).data(Qt.ItemDataRole.UserRole)
        combo.currentData()
    assert sys.getrefcount(None) - before > -100, "this PySide6 release leaks None references"
