"""PDF reports read back with pypdf: the content a reader looks for, in zh, en and es; the font
embedded; hostile text in every user field; batch export with cancel; user errors."""
from __future__ import annotations

import io
import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from hiring_app.domain.matrix import Thresholds
from hiring_app.domain.text import clean_name
from hiring_app.errors import UserError
from hiring_app.reports.candidate import report_file_name
from hiring_app.reports.comparison import comparison_report
from hiring_app.reports.data import (
    ComparedCandidate,
    ComparedRow,
    ComparisonReportData,
    KitData,
)
from hiring_app.reports.kit import interview_kit
from hiring_app.services import interviews
from hiring_app.services.candidates import add_candidate
from hiring_app.services.library import ensure_builtin
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.services.report_data import (
    candidate_reports,
    write_candidate_report,
    write_comparison_report,
    write_comparison_report_for_role,
    write_kit,
)
from tests.helpers.banks import small_library
from tests.helpers.reports import LANGUAGES, contains, pdf_text, scorecard, squeeze

HOSTILE = "<b>&amp;</b> \"quotes\" 'x' <script>"
MIXED = "中文 English español العربية 😀👍"
LONG_NOTE = "START-of-note " + ("长笔记 long note nota larga " * 900)[:20_000] + " END-of-note"
LONG_WORD = "W" + "x" * 2_998 + "Z"


@pytest.fixture
def lib_db(db):
    ensure_builtin(db, small_library())
    return db


@pytest.fixture
def two_candidates(lib_db):
    ana = add_candidate(lib_db, "Ana Zhang 张安娜", "shop_a")
    bo = add_candidate(lib_db, "Bo Li 李博", "shop_a")
    scorecard(lib_db, ana, "Wang", {"shop_a_q1": 5, "shop_a_q2": 5, "std_one": 4},
              reason="solid reason", notes={"shop_a_q1": "great answer about returns"})
    scorecard(lib_db, ana, "Liu", {"shop_a_q1": 2, "shop_a_q2": 4, "std_one": 2},
              decision="hold", reason="doubts on attitude")
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 3, "shop_a_q2": 2}, decision="train")
    return lib_db, ana, bo


# --- content in every language ------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_candidate_report_shows_people_questions_scores_and_labels(two_candidates, tmp_path,
                                                                   language):
    db, ana, _ = two_candidates
    path = write_candidate_report(db, ana, language, tmp_path / "ana.pdf")
    text = pdf_text(path)
    lang_name = {"zh": "中文", "en": "english", "es": "español"}[language]
    for expected in ("Ana Zhang 张安娜", f"role shop_a name {lang_name}",
                     f"question shop_a_q1 text {lang_name}", f"question std_one text {lang_name}",
                     "Wang", "Liu", "great answer about returns", "solid reason",
                     "doubts on attitude", "5 / 5", "2 / 5"):
        assert contains(text, expected), expected
    labels = {"zh": ("候选人报告", "态度", "能力", "意见分歧", "机密", "第 1 页"),
              "en": ("Candidate report", "Attitude", "Ability", "Disagreements",
                     "Confidential", "Page 1 of"),
              "es": ("Informe del candidato", "Actitud", "Capacidad", "Desacuerdos",
                     "Confidencial", "Página 1 de")}[language]
    for expected in labels:
        assert contains(text, expected), expected


def test_candidate_report_without_submitted_scorecards_says_so(lib_db, tmp_path):
    new = add_candidate(lib_db, "Nobody Yet", "shop_a")
    interviews.start_interview(lib_db, new, "shop_a", "Wang")  # a draft does not count
    text = pdf_text(write_candidate_report(lib_db, new, "en", tmp_path / "new.pdf"))
    assert contains(text, "Nobody Yet")
    assert contains(text, "No submitted scorecards yet")
    assert contains(text, "not yet submitted are not counted")


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_report_ranks_candidates(two_candidates, tmp_path, language):
    db, ana, bo = two_candidates
    text = pdf_text(write_comparison_report(db, [bo, ana], language, tmp_path / "cmp.pdf"))
    title = {"zh": "候选人对比", "en": "Candidate comparison",
             "es": "Comparación de candidatos"}[language]
    assert contains(text, title)
    assert contains(text, "#1 Ana Zhang 张安娜") and contains(text, "#2 Bo Li 李博")
    assert contains(text, {"zh": "加权总分", "en": "Weighted total",
                           "es": "Total ponderado"}[language])


def test_comparison_for_role_takes_the_candidates_with_submitted_scorecards(two_candidates,
                                                                             tmp_path):
    db, *_ = two_candidates
    add_candidate(db, "Not Interviewed", "shop_a")
    text = pdf_text(write_comparison_report_for_role(db, "shop_a", "en", tmp_path / "role.pdf"))
    assert contains(text, "Ana Zhang") and contains(text, "Bo Li")
    assert not contains(text, "Not Interviewed")


