"""The window's icons: a few line icons from Lucide (ISC licence, resources/icons/lucide/LICENSE),
drawn in the palette's colours so that they match the text beside them, also when selected."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hiring_app import palette, paths

FOLDER = paths.RESOURCES / "icons" / "lucide"
NAMES = {"roles": "briefcase-business", "candidates": "users", "interviews": "messages-square",
         "compare": "columns-3", "reports": "file-text", "keyboard": "keyboard",
         "decision": "scale", "add_person": "user-plus", "attachment": "paperclip"}
# Drawn for this app in the same line style (resources/icons/*.svg beside the Lucide folder).
OWN = {"team": paths.RESOURCES / "icons" / "team-org.svg"}
SIZES = (16, 20, 24, 32, 48)


def _pixmap(svg: str, colour: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The named icon (a key of NAMES) in ink, white when selected, grey when disabled; an empty
    icon when its file is missing (the window still works, only plainer)."""
    path = OWN[name] if name in OWN else FOLDER / f"{NAMES[name]}.svg"
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(svg, palette.INK, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(svg, palette.ON_ACCENT, size), QIcon.Mode.Selected)
        result.addPixmap(_pixmap(svg, palette.MUTED, size), QIcon.Mode.Disabled)
    return result
