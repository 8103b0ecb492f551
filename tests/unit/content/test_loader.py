"""The bank-file validator: a good file passes; every kind of mistake is reported with the file,
the entry, the field and the line a person has to go to."""
from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hiring_app.content.loader import (
    FORMAT,
    MAX_FILE_BYTES,
    BankFileError,
    BankIssue,
    read_bank_file,
)
from hiring_app.domain.library import Question, RoleProfile
from hiring_app.domain.matrix import Thresholds
from tests.helpers.banks import (
    bank_dict,
    bank_yaml,
    i18n,
    line_of,
    lines_equal,
    minimal_bank,
    role_dict,
    write_bank,
)


def problems(path: Path) -> list[BankIssue]:
    with pytest.raises(BankFileError) as caught:
        read_bank_file(path)
    issues = caught.value.issues
    assert issues, "a BankFileError must list at least one problem"
    assert all(issue.file == str(path) for issue in issues)
    return issues


def only_problem(path: Path) -> BankIssue:
    issues = problems(path)
    assert len(issues) == 1, issues
    return issues[0]


def mutated(change: Callable[[dict], Any]) -> dict:
    data = minimal_bank()
    change(data)
    return data


def write_text(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def question(data: dict, number: int) -> dict:
    return data["roles"][0]["questions"][number - 1]


# --- the good case ---------------------------------------------------------------------------
def test_a_minimal_valid_bank_loads_with_its_role_and_questions(tmp_path: Path) -> None:
    path = write_bank(tmp_path / "bank.yaml", minimal_bank())
    bank = read_bank_file(path)
    assert [role.id for role in bank.roles] == ["role_x"]
    role = bank.roles[0]
    assert len(role.questions) == 6
    assert role.department == "operations"
    assert role.thresholds.ability == 3.5
    assert role.questions[0].text["es"] == "question role_x_q1 text español"
    assert set(role.questions[0].scoring) == {"1", "3", "5"}


def test_boundary_values_are_accepted(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        question(data, 1)["weight"] = 10
        question(data, 2)["weight"] = 0.5
        data["roles"][0]["thresholds"] = {"attitude": 1, "ability": 5, "ability_floor": 5,
                                          "min_answers": 20, "reason": i18n("why")}

    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", mutated(change)))
    assert [q.weight for q in bank.roles[0].questions[:2]] == [10, 0.5]
    assert bank.roles[0].thresholds == Thresholds(1, 5, 5, 20)

    def other_end(data: dict) -> None:
        data["roles"][0]["thresholds"] = {"attitude": 5, "ability": 1, "ability_floor": 1,
                                          "min_answers": 1}

    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", mutated(other_end)))
    assert bank.roles[0].thresholds == Thresholds(5, 1, 1, 1)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + bank_yaml(minimal_bank()).encode("utf-8"))
    assert [role.id for role in read_bank_file(path).roles] == ["role_x"]


# --- pass 1: the file itself and YAML --------------------------------------------------------
def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace("department: operations",
                                             "department: operations: shops", 1)
    path = write_text(tmp_path, text)
    issue = only_problem(path)
    assert issue.line == line_of(text, "department: operations: shops")
    assert "not valid YAML" in issue.message
    assert "\n" not in str(issue)


def test_unclosed_quote_is_a_yaml_error_with_a_line(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace("pay_model: fixed_salary", 'pay_model: "fixed', 1)
    issue = only_problem(write_text(tmp_path, text))
    assert "not valid YAML" in issue.message
    assert issue.line is not None and issue.line >= line_of(text, 'pay_model: "fixed')


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    issue = only_problem(write_text(tmp_path, text))
    assert "empty" in issue.message


def test_top_level_list_is_refused(tmp_path: Path) -> None:
    path = write_text(tmp_path, bank_yaml([minimal_bank()["roles"][0]]))
    issue = only_problem(path)
    assert issue.line == 1
    assert FORMAT in issue.message


def test_wrong_format(tmp_path: Path) -> None:
    data = mutated(lambda d: d.update(format="hiring-bank/2"))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.line, issue.field) == (1, "format")
    assert "hiring-bank/2" in issue.message and FORMAT in issue.message


def test_missing_format(tmp_path: Path) -> None:
    data = mutated(lambda d: d.pop("format"))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert issue.field == "format"
    assert "missing" in issue.message


def test_duplicate_yaml_key_names_the_second_key(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace(
        "  pay_model: fixed_salary\n", "  pay_model: fixed_salary\n  pay_model: piece_rate\n", 1)
    issue = only_problem(write_text(tmp_path, text))
    assert issue.line == line_of(text, "pay_model: piece_rate")
    assert (issue.entry, issue.field) == ("role role_x", "pay_model")
    assert "twice" in issue.message


def test_duplicate_key_inside_a_question(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace(
        "    weight: 1\n", "    weight: 1\n    weight: 2\n", 1)
    issue = only_problem(write_text(tmp_path, text))
    assert issue.line == line_of(text, "weight: 2")
    assert (issue.entry, issue.field) == ("question role_x_q1", "weight")


def test_yaml_alias_and_anchor_are_refused(tmp_path: Path) -> None:
    text = (bank_yaml(minimal_bank())
            .replace("  stages:\n  - minimum\n", "  stages: &shared\n  - minimum\n", 1)
            .replace("  ability_facets:\n  - execution\n", "  ability_facets: *shared\n", 1))
    issue = only_problem(write_text(tmp_path, text))
    assert issue.line == line_of(text, "&shared")
    assert "alias" in issue.message


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]"
             for p, c in zip("abcdefgh", "bcdefghi")]
    issue = only_problem(write_text(tmp_path, "format: hiring-bank/1\n" + "\n".join(rows)))
    assert issue.line == 2
    assert "alias" in issue.message


@pytest.mark.parametrize(("text", "line"), [
    ("[" * 200_000 + "]" * 200_000, 1),
    ("".join(" " * n + f"k{n}:\n" for n in range(200)), 33),  # the 33rd mapping opens at k32
])
def test_absurd_nesting_is_an_error_not_a_crash(tmp_path: Path, text: str, line: int) -> None:
    issue = only_problem(write_text(tmp_path, text))
    assert "nested more than 32 levels" in issue.message  # the app's own words and limit
    assert issue.line == line


class _StrictLibyaml:
    """A libyaml that refuses deep nesting in its own words before yielding any event, as
    PyYAML 6.0.4 does at 1,000 levels (and a later release may at fewer)."""

    def __init__(self, real_parse: Callable[..., Any]) -> None:
        self.real_parse = real_parse

    def __call__(self, text: str, Loader: Any = None) -> Any:  # noqa: N803 - PyYAML's name
        import yaml
        if Loader is not yaml.SafeLoader and text.count("[") > 5:
            raise yaml.scanner.ScannerError(problem="some words of libyaml's own")
        return self.real_parse(text, Loader=Loader)


def test_nesting_refused_by_libyaml_itself_still_gets_the_apps_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml
    monkeypatch.setattr(yaml, "parse", _StrictLibyaml(yaml.parse))
    issue = only_problem(write_text(tmp_path, "format: hiring-bank/1\nroles: " + "[" * 40 + "]" * 40))
    assert "nested more than 32 levels" in issue.message
    assert issue.line == 2


def test_a_syntax_error_after_libyaml_fails_is_still_reported_with_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml
    monkeypatch.setattr(yaml, "parse", _StrictLibyaml(yaml.parse))
    issue = only_problem(write_text(tmp_path, "format: hiring-bank/1\nroles: [[[[[[[\n  - : ]: x\n"))
    assert issue.message.startswith("not valid YAML")
    assert issue.line in (2, 3)


def test_non_utf8_bytes_name_the_line(tmp_path: Path) -> None:
    lines = bank_yaml(minimal_bank()).encode("utf-8").split(b"\n")
    lines[6] = lines[6] + b" \xff\xfe"
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"\n".join(lines))
    issue = only_problem(path)
    assert issue.line == 7
    assert "UTF-8" in issue.message


