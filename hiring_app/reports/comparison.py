"""The comparison report, on landscape pages. Page 1 ranks every candidate in one table (rank,
name, verdict, attitude, ability, knock-outs, decision), in the order of domain.ranking and
saying so in one line, beside the 2×2 with every candidate on it. Then the details side by
side: one column per candidate in balanced groups, rows under sub-headings (scores, facets,
questions, outcomes), the best value of each row marked as on the screen
(domain.ranking.best_in_row). The data comes from services.report_data
(ComparisonReportData); this module only lays it out."""
from __future__ import annotations

import math
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, PageBreak, Table

from hiring_app.domain.matrix import Quadrant
from hiring_app.reports import formats
from hiring_app.reports.chart import ChartPoint, quadrant_chart
from hiring_app.reports.common import (
    ACCENT,
    BEST,
    RULE,
    SHARED_LABELS,
    SURFACE,
    UserTable,
    check_data_language,
    colon,
    gap,
    heading,
    label_in,
    list_separator,
    page_width,
    para,
    section,
    short,
    short_lines,
    styles,
    table_style,
    text_width,
)
from hiring_app.reports.data import (
    FACETS,
    OUTCOMES,
    QUESTIONS,
    SCORES,
    ComparedCandidate,
    ComparedRow,
    ComparisonReportData,
)
from hiring_app.reports.pages import Header, clean_header, write_pdf

COLUMNS_PER_TABLE = 6   # at most this many candidates side by side on one landscape page
CELL_LENGTH = 400       # characters of text shown in one cell (the candidate report has all)
ROW_LABEL_LENGTH = 300
NAME_LENGTH = 60        # of a name heading its column (the ranking table shows it whole)
RANK_NAME_LENGTH = 30
KNOCKOUT_LENGTH = 26     # of the knock-outs named in the ranking (the details say them whole)
SIDE_BY_SIDE_HEIGHT = 375  # a ranking at most this tall sits beside the chart on page 1
GROUP_START = 110       # a group of columns starts where this much more than its first rows fits

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "候选人对比", "en": "Candidate comparison",
              "es": "Comparación de candidatos"},
    "candidates": {"zh": "{n} 位候选人", "en": "{n} candidates", "es": "{n} candidatos"},
    "ranking": {"zh": "排名", "en": "Ranking", "es": "Clasificación"},
    "name": {"zh": "姓名", "en": "Name", "es": "Nombre"},
    "verdict": {"zh": "判定", "en": "Verdict", "es": "Veredicto"},
    "knockouts": {"zh": "一票否决", "en": "Knock-outs", "es": "Descartes directos"},
    "no_decision": {"zh": "未决定", "en": "not yet", "es": "aún no"},
    "table": {"zh": "逐项对比", "en": "Side by side", "es": "Lado a lado"},
    "legend": {"zh": "底色和★标出每行最好的值（至少两位候选人有分且分数不同时）；“!”表示面试官之间"
                     "相差 2 分或以上。",
               "en": "Shading and ★ mark the best value in each row where at least two "
                     "candidates have different scores; \"!\" means the interviewers are 2 or "
                     "more points apart.",
               "es": "El sombreado y ★ marcan el mejor valor de cada fila en la que al menos "
                     "dos candidatos tienen puntuaciones distintas; «!» indica que los "
                     "entrevistadores difieren 2 puntos o más."},
    "chart_note": {"zh": "点旁的数字是名次。虚线：岗位门槛。",
                   "en": "The number beside a point is the rank. Dashed lines: the role's "
                         "thresholds.",
                   "es": "El número junto a cada punto es el puesto. Líneas discontinuas: "
                         "umbrales del puesto."},
    "unranked": {"zh": "未评分", "en": "unscored", "es": "sin puntuar"},
    SCORES: {"zh": "分数", "en": "Scores", "es": "Puntuaciones"},
    FACETS: {"zh": "考察点", "en": "Facets", "es": "Aspectos"},
    QUESTIONS: {"zh": "问题", "en": "Questions", "es": "Preguntas"},
    OUTCOMES: {"zh": "结论", "en": "Outcome", "es": "Resultado"},
}
_QUADRANT_FILL = {quadrant.value: colors.HexColor(quadrant.colour) for quadrant in Quadrant}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


