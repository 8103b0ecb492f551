"""Interviewer calibration on the command line: the table's headings, the leanings in words, what
the numbers mean, and what is missing when there is nothing to compare yet."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    "calibration.interviewer": e("面试官", "interviewer", "entrevistador"),
    "calibration.shared": e("共同候选人", "shared", "compartidos"),
    "calibration.attitude": e("态度差", "attitude ±", "actitud ±"),
    "calibration.ability": e("能力差", "ability ±", "capacidad ±"),
    "calibration.leaning": e("倾向", "leaning", "tendencia"),
    "calibration.attitude_lenient": e(
        "态度打分偏松", "lenient on attitude", "indulgente en actitud"),
    "calibration.attitude_harsh": e("态度打分偏严", "harsh on attitude", "severo en actitud"),
    "calibration.ability_lenient": e(
        "能力打分偏松", "lenient on ability", "indulgente en capacidad"),
    "calibration.ability_harsh": e("能力打分偏严", "harsh on ability", "severo en capacidad"),
    "calibration.in_line": e("与同事一致", "in line", "en línea con los demás"),
    "calibration.too_few": e(
        "共同候选人不足 {min_shared} 位", "fewer than {min_shared} shared",
        "menos de {min_shared} compartidos"),
    "calibration.explain": e(
        "差值是面试官给同一位候选人的分数减去其他面试官的平均分（1–5 分），再对所有共同候选人取平均："
        "正数表示打分比同事高，负数表示比同事低。某一项差值达到 ±{gap} 分、且共同候选人至少 "
        "{min_shared} 位时，标为偏松或偏严。",
        "Each difference is the interviewer's score (1-5) minus the mean of the other "
        "interviewers on the same candidate, averaged over the candidates they share: above zero "
        "they score higher than their colleagues, below zero lower. A difference of ±{gap} or "
        "more over at least {min_shared} shared candidates is flagged lenient or harsh.",
        "Cada diferencia es la puntuación del entrevistador (1-5) menos la media de los demás "
        "entrevistadores con el mismo candidato, promediada sobre los candidatos que comparten: "
        "por encima de cero puntúa más alto que sus colegas, por debajo más bajo. Una diferencia "
        "de ±{gap} o más con al menos {min_shared} candidatos compartidos se marca como "
        "indulgente o severa."),
    "calibration.partly": e(
        "差值后面括号里的数字：这一项只在这么多位共同候选人上有可比的分数。",
        "A number in brackets after a difference: that dimension was compared on only that many "
        "of the shared candidates.",
        "Un número entre paréntesis tras una diferencia: esa dimensión solo se comparó en esa "
        "cantidad de los candidatos compartidos."),
    "calibration.none": e(
        "还没有哪位候选人同时有两位面试官提交的评分卡，暂时无法比较。请让第二位面试官也面试同一位候选人并提交评分卡。",
        "No candidate has scorecards from two interviewers yet, so there is nothing to compare. "
        "Have a second interviewer interview the same candidate and submit a scorecard.",
        "Ningún candidato tiene todavía hojas de evaluación de dos entrevistadores, así que no "
        "hay nada que comparar. Pida a un segundo entrevistador que entreviste al mismo "
        "candidato y envíe su hoja."),
}
