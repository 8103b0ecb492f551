"""Messages about the everyday work: candidates, interviews and scorecards, roles and the
library, comparisons, reports, demo data, retention."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    # --- candidates ----------------------------------------------------------------------------
    "candidate.name_missing": e(
        "候选人需要姓名。请填写姓名；未保存任何内容。",
        "a candidate needs a name; nothing was saved",
        "indique el nombre del candidato; no se ha guardado nada"),
    "candidate.name_too_long": e(
        "姓名超过了 {limit} 个字符。请缩短后再试；没有保存任何内容。",
        "the name is longer than {limit} characters; shorten it (nothing was saved)",
        "el nombre tiene más de {limit} caracteres; acórtelo (no se ha guardado nada)"),
    "candidate.channel_unknown": e(
        "未知的来源渠道“{channel}”。请使用以下之一：{choices}。",
        "unknown channel '{channel}'; use one of: {choices}",
        "canal desconocido '{channel}'; use uno de estos: {choices}"),
    "candidate.phone_too_long": e(
        "电话号码超过了 {limit} 个字符。请缩短后再试。",
        "the phone number is longer than {limit} characters",
        "el teléfono tiene más de {limit} caracteres; acórtelo"),
    "candidate.email_too_long": e(
        "电子邮箱地址超过了 {limit} 个字符。请缩短后再试。",
        "the e-mail address is longer than {limit} characters",
        "el correo electrónico tiene más de {limit} caracteres; acórtelo"),
    "candidate.email_invalid": e(
        "“{email}”看起来不像电子邮箱地址。请检查后再试。",
        "'{email}' does not look like an e-mail address",
        "'{email}' no parece una dirección de correo electrónico; revísela"),
    "candidate.not_found": e(
        "没有编号为 {candidate_id} 的候选人。",
        "no candidate with the id {candidate_id}",
        "no existe ningún candidato con el número {candidate_id}"),
    "candidate.not_found_many": e(
        "没有编号为 {ids} 的候选人。",
        "no candidate with the id {ids}",
        "no existe ningún candidato con el número {ids}"),
    "candidate.status_unknown": e(
        "未知的状态“{status}”。", "unknown status '{status}'", "estado desconocido '{status}'"),
    "candidate.decision_unknown": e(
        "未知的决定“{decision}”。", "unknown decision '{decision}'",
        "decisión desconocida '{decision}'"),
    "candidate.notes_too_long": e(
        "备注超过了 {limit} 个字符。请缩短后再试；未保存任何内容。",
        "the notes are longer than {limit} characters; shorten them (nothing was saved)",
        "las notas tienen más de {limit} caracteres; acórtelas (no se ha guardado nada)"),
    "candidate.role_has_scorecards": e(
        "{name}已有提交的评分表，不能更换岗位：这些评分是按原岗位的要求打的，也只能和该岗位的其他"
        "候选人比较。如需应聘另一个岗位，请另建一条候选人记录。未作任何更改。",
        "{name} already has submitted scorecards, so the role cannot change: they were scored "
        "against this role and are compared with its other candidates. For another role, add "
        "the candidate again (nothing was changed)",
        "{name} ya tiene hojas de evaluación enviadas, así que el puesto no puede cambiar: se "
        "puntuaron según este puesto y se comparan con sus demás candidatos. Para otro puesto, "
        "añada de nuevo al candidato (no se ha cambiado nada)"),
    "candidate.role_of_position": e(
        "{name}应聘的是职位 {position_id}，岗位随职位而定，不能在这里更改。请先在职位中取消应聘，"
        "再更换岗位。未作任何更改。",
        "{name} applied to position {position_id}, whose role they take, so the role cannot "
        "change here; take them off the position first (nothing was changed)",
        "{name} se ha presentado a la vacante {position_id}, cuyo puesto tiene, así que el "
        "puesto no puede cambiar aquí; retírelo antes de la vacante (no se ha cambiado nada)"),
    "candidate.undo_add_too_late": e(
        "添加{name}这一步已无法撤销：添加之后已有面试、附件、应聘职位或状态变更。若要删除此人，"
        "请使用“彻底删除”。",
        "adding {name} can no longer be undone: an interview, a file, a position or a status "
        "change was recorded since; to remove them, use Erase",
        "ya no se puede deshacer el alta de {name}: desde entonces se ha registrado una "
        "entrevista, un archivo, una vacante o un cambio de estado; para quitarlo, use Borrar"),
    "candidate.already_back": e(
        "{name}已经在数据库中（可能由其他程序重新导入），无需重做。",
        "{name} is already in the database again (another program may have brought them "
        "back); nothing to redo",
        "{name} ya vuelve a estar en la base de datos (quizá otro programa lo ha traído de "
        "vuelta); no hay nada que rehacer"),
    "candidate.gone": e(
        "这位候选人已不在数据库中（可能已被其他程序删除）。",
        "this candidate is no longer in the database (perhaps erased by another program)",
        "este candidato ya no está en la base de datos (quizá otro programa lo ha borrado)"),

    # --- candidates' files ---------------------------------------------------------------------
    "attachment.kind_not_accepted": e(
        "不能附加“{name}”：只接受以下类型的文件：{types}。未作任何更改。",
        "'{name}' cannot be attached: only these kinds of file are accepted: {types} (nothing "
        "was changed)",
        "no se puede adjuntar '{name}': solo se aceptan estos tipos de archivo: {types} (no se "
        "ha cambiado nada)"),
    "attachment.cannot_read": e(
        "无法读取 {path}：{reason}。未作任何更改。",
        "cannot read {path}: {reason}; nothing was changed",
        "no se puede leer {path}: {reason}; no se ha cambiado nada"),
    "attachment.too_large": e(
        "“{name}”超过 {limit} MB，无法附加。请先压缩或缩小文件；未作任何更改。",
        "'{name}' is larger than {limit} MB and cannot be attached; make it smaller first "
        "(nothing was changed)",
        "'{name}' ocupa más de {limit} MB y no se puede adjuntar; redúzcalo antes (no se ha "
        "cambiado nada)"),
    "attachment.empty": e(
        "“{name}”是空文件，未附加。",
        "'{name}' is empty; nothing was attached",
        "'{name}' está vacío; no se ha adjuntado nada"),
    "attachment.not_that_kind": e(
        "“{name}”的内容不是 {extension} 文件（文件开头的字节对不上），可能已损坏或被改了扩展名。"
        "未附加。",
        "the content of '{name}' is not a {extension} file (its first bytes do not match); it "
        "may be damaged or renamed. Nothing was attached",
        "el contenido de '{name}' no es un archivo {extension} (sus primeros bytes no "
        "coinciden); puede estar dañado o renombrado. No se ha adjuntado nada"),
    "attachment.already_attached": e(
        "“{name}”已经附加过了（与“{existing}”内容相同），未重复附加。",
        "'{name}' is already attached (the same content as '{existing}'); nothing was added",
        "'{name}' ya está adjunto (el mismo contenido que '{existing}'); no se ha añadido nada"),
    "attachment.too_many": e(
        "每位候选人最多附加 {limit} 个文件。请先移除不需要的文件；未作任何更改。",
        "a candidate can have at most {limit} files; remove one first (nothing was changed)",
        "un candidato puede tener como máximo {limit} archivos; quite uno antes (no se ha "
        "cambiado nada)"),
    "attachment.not_found": e(
        "没有编号为 {attachment_id} 的附件（可能已被移除）。",
        "no attached file with the id {attachment_id} (it may have been removed)",
        "no existe ningún archivo adjunto con el número {attachment_id} (quizá se ha quitado)"),

    # --- interviews ----------------------------------------------------------------------------
    "interviewer.name_missing": e(
        "面试官需要姓名。请填写您的姓名。",
        "the interviewer needs a name",
        "indique el nombre del entrevistador"),
    "interviewer.name_too_long": e(
        "面试官姓名超过了 {limit} 个字符。请缩短后再试。",
        "the interviewer's name is longer than {limit} characters",
        "el nombre del entrevistador tiene más de {limit} caracteres; acórtelo"),
    "interview.not_found": e(
        "没有编号为 {interview_id} 的面试。",
        "no interview with the id {interview_id}",
        "no existe ninguna entrevista con el número {interview_id}"),
    "field.candidate_name": e("候选人姓名", "the candidate's name", "el nombre del candidato"),
    "field.interviewer_name": e("面试官姓名", "the interviewer's name",
                                "el nombre del entrevistador"),
    "text.name_control": e(
        "{field}含有控制字符 {char}（例如换行或终端转义符），不能保存。请删去它再试。未作任何更改。",
        "{field} contains the control character {char} (such as a line break or a terminal "
        "escape), which a name cannot hold; remove it and try again (nothing was changed)",
        "{field} contiene el carácter de control {char} (un salto de línea o un código de "
        "terminal, por ejemplo), que un nombre no admite; quítelo y vuelva a intentarlo (no se "
        "ha cambiado nada)"),
    "text.name_direction": e(
        "{field}含有改变文字显示方向的隐藏字符 {char}，它会让名字看起来与实际不同，不能保存。"
        "请删去它再试。未作任何更改。",
        "{field} contains the hidden text-direction character {char}, which makes a name look "
        "other than it is; remove it and try again (nothing was changed)",
        "{field} contiene el carácter oculto de dirección del texto {char}, que hace que un "
        "nombre parezca distinto de lo que es; quítelo y vuelva a intentarlo (no se ha "
        "cambiado nada)"),
    "text.name_blank": e(
        "{field}只由看不见的字符组成。请填写能看见的文字。未作任何更改。",
        "{field} is made only of invisible characters; type visible text (nothing was changed)",
        "{field} solo tiene caracteres invisibles; escriba un texto visible (no se ha cambiado "
        "nada)"),
    "field.listen_notes": e("倾听记录", "the listening notes", "las notas de escucha"),
    "field.free_notes": e("备注", "the notes", "las notas"),
    "field.decision_reason": e("决定的理由", "the reason for the decision",
                               "el motivo de la decisión"),
    "field.answer_notes": e("回答记录", "the notes on an answer", "las notas de una respuesta"),
    "field.question": e("问题内容", "the question", "la pregunta"),
    "interview.not_text": e(
        "{field}必须是文字。这次更改没有保存。",
        "{field} must be text; this change was not saved",
        "el valor de {field} debe ser un texto; este cambio no se ha guardado"),
    "interview.text_too_long": e(
        "{field}超过了 {limit} 个字符。请缩短后再试；这次更改没有保存。",
        "{field} is longer than {limit} characters; this change was not saved",
        "el texto de {field} supera los {limit} caracteres; acórtelo (este cambio no se ha "
        "guardado)"),
    "interview.stage_unknown": e(
        "未知的面试阶段“{stage}”。", "unknown stage '{stage}'", "etapa desconocida '{stage}'"),
    "interview.use_submit": e(
        "面试只能连同决定一起提交。",
        "use submit() to submit an interview",
        "una entrevista solo se envía junto con su decisión"),
    "interview.field_not_changeable": e(
        "这里不能修改“{field}”。", "'{field}' cannot be changed here",
        "'{field}' no se puede cambiar aquí"),
    "interview.answer_field_not_changeable": e(
        "回答中的“{field}”不能修改。", "'{field}' cannot be changed on an answer",
        "'{field}' no se puede cambiar en una respuesta"),
    "scorecard.submitted": e(
        "这份评分表已经提交，不能再修改。",
        "this scorecard has been submitted and can no longer change",
        "esta hoja de evaluación ya se ha enviado y ya no puede cambiar"),
    "interview.score_invalid": e(
        "评分必须是 1 到 5 的整数。",
        "a score is a whole number from 1 to 5",
        "una puntuación es un número entero del 1 al 5"),
    "interview.question_not_found": e(
        "这次面试中没有问题“{question_id}”。",
        "no question '{question_id}' in this interview",
        "esta entrevista no tiene la pregunta '{question_id}'"),
    "interview.question_empty": e(
        "问题内容是空的。请先输入问题。",
        "the question is empty; type the question first",
        "la pregunta está vacía; escríbala primero"),
    "interview.dimension_unknown": e(
        "未知的维度“{dimension}”（应为态度或能力）。",
        "unknown dimension '{dimension}' (attitude or ability)",
        "dimensión desconocida '{dimension}' (actitud o capacidad)"),
    "interview.weight_invalid": e(
        "问题的权重必须大于 0，且不超过 10。",
        "a question's weight must be above 0 and at most 10",
        "el peso de una pregunta debe ser mayor que 0 y como máximo 10"),
    "interview.order_invalid": e(
        "新的顺序必须把这次面试的每个问题各列出一次。顺序没有改变。",
        "the new order must list every question of the interview once",
        "el nuevo orden debe incluir cada pregunta de la entrevista una sola vez; el orden "
        "no ha cambiado"),
    "interview.decision_missing": e(
        "请选择一个决定：录用、培养、待定或不录用。",
        "choose a decision: {choices}",
        "elija una decisión: contratar, formar, en espera o rechazar"),
    "interview.already_submitted": e(
        "这次面试已经提交过了。",
        "this interview has already been submitted",
        "esta entrevista ya se ha enviado"),
    "interview.notes_not_saved": e(
        "评分表没有提交：您最新的记录还没有保存。{reason}请稍后再试。",
        "your latest notes are not saved yet ({reason}); the scorecard was not submitted — "
        "try again in a moment",
        "sus últimas notas aún no se han guardado ({reason}); la hoja de evaluación no se ha "
        "enviado: inténtelo de nuevo en un momento"),
    "interview.waiting": e("仍在等待写入。", "waiting", "en espera"),

    # --- scorecards between colleagues ---------------------------------------------------------
    "scorecards.none_submitted": e(
        "候选人 {candidate_id}（{name}）没有已提交的评分表可以导出。",
        "candidate {candidate_id} ({name}) has no submitted scorecard to export",
        "el candidato {candidate_id} ({name}) no tiene ninguna hoja de evaluación enviada que "
        "exportar"),
    "scorecards.export_invalid": e(
        "无法导出评分表：{reason}没有写入任何文件。",
        "cannot export the scorecards: {reason}",
        "no se pueden exportar las hojas de evaluación: {reason}; no se ha escrito ningún "
        "archivo"),
    "scorecards.export_source": e(
        "候选人 {candidate_id} 的数据", "candidate {candidate_id}",
        "los datos del candidato {candidate_id}"),
    "scorecards.number_not_json": e(
        "其中有无法写成 JSON 的数字。", "a number cannot be written as JSON",
        "hay un número que no se puede escribir en JSON"),
    "scorecards.file_too_big": e(
        "无法导出评分表：文件将有 {size_mb:.1f} MB，超过评分表文件 {limit_mb} MB 的上限。"
        "请缩短最长的记录。没有写入任何文件。",
        "cannot export the scorecards: the file would be {size_mb:.1f} MB, over the "
        "{limit_mb} MB a scorecard file may hold; shorten the longest notes",
        "no se pueden exportar las hojas de evaluación: el archivo ocuparía {size_mb:.1f} MB, "
        "más de los {limit_mb} MB que admite; acorte las notas más largas"),
    "scorecards.imported": e(
        "已导入 {path}：为候选人 {candidate_id}（{name}，{how}）添加了 {count} 份评分表{skipped}",
        {"one": "imported {path}: {count} scorecard added to candidate {candidate_id} "
                "({name}, {how}){skipped}",
         "other": "imported {path}: {count} scorecards added to candidate {candidate_id} "
                  "({name}, {how}){skipped}"},
        {"one": "se ha importado {path}: {count} hoja de evaluación añadida al candidato "
                "{candidate_id} ({name}, {how}){skipped}",
         "other": "se ha importado {path}: {count} hojas de evaluación añadidas al candidato "
                  "{candidate_id} ({name}, {how}){skipped}"}),
    "scorecards.how_new": e("新候选人", "new candidate", "candidato nuevo"),
    "scorecards.how_matched": e("与已有的候选人对应", "matched an existing candidate",
                                "coincide con un candidato existente"),
    "scorecards.skipped": e(
        "；{count} 份已存在，已跳过",
        "; {count} already here, skipped",
        {"one": "; {count} ya estaba aquí y se ha omitido",
         "other": "; {count} ya estaban aquí y se han omitido"}),

    # --- roles and the library -----------------------------------------------------------------
    "role.not_found": e(
        "没有编号为“{role_id}”的岗位。",
        "no role with the id '{role_id}'",
        "no existe ningún puesto con el identificador '{role_id}'"),
    "role.builtin": e(
        "岗位“{role_id}”是程序自带的，不能删除；如需修改，请先复制一份。未作任何更改。",
        "the role '{role_id}' comes with the app and cannot be deleted; make a copy to change "
        "it (nothing was changed)",
        "el puesto '{role_id}' viene con la aplicación y no se puede eliminar; haga una copia "
        "para cambiarlo (no se ha cambiado nada)"),
    "role.in_use": e(
        "岗位“{role_id}”下有 {count} 位候选人，不能删除。未作任何更改。",
        {"one": "the role '{role_id}' has {count} candidate; it cannot be deleted (nothing was "
                "changed)",
         "other": "the role '{role_id}' has {count} candidates; it cannot be deleted (nothing "
                  "was changed)"},
        {"one": "el puesto '{role_id}' tiene {count} candidato; no se puede eliminar (no se "
                "ha cambiado nada)",
         "other": "el puesto '{role_id}' tiene {count} candidatos; no se puede eliminar (no "
                  "se ha cambiado nada)"}),
    "question.id_taken": e(
        "问题编号“{question_id}”已在别处使用。请换一个编号；未作任何更改。",
        "the question id '{question_id}' is already used elsewhere; nothing was changed",
        "el identificador de pregunta '{question_id}' ya se usa en otro lugar; no se ha "
        "cambiado nada"),
    "library.import_summary": e(
        "新增岗位 {roles_added} 个，更新 {roles_updated} 个；新增问题 {questions_added} 个，"
        "更新 {questions_updated} 个",
        "{roles_added} roles added, {roles_updated} updated; {questions_added} questions added, "
        "{questions_updated} updated",
        "{roles_added} puestos añadidos y {roles_updated} actualizados; {questions_added} "
        "preguntas añadidas y {questions_updated} actualizadas"),

    # --- comparisons and reports ---------------------------------------------------------------
    "compare.count": e(
        "请选择 {min} 到 {max} 位候选人进行比较（当前选了 {count} 位）。",
        "choose between {min} and {max} candidates to compare ({count} chosen)",
        "elija entre {min} y {max} candidatos para comparar (ha elegido {count})"),
    "compare.other_role": e(
        "候选人 {candidate_id}（{name}）应聘的是“{their_role}”（{their_role_id}），不是“{role}”"
        "（{role_id}）。请只比较同一岗位的候选人。",
        "candidate {candidate_id} ({name}) applied for '{their_role_id}' ({their_role}), not "
        "'{role_id}' ({role}); compare candidates of one role",
        "el candidato {candidate_id} ({name}) se postuló a '{their_role_id}' ({their_role}), "
        "no a '{role_id}' ({role}); compare candidatos de un mismo puesto"),
    "compare.role_too_few": e(
        "岗位“{name}”（{role_id}）只有 {count} 位候选人有已提交的评分表；比较至少需要 2 位。",
        {"one": "the role '{role_id}' ({name}) has {count} candidate with a submitted "
                "scorecard; a comparison needs at least 2",
         "other": "the role '{role_id}' ({name}) has {count} candidates with a submitted "
                  "scorecard; a comparison needs at least 2"},
        {"one": "el puesto '{role_id}' ({name}) tiene {count} candidato con una hoja de "
                "evaluación enviada; una comparación necesita al menos 2",
         "other": "el puesto '{role_id}' ({name}) tiene {count} candidatos con una hoja de "
                  "evaluación enviada; una comparación necesita al menos 2"}),
    "language.unknown": e(
        "未知的语言“{language}”。请使用以下之一：{choices}。",
        "unknown language '{language}'; use one of: {choices}",
        "idioma desconocido '{language}'; use uno de estos: {choices}"),
    "report.output_is_folder": e(
        "{path} 是一个文件夹。请给出以 .pdf 结尾的文件名。",
        "{path} is a folder; give a file name ending in .pdf",
        "{path} es una carpeta; indique un nombre de archivo que termine en .pdf"),
    "report.folder_missing": e(
        "文件夹 {folder} 不存在。请另选一个文件夹。",
        "the folder {folder} does not exist; choose another folder",
        "la carpeta {folder} no existe; elija otra"),
    "report.compare_needs_input": e(
        "请用 --role 指定岗位（比较其最佳候选人），或用 --candidate 至少指定两位候选人。",
        "give --role ID (its best candidates) or --candidate ID at least twice",
        "indique --role ID (sus mejores candidatos) o --candidate ID al menos dos veces"),

    # --- demo data, retention ------------------------------------------------------------------
    "demo.no_roles": e(
        "生成演示数据需要有态度和能力问题的岗位。请先安装岗位库。",
        "demo data needs roles with questions on attitude and ability; install the role "
        "library first",
        "los datos de demostración necesitan puestos con preguntas de actitud y de capacidad; "
        "instale antes la biblioteca de puestos"),
    "demo.count_too_small": e(
        "请至少要一位候选人。", "ask for at least one candidate", "pida al menos un candidato"),
    "demo.has_candidates": e(
        "这家公司已有 {count} 位候选人。演示候选人只加入空的公司，以免与真实的人混在一起"
        "（命令行可用 --add 追加）。未作任何更改。",
        "this company already has {count} candidates; demo candidates go only into an empty "
        "company, so that they are never mixed with real people (on the command line, --add "
        "adds them anyway); nothing was changed",
        "esta empresa ya tiene {count} candidatos; los candidatos de demostración solo se "
        "añaden a una empresa vacía, para no mezclarlos con personas reales (en la línea de "
        "órdenes, --add los añade de todos modos); no se ha cambiado nada"),
    "retention.out_of_range": e(
        "保留期限必须在 0（关闭）到 {limit} 个月之间。设置未更改。",
        "the retention period must be between 0 (off) and {limit} months (the setting was not "
        "changed)",
        "el plazo de conservación debe estar entre 0 (desactivado) y {limit} meses (no se ha "
        "cambiado el ajuste)"),
}
