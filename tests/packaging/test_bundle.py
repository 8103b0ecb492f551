"""The desktop bundle (PyInstaller, one folder): built from the checkout with the documented
command, then started from outside it as a user would, with no Python on the PATH.

Slow (about a minute on two cores), so it runs only with `--bundle`; `.ci/run` runs it before the
suite: `uv run --group bundle pytest --bundle -n 0 tests/packaging/test_bundle.py`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.fixtures import PROJECT_ROOT
from tests.helpers.installed import check_installed_app, clean_env

SPEC = PROJECT_ROOT / "resources" / "packaging" / "hiring-app.spec"


@pytest.fixture(scope="module")
def bundle(request, tmp_path_factory) -> Path:
    if not request.config.getoption("--bundle"):
        pytest.skip("builds the desktop bundle: run with --bundle (see .ci/run)")
    pytest.importorskip("PyInstaller", reason="uv run --group bundle ...")
    work = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "hiring-app"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {folder} {size / 2**20:.0f} MiB")
    return folder


def test_the_bundle_runs_without_python_and_brings_its_content(bundle, tmp_path) -> None:
    nothing = tmp_path / "empty-bin"
    nothing.mkdir()
    for name in ("hiring-app", "hiring-app-cli"):
        exe = bundle / (name + (".exe" if os.name == "nt" else ""))
        assert exe.is_file()
        work = tmp_path / name
        work.mkdir()
        check_installed_app([str(exe)], work, env=clean_env(PATH=str(nothing)))
    assert not list(bundle.rglob("test_*.py"))
