"""The candidate report. Page 1 is the decision sheet: who, for which role; the decision, who
took it, when and why; the verdict with both scores against the role's bars, the knock-outs, red
flags, disagreements and reasons; the 2×2 beside each interviewer's recommendation. Then a
question × interviewer grid of the scores, the notes question by question, and each
interviewer's judgement.

Only submitted scorecards count (a draft is not an opinion yet), as in the comparison. The data
comes from services.report_data (CandidateReportData); this module only lays it out.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import Table

from hiring_app.domain.code_names import CHANNEL_NAMES, DECISION_NAMES, STATUS_NAMES
from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.library import text_in
from hiring_app.domain.matrix import reaches
from hiring_app.domain.scorecards import DISAGREEMENT_SPREAD
from hiring_app.reports import formats
from hiring_app.reports.chart import ChartPoint, quadrant_chart, quadrant_names
from hiring_app.reports.common import (
    ACCENT,
    INK,
    NOTICE,
    RULE,
    SHARED_LABELS,
    SURFACE,
    Block,
    UserTable,
    check_data_language,
    clean,
    colon,
    facts_table,
    gap,
    heading,
    in_brackets,
    label_in,
    list_separator,
    page_width,
    para,
    paras,
    section,
    short,
    styles,
    table_style,
    text_width,
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
from hiring_app.reports.pages import Header, clean_header, write_pdf

NOTE_ON_PAGE_ONE = 240   # candidate notes up to this long sit on page 1; longer ones at the end
QUESTION_LENGTH = 160    # of a question's text in the grid (the notes below print it whole)

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "候选人报告", "en": "Candidate report", "es": "Informe del candidato"},
    "status": {"zh": "状态", "en": "Status", "es": "Estado"},
    "channel": {"zh": "来源渠道", "en": "Channel", "es": "Canal"},
    "added": {"zh": "登记日期", "en": "Added on", "es": "Registrado el"},
    "dates": {"zh": "面试日期", "en": "Interviewed", "es": "Entrevistas"},
    "candidate_notes": {"zh": "候选人备注", "en": "Notes on the candidate",
                        "es": "Notas sobre el candidato"},
    "no_scorecards": {"zh": "还没有提交的评分表，因此没有分数。",
                      "en": "No submitted scorecards yet, so there are no scores to report.",
                      "es": "Todavía no hay evaluaciones enviadas, así que no hay "
                            "puntuaciones."},
    "drafts": {"zh": "另有 {n} 份未提交的评分表，未计入。",
               "en": "{n} scorecard(s) not yet submitted are not counted.",
               "es": "{n} evaluación(es) sin enviar no se cuentan."},
    "chart_note": {"zh": "实心点：综合结果；空心圈：各面试官；虚线：岗位门槛。",
                   "en": "Filled dot: combined result; rings: each interviewer; "
                         "dashed lines: the role's thresholds.",
                   "es": "Punto relleno: resultado combinado; círculos: cada "
                         "entrevistador; líneas discontinuas: umbrales del puesto."},
    "disagreements": {"zh": "意见分歧", "en": "Disagreements", "es": "Desacuerdos"},
    "knockouts": {"zh": "一票否决", "en": "Knock-outs", "es": "Descartes directos"},
    "questions": {"zh": "问题与评分", "en": "Questions and scores",
                  "es": "Preguntas y puntuaciones"},
    "grid_legend": {
        "zh": "每格为该面试官的分数（1–5）；“跳过”：问了但未作答；“—”：没有问；“?”：未评分。"
              "“!”：面试官相差 {spread} 分或以上。均分按面试官的分数计算。",
        "en": "Each cell is that interviewer's score (1–5); “skip”: asked but skipped; "
              "“—”: not asked; “?”: not scored. “!”: the interviewers are {spread} or more "
              "points apart. The mean is over the interviewers' scores.",
        "es": "Cada casilla es la puntuación de ese entrevistador (1–5); «omit.»: se preguntó "
              "pero se omitió; «—»: no se preguntó; «?»: sin puntuar. «!»: los entrevistadores "
              "difieren {spread} puntos o más. La media es la de sus puntuaciones."},
    "question": {"zh": "问题", "en": "Question", "es": "Pregunta"},
    "dimension": {"zh": "维度", "en": "Dimension", "es": "Dimensión"},
    "mean": {"zh": "均分", "en": "Mean", "es": "Media"},
    "why": {"zh": "判定依据", "en": "Why", "es": "Por qué"},
    "verdict": {"zh": "判定", "en": "Verdict", "es": "Veredicto"},
    "recommended": {"zh": "建议", "en": "Recommended", "es": "Recomendado"},
    "not_decided": {"zh": "尚未决定", "en": "Not decided yet", "es": "Sin decidir todavía"},
    "decided_by": {"zh": "由 {who} 于 {day} 决定", "en": "Decided by {who} on {day}",
                   "es": "Decidido por {who} el {day}"},
    "decided_on": {"zh": "于 {day} 决定", "en": "Decided on {day}", "es": "Decidido el {day}"},
    "against": {"zh": "注意：该决定与建议不同，理由见上。",
                "en": "Note: this decision goes against the recommendation; the reason is "
                      "above.",
                "es": "Atención: esta decisión va en contra de la recomendación; el motivo "
                      "figura arriba."},
    "bar": {"zh": "门槛 {bar}", "en": "bar {bar}", "es": "mínimo {bar}"},
    "reached": {"zh": "达到", "en": "reached", "es": "alcanzado"},
    "below": {"zh": "未达到", "en": "below", "es": "por debajo"},
    "recommendations": {"zh": "各面试官的建议", "en": "Each interviewer's recommendation",
                        "es": "Recomendación de cada entrevistador"},
    "interviewer": {"zh": "面试官", "en": "Interviewer", "es": "Entrevistador"},
    "day": {"zh": "日期", "en": "Date", "es": "Fecha"},
    "notes_section": {"zh": "面试记录", "en": "Interview notes", "es": "Notas de la entrevista"},
    "note_only": {"zh": "仅作记录，不计分", "en": "a note only, not scored",
                  "es": "solo una nota, no puntúa"},
    "adhoc": {"zh": "临时追加的问题", "en": "Ad-hoc questions", "es": "Preguntas añadidas"},
    "removed": {"zh": "已从题库删除的问题", "en": "Questions no longer in the library",
                "es": "Preguntas que ya no están en la biblioteca"},
    "standard_group": {"zh": "标准问题", "en": "Standard questions",
                       "es": "Preguntas estándar"},
    "role_group": {"zh": "岗位问题", "en": "Role questions", "es": "Preguntas del puesto"},
    "skipped": {"zh": "跳过", "en": "skip", "es": "omit."},
    "skipped_long": {"zh": "跳过", "en": "skipped", "es": "omitida"},
    "not_scored": {"zh": "未评分", "en": "not scored", "es": "sin puntuar"},
    "per_interviewer": {"zh": "各面试官的结论", "en": "Each interviewer's judgement",
                        "es": "Valoración de cada entrevistador"},
    "reason": {"zh": "理由", "en": "Reason", "es": "Motivo"},
    "observations": {"zh": "勾选的观察项", "en": "Checklist items ticked",
                     "es": "Puntos marcados de la lista"},
    "listen_notes": {"zh": "倾听记录", "en": "Listening notes", "es": "Notas de escucha"},
    "free_notes": {"zh": "其他备注", "en": "Other notes", "es": "Otras notas"},
    "interviewed_on": {"zh": "面试日期", "en": "Interviewed on", "es": "Entrevista del"},
    "scores": {"zh": "态度 / 能力", "en": "Attitude / ability", "es": "Actitud / capacidad"},
}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


def _name(table: dict, code: str | None, language: str) -> str:
    """A stored code's name (status, channel, decision), or the code itself when unknown."""
    return (text_in(table.get(code or ""), language) or code or "") if code else ""


