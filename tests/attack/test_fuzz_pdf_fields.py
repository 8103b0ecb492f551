"""Whatever a user types into any field that reaches a PDF report, the report is built (a whole
PDF pypdf reads), and text a reader would type (letters, digits, punctuation, Chinese) comes
back out of it as typed.

Fields: the candidate's name, phone, e-mail, notes and a channel typed as free text (from older
or imported data); each interviewer's name, listening notes, other notes, decision reason, each
answer's notes and ad-hoc questions; the note of a status change; and for the interview kit, a
role the user edited (name, summary, duties, KPIs, a question's text, what to listen for,
follow-ups and scoring guide). Phone, e-mail and status notes are not printed in any report:
for them the property is only that the reports still build.
"""
from __future__ import annotations

import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hiring_app.content.loader import BankFileError
from hiring_app.domain.text import (
    BadNameError,
    clean_name,
    clean_note,
    is_control,
    is_direction,
)
from hiring_app.errors import UserError
from hiring_app.services import role_editing
from hiring_app.services.candidates import CHANNELS, add_candidate, set_status
from hiring_app.services.report_data import (
    write_candidate_report,
    write_comparison_report,
    write_kit,
)
from tests.helpers.attack import counted, record
from tests.helpers.banks import small_company
from tests.helpers.reports import LANGUAGES, contains, pdf_text, read_pdf, scorecard

PDF = settings(max_examples=40, deadline=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture,
                                      HealthCheck.large_base_example])
ANY_TEXT = settings(PDF, max_examples=30)

# Text a reader types and looks for: Latin letters (with accents), digits, ASCII punctuation
# (markup characters included), Chinese characters and punctuation; single spaces between.
_READABLE = (string.ascii_letters + string.digits + string.punctuation + "áéíóúñüçÁÉÑÜ¿¡"
             + "中文汉字测试张伟王芳李强面试候选人态度能力，。！？：；（）《》、“”")
READABLE = st.text(st.sampled_from(_READABLE) | st.characters(min_codepoint=0x4E00,
                                                               max_codepoint=0x9FA5)
                   | st.just(" "), min_size=1, max_size=40).filter(lambda s: s.strip())

# Anything: every code point but lone surrogates (which no text field can hold), and the
# texts most likely to upset a PDF library.
_HOSTILE = [
    "<b>bold</b>", "&amp;", "&", "&#0;", "&#x110000;", "<para>", "</para>", "<br/>", "<br>",
    "<font name='Nope'>x</font>", "<img src='/etc/passwd'/>", "<a href='javascript:x'>l</a>",
    "]]>", "<![CDATA[x]]>", "<!-- c -->", "%PDF-1.4", "%%EOF", "(", ")", "\\", "\\(", "endstream",
    "\x00", "\x07\x08\x1b", "\r\n" * 300, "\t" * 50, "\u2028\u2029\x85\x0b\x0c", "\u202eRTL",
    "\u200b\u200d\ufeff", "e\u0301" * 500, "\ufffe\uffff\ufdd0", "\U0010ffff\U000e0001",
    "👩‍👩‍👧‍👦" * 50, "﷽" * 200, "𒐫" * 100, "ဪ" * 300, " " * 10_000, "W" * 10_000,
    "长" * 10_000, ("长文本 😀 <&> mixed Ελλάδα\n" * 400)[:10_000], "a\n" * 2_000,
]
ANY = (st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
       | st.sampled_from(_HOSTILE)
       | st.lists(st.sampled_from(_HOSTILE) | st.text(max_size=5), max_size=4).map("".join))


def name_from(text: str, fallback: str) -> str:
    """A name the app takes (1-100 characters, nothing invisible only, no control or direction
    characters: domain/text.py) made of `text`; names it refuses are attacked in
    test_attack_hostile_names."""
    kept = "".join(ch for ch in text if not (is_control(ch) or is_direction(ch)))
    name = kept.strip()[:100].strip()
    try:
        return clean_name(name) if name else fallback
    except BadNameError:
        return fallback


# --- databases ----------------------------------------------------------------------------------
company = small_company


