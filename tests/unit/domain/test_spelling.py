"""The rules for spelling names out in pinyin, with readings given here (no dictionary): the
sort order of a pinyin A→Z list, and a search that starts at a syllable and takes each
syllable whole or by its initial."""
from __future__ import annotations

import pytest

from hiring_app.domain.spelling import Query, fold, pieces, spell

READINGS = {
    "李": ["li3"], "明": ["ming2"], "林": ["lin2"], "刘": ["liu2"], "王": ["wang2"],
    "小": ["xiao3"], "曾": ["ceng2", "zeng1"], "吕": ["lv3"], "安": ["an1"], "长": ["zhang3",
                                                                                   "chang2"],
    "张": ["zhang1"], "伟": ["wei3"], "万": ["wan4", "mo4"], "俟": ["si4", "qi2"],
}


def reader(ch: str) -> list[str]:
    return READINGS.get(ch, [])


def spelled(text: str, person: bool = True):
    return spell(pieces(text, reader, person=person))


def test_fold_drops_case_and_accents() -> None:
    assert fold("Ana LÓPEZ") == "ana lopez"
    assert fold("Ｌｉ") == "li"


def test_names_sort_as_a_pinyin_list_with_latin_names_among_them() -> None:
    names = ["王小明", "刘明", "Ana", "李明", "安", "林明", "Lisa", "曾小明", "李"]
    ordered = sorted(names, key=lambda n: spelled(n).sort_key)
    # an < ana; li (李) < li ming < lin < lisa < liu; wang; zeng (曾 read as a surname)
    assert ordered == ["安", "Ana", "李", "李明", "林明", "Lisa", "刘明", "王小明", "曾小明"]


def test_a_surname_is_read_as_one_only_at_the_start_of_a_name() -> None:
    assert spelled("曾小明").sort_key.startswith("zeng")
    assert spelled("小曾").sort_key.startswith("xiao\x003小\x01ceng")
    assert spelled("万俟明").sort_key.startswith("mo\x004万\x01qi\x002俟")
    assert spelled("曾经", person=False).sort_key.startswith("ceng")  # not a name


@pytest.mark.parametrize(("typed", "name", "found"), [
    ("lm", "李明", True), ("liming", "李明", True), ("li ming", "李明", True),
    ("LiMing", "李明", True), ("li'ming", "李明", True), ("lim", "李明", True),
    ("limi", "李明", True), ("ming", "李明", True), ("m", "李明", True),
    ("liming", "林明", False),  # li is not lin: a syllable before the last is whole ...
    ("lm", "林明", True),       # ... or just its initial
    ("im", "李明", False), ("an", "王小明", False),  # a match starts at a syllable
    ("wm", "王小明", False),    # and leaves none out
    ("wxm", "王小明", True), ("wangxm", "王小明", True), ("xiaom", "王小明", True),
    ("zw", "张伟", True), ("zhw", "张伟", True), ("zhangw", "张伟", True),
    ("zxm", "曾小明", True), ("cxm", "曾小明", True),  # either reading of 曾
    ("lv", "吕", True), ("lu", "吕", True),  # ü as v, or u
    ("zc", "长", False), ("chang", "长", True),
    ("lopez", "Ana López", True), ("analo", "Ana López", True), ("al", "Ana López", True),
])
def test_a_query_matches_pinyin_initials_and_both_mixed(typed, name, found) -> None:
    assert Query(typed).finds(spelled(name)) is found


@pytest.mark.parametrize("typed", ["李", "1", "li1", "", "  ", "a+b", "ø"])
def test_only_latin_letters_are_read_as_pinyin(typed) -> None:
    assert Query(typed).pattern is None


def test_a_name_with_many_readings_keeps_a_bounded_number_of_spellings() -> None:
    many = {ch: [f"{start}a{tone}" for start, tone in zip("bcdfg", "12345")]
            for ch in "一二三四五六"}
    text = spell(pieces("一二三四五六", lambda ch: many.get(ch, [])))
    assert 1 < len(text.search.split()) <= 32
