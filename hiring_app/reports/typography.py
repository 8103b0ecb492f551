"""Chinese line breaking (禁则, kinsoku) for every paragraph and table cell of the reports.

reportlab wraps Chinese between any two characters ("wordWrap='CJK'") but its list of characters
that may not begin a line lacks the full-width ，：；？！ and the closing quotes ” ’, and it keeps
only one such character from a line start by letting it hang into the margin. Here the rule is
applied fully: a line never begins with closing punctuation and never ends with an opening
bracket or quote; the characters before the break move to the next line instead (as Chinese
typesetting does when it pushes a break back), and only a line that could not break anywhere
else lets its punctuation hang. install() puts this splitter in place of reportlab's own (the
one CJK splitter every Paragraph with wordWrap='CJK' calls).
"""
from __future__ import annotations

from functools import lru_cache
from unicodedata import category

# Closing punctuation, stops and marks that belong to the character before them.
CANNOT_START = frozenset(
    "，。、：；？！）］｝」』】〕〉》〗〙〛”’…‥・·％‰℃°′″"
    "ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻"
    "!%),.:;?]}")
# Opening brackets and quotes, which belong to the character after them.
CANNOT_END = frozenset("（［｛「『【〔〈《〖〘〚“‘([{")


def _latin(ch: str) -> bool:
    return ord(ch) < 0x3000 and (ch.isalnum() or ch in "'-")


def break_point(chars: str, start: int, overflow: int) -> int:
    """Where the next line starts, when the line starting at `start` overflows at index
    `overflow` (the first character that does not fit): just before it, moved back past a
    Latin word or to obey the line-start and line-end rules; never back to `start` itself."""
    cut = first = _word_start(chars, start, overflow)
    while cut > start + 1 and _bad_break(chars, cut):
        cut -= 1
    if cut != first:
        cut = _word_start(chars, start, cut)
    if _bad_break(chars, cut):
        # nowhere to break before: let the punctuation hang at the end of this line instead
        cut = first
        while cut < len(chars) and chars[cut] in CANNOT_START:
            cut += 1
    while cut < len(chars) and chars[cut] == " ":  # spaces end a line, never start one
        cut += 1
    return cut


# A number and its unit of date or count stay on one line: 2026年10月3日, 3 题, 5 分.
_AFTER_DIGITS = frozenset("年月日号时分秒点岁题项位份次个元")


def _bad_break(chars: str, cut: int) -> bool:
    before, after = chars[cut - 1], chars[cut]
    return (after in CANNOT_START or before in CANNOT_END
            or (before.isdigit() and (after.isdigit() or after in _AFTER_DIGITS or after in ".,"))
            or (before in ".,年月" and after.isdigit()))


def _word_start(chars: str, start: int, cut: int) -> int:
    """`cut`, or the start of the Latin word `cut` falls in (when the line keeps something
    before that word)."""
    if not (_latin(chars[cut]) and _latin(chars[cut - 1])):
        return cut
    back = cut
    while back > start and _latin(chars[back - 1]):
        back -= 1
    return back if back > start else cut


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):  # noqa: N803 - reportlab's
    """reportlab.platypus.paragraph.cjkFragSplit with the whole line-breaking rule."""
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    units: list = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        if text and not hasattr(frag, "cbDefn"):
            table, default = _widths(frag.fontName)
            scale = frag.fontSize * 0.001
            for ch in text:  # reportlab's cjkU, its width read from the font's table
                unit = str.__new__(cjkU, ch)
                unit._frag, unit._width = frag, table.get(ord(ch), default) * scale
                units.append(unit)
        elif text:
            units.extend(cjkU(ch, frag, encoding) for ch in text)
        else:
            units.append(cjkU(text, frag, encoding))
    chars = "".join(u if len(u) == 1 else "\x00" for u in units)
    lines = []
    start = 0
    index = 0
    used = 0.0
    max_width = maxWidths[0]

    def width(unit) -> float:
        value = unit.width
        if hasattr(value, "normalizedValue"):
            value._normalizer = max_width
            value = value.normalizedValue(max_width)
        return value

    while index < len(units):
        unit = units[index]
        used += width(unit)
        line_break = hasattr(unit.frag, "lineBreak")
        if line_break or (used > max_width + 1e-8 and used > 0 and index > start):
            end = index + 1 if line_break else break_point(chars, start, index)
            taken = sum(width(u) for u in units[start:end])
            lines.append(makeCJKParaLine(units[start:end], max_width, taken, max_width - taken,
                                         line_break, calcBounds))
            max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
            start = index = end
            used = 0.0
            continue
        index += 1
    if start < len(units):
        taken = sum(width(u) for u in units[start:])
        lines.append(makeCJKParaLine(units[start:], max_width, taken, max_width - taken, False,
                                     calcBounds))
    return ParaLines(kind=1, lines=lines)


def word_split(text: str, maxWidths, fontName, fontSize, encoding="utf8"):  # noqa: N803
    """reportlab.lib.textsplit.wordSplit (the splitter of a CJK paragraph in one font and
    style) with the whole line-breaking rule: [(unused width, line text), ...]."""
    if isinstance(text, bytes):
        text = text.decode(encoding)
    allowed = maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths]
    table, default = _widths(fontName)
    scale = fontSize * 0.001
    widths = [table.get(ord(ch), default) * scale for ch in text]
    lines: list[list] = []
    start = index = 0
    used = 0.0
    while index < len(text):
        max_width = allowed[min(len(lines), len(allowed) - 1)]
        used += widths[index]
        if used > max_width + 1e-8 and index > start:
            end = break_point(text, start, index)
            taken = sum(widths[start:end])
            lines.append([max_width - taken, text[start:end]])
            start = index = end
            used = 0.0
            continue
        index += 1
    if start < len(text) or not lines:
        max_width = allowed[min(len(lines), len(allowed) - 1)]
        lines.append([max_width - sum(widths[start:]), text[start:]])
    return lines


@lru_cache(maxsize=16)
def _widths(font_name: str) -> tuple[dict[int, float], float]:
    """A font's character widths (per 1000 units of size) and its default width."""
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

    face = getattr(getFont(font_name), "face", None)
    if face is not None and hasattr(face, "charWidths"):
        return face.charWidths, face.defaultWidth
    return {code: stringWidth(chr(code), font_name, 1000) for code in range(32, 256)}, 500.0


def install() -> None:
    """Use these splitters for every CJK-wrapped paragraph (idempotent): cjk_frag_split for
    text in several fonts or styles, word_split for text in one."""
    from reportlab.platypus import paragraph

    paragraph.cjkFragSplit = cjk_frag_split
    paragraph.wordSplit = word_split


def starts_badly(line: str) -> bool:
    """Whether a line of text begins with a character that may not begin a line."""
    text = line.lstrip()
    return bool(text) and text[0] in CANNOT_START and category(text[0]).startswith("P")
