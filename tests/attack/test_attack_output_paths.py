"""Issue #15: a file the user asks for (`-o`, a save dialog) can never replace the company's own
files. Every writing command and service is pointed at the live database, its -wal and -shm, a
backup, a symlink to the database, a `../data/hiring.db` spelling and a folder inside the data
folder: each is refused with a clear message, exit status 2, and the database, its side files and
the backup stay the same byte for byte. An existing SQLite file outside the data folder (a copied
backup) is refused too; an ordinary place still works."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from hiring_app.cli import main
from hiring_app.errors import UserError
from hiring_app.services import interviews, privacy, report_data, safety
from hiring_app.services import library as library_service
from hiring_app.services import scorecards as scorecard_service
from hiring_app.services.candidates import add_candidate
from hiring_app.services.company import open_company
from hiring_app.storage import checked
from tests.helpers.attack import record

ROLE = "store_manager"  # shipped content


def _submitted(db, candidate: int, who: str, score: int) -> None:
    interview = interviews.start_interview(db, candidate, ROLE, who)
    answers = {a.question_id: {"score": score}
               for a in interviews.load_interview(db, interview).answers}
    interviews.apply_changes(db, interview, {}, answers)
    interviews.submit(db, interview, "hire", "fine")


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    root = tmp_path_factory.mktemp("paths")
    folder = root / "data"
    opened = open_company(folder)
    for name, score in (("Ann", 4), ("Bo", 3)):
        _submitted(opened.db, add_candidate(opened.db, name, ROLE), "Iris", score)
    backup = safety.make_backup(opened.db, folder)
    (root / "elsewhere").mkdir()
    os.symlink(opened.path, root / "elsewhere" / "link.json")
    os.symlink(folder, root / "elsewhere" / "folder-link")
    yield root, folder, opened, backup.path
    opened.db.conn.close()


def _targets(root: Path, folder: Path, backup: Path) -> dict[str, Path]:
    db = folder / "hiring.db"
    return {
        "the database": db,
        "its -wal": Path(f"{db}-wal"),
        "its -shm": Path(f"{db}-shm"),
        "its -journal": Path(f"{db}-journal"),
        "a backup": backup,
        "a symlink to the database": root / "elsewhere" / "link.json",
        "../data/hiring.db": folder / ".." / "data" / "hiring.db",
        "./data/./hiring.db relative": Path(os.path.relpath(db)),
        "a new file in the data folder": folder / "report.pdf",
        "a new file in the backups folder": backup.parent / "x.json",
        "a new file through a symlinked data folder": root / "elsewhere" / "folder-link" / "n.pdf",
    }


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the folder by its content, but the app's note of the state in which it last
    left the database (storage/checked.py: rewritten whenever a command closes the file)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != checked.RECORD_NAME}


def _service_writers(opened) -> dict[str, Callable[[Path], object]]:
    db = opened.db
    return {
        "privacy.export_candidate": lambda p: privacy.export_candidate(db, 1, p),
        "scorecards.export_scorecards": lambda p: scorecard_service.export_scorecards(db, 1, p),
        "library.export_bank": lambda p: library_service.export_bank(db, p),
        "library.export_bank one role": lambda p: library_service.export_bank(db, p, [ROLE]),
        "report_data.write_candidate_report": lambda p: report_data.write_candidate_report(
            db, 1, "en", p),
        "report_data.write_comparison_report": lambda p: report_data.write_comparison_report(
            db, [1, 2], "zh", p),
        "report_data.write_comparison_report_for_role":
            lambda p: report_data.write_comparison_report_for_role(db, ROLE, "es", p),
        "report_data.write_kit": lambda p: report_data.write_kit(db, ROLE, "en", p),
    }


COMMANDS = {
    "export candidate": ["export", "candidate", "1", "-o"],
    "report candidate": ["report", "candidate", "1", "-o"],
    "report compare": ["report", "compare", "--candidate", "1", "--candidate", "2", "-o"],
    "report compare --role": ["report", "compare", "--role", ROLE, "-o"],
    "report kit": ["report", "kit", "--role", ROLE, "-o"],
    "scorecards export": ["scorecards", "export", "--candidate", "1", "-o"],
    "banks export": ["banks", "export", "-o"],
}


def test_every_service_that_writes_a_file_refuses_the_company_s_own_files(company) -> None:
    root, folder, opened, backup = company
    before = _fingerprint(folder)
    for writer_name, write in _service_writers(opened).items():
        for target_name, target in _targets(root, folder, backup).items():
            with pytest.raises(UserError) as refused:
                write(target)
            assert refused.value.code in ("file.inside_data_folder", "file.is_database"), (
                writer_name, target_name, refused.value)
            for language in ("zh", "en", "es"):
                assert "\n" not in refused.value.render(language)
            assert _fingerprint(folder) == before, (writer_name, target_name)
            record("paths: service writes refused")
    for writer_name, write in _service_writers(opened).items():  # an ordinary place works
        target = root / "elsewhere" / f"{writer_name}.out"
        write(target)
        assert target.stat().st_size > 0
        record("paths: service writes accepted elsewhere")
    assert _fingerprint(folder) == before


def test_the_batch_of_candidate_reports_refuses_the_data_folder(company) -> None:
    root, folder, opened, backup = company
    before = _fingerprint(folder)
    for place in (folder, backup.parent, root / "elsewhere" / "folder-link",
                  folder / ".." / "data"):
        with pytest.raises(UserError) as refused:
            report_data.candidate_reports(opened.db, [1, 2], place, "en")
        assert refused.value.code == "file.inside_data_folder"
        record("paths: report batches refused")
    assert _fingerprint(folder) == before


def test_every_writing_command_refuses_the_company_s_own_files(company, capsys,
                                                               monkeypatch) -> None:
    root, folder, _opened, backup = company
    monkeypatch.chdir(root)
    before = _fingerprint(folder)
    for command_name, command in COMMANDS.items():
        for target_name, target in _targets(root, folder, backup).items():
            for language in ("zh", "en", "es"):
                code = main(["--data-dir", str(folder), "--lang", language, *command,
                             str(target)])
                out, err = capsys.readouterr()
                assert code == 2, (command_name, target_name, out, err)
                assert err.startswith("hiring-app: error: ") and err.count("\n") == 1, err
                assert str(folder) in err and "--help" not in err, err  # names the folder
                assert _fingerprint(folder) == before, (command_name, target_name)
                record("paths: command writes refused")


def test_an_existing_database_elsewhere_is_never_overwritten(company, tmp_path) -> None:
    _root, _folder, opened, backup = company
    copied = tmp_path / "copy-of-backup.db"
    copied.write_bytes(backup.read_bytes())
    Path(f"{copied}-wal").write_bytes(b"")  # a side file of a database elsewhere
    for target in (copied, Path(f"{copied}-wal"), Path(f"{copied}-shm")):
        for write in _service_writers(opened).values():
            with pytest.raises(UserError) as refused:
                write(target)
            assert refused.value.code == "file.is_database"
            record("paths: databases elsewhere refused")
    assert copied.read_bytes() == backup.read_bytes()
