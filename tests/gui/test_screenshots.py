"""`hiring-app screenshots`, run in-process through the command line's entry function on a small
demo company: one real picture per screen, language and size, readable by its owner only; the
company exactly as it was (byte for byte, no file added beside it), no temporary file left, also
when stopped with Ctrl+C; and no text cut off on any screen, at any size, in any language."""
from __future__ import annotations

import hashlib
import os
import signal
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from hiring_app import cli, paths
from hiring_app.ui import screenshots
from hiring_app.ui.screenshots import SCREENS, render_all

SIZES = {"1024x700": (1024, 700), "1366x768": (1366, 768), "1920x1080": (1920, 1080)}


def _unexpected(kind: str):
    def show(parent, title, text, *args, **kwargs):
        raise AssertionError(f"an unexpected {kind} box would wait for an answer: {title}: "
                             f"{text}")
    return show


def fingerprint(folder: Path) -> tuple[str, list[str]]:
    """The database's bytes (hashed) and every file name in the company's folder."""
    digest = hashlib.sha256(paths.database_path(folder).read_bytes()).hexdigest()
    return digest, sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture(scope="module")
def company(tmp_path_factory) -> Path:
    """A small demo company, made the way a user makes one."""
    folder = tmp_path_factory.mktemp("shots") / "company"
    assert cli.main(["--data-dir", str(folder), "demo", "--candidates", "12", "--seed",
                     "3"]) == 0
    return folder


@pytest.fixture(scope="module")
def rendered(qapp, company: Path, tmp_path_factory):
    """`hiring-app screenshots` at the three sizes in the three languages, once for the module:
    the pictures, the shots render_all returned, what was printed, and the company before."""
    out = tmp_path_factory.mktemp("out") / "pictures"
    scratch = tmp_path_factory.mktemp("scratch")
    before = fingerprint(company)
    returned: list = []
    original = screenshots.render_all

    def keep(*args, **kwargs):
        returned.extend(original(*args, **kwargs))
        return returned

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(scratch))  # the command's own temporary files
        patch.setattr(screenshots, "render_all", keep)
        for kind in ("warning", "question", "critical", "information"):
            patch.setattr(QMessageBox, kind, _unexpected(kind))
        printed = _run(["--data-dir", str(company), "screenshots", "-o", str(out)])
    return {"out": out, "shots": returned, "printed": printed, "before": before,
            "scratch": scratch}


def _run(argv: list[str]) -> tuple[int, str, str]:
    import contextlib
    import io

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(argv)
    return code, stdout.getvalue(), stderr.getvalue()


def is_owner_only(path: Path) -> bool:
    return os.name != "posix" or not stat.S_IMODE(path.stat().st_mode) & 0o077


def distinct_colours(image: QImage) -> int:
    step_x, step_y = max(image.width() // 40, 1), max(image.height() // 40, 1)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_one_real_picture_per_screen_language_and_size(rendered, company, qtbot) -> None:
    code, stdout, stderr = rendered["printed"]
    out = rendered["out"]
    assert code == 0, stderr
    pictures = sorted(out.rglob("*.png"))
    assert len(pictures) == len(SCREENS) * 3 * 3
    assert is_owner_only(out) and all(is_owner_only(out / size) for size in SIZES)
    for size_name, size in SIZES.items():
        for language in ("zh", "en", "es"):
            folder = out / size_name / language
            assert sorted(p.name for p in folder.iterdir()) == [f"{s}.png" for s in SCREENS]
            assert is_owner_only(folder)
            for picture in folder.iterdir():
                image = QImage(str(picture))
                assert (image.width(), image.height()) == size, picture
                assert distinct_colours(image) > 8, f"{picture} is blank"
                assert is_owner_only(picture), picture
    # what was said: a line per picture on stderr, the summary on stdout
    assert f"screenshot {len(pictures)} of {len(pictures)}" in stderr
    assert str(out) in stdout and str(len(pictures)) in stdout
    assert "Traceback" not in stderr


def test_the_company_is_exactly_as_it_was_and_nothing_is_left_behind(rendered, company,
                                                                      qtbot) -> None:
    assert fingerprint(company) == rendered["before"]  # byte for byte, no -wal, no backup
    assert list(rendered["scratch"].iterdir()) == []


def test_the_pictures_show_the_company_and_its_interview_stages(rendered, qtbot) -> None:
    """The interview's stages differ from each other (each was really shown), and so do the
    languages (each was really translated)."""
    out = rendered["out"] / "1024x700"
    stages = [QImage(str(out / "en" / f"{name}.png")) for name in SCREENS[5:10]]
    assert len({image.bits().tobytes() for image in stages}) == 5
    ask = [QImage(str(out / language / "08-interview-ask.png")) for language in ("zh", "en",
                                                                                 "es")]
    assert len({image.bits().tobytes() for image in ask}) == 3


def test_no_text_is_cut_off_on_any_screen_at_any_size_in_any_language(rendered,
                                                                       qtbot) -> None:
    shots = rendered["shots"]
    assert len(shots) == len(SCREENS) * 3 * 3
    cut = [f"{shot.size[0]}x{shot.size[1]} {shot.language} {clip.screen}: {clip.widget} "
           f"{clip.text!r} needs {clip.needed} px of {clip.axis}, has {clip.available}"
           for shot in shots for clip in shot.clips]
    assert cut == [], "\n".join(cut)


def test_some_languages_at_one_size_and_the_output_checked_first(company, tmp_path,
                                                                 qtbot) -> None:
    out = tmp_path / "few"
    code, stdout, stderr = _run(["--data-dir", str(company), "--lang", "es", "screenshots",
                                 "-o", str(out), "--lang", "zh", "--size", "1366x768"])
    assert code == 0, stderr
    assert sorted(p.relative_to(out).parts[:2] for p in out.rglob("*.png")) == \
        [("1366x768", "zh")] * len(SCREENS)
    assert "capturas" in stdout  # said in the window's language of the command line
    inside = company / "pictures"
    code, _stdout, stderr = _run(["--data-dir", str(company), "screenshots", "-o",
                                  str(inside)])
    assert code == 2 and stderr.startswith("hiring-app: error: ")
    assert not inside.exists()
    code, _stdout, stderr = _run(["--data-dir", str(company), "screenshots", "-o", str(out),
                                  "--size", "big"])
    assert code == 2 and "big" in stderr
    nowhere, empty_out = tmp_path / "no-company", tmp_path / "empty"
    code, _stdout, stderr = _run(["--data-dir", str(nowhere), "screenshots", "-o",
                                  str(empty_out)])
    assert code == 2 and "hiring-app demo" in stderr
    assert not nowhere.exists() and not empty_out.exists()  # nothing made anywhere


def test_ctrl_c_stops_cleanly(company, tmp_path, monkeypatch, qtbot) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = fingerprint(company)
    made = []

    def interrupt_after_two(done: int, total: int, shot) -> None:
        made.append(shot.path)
        if done == 2:
            signal.raise_signal(signal.SIGINT)  # as Ctrl+C in the terminal

    with pytest.raises(KeyboardInterrupt):
        render_all(company, tmp_path / "out", ["en"], [(1024, 700)], interrupt_after_two)
    assert len(made) == 2  # stopped after the picture it was making
    assert sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file()) == \
        sorted(p.name for p in made)  # whole pictures only, no part of one
    assert list(scratch.iterdir()) == []
    assert fingerprint(company) == before
    assert signal.getsignal(signal.SIGINT) is not None
