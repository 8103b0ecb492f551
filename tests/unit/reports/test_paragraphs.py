"""The report's paragraphs (lines broken once per width, plain text not run through the markup
parser) draw exactly what reportlab's own Paragraph draws."""
from __future__ import annotations

import io

import pytest
from reportlab import rl_config
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from hiring_app.reports.common import markup, para, styles

TEXTS = [
    "候选人王芳在第二轮面试中表现稳定，沟通清楚，对店铺运营的数据说得出来龙去脉。" * 3,
    "Attitude 4.4 / 5 — a long English sentence that has to wrap over more than one line "
    "in a narrow table cell, twice.",
    "  spaces   and\nnew lines\n\nkept as the report keeps them  ",
    "王芳 😀 مرحبا <b>not markup</b> & “quotes” 'single'",
    "Señales «sí» ¿qué? 4,4 / 5",
    "  a label with  two spaces,   three, and\ta tab  ",
    "",
]


def _pdf(make, language: str) -> bytes:
    s = styles(language)
    cells = [[make(text, s["cell"]), make(text, s["body"])] for text in TEXTS]
    story = [KeepTogether([make(text, s["body"]) for text in TEXTS]),
             Table(cells, colWidths=[120, 200]), *[make(text, s["body"]) for text in TEXTS]]
    out = io.BytesIO()
    SimpleDocTemplate(out).build(story)
    return out.getvalue()


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_report_paragraphs_draw_what_reportlabs_paragraph_draws(
        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the file
    ours = _pdf(para, language)
    theirs = _pdf(lambda text, style: Paragraph(markup(text), style), language)
    assert ours == theirs
    assert len(ours) > 5000


def test_text_a_pdf_cannot_show_is_left_out_and_the_rest_kept() -> None:
    """Controls, lone surrogates and non-characters are dropped; format characters, private
    use, emoji and line ends stay (the quick path for ordinary text keeps exactly this)."""
    from hiring_app.reports.common import clean

    assert clean("王芳\x00\x07 ok\ud800\ufdd0\uffff") == "王芳 ok"
    assert clean("a\r\nb\tc\u2028d") == "a\nb    c\nd"
    assert clean("x\u200by\ue000 😀") == "x\u200by\ue000 😀"
    assert clean("候选人王芳，面试稳定。") == "候选人王芳，面试稳定。"
