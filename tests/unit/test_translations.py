"""Every UI string has a translation in Chinese, English and Spanish, and the compiled files
the app loads are up to date with their sources."""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hiring_app import paths
from hiring_app.ui.i18n import LANGUAGES
from hiring_app.ui.i18n_build import compile_translations, ts_path, update_sources

LOCALES = list(LANGUAGES.values())
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> Path:
    """The .ts files as lupdate makes them from today's code."""
    folder = tmp_path_factory.mktemp("ts")
    for locale in LOCALES:
        shutil.copy(ts_path(locale), ts_path(locale, folder))
    update_sources(folder)
    return folder


@pytest.mark.parametrize("locale", LOCALES)
def test_translation_sources_list_every_ui_string(locale: str, fresh_sources: Path) -> None:
    committed = set(messages(ts_path(locale)))
    current = set(messages(ts_path(locale, fresh_sources)))
    missing = sorted(current - committed)
    assert not missing, f"run `python -m hiring_app.ui.i18n_build`; new strings: {missing[:5]}"
    assert len(current) >= 20


@pytest.mark.parametrize("locale", LOCALES)
def test_every_ui_string_is_translated(locale: str) -> None:
    untranslated = []
    for (context, source), translation in messages(ts_path(locale)).items():
        text = translation.text if translation is not None else None
        if not text or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            untranslated.append(f"{context}: {source[:50]}")
            continue
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            f"{locale} changes the placeholders of {source!r}"
        )
    assert untranslated == [], f"{locale}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"


@pytest.mark.parametrize("locale", ["zh_CN", "es"])
def test_translations_are_not_copies_of_english(locale: str) -> None:
    items = messages(ts_path(locale))
    same = [src for (_, src), tr in items.items() if tr is not None and tr.text == src
            and len(src) > 3 and not src.startswith("&")]
    assert len(same) <= len(items) // 10, f"{locale} leaves English in place: {same[:5]}"


def test_compiled_files_match_their_sources(tmp_path: Path) -> None:
    compile_translations(paths.TRANSLATIONS, tmp_path)
    for locale in LOCALES:
        compiled = (paths.TRANSLATIONS / f"hiring_app_{locale}.qm").read_bytes()
        assert compiled == (tmp_path / f"hiring_app_{locale}.qm").read_bytes(), (
            f"{locale}.qm is stale: run `python -m hiring_app.ui.i18n_build`"
        )


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never offered for translation."""
    import ast

    offenders = []
    for path in sorted((paths.PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr in {"tr", "translate"}):
                    offenders.append(f"{path.name}:{inner.lineno}")
    assert offenders == [], f"move these tr() calls out of f-strings: {offenders}"
