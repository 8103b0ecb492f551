"""Files that lie: damage SQLite's quick check at opening does not see (a few changed bytes in any
kind of page), an empty file where the company's database should be, a folder in its place.
Every read-only command and opening the company end either with the damaged-file message (exit
code 2, one line, the latest good backup offered) or with a result; never "internal error",
never a traceback. A damaged file is never copied as a backup, and a backup with hidden damage is
never called usable."""
from __future__ import annotations

import contextlib
import io
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from hiring_app import cli
from hiring_app.errors import ERROR_PREFIX, DatabaseDamagedError, DataFolderError
from hiring_app.services import safety
from hiring_app.services.company import open_company
from hiring_app.services.demo import generate
from hiring_app.storage import backups
from tests.helpers.attack import record

LONG_NOTE = "候选人讲了三个具体的售后例子，语气平稳。Explained the refund steps clearly. " * 120
# The words of the damaged-file message (English): read-time damage, the open check, a backup
# refused.
DAMAGE_WORDS = ("is damaged", "did not pass the full check", "is empty (0 bytes)")
CASES_PER_KIND = 3


def _commands(tmp: Path) -> list[list[str]]:
    return [["info"], ["info", "--json"], ["roles", "list"], ["candidates", "list"],
            ["banks", "export", "-o", str(tmp / "bank.yaml")], ["backup", "list"],
            ["report", "candidate", "1", "-o", str(tmp / "report.pdf")]]


def run_main(folder: Path, args: list[str]) -> tuple[int, str, str]:
    """The real entry point, in this process (as many runs as the damage needs, quickly)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(folder), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo_company(tmp_path_factory, full_library) -> Path:
    """A demo company with long notes (overflow pages) and a freelist, its log folded in."""
    folder = tmp_path_factory.mktemp("demo") / "company"
    opened = open_company(folder)
    generate(opened.db, 12, "zh", 3)
    with opened.db.conn:
        opened.db.conn.execute("UPDATE interviews SET free_notes = ?", [LONG_NOTE])
        opened.db.conn.execute("UPDATE candidates SET notes = ?", [LONG_NOTE])
    opened.db.conn.execute("CREATE TABLE spare (x TEXT)")
    opened.db.conn.executemany("INSERT INTO spare VALUES (?)", [("x" * 3000,)] * 40)
    opened.db.conn.commit()
    opened.db.conn.execute("DROP TABLE spare")  # its pages go to the freelist
    opened.db.conn.commit()
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.conn.close()
    return folder


def page_kinds(db_path: Path) -> dict[str, list[int]]:
    """Page numbers by kind: table and index b-tree leaves and interiors, overflow pages, the
    freelist (every page no b-tree holds)."""
    conn = sqlite3.connect(db_path)
    try:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        indexes |= {r[0] for r in conn.execute("SELECT name FROM dbstat")
                    if r[0].startswith("sqlite_autoindex")}
        kinds: dict[str, list[int]] = {}
        used = set()
        for name, page, kind in conn.execute("SELECT name, pageno, pagetype FROM dbstat"):
            used.add(page)
            if page == 1:
                continue
            what = "index" if name in indexes else "table"
            label = "overflow" if kind == "overflow" else f"{what} {kind}"
            kinds.setdefault(label, []).append(page)
        total = conn.execute("PRAGMA page_count").fetchone()[0]
        kinds["freelist"] = [p for p in range(2, total + 1) if p not in used]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    kinds["_page_size"] = [page_size]
    return kinds


KINDS = ("header", "table leaf", "table internal", "index leaf", "index internal", "overflow",
         "freelist")


def damage(db_path: Path, kind: str, pages: dict[str, list[int]], rng: random.Random) -> str:
    """Change a few bytes in one page of `kind`; returns what was done (for a failure report)."""
    size = pages["_page_size"][0]
    data = bytearray(db_path.read_bytes())
    if kind == "header":
        start, length = 0, 100
    else:
        page = rng.choice(pages[kind])
        start, length = (page - 1) * size, size
    changes = [(start + rng.randrange(length), rng.randrange(1, 256))
               for _ in range(rng.randint(1, 8))]
    for offset, mask in changes:
        data[offset] ^= mask
    db_path.write_bytes(bytes(data))
    return f"{kind}: {changes}"


def assert_damage_or_result(code: int, out: str, err: str, what: str) -> str:
    assert "internal error" not in err, what + "\n" + err
    assert "Traceback" not in err + out, what
    if code == 0:
        return "result"
    assert code == 2, what + "\n" + err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(ERROR_PREFIX), what + "\n" + err
    assert any(word in lines[0] for word in DAMAGE_WORDS), what + "\n" + err
    return "damage"


@pytest.mark.parametrize("kind", KINDS)
def test_damage_in_any_kind_of_page_is_said_never_an_internal_error(demo_company, tmp_path,
                                                                     kind) -> None:
    pages = page_kinds(demo_company / "hiring.db")
    if kind != "header" and not pages.get(kind):
        pytest.skip(f"the demo company has no {kind} pages")
    rng = random.Random(f"damage-{kind}")
    for case in range(CASES_PER_KIND):
        folder = tmp_path / f"case{case}"
        shutil.copytree(demo_company, folder)
        what = damage(folder / "hiring.db", kind, pages, rng)
        for args in _commands(tmp_path):
            code, out, err = run_main(folder, args)
            outcome = assert_damage_or_result(code, out, err, f"{what} {args}")
            record(f"damaged file ({outcome}): command runs")
        try:
            opened = open_company(folder)
        except DatabaseDamagedError as error:
            assert "\n" not in error.message
            record("damaged file: open_company refused")
        else:
            opened.db.conn.close()
            record("damaged file: open_company opened")
        shutil.rmtree(folder)


def _with_hidden_damage(path: Path) -> None:
    """Bytes changed inside a text stored in the file (SQLite's quick check cannot see it)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE roles SET department = CAST(x'e8ff' || CAST(department AS BLOB) "
                     "AS TEXT) WHERE rowid = (SELECT min(rowid) FROM roles)")
    conn.close()


