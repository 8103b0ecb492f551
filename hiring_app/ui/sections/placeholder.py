"""A section whose feature has not landed yet: says so plainly instead of showing dead controls."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderSection(QWidget):
    def __init__(self, title_fn, text_fn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_fn = title_fn
        self._text_fn = text_fn
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self._title_fn())
        self.text.setText(self._text_fn())