@pytest.mark.parametrize("language", LANGUAGES)
def test_interview_kit_has_profile_checklist_and_every_question(lib_db, tmp_path, language):
    text = pdf_text(write_kit(lib_db, "shop_a", language, tmp_path / "kit.pdf"))
    lang_name = {"zh": "中文", "en": "english", "es": "español"}[language]
    for expected in (f"role shop_a name {lang_name}", f"role shop_a summary {lang_name}",
                     f"role shop_a duty {lang_name}", f"role shop_a kpi {lang_name}",
                     f"question std_one text {lang_name}", f"question std_two text {lang_name}",
                     f"question shop_a_q6 text {lang_name}",
                     f"question shop_a_q3 listen {lang_name}",
                     f"question shop_a_q3 follow-up {lang_name}",
                     f"question shop_a_q3 score 5 {lang_name}"):
        assert contains(text, expected), expected
    # the standard questions come first
    flat = squeeze(text)
    assert flat.index(squeeze(f"question std_two text {lang_name}")) < flat.index(
        squeeze(f"question shop_a_q1 text {lang_name}"))


def test_fonts_are_embedded_and_no_other_font_is_used(two_candidates, tmp_path):
    db, ana, bo = two_candidates
    paths = [write_candidate_report(db, ana, "zh", tmp_path / "a.pdf"),
             write_comparison_report(db, [ana, bo], "zh", tmp_path / "c.pdf"),
             write_kit(db, "shop_a", "zh", tmp_path / "k.pdf")]
    for path in paths:
        for page in PdfReader(str(path)).pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts
            for font in fonts.values():
                font = font.get_object()
                assert "WenQuanYiMicroHei" in font["/BaseFont"], font["/BaseFont"]
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


# --- hostile text -------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_hostile_text_in_every_field_comes_back_out(lib_db, tmp_path, language):
    name = HOSTILE[:60] + " 😀"
    someone = add_candidate(lib_db, name, "shop_a")
    add_candidate(lib_db, "Other", "shop_a")
    scorecard(lib_db, someone, "Wang <i>&", {"shop_a_q1": 4, "shop_a_q2": 1},
              reason=HOSTILE + "\n" + MIXED,
              notes={"shop_a_q1": LONG_NOTE, "shop_a_q2": LONG_WORD, "std_one": ""},
              adhoc=HOSTILE + " " + MIXED, free_notes="", listen_notes=MIXED)
    text = pdf_text(write_candidate_report(lib_db, someone, language, tmp_path / "h.pdf"),
                    footers=False)
    for expected in (name, HOSTILE, MIXED, "Wang <i>&", LONG_NOTE[:40], LONG_NOTE[-40:],
                     LONG_WORD[:30], LONG_WORD[-30:]):
        assert contains(text, expected), expected
    assert LONG_WORD in squeeze(text)


def test_hostile_text_in_a_comparison(lib_db, tmp_path):
    a = add_candidate(lib_db, HOSTILE[:90], "shop_a")
    b = add_candidate(lib_db, MIXED, "shop_a")
    scorecard(lib_db, a, "W", {"shop_a_q1": 4}, reason=LONG_NOTE, adhoc=LONG_WORD)
    scorecard(lib_db, b, "W", {"shop_a_q1": 2}, reason=HOSTILE, adhoc=HOSTILE)
    text = pdf_text(write_comparison_report(lib_db, [a, b], "en", tmp_path / "c.pdf"),
                    footers=False)
    assert contains(text, HOSTILE[:90]) and contains(text, MIXED)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
_NAME = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")),
                min_size=1, max_size=100).filter(lambda s: s.strip())


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_NAME, notes=_TEXT, reason=_TEXT)
def test_any_text_builds_a_report_holding_the_name(lib_db, tmp_path_factory, name, notes,
                                                   reason):
    candidate_id = add_candidate(lib_db, name, "shop_a")
    scorecard(lib_db, candidate_id, "Wang", {"shop_a_q1": 3}, reason=reason,
              notes={"shop_a_q1": notes}, free_notes=notes)
    path = write_candidate_report(lib_db, candidate_id, "en",
                                  tmp_path_factory.mktemp("h") / "r.pdf")
    # as stored: NFC (a compatibility ideograph such as U+2F800 is stored as 丽, U+4E3D)
    assert contains(pdf_text(path), clean_name(name))


# --- batch and files ------------------------------------------------------------------------------
def test_batch_writes_one_file_per_candidate_with_progress(two_candidates, tmp_path):
    db, ana, bo = two_candidates
    seen = []
    written = candidate_reports(db, [ana, bo], tmp_path, "en",
                                progress=lambda done, total: seen.append((done, total)))
    assert [p.name for p in written] == [report_file_name("Ana Zhang 张安娜", ana),
                                         report_file_name("Bo Li 李博", bo)]
    assert seen == [(1, 2), (2, 2)]
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in written)  # no temp files


