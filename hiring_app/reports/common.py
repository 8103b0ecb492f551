"""What every PDF report shares: the styles (one font; headings that stay with what follows),
paragraphs and table cells that show user text exactly as typed and break Chinese lines by the
rules (reports/typography.py), and the labels several reports use. The pages themselves (footer,
running header, bookmarks, metadata) are reports/pages.py.

User text is never trusted as markup: every < > & and quote is escaped, newlines become line
breaks, characters PDF text cannot hold are dropped, and very long text is cut into several
paragraphs so a page break can fall between them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hiring_app import palette
from hiring_app.domain.code_names import RESULT_NAMES
from hiring_app.domain.library import LANGUAGES, text_in
from hiring_app.errors import UserError
from hiring_app.reports import typography
from hiring_app.reports.fonts import cover, font_runs, register_cjk_font

MARGIN = 18 * mm
CHUNK = 2_000          # a paragraph holds at most about this many characters
ACCENT = colors.HexColor(palette.ACCENT_DARK)  # the window's colours (hiring_app/palette.py)
MUTED = colors.HexColor(palette.MUTED)
BEST = colors.HexColor(palette.BEST)
RULE = colors.HexColor(palette.RULE)
INK = colors.HexColor(palette.INK)
SURFACE = colors.HexColor(palette.SURFACE)
WARNING = colors.HexColor(palette.WARNING)
NOTICE = colors.HexColor(palette.NOTICE)

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
    if value.replace("\n", "").isprintable():  # no control, surrogate or unassigned code: kept
        return cover(value)
    return cover("".join(ch for ch in value if ch == "\n" or _printable(ch)))


def _printable(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Cn"):
        return False
    return not (0xFDD0 <= ord(ch) <= 0xFDEF or (ord(ch) & 0xFFFE) == 0xFFFE)


# xml.sax.saxutils.escape(text, {'"': "&quot;", "'": "&#39;"}) in one pass, without importing
# xml.sax (which imports urllib, http and ssl).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def markup(text: object) -> str:
    """User text as safe Paragraph markup: escaped, newlines kept. A word too long for a line
    is split by reportlab (splitLongWords in every style)."""
    parts = []
    for font, run in font_runs(clean(text)):
        escaped = run.translate(_ESCAPES)
        parts.append(f'<font name="{font}">{escaped}</font>' if font else escaped)
    return "".join(parts).replace("\n", "<br/>")


class ReportParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width: a table measures its cells, keeps
    and sections measure what follows them, then the frame wraps it again, each time at the
    same width (reportlab breaks the lines anew every time)."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab's names
        key = tuple(maxWidths) if isinstance(maxWidths, (list, tuple)) else (maxWidths,)
        known = self.__dict__.get("_lines_at")
        if known is not None and known[0] == key and not getattr(self, "_splitpara", 0):
            self.height = 0  # as reportlab's own breaking leaves it, until wrap() measures
            return known[1]
        lines = super().breakLinesCJK(maxWidths)
        self._lines_at = (key, lines)
        return lines


# A style's one fragment of plain text, as reportlab's markup parser makes it (the style's font,
# size and colour), by style.
_PLAIN: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of `text`; text without markup (most of a report) is given as the one
    fragment the parser would make of it, without running the parser."""
    if "<" in text or "&" in text:
        return ReportParagraph(text, style)
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return ReportParagraph(text, style)
    template = _PLAIN.get(style)
    if template is None:
        template = _PLAIN[style] = ReportParagraph("x", style).frags[0]
    frags = [template.clone(text=cleaned, link=[], us_lines=[])]
    textTransformFrags(frags, style)
    return ReportParagraph(cleaned, style, frags=frags)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """One paragraph of user text (short fields: names, labels, a line of notes)."""
    return _paragraph(markup(text), style)


