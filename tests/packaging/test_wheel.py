"""The package as a user installs it: a wheel built from the checkout, installed into a new
virtual environment outside it, brings the question banks, fonts and translations along."""
from __future__ import annotations

import json
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers.fixtures import PROJECT_ROOT
from tests.helpers.installed import HAN, check_installed_app, run

UV = os.environ.get("UV") or shutil.which("uv")
pytestmark = pytest.mark.skipif(UV is None, reason="builds with uv (README's quick start)")

WINDOW_IN_CHINESE = """
import json, sys
from pathlib import Path
import hiring_app
from PySide6.QtGui import QFontDatabase
from hiring_app.ui.app import build_context, create_application
from hiring_app.ui.fonts import CJK_FAMILY
from hiring_app.ui.main_window import MainWindow
app = create_application()
window = MainWindow(build_context(Path(sys.argv[1]), "zh"))
window.show()
app.processEvents()
print(json.dumps({"package": hiring_app.__file__,
                  "menus": [a.text() for a in window.menuBar().actions()],
                  "cjk_font": CJK_FAMILY in QFontDatabase.families()}))
window.close()
window.context.db.conn.close()
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A new virtual environment holding the wheel (dependencies at their pinned versions)."""
    work = tmp_path_factory.mktemp("wheel")
    run([UV, "build", "--wheel", "--out-dir", str(work / "dist"), str(PROJECT_ROOT)], work,
        timeout=300)
    wheel = next((work / "dist").glob("hiring_app-*.whl"))
    venv = work / "venv"
    run([UV, "venv", "--quiet", "--python", sys.executable, str(venv)], work)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run([UV, "pip", "install", "--quiet", "--python", str(python), "-c",
         str(PROJECT_ROOT / "constraints.txt"), str(wheel)], work, timeout=600)
    return venv


def test_the_wheel_carries_the_content_and_no_test_or_source_tree_files(installed) -> None:
    wheel = next((installed.parent / "dist").glob("hiring_app-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "hiring_app/_bundled/question_banks/core.yaml" in names
    assert "hiring_app/_bundled/resources/fonts/wqy-microhei.ttc" in names
    assert {f"hiring_app/_bundled/resources/translations/hiring_app_{locale}.qm"
            for locale in ("zh_CN", "en", "es")} <= set(names)
    assert not [name for name in names if name.startswith(("tests/", "question_banks/"))]


def test_the_installed_app_works_from_outside_the_checkout(installed, tmp_path) -> None:
    app = installed / ("Scripts/hiring-app.exe" if os.name == "nt" else "bin/hiring-app")
    check_installed_app([str(app)], tmp_path)


def test_the_installed_window_speaks_chinese_in_the_bundled_font(installed, tmp_path) -> None:
    python = installed / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    seen = json.loads(run([str(python), "-c", WINDOW_IN_CHINESE, str(tmp_path / "company")],
                          tmp_path).stdout.splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(installed)  # not the checkout's copy
    assert seen["menus"] and all(HAN.search(menu) for menu in seen["menus"])
    assert seen["cjk_font"]
