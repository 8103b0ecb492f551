"""Draw the app icon (resources/icons/): the 2x2 screening matrix, the "hire first" square lit,
on the app's teal. Run once when the design changes:

    uv run python -m tests.tools.make_icon

Writes hiring-app.png (256 px, the window icon; PyInstaller turns it into .icns on macOS) and
hiring-app.ico (16-256 px, Windows)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 - reportlab's dependency
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen  # noqa: E402

from hiring_app import paths  # noqa: E402

SIZE = 256


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    gradient = QLinearGradient(0, 0, 0, size)
    gradient.setColorAt(0, QColor("#1f7a8c"))
    gradient.setColorAt(1, QColor("#135466"))
    p.setBrush(gradient)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 52 * s, 52 * s)
    tile, gap, left, top = 78 * s, 12 * s, 44 * s, 44 * s
    for row in range(2):
        for col in range(2):
            lit = row == 0 and col == 1  # good attitude + strong ability: hire first
            p.setBrush(QColor("#7bd389") if lit else QColor(255, 255, 255, 70))
            p.drawRoundedRect(QRectF(left + col * (tile + gap), top + row * (tile + gap),
                                     tile, tile), 16 * s, 16 * s)
    pen = QPen(QColor("#0f3d2a"), 12 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    x0, y0 = left + tile + gap, top
    p.drawPolyline([QRectF(x0 + 18 * s, y0 + 40 * s, 0, 0).topLeft(),
                    QRectF(x0 + 34 * s, y0 + 56 * s, 0, 0).topLeft(),
                    QRectF(x0 + 60 * s, y0 + 24 * s, 0, 0).topLeft()])
    p.end()
    return image


def main() -> None:
    QGuiApplication([])
    folder = paths.RESOURCES / "icons"
    folder.mkdir(exist_ok=True)
    png = folder / "hiring-app.png"
    draw().save(str(png))
    Image.open(png).save(folder / "hiring-app.ico",
                         sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    print(f"wrote {png} and hiring-app.ico")


if __name__ == "__main__":
    main()