def build_candidate(db, fields: dict[str, str], tag: str = "") -> int:
    """A candidate with every user-typed field of a candidate report filled in from `fields`,
    two interviewers who disagree, an ad-hoc question and a later status change."""
    phone = fields["phone"].strip()[:100]  # the app refuses longer numbers where typed
    try:
        candidate = add_candidate(db, fields["name"], "shop_a", phone=phone,
                                  email=fields["email"])
    except UserError:  # not an e-mail address: the app says so, and takes the rest
        candidate = add_candidate(db, fields["name"], "shop_a", phone=phone)
    db.execute("UPDATE candidates SET notes = ?, channel = ? WHERE id = ?",  # older data
               [fields["candidate_notes"], fields["channel"], candidate])
    scorecard(db, candidate, fields["interviewer"], {"shop_a_q1": 5, "shop_a_q2": 1,
                                                     "std_one": 4},
              reason=fields["reason"], notes={"shop_a_q1": fields["answer_notes"],
                                              "shop_a_q2": fields["answer_notes_2"]},
              adhoc=fields["adhoc"], listen_notes=fields["listen_notes"],
              free_notes=fields["free_notes"])
    scorecard(db, candidate, fields["interviewer_2"] + tag, {"shop_a_q1": 1, "shop_a_q2": 5},
              decision="hold", reason=fields["reason_2"])
    set_status(db, candidate, "hired", note=fields["status_note"])
    return candidate


CANDIDATE_FIELDS = ("name", "phone", "email", "channel", "candidate_notes", "interviewer",
                    "interviewer_2", "listen_notes", "free_notes", "reason", "reason_2",
                    "answer_notes", "answer_notes_2", "adhoc", "status_note")
# The fields the candidate report prints (phone, e-mail and status notes it does not).
PRINTED = ("name", "channel", "candidate_notes", "interviewer", "interviewer_2", "listen_notes",
           "free_notes", "reason", "reason_2", "answer_notes", "answer_notes_2", "adhoc")
# What the comparison prints: names, interviewers, decision reasons and other notes (cut to
# 200 characters), ad-hoc questions (cut to 160).
COMPARED = ("name", "interviewer", "interviewer_2", "free_notes", "reason", "reason_2", "adhoc")


def tagged(texts: dict[str, str], prefix: str = "") -> dict[str, str]:
    """Each text between markers naming its field, so finding it proves it came out whole and
    in its own place (not merely that its letters are somewhere in the report)."""
    return {key: f"[{prefix}{n}>{text.strip()}<{prefix}{n}]"
            for n, (key, text) in enumerate(texts.items())}


def readable_fields(prefix: str = "") -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({key: READABLE for key in CANDIDATE_FIELDS}).map(
        lambda texts: tagged(texts, prefix))


def any_fields() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({key: ANY for key in CANDIDATE_FIELDS}).map(
        lambda f: {**f, "name": name_from(f["name"], "N"),
                   "interviewer": name_from(f["interviewer"], "I1"),
                   "interviewer_2": name_from(f["interviewer_2"], "I2")[:97],
                   "adhoc": f["adhoc"] if clean_note(f["adhoc"]).strip() else "?"})


# --- candidate report ---------------------------------------------------------------------------
@PDF
@given(fields=readable_fields(), language=st.sampled_from(LANGUAGES))
@counted("fuzz: pdf candidate report cases")
def test_candidate_report_prints_every_readable_field_as_typed(tmp_path, fields, language):
    db = company()
    try:
        candidate = build_candidate(db, fields)
        assert fields["channel"] not in CHANNELS
        text = pdf_text(write_candidate_report(db, candidate, language, tmp_path / "r.pdf"),
                        footers=False)
        missing = [key for key in PRINTED if not contains(text, fields[key])]
        assert not missing, {key: fields[key] for key in missing}
    finally:
        db.conn.close()


@ANY_TEXT
@given(fields=any_fields(), language=st.sampled_from(LANGUAGES))
@counted("fuzz: pdf candidate report cases")
def test_candidate_report_builds_whatever_was_typed(tmp_path, fields, language):
    db = company()
    try:
        candidate = build_candidate(db, fields)
        read_pdf(write_candidate_report(db, candidate, language, tmp_path / "r.pdf"))
        assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # no temporary file left
    finally:
        db.conn.close()


# --- comparison report --------------------------------------------------------------------------
@settings(PDF, max_examples=30)
@given(first=readable_fields("a"), second=readable_fields("b"),
       language=st.sampled_from(LANGUAGES))
