"""The window's icons: a few line icons from Lucide (ISC licence, resources/icons/lucide/LICENSE),
drawn in the palette's colours so that they match the text beside them, also when selected.
Each is drawn when first shown, at the size and in the state shown (the window paints first)."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from shiboken6 import Shiboken

from hiring_app import palette, paths

FOLDER = paths.RESOURCES / "icons" / "lucide"
NAMES = {"roles": "briefcase-business", "candidates": "users", "interviews": "messages-square",
         "compare": "columns-3", "reports": "file-text", "keyboard": "keyboard",
         "decision": "scale", "add_person": "user-plus", "attachment": "paperclip"}
# Drawn for this app in the same line style (resources/icons/*.svg beside the Lucide folder).
OWN = {"team": paths.RESOURCES / "icons" / "team-org.svg"}
SIZES = (16, 20, 24, 32, 48)


def _colour(mode: QIcon.Mode) -> str:
    """Ink, white when selected, grey when disabled."""
    if mode == QIcon.Mode.Selected:
        return palette.ON_ACCENT
    if mode == QIcon.Mode.Disabled:
        return palette.MUTED
    return palette.INK


def _pixmap(svg: str, colour: str, size: QSize) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap


_clones: list[QIconEngine] = []


class LineIconEngine(QIconEngine):
    """One line icon: drawn from its SVG the first time a size and state is asked for, in the
    colour of that state; kept for the next time."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._drawn: dict[tuple[int, int, str], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour(mode)
        key = (size.width(), size.height(), colour)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._drawn[key] = _pixmap(self.svg, colour, QSize(size))
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)),
                             mode, state)
        painter.drawPixmap(rect, pixmap)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,  # noqa: N802 - Qt API
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:
        # A copy of an icon that is changed gets its own engine, which the copy deletes; Python
        # must not collect it first (PySide keeps no reference to what clone returns).
        _clones[:] = [engine for engine in _clones if Shiboken.isValid(engine)]
        engine = LineIconEngine(self.svg)
        _clones.append(engine)
        return engine

    def key(self) -> str:
        return "LineIconEngine"


@cache
def icon(name: str) -> QIcon:
    """The named icon (a key of NAMES) in ink, white when selected, grey when disabled; an empty
    icon when its file is missing (the window still works, only plainer)."""
    path = OWN[name] if name in OWN else FOLDER / f"{NAMES[name]}.svg"
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    return QIcon(LineIconEngine(svg))
