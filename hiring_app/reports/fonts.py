"""Register the bundled CJK font with reportlab, so PDFs read the same on any computer.

WenQuanYi Micro Hei has TrueType outlines, which reportlab embeds as a subset (only the glyphs
used), unlike Noto CJK's CFF outlines.

Characters the font has no glyph for (Arabic, Hebrew, emoji...) are drawn in a bundled fallback
font; the fallbacks are read only when a text needs one (parsing them costs more than most
reports take to lay out). A character no bundled font has is drawn as the main font's "missing"
box, but keeps its own code in the PDF's ToUnicode map, so copying or searching the text still
gives the characters that were typed (reportlab alone would turn them all into code 0).

The fonts are read by a face that takes reportlab's own reading of the small tables and reads
the large ones (character map, widths, glyph locations) in bulk: reportlab reads them two bytes
per call, which took most of a second for the three fonts. The result is the same face.
"""
from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from fnmatch import fnmatch
from struct import unpack_from

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

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
        main = BundledFont(CJK_FONT_NAME, str(paths.CJK_FONT), subfontIndex=0)
        pdfmetrics.registerFont(main)
        _covered[CJK_FONT_NAME] = frozenset(main.face.charToGlyph)
    return CJK_FONT_NAME


class _BulkFace(TTFontFace):
    """reportlab's TrueType face, its character map (formats 4 and 12), widths and glyph
    locations read in bulk; any other character map is left to reportlab."""

    def extractInfo(self, charInfo=1):  # noqa: N802, N803 - reportlab's names
        cmap = _unicode_cmap(self) if charInfo else None
        if cmap is None or cmap[1] not in (4, 12):
            return super().extractInfo(charInfo)
        super().extractInfo(0)  # names, head, OS/2, post, hhea, maxp: small tables
        data = self._ttf_data
        head = self.table["head"]["offset"]
        index_to_loc, glyph_format = unpack_from(">hh", data, head + 50)
        if glyph_format != 0:
            raise ttfonts.TTFError(f"Unknown glyph data format ({glyph_format})")
        metrics = unpack_from(">H", data, self.table["hhea"]["offset"] + 34)[0]
        glyphs = self.numGlyphs
        offset, fmt = cmap
        self.charToGlyph = to_glyph = (_cmap4 if fmt == 4 else _cmap12)(data, offset)
        hmtx = self.table["hmtx"]["offset"]
        advances = _numbers("H", data, hmtx, 2 * metrics)[0::2]
        if self.unitsPerEm == 1000:
            widths = list(advances)
        else:
            per_unit = 1000 / self.unitsPerEm  # reportlab's scale, the same float operations
            widths = [aw * per_unit for aw in advances]
        widths.extend([widths[-1]] * (glyphs - metrics))
        self.defaultWidth = widths[0]
        self.charWidths = char_widths = {code: widths[glyph] for code, glyph in to_glyph.items()
                                         if glyph < glyphs}
        self._metrics = metrics
        if "loca" not in self.table:
            raise ttfonts.TTFError("missing location table")
        loca = self.table["loca"]["offset"]
        if index_to_loc == 0:
            self.glyphPos = [pos << 1 for pos in _numbers("H", data, loca, glyphs + 1)]
        elif index_to_loc == 1:
            self.glyphPos = _numbers("I", data, loca, glyphs + 1).tolist()
        else:
            raise ttfonts.TTFError(f"Unknown location table format ({index_to_loc})")
        for have, lack in ((0x20, 0xA0), (0xA0, 0x20)):
            if have in to_glyph:
                # the glyph's characters stay as the font maps them (reportlab's)
                self._alias = (lack, to_glyph.get(lack))
                to_glyph[lack] = to_glyph[have]
                char_widths[lack] = char_widths[have]
                break


    def __getattr__(self, name: str):
        """What only subsetting and shaping read, made when first read: the glyphs' own
        metrics and the characters of each glyph."""
        if name == "hmetrics":
            data, metrics = self._ttf_data, self.__dict__["_metrics"]
            hmtx = self.table["hmtx"]["offset"]
            pairs = _numbers("H", data, hmtx, 2 * metrics)
            rest = _numbers("H", data, hmtx + 4 * metrics, max(0, self.numGlyphs - metrics))
            self.hmetrics = _Metrics(pairs, rest, self._pdfScale(pairs[-2]))
            return self.hmetrics
        elif name == "glyphToChar":
            to_char: dict[int, list[int]] = {}
            alias, mapped = self.__dict__.get("_alias", (None, None))
            for code, glyph in self.charToGlyph.items():
                if code == alias:
                    if mapped is None:
                        continue
                    glyph = mapped
                to_char.setdefault(glyph, []).append(code)
            self.glyphToChar = to_char
            return to_char
        raise AttributeError(name)