# --- page 1: who, and the decision sheet -------------------------------------------------------
def _who(data: CandidateReportData, language: str) -> list:
    s = styles(language)
    c, sep = colon(language), list_separator(language)
    interviewers = list(dict.fromkeys(card.interviewer_name for card in data.cards
                                      if card.interviewer_name))
    facts = [
        (_l("role", language), data.role_name or "—"),
        (_l("status", language), _name(STATUS_NAMES, data.status, language)),
        (_l("channel", language), _name(CHANNEL_NAMES, data.channel, language) or "—"),
        (_l("added", language), formats.day(data.added_on, language) or "—"),
        (_l("dates", language), sep.join(formats.days(data.card_days, language)) or "—"),
        (_l("interviewers", language), sep.join(interviewers) or "—"),
    ]
    line = "  ·  ".join(f"{k}{c}{v}" for k, v in facts)
    out: list = [para(_l("title", language), s["kicker"]),
                 heading(data.name, s["title"], outline=0), para(line, s["small"])]
    notes = (data.notes or "").strip()
    if notes and len(notes) <= NOTE_ON_PAGE_ONE:
        out.append(para(f"{_l('candidate_notes', language)}{c}{notes}", s["small"]))
    return out


def _verdict_box(data: CandidateReportData, language: str) -> list:
    """The decision, who took it and why; the verdict and the recommendation; both scores
    against the role's bars; knock-outs, red flags, disagreements and the reasons."""
    s = styles(language)
    result, width = data.result, page_width()
    c, none = colon(language), common_label("none", language)
    if result.count == 0:
        box = _box([[para(_l("no_scorecards", language), s["value"])]], [width], None)
        return [box, *_drafts(data, language)]

    decided = [para(_l("decision", language), s["label"]),
               para(_name(DECISION_NAMES, data.decision, language)
                    or _l("not_decided", language), s["big"])]
    day = formats.day(data.decision_on, language)
    if data.decision and day:
        who = (_l("decided_by", language, who=clean(data.decision_by), day=day)
               if data.decision_by else _l("decided_on", language, day=day))
        decided.append(para(who, s["cell_muted"]))
    if data.decision and data.decision_reason:
        decided.append(para(f"{_l('reason', language)}{c}{data.decision_reason}", s["cell"]))
    if result.goes_against(data.decision):
        decided.append(para(_l("against", language), s["warning"]))
    verdict = [para(_l("verdict", language), s["label"]), para(data.verdict, s["big"]),
               para(f"{_l('recommended', language)}{c}{data.recommendation}", s["cell"])]

    label_w = width * 0.17
    half = width / 2
    rows: list[list] = [[decided, "", verdict],
                        [_score_cell(result.attitude.score, result.thresholds.attitude,
                                     "attitude", language), "",
                         _score_cell(result.ability.score, result.thresholds.ability,
                                     "ability", language)]]
    lines = [
        (_l("knockouts", language), "\n".join(data.knockouts) or none),
        (_l("red_flags", language), _red_flags(data, language) or none),
        (_l("disagreements", language), "\n".join(data.disagreements) or none),
    ]
    if data.reasons:
        lines.append((_l("why", language), "\n".join(data.reasons)))
    for key, text in lines:
        style = s["warning"] if key == _l("knockouts", language) and data.knockouts else s["cell"]
        rows.append([para(key, s["label"]), para(text, style), ""])
    box = _box(rows, [label_w, half - label_w, half],
               result.quadrant.colour if result.quadrant else None, lines=len(lines))
    return [box, *_drafts(data, language)]


def _box(rows: list[list], widths: list[float], colour: str | None, lines: int = 0) -> Table:
    """The verdict box: two wide rows (each half a column pair), then label / text lines."""
    table = UserTable(rows, colWidths=widths, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour) if colour else SURFACE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(widths) == 3:
        first_line = len(rows) - lines
        commands += [("SPAN", (0, row), (1, row)) for row in range(first_line)]
        commands += [("SPAN", (1, row), (2, row)) for row in range(first_line, len(rows))]
        commands += [("LINEBELOW", (0, first_line - 1), (-1, -1), 0.3, RULE),
                     ("BACKGROUND", (0, first_line), (-1, -1), colors.white),
                     ("TOPPADDING", (0, first_line), (0, -1), 3.0)]
    table.setStyle(table_style(*commands))
    return table


def _score_cell(score: float | None, bar: float, dimension: str, language: str) -> list:
    s = styles(language)
    out = [para(_l(dimension, language), s["label"]),
           para(formats.score_of_five(score, language), s["big"])]
    where = ""
    if score is not None:
        where = "  ·  " + _l("reached" if reaches(score, bar) else "below", language)
    out.append(para(_l("bar", language, bar=formats.plain(bar, language)) + where,
                    s["cell_muted"]))
    return out


def _red_flags(data: CandidateReportData, language: str) -> str:
    """Each red flag ticked, with who ticked it (knock-out flags say so)."""
    c, sep = colon(language), list_separator(language)
    knockout = data.result.rules.knockout_flags
    by_flag: dict[str, list[str]] = {}
    for interviewer, flag in data.result.red_flags:
        by_flag.setdefault(flag, []).append(interviewer or "?")
    lines = []
    for flag, who in by_flag.items():
        name = data.vocabulary.name_of("red_flags", flag, language)
        mark = in_brackets(_l("knockouts", language), language) if flag in knockout else ""
        lines.append(f"{name}{mark}{c}{sep.join(dict.fromkeys(who))}")
    return "\n".join(lines)