def _rank(column: ComparedCandidate) -> str:
    return str(column.rank) if column.rank else "—"


# --- page 1: the ranking beside the chart ----------------------------------------------------
def _verdict(comparison: ComparisonReportData, column: ComparedCandidate, language: str) -> str:
    """The verdict's headline; for a knock-out just the quadrant (the next column says why)."""
    if column.knockouts and column.quadrant:
        return comparison.quadrant_names.get(column.quadrant, column.verdict)
    return column.verdict or _l("unranked", language)


def _ranking(comparison: ComparisonReportData, language: str, width: float) -> Table:
    s = styles(language)
    keys = ("name", "verdict", "attitude", "ability", "knockouts", "decision")
    head = [para("#", s["cell_head_center"])] + [para(_l(key, language), s["cell_head"])
                                                  for key in keys]
    score_w = text_width([_l("attitude", language), _l("ability", language), "0.0"],
                         s["cell_head"])
    decision_w = max(width * 0.11, text_width(
        [_l("decision", language), *(c.decision for c in comparison.columns)], s["cell"]))
    rest = width - 22 - 2 * score_w - decision_w
    widths = [22, rest * 0.28, rest * 0.40, score_w, score_w, rest * 0.32, decision_w]
    rows, commands = [head], []
    sep = list_separator(language)
    for n, column in enumerate(comparison.columns, 1):
        rows.append([
            para(_rank(column), s["cell_center"]),
            para(short(column.name, RANK_NAME_LENGTH, language), s["cell"]),
            para(_verdict(comparison, column, language), s["cell"]),
            para(formats.number(column.attitude, language), s["cell_center"]),
            para(formats.number(column.ability, language), s["cell_center"]),
            para(short(sep.join(column.knockouts), KNOCKOUT_LENGTH, language) or "—",
                 s["warning"] if column.knockouts else s["cell_center"]),
            para(column.decision or "—", s["cell"])])
        if column.quadrant in _QUADRANT_FILL:
            commands.append(("BACKGROUND", (2, n), (2, n), _QUADRANT_FILL[column.quadrant]))
    table = UserTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *commands))
    return table


def _chart(comparison: ComparisonReportData, language: str, width: float) -> list:
    points = [ChartPoint(f"{_rank(c)}. {c.name}", c.attitude, c.ability, short=_rank(c))
              for c in comparison.columns if c.attitude is not None and c.ability is not None]
    if not points:
        return []
    return [quadrant_chart(points, comparison.thresholds, comparison.quadrant_names, language,
                           width, width * 0.92),
            para(_l("chart_note", language), styles(language)["tiny"])]


def _summary(comparison: ComparisonReportData, language: str) -> list:
    """The ranking beside the chart when the table fits beside it on page 1; otherwise (long
    names, many knock-outs) the ranking across the page, the chart after it."""
    s = styles(language)
    width = page_width(wide=True)
    chart_width = min(290.0, width * 0.40)
    table_width = width - chart_width - 14
    ranking = _ranking(comparison, language, table_width)
    top = [heading(_l("ranking", language), s["h2"], outline=0),
           para(comparison.order, s["small"]), gap(2)]
    if ranking.wrap(table_width, 1e6)[1] <= SIDE_BY_SIDE_HEIGHT:
        outer = Table([[[ranking], _chart(comparison, language, chart_width)]],
                      colWidths=[table_width + 14, chart_width], hAlign="LEFT")
        outer.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)))
        return [*top, outer]
    return [*section(top, _ranking(comparison, language, width)), gap(8),
            KeepTogether(_chart(comparison, language, chart_width))]


# --- the details ------------------------------------------------------------------------------
def _value(row: ComparedRow, index: int, language: str) -> str:
    value = row.values[index]
    if row.is_score:
        text = formats.number(value, language)
        if index in row.best:
            text = "★ " + text
        return text + (" !" if index in row.disagreement else "")
    return short_lines(value, CELL_LENGTH, language) if value else "—"


