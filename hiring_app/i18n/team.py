"""Messages of the team builder: the company profile and the team, open positions, onboarding
plans (refusals, the practice a plan follows, and what the command line prints)."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    # --- fields named inside messages ----------------------------------------------------------
    "field.member_name": e("团队成员姓名", "the team member's name",
                           "el nombre del miembro del equipo"),
    "field.mentor": e("师傅的姓名", "the mentor's name", "el nombre del mentor"),
    "field.start_date": e("入职日期", "the start date", "la fecha de incorporación"),
    "field.review_date": e("试用期评估日期", "the probation review date",
                           "la fecha de evaluación del periodo de prueba"),

    # --- the profile and the team ----------------------------------------------------------------
    "team.name_missing": e("请填写团队成员的姓名。", "the team member's name is missing",
                           "falta el nombre del miembro del equipo"),
    "team.name_too_long": e("姓名太长（最多 {limit} 个字符）。",
                            "the name is too long (at most {limit} characters)",
                            "el nombre es demasiado largo (como máximo {limit} caracteres)"),
    "team.stage_unknown": e("没有“{value}”这个团队阶段，可选的有：{choices}。",
                            "there is no team stage '{value}'; choose one of {choices}",
                            "no existe la etapa de equipo '{value}'; elija una de {choices}"),
    "team.boss_unknown": e("没有“{value}”这种老板风格，可选的有：{choices}。",
                           "there is no boss style '{value}'; choose one of {choices}",
                           "no existe el estilo de jefe '{value}'; elija uno de {choices}"),
    "team.team_role_unknown": e(
        "没有“{value}”这种团队角色，可选的有：{choices}。",
        "there is no team role '{value}'; choose one of {choices}",
        "no existe el rol de equipo '{value}'; elija uno de {choices}"),
    "team.values_too_long": e("公司价值观太长（最多 {limit} 个字符）。",
                              "the company's values are too long (at most {limit} characters)",
                              "los valores de la empresa son demasiado largos (como máximo "
                              "{limit} caracteres)"),
    "team.member_not_found": e("没有编号为 {member_id} 的团队成员。",
                               "no team member with the id {member_id}",
                               "no existe ningún miembro del equipo con el número {member_id}"),

    # --- positions ---------------------------------------------------------------------------------
    "position.not_found": e("没有编号为 {position_id} 的招聘职位。",
                            "no open position with the id {position_id}",
                            "no existe ninguna vacante con el número {position_id}"),
    "position.date_invalid": e("“{value}”不是有效日期，请写成 2026-03-31 这样的格式。",
                               "'{value}' is not a date; write it as 2026-03-31",
                               "'{value}' no es una fecha; escríbala como 2026-03-31"),
    "position.places_range": e("名额必须在 {low} 到 {high} 之间。",
                               "the number of places must be between {low} and {high}",
                               "el número de plazas debe estar entre {low} y {high}"),
    "position.note_too_long": e("备注太长（最多 {limit} 个字符）。",
                                "the note is too long (at most {limit} characters)",
                                "la nota es demasiado larga (como máximo {limit} caracteres)"),
    "position.already_closed": e("职位 {position_id} 已经关闭。",
                                 "position {position_id} is already closed",
                                 "la vacante {position_id} ya está cerrada"),
    "position.closed": e("职位 {position_id} 已关闭，不再接收应聘者。",
                         "position {position_id} is closed and takes no more applicants",
                         "la vacante {position_id} está cerrada y no admite más candidatos"),
    "position.other_role": e(
        "{name} 应聘的是“{their_role}”，而这个职位招的是“{role}”。请先为其选择同一岗位。",
        "{name} is a candidate for {their_role}, but this position is for {role}",
        "{name} es candidato a {their_role}, pero esta vacante es para {role}"),

    # --- onboarding plans ---------------------------------------------------------------------------
    "onboarding.not_hired": e(
        "只有已录用或决定培养的候选人才能有入职计划，{name} 还不是。",
        "an onboarding plan is for someone hired or chosen to train, and {name} is neither",
        "un plan de incorporación es para alguien contratado o elegido para formarse, y "
        "{name} no lo está"),
    "onboarding.mentor_too_long": e("师傅的姓名太长（最多 {limit} 个字符）。",
                                    "the mentor's name is too long (at most {limit} characters)",
                                    "el nombre del mentor es demasiado largo (como máximo "
                                    "{limit} caracteres)"),
    "onboarding.date_invalid": e("{field}“{value}”不是有效日期，请写成 2026-03-31 这样的格式。",
                                 "{field} '{value}' is not a date; write it as 2026-03-31",
                                 "{field} '{value}' no es una fecha; escríbala como 2026-03-31"),
    "onboarding.review_before_start": e(
        "试用期评估日期（{review}）必须晚于入职日期（{start}）。",
        "the probation review ({review}) must come after the start date ({start})",
        "la evaluación del periodo de prueba ({review}) debe ser posterior a la incorporación "
        "({start})"),
    "onboarding.talks_range": e(
        "一对一谈话每月 {low} 到 {high} 次（至少每月两次）。",
        "one-to-one talks: {low} to {high} a month (at least twice a month)",
        "conversaciones individuales: de {low} a {high} al mes (al menos dos al mes)"),
    "onboarding.text_too_long": e("内容太长（最多 {limit} 个字符）。",
                                  "the text is too long (at most {limit} characters)",
                                  "el texto es demasiado largo (como máximo {limit} caracteres)"),
    "onboarding.no_plan": e(
        "{name}（编号 {candidate_id}）还没有入职计划。",
        "{name} (id {candidate_id}) has no onboarding plan yet",
        "{name} (n.º {candidate_id}) todavía no tiene plan de incorporación"),

    # The practice every plan follows, after the source material (in the app's own words).
    "onboarding.practice.mentor.title": e("师徒带教", "A mentor", "Un mentor"),
    "onboarding.practice.mentor": e(
        "给新人指定一位师傅：从第一周起带着做，既教方法，也传递公司的价值观；新人遇到问题先找师傅。",
        "Give the new hire a mentor (师徒制) who works beside them from the first week, "
        "passing on both the method and the company's values; the mentor is the first person "
        "to ask.",
        "Asigne a la persona nueva un mentor (师徒制) que trabaje a su lado desde la primera "
        "semana y le transmita el método y los valores de la empresa; es a quien consultar "
        "primero."),
    "onboarding.practice.goals.title": e("头几周的目标", "Goals for the first weeks",
                                         "Metas de las primeras semanas"),
    "onboarding.practice.goals": e(
        "目标要具体、能衡量，当面讲清楚并得到新人认可；每周看一次进展。",
        "Make the goals concrete and measurable, agree them face to face, and look at "
        "progress every week.",
        "Que las metas sean concretas y medibles; acuérdelas en persona y revise el avance "
        "cada semana."),
    "onboarding.practice.talks.title": e("一对一谈话", "One-to-one talks",
                                         "Conversaciones individuales"),
    "onboarding.practice.talks": e(
        "每月至少两次，最好每周一次：听听进展和难处。表扬放在公开场合，批评私下单独说。",
        "At least twice a month, weekly if you can: hear how it is going and what is in the "
        "way. Praise in public, criticise in private.",
        "Al menos dos veces al mes, mejor cada semana: escuche cómo va y qué le frena. Elogie "
        "en público y corrija en privado."),
    "onboarding.practice.self_assessment.title": e(
        "试用期评估", "The probation review", "La evaluación del periodo de prueba"),
    "onboarding.practice.self_assessment": e(
        "评估从新人的书面自我评估开始：本人先对照目标写出完成情况，再由上级和新人一起核对，决定能否转正。",
        "It starts from the new hire's written self-assessment against the goals; then the "
        "manager and the new hire go through it together and decide on confirmation.",
        "Parte de la autoevaluación por escrito de la persona nueva frente a sus metas; "
        "después, responsable y persona nueva la revisan juntos y deciden si se confirma."),
    "onboarding.practice.three_chances.title": e("事不过三", "Three chances",
                                                 "Tres oportunidades"),
    "onboarding.practice.three_chances": e(
        "出错在所难免，肯改、肯努力就给机会：同一个错误当面指出、一起找原因，到第三次仍未改进再采取措施。"
        "不要伤人自尊。",
        "Mistakes happen, and someone willing to improve gets another chance: point out the "
        "same mistake in person and find the cause together; act only if it happens a third "
        "time. Never hurt their self-respect (事不过三).",
        "Los errores ocurren y quien quiere mejorar merece otra oportunidad: señale el mismo "
        "error en persona y busquen juntos la causa; actúe solo si ocurre una tercera vez. "
        "Nunca hiera su amor propio (事不过三)."),
    "onboarding.practice.responsibilities.title": e(
        "职责不重叠", "Responsibilities that do not overlap",
        "Responsabilidades que no se solapan"),
    "onboarding.practice.responsibilities": e(
        "写清楚新人负责什么、出了问题找谁，与同事的分工互不重叠；按各人特长分配工作。",
        "Write down what the new hire owns and who answers when something goes wrong, with no "
        "overlap with colleagues; share the work out by strengths.",
        "Deje por escrito de qué se encarga la persona nueva y quién responde si algo falla, "
        "sin solaparse con sus colegas; reparta el trabajo según los puntos fuertes."),

    # --- what the command line prints --------------------------------------------------------------
    "cli.team.stage": e("团队阶段", "stage", "etapa"),
    "cli.team.headcount": e("人数", "headcount", "plantilla"),
    "cli.team.boss": e("老板风格", "boss's style", "estilo del jefe"),
    "cli.team.values": e("公司价值观", "values", "valores"),
    "cli.team.people": e("团队成员", "team", "equipo"),
    "cli.team.needs": e("该阶段所需岗位", "roles the stage calls for",
                        "puestos que pide la etapa"),
    "cli.team.missing_types": e("团队缺少的角色类型", "team-role types the team lacks",
                                "tipos de rol que faltan en el equipo"),
    "cli.team.next": e("下一阶段", "next stage", "siguiente etapa"),
    "cli.team.next_adds": e("下一阶段新增的岗位", "roles the next stage adds",
                            "puestos que añade la siguiente etapa"),
    "cli.team.none": e("（无）", "(none)", "(ninguno)"),
    "cli.team.no_stage": e(
        "还没有选择团队阶段（可在“团队”页选择，也可用命令行选择）",
        "no stage chosen yet (choose one with 'hiring-app team stage STAGE')",
        "aún no se ha elegido etapa (elija una con 'hiring-app team stage ETAPA')"),
    "cli.team.need_line": e("{role}：需要 {needed} 人，现有 {have} 人",
                            "{role}: needs {needed}, has {have}",
                            "{role}: necesita {needed}, tiene {have}"),
    "cli.team.member_line": e("{id}  {name} · {role} · {team_role}",
                              "{id}  {name} · {role} · {team_role}",
                              "{id}  {name} · {role} · {team_role}"),
    "cli.team.people_count": e("{people} 人（该阶段一般 {headcount} 人）",
                               "{people} (the stage usually has {headcount})",
                               "{people} (la etapa suele tener {headcount})"),
    "cli.team.stage_set": e("公司的团队阶段已设为：{stage}", "the company's stage is now {stage}",
                            "la etapa de la empresa es ahora {stage}"),
    "cli.team.member_added": e("已添加团队成员 {member_id}：{name}",
                               "added team member {member_id}: {name}",
                               "se ha añadido al miembro del equipo {member_id}: {name}"),
    "cli.team.member_removed": e("已移除团队成员 {member_id}：{name}",
                                 "removed team member {member_id}: {name}",
                                 "se ha quitado al miembro del equipo {member_id}: {name}"),
    "cli.positions.added": e("已开放职位 {position_id}", "opened position {position_id}",
                             "se ha abierto la vacante {position_id}"),
    "cli.positions.closed": e("已关闭职位 {position_id}", "closed position {position_id}",
                              "se ha cerrado la vacante {position_id}"),
    "cli.positions.applied": e("候选人 {candidate_id} 已应聘职位 {position_id}",
                               "candidate {candidate_id} applied to position {position_id}",
                               "el candidato {candidate_id} se ha postulado a la vacante "
                               "{position_id}"),
    "cli.positions.none": e("还没有招聘职位", "no positions yet", "todavía no hay vacantes"),
    "cli.positions.id": e("编号", "id", "n.º"),
    "cli.positions.role": e("岗位", "role", "puesto"),
    "cli.positions.places": e("名额", "places", "plazas"),
    "cli.positions.filled": e("已招到", "filled", "cubiertas"),
    "cli.positions.open": e("空缺", "open", "libres"),
    "cli.positions.applied_count": e("应聘者", "applicants", "candidatos"),
    "cli.positions.by": e("目标日期", "by", "fecha objetivo"),
    "cli.positions.state": e("状态", "state", "estado"),
    "cli.positions.state_open": e("招聘中", "open", "abierta"),
    "cli.positions.state_closed": e("已关闭", "closed", "cerrada"),
    "cli.positions.note": e("备注", "note", "nota"),
    "cli.report.onboarding": e(
        "已将候选人 {candidate_id} 的入职计划写入 {path}",
        "wrote the onboarding plan of candidate {candidate_id} to {path}",
        "se ha escrito el plan de incorporación del candidato {candidate_id} en {path}"),
}
