"""The onboarding plan as a PDF: who, the mentor and the dates, the goals for the first weeks and
the responsibilities (with the colleagues they must not overlap), the one-to-one talks until the
probation review, the practice the plan follows, and room for the review's signatures.

The data comes from services.onboarding (OnboardingReportData); this module only lays it out.
"""
from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table

from hiring_app.domain.code_names import DECISION_NAMES
from hiring_app.domain.library import text_in
from hiring_app.reports import formats
from hiring_app.reports.common import (
    RULE,
    SHARED_LABELS,
    UserTable,
    check_language,
    label_in,
    page_width,
    para,
    paras,
    styles,
    table_style,
)
from hiring_app.reports.onboarding_data import OnboardingReportData
from hiring_app.reports.pages import Header, clean_header, write_pdf

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "入职计划", "en": "Onboarding plan", "es": "Plan de incorporación"},
    "decision": {"zh": "录用决定", "en": "Decision", "es": "Decisión"},
    "mentor": {"zh": "师傅", "en": "Mentor", "es": "Mentor"},
    "no_mentor": {"zh": "（尚未指定）", "en": "(not chosen yet)", "es": "(aún sin asignar)"},
    "start": {"zh": "入职日期", "en": "Start date", "es": "Incorporación"},
    "review": {"zh": "试用期评估", "en": "Probation review", "es": "Evaluación del periodo de prueba"},
    "talks_per_month": {"zh": "一对一谈话", "en": "One-to-one talks",
                        "es": "Conversaciones individuales"},
    "per_month": {"zh": "每月 {n} 次", "en": "{n} a month", "es": "{n} al mes"},
    "pay": {"zh": "薪酬方式", "en": "Pay model", "es": "Modelo de pago"},
    "goals": {"zh": "头几周的目标", "en": "Goals for the first weeks",
              "es": "Metas de las primeras semanas"},
    "responsibilities": {"zh": "职责（与同事不重叠）",
                         "en": "Responsibilities (no overlap with colleagues)",
                         "es": "Responsabilidades (sin solaparse con colegas)"},
    "colleagues": {"zh": "同岗位的同事，需分清各自负责的部分：{names}",
                   "en": "Colleagues in the same role, to agree who owns what with: {names}",
                   "es": "Colegas del mismo puesto con quienes acordar quién se encarga de "
                         "qué: {names}"},
    "empty": {"zh": "（待填写）", "en": "(to be written)", "es": "(por completar)"},
    "schedule": {"zh": "谈话与评估日程", "en": "Talks and review", "es": "Conversaciones y evaluación"},
    "date": {"zh": "日期", "en": "Date", "es": "Fecha"},
    "what": {"zh": "安排", "en": "What", "es": "Qué"},
    "notes": {"zh": "记录", "en": "Notes", "es": "Notas"},
    "talk": {"zh": "第 {n} 次一对一谈话", "en": "One-to-one talk {n}",
             "es": "Conversación individual {n}"},
    "review_row": {"zh": "试用期评估：先交书面自我评估，再一起核对",
                   "en": "Probation review: the written self-assessment first, then together",
                   "es": "Evaluación: primero la autoevaluación escrita, luego juntos"},
    "practice": {"zh": "带新人的做法", "en": "How this plan is run",
                 "es": "Cómo se lleva este plan"},
    "signatures": {"zh": "签字", "en": "Signatures", "es": "Firmas"},
    "new_hire": {"zh": "新员工", "en": "New hire", "es": "Persona nueva"},
    "manager": {"zh": "上级", "en": "Manager", "es": "Responsable"},
}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


def _facts(rows: list[tuple[str, str]], language: str) -> Table:
    s = styles(language)
    width = page_width()
    table = UserTable([[para(k, s["cell"]), para(v, s["body"])] for k, v in rows],
                      colWidths=[width * 0.28, width * 0.72])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f8"))))
    return table


def _schedule(data: OnboardingReportData, language: str) -> Table:
    s = styles(language)
    width = page_width()
    rows = [[para(_l(k, language), s["cell_head"]) for k in ("date", "what", "notes")]]
    rows += [[para(formats.day(when, language), s["cell"]), para(_l("talk", language, n=n), s["cell"]),
              para("", s["cell"])] for n, when in enumerate(data.talks, 1)]
    rows.append([para(formats.day(data.plan.review_date, language), s["cell"]),
                 para(_l("review_row", language), s["cell"]), para("", s["cell"])])
    table = UserTable(rows, colWidths=[width * 0.18, width * 0.42, width * 0.40], repeatRows=1)
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4858")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f9fb")]),
        ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)))
    return table


def _signatures(language: str) -> Table:
    s = styles(language)
    width = page_width()
    table = Table([[para(_l("new_hire", language), s["small"]),
                    para(_l("manager", language), s["small"]),
                    para(_l("mentor", language), s["small"])]],
                  colWidths=[width / 3] * 3, rowHeights=[34])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("RIGHTPADDING", (0, 0), (-1, -1), 18)))
    return table


def onboarding_report(data: OnboardingReportData, language: str, out: IO[bytes] | Path) -> None:
    check_language(language)
    s = styles(language)
    plan = data.plan
    decision = text_in(DECISION_NAMES.get(data.decision or ""), language) if data.decision else ""
    facts = [(_l("role", language), data.role_name or "—")]
    if decision:
        facts.append((_l("decision", language), decision))
    facts += [
        (_l("mentor", language), plan.mentor or _l("no_mentor", language)),
        (_l("start", language), formats.day(plan.start_date, language)),
        (_l("review", language), formats.day(plan.review_date, language)),
        (_l("talks_per_month", language), _l("per_month", language, n=plan.talks_per_month)),
    ]
    if data.pay_model:
        facts.append((_l("pay", language), data.pay_model))
    story: list = [para(_l("title", language), s["title"]), para(data.name, s["h1"]),
                   _facts(facts, language)]
    story.append(para(_l("goals", language), s["h1"]))
    story.extend(paras(plan.goals, s["body"]) if plan.goals.strip()
                 else [para(_l("empty", language), s["small"])])
    story.append(para(_l("responsibilities", language), s["h1"]))
    story.extend(paras(plan.responsibilities, s["body"]) if plan.responsibilities.strip()
                 else [para(_l("empty", language), s["small"])])
    if data.colleagues:
        separator = "、" if language == "zh" else ", "
        story.append(para(_l("colleagues", language, names=separator.join(data.colleagues)),
                          s["small"]))
    story.append(KeepTogether([para(_l("schedule", language), s["h1"]),
                               _schedule(data, language)]))
    story.append(para(_l("practice", language), s["h1"]))
    for title, what in data.practices:
        story.append(KeepTogether([para(title, s["h2"]), para(what, s["body"])]))
    story.append(Spacer(1, 10))
    story.append(KeepTogether([para(_l("signatures", language), s["h2"]), Spacer(1, 30),
                               _signatures(language)]))
    title = f"{_l('title', language)} — {data.name}"
    write_pdf(out, story, language, title, subject=data.name,
              header=Header(clean_header(data.name), clean_header(_l("title", language))))
