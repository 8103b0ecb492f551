"""What every PDF report shares: A4 pages in the bundled font, a footer with the page count and
a confidentiality line, paragraphs that show user text exactly as typed, and the labels several
reports use.

User text is never trusted as markup: every < > & and quote is escaped, newlines become line
breaks, characters PDF text cannot hold are dropped, and very long text is cut into several
paragraphs so a page break can fall between them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from hiring_app import palette
from hiring_app.domain.code_names import RESULT_NAMES
from hiring_app.domain.library import LANGUAGES, text_in
from hiring_app.errors import UserError
from hiring_app.reports.fonts import cover, font_runs, register_cjk_font

MARGIN = 18 * mm
CHUNK = 2_000          # a paragraph holds at most about this many characters
ACCENT = colors.HexColor(palette.ACCENT_DARK)  # the window's colours (hiring_app/palette.py)
MUTED = colors.HexColor(palette.MUTED)
BEST = colors.HexColor(palette.BEST)
RULE = colors.HexColor(palette.RULE)

_LABELS = {
    "page_of": {"zh": "第 {n} 页，共 {m} 页", "en": "Page {n} of {m}",
                "es": "Página {n} de {m}"},
    "confidential": {
        "zh": "机密——含候选人个人信息，仅限招聘团队内部使用",
        "en": "Confidential — personal data of the candidate; keep within the hiring team",
        "es": "Confidencial — datos personales del candidato; solo para el equipo de selección",
    },
    "none": {"zh": "无", "en": "None", "es": "Ninguno"},
}


# Labels several reports use.
SHARED_LABELS = {
    "role": {"zh": "岗位", "en": "Role", "es": "Puesto"},
    "chart": {"zh": "态度 / 能力矩阵", "en": "Attitude / ability matrix",
              "es": "Matriz actitud / capacidad"},
    "standard": {"zh": "标准问题", "en": "Standard question", "es": "Pregunta estándar"},
    "role_question": {"zh": "岗位问题", "en": "Role question", "es": "Pregunta del puesto"},
    "weight": {"zh": "权重", "en": "weight", "es": "peso"},
    # the same words as the Compare screen's rows, from one table
    **RESULT_NAMES,
}


def label_in(table: dict[str, dict[str, str]], key: str, language: str, **values: object) -> str:
    """A fixed label of a module's zh/en/es table, with {placeholders} filled in."""
    text = text_in(table[key], language)
    return text.format(**values) if values else text


def label(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UserError("language.unknown", language=language, choices=list(LANGUAGES))
    return language


# --- text -------------------------------------------------------------------------------------
_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")


def clean(text: object) -> str:
    """The text with Windows/Mac line ends as \\n and without characters a PDF cannot show
    (controls, lone surrogates, non-characters); tabs become spaces."""
    value = "" if text is None else str(text)
    value = _BREAKS.sub("\n", value).replace("\t", "    ")
    return cover("".join(ch for ch in value if ch == "\n" or _printable(ch)))


def _printable(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Cn"):
        return False
    return not (0xFDD0 <= ord(ch) <= 0xFDEF or (ord(ch) & 0xFFFE) == 0xFFFE)


def markup(text: object) -> str:
    """User text as safe Paragraph markup: escaped, newlines kept. A word too long for a line
    is split by reportlab (splitLongWords in every style)."""
    parts = []
    for font, run in font_runs(clean(text)):
        escaped = escape(run, {'"': "&quot;", "'": "&#39;"})
        parts.append(f'<font name="{font}">{escaped}</font>' if font else escaped)
    return "".join(parts).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """One paragraph of user text (short fields: names, labels, a line of notes)."""
    return Paragraph(markup(text), style)


def fixed(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the app's own markup (labels with <b> and the like), not user text."""
    return Paragraph(text, style)


def paras(text: object, style: ParagraphStyle) -> list[Flowable]:
    """User text of any length as paragraphs of at most CHUNK characters (one per line, long
    lines cut at a space where possible), so pages can break between them."""
    lines = clean(text).split("\n")
    out: list[Flowable] = []
    for line in lines:
        if not line.strip():
            out.append(Spacer(1, style.leading * 0.5))
            continue
        while len(line) > CHUNK:
            cut = line.rfind(" ", CHUNK // 2, CHUNK)
            cut = cut + 1 if cut != -1 else CHUNK
            out.append(para(line[:cut], style))
            line = line[cut:]
        out.append(para(line, style))
    while out and isinstance(out[-1], Spacer):
        out.pop()
    return out


def short(text: object, limit: int) -> str:
    """At most `limit` characters of user text on one line, with an ellipsis when cut."""
    value = " ".join(clean(text).split())
    return value if len(value) <= limit else value[:limit - 1].rstrip() + "…"


# --- styles -----------------------------------------------------------------------------------
@lru_cache(maxsize=3)
def styles(language: str) -> dict[str, ParagraphStyle]:
    """The report styles, all in the bundled font; Chinese wraps between any two characters."""
    font = register_cjk_font()
    wrap = "CJK" if language == "zh" else None
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.5, wordWrap=wrap,
                          bulletFontName=font, splitLongWords=True, spaceAfter=2)

    def derived(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "title": derived("title", fontSize=18, leading=24, spaceAfter=6, textColor=ACCENT),
        "h1": derived("h1", fontSize=13.5, leading=18, spaceBefore=10, spaceAfter=4,
                      textColor=ACCENT),
        "h2": derived("h2", fontSize=11, leading=15, spaceBefore=6, spaceAfter=2),
        "small": derived("small", fontSize=8, leading=10.5, textColor=MUTED),
        "cell": derived("cell", fontSize=8, leading=10.5, spaceAfter=0),
        "cell_head": derived("cell_head", fontSize=8.5, leading=11, spaceAfter=0,
                             textColor=colors.white),
        "bullet": derived("bullet", leftIndent=12, bulletIndent=2),
        "center": derived("center", fontSize=11, leading=14, alignment=1, spaceAfter=0),
    }


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose cells use the bundled font (reportlab's default is Helvetica, which
    would be referenced, though not embedded, even when every cell holds a Paragraph)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_cjk_font()), *commands])


# --- pages ------------------------------------------------------------------------------------
def _numbered_canvas(language: str) -> type[Canvas]:
    """A canvas that keeps every page until the end, then writes 'page N of M' and the
    confidentiality line on each."""
    font = register_cjk_font()
    confidential = label("confidential", language)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font  # not Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(font, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.line(MARGIN, MARGIN - 5 * mm, width - MARGIN, MARGIN - 5 * mm)
            self.drawString(MARGIN, MARGIN - 9 * mm, confidential)
            self.drawRightString(width - MARGIN, MARGIN - 9 * mm,
                                 label("page_of", language, n=number, m=total))
            self.restoreState()

    return NumberedCanvas


def page_width(wide: bool = False) -> float:
    """The width flowables may take on a page."""
    size = landscape(A4) if wide else A4
    return size[0] - 2 * MARGIN


def write_pdf(out: IO[bytes] | Path | str, story: Sequence[Flowable], language: str, title: str,
              wide: bool = False) -> None:
    """Build the PDF into `out`, a binary file open for writing (or a file name). Writing a
    file whole or not at all is the caller's: services.report_data opens it so."""
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out, pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=clean(title), author="Hiring Assistant", creator="Hiring Assistant",
        lang={"zh": "zh-CN", "en": "en", "es": "es"}[language])
    doc.build(list(story), canvasmaker=_numbered_canvas(language))


def check_data_language(data_language: str, language: str) -> str:
    """The report's language, which must be the one its data was read in (names and question
    texts in the data are already in that language)."""
    check_language(language)
    if data_language != language:
        raise ValueError(f"the report data is in '{data_language}', not '{language}'")
    return language


class UserTable(Table):
    """A table holding user text. A row that fits on a page moves to the next page whole; only
    a row taller than any page (very long notes) is split across pages, so such text never
    fails a report. The pieces keep the table's alignment, which reportlab's in-row split
    otherwise resets to centred."""

    # The body of the shortest page the reports use (A4 landscape): a row up to this tall
    # (with the header rows repeated above it) always fits on a fresh page.
    LONGEST_WHOLE_ROW = A4[0] - 2 * MARGIN - 24

    splitInRow: int  # noqa: N815 - reportlab's attribute

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        in_row, self.splitInRow = self.splitInRow, 0
        try:
            parts = super().split(availWidth, availHeight)  # between rows only
        finally:
            self.splitInRow = in_row
        head, body = self._rowHeights[:self.repeatRows], self._rowHeights[self.repeatRows:]
        if not parts and in_row and body and sum(head) + body[0] > self.LONGEST_WHOLE_ROW:
            parts = super().split(availWidth, availHeight)  # inside the row that cannot fit
        for part in parts:  # the pieces were made while in-row splitting was off
            part.hAlign, part.splitInRow = self.hAlign, in_row
        return parts
