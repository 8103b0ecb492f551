"""Chinese in PDFs through the bundled font, embedded so the file reads the same anywhere."""
from __future__ import annotations

import io
import subprocess
import sys

from reportlab.pdfgen import canvas

from hiring_app import paths
from hiring_app.reports.fonts import register_cjk_font


def test_bundled_font_and_licence_ship_with_the_app() -> None:
    assert paths.CJK_FONT.stat().st_size > 1_000_000
    licence = (paths.FONTS / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache" in licence


def test_chinese_text_embeds_the_font_as_a_subset() -> None:
    name = register_cjk_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pageCompression=0)
    pdf.setFont(name, 14)
    pdf.drawString(72, 720, "招聘面试助手 Hiring Assistant")
    pdf.save()
    data = buffer.getvalue()
    assert b"/FontFile2" in data  # an embedded TrueType font program
    assert b"WenQuanYiMicroHei" in data
    assert len(data) < 200_000  # a subset, not the 5 MB font


def test_emoji_and_other_scripts_print_with_the_bundled_fallback_fonts(tmp_path) -> None:
    """What the main font lacks is drawn by a bundled fallback, embedded like the main font."""
    from pypdf import PdfReader
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from hiring_app.reports.common import markup
    from hiring_app.reports.fonts import font_runs

    text = "王芳 😀👍 مرحبا ok"
    fonts = {font for font, _ in font_runs(text)}
    assert fonts == {None, "Symbola", "DejaVuSans"}
    path = tmp_path / "mixed.pdf"
    style = ParagraphStyle("x", fontName=register_cjk_font(), fontSize=12)
    SimpleDocTemplate(str(path)).build([Paragraph(markup(text), style)])
    data = path.read_bytes()
    for name in (b"WenQuanYiMicroHei", b"Symbola", b"DejaVuSans"):
        assert name in data
    extracted = PdfReader(str(path)).pages[0].extract_text()
    assert "😀" in extracted and "王芳" in extracted


def test_fallback_fonts_are_read_only_when_a_text_needs_them(tmp_path) -> None:
    """A report in Chinese, English or Spanish reads the main font only; the fallbacks are
    read (once) for the first text with a character the main font lacks. In a fresh process,
    since other tests read them."""
    from tests.helpers.fixtures import PROJECT_ROOT

    script = (
        "import io\n"
        "from hiring_app.reports import fonts\n"
        "from hiring_app.reports.common import para, styles\n"
        "from hiring_app.reports.pages import write_pdf\n"
        "s = styles('es')\n"
        "write_pdf(io.BytesIO(), [para('Señales «sí» ¿qué? 王芳，你好！— 4,4 / 5', s['body'])],"
        " 'es', 't')\n"
        "print(fonts.loaded_fallbacks())\n"
        "fonts.font_runs('مرحبا')\n"
        "print(fonts.loaded_fallbacks())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, check=True, timeout=120)
    assert done.stdout.split("\n")[:2] == ["[]", "['DejaVuSans']"]


def test_bundled_fonts_read_in_bulk_give_reportlabs_own_face() -> None:
    """The faster reading of the fonts gives what reportlab's reading gives (so PDFs keep their
    widths, glyphs and subsets), for the main font and both fallbacks."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    from hiring_app.reports.fonts import BundledFont

    for path in (paths.CJK_FONT, *paths.FALLBACK_FONTS):
        theirs = TTFontFace(str(path))
        ours = BundledFont("Bulk", str(path)).face
        for key, value in vars(theirs).items():
            if key not in ("_pdfScale", "_pos"):  # a function, and where reading stopped
                assert getattr(ours, key) == value, (path.name, key)
        assert list(ours.charToGlyph) == list(theirs.charToGlyph), path.name
        assert len(ours.charToGlyph) > 5000
