"""Where the app finds its bundled files and where it keeps the user's data."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "hiring-app"
DATA_DIR_ENV = "HIRING_APP_DATA_DIR"
DB_FILENAME = "hiring.db"

PACKAGE = Path(__file__).resolve().parent


def _shipped_root() -> Path:
    """Where question_banks/ and resources/ are: inside the package when it was installed from a
    wheel or frozen into the desktop bundle (both put them in hiring_app/_bundled/), else at the
    top of the source checkout, where a person edits them."""
    bundled = PACKAGE / "_bundled"
    return bundled if (bundled / "question_banks").is_dir() else PACKAGE.parent


SHIPPED_ROOT = _shipped_root()
RESOURCES = SHIPPED_ROOT / "resources"
QUESTION_BANKS = SHIPPED_ROOT / "question_banks"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
CJK_FONT = FONTS / "wqy-microhei.ttc"
FALLBACK_FONTS = (FONTS / "DejaVuSans.ttf", FONTS / "Symbola.ttf")
TRANSLATION_LOCALES = ("zh_CN", "en", "es")
APP_ICON = RESOURCES / "icons" / "hiring-app.png"


def missing_shipped_files() -> list[str]:
    """The app's own files that are not where they should be (an incomplete install), as paths
    relative to SHIPPED_ROOT; empty when everything is there."""
    needed = [QUESTION_BANKS / "core.yaml", CJK_FONT, *FALLBACK_FONTS, APP_ICON]
    needed += [TRANSLATIONS / f"hiring_app_{locale}.qm" for locale in TRANSLATION_LOCALES]
    missing = [str(path.relative_to(SHIPPED_ROOT)) for path in needed if not path.is_file()]
    if not any((QUESTION_BANKS / "roles").glob("*.yaml")):
        missing.append(str((QUESTION_BANKS / "roles" / "*.yaml").relative_to(SHIPPED_ROOT)))
    return missing


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the --data-dir option, else $HIRING_APP_DATA_DIR, else the OS default."""
    if override:
        return Path(override).expanduser().absolute()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().absolute()
    import platformdirs  # here: a command given its folder does not pay for the import

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder (what can be rebuilt at any time: the checked shipped library)."""
    if sys.platform.startswith("linux"):
        # platformdirs' rule for Linux (tests/unit/test_paths.py holds the two equal), without
        # importing it: the window reads the cache before its first paint
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):
            base = os.path.expanduser("~/.cache")
        return Path(base) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME
