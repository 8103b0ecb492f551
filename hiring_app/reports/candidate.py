"""The candidate report: who, for which role, the combined result on the 2×2, every question with
each interviewer's score and notes, each interviewer's judgement, and where they disagree.

Only submitted scorecards count (a draft is not an opinion yet), as in the comparison. The data
comes from services.report_data (CandidateReportData); this module only lays it out.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from hiring_app.domain.code_names import CHANNEL_NAMES, DECISION_NAMES, STATUS_NAMES
from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.library import Library, text_in
from hiring_app.domain.scorecards import DISAGREEMENT_SPREAD, CombinedResult
from hiring_app.reports.chart import ChartPoint, quadrant_chart, quadrant_names
from hiring_app.reports.common import (
    RULE,
    SHARED_LABELS,
    UserTable,
    check_data_language,
    clean,
    label_in,
    page_width,
    para,
    paras,
    styles,
    table_style,
    write_pdf,
)
from hiring_app.reports.common import label as common_label
from hiring_app.reports.data import (
    ADHOC,
    OTHER,
    ROLE,
    STANDARD,
    CandidateReportData,
    ReportQuestion,
)

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "候选人报告", "en": "Candidate report", "es": "Informe del candidato"},
    "status": {"zh": "状态", "en": "Status", "es": "Estado"},
    "channel": {"zh": "来源渠道", "en": "Channel", "es": "Canal"},
    "added": {"zh": "登记日期", "en": "Added on", "es": "Alta"},
    "dates": {"zh": "面试日期", "en": "Interview dates", "es": "Fechas de entrevista"},
    "candidate_notes": {"zh": "候选人备注", "en": "Notes on the candidate",
                        "es": "Notas sobre el candidato"},
    "summary": {"zh": "总结", "en": "Summary", "es": "Resumen"},
    "recommended": {"zh": "建议决定", "en": "Recommended decision",
                    "es": "Decisión recomendada"},
    "scorecards": {"zh": "已提交的评分表", "en": "Submitted scorecards",
                   "es": "Evaluaciones enviadas"},
    "no_scorecards": {"zh": "还没有提交的评分表，因此没有分数。",
                      "en": "No submitted scorecards yet, so there are no scores to report.",
                      "es": "Todavía no hay evaluaciones enviadas, así que no hay "
                            "puntuaciones."},
    "drafts": {"zh": "另有 {n} 份未提交的评分表，未计入。",
               "en": "{n} scorecard(s) not yet submitted are not counted.",
               "es": "{n} evaluación(es) sin enviar no se cuentan."},
    "chart_note": {"zh": "实心点：综合结果；空心点：各面试官；虚线：岗位门槛。",
                   "en": "Filled dot: combined result; hollow dots: each interviewer; "
                         "dashed lines: the role's thresholds.",
                   "es": "Punto relleno: resultado combinado; puntos huecos: cada "
                         "entrevistador; líneas discontinuas: umbrales del puesto."},
    "disagreements": {"zh": "意见分歧", "en": "Disagreements", "es": "Desacuerdos"},
    "disagreements_intro": {
        "zh": "以下各项面试官的分数相差 {spread} 分或以上，做决定前请先沟通。",
        "en": "The interviewers are {spread} or more points apart on the following; "
              "talk before deciding.",
        "es": "Los entrevistadores difieren en {spread} puntos o más en lo siguiente; "
              "convendría que lo hablaran antes de decidir."},
    "questions": {"zh": "问题与评分", "en": "Questions and scores",
                  "es": "Preguntas y puntuaciones"},
    "why": {"zh": "判定依据", "en": "Why", "es": "Por qué"},
    "decision_reason": {"zh": "决定理由", "en": "Reason for the decision",
                        "es": "Motivo de la decisión"},
    "note_only": {"zh": "仅作记录，不计分", "en": "a note only, not scored",
                  "es": "solo una nota, no puntúa"},
    "adhoc": {"zh": "临时追加的问题", "en": "Ad-hoc question", "es": "Pregunta añadida"},
    "removed": {"zh": "已从题库删除的问题", "en": "Question no longer in the library",
                "es": "Pregunta que ya no está en la biblioteca"},
    "score": {"zh": "分数", "en": "Score", "es": "Puntuación"},
    "skipped": {"zh": "跳过", "en": "skipped", "es": "omitida"},
    "not_scored": {"zh": "未评分", "en": "not scored", "es": "sin puntuar"},
    "not_asked": {"zh": "未问", "en": "not asked", "es": "no preguntada"},
    "per_interviewer": {"zh": "各面试官的结论", "en": "Each interviewer's judgement",
                        "es": "Valoración de cada entrevistador"},
    "reason": {"zh": "理由", "en": "Reason", "es": "Motivo"},
    "observations": {"zh": "观察到的", "en": "Observed", "es": "Observado"},
    "listen_notes": {"zh": "倾听记录", "en": "Listening notes", "es": "Notas de escucha"},
    "free_notes": {"zh": "其他备注", "en": "Other notes", "es": "Otras notas"},
    "interviewed_on": {"zh": "面试日期", "en": "Interviewed on", "es": "Entrevista del"},
}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


def _colon(language: str) -> str:
    return "：" if language == "zh" else ": "


def _sep(language: str) -> str:
    return "、" if language == "zh" else ", "


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


# --- sections -----------------------------------------------------------------------------------
def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    # A row taller than a page (long notes) is split across pages instead of failing the report.
    table = UserTable(rows, colWidths=widths)
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f8")),
    ))
    return table


def _facts(rows: list[tuple[str, str]], language: str) -> Table:
    s = styles(language)
    width = page_width()
    return _table([[para(k, s["cell"]), para(v, s["body"])] for k, v in rows],
                  [width * 0.26, width * 0.74])


def _header(data: CandidateReportData, language: str) -> list:
    s = styles(language)
    dates = sorted(set(data.card_days))
    interviewers = list(dict.fromkeys(c.interviewer_name for c in data.cards
                                      if c.interviewer_name))
    rows = [
        (_l("role", language), data.role_name or "—"),
        (_l("status", language), text_in(STATUS_NAMES.get(data.status), language)
         or data.status),
        (_l("channel", language), text_in(CHANNEL_NAMES.get(data.channel or ""), language)
         or data.channel or "—"),
        (_l("added", language), data.added_on),
        (_l("dates", language), _sep(language).join(dates) or "—"),
        (_l("interviewers", language), _sep(language).join(interviewers) or "—"),
    ]
    if (data.notes or "").strip():
        rows.append((_l("candidate_notes", language), data.notes or ""))
    return [para(_l("title", language), s["title"]), para(data.name, s["h1"]),
            _facts(rows, language)]


def _summary(data: CandidateReportData, language: str) -> list:
    result, decision, drafts = data.result, data.decision, data.drafts
    s = styles(language)
    out: list = [para(_l("summary", language), s["h1"])]
    if result.count == 0:
        out.append(para(_l("no_scorecards", language), s["body"]))
    quadrant = result.quadrant.value if result.quadrant else None
    recommended = result.recommended_decision
    rows = [
        (_l("attitude", language), _score(result.attitude.score)),
        (_l("ability", language), _score(result.ability.score)),
        (_l("quadrant", language), data.verdict if quadrant else "—"),
        (_l("recommended", language),
         text_in(DECISION_NAMES.get(recommended), language) if recommended else "—"),
        (_l("decision", language),
         text_in(DECISION_NAMES.get(decision), language) if decision else "—"),
        *([(_l("decision_reason", language), data.decision_reason)]
          if decision and data.decision_reason else []),
        (_l("scorecards", language), str(result.count)),
    ]
    out.append(_facts(rows, language))
    if data.reasons or data.disagreements:  # why, on the first page
        out.append(para(_l("why", language), s["h2"]))
        out.extend(para("• " + line, s["body"]) for line in data.reasons)
        out.extend(para("• " + line, s["body"]) for line in data.disagreements)
    if drafts:
        out.append(para(_l("drafts", language, n=drafts), s["small"]))
    return out


def _chart(name: str, result: CombinedResult, vocabulary: Library, language: str) -> list:
    s = styles(language)
    points = [ChartPoint(card.interviewer or "?", card.attitude, card.ability, primary=False)
              for card in result.scorecards
              if card.attitude is not None and card.ability is not None]
    if result.attitude.score is not None and result.ability.score is not None:
        points.append(ChartPoint(name, result.attitude.score, result.ability.score))
    if not points:
        return []
    return [KeepTogether([para(_l("chart", language), s["h1"]),
                          quadrant_chart(points, result.thresholds,
                                         quadrant_names(vocabulary, language), language, 330, 240),
                          para(_l("chart_note", language), s["small"])])]


def _disagreements(result: CombinedResult, questions: list[ReportQuestion],
                   cards: list[Interview], language: str) -> list:
    s = styles(language)
    colon, sep = _colon(language), _sep(language)
    lines = []
    for dimension in (result.attitude, result.ability):
        if dimension.disagreement:
            scores = sep.join(f"{card.interviewer}{colon}{_score(card.score(dimension.dimension))}"
                              for card in result.scorecards
                              if card.score(dimension.dimension) is not None)
            lines.append(f"{_l(dimension.dimension, language)} — {scores}")
    for number, question in enumerate(questions, 1):
        if question.disagreement:
            scores = sep.join(f"{cards[i].interviewer_name}{colon}{a.score}"
                              for i, a in question.scored().items())
            lines.append(f"{number}. {_first_line(question.text)} — {scores}")
    if not lines:
        return []
    return [para(_l("disagreements", language), s["h1"]),
            para(_l("disagreements_intro", language, spread=int(DISAGREEMENT_SPREAD)), s["body"]),
            *(para(line, s["bullet"]) for line in lines)]


def _first_line(text: str, limit: int = 120) -> str:
    value = " ".join(clean(text).split())
    return value if len(value) <= limit else value[:limit - 1] + "…"


def _answer_line(card: Interview, answer: Answer | None, language: str) -> str:
    if answer is None:
        value = _l("not_asked", language)
    elif answer.skipped:
        value = _l("skipped", language)
    elif answer.score is None:
        value = _l("not_scored", language)
    else:
        value = f"{answer.score} / 5"
    return f"{card.interviewer_name or '?'} — {_l('score', language)}{_colon(language)}{value}"


def _question_section(questions: list[ReportQuestion], cards: list[Interview],
                      vocabulary: Library, language: str) -> list:
    s = styles(language)
    out: list = [para(_l("questions", language), s["h1"])]
    kinds = {STANDARD: "standard", ROLE: "role_question", OTHER: "removed", ADHOC: "adhoc"}
    for number, question in enumerate(questions, 1):
        out.extend(paras(f"{number}. {question.text}", s["h2"]))
        meta = " · ".join(p for p in (
            _l(kinds[question.kind], language),
            *((_l(question.dimension, language),
               vocabulary.name_of("facets", question.facet, language) if question.facet else "",
               f"{_l('weight', language)} {question.weight:g}") if question.dimension
              else (_l("note_only", language),))) if p)
        out.append(para(meta, s["small"]))
        for index, card in enumerate(cards):
            answer = question.answers.get(index)
            out.append(para(_answer_line(card, answer, language), s["body"]))
            if answer is not None and (answer.notes or "").strip():
                out.extend(paras(answer.notes, s["bullet"]))
        out.append(Spacer(1, 4))
    return out


def _interviewer_section(cards: list[Interview], days: list[str], result: CombinedResult,
                         vocabulary: Library, language: str) -> list:
    s = styles(language)
    sep, none = _sep(language), common_label("none", language)
    out: list = [para(_l("per_interviewer", language), s["h1"])]
    for card, day, scores in zip(cards, days, result.scorecards):
        out.append(para(card.interviewer_name or "?", s["h2"]))
        team = []
        if card.boss_type:
            team.append(_l("boss_style", language) + _colon(language)
                        + vocabulary.name_of("boss_types", card.boss_type, language))
        if card.team_role:
            team.append(_l("team_role", language) + _colon(language)
                        + vocabulary.name_of("team_roles", card.team_role, language))
        quadrant = scores.quadrant.value if scores.quadrant else None
        rows = [
            (_l("interviewed_on", language), day),
            (_l("attitude", language) + " / " + _l("ability", language),
             f"{_score(scores.attitude)} / {_score(scores.ability)}"),
            (_l("quadrant", language),
             vocabulary.name_of("quadrants", quadrant, language) if quadrant else "—"),
            (_l("decision", language),
             text_in(DECISION_NAMES.get(card.decision), language) if card.decision else "—"),
            (_l("red_flags", language),
             sep.join(vocabulary.name_of("red_flags", f, language) for f in card.red_flags)
             or none),
            (_l("team_fit", language), "\n".join(team) or "—"),
        ]
        if card.observations:
            ticked = [text_in((vocabulary.lookup("observe_checklist", o) or {}).get("text"),
                              language) or o for o in card.observations]
            rows.append((_l("observations", language), "\n".join(ticked)))
        out.append(_facts(rows, language))
        for key, text in (("reason", card.decision_reason), ("listen_notes", card.listen_notes),
                          ("free_notes", card.free_notes)):
            if (text or "").strip():
                out.append(para(_l(key, language), s["small"]))
                out.extend(paras(text, s["body"]))
        out.append(Spacer(1, 6))
    return out


# --- the report -------------------------------------------------------------------------------
def candidate_story(data: CandidateReportData, language: str) -> tuple[str, list]:
    """(the document title, the flowables) of one candidate's report."""
    check_data_language(data.language, language)
    result, cards, vocabulary = data.result, data.cards, data.vocabulary
    story: list = [
        *_header(data, language),
        *_summary(data, language),
        *_chart(data.name, result, vocabulary, language),
        *_disagreements(result, data.questions, cards, language),
    ]
    if cards:
        story += _question_section(data.questions, cards, vocabulary, language)
        story += _interviewer_section(cards, data.card_days, result, vocabulary, language)
    return f"{_l('title', language)} — {data.name}", story


def candidate_report(data: CandidateReportData, language: str,
                     out: IO[bytes] | Path | str) -> None:
    """Write one candidate's report into `out` (services.report_data.write_candidate_report
    writes a file whole or not at all)."""
    title, story = candidate_story(data, language)
    write_pdf(out, story, language, title)


# --- file names ---------------------------------------------------------------------------------
_UNSAFE = re.compile(r"[^\w\-. ()]+")
MAX_STEM = 60


def report_file_name(name: str, candidate_id: int) -> str:
    """'name-id.pdf', safe on Windows, macOS and Linux: letters (any script), digits and a few
    marks only, no leading dots, at most MAX_STEM characters of the name."""
    stem = unicodedata.normalize("NFC", clean(name))
    stem = _UNSAFE.sub("_", stem)
    stem = re.sub(r"[\s_]+", "_", stem).strip("._- ")[:MAX_STEM].rstrip("._- ")
    return f"{stem or 'candidate'}-{candidate_id}.pdf"
