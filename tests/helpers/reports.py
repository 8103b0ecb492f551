"""Reading PDF reports back, for tests: the text of every page (pypdf), whitespace-insensitive
search, and a submitted scorecard made in one call."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from hiring_app.reports.common import label
from hiring_app.services import interviews

LANGUAGES = ("zh", "en", "es")

_FOOTER = re.compile("|".join(
    [re.escape(label("confidential", language)) for language in LANGUAGES]
    + [re.escape(label("page_of", language, n="@", m="@")).replace("@", r"\d+")
       for language in LANGUAGES]))


def scorecard(db, candidate_id: int, interviewer: str, scores: dict[str, int],
              decision: str = "hire", reason: str = "", notes: dict[str, str] | None = None,
              adhoc: str | None = None, role_id: str = "shop_a", **fields) -> int:
    """A submitted scorecard for `role_id`: the given scores and notes by question id, and an
    ad-hoc question (scored 4, its text also its notes) when `adhoc` is given."""
    interview_id = interviews.start_interview(db, candidate_id, role_id, interviewer)
    changes = {q: {"score": s} for q, s in scores.items()}
    for q, text in (notes or {}).items():
        changes.setdefault(q, {})["notes"] = text
    if adhoc is not None:
        question = interviews.add_adhoc_question(db, interview_id, adhoc, "ability", "execution")
        changes[question] = {"score": 4, "notes": adhoc}
    interviews.apply_changes(db, interview_id, fields, changes)
    interviews.submit(db, interview_id, decision, reason)
    return interview_id


def read_pdf(path: Path) -> PdfReader:
    """The PDF at `path`, checked to be a whole PDF file that pypdf reads."""
    content = Path(path).read_bytes()
    assert content.startswith(b"%PDF-"), content[:20]
    assert content.rstrip().endswith(b"%%EOF"), content[-20:]
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    return reader


def pdf_text(path: Path, footers: bool = True) -> str:
    """The text of every page; without the footers unless asked, so that text running over a
    page break reads on."""
    pages = [page.extract_text() for page in read_pdf(path).pages]
    return "".join(pages if footers else (_FOOTER.sub("", page) for page in pages))


def squeeze(text: str) -> str:
    """Text without any whitespace (line breaks fall anywhere in a PDF)."""
    return "".join(text.split())


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def contains(haystack: str, needle: str) -> bool:
    """Whitespace-insensitive. Text with right-to-left letters (Hebrew, Arabic) may be read back
    in visual order, which moves neutral characters around those letters too ('ﯪ:' reads ':ﯪ'):
    for such a needle, some stretch of the text must hold exactly its characters, in any
    order."""
    flat, wanted = squeeze(haystack), squeeze(needle)
    if wanted in flat:
        return True
    if not wanted or not _right_to_left(wanted):
        return False
    target, size = Counter(wanted), len(wanted)
    window = Counter(flat[:size])
    for start in range(len(flat) - size + 1):
        if window == target:
            return True
        if start + size < len(flat):
            window[flat[start]] -= 1
            window[flat[start + size]] += 1
    return False


# --- the layout read back: text runs with their size and place ----------------------------------
@dataclass(frozen=True)
class Line:
    """One line of text on a page as drawn: where (PDF points, y up), in which size, what."""

    page: int
    x: float
    y: float
    size: float
    text: str


FOOTER_TOP = 40.0  # the footer (confidentiality, page x of y) sits below this height


def page_lines(path: Path) -> list[list[Line]]:
    """Every page's lines in drawing order: text runs on one baseline drawn one after the other
    make one line (a paragraph's lines, a table cell's lines are each their own)."""
    pages = []
    for number, page in enumerate(read_pdf(path).pages, 1):
        runs: list[Line] = []

        def visit(text, cm, tm, font, size, runs=runs, number=number):
            if not text or not text.strip("\n"):
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1
            if runs and abs(runs[-1].y - y) < 0.2:
                last = runs[-1]
                runs[-1] = Line(number, last.x, last.y, max(last.size, size * scale),
                                last.text + text)
            else:
                runs.append(Line(number, x, y, size * scale, text))

        page.extract_text(visitor_text=visit)
        pages.append([Line(r.page, r.x, r.y, r.size, r.text.replace("\n", " ").strip())
                      for r in runs if r.text.strip()])
    return pages


def pages_ending_with_a_heading(path: Path, heading_sizes) -> list[tuple[int, str]]:
    """(page, text) of every page whose lowest line of text above the footer is a heading
    (drawn in one of `heading_sizes`): a heading left alone at the foot of a page."""
    found = []
    for lines in page_lines(path):
        body = [line for line in lines if line.y > FOOTER_TOP]
        if not body:
            continue
        lowest = min(line.y for line in body)
        last = [line for line in body if line.y - lowest < 1.0]
        if all(any(abs(line.size - h) < 0.05 for h in heading_sizes) for line in last):
            found.append((last[0].page, last[0].text))
    return found


def lines_starting_with_closing_punctuation(path: Path) -> list[tuple[int, str]]:
    """(page, text) of every line that begins with a mark that may not begin a Chinese line."""
    from hiring_app.reports.typography import starts_badly

    return [(line.page, line.text) for lines in page_lines(path) for line in lines
            if starts_badly(line.text)]


def page_texts(path: Path) -> list[str]:
    """Each page's text, without whitespace."""
    return [squeeze(page.extract_text()) for page in read_pdf(path).pages]
