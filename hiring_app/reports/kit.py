"""The printable interview kit of a role, to interview and decide on paper: the profile, the
observe checklist with tick boxes, listen prompts, then every question (the standard ones, with
what each reveals, then the role's own) with what to listen for and the 1/3/5 scoring guide
(the role family's version where the question has one), follow-ups, a knock-out mark, score
boxes and ruled space for notes that runs to the foot of the page; a short list of what never
to ask; and a last page to total the scores, mark the 2×2, tick red flags and knock-outs,
decide and sign. Candidate and role head every page. The data comes from
services.report_data (KitData); this module only lays it out."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from hiring_app.domain.code_names import DECISION_NAMES
from hiring_app.domain.codes import Decision
from hiring_app.domain.library import Library, Question, RoleProfile, text_in
from hiring_app.domain.matrix import ABILITY, ATTITUDE, KNOCKOUT_MAX_SCORE
from hiring_app.reports import formats
from hiring_app.reports.chart import quadrant_chart, quadrant_names
from hiring_app.reports.common import (
    ACCENT,
    NOTICE,
    RULE,
    SAFETY,
    SHARED_LABELS,
    Block,
    UserTable,
    check_data_language,
    colon,
    full_height,
    gap,
    heading,
    in_brackets,
    label_in,
    list_separator,
    page_width,
    para,
    paras,
    section,
    styles,
    table_style,
)
from hiring_app.reports.data import KitData
from hiring_app.reports.pages import Header, clean_header, write_pdf

NOTE_LINES = 5
LINE_GAP = 18
BLANK = "_______________"

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "面试工具包", "en": "Interview kit", "es": "Kit de entrevista"},
    "candidate": {"zh": "候选人", "en": "Candidate", "es": "Candidato/a"},
    "interviewer": {"zh": "面试官", "en": "Interviewer", "es": "Entrevistador/a"},
    "date": {"zh": "日期", "en": "Date", "es": "Fecha"},
    "profile": {"zh": "岗位画像", "en": "Role profile", "es": "Perfil del puesto"},
    "duties": {"zh": "主要职责", "en": "Duties", "es": "Funciones"},
    "kpis": {"zh": "考核指标（KPI）", "en": "KPIs", "es": "Indicadores (KPI)"},
    "facets": {"zh": "重点考察", "en": "Facets to probe", "es": "Aspectos a explorar"},
    "thresholds": {"zh": "门槛：态度 {attitude}，能力 {ability}；能力低于 {floor} 不予培养；"
                         "每个维度至少答 {answers} 题才下结论",
                   "en": "Thresholds: attitude {attitude}, ability {ability}; not trainable "
                         "below an ability of {floor}; a verdict needs {answers} answers per "
                         "dimension",
                   "es": "Umbrales: actitud {attitude}, capacidad {ability}; no se forma con "
                         "una capacidad menor de {floor}; un veredicto requiere {answers} "
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
                     "es": "Anote lo que ve; deje las conclusiones para después."},
    "listen": {"zh": "二、听：自我介绍", "en": "2. Listen: the self-introduction",
               "es": "2. Escuchar: la presentación"},
    "ask": {"zh": "三、问：面试问题", "en": "3. Ask: the questions", "es": "3. Preguntar"},
    "reveals": {"zh": "这道题看什么", "en": "What it reveals", "es": "Qué revela"},
    "listen_for": {"zh": "听什么", "en": "Listen for", "es": "Qué escuchar"},
    "follow_ups": {"zh": "追问", "en": "Follow-ups", "es": "Preguntas de seguimiento"},
    "scoring": {"zh": "评分参考", "en": "Scoring guide", "es": "Guía de puntuación"},
    "score": {"zh": "分数（圈选）", "en": "Score (circle one)", "es": "Puntuación (marque una)"},
    "not_asked": {"zh": "跳过 / 未问", "en": "Skipped / not asked", "es": "Omitida / no hecha"},
    "notes": {"zh": "记录", "en": "Notes", "es": "Notas"},
    "do_not_ask": {"zh": "不要问", "en": "Do not ask", "es": "No pregunte"},
    "do_not_ask_text": {  # the topics come from the library (core.yaml do_not_ask)
        "zh": "与工作无关、可能构成歧视的问题一律不问、不记录、不评分：{topics}。候选人自己提起时，"
              "不追问，也不记录。",
        "en": "Never ask, note or score what has nothing to do with the job and could "
              "discriminate: {topics}. If the candidate brings any of it up, do not follow up "
              "and do not write it down.",
        "es": "No pregunte, anote ni puntúe nada ajeno al puesto que pueda discriminar: "
              "{topics}. Si la persona lo menciona por su cuenta, no pregunte más ni lo anote."},
    "assess": {"zh": "四、评与定：汇总、判定、决定", "en": "4. Assess and decide",
               "es": "4. Valorar y decidir"},
    "assess_hint": {"zh": "面试结束后立即填写，趁记忆还清楚。加权平均 = Σ(分数 × 权重) ÷ 权重合计。",
                    "en": "Fill this in right after the interview, while it is fresh. Weighted "
                          "mean = Σ(score × weight) ÷ total weight.",
                    "es": "Rellénelo justo después de la entrevista, con todo reciente. Media "
                          "ponderada = Σ(puntuación × peso) ÷ peso total."},
    "dimension": {"zh": "维度", "en": "Dimension", "es": "Dimensión"},
    "numbers": {"zh": "题号", "en": "Questions", "es": "Preguntas"},
    "weights": {"zh": "权重合计", "en": "Total weight", "es": "Peso total"},
    "sum": {"zh": "Σ(分数×权重)", "en": "Σ(score×weight)", "es": "Σ(punt.×peso)"},
    "mean": {"zh": "加权平均", "en": "Weighted mean", "es": "Media ponderada"},
    "bar": {"zh": "门槛", "en": "Bar", "es": "Mínimo"},
    "reached": {"zh": "达到？", "en": "Reached?", "es": "¿Alcanza?"},
    "yes_no": {"zh": "□ 是  □ 否", "en": "□ yes  □ no", "es": "□ sí  □ no"},
    "mark": {"zh": "在图上标出候选人的位置", "en": "Mark the candidate on the 2×2",
             "es": "Marque a la persona en la matriz"},
    "flags_title": {"zh": "危险信号（勾选出现的）", "en": "Red flags (tick any seen)",
                    "es": "Señales de alerta (marque las vistas)"},
    "knockout_mark": {"zh": "一票否决", "en": "knock-out", "es": "descarte directo"},
    "knockout_questions": {"zh": "淘汰题（{score} 分及以下即不录用）：第 {numbers} 题",
                           "en": "Knock-out questions ({score} or lower turns the candidate "
                                 "down): {numbers}",
                           "es": "Preguntas eliminatorias (con {score} o menos se descarta): "
                                 "{numbers}"},
    "no_knockout_questions": {"zh": "本岗位没有淘汰题。", "en": "This role has no knock-out "
                              "questions.", "es": "Este puesto no tiene preguntas eliminatorias."},
    "boss_style": SHARED_LABELS["boss_style"],
    "team_role": SHARED_LABELS["team_role"],
    "decide": {"zh": "决定", "en": "Decision", "es": "Decisión"},
    "reason": {"zh": "理由", "en": "Reason", "es": "Motivo"},
    "signature": {"zh": "签名", "en": "Signature", "es": "Firma"},
}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


class TickBox(Flowable):
    """An empty square to tick by hand, its bottom on the text's baseline."""

    def __init__(self, size: float = 8.5) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size + 2

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
            self.canv.line(0, n * self.gap, self.width, n * self.gap)


