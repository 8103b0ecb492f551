"""Where the app finds its bundled files and where it keeps the user's data."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hiring-app"
DATA_DIR_ENV = "HIRING_APP_DATA_DIR"
DB_FILENAME = "hiring.db"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
QUESTION_BANKS = PROJECT_ROOT / "question_banks"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
CJK_FONT = FONTS / "wqy-microhei.ttc"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the --data-dir option, else $HIRING_APP_DATA_DIR, else the OS default."""
    if override:
        return Path(override).expanduser().absolute()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME
