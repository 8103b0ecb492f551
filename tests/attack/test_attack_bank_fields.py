"""The verdict fields of a bank file (knock-outs, the role's family, the ability floor, the
answers needed, the bars' reason, a question's family guides) as a careless hand would write
them: refused with the line and a message saying what is wrong, changing nothing; or accepted
and exported back byte for byte."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hiring_app.content.loader import BankFileError
from hiring_app.services import library
from tests.helpers.attack import counted
from tests.helpers.banks import (
    bank_dict,
    bank_yaml,
    dump_library_tables,
    i18n,
    line_of,
    role_dict,
    small_company,
)

NAN, INF = float("nan"), float("inf")


def _role(change: Callable[[dict], Any]) -> dict:
    role = role_dict("role_x")
    change(role)
    return role


def _thresholds(**values: Any) -> Callable[[dict], Any]:
    return lambda role: role["thresholds"].update(values)


def _field(key: str, value: Any) -> Callable[[dict], Any]:
    return lambda role: role.update({key: value})


def _question(key: str, value: Any) -> Callable[[dict], Any]:
    return lambda role: role["questions"][0].update({key: value})


REFUSED = [
    # (change, the line's key in the YAML, field, words of the message)
    (_thresholds(ability_floor=NAN), "ability_floor:", "thresholds.ability_floor",
     "must be a number from 1 to 5"),
    (_thresholds(ability_floor=INF), "ability_floor:", "thresholds.ability_floor", "maximum"),
    (_thresholds(ability_floor=True), "ability_floor:", "thresholds.ability_floor",
     "must be a number"),
    (_thresholds(ability_floor=None), "ability_floor:", "thresholds.ability_floor",
     "must be a number"),
    (_thresholds(min_answers=0), "min_answers:", "thresholds.min_answers", "minimum of 1"),
    (_thresholds(min_answers=21), "min_answers:", "thresholds.min_answers", "maximum of 20"),
    (_thresholds(min_answers=1.5), "min_answers:", "thresholds.min_answers",
     "must be an integer"),
    (_thresholds(min_answers=True), "min_answers:", "thresholds.min_answers",
     "must be an integer"),
    (_thresholds(min_answers=NAN), "min_answers:", "thresholds.min_answers",
     "must be an integer"),
    (_thresholds(reason=None), "reason:", "thresholds.reason", "must be an object"),
    (_field("family", None), "family:", "family",
     "null is not one of: frontline, specialist, manager"),
    (_field("family", "boss"), "family:", "family", "'boss' is not one of"),
    (_field("knockout_flags", ["not_a_flag"]), "- not_a_flag", "knockout_flags.0",
     "unknown red flag 'not_a_flag'"),
    (_field("knockout_flags", ["blames_others", "blames_others"]), "knockout_flags:",
     "knockout_flags", "lists the same value twice"),
    (_field("knockout_flags", [f"flag_{n}" for n in range(5000)]), "knockout_flags:",
     "knockout_flags", "has more than 200 entries"),
    (_field("knockout_flags", "blames_others"), "knockout_flags:", "knockout_flags",
     "must be an array"),
    (_question("knockout", 1), "knockout:", "knockout", "must be a boolean"),
    (_question("knockout", None), "knockout:", "knockout", "must be a boolean"),
    (_question("by_family", {"manager": {}}), "manager:", "by_family.manager",
     "must not be empty"),
    (_question("by_family", {"boss": {"listen_for": i18n("x")}}), "boss:", "by_family.boss",
     "is not a known field"),
    (lambda role: role["name"].update(zh="长" * 4001), "长长", "name.zh",
     "is longer than 4000 characters"),
]


@pytest.mark.parametrize(("change", "key", "field", "words"), REFUSED)
def test_a_wrong_verdict_field_is_refused_with_its_line(change, key: str, field: str,
                                                        words: str, tmp_path: Path) -> None:
    """Was, for a too long list or text and a list naming a value twice: the message was
    jsonschema's quote of the value cut at 200 characters, never saying what was wrong."""
    text = bank_yaml(bank_dict(_role(change)))
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    db = small_company()
    before = dump_library_tables(db)
    with pytest.raises(BankFileError) as refused:
        library.import_bank(db, path)
    issue = refused.value.issues[0]
    assert issue.field.endswith(field), issue
    assert words in issue.message and len(issue.message) < 120, issue
    after = "thresholds:" if field.startswith("thresholds") else None
    line = line_of(text, key, after=after)
    assert issue.line in (line, line + 1), issue  # the key's line, or its value's below it
    assert dump_library_tables(db) == before


ACCEPTED = [
    _thresholds(ability_floor=2.5), _thresholds(ability_floor=4.5),  # above the bar: the bar
    _thresholds(ability_floor=1.0000000000000002), _thresholds(min_answers=1),
    _thresholds(min_answers=20), _thresholds(min_answers=3.0), _field("family", "manager"),
    _field("family", "frontline"), _field("knockout_flags", []),
    _field("knockout_flags", ["blames_others"]), _question("knockout", True),
    _question("knockout", False), _question("by_family", {}),
    _question("by_family", {"specialist": {"scoring": {k: i18n(f"s{k}") for k in "135"}},
                            "frontline": {"listen_for": i18n("front")}}),
]


@pytest.mark.parametrize("change", ACCEPTED)
def test_an_accepted_verdict_field_exports_back_the_same(change, tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(bank_yaml(bank_dict(_role(change))), encoding="utf-8")
    first = small_company()
    library.import_bank(first, path)
    exported = library.export_text(first, ["role_x"])
    path.write_text(exported, encoding="utf-8")
    second = small_company()
    library.import_bank(second, path)
    assert library.export_text(second, ["role_x"]) == exported
    assert library.get_role(second, "role_x") == library.get_role(first, "role_x")


@pytest.mark.parametrize("bad", ["\n", "\x1b[2J", "\u202e", "\u2066", "\x00", "\x07"])
@counted("bank files: names with control or direction characters refused")
def test_a_role_name_with_a_control_or_direction_character_is_refused(bad: str,
                                                                      tmp_path: Path) -> None:
    """The rule for people's names holds for a role's name too: nothing that can forge a line
    or reverse the text around it, in any language; nothing changes."""
    role = role_dict("shop_x")
    role["name"]["es"] = f"Puesto{bad}falso"
    path = tmp_path / "bank.yaml"
    path.write_text(bank_yaml(bank_dict(role)), encoding="utf-8")
    db = small_company()
    before = dump_library_tables(db)
    with pytest.raises(BankFileError) as refused:
        library.import_bank(db, path)
    issue = refused.value.issues[0]
    assert issue.field.endswith("name.es") and "control or direction" in issue.message, issue
    assert dump_library_tables(db) == before