def fixed(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the app's own markup (labels with <b> and the like), not user text."""
    return _paragraph(text, style)


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


def ellipsis(language: str | None) -> str:
    """The mark for text cut short: "…" in Chinese; three full stops in Latin text, where the
    font's "…" sits in the middle of the line like a Chinese one."""
    return "…" if language in (None, "zh") else "..."


def short(text: object, limit: int, language: str | None = None) -> str:
    """At most about `limit` characters of user text on one line, with an ellipsis when cut
    (at a space where one is near, so Latin words stay whole)."""
    value = " ".join(clean(text).split())
    if len(value) <= limit:
        return value
    cut = value[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:，、；：") + ellipsis(language)


def short_lines(text: object, limit: int, language: str | None = None) -> str:
    """Like short(), but keeping the text's own line breaks (one part per line)."""
    kept: list[str] = []
    left = limit
    for line in clean(text).split("\n"):
        if not line.strip():
            continue
        if left <= 0:
            kept[-1] = kept[-1].rstrip(".…") + ellipsis(language)
            break
        kept.append(short(line, max(left, 8), language))
        left -= len(kept[-1])
    return "\n".join(kept)


# --- styles -----------------------------------------------------------------------------------
# The sizes of headings, and of nothing else: tests find a heading in a PDF by its size.
TITLE_SIZE, H1_SIZE, H2_SIZE, H3_SIZE = 18.0, 13.5, 11.0, 10.0
HEADING_SIZES = (TITLE_SIZE, H1_SIZE, H2_SIZE, H3_SIZE)


@lru_cache(maxsize=3)
def styles(language: str) -> dict[str, ParagraphStyle]:
    """The report styles, all in the bundled font. Chinese wraps between any two characters, by
    the line-breaking rules (typography.install), in paragraphs and table cells alike."""
    typography.install()
    font = register_cjk_font()
    wrap = "CJK" if language == "zh" else None
    ink = INK
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.5, wordWrap=wrap,
                          bulletFontName=font, splitLongWords=True, spaceAfter=2,
                          textColor=ink)

    def derived(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "title": derived("title", fontSize=TITLE_SIZE, leading=23, spaceAfter=2,
                         textColor=ACCENT),
        "h1": derived("h1", fontSize=H1_SIZE, leading=18, spaceBefore=10, spaceAfter=4,
                      textColor=ACCENT),
        "h2": derived("h2", fontSize=H2_SIZE, leading=15, spaceBefore=6, spaceAfter=2),
        "h3": derived("h3", fontSize=H3_SIZE, leading=13.5, spaceBefore=5, spaceAfter=1,
                      textColor=ACCENT),
        "kicker": derived("kicker", fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=0),
        "small": derived("small", fontSize=8, leading=10.5, textColor=MUTED),
        "tiny": derived("tiny", fontSize=7, leading=9, textColor=MUTED, spaceAfter=0),
        "cell": derived("cell", fontSize=8, leading=10.5, spaceAfter=0),
        "cell_muted": derived("cell_muted", fontSize=8, leading=10.5, spaceAfter=0,
                              textColor=MUTED),
        "cell_center": derived("cell_center", fontSize=8, leading=10.5, spaceAfter=0,
                               alignment=1),
        "cell_head": derived("cell_head", fontSize=8.5, leading=11, spaceAfter=0,
                             textColor=colors.white),
        "cell_head_small": derived("cell_head_small", fontSize=7.5, leading=9.5, spaceAfter=0,
                                   textColor=colors.white),
        "cell_head_center": derived("cell_head_center", fontSize=8.5, leading=11,
                                    spaceAfter=0, textColor=colors.white, alignment=1),
        "label": derived("label", fontSize=8, leading=12.5, spaceAfter=0, textColor=MUTED),
        "value": derived("value", fontSize=9.5, leading=12.5, spaceAfter=0),
        "warning": derived("warning", fontSize=8, leading=10.5, spaceAfter=0,
                           textColor=WARNING),
        "big": derived("big", fontSize=15, leading=19, spaceAfter=1),
        "bullet": derived("bullet", leftIndent=12, bulletIndent=2),
        "key": derived("key", fontSize=10.5, leading=13, spaceAfter=0, textColor=ACCENT),
        "center": derived("center", fontSize=10.5, leading=13, alignment=1, spaceAfter=0),
    }


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose cells use the bundled font (reportlab's default is Helvetica, which
    would be referenced, though not embedded, even when every cell holds a Paragraph)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_cjk_font()), *commands])


def page_width(wide: bool = False) -> float:
    """The width flowables may take on a page."""
    size = landscape(A4) if wide else A4
    return size[0] - 2 * MARGIN


def check_data_language(data_language: str, language: str) -> str:
    """The report's language, which must be the one its data was read in (names and question
    texts in the data are already in that language)."""
    check_language(language)
    if data_language != language:
        raise ValueError(f"the report data is in '{data_language}', not '{language}'")
    return language


# --- headings that stay with what follows -----------------------------------------------------
def heading(text: str, style: ParagraphStyle, outline: int | None = None,
            user_text: bool = True) -> Paragraph:
    """A heading; `outline` is its level among the PDF's bookmarks (None: not bookmarked)."""
    paragraph = para(text, style) if user_text else fixed(text, style)
    if outline is not None:
        paragraph.outline = (" ".join(clean(text).split()), outline)
    return paragraph


def _wrap(flowable: Flowable, width: float, height: float, canv=None) -> tuple[float, float]:
    """wrap(), on the canvas being drawn when there is one (kept-together blocks need it)."""
    if canv is not None:
        return flowable.wrapOn(canv, width, height)
    return flowable.wrap(width, height)


PAGE_BODY = A4[1] - 2 * MARGIN - 4 * mm  # the height of a portrait page's text frame
SAFETY = 6  # points of doubt in a height measured ahead of placing (spacing merged, rounding)


def start_height(flowable: Flowable, width: float, lines: int = 3, canv=None,
                 page: float = PAGE_BODY) -> float:
    """How tall the start of `flowable` is: what must follow a heading on its page (a table's
    header and first two rows, a paragraph's first lines, a block whole unless it is taller
    than a `page`, when the start of its first part)."""
    if isinstance(flowable, Table):
        return _table_start(flowable, width, flowable.repeatRows + 2, canv)
    if isinstance(flowable, Paragraph):
        _, height = _wrap(flowable, width, 1e6, canv)
        return min(height, lines * flowable.style.leading)
    if isinstance(flowable, KeepTogether):
        content = flowable._content
        total = full_height(flowable, width, canv=canv)
        if total <= page:
            return total
        first = [f for f in content if not isinstance(f, CondPageBreak)][:2]
        return sum(start_height(f, width, canv=canv, page=page) for f in first)
    return _wrap(flowable, width, 1e6, canv)[1]


def _table_start(table: Table, width: float, rows: int, canv=None) -> float:
    """The height of a table's first `rows` rows, measured from their cells alone (wrapping a
    long table whole to learn it would cost as much as laying it out)."""
    widths = list(table._argW)
    if any(not isinstance(w, (int, float)) for w in widths):
        _wrap(table, width, 1e6, canv)
        return float(sum(table._rowHeights[:rows]))
    total = 0.0
    for row in table._cellvalues[:rows]:
        tallest = 0.0
        for cell, column_width in zip(row, widths):
            items = cell if isinstance(cell, (list, tuple)) else [cell]
            height = 0.0
            for item in items:
                if isinstance(item, Flowable):
                    height += _wrap(item, column_width - 6, 1e6, canv)[1]
                elif item:
                    height += 10.5 * (str(item).count("\n") + 1)
            tallest = max(tallest, height)
        total += tallest + 6  # the cell's padding, above and below
    return total


class Block(KeepTogether):
    """Flowables kept on one page: moved to the next page whole when they do not fit here. A
    block taller than any page is not moved (that would only leave space blank): it starts
    where it is, its heading kept with the lines after it, and runs on."""

    def split(self, aW, aH):  # noqa: N803 - reportlab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        page = frame._height if frame is not None else PAGE_BODY
        if self._H > page:
            content = list(self._content)
            return [KeepWithStart(content[:1], content[1:2]), *content]
        return super().split(aW, aH)


class KeepWithStart(CondPageBreak):
    """Placed before headings: moves them to the next page unless they fit on this one with the
    start of what follows them, so no page ends with a heading. At the top of a page it does
    nothing (a page break there would only leave a page empty)."""

    def __init__(self, headings: list[Flowable], body: Flowable | list[Flowable],
                 extra: float = 0) -> None:
        super().__init__(0)
        if isinstance(body, list):
            body = body[0] if body else None
        self.headings, self.body, self.extra = headings, body, extra

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        canv = getattr(self, "canv", None)
        frame = self._doctemplateAttr("frame")
        page = frame._height if frame is not None else PAGE_BODY
        needed = sum(full_height(item, availWidth, availHeight, canv) for item in self.headings)
        start = start_height(self.body, availWidth, canv=canv, page=page) if self.body else 0
        if self.extra:
            start = min(start + self.extra, full_height(self.body, availWidth, canv=canv)
                        if self.body else 0)
        needed += start + SAFETY
        if frame is not None and needed > availHeight and not getattr(frame, "_atTop", 0):
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(FrameBreak)
        return 0, 0


def section(headings: Flowable | list[Flowable], body: Flowable | list[Flowable],
            extra: float = 0) -> list:
    """Headings followed by a body, the headings never left alone at the foot of a page (nor
    with less than `extra` points more of the body below them)."""
    heads = headings if isinstance(headings, list) else [headings]
    items = body if isinstance(body, list) else [body]
    if not items:
        return list(heads)
    return [KeepWithStart(heads, items[0], extra), *heads, *items]


def full_height(flowable: Flowable, width: float, height: float = 1e6, canv=None) -> float:
    """The height `flowable` takes whole (a kept-together block included)."""
    if isinstance(flowable, KeepTogether):
        _wrap(flowable, width, height, canv)
        return float(flowable._H)
    return float(_wrap(flowable, width, height, canv)[1] + flowable.getSpaceBefore()
                 + flowable.getSpaceAfter())


# --- tables -----------------------------------------------------------------------------------
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


def facts_table(rows: list[tuple[str, object]], language: str, width: float,
                label_share: float = 0.26) -> Table:
    """Label / value rows (values are user text, or flowables), the labels on a quiet band and
    both on one baseline."""
    s = styles(language)
    cells = [[para(k, s["label"]), v if isinstance(v, (Flowable, list)) else para(v, s["value"])]
             for k, v in rows]
    table = UserTable(cells, colWidths=[width * label_share, width * (1 - label_share)],
                      hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (0, -1), 3.2),  # the label's baseline on the value's
        ("BACKGROUND", (0, 0), (0, -1), SURFACE),
    ))
    return table


def text_width(texts: list[str], style: ParagraphStyle, padding: float = 7) -> float:
    """The width a column needs to show each of `texts` on one line in `style`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max((stringWidth(t, style.fontName, style.fontSize) for t in texts), default=0) \
        + padding


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def colon(language: str) -> str:
    return "：" if language == "zh" else ": "


def in_brackets(text: str, language: str) -> str:
    """" (text)" in Latin text, "（text）" in Chinese."""
    return f"（{text}）" if language == "zh" else f" ({text})"


def list_separator(language: str) -> str:
    return "、" if language == "zh" else ", "