@counted("fuzz: pdf comparison report cases")
def test_comparison_report_prints_every_readable_field_it_shows(tmp_path, first, second,
                                                                language):
    db = company()
    try:
        ids = [build_candidate(db, first), build_candidate(db, second)]
        text = pdf_text(write_comparison_report(db, ids, language, tmp_path / "c.pdf"),
                        footers=False)
        missing = [(n, key) for n, fields in enumerate((first, second)) for key in COMPARED
                   if not contains(text, fields[key])]
        assert not missing, missing
    finally:
        db.conn.close()


@ANY_TEXT
@given(first=any_fields(), second=any_fields(), language=st.sampled_from(LANGUAGES))
@counted("fuzz: pdf comparison report cases")
def test_comparison_report_builds_whatever_was_typed(tmp_path, first, second, language):
    db = company()
    try:
        ids = [build_candidate(db, first), build_candidate(db, second, tag="'")]
        read_pdf(write_comparison_report(db, ids, language, tmp_path / "c.pdf"))
    finally:
        db.conn.close()


# --- interview kit of an edited role -------------------------------------------------------------
ROLE_TEXTS = ("name", "summary", "duty", "kpi", "question", "listen_for", "follow_up",
              "score_1", "score_5")


def edit_role(db, texts: dict[str, str]) -> None:
    """Edit role shop_a as the Roles screen does: every text in all three languages."""
    snap = role_editing.snapshot(db, "shop_a")

    def i18n(key: str) -> dict[str, str]:
        return {language: texts[key] for language in LANGUAGES}

    snap.role["name"], snap.role["summary"] = i18n("name"), i18n("summary")
    snap.role["duties"] = [i18n("duty"), *snap.role["duties"]]
    snap.role["kpis"] = [i18n("kpi")]
    question = snap.questions[0]
    question["text"], question["listen_for"] = i18n("question"), i18n("listen_for")
    question["follow_ups"] = [i18n("follow_up")]
    question["scoring"]["1"], question["scoring"]["5"] = i18n("score_1"), i18n("score_5")
    role_editing.apply(db, "shop_a", snap)


@PDF
@given(texts=st.fixed_dictionaries({key: READABLE for key in ROLE_TEXTS}).map(tagged),
       language=st.sampled_from(LANGUAGES))
@counted("fuzz: pdf interview kit cases")
def test_interview_kit_prints_every_readable_text_of_an_edited_role(tmp_path, texts, language):
    db = company()
    try:
        edit_role(db, texts)
        text = pdf_text(write_kit(db, "shop_a", language, tmp_path / "k.pdf"),
                        footers=False)
        missing = [key for key in ROLE_TEXTS if not contains(text, texts[key])]
        assert not missing, {key: texts[key] for key in missing}
    finally:
        db.conn.close()


def role_text(text: str) -> str:
    """Most of `text` within what a role's text may be (1-4000 characters, not blank), so that
    most edits are taken and reach the kit; the app may still refuse some."""
    text = text[:4000]
    return text if text.strip() else ("x" + text)[:4000]


@ANY_TEXT
@given(texts=st.fixed_dictionaries({key: ANY.map(role_text) for key in ROLE_TEXTS}),
       language=st.sampled_from(LANGUAGES))
@counted("fuzz: pdf interview kit cases")
def test_interview_kit_builds_for_any_role_edit_the_app_accepts(tmp_path, texts, language):
    db = company()
    try:
        try:
            edit_role(db, texts)
        except BankFileError:  # the edit is refused with the reason (blank, too long...)
            record("fuzz: pdf interview kit edits refused")
            assume(False)
        read_pdf(write_kit(db, "shop_a", language, tmp_path / "k.pdf"))
    finally:
        db.conn.close()