def test_a_too_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as fh:
        fh.write(b"format: hiring-bank/1\n")
        fh.truncate(MAX_FILE_BYTES + 1)
    issue = only_problem(path)
    assert "too large" in issue.message


def test_a_missing_file_is_a_bank_error(tmp_path: Path) -> None:
    issue = only_problem(tmp_path / "nowhere.yaml")
    assert "cannot read" in issue.message


def test_a_control_character_is_a_yaml_error_with_a_line(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace("kpi english", "kpi \x07english", 1)
    issue = only_problem(write_text(tmp_path, text))
    assert issue.line == line_of(text, "\x07")
    assert "not valid YAML" in issue.message


def test_python_tags_are_refused(tmp_path: Path) -> None:
    text = "format: hiring-bank/1\nroles: !!python/object/apply:os.system ['true']\n"
    issue = only_problem(write_text(tmp_path, text))
    assert "not valid YAML" in issue.message
    assert issue.line == 2


# --- pass 2: the schema ----------------------------------------------------------------------
def test_missing_field_of_a_role(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0].pop("summary"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", "summary")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- id: role_x")
    assert "missing" in issue.message


def test_missing_field_of_a_question(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 4).pop("listen_for"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q4", "listen_for")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- id: role_x_q4")


def test_missing_language(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 3)["text"].pop("es"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q3", "text.es")
    text_line = line_of(path.read_text(encoding="utf-8"), "text:", after="- id: role_x_q3")
    assert issue.line in (text_line, text_line + 1)  # the `text:` key or its first language


def test_missing_language_in_a_follow_up(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 2)["follow_ups"][0].pop("zh"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q2", "follow_ups.0.zh")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "question role_x_q2 follow-up")


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
def test_empty_text(tmp_path: Path, blank: str) -> None:
    data = mutated(lambda d: question(d, 3)["text"].update(en=blank))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q3", "text.en")
    text = path.read_text(encoding="utf-8")
    assert issue.line == line_of(text, "en:", after="question role_x_q3 text 中文")
    assert "empty" in issue.message


def test_unknown_field(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 3).update(colour="red"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q3", "colour")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "colour: red")
    assert "not a known field" in issue.message


def test_unknown_top_level_section(tmp_path: Path) -> None:
    data = mutated(lambda d: d.update(candidates=[]))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert issue.field == "candidates"
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "candidates:")


def test_unknown_kind_lists_the_allowed_ones(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 5).update(kind="gossip"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q5", "kind")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "kind: gossip")
    assert "gossip" in issue.message and "situational" in issue.message


def test_bad_id_characters(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 2).update(id="Role X Q2"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert issue.field.endswith("id")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- id: Role X Q2")
    assert "lowercase" in issue.message


def test_an_id_with_a_trailing_newline_is_refused(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0].update(id="role_x\n"))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert issue.field.endswith("id")
    assert issue.line == 3


@pytest.mark.parametrize("weight", [0, -1, 10.5, 11])
def test_weight_out_of_range(tmp_path: Path, weight: float) -> None:
    data = mutated(lambda d: question(d, 4).update(weight=weight))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q4", "weight")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "weight:",
                                 after="- id: role_x_q4")


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_weight_that_is_not_a_finite_number(tmp_path: Path, value: str) -> None:
    text = bank_yaml(minimal_bank())
    at = line_of(text, "weight:", after="- id: role_x_q4")
    lines = text.splitlines()
    lines[at - 1] = f"    weight: {value}"
    path = write_text(tmp_path, "\n".join(lines) + "\n")
    issue = only_problem(path)
    assert (issue.entry, issue.field, issue.line) == ("question role_x_q4", "weight", at)


def test_weight_that_is_text(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 4).update(weight="heavy"))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("question role_x_q4", "weight")
    assert "number" in issue.message


@pytest.mark.parametrize(("key", "value"), [("attitude", 0.5), ("attitude", 0),
                                            ("ability", 5.5), ("ability", 6)])
def test_threshold_outside_1_to_5(tmp_path: Path, key: str, value: float) -> None:
    data = mutated(lambda d: d["roles"][0]["thresholds"].update({key: value}))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", f"thresholds.{key}")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), f"{key}: {value}",
                                 after="thresholds:")


def test_threshold_nan_is_an_error_not_a_crash(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace("    ability: 3.5", "    ability: .nan", 1)
    issue = only_problem(write_text(tmp_path, text))
    assert (issue.entry, issue.field) == ("role role_x", "thresholds.ability")
    assert issue.line == line_of(text, "ability: .nan")


def test_scoring_without_level_3(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 1)["scoring"].pop("3"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q1", "scoring.3")
    scoring_line = line_of(path.read_text(encoding="utf-8"), "scoring:", after="- id: role_x_q1")
    assert issue.line in (scoring_line, scoring_line + 1)


def test_scoring_with_integer_keys_is_fine_and_level_2_is_unknown(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace("'1':", "1:").replace("'3':", "3:")
    assert read_bank_file(write_text(tmp_path, text, "ints.yaml")).roles[0].questions[0].scoring
    data = mutated(lambda d: question(d, 1)["scoring"].update({"2": question(d, 1)["text"]}))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("question role_x_q1", "scoring.2")


def test_every_schema_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        question(data, 1)["weight"] = 0
        question(data, 6)["text"].pop("zh")
        data["roles"][0].pop("kpis")

    issues = problems(write_bank(tmp_path / "bank.yaml", mutated(change)))
    found = {(issue.entry, issue.field) for issue in issues}
    assert found == {("question role_x_q1", "weight"), ("question role_x_q6", "text.zh"),
                     ("role role_x", "kpis")}


# --- pass 3: references ----------------------------------------------------------------------
@pytest.mark.parametrize(("field", "value", "needle"), [
    ("department", "astrology", "unknown department"),
    ("pay_model", "paid_in_tea", "unknown pay model"),
])
def test_unknown_reference_of_a_role(tmp_path: Path, field: str, value: str, needle: str) -> None:
    data = mutated(lambda d: d["roles"][0].update({field: value}))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", field)
    assert issue.line == line_of(path.read_text(encoding="utf-8"), f"{field}: {value}")
    assert needle in issue.message and value in issue.message


@pytest.mark.parametrize(("field", "needle"), [("stages", "team stage"),
                                               ("settings", "setting")])
def test_unknown_stage_or_setting(tmp_path: Path, field: str, needle: str) -> None:
    data = mutated(lambda d: d["roles"][0][field].append("moon_base"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", f"{field}.1")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- moon_base")
    assert needle in issue.message and "moon_base" in issue.message


def test_unknown_facet(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 2).update(facet="telepathy"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q2", "facet")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "facet: telepathy")
    assert "unknown facet" in issue.message


def test_attitude_facet_on_an_ability_question(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        assert question(data, 2)["dimension"] == "ability"
        question(data, 2)["facet"] = "patience"

    path = write_bank(tmp_path / "bank.yaml", mutated(change))
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q2", "facet")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "facet: patience")
    assert "attitude" in issue.message and "ability" in issue.message


def test_ability_facet_listed_among_a_roles_attitude_facets(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0]["attitude_facets"].append("copywriting"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", "attitude_facets.1")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- copywriting")


def test_duplicate_role_id(tmp_path: Path) -> None:
    data = bank_dict(role_dict("ra"), role_dict("rb"))
    data["roles"][1]["id"] = "ra"
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role ra", "id")
    assert issue.line == lines_equal(path.read_text(encoding="utf-8"), "- id: ra")[1]
    assert "twice" in issue.message


def test_duplicate_question_id_within_a_role(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 5).update(id="role_x_q2"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q2", "id")
    assert issue.line == lines_equal(path.read_text(encoding="utf-8"), "- id: role_x_q2")[1]
    assert "twice" in issue.message


def test_duplicate_question_id_across_roles(tmp_path: Path) -> None:
    data = bank_dict(role_dict("ra"), role_dict("rb"))
    data["roles"][1]["questions"][0]["id"] = "ra_q3"
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question ra_q3", "id")
    assert issue.line == lines_equal(path.read_text(encoding="utf-8"), "- id: ra_q3")[1]


def test_several_reference_problems_are_all_listed(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["roles"][0]["department"] = "astrology"
        question(data, 1)["facet"] = "telepathy"
        question(data, 6)["facet"] = "nope"

    issues = problems(write_bank(tmp_path / "bank.yaml", mutated(change)))
    assert {(i.entry, i.field) for i in issues} == {
        ("role role_x", "department"), ("question role_x_q1", "facet"),
        ("question role_x_q6", "facet")}


def test_the_message_reads_file_line_entry_field_problem(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0].update(department="astrology"))
    path = write_bank(tmp_path / "bank.yaml", data)
    with pytest.raises(BankFileError) as caught:
        read_bank_file(path)
    line = line_of(path.read_text(encoding="utf-8"), "department: astrology")
    expected = f"{path}:{line}: role role_x: department: unknown department 'astrology'"
    assert str(caught.value.issues[0]) == expected
    assert caught.value.message == expected


def test_the_file_is_not_changed_by_validation(tmp_path: Path) -> None:
    data = copy.deepcopy(minimal_bank())
    data["roles"][0]["department"] = "astrology"
    path = write_bank(tmp_path / "bank.yaml", data)
    before = path.read_bytes()
    problems(path)
    assert path.read_bytes() == before


# --- the fields a verdict needs: family, knock-outs, floor, answers needed, a reason ---------
def test_the_verdict_fields_load_into_the_role_and_its_questions(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        role = data["roles"][0]
        role["family"] = "manager"
        role["thresholds"] = {"attitude": 3, "ability": 3.5, "ability_floor": 2.5,
                              "min_answers": 4, "reason": i18n("few attitude questions")}
        role["knockout_flags"] = ["dismissive_of_customers", "rude_to_staff"]
        question(data, 1)["knockout"] = True
        question(data, 2)["by_family"] = {"manager": {"listen_for": i18n("as a manager")}}

    role = read_bank_file(write_bank(tmp_path / "bank.yaml", mutated(change))).roles[0]
    assert role.family == "manager"
    assert role.thresholds == Thresholds(3, 3.5, ability_floor=2.5, min_answers=4)
    assert role.threshold_reason == i18n("few attitude questions")
    assert role.knockout_flags == ["dismissive_of_customers", "rude_to_staff"]
    assert role.knockout_questions() == frozenset({"role_x_q1"})
    plain, varied = role.questions[0], role.questions[1]
    assert plain.guide("manager") == (plain.listen_for, plain.scoring)
    assert varied.guide("manager") == (i18n("as a manager"), varied.scoring)
    assert varied.guide("frontline") == (varied.listen_for, varied.scoring)


def test_without_the_new_fields_a_role_gets_the_defaults(tmp_path: Path) -> None:
    role = read_bank_file(write_bank(tmp_path / "bank.yaml", minimal_bank())).roles[0]
    assert role.family == "specialist"
    assert (role.thresholds.ability_floor, role.thresholds.min_answers) == (2.0, 3)
    assert role.knockout_flags == [] and role.knockout_questions() == frozenset()
    assert not any(q.knockout or q.by_family for q in role.questions)


def test_an_unknown_family_is_refused(tmp_path: Path) -> None:
    path = write_bank(tmp_path / "bank.yaml", mutated(lambda d: d["roles"][0].update(family="boss")))
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", "family")
    assert issue.message == "'boss' is not one of: frontline, specialist, manager"
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "family: boss")


def test_an_unknown_knockout_flag_is_refused(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0].update(knockout_flags=["rude_to_staff", "lazy"]))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", "knockout_flags.1")
    assert issue.message == "unknown red flag 'lazy'"
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- lazy")


def test_attitude_below_ability_needs_a_reason(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0]["thresholds"].pop("reason"))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", "thresholds.attitude")
    assert issue.message == ("the attitude bar (3) may only be lower than the ability bar "
                             "(3.5) with a reason (thresholds.reason)")
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "attitude: 3",
                                 after="thresholds:")


@pytest.mark.parametrize("thresholds", [{"attitude": 3.5, "ability": 3.5},
                                        {"attitude": 4, "ability": 3}])
def test_attitude_at_or_above_ability_needs_no_reason(tmp_path: Path, thresholds: dict) -> None:
    data = mutated(lambda d: d["roles"][0].update(thresholds=thresholds))
    role = read_bank_file(write_bank(tmp_path / "bank.yaml", data)).roles[0]
    assert role.threshold_reason is None


def test_a_reason_must_be_given_in_every_language(tmp_path: Path) -> None:
    data = mutated(lambda d: d["roles"][0]["thresholds"]["reason"].pop("es"))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("role role_x", "thresholds.reason.es")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("ability_floor", 0.5, "less than the minimum of 1"),
    ("ability_floor", 5.5, "greater than the maximum of 5"),
    ("min_answers", 0, "less than the minimum of 1"),
    ("min_answers", 21, "greater than the maximum of 20"),
    ("min_answers", 2.5, "must be an integer"),
    ("ability_floor", "low", "must be a number"),
])
def test_floor_and_answers_needed_out_of_range(tmp_path: Path, key: str, value: Any,
                                               message: str) -> None:
    data = mutated(lambda d: d["roles"][0]["thresholds"].update({key: value}))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("role role_x", f"thresholds.{key}")
    assert message in issue.message
    assert issue.line == line_of(path.read_text(encoding="utf-8"), f"{key}: ",
                                 after="thresholds:")


def test_a_floor_that_is_not_a_number_is_an_error_not_a_crash(tmp_path: Path) -> None:
    text = bank_yaml(minimal_bank()).replace("    ability: 3.5", "    ability: 3.5\n"
                                             "    ability_floor: .nan", 1)
    issue = only_problem(write_text(tmp_path, text))
    assert (issue.entry, issue.field) == ("role role_x", "thresholds.ability_floor")


def test_knockout_must_be_true_or_false(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 2).update(knockout="yes"))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("question role_x_q2", "knockout")
    assert issue.message == "must be a boolean"


@pytest.mark.parametrize(("variants", "field"), [
    ({"boss": {"listen_for": i18n("x")}}, "by_family.boss"),
    ({"frontline": {}}, "by_family.frontline"),
    ({"frontline": {"scoring": {"1": i18n("a"), "5": i18n("b")}}}, "by_family.frontline.scoring.3"),
    ({"manager": {"listen_for": i18n("x"), "follow_ups": []}}, "by_family.manager.follow_ups"),
])
def test_family_variants_of_a_guide_are_checked(tmp_path: Path, variants: dict,
                                                field: str) -> None:
    data = mutated(lambda d: question(d, 3).update(by_family=variants))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("question role_x_q3", field)


def test_red_flags_may_be_knockouts(tmp_path: Path) -> None:
    flags = [{"id": "lies", "name": i18n("flag lies"), "knockout": True},
             {"id": "late", "name": i18n("flag late"), "description": i18n("flag late text")},
             {"id": "shy", "name": i18n("flag shy"), "knockout": False}]
    data = mutated(lambda d: d.update(red_flags=flags))
    data["roles"][0]["knockout_flags"] = ["late"]  # a flag of the same file is known
    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", data))
    assert bank.roles[0].knockout_flags == ["late"]

    data["red_flags"][0]["knockout"] = "always"
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("red flag lies", "knockout")
    data["red_flags"][0] = {"id": "lies", "name": i18n("flag lies"), "severity": 3}
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("red flag lies", "severity")


@pytest.mark.parametrize(("decision", "message"), [
    ("hold", "'hold' is not one of: hire, train, reject"),
    ("train", "a quadrant of poor attitude must recommend 'reject'"),
])
def test_a_poor_attitude_quadrant_recommends_reject(tmp_path: Path, decision: str,
                                                    message: str) -> None:
    quadrant = {"id": "generally_not", "attitude": "poor", "ability": "strong",
                "decision": decision, "name": i18n("quadrant name"),
                "advice": i18n("quadrant advice")}
    data = mutated(lambda d: d.update(quadrants=[quadrant]))
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field, issue.message) == ("quadrant generally_not", "decision",
                                                         message)


def test_the_verdict_fields_write_back_as_read_in_the_file_order() -> None:
    """Optional fields are written only when they differ from their default, in file order."""
    role = role_dict("role_x")
    role["family"] = "frontline"
    role["thresholds"] = {"attitude": 3, "ability": 3.5, "ability_floor": 2.5,
                          "min_answers": 4, "reason": i18n("why")}
    role["knockout_flags"] = ["rude_to_staff"]
    role["questions"][0]["knockout"] = True
    role["questions"][1]["by_family"] = {
        "manager": {"scoring": {str(n): i18n(f"manager {n}") for n in (1, 3, 5)}},
        "frontline": {"listen_for": i18n("frontline listen"),
                      "scoring": {str(n): i18n(f"frontline {n}") for n in (1, 3, 5)}}}
    out = RoleProfile.from_dict(copy.deepcopy(role)).to_dict()
    assert out == role
    assert list(out) == ["id", "department", "family", "settings", "name", "summary", "duties",
                         "kpis", "pay_model", "stages", "attitude_facets", "ability_facets",
                         "thresholds", "knockout_flags", "questions"]
    assert list(out["thresholds"]) == ["attitude", "ability", "ability_floor", "min_answers",
                                       "reason"]
    assert list(out["questions"][0]) == ["id", "dimension", "facet", "kind", "weight",
                                         "knockout", "text", "listen_for", "follow_ups",
                                         "scoring"]
    assert list(out["questions"][1]["by_family"]) == ["frontline", "manager"]
    assert list(out["questions"][1]) == [f for f in Question.FIELDS
                                         if f not in ("knockout", "reveals", "do_not_record")]

    defaults = role_dict("role_y")
    defaults.update(family="specialist", knockout_flags=[])
    defaults["thresholds"].update(ability_floor=2, min_answers=3)
    defaults["questions"][0].update(knockout=False, by_family={})
    written = RoleProfile.from_dict(defaults).to_dict()
    assert written == role_dict("role_y")  # the defaults are not written


# --- do-not-ask topics, decision principles, team models ------------------------------------
def do_not_ask_topic(topic_id: str) -> dict:
    return {"id": topic_id, "name": i18n(f"topic {topic_id}"),
            "description": i18n(f"topic {topic_id} why"),
            "instead": i18n(f"topic {topic_id} instead")}


def test_do_not_ask_topics_and_their_note_load_into_the_library(tmp_path: Path) -> None:
    from hiring_app.content.loader import load_library

    folder = tmp_path / "banks"
    folder.mkdir()
    core = {"format": FORMAT, "do_not_ask": [do_not_ask_topic("marriage")],
            "do_not_ask_note": i18n("the law"),
            "decision_principles": [{"id": "few", "name": i18n("few"),
                                     "description": i18n("few why")}]}
    write_bank(folder / "core.yaml", core)
    library = load_library(folder)
    assert library.do_not_ask == [do_not_ask_topic("marriage")]
    assert library.do_not_ask_note == i18n("the law")
    assert library.ids("decision_principles") == {"few"}


@pytest.mark.parametrize(("change", "entry", "field"), [
    (lambda d: d.update(do_not_ask=[{"id": "age", "name": i18n("age")}]), "do-not-ask topic age",
     "description"),
    (lambda d: d.update(do_not_ask=[{**do_not_ask_topic("age"), "name": {"zh": "年龄", "es": "Edad"}}]),
     "do-not-ask topic age", "name.en"),
    (lambda d: d.update(do_not_ask_note={"zh": "法律", "en": "law"}), "", "do_not_ask_note.es"),
    (lambda d: d.update(decision_principles=[{"id": "few", "name": i18n("few")}]),
     "decision principle few", "description"),
])
def test_do_not_ask_and_principles_are_checked(tmp_path: Path, change: Callable, entry: str,
                                               field: str) -> None:
    issue = only_problem(write_bank(tmp_path / "bank.yaml", mutated(change)))
    assert (issue.entry, issue.field) == (entry, field)


def test_a_question_may_name_topics_not_to_record(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["do_not_ask"] = [do_not_ask_topic("marriage"), do_not_ask_topic("age")]
        question(data, 1)["do_not_record"] = ["marriage", "age"]

    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", mutated(change)))
    first = bank.roles[0].questions[0]
    assert first.do_not_record == ["marriage", "age"]
    assert list(first.to_dict())[:9] == ["id", "dimension", "facet", "kind", "weight", "text",
                                         "listen_for", "do_not_record", "follow_ups"]
    assert Question.from_dict(first.to_dict()) == first
    assert "do_not_record" not in bank.roles[0].questions[1].to_dict()


def test_a_topic_not_to_record_must_be_on_the_list(tmp_path: Path) -> None:
    data = mutated(lambda d: question(d, 2).update(do_not_record=["horoscope"]))
    path = write_bank(tmp_path / "bank.yaml", data)
    issue = only_problem(path)
    assert (issue.entry, issue.field) == ("question role_x_q2", "do_not_record.0")
    assert "unknown do-not-ask topic 'horoscope'" in issue.message
    assert issue.line == line_of(path.read_text(encoding="utf-8"), "- horoscope")


def stage_dict(stage_id: str, roles: list[str], **extra: Any) -> dict:
    return {"id": stage_id, "name": i18n(f"stage {stage_id}"), "headcount": "2",
            "description": i18n(f"stage {stage_id} text"), "roles": roles, **extra}


def test_a_role_without_stages_takes_them_from_the_team_models(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["stages"] = [stage_dict("tiny", ["role_x"], next="grown",
                                     places={"role_x": [1, 2]}),
                          stage_dict("grown", ["role_x"], setting="store"),
                          stage_dict("other", [])]
        del data["roles"][0]["stages"]

    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", mutated(change)))
    assert bank.roles[0].stages == ["tiny", "grown"]


def test_a_role_without_stages_in_a_role_file_uses_the_shipped_team_models(
        tmp_path: Path) -> None:
    from hiring_app.content.loader import builtin_vocabulary

    data = bank_dict(role_dict("cs_presale"))
    del data["roles"][0]["stages"]
    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", data), builtin_vocabulary())
    assert bank.roles[0].stages == builtin_vocabulary().stages_of("cs_presale")
    assert "minimum" in bank.roles[0].stages


def test_a_role_that_still_states_its_stages_keeps_them(tmp_path: Path) -> None:
    """Older files (and exports) say the stages in the role: they load as written."""
    data = mutated(lambda d: d["roles"][0].update(stages=["basic", "mature"]))
    bank = read_bank_file(write_bank(tmp_path / "bank.yaml", data))
    assert bank.roles[0].stages == ["basic", "mature"]
    assert bank.roles[0].to_dict()["stages"] == ["basic", "mature"]


@pytest.mark.parametrize(("extra", "field", "needle"), [
    ({"places": {"role_y": [1, 1]}}, "places.role_y", "not in this team model's roles"),
    ({"places": {"role_x": [3, 1]}}, "places.role_x", "the fewest people (3) is more than"),
    ({"places": {"role_x": [1]}}, "places.role_x", "needs at least 2 entries"),
    ({"places": {"role_x": [0, 0]}}, "places.role_x.1", ""),
    ({"next": "nowhere"}, "next", "'nowhere' is not another team model"),
    ({"next": "tiny"}, "next", "'tiny' is not another team model"),
    ({"setting": "moon"}, "setting", "'moon' is not one of"),
])
def test_team_model_places_next_and_setting_are_checked(tmp_path: Path, extra: dict,
                                                        field: str, needle: str) -> None:
    data = mutated(lambda d: d.update(stages=[stage_dict("tiny", ["role_x"], **extra)]))
    data["roles"][0]["stages"] = ["tiny"]
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("stage tiny", field)
    assert needle in issue.message


def test_team_roles_may_say_when_a_team_needs_them(tmp_path: Path) -> None:
    roles = [{"id": "steady", "name": i18n("steady"), "description": i18n("steady text"),
              "when_missing": i18n("steady missing")}]
    data = mutated(lambda d: d.update(team_roles=roles))
    read_bank_file(write_bank(tmp_path / "bank.yaml", data))
    data["team_roles"][0]["when_missing"] = "often"
    issue = only_problem(write_bank(tmp_path / "bank.yaml", data))
    assert (issue.entry, issue.field) == ("team role steady", "when_missing")


def test_library_places_default_to_one_person() -> None:
    from hiring_app.domain.library import Library

    library = Library(stages=[stage_dict("tiny", ["a", "b"], places={"a": [0, 3]})])
    assert library.places("tiny") == {"a": (0, 3), "b": (1, 1)}
    assert library.places("unknown") == {}
    assert library.stages_of("b") == ["tiny"] and library.stages_of("c") == []
