"""How the reports sit on the page, read back from the PDFs (pypdf: each line's text, size and
place): no page ends with a heading; a question's notes and an interviewer's judgement never
split across pages; no Chinese line begins with closing punctuation, in paragraphs and table
cells alike; numbers and dates written each language's way; bookmarks and clean metadata; the
comparison ranks everyone on page 1; the kit ends with a page to decide on."""
from __future__ import annotations

import re
from itertools import cycle

import pytest

from hiring_app.content.loader import load_library
from hiring_app.domain.matrix import DEFAULT_THRESHOLD
from hiring_app.reports.common import HEADING_SIZES
from hiring_app.services import debrief, demo
from hiring_app.services.candidates import add_candidate
from hiring_app.services.compare import compare
from hiring_app.services.library import ensure_builtin
from hiring_app.services.report_data import (
    write_candidate_report,
    write_comparison_report,
    write_comparison_report_for_role,
    write_kit,
)
from hiring_app.storage import roles_repo
from hiring_app.storage.database import memory_database
from tests.helpers.reports import (
    LANGUAGES,
    contains,
    lines_starting_with_closing_punctuation,
    page_lines,
    page_texts,
    pages_ending_with_a_heading,
    pdf_text,
    read_pdf,
    scorecard,
    squeeze,
)

ROLE = "ops_manager"
INTERVIEWERS = ("刘洋", "Ana María Pérez", "Wang Lei", "陈静", "Zoë O'Neill", "赵敏")
# Notes full of the punctuation a Chinese line may not begin with, in each language.
SENTENCES = {
    "zh": "他说：先核对订单，再联系快递；客户不满意怎么办？马上补偿！（这一点很关键）“口碑最重要。”",
    "en": "She said: check the order first, then call the courier; unhappy customer? Make "
          "it right at once! (This matters.) “Reputation comes first.”",
    "es": "Dijo: primero revisar el pedido, luego llamar a la mensajería; ¿cliente "
          "descontento? ¡Compensar enseguida! (Es clave.) «La reputación es lo primero.»",
}


@pytest.fixture(scope="module")
def company():
    """The shipped library, demo candidates in Chinese, and the busy candidates below."""
    db = memory_database()
    ensure_builtin(db, load_library())
    demo.generate(db, 30, "zh", seed=3)
    yield db
    db.conn.close()


def questions_of(db) -> list[str]:
    role = roles_repo.get_role(db, ROLE)
    return [q.id for q in roles_repo.questions_of(db, None)] + [q.id for q in role.questions]


def busy_candidate(db, language: str, variant: int) -> int:
    """Six interviewers answering every question of the role, with notes of every length
    (the lengths differ with `variant`, so page breaks fall in different places), markers at
    the start and end of each question's notes and of each judgement."""
    sentence = SENTENCES[language]
    candidate = add_candidate(db, f"忙碌的候选人 Busy {language}{variant}", ROLE)
    questions = questions_of(db)
    scores = cycle([5, 4, 2, 3, 5, 1, 4])
    repeats = cycle([1, 3, 0, 2, 5, 1, 0, 4][variant % 8:] + [1, 2, 3])
    for n, interviewer in enumerate(INTERVIEWERS):
        notes = {}
        for q, question in enumerate(questions):
            count = next(repeats)
            if n in (0, len(INTERVIEWERS) - 1):  # the markers' notes are always there
                count = max(count, 1)
            if count:
                start = f"Q{q:02d}S " if n == 0 else ""
                end = f" Q{q:02d}E" if n == len(INTERVIEWERS) - 1 else ""
                notes[question] = start + sentence * count + end
        if variant % 2:
            notes[questions[0]] = ("Q00S " if n == 0 else "") + sentence * (8 + variant) + (
                " Q00E" if n == len(INTERVIEWERS) - 1 else "")
        scorecard(db, candidate, interviewer, {q: next(scores) for q in questions},
                  decision=("hire", "train", "hold", "reject")[n % 4],
                  reason=f"J{n}S " + sentence * (1 + (n + variant) % 3), notes=notes,
                  role_id=ROLE, listen_notes=sentence * ((n + variant) % 4),
                  free_notes=sentence * (n % 3) + f" J{n}E",
                  red_flags=["blames_others"] if n == 2 else [],
                  boss_type="reasonable", team_role="believer")
    debrief.decide(db, candidate, "train", sentence, decided_by=INTERVIEWERS[0])
    return candidate


def page_of(pages: list[str], marker: str) -> int:
    found = [n for n, text in enumerate(pages) if marker in text]
    assert found, marker
    return found[0]


