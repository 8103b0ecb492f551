"""Whatever file a user opens, validating or importing it either works or ends in a
BankFileError that leaves the library untouched: never a crash, never half an import."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiring_app.content.loader import BankFileError, builtin_vocabulary, read_bank_text
from hiring_app.services.library import ensure_builtin, import_bank
from hiring_app.storage.database import memory_database
from tests.helpers.attack import counted, parent_of, paths_in
from tests.helpers.banks import (
    bank_dict,
    bank_yaml,
    dump_library_tables,
    role_dict,
    small_library,
)

FUZZ = settings(max_examples=200, deadline=None, print_blob=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Values a hand-edited file could hold where something else was meant.
SCALARS = (st.none() | st.booleans() | st.integers(-(2**70), 2**70)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
           | st.sampled_from(["", " ", "attitude", "ability", "operations", "responsibility",
                              "minimum", "store", "1", "3", "5", "zh", "id", "shop_a_q1",
                              "std_one", "hiring-bank/1", "\n", "é", "中文"]))
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "zh", "en", "es", "1", "3", "5", "x", "name", "weight"]) | st.text(
            max_size=5), inner, max_size=3),
    max_leaves=8)

YAML_FRAGMENTS = st.sampled_from([
    "format: hiring-bank/1\n", "roles:\n", "- id: a\n", "  - ", "  ", ": ", "[", "]", "{", "}",
    "&a ", "*a", "!!python/object:os.system ", "!!binary ", "!!set ", "? ", "|\n", ">\n",
    "'", '"', "#", "\t", "\n", "---\n", "...\n", "%YAML 1.1\n", "1e999", ".nan", "~", "<<: ",
    "\ufeff", "\x00", "中文", "weight: 0\n", "department: x\n",
]) | st.integers(1, 3000).map(lambda n: "[" * n + "]" * n)
# The keys whose values the checks look at closely; edits land there half of the time.
INTERESTING = {"id", "format", "roles", "questions", "dimension", "facet", "kind", "weight",
               "thresholds", "attitude", "ability", "department", "pay_model", "stages",
               "settings", "attitude_facets", "ability_facets", "scoring", "1", "3", "5", "zh",
               "en", "es", "text"}




@st.composite
def mutated_banks(draw) -> Any:
    """A valid bank with one to three random edits: delete, replace or duplicate."""
    data = bank_dict(role_dict("fz_a", questions=2),
                     role_dict("fz_b", questions=1, department="warehouse"))
    for _ in range(draw(st.integers(1, 3))):
        paths = paths_in(data)
        if not paths:
            break
        interesting = [p for p in paths if p[-1] in INTERESTING]
        path = draw(st.sampled_from(interesting if interesting and draw(st.booleans()) else paths))
        parent = parent_of(data, path)
        action = draw(st.sampled_from(["delete", "replace", "duplicate"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(JSONISH)
        elif isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
        else:
            target = parent_of(data, path[:-1]) if len(path) > 1 else None
            if isinstance(target, list):  # the entry holding this key: duplicate it whole
                target.append(copy.deepcopy(parent))
    return data


def check_text(text: str) -> None:
    try:
        read_bank_text(text, Path("fuzz.yaml"), builtin_vocabulary())
    except BankFileError as error:
        assert error.issues and all(issue.file == "fuzz.yaml" for issue in error.issues)


def check_import(db, path: Path, content: bytes) -> None:
    path.write_bytes(content)
    before = dump_library_tables(db)
    try:
        import_bank(db, path)
    except BankFileError as error:
        assert error.issues
        assert dump_library_tables(db) == before


@FUZZ
@given(st.text(max_size=300))
@counted("fuzz: question bank read cases")
def test_arbitrary_text_is_valid_or_a_bank_error(text: str) -> None:
    check_text(text)


@FUZZ
@given(st.lists(YAML_FRAGMENTS | st.text(max_size=8), max_size=40))
@counted("fuzz: question bank read cases")
def test_yaml_like_text_is_valid_or_a_bank_error(pieces: list[str]) -> None:
    check_text("".join(pieces))


@FUZZ
@given(mutated_banks())
@counted("fuzz: question bank read cases")
def test_mutated_bank_text_is_valid_or_a_bank_error(data: Any) -> None:
    check_text(bank_yaml(data))


def test_any_number_in_a_bank_imports_or_is_a_bank_error(tmp_path: Path) -> None:
    db = memory_database()
    ensure_builtin(db, small_library())
    data = bank_dict(role_dict("fz_a", questions=2))
    numbers = [p for p in paths_in(data) if isinstance(parent_of(data, p)[p[-1]], (int, float))]

    @FUZZ
    @given(st.sampled_from(numbers), st.floats() | st.integers(-(2**70), 2**70))
    @counted("fuzz: question bank import cases")
    def run(path: tuple, number: float) -> None:
        changed = copy.deepcopy(data)
        parent_of(changed, path)[path[-1]] = number
        check_import(db, tmp_path / "fuzz.yaml", bank_yaml(changed).encode("utf-8"))

    try:
        run()
    finally:
        db.conn.close()


def test_imports_of_arbitrary_bytes_change_nothing_or_succeed(tmp_path: Path) -> None:
    db = memory_database()
    ensure_builtin(db, small_library())
    valid = bank_yaml(bank_dict(role_dict("fz_a"))).encode("utf-8")

    @FUZZ
    @given(st.binary(max_size=300) | st.builds(
        lambda cut, junk: valid[:cut] + junk + valid[cut:],
        st.integers(0, len(valid)), st.binary(min_size=1, max_size=8)))
    @counted("fuzz: question bank import cases")
    def run(content: bytes) -> None:
        check_import(db, tmp_path / "fuzz.yaml", content)

    try:
        run()
    finally:
        db.conn.close()


def test_imports_of_mutated_banks_change_nothing_or_succeed(tmp_path: Path) -> None:
    db = memory_database()
    ensure_builtin(db, small_library())

    @FUZZ
    @given(mutated_banks())
    @counted("fuzz: question bank import cases")
    def run(data: Any) -> None:
        check_import(db, tmp_path / "fuzz.yaml", bank_yaml(data).encode("utf-8"))

    try:
        run()
    finally:
        db.conn.close()
