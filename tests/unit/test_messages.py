"""The message catalogue (hiring_app/i18n): every code raised or printed anywhere in the app has a
text in Chinese, English and Spanish, every text can be filled from what its raise site passes,
and parameters are inserted as they are."""
from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from hiring_app import errors
from hiring_app.errors import UserError
from hiring_app.i18n import LANGUAGES, Message, placeholders, render, text
from hiring_app.i18n.catalog import CATALOGUE, PARTS

PACKAGE = Path(__file__).resolve().parents[2] / "hiring_app"
CATALOGUE_FOLDER = PACKAGE / "i18n"
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
# Calls that take a message code: the error classes, Message, and the CLI's printing helpers.
SPEAKERS = {"Message", "text", "say"}
# Parameters an error class fills in itself, whatever the raise site passes.
IMPLICIT = {"ScorecardFileError": {"path"},
            "BankFileError": {"path", "file", "first", "detail", "count", "more"}}
HAN = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCTUATION = re.compile(r"[,;:()?!]")


def _sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if CATALOGUE_FOLDER not in p.parents]


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _user_error_classes() -> set[str]:
    for path in _sources():
        if "ui" not in path.relative_to(PACKAGE).parts and path.name != "__main__.py":
            importlib.import_module(".".join(path.relative_to(PACKAGE.parent).with_suffix("")
                                             .parts).removesuffix(".__init__"))
    found, todo = set(), [UserError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def raise_sites() -> list[tuple[str, str, str, set[str] | None]]:
    """(where, callee, code, keyword names or None when ** hides them) for every call in the app
    that names a message code."""
    speakers = SPEAKERS | _user_error_classes()
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _callee(node) not in speakers:
                continue
            codes = [a.value for a in node.args
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)
                     and CODE.match(a.value)]
            if not codes:
                continue
            keywords = {k.arg for k in node.keywords}
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            found.append((where, _callee(node), codes[0], None if None in keywords else keywords))
    return found


def forms(code: str, language: str) -> list[str]:
    chosen = CATALOGUE[code][language]
    return list(chosen.values()) if isinstance(chosen, Mapping) else [chosen]


def test_no_code_is_catalogued_twice() -> None:
    seen: dict[str, int] = {}
    for part in PARTS:
        for code in part:
            seen[code] = seen.get(code, 0) + 1
    assert [code for code, count in seen.items() if count > 1] == []


def test_every_code_has_a_text_in_every_language() -> None:
    for code, entry in CATALOGUE.items():
        assert CODE.match(code), code
        assert set(entry) == set(LANGUAGES), code
        for language in LANGUAGES:
            chosen = entry[language]
            if isinstance(chosen, Mapping):
                assert set(chosen) == {"one", "other"}, code
            assert all(form.strip() for form in forms(code, language)), (code, language)


def test_the_raise_sites_are_found() -> None:
    """The scan below sees the calls it checks (a guard against the scan itself breaking)."""
    sites = raise_sites()
    callees = {callee for _, callee, _, _ in sites}
    assert len(sites) > 150
    assert {"UserError", "NotFoundError", "BackupError", "ScorecardFileError", "Message",
            "say", "text", "DataFolderError", "StorageWriteError"} <= callees


def test_every_code_raised_or_printed_has_a_text_and_gets_its_parameters() -> None:
    problems = []
    for where, callee, code, keywords in raise_sites():
        if code not in CATALOGUE:
            problems.append(f"{where}: {code} is not in the catalogue")
            continue
        if keywords is None:
            problems.append(f"{where}: {code}: pass its parameters by name, not with **")
            continue
        given = keywords | IMPLICIT.get(callee, set())
        for language in LANGUAGES:
            for form in forms(code, language):
                missing = placeholders(form) - given
                if missing:
                    problems.append(f"{where}: {code} ({language}) uses {sorted(missing)}, "
                                    "which the call does not pass")
    assert problems == []


def test_every_user_error_is_raised_with_a_code() -> None:
    """An error class called without a catalogued code would reach the user as a bare code."""
    classes = _user_error_classes()
    bare = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in classes - {"BankFileError"}:
                literal = [a for a in node.args if isinstance(a, ast.Constant)
                           and isinstance(a.value, str) and CODE.match(a.value)]
                if not literal:
                    bare.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert bare == []


def test_codes_kept_in_tables_are_catalogued() -> None:
    for code in [*errors._OS_REASONS.values(), *errors._HINTS, *errors._HINTS.values()]:
        assert code in CATALOGUE, code


def test_every_catalogued_code_is_used() -> None:
    used: set[str] = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                used.add(node.value)
    assert sorted(set(CATALOGUE) - used) == []


