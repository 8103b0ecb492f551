"""Refresh the translation sources and compile them: `python -m hiring_app.ui.i18n_build`.

pyside6-lupdate collects every tr() string of hiring_app/ui into resources/translations/*.ts
(keeping the translations already written); pyside6-lrelease compiles them to the .qm files the
app loads. Run it after changing UI strings, fill in the new entries, and run it again.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hiring_app import paths
from hiring_app.ui.i18n import LANGUAGES

UI_SOURCES = Path(__file__).resolve().parent


def tool(name: str) -> str:
    """The PySide6 tool next to this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6-Essentials")
    return found


def ui_source_files() -> list[str]:
    return sorted(str(p) for p in UI_SOURCES.rglob("*.py"))


def ts_path(locale: str, folder: Path = paths.TRANSLATIONS) -> Path:
    return folder / f"hiring_app_{locale}.ts"


def update_sources(folder: Path = paths.TRANSLATIONS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for locale in LANGUAGES.values():
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *ui_source_files(),
             "-ts", str(ts_path(locale, folder))],
            check=True, capture_output=True,
        )


def compile_translations(folder: Path = paths.TRANSLATIONS, out: Path | None = None) -> None:
    out = out or folder
    for locale in LANGUAGES.values():
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_path(locale, folder)),
             "-qm", str(out / f"hiring_app_{locale}.qm")],
            check=True, capture_output=True,
        )


if __name__ == "__main__":
    update_sources()
    compile_translations()
    print(f"updated and compiled: {', '.join(LANGUAGES.values())} in {paths.TRANSLATIONS}")
