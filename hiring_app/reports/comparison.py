"""The comparison report: services.compare.compare as a ranked table (one column per candidate,
best values shaded) and the 2×2 chart, on landscape pages. The data comes from
services.report_data (ComparisonReportData); this module only lays it out."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from hiring_app.reports.chart import ChartPoint, quadrant_chart
from hiring_app.reports.common import (
    ACCENT,
    BEST,
    RULE,
    SHARED_LABELS,
    UserTable,
    check_data_language,
    label_in,
    page_width,
    para,
    short,
    styles,
    table_style,
    write_pdf,
)
from hiring_app.reports.data import ComparedRow, ComparisonReportData

COLUMNS_PER_TABLE = 6   # candidates side by side on one landscape page
CELL_LENGTH = 400       # characters of text shown in one cell (the candidate report has all)
ROW_LABEL_LENGTH = 160
NAME_LENGTH = 100       # a name heads its column on one line (no line breaks of its own)

_LABELS = {
    **SHARED_LABELS,
    "title": {"zh": "候选人对比", "en": "Candidate comparison",
              "es": "Comparación de candidatos"},
    "candidates": {"zh": "{n} 位候选人，按加权总分排序", "en": "{n} candidates, ranked by weighted total",
                   "es": "{n} candidatos, ordenados por total ponderado"},
    "table": {"zh": "逐项对比", "en": "Side by side", "es": "Lado a lado"},
    "legend": {"zh": "底色标出每行最好的值（至少两位候选人有分且分数不同时）；“!”表示面试官之间"
                     "相差 2 分或以上。",
               "en": "Shading marks the best value in each row where at least two candidates "
                     "have different scores; \"!\" means the interviewers are 2 or more points "
                     "apart.",
               "es": "El sombreado marca el mejor valor de cada fila en la que al menos dos "
                     "candidatos tienen puntuaciones distintas; «!» indica que los "
                     "entrevistadores difieren 2 puntos o más."},
    "unranked": {"zh": "未评分", "en": "unscored", "es": "sin puntuar"},
}


def _l(key: str, language: str, **values: object) -> str:
    return label_in(_LABELS, key, language, **values)


def _value(row: ComparedRow, index: int) -> str:
    value = row.values[index]
    if row.is_score:
        text = "—" if value is None else f"{value:.1f}"
        return text + (" !" if index in row.disagreement else "")
    return short(value, CELL_LENGTH) if value else ""


def _tables(comparison: ComparisonReportData, language: str) -> list:
    s = styles(language)
    width = page_width(wide=True)
    label_width = width * 0.22
    out: list = []
    columns = comparison.columns
    for start in range(0, len(columns), COLUMNS_PER_TABLE):
        chosen = list(range(start, min(start + COLUMNS_PER_TABLE, len(columns))))
        cell_width = min(170.0, (width - label_width) / len(chosen))
        head = [para("", s["cell_head"])] + [
            para(f"#{columns[i].rank or '—'} {short(columns[i].name, NAME_LENGTH)}",
                 s["cell_head"]) for i in chosen]
        body = [[para(short(row.label, ROW_LABEL_LENGTH), s["cell"])]
                + [para(_value(row, i), s["cell"]) for i in chosen]
                for row in comparison.rows]
        table = UserTable([head, *body], colWidths=[label_width] + [cell_width] * len(chosen),
                          repeatRows=1, hAlign="LEFT")
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f2f5f8")),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r, row in enumerate(comparison.rows, 1):
            for c, i in enumerate(chosen, 1):
                if i in row.best:  # domain.ranking.best_in_row, as on the screen
                    commands.append(("BACKGROUND", (c, r), (c, r), BEST))
        table.setStyle(table_style(*commands))
        out += [table, Spacer(1, 8)]
    return out


def comparison_story(comparison: ComparisonReportData, language: str) -> tuple[str, list]:
    check_data_language(comparison.language, language)
    s = styles(language)
    roles = list(dict.fromkeys(c.role_name for c in comparison.columns if c.role_name))
    points = [ChartPoint(f"{c.rank or '—'}. {c.name}", c.attitude, c.ability)
              for c in comparison.columns if c.attitude is not None and c.ability is not None]
    story: list = [para(_l("title", language), s["title"])]
    if roles:
        story.append(para(f"{_l('role', language)}: " + " / ".join(roles), s["h2"]))
    story.append(para(_l("candidates", language, n=len(comparison.columns)), s["body"]))
    if points:
        story.append(KeepTogether([para(_l("chart", language), s["h1"]),
                                   quadrant_chart(points, comparison.thresholds,
                                                  comparison.quadrant_names, language,
                                                  420, 300)]))
    story += [CondPageBreak(160), para(_l("table", language), s["h1"]),
              para(_l("legend", language), s["small"]), *_tables(comparison, language)]
    return _l("title", language), story


def comparison_report(data: ComparisonReportData, language: str,
                      out: IO[bytes] | Path | str) -> None:
    """Write the comparison of 2 to 20 candidates into `out`
    (services.report_data.write_comparison_report writes a file whole or not at all)."""
    title, story = comparison_story(data, language)
    write_pdf(out, story, language, title, wide=True)