class FillLines(Flowable):
    """Between two blocks: when what follows will not fit below, the rest of the page becomes
    more ruled lines for the block above (rather than blank paper); otherwise a small gap."""

    def __init__(self, following: list[Flowable], space: float = 10) -> None:
        super().__init__()
        self.following, self.space, self.lines = following, space, 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        canv = getattr(self, "canv", None)
        needed = self.space + SAFETY + sum(full_height(f, available_width, available_height,
                                                       canv) for f in self.following)
        if self.following and needed <= available_height:
            self.lines = 0
            return available_width, self.space
        self.lines = int((available_height - 2) // LINE_GAP)
        return available_width, max(self.lines * LINE_GAP, 0) if self.lines > 0 else 0

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for n in range(self.lines):
            self.canv.line(0, n * LINE_GAP, self.width, n * LINE_GAP)


def _bullets(items: list, language: str) -> list:
    s = styles(language)
    return [para("• " + text_in(item, language), s["bullet"]) for item in items if item]


def _ticks(texts: list[str], language: str, width: float | None = None,
           style: str = "body") -> Table:
    s = styles(language)
    width = width or page_width()
    table = Table([[TickBox(), para(t, s[style])] for t in texts], colWidths=[16, width - 16],
                  hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("TOPPADDING", (0, 0), (0, -1), 3.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)))
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
    number = formats.plain
    body = [
        *paras(text_in(role.summary, language), s["body"]),
        *section(heading(_l("duties", language), s["h3"]), _bullets(role.duties, language)),
        *section(heading(_l("kpis", language), s["h3"]), _bullets(role.kpis, language)),
        *section(heading(_l("facets", language), s["h3"]),
                 [para("• " + f, s["bullet"]) for f in facets]),
        para(_l("thresholds", language, attitude=number(role.thresholds.attitude, language),
                ability=number(role.thresholds.ability, language),
                floor=number(role.thresholds.ability_floor, language),
                answers=role.thresholds.min_answers), s["small"]),
        *(paras(text_in(role.threshold_reason, language), s["small"])
          if role.threshold_reason else []),
        *_knockout_flags(role, vocabulary, language),
    ]
    return section(heading(_l("profile", language), s["h1"], outline=0), body)