def _drafts(data: CandidateReportData, language: str) -> list:
    if not data.drafts:
        return []
    return [para(_l("drafts", language, n=data.drafts), styles(language)["small"])]


def _chart_and_panel(data: CandidateReportData, language: str) -> list:
    """The 2×2 beside each interviewer's recommendation."""
    s = styles(language)
    result, width = data.result, page_width()
    points = [ChartPoint(card.interviewer or "?", card.attitude, card.ability, primary=False)
              for card in result.scorecards
              if card.attitude is not None and card.ability is not None]
    if result.attitude.score is not None and result.ability.score is not None:
        points.append(ChartPoint(data.name, result.attitude.score, result.ability.score))
    if not data.cards:
        return []
    panel_width = width * 0.53
    chart_width = width - panel_width - 10
    left: list = []
    if points:
        left = [quadrant_chart(points, result.thresholds,
                               quadrant_names(data.vocabulary, language), language,
                               chart_width, chart_width * 0.8),
                para(_l("chart_note", language), s["tiny"])]
    right = [para(_l("recommendations", language), s["h3"]),
             _recommendations(data, language, panel_width)]
    outer = Table([[left, right]], colWidths=[chart_width + 10, panel_width], hAlign="LEFT")
    outer.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)))
    return [gap(8), outer]


def _recommendations(data: CandidateReportData, language: str, width: float) -> Table:
    s = styles(language)
    keys = ("interviewer", "day", "attitude", "ability", "recommended")
    rows = [[para(card.interviewer_name or "?", s["cell"]),
             para(formats.day(day, language), s["cell"]),
             para(formats.number(scores.attitude, language), s["cell_center"]),
             para(formats.number(scores.ability, language), s["cell_center"]),
             para(_name(DECISION_NAMES, card.decision, language) or "—", s["cell"])]
            for card, day, scores in zip(data.cards, data.card_days, data.result.scorecards)]
    # every column but the names as wide as its header and values need, the names the rest
    widths = [0.0] + [text_width([_l(key, language)], s["cell_head_small"])
                      for key in keys[1:]]
    for column in range(1, len(keys)):
        values = [row[column].text for row in rows]
        widths[column] = max(widths[column], text_width(values, s["cell"]))
    widths[0] = max(width - sum(widths),
                    text_width([_l(keys[0], language)], s["cell_head_small"]))
    if sum(widths) > width:
        shrink = (width - widths[0]) / sum(widths[1:])
        widths[1:] = [w * shrink for w in widths[1:]]
    head = [para(_l(key, language), s["cell_head_small"]) for key in keys]
    table = UserTable([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)))
    return table


# --- the question × interviewer grid ------------------------------------------------------------
_GROUPS = {STANDARD: "standard_group", ROLE: "role_group", OTHER: "removed", ADHOC: "adhoc"}
PER_GRID = 8  # interviewers side by side in one grid (more: a second grid below)


def _cell_text(answer: Answer | None, language: str) -> str:
    if answer is None:
        return "—"
    if answer.skipped:
        return _l("skipped", language)
    return "?" if answer.score is None else str(answer.score)


