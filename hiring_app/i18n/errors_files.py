"""Messages about files colleagues exchange: question banks and scorecard files.

The per-problem details of a question bank (`file:line: entry: field: message`) and the
schema details of a scorecard file (`$.path: must be ...`) stay in English inside these
messages: they quote field names and JSON paths of the file format itself."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    # --- question banks ------------------------------------------------------------------------
    "bank.invalid": e(
        {"one": "题库文件 {file} 有 1 处问题，未作任何更改：{first}",
         "other": "题库文件 {file} 有 {count} 处问题，未作任何更改。第一处：{first}"},
        {"one": "{first}", "other": "{first}{more}"},
        {"one": "el banco de preguntas {file} tiene un problema; no se ha cambiado nada. "
                "Detalle: {first}",
         "other": "el banco de preguntas {file} tiene {count} problemas; no se ha cambiado "
                  "nada. El primero: {first}"}),
    "role.edit_invalid": e(
        {"one": "这个岗位无法保存，未作任何更改。问题（英文详情）：{detail}",
         "other": "这个岗位无法保存，未作任何更改。共有 {count} 处问题，第一处（英文详情）：{detail}"},
        {"one": "the role cannot be saved: {detail}; nothing was changed",
         "other": "the role cannot be saved: {count} problems, the first: {detail}; nothing was "
                  "changed"},
        {"one": "no se puede guardar el puesto: {detail} (detalle en inglés); no se ha cambiado "
                "nada",
         "other": "no se puede guardar el puesto: tiene {count} problemas; el primero (en "
                  "inglés): {detail}; no se ha cambiado nada"}),
    "bank.import_refused": e(
        "文件有 {count} 处问题（详见上方），未导入任何内容。",
        "nothing was imported",
        {"one": "el archivo tiene un problema (véase arriba); no se ha importado nada",
         "other": "el archivo tiene {count} problemas (véase arriba); no se ha importado nada"}),

    # --- a problem with a whole bank file (a part of a line `file:line: problem`) -------------
    "bank_issue.too_large": e(
        "文件太大（超过 {limit_mb} MB）", "the file is too large (over {limit_mb} MB)",
        "el archivo es demasiado grande (más de {limit_mb} MB)"),
    "bank_issue.not_utf8": e(
        "不是 UTF-8 文字（第 {byte} 个字节出错）", "not UTF-8 text (byte {byte})",
        "no es texto UTF-8 (byte {byte})"),
    "bank_issue.cannot_read": e(
        "无法读取文件：{reason}", "cannot read the file: {reason}",
        "no se puede leer el archivo: {reason}"),
    "bank_issue.empty": e("文件是空的", "the file is empty", "el archivo está vacío"),
    "bank_issue.not_mapping": e(
        "文件应是以 format 字段（值为 {format}）开头的映射",
        "the file must be a mapping starting with 'format: {format}'",
        "el archivo debe ser un mapa que empiece por 'format: {format}'"),
    "bank_issue.not_yaml": e(
        "不是有效的 YAML（英文详情：{detail}）", "not valid YAML: {detail}",
        "no es un YAML válido (detalle en inglés: {detail})"),
    "bank_issue.aliases": e(
        "不允许使用别名和锚点（&/*）", "aliases and anchors (&/*) are not allowed",
        "no se permiten alias ni anclas (&/*)"),
    "bank_issue.too_deep": e(
        "嵌套超过 {limit} 层", "nested more than {limit} levels deep",
        "anidado a más de {limit} niveles"),
    "bank_issue.core_missing": e("缺少 core.yaml", "core.yaml is missing", "falta core.yaml"),
    "bank_issue.vocabularies": e(
        "导入的文件只能包含岗位和问题；共用的词汇表随应用提供",
        "an import holds roles and questions only; the shared vocabularies ship with the app",
        "una importación solo contiene puestos y preguntas; los vocabularios comunes vienen "
        "con la aplicación"),

    # --- scorecard files: {path} is the file ---------------------------------------------------
    "scorecard.not_object": e(
        "评分表文件 {path} 有问题：文件内容应是一个 JSON 对象，其 format 字段为 {format}。",
        "{path}: the file must hold a JSON object with \"format\": \"{format}\"",
        "{path}: el archivo debe contener un objeto JSON con \"format\": \"{format}\""),
    "scorecard.format_newer": e(
        "评分表文件 {path} 来自更新版本的应用（格式 {found}）。请更新应用后再导入。",
        "{path}: $.format: '{found}' is from a newer version of the app; update the app to "
        "import it",
        "{path}: el formato '{found}' es de una versión más reciente de la aplicación; "
        "actualícela para importarlo"),
    "scorecard.format_wrong": e(
        "{path} 看起来不是评分表文件：格式应为 {format}。",
        "{path}: $.format: must be '{format}' (is this a scorecard file?)",
        "{path}: el formato debe ser '{format}' (¿es un archivo de hojas de evaluación?)"),
    "scorecard.bad_unicode": e(
        "评分表文件 {path} 有问题：{where} 不是有效的 Unicode 文字。",
        "{path}: {where}: is not valid Unicode text",
        "{path}: {where}: no es un texto Unicode válido"),
    "scorecard.field_invalid": e(
        "评分表文件 {path} 的内容不符合格式。位置 {where}，英文详情：{problem}{more}。",
        "{path}: {where}: {problem}{more}",
        "{path}: el contenido no sigue el formato en {where} (detalle en inglés: "
        "{problem}){more}"),
    "file.more_problems": e(
        "（另有 {count} 处问题）",
        {"one": " (and {count} more problem)", "other": " (and {count} more problems)"},
        {"one": " (y {count} problema más)", "other": " (y {count} problemas más)"}),
    "scorecard.bad_time": e(
        "评分表文件 {path} 有问题：{where} 不是真实存在的日期和时间。",
        "{path}: {where}: is not a real date and time",
        "{path}: {where}: no es una fecha y hora reales"),
    "scorecard.duplicate_uid": e(
        "评分表文件 {path} 有问题：评分表 {uid} 在文件中出现了两次（$.scorecards[{index}].uid）。",
        "{path}: $.scorecards[{index}].uid: the scorecard {uid} is in the file twice",
        "{path}: $.scorecards[{index}].uid: la hoja de evaluación {uid} aparece dos veces en "
        "el archivo"),
    "scorecard.duplicate_answer": e(
        "评分表文件 {path} 有问题：问题“{question_id}”在同一份评分表中回答了两次"
        "（$.scorecards[{index}].answers[{number}]）。",
        "{path}: $.scorecards[{index}].answers[{number}].question_id: '{question_id}' is "
        "answered twice in this scorecard",
        "{path}: $.scorecards[{index}].answers[{number}].question_id: la pregunta "
        "'{question_id}' tiene dos respuestas en esta hoja de evaluación"),
    "scorecard.note_on_bank_question": e(
        "评分表文件 {path} 有问题：只有面试中补充的问题可以只作记录、不计分，问题“{question_id}”"
        "来自题库，必须有维度（$.scorecards[{index}].answers[{number}]）。",
        "{path}: $.scorecards[{index}].answers[{number}].dimension: only an added question "
        "may be a note without a dimension; '{question_id}' is a question of the bank",
        "{path}: $.scorecards[{index}].answers[{number}].dimension: solo una pregunta añadida "
        "puede ser una nota sin dimensión; '{question_id}' es una pregunta del banco"),
    "scorecard.empty": e(
        "评分表文件 {path} 是空的。", "{path}: the file is empty",
        "{path}: el archivo está vacío"),
    "scorecard.not_json": e(
        "评分表文件 {path} 不是有效的 JSON（第 {line} 行，第 {column} 列）。",
        "{path}: not valid JSON: {detail} (line {line}, column {column})",
        "{path}: no es un JSON válido (línea {line}, columna {column})"),
    "scorecard.not_json_deep": e(
        "评分表文件 {path} 不是有效的 JSON：嵌套层数太深。",
        "{path}: not valid JSON: nested too deeply",
        "{path}: no es un JSON válido: el anidamiento es demasiado profundo"),
    "scorecard.not_json_because": e(
        "评分表文件 {path} 不是有效的 JSON：{reason}",
        "{path}: not valid JSON: {reason}",
        "{path}: no es un JSON válido: {reason}"),
    "scorecard_json.duplicate_key": e(
        "键 {key} 出现了两次。", "the key {key} is given twice",
        "la clave {key} aparece dos veces"),
    "scorecard_json.constant": e(
        "{name} 不是 JSON 允许的数字。", "{name} is not a number JSON allows",
        "{name} no es un número que JSON admita"),
    "scorecard.number_too_long": e(
        "评分表文件 {path} 不是有效的 JSON：其中有一个数字位数过多。",
        "{path}: not valid JSON: a number is far too long",
        "{path}: no es un JSON válido: hay un número demasiado largo"),
    "scorecard.too_deep": e(
        "评分表文件 {path} 嵌套太深：列表和对象超过了 {limit} 层。",
        "{path}: nested too deeply: more than {limit} levels of lists and objects",
        "{path}: anidamiento demasiado profundo: más de {limit} niveles de listas y objetos"),
    "scorecard.cannot_read": e(
        "无法读取评分表文件 {path}：{reason}。",
        "{path}: cannot read the file: {reason}",
        "{path}: no se puede leer el archivo: {reason}"),
    "scorecard.too_large": e(
        "评分表文件 {path} 太大（超过 {limit_mb} MB）。",
        "{path}: the file is too large (over {limit_mb} MB)",
        "{path}: el archivo es demasiado grande (más de {limit_mb} MB)"),
    "scorecard.not_utf8": e(
        "评分表文件 {path} 不是 UTF-8 文字（第 {byte} 个字节出错）。",
        "{path}: not UTF-8 text (byte {byte})",
        "{path}: no es texto UTF-8 (byte {byte})"),

    # --- scorecard files this database cannot take ---------------------------------------------
    "scorecard.candidate_role_unknown": e(
        "无法导入 {path}：本数据库中没有岗位“{role_id}”。请先导入该岗位的题库。未导入任何内容。",
        "{path}: $.candidate.role_id: the role '{role_id}' is not in this database (import its "
        "question bank first); nothing was imported",
        "{path}: el puesto '{role_id}' no está en esta base de datos (importe antes su banco de "
        "preguntas); no se ha importado nada"),
    "scorecard.role_unknown": e(
        "无法导入 {path}：本数据库中没有岗位“{role_id}”（$.scorecards[{index}].role_id）。"
        "请先导入该岗位的题库。未导入任何内容。",
        "{path}: $.scorecards[{index}].role_id: the role '{role_id}' is not in this database "
        "(import its question bank first); nothing was imported",
        "{path}: $.scorecards[{index}].role_id: el puesto '{role_id}' no está en esta base de "
        "datos (importe antes su banco de preguntas); no se ha importado nada"),
    "scorecard.interviewer_too_long": e(
        "无法导入 {path}：面试官姓名超过了 {limit} 个字符（$.scorecards[{index}].interviewer）。"
        "未导入任何内容。",
        "{path}: $.scorecards[{index}].interviewer: is longer than {limit} characters; nothing "
        "was imported",
        "{path}: $.scorecards[{index}].interviewer: el nombre tiene más de {limit} caracteres; "
        "no se ha importado nada"),
    "scorecard.sitting_taken": e(
        "无法导入 {path}：$.scorecards[{index}]：面试官 {interviewer} 已有一份 {started_at} "
        "开始的该候选人评分表。未导入任何内容。",
        "{path}: $.scorecards[{index}].started_at: {interviewer} already has a scorecard for "
        "this candidate started at {started_at}; nothing was imported",
        "{path}: $.scorecards[{index}].started_at: {interviewer} ya tiene una hoja de "
        "evaluación de este candidato empezada el {started_at}; no se ha importado nada"),
    "scorecard.candidate_refused": e(
        "无法导入 {path}：文件中的候选人信息有问题。{reason}未导入任何内容。",
        "{path}: $.candidate: {reason}; nothing was imported",
        "{path}: datos del candidato: {reason}; no se ha importado nada"),
    "scorecard.name_invalid": e(
        "无法导入评分表文件 {path}：位置 {where}：{problem}",
        "{path}: {where}: {problem}",
        "no se puede importar {path}: en {where}, {problem}"),
    "scorecard.differs": e(
        "无法导入 {path}：$.scorecards[{index}]：{interviewer} 的评分表与本数据库中已有的那份"
        "不一致。未导入任何内容。",
        "{path}: $.scorecards[{index}].uid: the scorecard by {interviewer} differs from the "
        "copy already in this database; nothing was imported",
        "{path}: $.scorecards[{index}].uid: la hoja de evaluación de {interviewer} no coincide "
        "con la copia que ya hay en esta base de datos; no se ha importado nada"),
    "scorecard.already_imported": e(
        "{path} 中的每份评分表都已在本数据库中（这个文件之前已经导入过）。未作任何更改。",
        "{path}: every scorecard in this file is already in this database (it was already "
        "imported)",
        "{path}: todas las hojas de evaluación de este archivo ya están en esta base de datos "
        "(ya se importó); no se ha cambiado nada"),
}
