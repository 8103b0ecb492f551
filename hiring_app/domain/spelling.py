"""How a name or a label is spelled out for sorting and searching, as Chinese users expect:
a Chinese character by its pinyin (李明 sorts under L, between 李娜 and 刘洋, and is found by
"lm", "liming", "li ming" or "LiMing"), any other letter by itself, without case or accents
("Ana López" sorts under A and is found by "lopez").

The rules live here, with no library: the readings of each Chinese character (pinyin with the
tone as a trailing digit, the usual reading first) come from pypinyin through
`hiring_app/services/pinyin.py`. A text is spelled once, when a list loads; each keystroke then
matches one compiled pattern against the spelled-out text.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# A Chinese character with its readings ("li3"; the usual one first), or a run of other text
# with no readings.
Piece = tuple[str, Sequence[str]]
# The readings of one Chinese character, none for any other character.
Reader = Callable[[str], Sequence[str]]

# Surnames whose reading differs from the character's usual one (曾 is céng in 曾经 but Zēng as a
# surname): the first character(s) of a person's name are read this way first.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo4", "qi2"), "尉迟": ("yu4", "chi2"), "单于": ("chan2", "yu2"),
    "长孙": ("zhang3", "sun1"), "澹台": ("tan2", "tai2"),
    "曾": ("zeng1",), "单": ("shan4",), "解": ("xie4",), "区": ("ou1",), "仇": ("qiu2",),
    "朴": ("piao2",), "查": ("zha1",), "翟": ("zhai2",), "盖": ("ge3",), "缪": ("miao4",),
    "覃": ("qin2",), "召": ("shao4",), "种": ("chong2",), "任": ("ren2",), "华": ("hua4",),
    "纪": ("ji3",), "重": ("chong2",), "薄": ("bo2",), "莘": ("shen1",),
}
# A longer run of letters spells no name (20 characters of 6 letters each): not tried as pinyin.
MAX_SPELLED = 120
# At most this many spellings of one text are searched (a name of many characters with several
# readings each would otherwise multiply them).
MAX_SPELLINGS = 32
_WORD = re.compile(r"[^\W_]+")  # letters and digits, any script
_SEPARATORS = re.compile(r"[\s'’·\-_.]+")


@dataclass(frozen=True)
class Spelled:
    """A text spelled out: `sort_key` orders texts as a pinyin A→Z list does; `search` holds
    every reading as "|li|ming|" (several spellings side by side) for `Query`."""

    sort_key: str
    search: str


def fold(text: str) -> str:
    """Lower case without accents: "López" → "lopez", "ＡＢ" → "ab"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def pieces(text: str, reader: Reader, person: bool = False) -> list[Piece]:
    """`text` cut into Chinese characters with their readings and runs of anything else; for a
    person's name (`person`), a surname at the start is read as a surname first."""
    out: list[Piece] = []
    run: list[str] = []
    for ch in text:
        readings = reader(ch)
        if readings:
            if run:
                out.append(("".join(run), ()))
                run = []
            out.append((ch, list(readings)))
        else:
            run.append(ch)
    if run:
        out.append(("".join(run), ()))
    if person:
        _read_surname(out)
    return out


def _read_surname(found: list[Piece]) -> None:
    for length in (2, 1):  # a two-character surname (万俟) before a one-character one
        start = found[:length]
        readings = SURNAME_READINGS.get("".join(ch for ch, _ in start))
        if len(start) == length and readings and all(known for _, known in start):
            for n, (ch, known) in enumerate(start):
                first = readings[n]
                found[n] = (ch, [first, *(r for r in known if r != first)])
            return


