"""Register the bundled CJK font with reportlab, so PDFs read the same on any computer.

WenQuanYi Micro Hei has TrueType outlines, which reportlab embeds as a subset (only the glyphs
used), unlike Noto CJK's CFF outlines.
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hiring_app import paths

CJK_FONT_NAME = "WenQuanYiMicroHei"


def register_cjk_font() -> str:
    """Register once; return the reportlab font name to use for every text."""
    if CJK_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(paths.CJK_FONT), subfontIndex=0))
    return CJK_FONT_NAME
