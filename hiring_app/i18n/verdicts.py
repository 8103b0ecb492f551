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

    # --- the command line ---------------------------------------------------------------------
    "cli.compare.rank": e("名次", "rank", "puesto"),
    "cli.compare.id": e("编号", "id", "n.º"),
    "cli.compare.name": e("姓名", "name", "nombre"),
    "cli.compare.verdict": e("判定", "verdict", "veredicto"),
    "cli.compare.recommendation": e("建议", "recommended", "recomendado"),
    "cli.compare.decision": e("决定", "decision", "decisión"),
    "cli.compare.attitude": e("态度", "attitude", "actitud"),
    "cli.compare.ability": e("能力", "ability", "capacidad"),
    "cli.compare.total": e("加权总分", "weighted total", "total ponderado"),
    "cli.compare.knockouts": e("一票否决：", "Knock-outs:", "Descartes directos:"),
    "cli.compare.order": e(
        "排序：先按象限（首选、可以培养、基本不用、只能说抱歉），同一象限内证据充足的在前，再按加权总分；"
        "一票否决的排在最后。",
        "Order: by quadrant first (hire first, train, generally not, turn down), a firm "
        "verdict before one short of evidence, then the weighted total; knock-outs last.",
        "Orden: primero el cuadrante (primera opción, formar, por lo general no, rechazar), un "
        "veredicto firme antes que uno con pocos datos, luego el total ponderado; los "
        "descartes directos, al final."),
    "cli.decide.recorded": e(
        "已记录候选人 {candidate_id}（{name}）的录用决定：{decision}。状态：已决定。",
        "Recorded the hiring decision for candidate {candidate_id} ({name}): {decision}. "
        "Status: decided.",
        "Se registró la decisión para el candidato {candidate_id} ({name}): {decision}. "
        "Estado: decidido."),
    "cli.decide.against": e(
        "注意：该决定与建议（{recommended}）不同，理由已一并记录。",
        "Note: this goes against the recommendation ({recommended}); the reason is recorded "
        "with it.",
        "Nota: esto va en contra de la recomendación ({recommended}); el motivo queda "
        "registrado con ella."),
}
