"""Register the bundled CJK font with reportlab, so PDFs read the same on any computer.

WenQuanYi Micro Hei has TrueType outlines, which reportlab embeds as a subset (only the glyphs
used), unlike Noto CJK's CFF outlines.

Characters the font has no glyph for (Arabic, Hebrew, emoji...) are drawn in a bundled fallback
font; the fallbacks are read only when a text needs one (parsing them costs more than most
reports take to lay out). A character no bundled font has is drawn as the main font's "missing"
box, but keeps its own code in the PDF's ToUnicode map, so copying or searching the text still
gives the characters that were typed (reportlab alone would turn them all into code 0).
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from hiring_app import paths

CJK_FONT_NAME = "WenQuanYiMicroHei"
_NOTDEF = 0
# Fonts for what the main font lacks, tried in order: other scripts (Arabic, Hebrew...), then
# emoji and symbols (monochrome). Both TrueType, bundled with their licences.
FALLBACKS = tuple(zip(("DejaVuSans", "Symbola"), paths.FALLBACK_FONTS, strict=True))
_covered: dict[str, frozenset[int]] = {}


def register_cjk_font() -> str:
    """Register once; return the reportlab font name to use for every text."""
    if CJK_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        main = TTFont(CJK_FONT_NAME, str(paths.CJK_FONT), subfontIndex=0)
        pdfmetrics.registerFont(main)
        _covered[CJK_FONT_NAME] = frozenset(main.face.charToGlyph)
    return CJK_FONT_NAME


def fallback_for(code: int) -> str | None:
    """The first fallback font with a glyph for `code`, reading fallbacks only as far as
    needed (each once); None when no bundled font has it."""
    for name, path in FALLBACKS:
        if name not in _covered:
            if not path.exists():
                _covered[name] = frozenset()
                continue
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _covered[name] = frozenset(font.face.charToGlyph)
        if code in _covered[name]:
            return name
    return None


def loaded_fallbacks() -> list[str]:
    """The fallback fonts read so far (for tests and the benchmark)."""
    return [name for name, _ in FALLBACKS if name in _covered]


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """`text` cut into runs by the font that has its glyphs: None for the main font (and for
    characters no bundled font has), else a fallback font's name."""
    register_cjk_font()
    main = _covered[CJK_FONT_NAME]
    runs: list[tuple[str | None, str]] = []
    for ch in text:
        code = ord(ch)
        font = None
        if code not in main and not ch.isspace():
            font = fallback_for(code)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def cover(text: str) -> str:
    """Give every character of `text` the font lacks its own code (drawn as the missing-glyph
    box), so it survives text extraction; returns the text unchanged."""
    face = pdfmetrics.getFont(register_cjk_font()).face
    glyphs = face.charToGlyph
    for code in {ord(ch) for ch in text}:
        if code not in glyphs:
            glyphs[code] = _NOTDEF
    return text


def _utf16_hex(code: int) -> str:
    """A character as the UTF-16BE hex digits a ToUnicode map wants (a pair beyond U+FFFF)."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF format requires (reportlab writes five hex digits)."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        "<< /Registry (%s)" % fontname,
        "/Ordering (%s)" % fontname,
        "/Supplement 0",
        ">> def",
        "/CMapName /%s def" % fontname,
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1),
        "endcodespacerange",
        "%d beginbfchar" % len(subset),
        *("<%02X> <%s>" % (i, _utf16_hex(v)) for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])