def _numbers(kind: str, data: bytes, offset: int, count: int) -> array:
    """`count` big-endian unsigned numbers ("H": 16 bits, "I": 32) at `offset`, copied in one
    go (struct's unpacking of tens of thousands took several milliseconds)."""
    values = array(kind)
    if values.itemsize != {"H": 2, "I": 4}[kind]:  # a platform with other sizes
        return array(kind, unpack_from(f">{count}{'H' if kind == 'H' else 'L'}", data, offset))
    values.frombytes(data[offset:offset + count * values.itemsize])
    if sys.byteorder == "little":
        values.byteswap()
    return values


class _Metrics(Sequence):
    """The glyphs' (advance, left side bearing) as reportlab's list holds them, made per glyph
    when read: subsetting reads a few hundred of tens of thousands. Past the last full metric
    reportlab repeats the advance already scaled: kept so."""

    def __init__(self, pairs: Sequence[int], rest: Sequence[int], last: float) -> None:
        self._pairs, self._rest, self._last = pairs, rest, last
        self._full = len(pairs) // 2

    def __len__(self) -> int:
        return self._full + len(self._rest)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if 0 <= index < self._full:
            return self._pairs[2 * index], self._pairs[2 * index + 1]
        if self._full <= index < len(self):
            return self._last, self._rest[index - self._full]
        raise IndexError(index)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _unicode_cmap(face: TTFontFace) -> tuple[int, int] | None:
    """(offset, format) of the character map reportlab would choose, else None."""
    data = face._ttf_data
    if "cmap" not in face.table:
        return None
    start = face.table["cmap"]["offset"]
    version, count = unpack_from(">HH", data, start)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for n in range(count):
        platform, encoding, offset = unpack_from(">HHL", data, start + 4 + 8 * n)
        if (platform == 3 or (platform == 1 and encoding == 1)
                or (platform == 0 and encoding != 5)):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        return None
    return start + chosen, unpack_from(">H", data, start + chosen)[0]


def _cmap4(data: bytes, at: int) -> dict[int, int]:
    """A format 4 character map (segments of the Basic Multilingual Plane), as reportlab
    reads it (a glyph index past the table's end is 0)."""
    length = unpack_from(">H", data, at + 2)[0]
    limit = at + length
    count = unpack_from(">H", data, at + 6)[0] // 2
    ends = unpack_from(f">{count}H", data, at + 14)
    starts = unpack_from(f">{count}H", data, at + 16 + 2 * count)
    deltas = unpack_from(f">{count}h", data, at + 16 + 4 * count)
    ranges_at = at + 16 + 6 * count
    ranges = unpack_from(f">{count}H", data, ranges_at)
    to_glyph: dict[int, int] = {}
    for n in range(count):
        first, last, delta, rng = starts[n], ends[n], deltas[n], ranges[n]
        if rng == 0:
            to_glyph.update((code, (code + delta) & 0xFFFF) for code in range(first, last + 1))
            continue
        base = ranges_at + 2 * n + rng
        inside = max(0, min(last - first + 1, (limit - base + 1) // 2))
        read = unpack_from(f">{inside}H", data, base) if inside else ()
        for i, code in enumerate(range(first, last + 1)):
            glyph = read[i] if i < inside else 0
            to_glyph[code] = (glyph + delta) & 0xFFFF if glyph else 0
    return to_glyph


def _cmap12(data: bytes, at: int) -> dict[int, int]:
    """A format 12 character map (groups over all planes)."""
    count = unpack_from(">L", data, at + 12)[0]
    groups = unpack_from(f">{3 * count}L", data, at + 16)
    to_glyph: dict[int, int] = {}
    for n in range(0, 3 * count, 3):
        first, last, glyph = groups[n], groups[n + 1], groups[n + 2]
        to_glyph.update(zip(range(first, last + 1), range(glyph, glyph + last - first + 1)))
    return to_glyph


class BundledFont(TTFont):
    """reportlab's TTFont over the bulk-reading face (its own __init__, but for the face)."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803
        self.fontName = name
        self.face = _BulkFace(filename, validate=0, subfontIndex=subfontIndex)
        self.encoding = ttfonts.TTEncoding()
        from weakref import WeakKeyDictionary

        self.state: WeakKeyDictionary = WeakKeyDictionary()
        self._asciiReadable = ttfonts.rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)


def fallback_for(code: int) -> str | None:
    """The first fallback font with a glyph for `code`, reading fallbacks only as far as
    needed (each once); None when no bundled font has it."""
    for name, path in FALLBACKS:
        if name not in _covered:
            if not path.exists():
                _covered[name] = frozenset()
                continue
            font = BundledFont(name, str(path))
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