def _with_index_damage(path: Path) -> None:
    """An index whose entries no longer match its table: quick_check passes, integrity_check
    does not."""
    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    with conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'roles(department)', "
                     "'roles(origin)') WHERE name = 'roles_department'")
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()


@pytest.mark.parametrize("hide", [_with_hidden_damage, _with_index_damage])
def test_hidden_damage_is_said_by_every_command(demo_company, tmp_path, hide) -> None:
    folder = tmp_path / "company"
    shutil.copytree(demo_company, folder)
    good = backups.create_backup(sqlite3.connect(folder / "hiring.db"), folder, "manual")
    hide(folder / "hiring.db")
    for args in _commands(tmp_path):
        code, out, err = run_main(folder, args)
        outcome = assert_damage_or_result(code, out, err, f"{hide.__name__} {args}")
        if outcome == "damage":
            assert good.path.name in err  # the latest good backup is offered
        record(f"hidden damage ({outcome}): command runs")


@pytest.mark.parametrize("hide", [_with_hidden_damage, _with_index_damage])
def test_a_backup_with_hidden_damage_is_not_called_usable(demo_company, tmp_path, hide) -> None:
    folder = tmp_path / "company"
    shutil.copytree(demo_company, folder)
    made = backups.create_backup(sqlite3.connect(folder / "hiring.db"), folder, "manual")
    hide(made.path)
    assert not backups.check_backup(made.path).ok
    assert backups.latest_good_backup(folder) is None
    code, out, err = run_main(folder, ["backup", "list", "--json"])
    assert code == 0, err
    assert '"ok": false' in out
    record("hidden damage: backups refused as usable")


@pytest.mark.parametrize("hide", [_with_hidden_damage, _with_index_damage])
def test_no_daily_backup_of_a_damaged_file(demo_company, tmp_path, hide) -> None:
    folder = tmp_path / "company"
    shutil.copytree(demo_company, folder)
    good = backups.create_backup(sqlite3.connect(folder / "hiring.db"), folder, "manual")
    hide(folder / "hiring.db")
    conn = sqlite3.connect(folder / "hiring.db")
    from sqlite_utils import Database

    with pytest.raises(DatabaseDamagedError) as raised:
        safety.daily_backup(Database(conn), folder)
    conn.close()
    assert raised.value.details["backup"] == str(good.path)
    assert "no backup of it was made" in raised.value.message
    assert [b.kind for b in backups.list_backups(folder)] == ["manual"]
    assert not list((folder / "backups").glob(".hiring-*"))  # no partial copy left behind
    record("damaged file: daily backups refused")


def test_an_empty_file_is_damage_not_a_new_company(demo_company, tmp_path) -> None:
    folder = tmp_path / "company"
    shutil.copytree(demo_company, folder)
    good = backups.create_backup(sqlite3.connect(folder / "hiring.db"), folder, "manual")
    (folder / "hiring.db").write_bytes(b"")
    for args in _commands(tmp_path):
        code, out, err = run_main(folder, args)
        if args[0] == "backup":  # lists the backups, reads no database
            assert code == 0
            continue
        assert code == 2 and "is empty (0 bytes)" in err and good.path.name in err, err
        record("empty file: commands refused")
    with pytest.raises(DatabaseDamagedError) as raised:
        open_company(folder)
    assert raised.value.details["backup"] == str(good.path)
    assert (folder / "hiring.db").read_bytes() == b""  # left exactly as it is
    assert [b.kind for b in backups.list_backups(folder)] == ["manual"]
    (folder / "hiring.db").unlink()  # a missing file is a new company
    opened = open_company(folder)
    assert opened.created
    opened.db.conn.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_folder_in_place_of_the_database_is_said_so(demo_company, tmp_path, suffix) -> None:
    folder = tmp_path / "company"
    shutil.copytree(demo_company, folder)
    target = Path(str(folder / "hiring.db") + suffix)
    if target.exists():
        target.unlink()
    target.mkdir()
    for language, words in (("en", "is a folder, not a company database"),
                            ("zh", "是一个文件夹，不是公司数据库"),
                            ("es", "es una carpeta, no una base de datos")):
        code, _out, err = run_main(folder, ["--lang", language, "info"])
        assert code == 2 and words in err and "I/O" not in err, err
    with pytest.raises(DataFolderError):
        open_company(folder)
    record("folder in place of the database: refused")


def test_a_nearly_full_disk_is_said_so(demo_company, tmp_path) -> None:
    import subprocess
    import sys

    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux and mount")
    disk = tmp_path / "disk"
    disk.mkdir()
    size = (demo_company / "hiring.db").stat().st_size // 1024 + 12  # a few KB left
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}k,mode=0700", "tmpfs",
                              str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small filesystem here (needs root)")
    try:
        folder = disk / "company"
        folder.mkdir()
        shutil.copy(demo_company / "hiring.db", folder / "hiring.db")
        code, _out, err = run_main(folder, ["info"])
        assert code == 2 and "I/O" not in err, err
        assert "disk is full" in err or "No space left" in err, err
        record("nearly full disk: said so")
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