def test_the_hostile_texts_reach_the_reports(tmp_path):
    """Not left to chance: every short hostile text in every field at once, and each long one
    in some field, in every report."""
    short = "".join(h for h in _HOSTILE if len(h) < 200)
    long = [h for h in _HOSTILE if len(h) >= 200]
    fields = {key: short + long[n % len(long)] for n, key in enumerate(CANDIDATE_FIELDS)}
    fields |= {"name": "<b>&amp;</b>" + "﷽" * 80, "interviewer": "<para>&#0;",
               "interviewer_2": "W" * 90}
    db = company()
    try:
        first, second = build_candidate(db, fields), build_candidate(db, fields, tag="2")
        # names the app now refuses, as older versions stored them: reports still print them
        db.execute("UPDATE candidates SET name = ? WHERE id = ?",
                   ["<b>&amp;</b>\x00" + "﷽" * 80, first])
        db.execute("UPDATE interviewers SET name = ? WHERE name = ?", ["<para>\r\n&#0;",
                                                                       "<para>&#0;"])
        db.execute("UPDATE interviewers SET name = ? WHERE name = ?", ["\u202e" + "W" * 90,
                                                                       "W" * 90])
        read_pdf(write_candidate_report(db, first, "zh", tmp_path / "r.pdf"))
        read_pdf(write_comparison_report(db, [first, second], "es", tmp_path / "c.pdf"))
        texts = {key: role_text(short + long[n % len(long)]) for n, key in enumerate(ROLE_TEXTS)}
        # a role's name holds no control or direction character (the rule for names)
        texts["name"] = "".join(ch for ch in texts["name"]
                                if not (is_control(ch) or is_direction(ch)))
        edit_role(db, texts)
        read_pdf(write_kit(db, "shop_a", "en", tmp_path / "k.pdf"))
    finally:
        db.conn.close()
    record("fuzz: pdf candidate report cases")
    record("fuzz: pdf comparison report cases")
    record("fuzz: pdf interview kit cases")


def test_unprinted_fields_are_kept(tmp_path):
    """Phone, e-mail and status notes are in no report, but are stored as typed."""
    db = company()
    try:
        fields = {key: f"value of {key}" for key in CANDIDATE_FIELDS} | {
            "email": "someone@example.com"}
        candidate = build_candidate(db, fields)
        row = db.execute("SELECT phone, email FROM candidates WHERE id = ?",
                         [candidate]).fetchone()
        assert row == ("value of phone", "someone@example.com")
        notes = [r[0] for r in db.execute("SELECT note FROM status_history WHERE "
                                          "candidate_id = ?", [candidate])]
        assert "value of status_note" in notes
    finally:
        db.conn.close()


# --- what the fuzzing found, kept as plain cases ------------------------------------------------
def test_text_taller_than_a_page_in_a_table_cell_runs_onto_the_next_page(tmp_path):
    """Candidate notes, a channel, a scoring guide and comparison cells are table cells; a cell
    taller than a page once failed the whole report (reportlab's LayoutError). Now the row is
    split across pages, and nothing of the text is lost."""
    db = company()
    try:
        lines = "\n".join(f"L{n:04d}" for n in range(300))
        words = " ".join(f"w{n:04d}" for n in range(1500))
        candidate = add_candidate(db, "tall", "shop_a")
        db.execute("UPDATE candidates SET name = ? WHERE id = ?",  # older data: a name with
                   ["a\n" * 49 + "z", candidate])                  # line breaks
        scorecard(db, candidate, "W", {"shop_a_q1": 3}, reason="﷽" * 400, free_notes="W" * 400)
        db.execute("UPDATE candidates SET notes = ?, channel = ? WHERE id = ?",
                   [lines, words, candidate])
        text = pdf_text(write_candidate_report(db, candidate, "zh", tmp_path / "r.pdf"),
                        footers=False)
        assert all(f"L{n:04d}" in text for n in range(300))
        assert all(f"w{n:04d}" in text for n in range(1500))

        others = []
        for number in range(5):
            other = add_candidate(db, "﷽" * 99 + str(number), "shop_a")
            scorecard(db, other, "W" * 99 + str(number), {"shop_a_q1": 3}, reason="﷽" * 400,
                      free_notes="W" * 400, adhoc="𒐫" * 300)
            others.append(other)
        read_pdf(write_comparison_report(db, [candidate, *others], "en", tmp_path / "c.pdf"))

        guide = "\n".join(f"G{n:04d}" for n in range(660))
        edit_role(db, {key: "x" for key in ROLE_TEXTS} | {"score_1": guide})
        text = pdf_text(write_kit(db, "shop_a", "en", tmp_path / "k.pdf"), footers=False)
        assert all(f"G{n:04d}" in text for n in range(660))
    finally:
        db.conn.close()