def _groups(count: int) -> list[list[int]]:
    """Column indexes in balanced groups of at most COLUMNS_PER_TABLE (14: 5, 5, 4)."""
    tables = math.ceil(count / COLUMNS_PER_TABLE)
    groups, start = [], 0
    for n in range(tables):
        size = count // tables + (1 if n < count % tables else 0)
        groups.append(list(range(start, start + size)))
        start += size
    return groups


def _tables(comparison: ComparisonReportData, language: str) -> list:
    s = styles(language)
    width = page_width(wide=True)
    label_width = width * 0.24
    columns = comparison.columns
    groups = _groups(len(columns))
    cell_width = (width - label_width) / max(len(g) for g in groups)
    out: list = []
    for chosen in groups:
        head = [para("", s["cell_head"])] + [
            para(f"#{_rank(columns[i])} {short(columns[i].name, NAME_LENGTH, language)}",
                 s["cell_head"]) for i in chosen]
        rows, commands, group = [head], [], None
        for row in comparison.rows:
            if not any(row.values[i] not in (None, "") for i in chosen):
                continue  # nobody in this group was asked it
            if row.group and row.group != group:
                group = row.group
                commands += [("SPAN", (0, len(rows)), (-1, len(rows))),
                             ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SURFACE),
                             ("NOSPLIT", (0, len(rows)), (-1, len(rows) + 1))]
                rows.append([para(_l(group, language), s["cell_muted"])] + [""] * len(chosen))
            r = len(rows)
            rows.append([para(short(row.label, ROW_LABEL_LENGTH, language), s["cell"])]
                        + [_value(row, i, language) if row.is_score  # numbers: plain strings
                           else para(_value(row, i, language), s["cell"]) for i in chosen])
            for c, i in enumerate(chosen, 1):
                if i in row.best:  # domain.ranking.best_in_row, as on the screen
                    commands.append(("BACKGROUND", (c, r), (c, r), BEST))
        table = UserTable(rows, colWidths=[label_width] + [cell_width] * len(chosen),
                          repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("FONTSIZE", (1, 1), (-1, -1), 8), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            *commands))
        out += section([gap(2)], [table], extra=GROUP_START) + [gap(10)]
    return out


def _roles(comparison: ComparisonReportData) -> list[str]:
    return list(dict.fromkeys(c.role_name for c in comparison.columns if c.role_name))


def _title(comparison: ComparisonReportData, language: str) -> str:
    """"Candidate comparison — Role" (the roles named when there are at most two)."""
    roles = _roles(comparison)
    named = " / ".join(short(r, 40, language) for r in roles) if len(roles) <= 2 else ""
    return _l("title", language) + (" — " + named if named else "")


def comparison_story(comparison: ComparisonReportData, language: str) -> tuple[str, list]:
    check_data_language(comparison.language, language)
    s = styles(language)
    roles = _roles(comparison)
    title = _title(comparison, language)
    story: list = [heading(title, s["title"], outline=None)]
    facts = [_l("candidates", language, n=len(comparison.columns))]
    if roles:
        facts.insert(0, f"{_l('role', language)}{colon(language)}"
                     + list_separator(language).join(roles))
    story += [para("  ·  ".join(facts), s["small"]), *_summary(comparison, language),
              PageBreak()]
    story += [heading(_l("table", language), s["h1"], outline=0),
              para(_l("legend", language), s["small"]), *_tables(comparison, language)]
    return title, story


def comparison_report(data: ComparisonReportData, language: str,
                      out: IO[bytes] | Path | str) -> None:
    """Write the comparison of 2 to 20 candidates into `out`
    (services.report_data.write_comparison_report writes a file whole or not at all)."""
    title, story = comparison_story(data, language)
    roles = " / ".join(_roles(data))
    header = Header(clean_header(title), "", first_page=2)
    write_pdf(out, story, language, title, subject=_l("candidates", language,
                                                      n=len(data.columns)),
              wide=True, header=header, keywords=[roles] if roles else [])

