"""Issue #15: names and texts with control characters, terminal escapes, direction overrides or
nothing visible. Every name (candidate, interviewer, one deciding) is refused naming the field,
through the services, the command line and scorecard files, and nothing changes; notes keep every
visible character and their lines; and no output of `candidates list` (or any error line) holds a
raw control character, whatever the database holds."""
from __future__ import annotations

import json
import sqlite3
import unicodedata

import pytest

from hiring_app.cli import main
from hiring_app.content.scorecard_file import ScorecardFileError
from hiring_app.domain.text import clean_note, printable
from hiring_app.errors import UserError
from hiring_app.services import debrief, interviews
from hiring_app.services import scorecards as scorecard_service
from hiring_app.services.candidates import add_candidate, get_candidate, set_status
from hiring_app.services.company import open_company
from tests.helpers.attack import record
from tests.helpers.banks import small_company
from tests.helpers.fixtures import dump_tables

ROLE = "store_manager"
HOSTILE_NAMES = {
    "newline": "Eve\nhiring-app: error: forged",
    "trailing newline": "Eve\n",
    "carriage return": "Eve\rMallory",
    "ESC colour": "Eve\x1b[31mRed",
    "ESC clear screen": "\x1b[2JEve",
    "NUL": "Eve\x00",
    "BEL": "Eve\x07",
    "tab": "Eve\tMallory",
    "DEL": "Eve\x7f",
    "C1 CSI": "Eve\x9b31m",
    "NEL": "Eve\x85x",
    "line separator": "Eve\u2028x",
    "paragraph separator": "Eve\u2029x",
    **{f"bidi U+{ord(c):04X}": f"Eve{c}evE" for c in
       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"},
}
INVISIBLE_NAMES = {
    "zero-width space": "\u200b", "zero-width joiner only": "\u200d\u200c",
    "word joiner and BOM": "\u2060\ufeff", "Hangul filler": "\u3164",
    "ideographic space": "\u3000\u3000", "soft hyphen": "\u00ad", "tag characters": "\U000e0041",
    "variation selector": "\ufe0f", "braille blank": "\u2800", "spaces and ZWSP": " \u200b ",
}
ALL_BAD = {**HOSTILE_NAMES, **INVISIBLE_NAMES}
NAME_CODES = ("text.name_control", "text.name_direction", "text.name_blank",
              "candidate.name_missing", "interviewer.name_missing")  # blanks: nothing typed


def _no_raw_controls(text: str) -> None:
    for ch in text:
        if ch in "\n\t":
            continue
        assert unicodedata.category(ch) != "Cc", repr(text)
        assert ch not in "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", \
            repr(text)


def test_services_refuse_every_hostile_name_and_change_nothing() -> None:
    db = small_company()
    role = "shop_a"
    candidate = add_candidate(db, "Ann", role)
    before = dump_tables(db)
    for label, name in ALL_BAD.items():
        attempts = {
            "candidate": lambda n=name: add_candidate(db, n, role),
            "interviewer": lambda n=name: interviews.start_interview(db, candidate, role, n),
            "new candidate and interview": lambda n=name:
                interviews.start_interview_with_new_candidate(db, n, role, "Iris"),
            "its interviewer": lambda n=name:
                interviews.start_interview_with_new_candidate(db, "Ann", role, n),
            "deciding": lambda n=name: debrief.decide(db, candidate, "hire", "why", n),
        }
        if not name.strip():  # only blanks: no one named as deciding, which is allowed
            del attempts["deciding"]
        for what, attempt in attempts.items():
            with pytest.raises(UserError) as refused:
                attempt()
            assert refused.value.code in NAME_CODES, (label, what, refused.value)
            for language in ("zh", "en", "es"):
                rendered = refused.value.render(language)
                assert "\n" not in rendered and "\x1b" not in rendered
            assert dump_tables(db) == before, (label, what)
            record("names: hostile names refused by services")
    db.conn.close()


def test_names_are_nfc_and_lose_only_invisible_characters() -> None:
    db = small_company()
    decomposed = "Zoe\u0301 Jose\u0301"
    candidate = add_candidate(db, decomposed, "shop_a")
    assert get_candidate(db, candidate)["name"] == unicodedata.normalize("NFC", decomposed)
    candidate = add_candidate(db, "An\u200bn 👩\u200d👩\u200d👧", "shop_a")
    assert get_candidate(db, candidate)["name"] == "Ann 👩\u200d👩\u200d👧"
    record("names: names normalised", 2)
    db.conn.close()


def test_notes_keep_every_visible_character_and_their_lines() -> None:
    db = small_company()
    candidate = add_candidate(db, "Ann", "shop_a")
    interview = interviews.start_interview(db, candidate, "shop_a", "Iris")
    question = interviews.load_interview(db, interview).answers[0].question_id
    texts = [f"line one{bad}\nline two\twith tab" for bad in HOSTILE_NAMES.values()]
    texts += ["Zoe\u0301\r\nsecond\rthird", "\x1b[2J\x1b[H", "RTL \u202eevil\u202c end"]
    for text in texts:
        interviews.apply_changes(db, interview, {"listen_notes": text, "free_notes": text},
                                 {question: {"notes": text}})
        stored = interviews.load_interview(db, interview)
        expected = clean_note(text)
        assert stored.listen_notes == stored.free_notes == expected
        assert stored.answers[0].notes == expected
        _no_raw_controls(expected)
        visible = [c for c in unicodedata.normalize("NFC", text)
                   if unicodedata.category(c)[0] not in "CZ" and c not in "\u2028\u2029"]
        assert [c for c in expected if unicodedata.category(c)[0] not in "CZ"] == visible
        assert expected.count("\n") >= text.count("\n")  # every line kept
        record("names: hostile notes cleaned")
    set_status(db, candidate, "interviewing", note="moved\x1b[31m\u202e")
    db.conn.close()


def _scorecard_file(tmp_path, **changes) -> bytes:
    db = small_company()
    candidate = add_candidate(db, "Ann", "shop_a")
    interview = interviews.start_interview(db, candidate, "shop_a", "Iris")
    answers = {a.question_id: {"score": 3}
               for a in interviews.load_interview(db, interview).answers}
    interviews.apply_changes(db, interview, {}, answers)
    interviews.submit(db, interview, "hire", "ok")
    text, _count = scorecard_service.export_text(db, candidate)
    db.conn.close()
    data = json.loads(text)
    if "candidate" in changes:
        data["candidate"]["name"] = changes["candidate"]
    if "interviewer" in changes:
        data["scorecards"][0]["interviewer"] = changes["interviewer"]
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_scorecard_files_with_hostile_names_are_refused(tmp_path) -> None:
    for label, name in ALL_BAD.items():
        for field in ("candidate", "interviewer"):
            path = tmp_path / "hostile.json"
            path.write_bytes(_scorecard_file(tmp_path, **{field: name}))
            db = small_company()
            before = dump_tables(db)
            with pytest.raises(ScorecardFileError) as refused:
                scorecard_service.import_scorecards(db, path)
            for language in ("zh", "en", "es"):
                rendered = refused.value.render(language)
                assert "\n" not in rendered and "\x1b" not in rendered, rendered
            assert "$.candidate.name" in refused.value.message or \
                "$.scorecards[0].interviewer" in refused.value.message, refused.value.message
            assert dump_tables(db) == before, (label, field)
            db.conn.close()
            record("names: hostile names refused in scorecard files")


def test_scorecard_weights_agree_with_banks(tmp_path) -> None:
    for weight, dimension, accepted in ((1000, "ability", False), (10.5, "ability", False),
                                        (0, "ability", False), (-1, "ability", False),
                                        (10, "ability", True), (0.5, "ability", True),
                                        (1000, None, False), (0, None, True)):
        data = json.loads(_scorecard_file(tmp_path))
        answer = data["scorecards"][0]["answers"][0]
        answer["weight"], answer["dimension"] = weight, dimension
        if dimension is None:
            answer["question_id"], answer["adhoc_text"] = "adhoc-9", "a note"
        path = tmp_path / "weights.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        db = small_company()
        if accepted:
            scorecard_service.import_scorecards(db, path)
        else:
            with pytest.raises(ScorecardFileError, match="weight"):
                scorecard_service.import_scorecards(db, path)
        db.conn.close()
        record("names: scorecard weights checked")


def test_an_edited_copy_whose_notes_changed_is_reported_as_differing(tmp_path) -> None:
    original = json.loads(_scorecard_file(tmp_path))
    db = small_company()
    path = tmp_path / "card.json"
    path.write_text(json.dumps(original), encoding="utf-8")
    scorecard_service.import_scorecards(db, path)
    for key in ("listen_notes", "free_notes"):
        edited = json.loads(json.dumps(original))
        edited["scorecards"][0][key] = "added later"
        path.write_text(json.dumps(edited), encoding="utf-8")
        with pytest.raises(ScorecardFileError) as refused:
            scorecard_service.import_scorecards(db, path)
        assert refused.value.code == "scorecard.differs", refused.value
        record("names: edited notes reported as differing")
    path.write_text(json.dumps(original), encoding="utf-8")
    with pytest.raises(ScorecardFileError) as again:
        scorecard_service.import_scorecards(db, path)
    assert again.value.code == "scorecard.already_imported"
    db.conn.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("names") / "data"
    open_company(folder).db.conn.close()
    return folder


def test_the_command_line_refuses_hostile_names_in_every_language(folder, capsys) -> None:
    for label, name in ALL_BAD.items():
        for language in ("zh", "en", "es"):
            code = main(["--data-dir", str(folder), "--lang", language, "candidates", "add",
                         "--name", name, "--role", ROLE])
            out, err = capsys.readouterr()
            assert code == 2, (label, out, err)
            assert out == "" and err.count("\n") == 1 and err.startswith("hiring-app: error: ")
            _no_raw_controls(err)
            record("names: hostile names refused by the command line")
    main(["--data-dir", str(folder), "candidates", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_candidates_list_never_prints_a_raw_control_character(folder, capsys) -> None:
    """Names written before these rules (or by another program) print escaped, one row each."""
    conn = sqlite3.connect(folder / "hiring.db")
    names = list(ALL_BAD.values()) + ["\x1b]0;title\x07", "ok"]
    with conn:
        for index, name in enumerate(names):
            conn.execute("INSERT INTO candidates (uid, name, status, created_at, updated_at) "
                         "VALUES (?, ?, 'new', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
                         (f"{index:032x}", name))
    conn.close()
    for language in ("zh", "en", "es"):
        for extra in ([], ["--json"]):
            assert main(["--data-dir", str(folder), "--lang", language, "candidates", "list",
                         *extra]) == 0
            out, err = capsys.readouterr()
            _no_raw_controls(out)
            assert err == ""
            if extra:
                assert len(json.loads(out)) == len(names)
            else:
                lines = out.splitlines()
                assert len(lines) == 1 + len(names), out  # no name starts a line of its own
                assert not any(line.startswith("hiring-app:") for line in lines)
            record("names: candidates list outputs checked")
    for name in names:
        _no_raw_controls(printable(name))
        assert "\n" not in printable(name)