def _grid(data: CandidateReportData, language: str) -> list:
    s = styles(language)
    cards = data.cards
    out: list = []
    for first in range(0, len(cards), PER_GRID):
        chosen = list(range(first, min(first + PER_GRID, len(cards))))
        out += [_grid_table(data, chosen, language), gap(4)]
    legend = para(_l("grid_legend", language, spread=formats.plain(DISAGREEMENT_SPREAD,
                                                                     language)), s["tiny"])
    return [*out, legend]


def _dimension_text(question: ReportQuestion, language: str) -> str:
    """"Attitude", "Ability ×2" (the weight when it is not 1), or "a note only"."""
    if not question.dimension:
        return _l("note_only", language)
    text = _l(question.dimension, language)
    if question.weight != 1:
        text += f" ×{formats.plain(question.weight, language)}"
    return text


def _grid_table(data: CandidateReportData, chosen: list[int], language: str) -> Table:
    s = styles(language)
    width = page_width()
    score_w = max(24.0, min(44.0, (width * 0.45) / (len(chosen) + 1)))
    dimensions = [_dimension_text(q, language) for q in data.questions]
    dimension_w = min(80.0, max(text_width([_l("dimension", language)], s["cell_head"]),
                                text_width(dimensions, s["cell_muted"])))
    mean_w = max(score_w, text_width([_l("mean", language)], s["cell_head"]))
    widths = [18.0, 0.0, dimension_w, *([score_w] * len(chosen)), mean_w]
    widths[1] = width - sum(widths)
    head = [para("#", s["cell_head"]), para(_l("question", language), s["cell_head"]),
            para(_l("dimension", language), s["cell_head"]),
            *(para(short(data.cards[i].interviewer_name or "?", 24, language),
                   s["cell_head_center"]) for i in chosen),
            para(_l("mean", language), s["cell_head_center"])]
    rows, commands = [head], []
    group = None
    for number, question in enumerate(data.questions, 1):
        if question.kind != group:
            group = question.kind
            commands += [("SPAN", (0, len(rows)), (-1, len(rows))),
                         ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SURFACE),
                         ("NOSPLIT", (0, len(rows)), (-1, len(rows) + 1))]  # stays with a row
            rows.append([para(_l(_GROUPS[question.kind], language), s["cell_muted"])]
                        + [""] * (len(widths) - 1))
        scored = [a.score for a in question.scored().values() if a.score is not None]
        mean = sum(scored) / len(scored) if scored else None
        mean_text = formats.number(mean, language) + (" !" if question.disagreement else "")
        dimension = _dimension_text(question, language)
        if question.disagreement:
            commands.append(("BACKGROUND", (-1, len(rows)), (-1, len(rows)), NOTICE))
        rows.append([para(str(number), s["cell_muted"]),
                     para(short(question.text, QUESTION_LENGTH, language), s["cell"]),
                     para(dimension, s["cell_muted"]),
                     *(_cell_text(question.answers.get(i), language) for i in chosen),
                     mean_text])  # plain strings: numbers need no wrapping
    table = UserTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LINEBEFORE", (3, 0), (3, -1), 0.3, RULE), ("LINEBEFORE", (-1, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTSIZE", (3, 1), (-1, -1), 8), ("ALIGN", (3, 1), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (3, 1), (-1, -1), INK), ("TOPPADDING", (3, 1), (-1, -1), 3),
        *commands))
    return table


# --- the notes, question by question -----------------------------------------------------------
def _answer_label(card: Interview, answer: Answer, language: str) -> str:
    if answer.skipped:
        value = _l("skipped_long", language)
    elif answer.score is None:
        value = _l("not_scored", language)
    else:
        value = f"{answer.score} / 5"
    return f"{card.interviewer_name or '?'} ({value})"


def _notes(data: CandidateReportData, language: str) -> list:
    """Each question that has notes, as one block: the question, then each interviewer's score
    and notes. A block moves to the next page whole unless it is taller than a page."""
    s = styles(language)
    c = colon(language)
    blocks = []
    for number, question in enumerate(data.questions, 1):
        noted = [(i, a) for i, a in sorted(question.answers.items()) if (a.notes or "").strip()]
        if not noted:
            continue
        block: list = paras(f"{number}. {question.text}", s["h3"])
        for index, answer in noted:
            block.append(para(_answer_label(data.cards[index], answer, language) + c,
                              s["cell_muted"]))
            block.extend(paras(answer.notes, s["bullet"]))
        blocks.append(Block(block))
    if not blocks:
        return []
    return section(heading(_l("notes_section", language), s["h1"], outline=0), blocks)


