"""The role-library use cases: install once, import (all or nothing), export, restore shipped."""
from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
import yaml

from hiring_app.content.loader import BankFileError, builtin_vocabulary
from hiring_app.errors import NotFoundError, UserError
from hiring_app.services.library import (
    ensure_builtin,
    export_bank,
    export_text,
    import_bank,
    list_roles,
    restore_builtin,
)
from hiring_app.storage import roles_repo as repo
from hiring_app.storage.database import memory_database
from tests.helpers.banks import (
    bank_dict,
    dump_library_tables,
    i18n,
    question_dict,
    role_dict,
    small_library,
    write_bank,
)


@pytest.fixture
def library():
    return small_library()


@pytest.fixture
def installed(db, library):
    """A database holding the small library as its shipped content."""
    assert ensure_builtin(db, library) is True
    return db


def origin_of(db, role_id: str) -> str | None:
    row = db.execute("SELECT origin FROM roles WHERE id = ?", [role_id]).fetchone()
    return row[0] if row else None


def question_ids(db, role_id: str) -> list[str]:
    return [q.id for q in repo.questions_of(db, role_id)]


def user_role(rid: str = "mine") -> dict:
    """A role a user might write, using the optional bits: no settings, reveals, odd numbers,
    a family, a lower attitude bar with its reason, knock-outs and a family's guide."""
    role = role_dict(rid, questions=7, department="customer_service")
    del role["settings"]
    role["family"] = "frontline"
    role["thresholds"] = {"attitude": 2.5, "ability": 4, "ability_floor": 2.5, "min_answers": 4,
                          "reason": i18n(f"role {rid} threshold reason")}
    role["knockout_flags"] = ["dismissive_of_customers"]
    role["questions"][0]["weight"] = 1.5
    role["questions"][1]["reveals"] = i18n(f"question {rid}_q2 reveals")
    role["questions"][2]["follow_ups"] = []
    role["questions"][3]["knockout"] = True
    role["questions"][4]["by_family"] = {
        "frontline": {"listen_for": i18n(f"question {rid}_q5 frontline listen"),
                      "scoring": {str(n): i18n(f"question {rid}_q5 frontline {n}")
                                  for n in (1, 3, 5)}}}
    return role


# --- install ---------------------------------------------------------------------------------
def test_ensure_builtin_installs_the_shipped_library_once(db, library) -> None:
    assert ensure_builtin(db, library) is True
    assert repo.role_ids(db) == ["shop_a", "shop_b"]
    assert {origin_of(db, r) for r in ("shop_a", "shop_b")} == {"builtin"}
    assert question_ids(db, "shop_a") == [f"shop_a_q{n}" for n in range(1, 7)]
    assert [q.id for q in repo.questions_of(db, None)] == ["std_one", "std_two"]

    repo.delete_role(db, "shop_b")  # the user deleted a shipped role
    before = dump_library_tables(db)
    assert ensure_builtin(db, library) is False
    assert dump_library_tables(db) == before  # the second call is a no-op: shop_b stays deleted
    assert repo.role_ids(db) == ["shop_a"]


def test_installed_role_reads_back_as_shipped(installed, library) -> None:
    assert repo.get_role(installed, "shop_b") == library.roles[1]


# --- export / import round trip --------------------------------------------------------------
def test_export_import_export_gives_the_same_file(installed, tmp_path: Path) -> None:
    import_bank(installed, write_bank(tmp_path / "mine.yaml", bank_dict(user_role())))
    first = tmp_path / "first.yaml"
    assert export_bank(installed, first) == 3

    result = import_bank(installed, first)
    assert sorted(result.roles_updated) == ["mine", "shop_a", "shop_b"]
    assert result.roles_added == [] and result.questions_added == 0
    second = tmp_path / "second.yaml"
    export_bank(installed, second)
    assert second.read_bytes() == first.read_bytes()

    fresh = memory_database()
    try:
        result = import_bank(fresh, first)
        assert result.roles_added == ["shop_a", "shop_b", "mine"]
        assert result.questions_added == 19
        third = tmp_path / "third.yaml"
        export_bank(fresh, third)
        assert third.read_bytes() == first.read_bytes()
        assert {origin_of(fresh, r) for r in ("shop_a", "shop_b", "mine")} == {"user"}
    finally:
        fresh.conn.close()


