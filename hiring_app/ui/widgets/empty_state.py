"""What a screen shows when there is nothing yet: what this place is for and the next steps, as
buttons. The texts come from the screen (translated there); the look is the same everywhere."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hiring_app.ui.widgets.common import heading


class EmptyState(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = heading(1.4, f"{object_name}Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(wordWrap=True)
        self.body.setObjectName(f"{object_name}Body")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setStyleSheet("color: #555;")
        self.body.setMaximumWidth(560)
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row_end = self._row.count()
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def add_button(self, object_name: str, slot: Callable[[], object],
                   primary: bool = False) -> QPushButton:
        """A next step; its text is set by the screen's retranslate()."""
        button = QPushButton()
        button.setObjectName(object_name)
        button.setDefault(primary)
        button.setAutoDefault(True)
        button.clicked.connect(lambda _checked=False: slot())
        self._row.insertWidget(self._row_end + len(self.buttons), button)
        self.buttons.append(button)
        return button

    def set_texts(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
