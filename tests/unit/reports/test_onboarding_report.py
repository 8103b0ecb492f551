"""The onboarding plan's PDF, read back in every language: who, the mentor and dates, the goals
and responsibilities as typed, the talks until the review, and the practice it follows."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from hiring_app.reports import formats
from hiring_app.services import candidates as candidate_service
from hiring_app.services import debrief, onboarding, team
from hiring_app.services import interviews as interview_service
from hiring_app.services.library import ensure_builtin
from tests.helpers.team import team_library

TITLES = {"zh": "入职计划", "en": "Onboarding plan", "es": "Plan de incorporación"}
PRACTICE = {"zh": "事不过三", "en": "Three chances", "es": "Tres oportunidades"}


@pytest.fixture
def hire(db):
    ensure_builtin(db, team_library())
    team.add_member(db, "李同事", "shop_a")
    candidate = candidate_service.add_candidate(db, "欧阳 <b>Nana</b>", "shop_a")
    interview = interview_service.start_interview(db, candidate, "shop_a", "面试官甲")
    interview_service.submit(db, interview, "hire", "")
    debrief.decide(db, candidate, "hire", "好")
    start = date(2026, 1, 5)
    onboarding.save_plan(db, candidate, mentor="王师傅", start_date=start,
                         review_date=start + timedelta(days=90), talks_per_month=2,
                         goals="第一周：熟悉千牛 & 快捷短语\nWeek 2: 50 chats a day",
                         responsibilities="负责售前咨询；不碰售后退款")
    return candidate


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_the_plan_reads_back_in_every_language(db, hire, tmp_path, language) -> None:
    out = onboarding.write_plan_report(db, hire, language, tmp_path / f"plan-{language}.pdf")
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    flat = "".join(text.split())
    assert TITLES[language].replace(" ", "") in flat
    assert "欧阳<b>Nana</b>" in flat  # typed text shown as typed, never as markup
    for typed in ("王师傅", "熟悉千牛&快捷短语", "50chatsaday", "不碰售后退款", "李同事"):
        assert typed in flat, typed
    # dates as the language writes them (as in the other reports)
    start, review = {"zh": ("2026年1月5日", "2026年4月5日"), "en": ("Jan5,2026", "Apr5,2026"),
                     "es": ("5ene2026", "5abr2026")}[language]
    assert start in flat and review in flat
    assert "2026-01-05" not in flat
    assert PRACTICE[language].replace(" ", "") in flat
    talks = onboarding.get_plan(db, hire).talk_dates()
    assert all(formats.day(day, language).replace(" ", "") in flat for day in talks)
    assert len(talks) >= 5


def test_no_plan_no_file(db, tmp_path) -> None:
    ensure_builtin(db, team_library())
    candidate = candidate_service.add_candidate(db, "无计划", "shop_a")
    with pytest.raises(Exception) as refused:
        onboarding.write_plan_report(db, candidate, "en", tmp_path / "x.pdf")
    assert getattr(refused.value, "code", "") == "onboarding.no_plan"
    assert not (tmp_path / "x.pdf").exists()