# --- page breaks -------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_ends_with_a_heading_and_no_block_is_split(company, tmp_path, language):
    checked = 0
    for variant in range(3):
        candidate = busy_candidate(company, language, variant)
        path = write_candidate_report(company, candidate, language, tmp_path / f"c{variant}.pdf")
        assert pages_ending_with_a_heading(path, HEADING_SIZES) == []
        pages = page_texts(path)
        assert len(pages) >= 3
        for q in range(len(questions_of(company))):  # each question's notes on one page
            taller_than_a_page = q == 0 and variant % 2
            if f"Q{q:02d}S" in "".join(pages) and not taller_than_a_page:
                assert page_of(pages, f"Q{q:02d}S") == page_of(pages, f"Q{q:02d}E"), q
                checked += 1
        for n in range(len(INTERVIEWERS)):  # and each interviewer's judgement
            assert page_of(pages, f"J{n}S") == page_of(pages, f"J{n}E"), n
    assert checked > 20


def test_the_check_finds_a_heading_left_at_the_foot_of_a_page(tmp_path):
    """The check itself: a story built to leave a heading last on page 1 is caught."""
    from reportlab.platypus import Spacer, Table

    from hiring_app.reports.common import heading, para, styles
    from hiring_app.reports.pages import write_pdf

    s = styles("en")
    story = [Spacer(1, 640), heading("Alone at the foot", s["h1"]),
             Table([[para("a row that does not split", s["body"])]], rowHeights=[120])]
    path = tmp_path / "bad.pdf"
    write_pdf(path, story, "en", "bad")
    assert pages_ending_with_a_heading(path, HEADING_SIZES) == [(1, "Alone at the foot")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_and_kit_leave_no_heading_alone(company, tmp_path, language):
    role = company.execute("SELECT role_id FROM candidates GROUP BY role_id "
                           "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    busy = [busy_candidate(company, language, v) for v in (4, 5)]
    for path in (write_comparison_report(company, busy, language, tmp_path / "c.pdf"),
                 write_comparison_report_for_role(company, role, language, tmp_path / "r.pdf"),
                 write_kit(company, ROLE, language, tmp_path / "k.pdf")):
        assert pages_ending_with_a_heading(path, HEADING_SIZES) == [], path.name


# --- Chinese line breaking ----------------------------------------------------------------------
def test_no_chinese_line_begins_with_closing_punctuation(company, tmp_path):
    ids = [busy_candidate(company, "zh", v) for v in (6, 7)]
    paths = [write_candidate_report(company, i, "zh", tmp_path / f"c{i}.pdf") for i in ids]
    scored = [r[0] for r in company.execute(
        "SELECT candidate_id FROM interviews WHERE state = 'submitted' "
        "GROUP BY candidate_id ORDER BY candidate_id LIMIT 6")]
    paths += [write_candidate_report(company, i, "zh", tmp_path / f"d{i}.pdf") for i in scored]
    paths.append(write_comparison_report(company, ids + scored[:4], "zh", tmp_path / "cmp.pdf"))
    paths.append(write_kit(company, ROLE, "zh", tmp_path / "kit.pdf"))
    lines = 0
    for path in paths:
        assert lines_starting_with_closing_punctuation(path) == [], path.name
        lines += sum(len(page) for page in page_lines(path))
    assert lines > 1000  # the check read the text


def test_line_breaking_keeps_punctuation_and_numbers_with_their_words():
    from hiring_app.reports.fonts import register_cjk_font
    from hiring_app.reports.typography import starts_badly, word_split

    font = register_cjk_font()
    text = "王磊：与岗位匹配度低，礼貌告知结果。态度 3.5（门槛 3.5）“好的。”2026年10月3日！？"
    for width in range(40, 200, 3):
        lines = [line for _, line in word_split(text, width, font, 8)]
        assert "".join(lines) == text
        assert not any(starts_badly(line) for line in lines), (width, lines)
        assert not any(line.rstrip()[-1:] in "（“" for line in lines[:-1]), (width, lines)
        assert not any(re.search(r"\d$", a.rstrip()) and re.match(r"[\d.]", b)
                       for a, b in zip(lines, lines[1:])), (width, lines)


# --- numbers, dates, metadata, bookmarks --------------------------------------------------------
def test_numbers_and_dates_are_written_the_language_s_way(company, tmp_path):
    candidate = busy_candidate(company, "es", 8)
    texts = {language: pdf_text(write_candidate_report(company, candidate, language,
                                                       tmp_path / f"{language}.pdf"))
             for language in LANGUAGES}
    assert re.search(r"\d,\d / 5", texts["es"]) and not re.search(r"\d\.\d / 5", texts["es"])
    assert re.search(r"\d\.\d / 5", texts["en"]) and re.search(r"\d\.\d / 5", texts["zh"])
    for language, text in texts.items():
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), language  # no ISO dates
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", texts["zh"])
    bar = f"{DEFAULT_THRESHOLD:.1f}".replace(".", ",")
    assert "," in bar and not re.search(r"(mínimo|Umbral)\s*\d\.\d", texts["es"])


def test_metadata_is_clean_and_sections_are_bookmarked(company, tmp_path):
    candidate = busy_candidate(company, "en", 9)
    # a name from older data, stored before names refused control and direction characters
    company.execute("UPDATE candidates SET name = ? WHERE id = ?",
                    ["Ann\u202e\tLee\nJr\x07", candidate])
    path = write_candidate_report(company, candidate, "en", tmp_path / "m.pdf")
    reader = read_pdf(path)
    meta = reader.metadata
    for field in (meta.title, meta.author, meta.subject):
        assert field and not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", field)
    assert "Ann Lee Jr" in meta.title and "Candidate report" in meta.title
    titles = [item.title for item in _flat(reader.outline)]
    assert {"Questions and scores", "Interview notes", "Each interviewer's judgement"} \
        <= set(titles)
    assert set(INTERVIEWERS) <= set(titles)  # each interviewer's judgement, one level down


def _flat(outline) -> list:
    out = []
    for item in outline:
        out += _flat(item) if isinstance(item, list) else [item]
    return out


# --- page 1 of each report ----------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_one_of_the_candidate_report_is_the_decision_sheet(company, tmp_path, language):
    candidate = busy_candidate(company, language, 10)
    path = write_candidate_report(company, candidate, language, tmp_path / "c.pdf")
    first = read_pdf(path).pages[0].extract_text()
    words = {"zh": ("培养", "刘洋", "门槛", "一票否决", "危险信号", "意见分歧", "各面试官的建议"),
             "en": ("Train", "刘洋", "bar", "Knock-outs", "Red flags", "Disagreements",
                    "Each interviewer's recommendation"),
             "es": ("Formar", "刘洋", "mínimo", "Descartes directos", "Señales de alerta",
                    "Desacuerdos", "Recomendación de cada entrevistador")}[language]
    for word in (*words, SENTENCES[language][:12], *INTERVIEWERS):
        assert contains(first, word), word
    assert re.search(r"\d[.,]\d / 5", first)


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_ranks_everyone_on_page_one_in_the_ranking_order(company, tmp_path,
                                                                    language):
    ids = [r[0] for r in company.execute(
        "SELECT candidate_id FROM interviews WHERE state = 'submitted' "
        "GROUP BY candidate_id ORDER BY candidate_id LIMIT 20")]
    path = write_comparison_report(company, ids, language, tmp_path / "c.pdf")
    first = squeeze(read_pdf(path).pages[0].extract_text())
    ranked = compare(company, ids, language).columns
    positions = [first.index(squeeze(c.name)) for c in ranked]
    assert positions == sorted(positions)  # every candidate, in rank order, on page 1
    assert {"zh": "一票否决的排在最后", "en": "knock-outs last",
            "es": "al final"}[language] in pdf_text(path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_kit_has_headers_reveals_do_not_ask_and_ends_with_the_assessment(company, tmp_path,
                                                                       language):
    path = write_kit(company, ROLE, language, tmp_path / "k.pdf")
    pages = page_texts(path)
    role_name = roles_repo.get_role(company, ROLE).name[language]
    candidate = {"zh": "候选人", "en": "Candidate", "es": "Candidato"}[language]
    for text in pages:  # a loose page still says whose it is
        assert squeeze(role_name) in text and candidate in text
    whole = "".join(pages)
    for question in roles_repo.questions_of(company, None):
        assert squeeze(question.reveals[language]) in whole
    last = pages[-1]
    for word in {"zh": ("四、评与定", "录用", "培养", "待定", "不录用", "签名", "危险信号"),
                 "en": ("Assessanddecide", "Hire", "Train", "Hold", "Reject", "Signature"),
                 "es": ("Valorarydecidir", "Contratar", "Formar", "Enespera", "Rechazar",
                        "Firma")}[language]:
        assert word in last, word
    do_not_ask = {"zh": "怀孕", "en": "Pregnancy", "es": "Embarazo"}[language]  # from the library
    assert do_not_ask in whole


def test_a_kit_for_a_candidate_names_them_on_every_page(company, tmp_path):
    someone = add_candidate(company, "Kit Person 王", ROLE)
    path = write_kit(company, ROLE, "en", tmp_path / "k.pdf", candidate_id=someone)
    assert all(squeeze("Kit Person 王") in text for text in page_texts(path))
