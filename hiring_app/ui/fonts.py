"""Bring our own CJK font, so Chinese renders on a system that has none installed."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hiring_app import paths

CJK_FAMILY = "WenQuanYi Micro Hei"


def register_bundled_fonts(app: QApplication) -> list[str]:
    """Register the bundled font and make it the fallback for every glyph the system lacks."""
    font_id = QFontDatabase.addApplicationFont(str(paths.CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if CJK_FAMILY in families:
        font = QFont(app.font())
        system_family = font.family()
        font.setFamilies([system_family, CJK_FAMILY] if system_family != CJK_FAMILY else [CJK_FAMILY])
        app.setFont(font)
    return families