def _flag_names(role: RoleProfile, vocabulary: Library, language: str) -> list[str]:
    flags = vocabulary.knockout_flags(role)
    names = [vocabulary.name_of("red_flags", f["id"], language)
             for f in vocabulary.red_flags if f["id"] in flags]
    return names + [f for f in sorted(flags) if vocabulary.lookup("red_flags", f) is None]


def _knockout_flags(role: RoleProfile, vocabulary: Library, language: str) -> list:
    names = _flag_names(role, vocabulary, language)
    if not names:
        return []
    return [para(_l("knockout_flags", language, flags=list_separator(language).join(names)),
                 styles(language)["small"])]


def _do_not_ask(vocabulary: Library, language: str) -> Table:
    s = styles(language)
    width = page_width()
    topics = list_separator(language).join(
        text_in(topic["name"], language) for topic in vocabulary.do_not_ask)
    table = Table([[para(_l("do_not_ask", language), s["h3"])],
                   [para(_l("do_not_ask_text", language, topics=topics), s["cell"])]],
                  colWidths=[width], hAlign="LEFT")
    table.setStyle(table_style(("BACKGROUND", (0, 0), (-1, -1), NOTICE),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#d9b64a")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, -1), (-1, -1), 6)))
    return table


def _score_boxes(language: str) -> Table:
    s = styles(language)
    cells = ([para(_l("score", language), s["cell"])]
             + [para(str(n), s["center"]) for n in range(1, 6)]
             + ["", TickBox(), para(_l("not_asked", language), s["cell"])])
    table = Table([cells], colWidths=[110] + [26] * 5 + [14, 14, 120], rowHeights=[22],
                  hAlign="LEFT")
    table.setStyle(table_style(("BOX", (1, 0), (5, 0), 0.7, colors.black),
                               ("INNERGRID", (1, 0), (5, 0), 0.7, colors.black),
                               ("ALIGN", (1, 0), (5, 0), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (7, 0), (7, 0), 0)))
    return table


def _question(number: int, question: Question, standard: bool, vocabulary: Library,
              language: str, family: str) -> Block:
    s = styles(language)
    meta = " · ".join([
        _l("standard" if standard else "role_question", language),
        _l(question.dimension, language),
        vocabulary.name_of("facets", question.facet, language),
        f"{_l('weight', language)} {formats.plain(question.weight, language)}",
        *([_l("knockout", language, score=KNOCKOUT_MAX_SCORE)] if question.knockout else [])])
    listen_for, scoring = question.guide(family)  # the role family's guide where there is one
    width = page_width()
    guide = UserTable([[para(key, s["key"]), para(text_in(scoring.get(key), language),
                                                  s["cell"])]
                       for key in sorted(scoring, key=int)],
                      colWidths=[22, width - 22])  # long guides
    guide.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (0, -1), 0.5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)))
    block = [*paras(f"{number}. {text_in(question.text, language)}", s["h2"]),
             para(meta, s["small"])]
    if question.reveals:
        block += [para(_l("reveals", language), s["small"]),
                  *paras(text_in(question.reveals, language), s["body"])]
    block += [para(_l("listen_for", language), s["small"]),
              *paras(text_in(listen_for, language), s["body"])]
    if question.follow_ups:
        block += [para(_l("follow_ups", language), s["small"]),
                  *_bullets(question.follow_ups, language)]
    block += [para(_l("scoring", language), s["small"]), guide, Spacer(1, 4),
              _score_boxes(language), Spacer(1, 4), para(_l("notes", language), s["small"]),
              RuledLines()]
    return Block(block)


