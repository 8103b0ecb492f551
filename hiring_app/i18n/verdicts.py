"""Messages that say why a verdict is what it is, and about the hiring decision."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    # --- the verdict's headline --------------------------------------------------------------
    "verdict.name": e("{name}", "{name}", "{name}"),
    "verdict.not_scored": e("尚未评分", "Not scored yet", "Aún sin puntuar"),
    "verdict.knocked_out": e(
        "{quadrant}（一票否决）", "{quadrant} (knock-out)", "{quadrant} (descarte directo)"),
    "verdict.provisional": e(
        "证据还不够（暂定：{quadrant}）", "Not enough evidence yet (provisionally: {quadrant})",
        "Aún faltan datos (provisionalmente: {quadrant})"),
    "verdict.no_recommendation": e(
        "暂无建议", "no recommendation yet", "todavía sin recomendación"),

    # --- the reasons -------------------------------------------------------------------------
    "verdict.placement": e(
        "态度 {attitude:.1f}（门槛 {attitude_bar:g}）、能力 {ability:.1f}（门槛 {ability_bar:g}）"
        "→ {quadrant}。",
        "Attitude {attitude:.1f} (bar {attitude_bar:g}), ability {ability:.1f} "
        "(bar {ability_bar:g}) → {quadrant}.",
        "Actitud {attitude:.1f} (mínimo {attitude_bar:g}), capacidad {ability:.1f} "
        "(mínimo {ability_bar:g}) → {quadrant}."),
    "verdict.knockout_question": e(
        "一票否决：“{question}”只得了 {score} 分（{limit} 分及以下即不录用）{by}。",
        "Knock-out: “{question}” scored {score} ({limit} or lower turns the candidate "
        "down){by}.",
        "Descarte directo: «{question}» obtuvo {score} (con {limit} o menos se rechaza)"
        "{by}."),
    "verdict.knockout_flag": e(
        "一票否决：勾选了危险信号“{flag}”{by}。",
        "Knock-out: the red flag “{flag}” was ticked{by}.",
        "Descarte directo: se marcó la señal de alerta «{flag}»{by}."),
    "verdict.by": e("（{interviewer}）", " — {interviewer}", " — {interviewer}"),
    "verdict.below_floor": e(
        "能力 {ability:.1f} 低于本岗位的底线 {floor:g}：态度虽好，也难以培养上岗。",
        "Ability {ability:.1f} is under this role's floor of {floor:g}: a good attitude is "
        "not enough to train them into the job.",
        "La capacidad {ability:.1f} está por debajo del mínimo del puesto ({floor:g}): una "
        "buena actitud no basta para formarle en el trabajo."),
    "verdict.generally_not": e(
        "态度没有达到门槛：能力再强，原则上也不录用。若仍决定录用，须由决定人写明理由（例如设好试用期考核）。",
        "Attitude is under the bar: however able, as a rule not hired. Hiring anyway is a "
        "decision someone takes with a written reason (for example a probation review).",
        "La actitud no llega al mínimo: por capaz que sea, por regla general no se contrata. "
        "Contratar igualmente es una decisión que alguien toma con un motivo escrito (por "
        "ejemplo, una evaluación en el periodo de prueba)."),
    "verdict.shortfall": e(
        "证据还不够：{dimension}只答了 {answered} 题，至少需要 {needed} 题。",
        "Not enough evidence: {answered} {dimension} answer(s), at least {needed} needed.",
        "Faltan datos: {answered} respuesta(s) de {dimension}, se necesitan al menos "
        "{needed}."),
    "verdict.dimension_attitude": e("态度", "attitude", "actitud"),
    "verdict.dimension_ability": e("能力", "ability", "capacidad"),
    "verdict.decisions_differ": e(
        "面试官的建议不一致：{decisions}。请先沟通再决定。",
        "The interviewers recommend different decisions: {decisions}. Talk before deciding.",
        "Los entrevistadores recomiendan decisiones distintas: {decisions}. Hablen antes "
        "de decidir."),
    "verdict.scores_apart": e(
        "{dimension}评分相差 {gap:.1f} 分（{limit:g} 分及以上即需讨论）。",
        "{dimension} scores are {gap:.1f} points apart ({limit:g} or more needs a talk).",
        "Las puntuaciones de {dimension} distan {gap:.1f} puntos (desde {limit:g} hay que "
        "hablarlo)."),
    "verdict.interviewer_decision": e(
        "{interviewer}：{decision}", "{interviewer}: {decision}", "{interviewer}: {decision}"),

    # --- the hiring decision -----------------------------------------------------------------
    "decision.reason_missing": e(
        "请写下决定的理由；没有记录任何决定。",
        "write down the reason for the decision; nothing was recorded",
        "escriba el motivo de la decisión; no se ha registrado nada"),
    "decision.reason_too_long": e(
        "理由超过了 {limit} 个字符。请缩短后再试；没有记录任何决定。",
        "the reason is longer than {limit} characters; shorten it (nothing was recorded)",
        "el motivo tiene más de {limit} caracteres; acórtelo (no se ha registrado nada)"),
}
