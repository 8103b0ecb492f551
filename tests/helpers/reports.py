"""Reading PDF reports back, for tests: the text of every page (pypdf), whitespace-insensitive
search, and a submitted scorecard made in one call."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
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