# --- the last page: assess and decide ------------------------------------------------------------
def _totals(questions: list[Question], role: RoleProfile, language: str) -> Table:
    s = styles(language)
    width = page_width()
    head = [para(_l(key, language), s["cell_head"]) for key in
            ("dimension", "numbers", "weights", "sum", "mean", "bar", "reached")]
    rows = [head]
    for dimension, bar in ((ATTITUDE, role.thresholds.attitude),
                           (ABILITY, role.thresholds.ability)):
        numbers = [n for n, q in enumerate(questions, 1) if q.dimension == dimension]
        weight = sum(q.weight for q in questions if q.dimension == dimension)
        rows.append([para(_l(dimension, language), s["value"]),
                     para(list_separator(language).join(map(str, numbers)) or "—", s["cell"]),
                     para(formats.plain(weight, language), s["cell_center"]), "", "",
                     para(formats.plain(bar, language), s["cell_center"]),
                     para(_l("yes_no", language), s["cell"])])
    shares = (0.12, 0.27, 0.10, 0.15, 0.13, 0.08, 0.15)
    table = Table(rows, colWidths=[width * share for share in shares], rowHeights=None,
                  hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                               ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                               ("BOX", (3, 1), (4, -1), 0.9, colors.black),
                               ("INNERGRID", (3, 1), (4, -1), 0.9, colors.black),
                               ("TOPPADDING", (0, 1), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 7)))
    return table


def _choices(items: list[str], language: str) -> str:
    return "    ".join("□ " + item for item in items)


