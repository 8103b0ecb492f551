"""The shipped library is checked when its files change, not at every start: a second load
takes the checked data from the user's cache folder; a changed file, or a cache file that is
damaged, is read and checked again."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from hiring_app import paths
from hiring_app.content import cache, loader


@pytest.fixture
def banks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped banks, a cache folder of its own, and a count of schema checks."""
    folder = tmp_path / "banks"
    shutil.copytree(paths.QUESTION_BANKS, folder)
    monkeypatch.setattr(paths, "cache_dir", lambda: tmp_path / "cache")
    return folder


def load_counting(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, int]:
    """The library as a fresh start loads it, and how many files were checked on the way."""
    loader._load_library_cached.cache_clear()
    checked = []
    real = loader._schema_issues

    def counting(name, data, root):
        checked.append(name)
        return real(name, data, root)

    monkeypatch.setattr(loader, "_schema_issues", counting)
    try:
        return loader.load_library(folder), len(checked)
    finally:
        monkeypatch.setattr(loader, "_schema_issues", real)
        loader._load_library_cached.cache_clear()


def test_a_second_start_does_not_check_the_files_again(banks: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first, checked_first = load_counting(banks, monkeypatch)
    assert checked_first == len(loader.bank_files(banks))
    second, checked_second = load_counting(banks, monkeypatch)
    assert checked_second == 0
    assert second == first


def test_the_cache_is_the_owners_only(banks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_counting(banks, monkeypatch)
    assert cache.cache_file().stat().st_mode & 0o077 == 0


def test_a_changed_file_is_checked_again(banks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_counting(banks, monkeypatch)
    core = banks / "core.yaml"
    core.write_text(core.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _, checked = load_counting(banks, monkeypatch)
    assert checked == len(loader.bank_files(banks))


def test_a_broken_change_is_refused_whatever_the_cache_holds(
        banks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_counting(banks, monkeypatch)
    core = banks / "core.yaml"
    core.write_text(core.read_text(encoding="utf-8") + "\nnot_a_field: 1\n", encoding="utf-8")
    with pytest.raises(loader.BankFileError):
        load_counting(banks, monkeypatch)


@pytest.mark.parametrize("damage", [
    b"", b"{not json", b'{"key": "x", "digest": "y"}\n[]', b"\xff\xfe garbage",
])
def test_a_damaged_cache_is_ignored_and_written_again(
        banks: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes) -> None:
    first, _ = load_counting(banks, monkeypatch)
    cache.cache_file().write_bytes(damage)
    library, checked = load_counting(banks, monkeypatch)
    assert checked == len(loader.bank_files(banks))
    assert library == first
    _, checked_after = load_counting(banks, monkeypatch)
    assert checked_after == 0


@pytest.mark.parametrize("change", [
    lambda text: text.replace('"roles": [', '"roles": [7, ', 1),  # a changed byte
    lambda text: text[:len(text) // 2],  # cut short
])
def test_a_cache_with_the_right_key_but_changed_data_is_not_trusted(
        banks: Path, monkeypatch: pytest.MonkeyPatch, change) -> None:
    first, _ = load_counting(banks, monkeypatch)
    text = cache.cache_file().read_text(encoding="utf-8")
    cache.cache_file().write_text(change(text), encoding="utf-8")
    library, checked = load_counting(banks, monkeypatch)
    assert checked == len(loader.bank_files(banks))
    assert library == first


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_cache_others_can_write_is_ignored(banks: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    load_counting(banks, monkeypatch)
    cache.cache_file().chmod(0o666)
    _, checked = load_counting(banks, monkeypatch)
    assert checked == len(loader.bank_files(banks))


def _vocabulary(banks: Path, monkeypatch: pytest.MonkeyPatch, forbid_library: bool):
    """The shipped vocabulary as a fresh report process reads it; with `forbid_library`, a
    read of the whole library (the roles too) fails the test."""
    monkeypatch.setattr(paths, "QUESTION_BANKS", banks)
    loader._vocabulary_cached.cache_clear()
    loader._load_library_cached.cache_clear()
    real = loader._load_library_cached
    if forbid_library:
        monkeypatch.setattr(loader, "_load_library_cached", lambda folder: pytest.fail(
            "the whole library was read for the vocabulary"))
    try:
        return loader.builtin_vocabulary()
    finally:
        monkeypatch.setattr(loader, "_load_library_cached", real)
        loader._vocabulary_cached.cache_clear()


def test_a_report_reads_the_checked_core_alone_from_the_cache(
        banks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _vocabulary(banks, monkeypatch, forbid_library=False)
    again = _vocabulary(banks, monkeypatch, forbid_library=True)
    assert again == first and again.departments
    core_file = paths.cache_dir() / cache.CORE_FILE_NAME
    assert core_file.stat().st_size < cache.cache_file().stat().st_size / 3
    if os.name == "posix":
        assert core_file.stat().st_mode & 0o077 == 0


def test_a_changed_bank_file_is_not_read_from_the_core_cache(
        banks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _vocabulary(banks, monkeypatch, forbid_library=False)
    core = banks / "core.yaml"
    core.write_text(core.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception):
        _vocabulary(banks, monkeypatch, forbid_library=True)
    (paths.cache_dir() / cache.CORE_FILE_NAME).write_bytes(b"damaged")
    assert _vocabulary(banks, monkeypatch, forbid_library=False).departments
