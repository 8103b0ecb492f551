"""Where the app keeps what it can rebuild: the same folder platformdirs names, found without
importing it at every start."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hiring_app import paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux rule")
@pytest.mark.parametrize("xdg", [None, "/tmp/somewhere/cache", "relative/cache", ""])
def test_the_cache_folder_is_the_one_platformdirs_names(monkeypatch, tmp_path, xdg) -> None:
    import platformdirs

    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    expected = Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False))
    assert paths.cache_dir() == expected