# --- each interviewer's judgement ----------------------------------------------------------------
def _judgements(data: CandidateReportData, language: str) -> list:
    s = styles(language)
    sep, c, none = list_separator(language), colon(language), common_label("none", language)
    vocabulary = data.vocabulary
    blocks = []
    for card, day, scores in zip(data.cards, data.card_days, data.result.scorecards):
        team = []
        if card.boss_type:
            team.append(_l("boss_style", language) + c
                        + vocabulary.name_of("boss_types", card.boss_type, language))
        if card.team_role:
            team.append(_l("team_role", language) + c
                        + vocabulary.name_of("team_roles", card.team_role, language))
        quadrant = scores.quadrant.value if scores.quadrant else None
        rows: list[tuple[str, object]] = [
            (_l("interviewed_on", language), formats.day(day, language)),
            (_l("scores", language), f"{formats.number(scores.attitude, language)} / "
                                      f"{formats.number(scores.ability, language)}"),
            (_l("quadrant", language),
             vocabulary.name_of("quadrants", quadrant, language) if quadrant else "—"),
            (_l("recommended", language), _name(DECISION_NAMES, card.decision, language) or "—"),
        ]
        if (card.decision_reason or "").strip():
            rows.append((_l("reason", language), paras(card.decision_reason, s["value"])))
        rows += [
            (_l("red_flags", language),
             sep.join(vocabulary.name_of("red_flags", f, language) for f in card.red_flags)
             or none),
            (_l("team_fit", language), "\n".join(team) or "—"),
        ]
        if card.observations:
            # an item retired from the library since it was ticked has no text to print
            ticked = [text_in(item.get("text"), language) for item in (
                vocabulary.lookup("observe_checklist", o) for o in card.observations) if item]
            if ticked:
                rows.append((_l("observations", language), "\n".join("✓ " + t for t in ticked)))
        for key, text in (("listen_notes", card.listen_notes), ("free_notes", card.free_notes)):
            if (text or "").strip():
                rows.append((_l(key, language), paras(text, s["value"])))
        blocks.append(Block([
            heading(card.interviewer_name or "?", s["h3"], outline=1),
            facts_table(rows, language, page_width()), gap(6)]))
    return section(heading(_l("per_interviewer", language), s["h1"], outline=0), blocks)


def _long_notes(data: CandidateReportData, language: str) -> list:
    notes = (data.notes or "").strip()
    if len(notes) <= NOTE_ON_PAGE_ONE:
        return []
    s = styles(language)
    return section(heading(_l("candidate_notes", language), s["h1"], outline=0),
                   paras(notes, s["body"]))


# --- the report -------------------------------------------------------------------------------
def candidate_story(data: CandidateReportData, language: str) -> tuple[str, list]:
    """(the document title, the flowables) of one candidate's report."""
    check_data_language(data.language, language)
    s = styles(language)
    story: list = [*_who(data, language), gap(6), *_verdict_box(data, language),
                   *_chart_and_panel(data, language)]
    if data.cards:
        story += section([heading(_l("questions", language), s["h1"], outline=0)],
                         _grid(data, language))
        story += _notes(data, language)
        story += _judgements(data, language)
    story += _long_notes(data, language)
    return f"{_l('title', language)} — {data.name}", story


def candidate_report(data: CandidateReportData, language: str,
                     out: IO[bytes] | Path | str) -> None:
    """Write one candidate's report into `out` (services.report_data.write_candidate_report
    writes a file whole or not at all)."""
    title, story = candidate_story(data, language)
    subject = " · ".join(p for p in (_l("title", language), data.role_name, data.verdict) if p)
    header = Header(f"{_l('title', language)} · {clean_header(data.name)}",
                    clean_header(data.role_name), first_page=2)
    write_pdf(out, story, language, title, subject=subject, header=header,
              keywords=[data.role_name])

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
