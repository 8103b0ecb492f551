"""Names and labels spelled out in pinyin (domain/spelling.py has the rules), with the readings
of Chinese characters from pypinyin's dictionaries (offline, no model). pypinyin is imported on
first use: its dictionaries take a third of a second to load, which the window's start need not
wait for."""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache, lru_cache
from typing import Any

from hiring_app.domain.spelling import Piece, Spelled, pieces, spell

# A character's other readings count when the phrase dictionary uses them this often: 长 is
# cháng and zhǎng (both in hundreds of words), but 方 is read wǎng in no word at all.
IN_USE = 2


@lru_cache(maxsize=16384)
def readings(ch: str) -> tuple[str, ...]:
    """Every reading of one Chinese character, the usual one first, with the tone as a digit
    ("ming2", "meng4"; 5 for the neutral tone); none for any other character."""
    from pypinyin import Style, pinyin

    found = pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True,
                   errors=_left_out)
    return tuple(found[0]) if found else ()


def _left_out(_text: str) -> Any:
    """What pypinyin makes of anything but Chinese characters: nothing (None drops it)."""
    return None


@cache
def _used_in_words() -> dict[str, Counter]:
    """How many words of the phrase dictionary read each character each way (tone marks
    kept, as the dictionary writes them)."""
    from pypinyin.phrases_dict import phrases_dict

    used: dict[str, Counter] = defaultdict(Counter)
    for word, word_readings in phrases_dict.items():
        for ch, found in zip(word, word_readings):
            used[ch][found[0]] += 1
    return used


@lru_cache(maxsize=16384)
def readings_in_use(ch: str) -> tuple[str, ...]:
    """The usual reading of a character and the others that words really use (明 míng, not
    the mèng of old texts): what a name's character is searched by."""
    every = readings(ch)
    if len(every) < 2:
        return every
    from pypinyin.contrib.tone_convert import to_normal

    used: Counter = Counter()
    for marked, count in _used_in_words().get(ch, Counter()).items():
        used[to_normal(marked)] += count
    return (every[0], *(r for r in every[1:] if used[r.rstrip("012345")] >= IN_USE))


@lru_cache(maxsize=1 << 17)  # every candidate's name: the list is loaded again after each change
def spell_name(name: str) -> Spelled:
    """A person's name (a candidate's, an interviewer's): each character read as names read it,
    a surname at the start read as a surname (曾 Zēng)."""
    return spell(pieces(name, readings_in_use, person=True))


@lru_cache(maxsize=1024)
def spell_label(text: str) -> Spelled:
    """A role's or a channel's name: a word of the phrase dictionary read as that word
    (重庆 chóngqìng, 银行 yínháng), each character searched by its readings in use too."""
    from pypinyin import Style, pinyin

    in_words = pinyin(text, style=Style.TONE3, neutral_tone_with_five=True,
                      errors=_left_out)
    by_character = pieces(text, readings_in_use)
    if len(in_words) != sum(1 for _, known in by_character if known):
        return spell(by_character)  # cut differently: each character's usual reading
    usual = iter(found[0] for found in in_words)
    cut: list[Piece] = []
    for piece, known in by_character:
        if known:
            first = next(usual)
            cut.append((piece, [first, *(r for r in known if r != first)]))
        else:
            cut.append((piece, known))
    return spell(cut)