def test_exported_file_keeps_what_the_user_wrote(installed, tmp_path: Path) -> None:
    import_bank(installed, write_bank(tmp_path / "mine.yaml", bank_dict(user_role())))
    exported = yaml.safe_load(export_text(installed, ["mine"]))
    role = exported["roles"][0]
    assert role["thresholds"] == {"attitude": 2.5, "ability": 4, "ability_floor": 2.5,
                                  "min_answers": 4, "reason": i18n("role mine threshold reason")}
    assert role["questions"][0]["weight"] == 1.5
    assert role["questions"][1]["reveals"]["es"] == "question mine_q2 reveals español"
    assert role["questions"][2]["follow_ups"] == []
    assert "settings" not in role
    assert role["family"] == "frontline"
    assert role["knockout_flags"] == ["dismissive_of_customers"]
    assert [q.get("knockout", False) for q in role["questions"]] == [False] * 3 + [True] + [False] * 3
    assert role["questions"][4]["by_family"] == user_role()["questions"][4]["by_family"]
    assert role == user_role()  # nothing lost, nothing added


def test_exported_file_leaves_out_the_defaults_of_the_verdict_fields(installed) -> None:
    role = yaml.safe_load(export_text(installed, ["shop_a"]))["roles"][0]
    assert "family" not in role and "knockout_flags" not in role
    assert set(role["thresholds"]) == {"attitude", "ability", "reason"}
    assert not any("knockout" in q or "by_family" in q for q in role["questions"])


def test_export_of_chosen_roles_holds_only_those(installed) -> None:
    exported = yaml.safe_load(export_text(installed, ["shop_b"]))
    assert [r["id"] for r in exported["roles"]] == ["shop_b"]
    assert [q["id"] for q in exported["roles"][0]["questions"]] == [
        f"shop_b_q{n}" for n in range(1, 7)]


def test_a_role_chosen_twice_is_exported_once_and_imports_back(installed, tmp_path: Path) -> None:
    target = tmp_path / "twice.yaml"
    assert export_bank(installed, target, ["shop_b", "shop_a", "shop_b"]) == 2
    assert [r["id"] for r in yaml.safe_load(target.read_text(encoding="utf-8"))["roles"]] == [
        "shop_b", "shop_a"]
    assert sorted(import_bank(installed, target).roles_updated) == ["shop_a", "shop_b"]