def _assessment(kit: KitData, questions: list[Question], language: str) -> list:
    s = styles(language)
    role, vocabulary = kit.role, kit.vocabulary
    width = page_width()
    c = colon(language)
    chart_width = width * 0.46
    chart = [para(_l("mark", language), s["h3"]),
             quadrant_chart([], role.thresholds, quadrant_names(vocabulary, language), language,
                            chart_width, chart_width * 0.82, grid=True)]
    knockout = vocabulary.knockout_flags(role)
    flags = [vocabulary.name_of("red_flags", f["id"], language)
             + (in_brackets(_l("knockout_mark", language), language) if f["id"] in knockout
                else "")
             for f in vocabulary.red_flags]
    flags += [f + in_brackets(_l("knockout_mark", language), language) for f in sorted(knockout)
              if vocabulary.lookup("red_flags", f) is None]
    knockout_numbers = [str(n) for n, q in enumerate(questions, 1) if q.knockout]
    right = [para(_l("flags_title", language), s["h3"]),
             _ticks(flags, language, width - chart_width - 16, style="cell"), gap(4),
             para(_l("knockout_questions", language, score=KNOCKOUT_MAX_SCORE,
                     numbers=list_separator(language).join(knockout_numbers))
                  if knockout_numbers else _l("no_knockout_questions", language), s["cell"])]
    middle = Table([[chart, right]], colWidths=[chart_width + 16, width - chart_width - 16],
                   hAlign="LEFT")
    middle.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    team = [
        para(_l("boss_style", language) + c + _choices(
            [vocabulary.name_of("boss_types", b["id"], language) for b in vocabulary.boss_types],
            language), s["cell"]),
        para(_l("team_role", language) + c + _choices(
            [vocabulary.name_of("team_roles", r["id"], language).split("：")[0].split(":")[0]
             for r in vocabulary.team_roles], language), s["cell"]),
    ]
    decisions = [text_in(DECISION_NAMES[d.value], language) for d in Decision]
    decide = [para(_l("decide", language) + c + _choices(decisions, language), s["value"]),
              para(_l("reason", language) + c, s["small"]), RuledLines(3),
              gap(10),
              para(f"{_l('signature', language)}{c}{BLANK}{BLANK}        "
                   f"{_l('date', language)}{c}{BLANK}", s["value"])]
    body = [para(_l("assess_hint", language), s["small"]), _totals(questions, role, language),
            gap(8), middle, gap(6), *team, gap(6), *decide]
    return [PageBreak(), *section(heading(_l("assess", language), s["h1"], outline=0), body)]


# --- the kit ------------------------------------------------------------------------------------
def kit_story(kit: KitData, language: str) -> tuple[str, list]:
    check_data_language(kit.language, language)
    role, vocabulary, name = kit.role, kit.vocabulary, kit.role_name
    s = styles(language)
    c = colon(language)
    questions = kit.standard_questions + role.questions
    blocks = [_question(number, question, number <= len(kit.standard_questions), vocabulary,
                        language, role.family)
              for number, question in enumerate(questions, 1)]
    ask_heading = heading(_l("ask", language), s["h1"], outline=0)
    do_not_ask, space = _do_not_ask(vocabulary, language), gap(6)
    story: list = [
        heading(f"{_l('title', language)} — {name}", s["title"]),
        para(f"{_l('interviewer', language)}{c}{BLANK}    {_l('date', language)}{c}{BLANK}",
             s["body"]), gap(4),
        *_profile(role, vocabulary, language),
        *section([heading(_l("observe", language), s["h1"], outline=0),
                  para(_l("observe_hint", language), s["small"])],
                 _ticks([text_in(i.get("text"), language)
                         for i in vocabulary.observe_checklist], language)),
        *section(heading(_l("listen", language), s["h1"], outline=0),
                 _ticks([text_in(i.get("text"), language)
                         for i in vocabulary.listen_prompts], language)),
        RuledLines(4),
        FillLines([ask_heading, do_not_ask, space, *blocks[:1]]),
        *section([ask_heading, do_not_ask, space], blocks[:1]),
    ]
    for n, block in enumerate(blocks[1:], 1):
        story += [FillLines([blocks[n]]), block]
    story += [FillLines([]), *_assessment(kit, questions, language)]
    return f"{_l('title', language)} — {name}", story


def interview_kit(kit: KitData, language: str, out: IO[bytes] | Path | str) -> None:
    """Write the role's printable interview kit into `out` (services.report_data.write_kit
    writes a file whole or not at all)."""
    title, story = kit_story(kit, language)
    c = colon(language)
    who = clean_header(kit.candidate_name) if kit.candidate_name else BLANK
    header = Header(f"{_l('title', language)} · {clean_header(kit.role_name)}",
                    f"{_l('candidate', language)}{c}{who}    {_l('date', language)}{c}{BLANK}")
    write_pdf(out, story, language, title, subject=kit.role_name, header=header,
              keywords=[kit.role_name])
