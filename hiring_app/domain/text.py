"""The rules for text people type or bring in files: names and notes.

Every name (a candidate's, an interviewer's, a role's) and every free text is NFC-normalised.
A name is one line of visible text: a control character (a newline, ESC, any other C0/C1
character, a line or paragraph separator) or a character that changes the direction of the text
around it (bidi embeddings, overrides and isolates) is refused, and a name that is empty once
the characters nobody sees are taken away is refused too. A note keeps its lines and tabs; the
other control and direction characters are taken out (they show nothing, so no visible text is
lost). `printable` shows any text safely on a terminal: nothing it prints can move the cursor,
change colours or start a line of its own.
"""
from __future__ import annotations

import re
import unicodedata

# Embeddings, overrides and isolates, and the marks that flip neutral characters.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
LINE_SEPARATORS = frozenset("\u2028\u2029")
# Characters that show nothing and are no part of any script's spelling (unlike the joiners
# U+200C/U+200D): taken out of names, so two names that look the same are the same.
_ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u180e\u034f")
# Fillers that look like blank space.
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800\u3000")


class BadNameError(ValueError):
    """Why a text cannot be a name: `kind` is 'control', 'direction' or 'blank'; `char` names
    the offending character as U+XXXX ('' for 'blank')."""

    def __init__(self, kind: str, char: str = "") -> None:
        super().__init__(kind, char)
        self.kind = kind
        self.char = char


def code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def is_control(ch: str) -> bool:
    """A C0/C1 control character or a line/paragraph separator."""
    return unicodedata.category(ch) == "Cc" or ch in LINE_SEPARATORS


def is_direction(ch: str) -> bool:
    return ch in BIDI_CONTROLS


def is_tag(ch: str) -> bool:
    return 0xE0000 <= ord(ch) <= 0xE007F


def is_invisible(ch: str) -> bool:
    """Shows nothing on its own: spaces, format characters, controls, variation selectors,
    blank-looking fillers."""
    category = unicodedata.category(ch)
    return (category in ("Cc", "Cf", "Zs", "Zl", "Zp") or ch in _BLANK_LOOKING
            or ch in _ZERO_WIDTH or 0xFE00 <= ord(ch) <= 0xFE0F
            or 0xE0100 <= ord(ch) <= 0xE01EF or is_tag(ch))


def clean_name(value: str | None) -> str:
    """The name as stored: NFC, invisible zero-width characters taken out, blanks around it
    trimmed. Raises BadNameError for a control or direction character, or for a name with
    nothing visible ('' and None included: the caller says a name is missing)."""
    text = unicodedata.normalize("NFC", value or "")
    for ch in text:
        if is_control(ch):
            raise BadNameError("control", code_point(ch))
        if is_direction(ch):
            raise BadNameError("direction", code_point(ch))
    text = "".join(ch for ch in text if ch not in _ZERO_WIDTH and not is_tag(ch)).strip()
    if not text:
        raise BadNameError("blank")
    if all(is_invisible(ch) or unicodedata.category(ch) in ("Mn", "Me") for ch in text):
        raise BadNameError("blank")
    return text


def clean_note(value: str, multiline: bool = True) -> str:
    """A free text as stored: NFC; line breaks (\\r\\n, \\r, U+2028/2029, NEL) become \\n and
    tabs stay in a multi-line text (both become spaces in a one-line text); every other control
    or direction character is taken out."""
    text = unicodedata.normalize("NFC", value)
    text = text.replace("\r\n", "\n")
    out = []
    for ch in text:
        if ch in "\r\u2028\u2029\x85\n":
            out.append("\n" if multiline else " ")
        elif ch == "\t":
            out.append("\t" if multiline else " ")
        elif is_control(ch) or is_direction(ch) or is_tag(ch):
            continue
        else:
            out.append(ch)
    return "".join(out)


def clean_line(value: str | None) -> str | None:
    """A one-line text that is not a name (a phone number, an e-mail): clean_note on one line,
    trimmed; None when nothing is left."""
    if value is None:
        return None
    text = clean_note(value, multiline=False).strip()
    return text or None


def _unprintable(keep_newlines: bool) -> re.Pattern[str]:
    """Every character `printable` spells out (C0/C1 controls but the tab, and the newline
    unless kept; line separators; direction characters)."""
    if keep_newlines not in _UNPRINTABLE:
        kept = "\t\n" if keep_newlines else "\t"
        chars = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in kept]
        _UNPRINTABLE[keep_newlines] = re.compile(
            "[" + re.escape("".join(chars) + "".join(LINE_SEPARATORS | BIDI_CONTROLS)) + "]")
    return _UNPRINTABLE[keep_newlines]


_UNPRINTABLE: dict[bool, re.Pattern[str]] = {}


def printable(text: str, keep_newlines: bool = False) -> str:
    """`text` safe to print on a terminal: every control character (newlines too unless
    `keep_newlines`; tabs stay) and every direction character shown as \\uXXXX, so the output
    cannot move the cursor, colour itself, reorder itself or forge a line."""
    if not _unprintable(keep_newlines).search(text):  # the usual text: nothing to spell out
        return text
    out = []
    for ch in text:
        if ch == "\t" or (ch == "\n" and keep_newlines):
            out.append(ch)
        elif is_control(ch) or is_direction(ch):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)
