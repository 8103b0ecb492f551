"""The command line speaks --lang: the same mistake gives one line in Chinese, English or
Spanish (always starting `hiring-app: error: `, always exit 2), and confirmations, questions and
labels follow the language too. English without --lang."""
from __future__ import annotations

import io
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from hiring_app import cli
from tests.helpers.fixtures import run_cli

HAN = re.compile(r"[\u4e00-\u9fff]")
# A word every Spanish line of these mistakes has, and none of the English ones.
SPANISH = re.compile(r"\b(existe|ningún|es|una|carpeta|uso|incorrecto|argumento|el|la|"
                     r"indique|elija|tiene|use|argumentos)\b")
ENGLISH = re.compile(r"\b(the|is|folder|give|see|argument|arguments|has|choose)\b")


@pytest.fixture(scope="module")
def shared_company(installed_template: Path, tmp_path_factory) -> str:
    """One installed company for the mistakes below (none of them changes it) and for a
    candidate to ask about."""
    folder = tmp_path_factory.mktemp("languages") / "company"
    shutil.copytree(installed_template, folder)
    assert cli.main(["--data-dir", str(folder), "candidates", "add", "--name", "王芳",
                     "--role", "cs_presale"]) == 0
    return str(folder)


def error_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hiring-app: error: "), lines[0]
    return lines[0].removeprefix("hiring-app: error: ")


def assert_language(line: str, language: str) -> None:
    if language == "zh":
        assert HAN.search(line), line
        assert not ENGLISH.search(line), line
    else:  # (a name may be Chinese in any language)
        words = SPANISH if language == "es" else ENGLISH
        other = ENGLISH if language == "es" else SPANISH
        assert words.search(line) and not other.search(line), line


# --- in a real process, as a user runs it ------------------------------------------------------
@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_an_unknown_role_for_an_interview_kit(shared_company, tmp_path, language) -> None:
    result = run_cli("--data-dir", shared_company, "--lang", language, "report", "kit",
                     "--role", "no_such_role", "-o", str(tmp_path / "kit.pdf"))
    line = error_line(result)
    assert "no_such_role" in line
    assert_language(line, language)
    assert "hiring-app roles list" in line  # what to do next
    assert not (tmp_path / "kit.pdf").exists()


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_a_folder_given_as_the_report_file(shared_company, tmp_path, language) -> None:
    result = run_cli("--data-dir", shared_company, "--lang", language, "report", "kit",
                     "--role", "cs_presale", "-o", str(tmp_path))
    line = error_line(result)
    assert str(tmp_path) in line and ".pdf" in line
    assert_language(line, language)


def test_a_missing_candidate_and_a_usage_mistake_in_chinese(shared_company, tmp_path) -> None:
    line = error_line(run_cli("--data-dir", shared_company, "--lang", "zh", "report",
                              "candidate", "999", "-o", str(tmp_path / "c.pdf")))
    assert "999" in line and "候选人" in line
    line = error_line(run_cli("--lang", "zh", "report", "kit", "-o", "x.pdf"))
    assert "--role" in line and "hiring-app report kit --help" in line
    assert_language(line, "zh")


def test_a_reports_own_lang_speaks_when_the_global_one_is_not_given(shared_company,
                                                                     tmp_path) -> None:
    result = run_cli("--data-dir", shared_company, "report", "kit", "--role", "nope",
                     "-o", str(tmp_path / "k.pdf"), "--lang", "es")
    assert_language(error_line(result), "es")
    result = run_cli("--data-dir", shared_company, "--lang", "zh", "report", "kit", "--role",
                     "cs_presale", "-o", str(tmp_path / "k.pdf"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已将岗位 cs_presale 的面试手册写入 ")  # the global one wins


def test_english_without_lang(shared_company, tmp_path) -> None:
    line = error_line(run_cli("--data-dir", shared_company, "report", "kit", "--role", "nope",
                              "-o", str(tmp_path / "k.pdf")))
    assert line == "no role with the id 'nope' (see 'hiring-app roles list')"


# --- the same entry point in this process (quicker), for everything else it prints -----------
def run(capsys, monkeypatch, *args: str, answer: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("language, mistake, expected", [
    ("zh", ["demo", "--candidates", "lots"], "“lots”不是整数"),
    ("es", ["demo", "--candidates", "0"], "use un número del 1 al 100000"),
    ("zh", ["erase", "candidate", "abc"], "需要一个整数"),
    ("es", ["info", "--frobnicate"], "argumentos no reconocidos: --frobnicate"),
    ("zh", ["frobnicate"], "的值 'frobnicate' 无效"),
    ("es", ["retention", "500"], "entre 0 (desactivado) y 120 meses"),
    ("zh", ["backup", "keep", "0"], "1 到 100 之间"),
    ("es", ["candidates", "add", "--name", " ", "--role", "cs_presale"], "indique el nombre"),
    ("zh", ["candidates", "add", "--name", "李雷", "--role", "cs_presale", "--email", "x@"],
     "看起来不像电子邮箱地址"),
    ("es", ["scorecards", "export", "--candidate", "1", "-o", "x.json"],
     "no tiene ninguna hoja de evaluación enviada"),
    ("zh", ["backup", "restore", "hiring-2000-01-01-000000-auto.db", "--yes"], "找不到备份文件"),
    ("es", ["report", "compare", "-o", "x.pdf"], "indique --role ID"),
])
def test_mistakes_in_the_chosen_language(shared_company, capsys, monkeypatch, language,
                                         mistake, expected) -> None:
    code, out, err = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", language,
                         *mistake)
    assert code == 2 and out == ""
    assert err.startswith("hiring-app: error: ") and err.count("\n") == 1, err
    assert expected in err, err
    assert_language(err, language)


def test_a_question_and_its_answer_in_chinese_and_spanish(shared_company, capsys,
                                                          monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "zh",
                       "erase", "candidate", "1", answer="n\n")
    assert code == 1
    assert out.startswith("彻底删除候选人 1（王芳）及其 0 次面试和所有记录吗？此操作无法撤销。 [y/N] ")
    assert out.endswith("没有删除任何内容\n")
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "es",
                       "backup", "create")
    assert code == 0 and out.startswith("copia de seguridad creada: ")
    name = Path(out.split(": ", 1)[1].rsplit(" (", 1)[0]).name
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "es",
                       "backup", "delete", name, answer="s\n")  # "sí" in Spanish goes ahead
    assert code == 0
    assert out == ("¿Eliminar definitivamente 1 archivo de copia de seguridad? [s/N] "
                   "se ha eliminado 1 archivo de copia de seguridad\n")


def test_labels_and_tables_in_chinese_json_unchanged(shared_company, capsys,
                                                     monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "zh", "info")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("数据库：") and lines[1].startswith("架构版本：")
    assert any(line.startswith("候选人：") and line.endswith(" 1") for line in lines)
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "zh",
                       "candidates", "list")
    header, row = out.splitlines()
    assert header.split() == ["编号", "姓名", "岗位", "状态", "渠道", "态度", "能力", "象限",
                              "决定"]
    assert row.split() == ["1", "王芳", "cs_presale", "新建"]
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "zh",
                       "candidates", "list", "--json")
    assert json.loads(out) == [{"id": 1, "name": "王芳", "role_id": "cs_presale",
                                "status": "new", "channel": None, "attitude": None,
                                "ability": None, "quadrant": None, "decision": None}]
    code, out, _ = run(capsys, monkeypatch, "--data-dir", shared_company, "--lang", "es",
                       "retention")
    assert out == "plazo de conservación: desactivado\n"