def _outside_placeholders(form: str) -> str:
    return re.sub(r"\{[^{}]*\}", "", form)


def test_chinese_texts_are_chinese_with_full_width_punctuation() -> None:
    for code in CATALOGUE:
        for form in forms(code, "zh"):
            words = _outside_placeholders(form)
            english = "".join(ch for ch in forms(code, "en")[0] if ch.isalpha())
            if re.search(r"[A-Za-z]{3,}", _outside_placeholders(forms(code, "en")[0])) and (
                    english not in ("", "yN")):
                assert HAN.search(words), (code, form)
            assert not ASCII_PUNCTUATION.search(words), (code, form)


def test_spanish_texts_are_not_english() -> None:
    same = [code for code in CATALOGUE if forms(code, "es") == forms(code, "en")
            and re.search(r"[A-Za-z]{3,}", _outside_placeholders(forms(code, "en")[0]))]
    assert same == ["backup_kind.manual"]  # "manual" in both


@pytest.mark.parametrize("language", LANGUAGES)
def test_parameters_are_inserted_as_they_are(language: str) -> None:
    path = "/tmp/{path}/{}/{0}/%s"
    shown = render(UserError("file.is_folder", path=path), language)
    assert path in shown
    assert render(UserError("role.not_found", role_id="{role_id}"), language).count(
        "{role_id}") == 1


def test_a_parameter_may_be_a_message_a_list_or_a_text_by_language() -> None:
    error = UserError("compare.role_too_few", role_id="cs",
                      name={"zh": "售前客服", "en": "Pre-sales", "es": "Preventa"}, count=1)
    assert "售前客服" in error.render("zh") and "Pre-sales" in error.message
    assert "Preventa" in error.render("es")
    channels = UserError("candidate.channel_unknown", channel="x", choices=["a", "b"])
    assert "a、b" in channels.render("zh") and "a, b" in channels.message
    nested = UserError("write.failed", reason=Message("write.disk_full"))
    assert "磁盘已满" in nested.render("zh") and "disk is full" in nested.message


def test_counts_choose_the_singular_or_the_plural() -> None:
    assert text("cli.scorecards.exported", "en", count=1, candidate_id=3, path="f") == (
        "exported 1 scorecard of candidate 3 to f")
    assert text("cli.scorecards.exported", "en", count=2, candidate_id=3, path="f") == (
        "exported 2 scorecards of candidate 3 to f")
    assert "1 hoja de evaluación del" in text("cli.scorecards.exported", "es", count=1,
                                              candidate_id=3, path="f")


def test_strict_mode_refuses_an_unknown_code_or_a_missing_parameter() -> None:
    with pytest.raises(KeyError):
        UserError("no.such_code")
    with pytest.raises(KeyError):
        UserError("role.not_found")  # role_id missing
    with pytest.raises(KeyError):
        Message("file.is_folder", folder="wrong name")


def test_outside_strict_mode_a_gap_shows_rather_than_fails(monkeypatch) -> None:
    monkeypatch.delenv("HIRING_APP_STRICT_MESSAGES")
    assert render(UserError("role.not_found"), "zh") == "没有编号为“{role_id}”的岗位。"
    assert render(UserError("no.such_code", x=1), "es") == "no.such_code"
    assert render(UserError("role.not_found", role_id="r"), "fr") == "no role with the id 'r'"


def test_os_reasons_are_said_in_every_language() -> None:
    full = errors.os_reason(OSError(28, "No space left on device"))
    assert (full.render("zh"), full.render("es")) == ("磁盘已满", "no queda espacio en el disco")
    assert full.render("en") == "No space left on device"
    odd = errors.os_reason(OSError(123456, "Something odd"))
    assert "Something odd" in odd.render("zh")  # the system's own words, for an unknown error


def test_no_chinese_text_holds_an_english_word() -> None:
    """Every Chinese text, filled in, has no English word left but the names of commands,
    options, formats and fields a user types or reads in a file."""
    allowed = re.compile(r"hiring-app|--[a-z-]+|core\.yaml|HIRING_APP_DEBUG|JSON|YAML|UTF-8|"
                         r"Unicode|WAL|MB|SQLite|format|scorecards|answers|question_id|"
                         r"interviewer|role_id|started_at|uid|candidate|roles|list|backup|"
                         r"restore|erase|expired|delete|retention|help|ID|pdf|y|N")
    for code in CATALOGUE:
        params = {name: "X" for name in re.findall(r"\{([a-z_]+)", str(CATALOGUE[code]))}
        params["count"] = 2
        shown = text(code, "zh", **params)
        leftover = re.findall(r"[A-Za-z]{2,}", allowed.sub("", shown).replace("X", ""))
        assert leftover == [], (code, shown)
