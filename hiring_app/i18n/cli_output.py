"""What the command line prints besides errors: confirmations, questions, labels, and the
framing of usage mistakes that argparse reports."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    # --- framing -------------------------------------------------------------------------------
    "cli.with_hint": e("{error}{hint}", "{error} {hint}", "{error} {hint}"),
    "cli.hint.roles_list": e(
        "可用“hiring-app roles list”查看所有岗位。", "(see 'hiring-app roles list')",
        "(consulte 'hiring-app roles list')"),
    "cli.hint.candidates_list": e(
        "可用“hiring-app candidates list”查看所有候选人。", "(see 'hiring-app candidates list')",
        "(consulte 'hiring-app candidates list')"),
    "cli.interrupted": e("已中断", "interrupted", "interrumpido"),
    "cli.internal_error": e(
        "内部错误（{kind}）。设置 HIRING_APP_DEBUG=1 后再运行一次可以看到详情。",
        "internal error ({kind}); run again with HIRING_APP_DEBUG=1 for details",
        "error interno ({kind}); vuelva a ejecutarlo con HIRING_APP_DEBUG=1 para ver los "
        "detalles"),
    "cli.already_open": e(
        "已有一个窗口在使用 {folder}", "already open on {folder}",
        "ya hay una ventana abierta en {folder}"),
    "cli.already_open_raised": e(
        "已有一个窗口在使用 {folder}，已把它调到最前面",
        "already open on {folder}; brought that window to the front",
        "ya hay una ventana abierta en {folder}; se ha traído al frente"),

    # --- usage mistakes (argparse) -------------------------------------------------------------
    "cli.usage": e(
        "命令用法有误：{detail}（参见“{prog} --help”）。",
        "{detail} (see '{prog} --help')",
        "uso incorrecto: {detail} (consulte '{prog} --help')"),
    "usage.required": e(
        "缺少必需的参数 {names}", "the following arguments are required: {names}",
        "faltan argumentos obligatorios: {names}"),
    "usage.unrecognized": e(
        "无法识别的参数 {args}", "unrecognized arguments: {args}",
        "argumentos no reconocidos: {args}"),
    "usage.invalid_choice": e(
        "参数 {argument} 的值 {value} 无效，可选的有 {choices}",
        "argument {argument}: invalid choice: {value} (choose from {choices})",
        "argumento {argument}: opción no válida {value} (elija entre {choices})"),
    "usage.invalid_int": e(
        "参数 {argument} 需要一个整数，{value} 不是整数",
        "argument {argument}: invalid int value: {value}",
        "argumento {argument}: {value} no es un número entero"),
    "usage.expected_one": e(
        "参数 {argument} 后面需要一个值", "argument {argument}: expected one argument",
        "argumento {argument}: falta su valor"),
    "usage.expected_some": e(
        "参数 {argument} 后面至少需要一个值",
        "argument {argument}: expected at least one argument",
        "argumento {argument}: necesita al menos un valor"),
    "usage.ignored_value": e(
        "参数 {argument} 不接受值 {value}",
        "argument {argument}: ignored explicit argument {value}",
        "argumento {argument}: no admite el valor {value}"),
    "usage.ambiguous": e(
        "选项 {option} 有歧义，可能是 {matches}",
        "ambiguous option: {option} could match {matches}",
        "opción ambigua: {option} puede ser {matches}"),
    "usage.argument": e(
        "参数 {argument}：{problem}", "argument {argument}: {problem}",
        "argumento {argument}: {problem}"),
    "usage.not_whole_number": e(
        "“{value}”不是整数", "'{value}' is not a whole number",
        "'{value}' no es un número entero"),
    "usage.number_range": e(
        "请使用 {low} 到 {high} 之间的数", "use a number from {low} to {high}",
        "use un número del {low} al {high}"),
    "usage.number_min": e(
        "请使用不小于 {low} 的数", "use a number of {low} or more",
        "use un número igual o mayor que {low}"),
    # argparse's own English, for a mistake the patterns above do not recognise
    "usage.other": e("{detail}", "{detail}", "{detail}"),

    # --- questions -----------------------------------------------------------------------------
    "cli.confirm.suffix": e("[y/N]", "[y/N]", "[s/N]"),

    # --- info ----------------------------------------------------------------------------------
    "cli.label": e("{label}：", "{label}:", "{label}:"),
    "cli.info.database": e("数据库", "database", "base de datos"),
    "cli.info.schema_version": e("架构版本", "schema version", "versión del esquema"),
    "cli.info.roles": e("岗位", "roles", "puestos"),
    "cli.info.questions": e("问题", "questions", "preguntas"),
    "cli.info.candidates": e("候选人", "candidates", "candidatos"),
    "cli.info.interviews": e("面试", "interviews", "entrevistas"),
    "cli.info.answers": e("回答", "answers", "respuestas"),
    "cli.info.interviewers": e("面试官", "interviewers", "entrevistadores"),
    "cli.info.content": e("内置内容", "content", "contenido"),
    "cli.info.missing": e("缺失", "missing", "falta"),
    "cli.info.reinstall": e(
        "{file}（请重新安装应用）", "{file} (reinstall the app)",
        "{file} (reinstale la aplicación)"),

    # --- question banks ------------------------------------------------------------------------
    "cli.banks.invalid_line": e("有问题：{issue}", "invalid: {issue}", "no válido: {issue}"),
    "cli.banks.ok": e(
        "通过：{path}（岗位 {roles} 个，问题 {questions} 个）",
        "ok: {path} ({roles} roles, {questions} questions)",
        "correcto: {path} ({roles} puestos, {questions} preguntas)"),
    "cli.banks.imported": e(
        "已导入 {path}：{summary}", "imported {path}: {summary}",
        "se ha importado {path}: {summary}"),
    "cli.banks.exported": e(
        "已将 {count} 个岗位导出到 {path}", "exported {count} roles to {path}",
        {"one": "se ha exportado {count} puesto a {path}",
         "other": "se han exportado {count} puestos a {path}"}),

    # --- candidates and scorecards -------------------------------------------------------------
    "cli.candidates.id": e("编号", "id", "n.º"),
    "cli.candidates.name": e("姓名", "name", "nombre"),
    "cli.candidates.role_id": e("岗位", "role_id", "puesto"),
    "cli.candidates.status": e("状态", "status", "estado"),
    "cli.candidates.channel": e("渠道", "channel", "canal"),
    "cli.candidates.attitude": e("态度", "attitude", "actitud"),
    "cli.candidates.ability": e("能力", "ability", "capacidad"),
    "cli.candidates.quadrant": e("象限", "quadrant", "cuadrante"),
    "cli.candidates.decision": e("决定", "decision", "decisión"),
    "cli.candidates.shown": e(
        "共 {total} 位候选人，只列出了前 {shown} 位（按编号）；--limit N 可改变数量，--all 列出全部",
        "showing the first {shown} of {total} candidates (by id); --limit N shows more or fewer, "
        "--all shows every one",
        "se muestran los primeros {shown} de {total} candidatos (por n.º); --limit N muestra más "
        "o menos, --all los muestra todos"),
    "cli.candidates.edited": e(
        "已更新候选人 {candidate_id}：{fields}", "updated candidate {candidate_id}: {fields}",
        "se ha actualizado el candidato {candidate_id}: {fields}"),
    "cli.candidates.unchanged": e(
        "候选人 {candidate_id} 没有需要更改的内容", "nothing to change for candidate {candidate_id}",
        "no hay nada que cambiar en el candidato {candidate_id}"),
    "cli.candidates.nothing_given": e(
        "请至少给出一个要更改的字段，例如 --phone",
        "give at least one field to change, such as --phone",
        "indique al menos un campo que cambiar, por ejemplo --phone"),
    "cli.field.name": e("姓名", "name", "nombre"),
    "cli.field.phone": e("电话", "phone", "teléfono"),
    "cli.field.email": e("电子邮箱", "e-mail", "correo electrónico"),
    "cli.field.channel": e("渠道", "channel", "canal"),
    "cli.field.role_id": e("岗位", "role", "puesto"),
    "cli.field.notes": e("备注", "notes", "notas"),
    "cli.candidates.attached": e(
        "已将 {name}（{size}）附加到候选人 {candidate_id}，附件编号 {attachment_id}",
        "attached {name} ({size}) to candidate {candidate_id} as file {attachment_id}",
        "se ha adjuntado {name} ({size}) al candidato {candidate_id} como archivo "
        "{attachment_id}"),
    "cli.candidates.no_attachments": e(
        "候选人 {candidate_id} 没有附件", "candidate {candidate_id} has no attached files",
        "el candidato {candidate_id} no tiene archivos adjuntos"),
    "cli.attachments.id": e("编号", "id", "n.º"),
    "cli.attachments.name": e("文件名", "file", "archivo"),
    "cli.attachments.type": e("类型", "type", "tipo"),
    "cli.attachments.size": e("大小", "size", "tamaño"),
    "cli.attachments.added": e("添加时间", "added", "añadido"),
    "cli.size.mb": e("{value} MB", "{value} MB", "{value} MB"),
    "cli.scorecards.exported": e(
        "已将候选人 {candidate_id} 的 {count} 份评分表导出到 {path}",
        {"one": "exported {count} scorecard of candidate {candidate_id} to {path}",
         "other": "exported {count} scorecards of candidate {candidate_id} to {path}"},
        {"one": "se ha exportado {count} hoja de evaluación del candidato {candidate_id} a "
                "{path}",
         "other": "se han exportado {count} hojas de evaluación del candidato {candidate_id} a "
                  "{path}"}),

    # --- demo ----------------------------------------------------------------------------------
    "cli.demo.added": e(
        "已向 {path} 添加 {count} 位演示候选人", "added {count} demo candidates to {path}",
        "se han añadido {count} candidatos de demostración a {path}"),
    "cli.demo.interview_counts": e(
        "{count}（已提交 {submitted}，草稿 {drafts}）",
        "{count} ({submitted} submitted, {drafts} drafts)",
        "{count} ({submitted} enviadas, {drafts} borradores)"),
    "cli.demo.status_changes": e("状态变更", "status changes", "cambios de estado"),
    "cli.demo.statuses": e("状态", "statuses", "estados"),
    "cli.demo.quadrants": e("象限", "quadrants", "cuadrantes"),
    "cli.demo.tally": e("{name} {count}", "{name} {count}", "{name} {count}"),

    # --- screenshots ---------------------------------------------------------------------------
    "usage.size_format": e(
        "“{value}”不是窗口尺寸，请写成 宽x高，例如 1366x768",
        "'{value}' is not a window size: write WIDTHxHEIGHT, e.g. 1366x768",
        "'{value}' no es un tamaño de ventana: escriba ANCHOxALTO, por ejemplo 1366x768"),
    "usage.size_range": e(
        "窗口尺寸需在 {low} 到 {high} 之间", "use a window size from {low} to {high}",
        "use un tamaño de ventana entre {low} y {high}"),
    "cli.screenshots.progress": e(
        "截图 {done}/{total}：{size} {lang} {screen}",
        "screenshot {done} of {total}: {size} {lang} {screen}",
        "captura {done} de {total}: {size} {lang} {screen}"),
    "cli.screenshots.done": e(
        "已将 {count} 张截图写入 {folder}（{screens} 个画面 × {languages} 种语言 × {sizes} 种尺寸）",
        "wrote {count} screenshots to {folder} ({screens} screens × {languages} languages × "
        "{sizes} sizes)",
        "se han guardado {count} capturas en {folder} ({screens} pantallas × {languages} "
        "idiomas × {sizes} tamaños)"),
    "cli.screenshots.clip": e(
        "{size} {lang} {screen}：{widget}“{text}”需要 {needed} 像素宽，只有 {available} 像素",
        "{size} {lang} {screen}: {widget} '{text}' needs {needed} px, has {available} px",
        "{size} {lang} {screen}: {widget} '{text}' necesita {needed} px y tiene "
        "{available} px"),
    "cli.screenshots.clip_height": e(
        "{size} {lang} {screen}：{widget}“{text}”需要 {needed} 像素高，只有 {available} 像素",
        "{size} {lang} {screen}: {widget} '{text}' needs {needed} px of height, has "
        "{available} px",
        "{size} {lang} {screen}: {widget} '{text}' necesita {needed} px de alto y tiene "
        "{available} px"),
    "cli.screenshots.clipped": e(
        "有 {count} 处文字显示不全",
        {"one": "{count} text cut off", "other": "{count} texts cut off"},
        {"one": "{count} texto cortado", "other": "{count} textos cortados"}),
    "screenshots.sample_candidate": e("示例候选人", "Sample candidate", "Candidato de ejemplo"),
    "screenshots.sample_interviewer": e("示例面试官", "Sample interviewer",
                                        "Entrevistador de ejemplo"),

    # --- reports -------------------------------------------------------------------------------
    "cli.report.candidate": e(
        "已将候选人 {candidate_id} 的报告写入 {path}",
        "wrote the report on candidate {candidate_id} to {path}",
        "se ha escrito el informe del candidato {candidate_id} en {path}"),
    "cli.report.compare": e(
        "已将比较报告写入 {path}", "wrote the comparison to {path}",
        "se ha escrito la comparación en {path}"),
    "cli.report.kit": e(
        "已将岗位 {role_id} 的面试手册写入 {path}",
        "wrote the interview kit for {role_id} to {path}",
        "se ha escrito el kit de entrevista de {role_id} en {path}"),

    # --- backups -------------------------------------------------------------------------------
    "cli.backup.made": e(
        "已创建备份：{path}（{size}）", "backup made: {path} ({size})",
        "copia de seguridad creada: {path} ({size})"),
    "cli.backup.none": e(
        "{folder} 中还没有备份", "no backups yet in {folder}",
        "todavía no hay copias de seguridad en {folder}"),
    "cli.backup.holds": e(
        "候选人 {candidates} 位，面试 {interviews} 次",
        "{candidates} candidates, {interviews} interviews",
        "{candidates} candidatos, {interviews} entrevistas"),
    "cli.backup.not_usable": e(
        "不可用：{problem}", "NOT USABLE: {problem}", "NO UTILIZABLE: {problem}"),
    "cli.backup.confirm_restore": e(
        "用 {name}（含 {count} 位候选人）替换当前数据库吗？当前文件会保留在备份文件夹中。",
        "Replace the current database with {name} ({count} candidates)? The current file is "
        "kept in the backup folder.",
        "¿Sustituir la base de datos actual por {name} ({count} candidatos)? El archivo actual "
        "se conserva en la carpeta de copias de seguridad."),
    "cli.backup.nothing_restored": e(
        "没有恢复任何内容", "nothing restored", "no se ha restaurado nada"),
    "cli.backup.restored": e(
        "已恢复 {name}：候选人 {count} 位", "restored {name}: {count} candidates",
        "se ha restaurado {name}: {count} candidatos"),
    "cli.backup.holds_erased": e(
        "此备份仍含有 {count} 位之后已被彻底删除的人，恢复会把他们带回来：",
        "this backup still holds {count} person(s) erased since it was made; restoring brings "
        "them back:",
        "esta copia aún contiene {count} persona(s) borrada(s) después de hacerla; al "
        "restaurarla vuelven:"),
    "cli.backup.erased_back": e(
        "恢复的数据中又出现了 {count} 位曾被彻底删除的人：",
        "the restored data brings back {count} person(s) who had been erased:",
        "los datos restaurados traen de vuelta a {count} persona(s) que se habían borrado:"),
    "cli.backup.erase_again_hint": e(
        "可用以下命令再次删除他们：{command}",
        "erase them again with: {command}",
        "vuelva a borrarlas con: {command}"),
    "cli.backup.kept": e(
        "被替换的文件保留为 {path}", "the file it replaced is kept as {path}",
        "el archivo sustituido se conserva como {path}"),
    "cli.backup.confirm_delete": e(
        "永久删除 {count} 个备份文件吗？",
        "Delete {count} backup file(s) for good?",
        {"one": "¿Eliminar definitivamente {count} archivo de copia de seguridad?",
         "other": "¿Eliminar definitivamente {count} archivos de copia de seguridad?"}),
    "cli.backup.nothing_deleted": e(
        "没有删除任何文件", "nothing deleted", "no se ha eliminado nada"),
    "cli.backup.deleted": e(
        "已删除 {count} 个备份文件", "deleted {count} backup file(s)",
        {"one": "se ha eliminado {count} archivo de copia de seguridad",
         "other": "se han eliminado {count} archivos de copia de seguridad"}),
    "cli.backup.keep": e(
        "自动备份保留份数：{count}", "automatic backups kept: {count}",
        "copias automáticas que se conservan: {count}"),

    # --- privacy -------------------------------------------------------------------------------
    "cli.erase.erased": e(
        "已彻底删除候选人 {candidate_id}：面试、记录、评分表和历史均已删除",
        "erased candidate {candidate_id}: interviews, notes, scorecards and history removed",
        "se ha borrado el candidato {candidate_id}: entrevistas, notas, hojas de evaluación e "
        "historial eliminados"),
    "cli.erase.traces_pending": e(
        "注意：残留的数据暂时无法清除（另一个程序正在读取数据库，或磁盘已满）；下次启动应用时会清除",
        "note: leftover bytes could not be cleared yet (another program is reading the "
        "database, or the disk is full); they are cleared when the app next starts",
        "nota: aún no se han podido borrar los restos (otro programa está leyendo la base de "
        "datos o el disco está lleno); se borrarán la próxima vez que se inicie la aplicación"),
    "cli.erase.backups_hold": e(
        "彻底删除之前做的 {count} 个备份中仍有这些数据：",
        "{count} backup(s) made before the erasure still hold this data:",
        {"one": "{count} copia de seguridad hecha antes del borrado aún contiene estos datos:",
         "other": "{count} copias de seguridad hechas antes del borrado aún contienen estos "
                  "datos:"}),
    "cli.erase.delete_hint": e(
        "可用以下命令删除它们：hiring-app backup delete {names}",
        "delete them with: hiring-app backup delete {names}",
        "elimínelas con: hiring-app backup delete {names}"),
    "cli.erase.none_back": e(
        "没有曾被删除的人出现在数据中", "nobody erased before is in the data",
        "ninguna persona borrada antes figura en los datos"),
    "cli.erase.confirm_again": e(
        "再次彻底删除这 {count} 位及其全部面试和记录吗？",
        "Erase these {count} person(s) again, with every interview and note?",
        "¿Borrar otra vez a estas {count} persona(s), con cada entrevista y nota?"),
    "cli.erase.confirm_one": e(
        "彻底删除候选人 {candidate_id}（{name}）及其 {count} 次面试和所有记录吗？此操作无法撤销。",
        "Erase candidate {candidate_id} ({name}) with {count} interview(s) and every note? "
        "This cannot be undone.",
        "¿Borrar al candidato {candidate_id} ({name}) con {count} entrevista(s) y todas las "
        "notas? No se puede deshacer."),
    "cli.erase.nothing_erased": e(
        "没有删除任何内容", "nothing erased", "no se ha borrado nada"),
    "cli.retention.not_set": e(
        "尚未设置保留期限（可用“hiring-app retention 月数”设置）",
        "no retention period is set (hiring-app retention MONTHS sets one)",
        "no hay ningún plazo de conservación (se fija con 'hiring-app retention MESES')"),
    "cli.retention.none_expired": e(
        "没有候选人超过 {months} 个月的保留期限",
        "no candidate is past the retention period of {months} months",
        "ningún candidato ha superado el plazo de conservación de {months} meses"),
    "cli.erase.expired_list": e(
        "有 {count} 位未录用的候选人超过 {months} 个月没有动态：",
        "{count} candidate(s) not hired and inactive for over {months} months:",
        {"one": "{count} candidato no contratado y sin actividad desde hace más de {months} "
                "meses:",
         "other": "{count} candidatos no contratados y sin actividad desde hace más de "
                  "{months} meses:"}),
    "cli.erase.expired_row": e(
        "  {candidate_id:>6}  {name}（{status}，最后动态 {date}）",
        "  {candidate_id:>6}  {name}  ({status}, last activity {date})",
        "  {candidate_id:>6}  {name}  ({status}, última actividad {date})"),
    "cli.erase.confirm_expired": e(
        "永久删除这 {count} 位候选人吗？", "Erase these {count} candidate(s) for good?",
        {"one": "¿Borrar definitivamente a este candidato?",
         "other": "¿Borrar definitivamente a estos {count} candidatos?"}),
    "cli.erase.kept_changed": e(
        "有 {count} 位候选人在此期间有了变化，已保留",
        "{count} candidate(s) changed meanwhile and were kept",
        {"one": "{count} candidato ha cambiado mientras tanto y se ha conservado",
         "other": "{count} candidatos han cambiado mientras tanto y se han conservado"}),
    "cli.retention.off": e(
        "保留期限：关闭", "retention: off", "plazo de conservación: desactivado"),
    "cli.retention.months": e(
        "保留期限：未录用的候选人在 {months} 个月后彻底删除（hiring-app erase expired）",
        "retention: candidates not hired are erased after {months} months (hiring-app erase "
        "expired)",
        "plazo de conservación: los candidatos no contratados se borran a los {months} meses "
        "(hiring-app erase expired)"),
    "cli.export.candidate": e(
        "已将候选人 {candidate_id} 的数据（含 {count} 次面试）导出到 {path}",
        "exported candidate {candidate_id} with {count} interview(s) to {path}",
        "se han exportado los datos del candidato {candidate_id} con {count} entrevista(s) a "
        "{path}"),
}