def test_export_of_an_unknown_role_writes_nothing(installed, tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    with pytest.raises(NotFoundError, match="no_such_role"):
        export_bank(installed, target, ["shop_a", "no_such_role"])
    assert list(tmp_path.iterdir()) == []


# --- import ----------------------------------------------------------------------------------
def test_import_adds_a_new_role_as_the_users_own(installed, tmp_path: Path) -> None:
    result = import_bank(installed, write_bank(tmp_path / "mine.yaml", bank_dict(user_role())))
    assert result.roles_added == ["mine"] and result.roles_updated == []
    assert result.questions_added == 7 and result.questions_updated == 0
    assert origin_of(installed, "mine") == "user"
    assert repo.role_ids(installed) == ["shop_a", "shop_b", "mine"]  # new roles go last
    role = repo.get_role(installed, "mine")
    assert role.department == "customer_service"
    assert [q.id for q in role.questions] == [f"mine_q{n}" for n in range(1, 8)]
    listed = {r["id"]: r for r in list_roles(installed, "en")}
    assert listed["mine"]["name"] == "role mine name english"
    assert listed["mine"]["origin"] == "user" and listed["mine"]["question_count"] == 7


def test_import_updates_an_existing_role_and_keeps_questions_not_in_the_file(
        installed, tmp_path: Path) -> None:
    role = role_dict("shop_a", questions=2)
    role["name"]["en"] = "Renamed shop role"
    role["questions"][0]["text"]["zh"] = "改过的问题"
    role["questions"].append(question_dict("shop_a_extra", "ability"))
    result = import_bank(installed, write_bank(tmp_path / "edit.yaml", bank_dict(role)))

    assert result.roles_updated == ["shop_a"] and result.roles_added == []
    assert (result.questions_added, result.questions_updated) == (1, 2)
    stored = repo.get_role(installed, "shop_a")
    assert stored.name["en"] == "Renamed shop role"
    assert stored.questions[0].text["zh"] == "改过的问题"
    ids = [q.id for q in stored.questions]
    assert ids[:3] == ["shop_a_q1", "shop_a_q2", "shop_a_extra"]
    assert sorted(ids[3:]) == ["shop_a_q3", "shop_a_q4", "shop_a_q5", "shop_a_q6"]
    assert origin_of(installed, "shop_a") == "builtin"  # still a shipped role: restore resets it
    assert repo.question_origins(installed, "shop_a")["shop_a_extra"] == "user"


def test_import_is_all_or_nothing_when_one_role_is_invalid(installed, tmp_path: Path) -> None:
    good = user_role("good_one")
    bad = role_dict("bad_one")
    bad["department"] = "astrology"
    edited_shipped = role_dict("shop_a")
    edited_shipped["name"]["zh"] = "不该被保存"
    before = dump_library_tables(installed)
    path = write_bank(tmp_path / "mixed.yaml", bank_dict(good, edited_shipped, bad))
    with pytest.raises(BankFileError) as caught:
        import_bank(installed, path)
    assert [(i.entry, i.field) for i in caught.value.issues] == [("role bad_one", "department")]
    assert dump_library_tables(installed) == before


def test_question_id_of_another_role_is_a_conflict_and_nothing_changes(
        installed, tmp_path: Path) -> None:
    first = user_role("first_new")  # valid and new: must not be added either
    second = role_dict("second_new")
    second["questions"][2]["id"] = "shop_b_q4"
    before = dump_library_tables(installed)
    path = write_bank(tmp_path / "conflict.yaml", bank_dict(first, second))
    with pytest.raises(BankFileError) as caught:
        import_bank(installed, path)
    issues = caught.value.issues
    assert [(i.entry, i.field) for i in issues] == [("question shop_b_q4", "id")]
    assert "shop_b" in issues[0].message
    assert issues[0].file == str(path)
    assert dump_library_tables(installed) == before


def test_question_id_of_a_standard_question_is_a_conflict(installed, tmp_path: Path) -> None:
    role = role_dict("new_role")
    role["questions"][0]["id"] = "std_two"
    before = dump_library_tables(installed)
    with pytest.raises(BankFileError) as caught:
        import_bank(installed, write_bank(tmp_path / "std.yaml", bank_dict(role)))
    assert caught.value.issues[0].entry == "question std_two"
    assert "standard questions" in caught.value.issues[0].message
    assert dump_library_tables(installed) == before


def test_a_file_with_vocabularies_is_refused(installed, tmp_path: Path) -> None:
    data = bank_dict(user_role())
    data["facets"] = copy.deepcopy(builtin_vocabulary().facets)
    before = dump_library_tables(installed)
    with pytest.raises(BankFileError) as caught:
        import_bank(installed, write_bank(tmp_path / "vocab.yaml", data))
    assert caught.value.issues[0].field == "facets"
    assert "vocabularies" in caught.value.issues[0].message
    assert dump_library_tables(installed) == before


def test_an_invalid_file_changes_nothing(installed, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("format: hiring-bank/1\nroles: [\n", encoding="utf-8")
    before = dump_library_tables(installed)
    with pytest.raises(BankFileError):
        import_bank(installed, path)
    assert dump_library_tables(installed) == before


# --- restore ---------------------------------------------------------------------------------
def test_restore_resets_shipped_roles_and_leaves_the_users_work(
        installed, library, tmp_path: Path) -> None:
    edited = role_dict("shop_a", questions=1)
    edited["name"]["zh"] = "我改的名字"
    edited["thresholds"] = {"attitude": 5, "ability": 5}
    edited["questions"][0]["text"]["en"] = "my own wording"
    edited["questions"].append(question_dict("shop_a_mine", "ability"))
    import_bank(installed, write_bank(tmp_path / "edit.yaml", bank_dict(edited, user_role())))
    repo.delete_role(installed, "shop_b")
    mine_before = repo.get_role(installed, "mine")
    added_before = next(q for q in repo.questions_of(installed, "shop_a") if q.id == "shop_a_mine")

    assert restore_builtin(installed, library) == ["shop_a", "shop_b"]

    shop_a = repo.get_role(installed, "shop_a")
    shipped_a = library.roles[0]
    assert shop_a.name == shipped_a.name and shop_a.thresholds == shipped_a.thresholds
    assert shop_a.questions[: len(shipped_a.questions)] == shipped_a.questions
    assert shop_a.questions[len(shipped_a.questions):] == [added_before]  # kept, after shipped
    assert repo.question_origins(installed, "shop_a")["shop_a_mine"] == "user"
    assert repo.get_role(installed, "shop_b") == library.roles[1]  # re-created
    assert origin_of(installed, "shop_b") == "builtin"
    assert repo.get_role(installed, "mine") == mine_before
    assert origin_of(installed, "mine") == "user"


def test_restore_drops_shipped_questions_a_newer_library_no_longer_has(installed) -> None:
    newer = small_library()
    newer.roles[0].questions.pop()  # shop_a_q6 no longer ships
    restore_builtin(installed, newer)
    assert question_ids(installed, "shop_a") == [f"shop_a_q{n}" for n in range(1, 6)]


def test_restore_twice_is_the_same_as_once(installed, library) -> None:
    restore_builtin(installed, library)
    first = export_text(installed)
    restore_builtin(installed, library)
    assert export_text(installed) == first


# --- writing files ---------------------------------------------------------------------------
def test_export_into_a_folder_that_is_a_file_is_a_clear_error(installed, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError) as caught:
        export_bank(installed, blocker / "out.yaml")
    assert "cannot write" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
    assert blocker.read_text() == "x"


def test_export_onto_a_folder_leaves_no_partial_file(installed, tmp_path: Path) -> None:
    target = tmp_path / "a-folder"
    target.mkdir()
    with pytest.raises(UserError) as caught:
        export_bank(installed, target)
    assert str(target) in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="needs a user that file permissions apply to")
def test_export_into_a_read_only_folder(installed, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError):
            export_bank(installed, folder / "out.yaml")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_export_replaces_an_existing_file_whole(installed, tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old content that is much longer than nothing " * 1000)
    export_bank(installed, target, ["shop_a"])
    assert target.read_text(encoding="utf-8") == export_text(installed, ["shop_a"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]


# --- listing ---------------------------------------------------------------------------------
def test_list_roles_in_each_language(installed) -> None:
    spanish = list_roles(installed, "es")
    assert [r["id"] for r in spanish] == ["shop_a", "shop_b"]
    assert spanish[0]["name"] == "role shop_a name español"
    assert spanish[1]["department"] == "warehouse"
    assert spanish[1]["department_name"] == builtin_vocabulary().name_of(
        "departments", "warehouse", "es")
    assert spanish[1]["department_name"] != builtin_vocabulary().name_of(
        "departments", "warehouse", "zh")
    assert list_roles(installed, "zh")[0]["name"] == "role shop_a name 中文"