def test_batch_stops_when_cancelled(lib_db, tmp_path):
    ids = [add_candidate(lib_db, f"Person {n}", "shop_a") for n in range(5)]
    done = []
    written = candidate_reports(lib_db, ids, tmp_path, "zh",
                                progress=lambda d, t: done.append(d),
                                cancelled=lambda: len(done) >= 2)
    assert len(written) == 2
    assert len(list(tmp_path.iterdir())) == 2


@pytest.mark.parametrize("name", [HOSTILE, "CON", "..", "a/b\\c:d*e?f", "😀", " ", "名字" * 80])
def test_file_names_are_safe_on_every_system(name):
    file_name = report_file_name(name, 7)
    assert file_name.endswith("-7.pdf")
    assert not set(file_name) & set('<>:"/\\|?*\'')
    assert not file_name.startswith(".")
    assert len(file_name.encode("utf-8")) < 255
    assert set(file_name) <= set(string.printable) | {c for c in name if c.isalnum()}


def test_an_existing_file_is_replaced_whole(two_candidates, tmp_path):
    db, ana, _ = two_candidates
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    write_candidate_report(db, ana, "en", target)
    assert target.read_bytes().startswith(b"%PDF")
    assert os.listdir(tmp_path) == ["r.pdf"]


# --- user errors ------------------------------------------------------------------------------
def test_unknown_ids_and_folders_are_user_errors(two_candidates, tmp_path):
    db, ana, bo = two_candidates
    with pytest.raises(UserError, match="no candidate with the id 999"):
        write_candidate_report(db, 999, "en", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="no role"):
        write_kit(db, "no_such_role", "en", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="no role"):
        write_comparison_report_for_role(db, "no_such_role", "en", tmp_path / "x.pdf")
    with pytest.raises(UserError):
        write_comparison_report(db, [ana, 999], "en", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="does not exist"):
        write_candidate_report(db, ana, "en", tmp_path / "missing" / "x.pdf")
    with pytest.raises(UserError, match="no candidate"):
        candidate_reports(db, [ana, 999], tmp_path, "en")
    with pytest.raises(UserError, match="language"):
        write_candidate_report(db, ana, "fr", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []  # nothing half-written


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_an_unwritable_folder_is_a_user_error(two_candidates, tmp_path):
    db, ana, _ = two_candidates
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot write"):
            write_candidate_report(db, ana, "en", folder / "x.pdf")
    finally:
        folder.chmod(0o700)


def test_a_role_with_fewer_than_two_scored_candidates_cannot_be_compared(lib_db, tmp_path):
    one = add_candidate(lib_db, "Solo", "shop_a")
    scorecard(lib_db, one, "Wang", {"shop_a_q1": 3})
    with pytest.raises(UserError, match="at least 2"):
        write_comparison_report_for_role(lib_db, "shop_a", "en", tmp_path / "x.pdf")


# --- the layout alone -------------------------------------------------------------------------
def test_reports_lay_out_the_data_they_are_given_without_a_database(tmp_path):
    library = small_library()
    kit = KitData(language="en", role=library.roles[0], role_name="A role named by hand",
                  standard_questions=library.standard_questions, vocabulary=library)
    comparison = ComparisonReportData(
        language="es",
        columns=[ComparedCandidate(1, "Ana", 1, "Puesto X", 4.0, 3.5),
                 ComparedCandidate(2, "Bo", None, "Puesto X", None, None)],
        rows=[ComparedRow("Fila de puntos", True, [4.0, None], frozenset({0}), frozenset({0})),
              ComparedRow("Fila de texto", False, ["uno", ""])],
        thresholds=Thresholds(), quadrant_names={"hire_first": "Cuadrante bueno"})
    for name, lay_out, data, language, expected in (
            ("k.pdf", interview_kit, kit, "en", ("A role named by hand",
                                                 "question shop_a_q1 text english")),
            ("c.pdf", comparison_report, comparison, "es", ("#1 Ana", "#— Bo", "4,0 !",
                                                             "Fila de texto", "uno",
                                                             "Cuadrante bueno"))):
        out = io.BytesIO()
        lay_out(data, language, out)
        path = tmp_path / name
        path.write_bytes(out.getvalue())
        text = pdf_text(path)
        for wanted in expected:
            assert contains(text, wanted), wanted
        with pytest.raises(ValueError, match="report data is in"):  # texts in another language
            lay_out(data, "zh", io.BytesIO())


def test_a_tick_retired_from_the_library_is_not_printed_as_a_code(lib_db, tmp_path):
    """An interview may hold a tick on an observation the library no longer has: the report
    prints the ticks it can still name and no internal code."""
    db = lib_db
    kept = builtin_vocabulary().observe_checklist[0]
    ana = add_candidate(db, "Ana", "shop_a")
    scorecard(db, ana, "Wang", {"shop_a_q1": 4}, observations=[kept["id"], "obs_retired_item"])
    text = pdf_text(write_candidate_report(db, ana, "en", tmp_path / "ana.pdf"))
    assert contains(text, kept["text"]["en"])
    assert "obs_retired_item" not in squeeze(text)
