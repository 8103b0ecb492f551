"""Checks of an installed copy of the app (a wheel in a new virtual environment, or the desktop
bundle), run as a user would: from a folder outside the checkout, with nothing of the source tree
on the path."""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

from tests.helpers.reports import pdf_text

HAN = re.compile(r"[\u4e00-\u9fff]")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment less anything that could point back into the checkout."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "UV_PROJECT", "HIRING_APP"))}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(command: list[str], cwd: Path, timeout: float = 120,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, env=env or clean_env(), capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, (command, result.returncode, result.stdout, result.stderr)
    return result


run = _run


def check_installed_app(app: list[str], work: Path, env: dict[str, str] | None = None) -> None:
    """`app` starts the installed hiring-app: its content, fonts and translations are all
    there, and each of the commands a new user tries first works."""
    def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
        return _run(command, cwd, env=env)

    data = work / "company"
    info = json.loads(run([*app, "--data-dir", str(data), "info", "--json"], work).stdout)
    assert info["counts"]["roles"] >= 50
    assert info["content"]["missing"] == []

    roles = json.loads(run([*app, "--data-dir", str(data), "--lang", "zh", "roles", "list",
                            "--json"], work).stdout)
    assert len(roles) == info["counts"]["roles"]
    assert any(HAN.search(role["name"]) for role in roles)

    kit = work / "kit.pdf"
    run([*app, "--data-dir", str(data), "report", "kit", "--role", roles[0]["id"], "-o", str(kit),
         "--lang", "zh"], work)
    assert roles[0]["name"] in pdf_text(kit)  # Chinese, in the bundled font

    window = work / "window"
    run([*app, "--data-dir", str(window), "--lang", "zh", "--quit-after", "1500"], work)
    assert (window / "hiring.db").is_file()
