"""The pages of every report: A4 (portrait or landscape) in the bundled font; a footer with the
confidentiality line, the day the report was made and "page x of y"; a running header when the
report has one (a loose page still says whose it is); bookmarks for the headings that carry an
outline level; and the document's metadata (title, author, subject, language) as one clean
line each.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from hiring_app.domain.text import is_control, is_direction, is_tag
from hiring_app.reports import formats
from hiring_app.reports.common import MARGIN, MUTED, RULE, clean, label, label_in
from hiring_app.reports.fonts import register_cjk_font

APP = "Hiring Assistant 招聘面试助手"
_LABELS = {
    "made_on": {"zh": "生成于 {day}", "en": "Made on {day}", "es": "Generado el {day}"},
}


@dataclass(frozen=True)
class Header:
    """The running header: `left` and `right` texts (`right` may be blank lines to write on),
    from page `first_page` on."""

    left: str
    right: str = ""
    first_page: int = 1


def meta_text(text: object) -> str:
    """A metadata field as one clean line: no control, direction or tag characters (they would
    reorder or break the viewer's title bar), white space collapsed."""
    value = unicodedata.normalize("NFC", "" if text is None else str(text))
    kept = "".join(" " if is_control(ch) or ch.isspace() else ch for ch in value
                   if not (is_direction(ch) or is_tag(ch)
                           or unicodedata.category(ch) in ("Cs", "Co", "Cn")))
    return " ".join(kept.split())


def _canvas_class(language: str, header: Header | None, made_on: str):
    """A canvas that keeps every page until the end, then writes the footer ("page N of M")
    and the running header on each, and places the bookmarks on the pages they belong to."""
    font = register_cjk_font()
    confidential = label("confidential", language)
    made = label_in(_LABELS, "made_on", language, day=made_on)

    class ReportCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font  # not Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._marks: list[tuple[str, str, int, float]] = []

        def mark(self, title: str, level: int, top: float) -> None:
            """A bookmark to this page at height `top`, added when the page is written."""
            self._marks.append((f"h{len(self._pages)}_{len(self._marks)}", title, level, top))

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            level = -1
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                for key, title, wanted, top in state["_marks"]:
                    level = min(wanted, level + 1)  # an outline goes one level down at a time
                    self.bookmarkHorizontalAbsolute(key, top)
                    self.addOutlineEntry(title, key, level=level, closed=level > 0)
                self._decorate(number, total)
                super().showPage()
            if level >= 0:
                self.showOutline()  # the viewer opens with the bookmarks in view
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(font, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, MARGIN - 5 * mm, width - MARGIN, MARGIN - 5 * mm)
            self.drawString(MARGIN, MARGIN - 9 * mm, confidential)
            self.drawRightString(width - MARGIN, MARGIN - 9 * mm,
                                 f"{made}    " + label("page_of", language, n=number, m=total))
            if header is not None and number >= header.first_page:
                top = height - MARGIN + 5 * mm
                room = width - 2 * MARGIN - stringWidth(header.right, font, 7.5) - 12
                self.drawString(MARGIN, top, _fitted(header.left, font, 7.5, room))
                self.drawRightString(width - MARGIN, top, header.right)
                self.line(MARGIN, top - 2.2 * mm, width - MARGIN, top - 2.2 * mm)
            self.restoreState()

    return ReportCanvas


def _fitted(text: str, font: str, size: float, room: float) -> str:
    """`text` cut (with an ellipsis) to at most `room` points wide."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


class ReportDocument(SimpleDocTemplate):
    """Bookmarks every heading made with common.heading(..., outline=level)."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        outline = getattr(flowable, "outline", None)
        if outline and hasattr(self.canv, "mark"):
            title, level = outline
            top = self.frame._y + getattr(flowable, "height", 0) + 6
            self.canv.mark(meta_text(title)[:200], level, top)


def write_pdf(out: IO[bytes] | Path | str, story: Sequence[Flowable], language: str, title: str,
              subject: str = "", wide: bool = False, header: Header | None = None,
              keywords: Sequence[str] = ()) -> None:
    """Build the PDF into `out`, a binary file open for writing (or a file name). Writing a
    file whole or not at all is the caller's: services.report_data opens it so."""
    made_on = formats.day(date.today(), language)
    doc = ReportDocument(
        str(out) if isinstance(out, Path) else out, pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=meta_text(title), author=APP, creator=APP, subject=meta_text(subject),
        keywords=[meta_text(k) for k in keywords if meta_text(k)],
        lang={"zh": "zh-CN", "en": "en", "es": "es"}[language], displayDocTitle=True,
        initialFontName=register_cjk_font())
    doc.build(list(story), canvasmaker=_canvas_class(language, header, made_on))


def clean_header(text: str) -> str:
    """User text for the running header: one line."""
    return " ".join(clean(text).split())
