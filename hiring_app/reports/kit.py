"""The printable interview kit of a role: the profile, the observe checklist with tick boxes,
listen prompts, then every question (the standard ones, then the role's own) with what to
listen for and the 1/3/5 scoring guide (the role family's version where the question has one),
follow-ups, a knock-out mark, score boxes and ruled space for notes. The data
comes from services.report_data (KitData); this module only lays it out."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from hiring_app.domain.library import Library, Question, RoleProfile, text_in
from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE
from hiring_app.reports.common import (
    RULE,
    SHARED_LABELS,
    UserTable,
    check_data_language,
    label_in,
    page_width,
    para,
    paras,
    styles,
    table_style,
    write_pdf,
)
from hiring_app.reports.data import KitData

NOTE_LINES = 5
LINE_GAP = 18

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "面试工具包", "en": "Interview kit", "es": "Kit de entrevista"},
    "candidate_line": {"zh": "候选人：______________    面试官：______________    日期：__________",
                       "en": "Candidate: ______________    Interviewer: ______________    "
                             "Date: __________",
                       "es": "Candidato: ______________    Entrevistador: ______________    "
                             "Fecha: __________"},
    "profile": {"zh": "岗位画像", "en": "Role profile", "es": "Perfil del puesto"},
    "duties": {"zh": "主要职责", "en": "Duties", "es": "Funciones"},
    "kpis": {"zh": "考核指标（KPI）", "en": "KPIs", "es": "Indicadores (KPI)"},
    "facets": {"zh": "重点考察", "en": "Facets to probe", "es": "Aspectos a explorar"},
    "thresholds": {"zh": "门槛：态度 {attitude:g}，能力 {ability:g}；能力低于 {floor:g} 不予培养；"
                         "每个维度至少答 {answers} 题才下结论",
                   "en": "Thresholds: attitude {attitude:g}, ability {ability:g}; not trainable "
                         "below an ability of {floor:g}; a verdict needs {answers} answers per "
                         "dimension",
                   "es": "Umbrales: actitud {attitude:g}, capacidad {ability:g}; no se forma con "
                         "una capacidad menor de {floor:g}; un veredicto requiere {answers} "
                         "respuestas por dimensión"},
    "knockout": {"zh": "淘汰题：{score} 分及以下即不录用",
                 "en": "Knock-out: {score} or lower turns the candidate down",
                 "es": "Eliminatoria: con {score} o menos se descarta a la persona"},
    "knockout_flags": {"zh": "出现以下危险信号即不录用：{flags}",
                       "en": "Any of these red flags turns the candidate down: {flags}",
                       "es": "Cualquiera de estas señales de alerta descarta a la persona: "
                             "{flags}"},
    "observe": {"zh": "一、察：观察清单", "en": "1. Observe: checklist",
                "es": "1. Observar: lista de control"},
    "observe_hint": {"zh": "只记录看到的事实，先不下结论。",
                     "en": "Note what you see; hold conclusions for later.",
                     "es": "Anota lo que ves; deja las conclusiones para después."},
    "listen": {"zh": "二、听：自我介绍", "en": "2. Listen: the self-introduction",
               "es": "2. Escuchar: la presentación"},
    "ask": {"zh": "三、问：面试问题", "en": "3. Ask: the questions", "es": "3. Preguntar"},
    "listen_for": {"zh": "听什么", "en": "Listen for", "es": "Qué escuchar"},
    "follow_ups": {"zh": "追问", "en": "Follow-ups", "es": "Preguntas de seguimiento"},
    "scoring": {"zh": "评分参考", "en": "Scoring guide", "es": "Guía de puntuación"},
    "score": {"zh": "分数（圈选）", "en": "Score (circle one)", "es": "Puntuación (marca una)"},
    "notes": {"zh": "记录", "en": "Notes", "es": "Notas"},
}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 9) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size)


class RuledLines(Flowable):
    """Ruled lines for handwritten notes."""

    def __init__(self, lines: int = NOTE_LINES, gap: float = LINE_GAP) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.lines * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for n in range(self.lines):
            y = n * self.gap
            self.canv.line(0, y, self.width, y)


def _bullets(items: list, language: str) -> list:
    s = styles(language)
    return [para(text_in(item, language), s["bullet"]) for item in items if item]


def _ticks(texts: list[str], language: str) -> Table:
    s = styles(language)
    width = page_width()
    table = Table([[TickBox(), para(t, s["body"])] for t in texts],
                  colWidths=[18, width - 18])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (0, -1), 0)))
    return table


def _profile(role: RoleProfile, vocabulary: Library, language: str) -> list:
    s = styles(language)
    facets = []
    for facet in role.attitude_facets + role.ability_facets:
        item = vocabulary.lookup("facets", facet) or {}
        dimension = _l(item.get("dimension", "attitude"), language)
        name = vocabulary.name_of("facets", facet, language)
        description = text_in(item.get("description"), language)
        facets.append(f"{name}（{dimension}）{description}" if language == "zh"
                      else f"{name} ({dimension}): {description}")
    return [
        para(_l("profile", language), s["h1"]),
        *paras(text_in(role.summary, language), s["body"]),
        para(_l("duties", language), s["h2"]), *_bullets(role.duties, language),
        para(_l("kpis", language), s["h2"]), *_bullets(role.kpis, language),
        para(_l("facets", language), s["h2"]),
        *(para(f, s["bullet"]) for f in facets),
        para(_l("thresholds", language, attitude=role.thresholds.attitude,
                ability=role.thresholds.ability, floor=role.thresholds.ability_floor,
                answers=role.thresholds.min_answers), s["small"]),
        *(paras(text_in(role.threshold_reason, language), s["small"])
          if role.threshold_reason else []),
        *_knockout_flags(role, vocabulary, language),
    ]


def _knockout_flags(role: RoleProfile, vocabulary: Library, language: str) -> list:
    flags = vocabulary.knockout_flags(role)
    if not flags:
        return []
    names = [vocabulary.name_of("red_flags", f["id"], language)
             for f in vocabulary.red_flags if f["id"] in flags]
    names += [f for f in sorted(flags) if vocabulary.lookup("red_flags", f) is None]
    separator = "、" if language == "zh" else ", "
    return [para(_l("knockout_flags", language, flags=separator.join(names)),
                 styles(language)["small"])]


def _score_boxes(language: str) -> Table:
    s = styles(language)
    cells = [para(_l("score", language), s["cell"])] + [para(str(n), s["center"]) for n in range(1, 6)]
    table = Table([cells], colWidths=[110] + [26] * 5, rowHeights=[22], hAlign="LEFT")
    table.setStyle(table_style(("BOX", (1, 0), (-1, 0), 0.7, colors.black),
                               ("INNERGRID", (1, 0), (-1, 0), 0.7, colors.black),
                               ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return table


def _question(number: int, question: Question, standard: bool, vocabulary: Library,
              language: str, family: str) -> list:
    s = styles(language)
    meta = " · ".join([
        _l("standard" if standard else "role_question", language),
        _l(question.dimension, language),
        vocabulary.name_of("facets", question.facet, language),
        f"{_l('weight', language)} {question.weight:g}",
        *([_l("knockout", language, score=KNOCKOUT_MAX_SCORE)] if question.knockout else [])])
    listen_for, scoring = question.guide(family)  # the role family's guide where there is one
    width = page_width()
    guide = UserTable([[para(key, s["h2"]), para(text_in(scoring.get(key), language),
                                                  s["cell"])]
                       for key in sorted(scoring, key=int)],
                      colWidths=[22, width - 22])  # long guides
    guide.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)))
    head = [*paras(f"{number}. {text_in(question.text, language)}", s["h2"]),
            para(meta, s["small"])]
    body = [para(_l("listen_for", language), s["small"]),
            *paras(text_in(listen_for, language), s["body"])]
    if question.follow_ups:
        body += [para(_l("follow_ups", language), s["small"]),
                 *_bullets(question.follow_ups, language)]
    body += [para(_l("scoring", language), s["small"]), guide, Spacer(1, 4),
             _score_boxes(language), Spacer(1, 4), para(_l("notes", language), s["small"]),
             RuledLines(), Spacer(1, 10)]
    return [KeepTogether(head + body)]


def kit_story(kit: KitData, language: str) -> tuple[str, list]:
    check_data_language(kit.language, language)
    role, vocabulary, name = kit.role, kit.vocabulary, kit.role_name
    s = styles(language)
    story: list = [para(f"{_l('title', language)} — {name}", s["title"]),
                   para(_l("candidate_line", language), s["body"]), Spacer(1, 4),
                   *_profile(role, vocabulary, language),
                   para(_l("observe", language), s["h1"]),
                   para(_l("observe_hint", language), s["small"]),
                   _ticks([text_in(i.get("text"), language)
                           for i in vocabulary.observe_checklist], language),
                   para(_l("listen", language), s["h1"]),
                   _ticks([text_in(i.get("text"), language)
                           for i in vocabulary.listen_prompts], language),
                   RuledLines(4),
                   para(_l("ask", language), s["h1"])]
    standard = kit.standard_questions
    for number, question in enumerate(standard + role.questions, 1):
        story += _question(number, question, number <= len(standard), vocabulary, language,
                           role.family)
    return f"{_l('title', language)} — {name}", story


def interview_kit(kit: KitData, language: str, out: IO[bytes] | Path | str) -> None:
    """Write the role's printable interview kit into `out` (services.report_data.write_kit
    writes a file whole or not at all)."""
    title, story = kit_story(kit, language)
    write_pdf(out, story, language, title)
