"""Readings from pypinyin's dictionaries: a name's characters by the readings words use, a
role's name by the words it is made of."""
from __future__ import annotations

from hiring_app.domain.spelling import Query
from hiring_app.services.pinyin import readings, readings_in_use, spell_label, spell_name


def test_every_chinese_character_has_a_reading_and_nothing_else_does() -> None:
    assert readings("李") == ("li3",)
    assert readings("A") == readings("1") == readings("、") == ()


def test_readings_no_word_uses_are_left_out_of_names() -> None:
    assert readings_in_use("方")[0] == "fang1" and "wang3" not in readings_in_use("方")
    assert not Query("wangxm").finds(spell_name("方小明"))
    assert {"chang2", "zhang3"} <= set(readings_in_use("长"))  # both in hundreds of words


def test_a_polyphonic_surname_sorts_by_its_surname_reading() -> None:
    assert spell_name("曾小明").sort_key.startswith("zeng")
    assert spell_name("单田芳").sort_key.startswith("shan")
    assert Query("zxm").finds(spell_name("曾小明"))


def test_a_label_reads_its_characters_as_in_the_word_they_make() -> None:
    assert spell_label("重庆分店").sort_key.startswith("chong")  # not zhòng
    assert spell_label("银行柜员").sort_key.startswith("yin\x002银\x01hang")
    assert Query("cqfd").finds(spell_label("重庆分店"))