def spell(text_pieces: Sequence[Piece]) -> Spelled:
    """The sort key and the searchable spellings of a text cut by `pieces`."""
    units: list[list[str]] = []  # per syllable or word: its spellings without tones
    key: list[str] = []
    for text, readings in text_pieces:
        if readings:
            first = readings[0]
            syllable = first.rstrip("012345")
            tone = first[len(syllable):] or "0"
            key.append(f"{syllable}\x00{tone}{text}\x01")
            units.append(list(dict.fromkeys(r.rstrip("012345") for r in readings)))
        else:
            for word in _WORD.findall(text):
                folded = fold(word)
                key.append(f"{folded}\x000{word}\x01")
                units.append([folded])
    return Spelled("".join(key), " ".join(f"|{'|'.join(s)}|" for s in _spellings(units)))


def _spellings(units: list[list[str]]) -> list[tuple[str, ...]]:
    """Every spelling of the text, up to MAX_SPELLINGS (later characters keep their usual
    reading once the limit would be passed)."""
    kept, count = [], 1
    for options in units:
        if count * len(options) > MAX_SPELLINGS:
            options = options[:1]
        count *= len(options)
        kept.append(options)
    return list(itertools.product(*kept))


# Between two letters typed: the same syllable goes on; or the syllable was typed whole; or
# only its initial was typed (one letter, or zh/ch/sh), and the rest of it is left out.
_NEXT = r"(?:\||(?:(?<=\|[a-z])|(?<=\|[zcs]h))[a-z]+\|)?"


class Query:
    """What a person typed, matched against spelled-out texts: the letters, spaces and
    apostrophes of pinyin ("li ming", "LiMing", "li'm") or initials ("lm", "zhw"), or a mix of
    both ("lim", "wangxm"). A match starts at a syllable and skips none ("an" does not find 王,
    "wm" does not find 王小明); a syllable before the last is typed whole or by its initial
    ("liming" does not find 林铭). `pattern` is None when the text is not such a search (it has
    Chinese, digits or other signs): then only plain text is searched."""

    def __init__(self, text: str) -> None:
        letters = _SEPARATORS.sub("", fold(text))
        self.pattern: re.Pattern[str] | None = None
        if letters and len(letters) <= MAX_SPELLED and letters.isascii() and letters.isalpha():
            # "u" finds ü too, which pinyin writes as "v" (吕 lv, 绿 lv)
            parts = ["[uv]" if ch == "u" else ch for ch in letters]
            self.pattern = re.compile(r"\|" + _NEXT.join(parts))

    def finds(self, spelled: Spelled) -> bool:
        return self.pattern is not None and self.pattern.search(spelled.search) is not None


# --- the words of the list's search index -------------------------------------------------------
# The search finds what was typed in names, notes and interviewers' names through an index of
# words (SQLite FTS5, storage/list_evidence_repo.py). Chinese is written without spaces, so each
# Chinese (or Japanese, Korean) character is indexed as a word of its own and a typed run of them
# is looked for as a phrase: the characters next to each other, as typed. Other text is indexed
# by its words, in lower case, accents kept; the last word typed may be the start of a word.
SEARCH_VERSION = 1  # made otherwise: the index is made again
_IDEOGRAPHS = ("\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
               "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")


@functools.cache
def _ideograph() -> re.Pattern[str]:  # compiled when first needed (a command may never)
    return re.compile(f"[{_IDEOGRAPHS}]")


@functools.cache
def _pieces() -> re.Pattern[str]:
    """One ideograph, or a run of anything else."""
    return re.compile(f"[{_IDEOGRAPHS}]|[^{_IDEOGRAPHS}]+")


def index_words(text: str) -> str:
    """The text as the search index holds it: lower case, each ideograph apart."""
    return " ".join(_pieces().findall(text.lower()))


def search_phrase(typed: str) -> str | None:
    """What to ask the index for `typed` (an FTS5 query): its words, next to each other in
    that order, the last one possibly unfinished. None when nothing searchable was typed."""
    words = _WORD.findall(index_words(typed))
    if not words:
        return None
    quoted = " + ".join(f'"{w}"' for w in words)
    last_is_ideograph = _ideograph().fullmatch(words[-1]) is not None
    return quoted if last_is_ideograph else quoted + " *"
