"""Messages about the data folder, the database, backups and files written for the user, and
the reasons the system gives (disk full, no permission, ...) that appear inside them."""
from __future__ import annotations

from hiring_app.i18n import entry as e

TEXTS = {
    # --- why the operating system refused (a part of a sentence) ------------------------------
    "os.no_space": e("磁盘已满", "No space left on device", "no queda espacio en el disco"),
    "os.permission": e("没有权限", "Permission denied", "permiso denegado"),
    "os.read_only": e("文件系统为只读", "Read-only file system",
                      "el sistema de archivos es de solo lectura"),
    "os.not_found": e("文件或文件夹不存在", "No such file or directory",
                      "el archivo o la carpeta no existe"),
    "os.is_folder": e("这是一个文件夹", "Is a directory", "es una carpeta"),
    "os.not_folder": e("路径中有一部分不是文件夹", "Not a directory",
                       "una parte de la ruta no es una carpeta"),
    "os.exists": e("文件已存在", "File exists", "el archivo ya existe"),
    "os.busy": e("文件正被占用", "Device or resource busy", "el archivo está en uso"),
    "os.io": e("磁盘读写出错", "Input/output error", "error de lectura o escritura en el disco"),
    "os.name_too_long": e("文件名太长", "File name too long",
                          "el nombre del archivo es demasiado largo"),
    "os.quota": e("已超出磁盘配额", "Disk quota exceeded", "se ha superado la cuota de disco"),
    # The system's own words, for an error the table above does not know.
    "os.other": e("系统报告：{detail}", "{detail}", "el sistema informa: {detail}"),

    # --- why a change could not be written -----------------------------------------------------
    "write.disk_full": e("磁盘已满", "the disk is full", "el disco está lleno"),
    "write.read_only": e("数据文件夹已变为只读", "the data folder has become read-only",
                         "la carpeta de datos se ha vuelto de solo lectura"),
    "write.busy": e("数据库正忙（另一个程序正在写入）",
                    "the database is busy (another program is writing to it)",
                    "la base de datos está ocupada (otro programa está escribiendo en ella)"),
    "write.disk_error": e("无法写入磁盘", "the disk could not be written",
                          "no se pudo escribir en el disco"),
    "write.no_permission": e("没有写入数据库的权限",
                             "there is no permission to write to the database",
                             "no tiene permiso para escribir en la base de datos"),
    "write.other": e("数据库拒绝了这次写入", "{detail}", "la base de datos rechazó la escritura"),
    "write.failed": e(
        "无法保存：{reason}。这次更改没有写入任何内容；问题解决后可以重试。",
        "could not save: {reason}; nothing of this change was written",
        "no se pudo guardar: {reason}; no se ha escrito nada de este cambio"),

    # --- the data folder -----------------------------------------------------------------------
    "data_folder.cannot_create": e(
        "无法创建数据文件夹 {path}：{reason}。请用 --data-dir 另选一个文件夹，或修正该文件夹的"
        "权限。未作任何更改。",
        "cannot create the data folder {path}: {reason}; choose another folder with "
        "--data-dir or fix its permissions (nothing was changed)",
        "no se puede crear la carpeta de datos {path}: {reason}; elija otra carpeta con "
        "--data-dir o corrija sus permisos (no se ha cambiado nada)"),
    "data_folder.not_a_folder": e(
        "数据文件夹 {path} 不是文件夹。请用 --data-dir 另选一个文件夹。未作任何更改。",
        "the data folder {path} is not a folder; choose another folder with --data-dir "
        "(nothing was changed)",
        "la carpeta de datos {path} no es una carpeta; elija otra con --data-dir "
        "(no se ha cambiado nada)"),
    "data_folder.not_writable": e(
        "无法写入数据文件夹 {path}：{reason}。请用 --data-dir 另选一个文件夹，或修正该文件夹的"
        "权限。未作任何更改。",
        "the data folder {path} is not writable: {reason}; choose another folder with "
        "--data-dir or fix its permissions (nothing was changed)",
        "no se puede escribir en la carpeta de datos {path}: {reason}; elija otra carpeta con "
        "--data-dir o corrija sus permisos (no se ha cambiado nada)"),
    # A notice, not an error: said once, when the app first uses a folder others could read.
    "data_folder.made_private": e(
        "数据文件夹 {path} 含有候选人的个人信息，原先其他用户也能访问（权限 {mode}），"
        "现已改为仅限本人访问（700）。",
        "the data folder {path} holds candidates' personal data and other users could open it "
        "(mode {mode}); it is now yours only (mode 700)",
        "la carpeta de datos {path} contiene datos personales de candidatos y otros usuarios "
        "podían abrirla (permisos {mode}); ahora solo usted puede acceder (permisos 700)"),

    # --- the database --------------------------------------------------------------------------
    "db.busy": e(
        "数据库 {path} 正忙（另一个程序正在写入）。请稍后重试。未作任何更改。",
        "the database {path} is busy (another program is writing to it); try again",
        "la base de datos {path} está ocupada (otro programa está escribiendo en ella); "
        "inténtelo de nuevo (no se ha cambiado nada)"),
    "db.restoring": e(
        "正在向 {path} 恢复备份。请在恢复完成后重试。未作任何更改。",
        "a backup is being restored into {path}; try again when it has finished (nothing was "
        "changed)",
        "se está restaurando una copia de seguridad en {path}; vuelva a intentarlo cuando "
        "termine (no se ha cambiado nada)"),
    "db_problem.not_a_database": e(
        "数据库文件 {path} 已损坏，或者不是数据库文件。",
        "the database {path} is damaged or not a database file: {detail}",
        "la base de datos {path} está dañada o no es un archivo de base de datos"),
    "db_problem.damaged": e(
        "数据库文件 {path} 已损坏。",
        "the database {path} is damaged",
        "la base de datos {path} está dañada"),
    "db_problem.check_failed": e(
        "数据库文件 {path} 已损坏（未通过完整性检查）。",
        "the database {path} is damaged: {detail}",
        "la base de datos {path} está dañada (no supera la comprobación de integridad)"),
    "db_problem.read_failed": e(
        "数据库文件 {path} 已损坏：读取时 SQLite 报告“{detail}”。",
        "the database {path} is damaged: reading it, SQLite reported '{detail}'",
        "la base de datos {path} está dañada: al leerla, SQLite informó «{detail}»"),
    "db_problem.bad_text": e(
        "数据库文件 {path} 已损坏：其中有不是有效 UTF-8 的文字。",
        "the database {path} is damaged: it holds text that is not valid UTF-8",
        "la base de datos {path} está dañada: contiene texto que no es UTF-8 válido"),
    "db_problem.empty": e(
        "数据库文件 {path} 是空的（0 字节），公司的数据不在其中，不能当作新数据库使用。",
        "the database {path} is empty (0 bytes): the company's data is not in it, and it is "
        "not taken for a new database",
        "la base de datos {path} está vacía (0 bytes): los datos de la empresa no están en ella "
        "y no se toma por una base de datos nueva"),
    "db_problem.no_backup_made": e(
        "数据库文件 {path} 未通过完整性检查（{issue}），因此没有为它做备份。",
        "the database {path} did not pass the full check ({issue}), so no backup of it was made",
        "la base de datos {path} no superó la comprobación completa ({issue}), así que no se "
        "hizo ninguna copia de ella"),
    "db.damaged": e(
        "{problem}文件保持原样，未写入任何内容；数据文件夹中也没有它的备份。请用您自己的副本"
        "恢复，或把它移到别处，以空数据库重新开始。",
        "{problem}; there is no backup to restore (the file was left exactly as it is: restore "
        "a copy of your own, or move it aside to start with an empty database)",
        "{problem}; no hay ninguna copia de seguridad que restaurar (el archivo se ha dejado "
        "tal cual: restaure una copia propia o apártelo para empezar con una base de datos "
        "vacía)"),
    "db.damaged_backup": e(
        "{problem}文件保持原样，未写入任何内容。最近一份完好的备份是 {backup_name}（含 "
        "{backup_candidates} 位候选人），可以用“hiring-app backup restore {backup_name}”恢复。",
        "{problem}; the latest good backup is {backup_name} (restore it with "
        "'hiring-app backup restore {backup_name}')",
        "{problem}; la copia de seguridad correcta más reciente es {backup_name}, con "
        "{backup_candidates} candidatos (restáurela con 'hiring-app backup restore "
        "{backup_name}')"),
    "snapshot.no_database": e(
        "找不到公司数据库 {path}，没有可以显示的内容。可以先用“{command}”载入演示公司，或用 "
        "--data-dir 指定公司所在的文件夹。",
        "there is no company database at {path}, so there is nothing to show; load the demo "
        "company with '{command}' first, or name the company's folder with --data-dir",
        "no hay ninguna base de datos de empresa en {path}, así que no hay nada que mostrar; "
        "cargue primero la empresa de demostración con '{command}' o indique la carpeta "
        "de la empresa con --data-dir"),
    "snapshot.cannot_copy": e(
        "无法把数据库 {path} 复制到临时文件夹：{reason}。数据库未作任何更改。",
        "cannot copy the database {path} to a temporary folder: {reason} (the database was "
        "not changed)",
        "no se puede copiar la base de datos {path} a una carpeta temporal: {reason} (la base "
        "de datos no se ha cambiado)"),
    "db.cannot_read": e(
        "无法读取数据库 {path}。请确认该文件可以读取、磁盘工作正常，然后重试。未作任何更改。",
        "cannot read the database {path}: {detail} (nothing was changed)",
        "no se puede leer la base de datos {path}; compruebe que el archivo se puede leer y "
        "que el disco funciona, y vuelva a intentarlo (no se ha cambiado nada)"),
    "db.is_folder": e(
        "{path} 是一个文件夹，不是公司数据库。请把它移走，或用 --data-dir 另选一个数据文件夹。"
        "未作任何更改。",
        "{path} is a folder, not a company database; move it aside or choose another data "
        "folder with --data-dir (nothing was changed)",
        "{path} es una carpeta, no una base de datos de la empresa; apártela o elija otra "
        "carpeta de datos con --data-dir (no se ha cambiado nada)"),
    "db.disk_full": e(
        "无法打开数据库 {path}：磁盘已满。请腾出一些空间后重试。未作任何更改。",
        "cannot open the database {path}: the disk is full; free some space and try again "
        "(nothing was changed)",
        "no se puede abrir la base de datos {path}: el disco está lleno; libere espacio y "
        "vuelva a intentarlo (no se ha cambiado nada)"),
    "db.too_new": e(
        "数据库 {path} 由更新版本的应用写入（架构步骤 {step}）。请更新应用后再打开。文件未作任何"
        "更改。",
        "the database {path} was written by a newer version of the app (schema step {step}); "
        "update the app to open it (the file was not changed)",
        "la base de datos {path} la escribió una versión más reciente de la aplicación (paso "
        "de esquema {step}); actualice la aplicación para abrirla (el archivo no se ha "
        "modificado)"),
    "db.cannot_create": e(
        "无法创建数据库 {path}：{reason}。请用 --data-dir 另选一个文件夹，或修正权限。",
        "cannot create the database {path}: {reason}; choose another folder with --data-dir "
        "or fix its permissions",
        "no se puede crear la base de datos {path}: {reason}; elija otra carpeta con "
        "--data-dir o corrija los permisos"),
    "db.cannot_open": e(
        "无法打开数据库 {path}。请确认该文件可以读写，然后重试。未作任何更改。",
        "cannot open the database {path}: {detail} (nothing was changed)",
        "no se puede abrir la base de datos {path}; compruebe que el archivo se puede leer y "
        "escribir, y vuelva a intentarlo (no se ha cambiado nada)"),
    "db.in_use": e(
        "数据库 {path} 正被另一个程序使用。请关闭该程序后重试。未作任何更改。",
        "the database {path} is in use by another program: {detail}; close it and try again "
        "(nothing was changed)",
        "otro programa está usando la base de datos {path}; ciérrelo y vuelva a intentarlo "
        "(no se ha cambiado nada)"),
    "db.no_wal": e(
        "数据库 {path} 无法切换到 WAL 日志模式，可能正被另一个程序使用。请关闭其他程序后重试。"
        "未作任何更改。",
        "the database {path} could not switch to WAL mode ({mode}); close any other program "
        "using it and try again (nothing was changed)",
        "la base de datos {path} no pudo pasar al modo WAL; quizá otro programa la está "
        "usando: ciérrelo y vuelva a intentarlo (no se ha cambiado nada)"),

    # --- files written for the user (reports, exports) ----------------------------------------
    "file.folder_missing": e(
        "无法写入 {folder}：该文件夹不存在。请另选一个文件夹。",
        "cannot write to {folder}: the folder does not exist; choose another folder",
        "no se puede escribir en {folder}: la carpeta no existe; elija otra carpeta"),
    "file.parent_not_folder": e(
        "无法写入 {folder}：它不是文件夹。请另选一个位置。",
        "cannot write to {folder}: it is not a folder; choose another place",
        "no se puede escribir en {folder}: no es una carpeta; elija otro lugar"),
    "file.is_folder": e(
        "{path} 是一个文件夹。请给出一个文件名。",
        "{path} is a folder; give a file name",
        "{path} es una carpeta; indique un nombre de archivo"),
    "file.folder_not_writable": e(
        "无法在文件夹 {folder} 中写入：{reason}。请另选一个文件夹。",
        "cannot write to the folder {folder}: {reason}; choose another folder",
        "no se puede escribir en la carpeta {folder}: {reason}; elija otra carpeta"),
    "file.inside_data_folder": e(
        "不能写入 {path}：它位于数据文件夹 {folder} 内，那里只存放本应用自己的文件（数据库和备份）。"
        "请另选一个位置。未作任何更改。",
        "cannot write {path}: it is inside the data folder {folder}, which holds only the app's "
        "own files (the database and its backups); choose another place (nothing was changed)",
        "no se puede escribir {path}: está dentro de la carpeta de datos {folder}, que solo "
        "guarda los archivos propios de la aplicación (la base de datos y sus copias); elija "
        "otro lugar (no se ha cambiado nada)"),
    "file.is_database": e(
        "不能写入 {path}：那里是一个数据库文件（或其附属文件），覆盖它会毁掉其中的数据。"
        "请另选一个文件名。未作任何更改。",
        "cannot write {path}: it is a database file (or one of its side files) and replacing "
        "it would destroy its data; choose another file name (nothing was changed)",
        "no se puede escribir {path}: es un archivo de base de datos (o uno de sus archivos "
        "auxiliares) y reemplazarlo destruiría sus datos; elija otro nombre de archivo (no se "
        "ha cambiado nada)"),
    "file.cannot_write": e(
        "无法写入 {path}：{reason}。没有留下写了一半的文件，原有的文件保持不变。",
        "cannot write {path}: {reason}; nothing was written",
        "no se puede escribir {path}: {reason}; no se ha escrito nada"),

    # --- one window per data folder ------------------------------------------------------------
    "app.open_elsewhere": e(
        "招聘面试助手正在使用数据文件夹 {folder}。请先关闭它再试。未作任何更改。",
        "the Hiring Assistant is open on {folder}; close it first (nothing was changed)",
        "el Asistente de contratación está abierto en {folder}; ciérrelo primero (no se ha "
        "cambiado nada)"),

    # --- backups -------------------------------------------------------------------------------
    "backup.folder_cannot_create": e(
        "无法创建备份文件夹 {path}：{reason}。没有做备份。",
        "cannot create the backup folder {path}: {reason}; no backup was made",
        "no se puede crear la carpeta de copias de seguridad {path}: {reason}; no se ha hecho "
        "ninguna copia"),
    "backup.cannot_make": e(
        "无法在 {path} 中做备份：{reason}。没有留下不完整的备份。",
        "could not make a backup in {path}: {reason}; no partial backup was left behind",
        "no se pudo hacer una copia de seguridad en {path}: {reason}; no queda ninguna copia "
        "a medias"),
    "backup.not_found": e(
        "找不到备份文件 {name}。可用“hiring-app backup list”查看已有的备份。",
        "no backup file {name} ('hiring-app backup list' lists them)",
        "no existe el archivo de copia de seguridad {name} ('hiring-app backup list' muestra "
        "las copias)"),
    "backup.cannot_delete": e(
        "无法删除 {path}：{reason}。",
        "could not delete {path}: {reason}",
        "no se pudo eliminar {path}: {reason}"),
    "backup.cannot_keep_copy": e(
        "无法在 {folder} 中保留 {name} 的副本：{reason}。未作任何更改。",
        "could not keep a copy of {name} in {folder}: {reason}; nothing was changed",
        "no se pudo guardar una copia de {name} en {folder}: {reason}; no se ha cambiado nada"),
    "backup.cannot_restore": e(
        "无法恢复 {name}：{problem}。当前数据库未作任何更改。",
        "{name} cannot be restored: {problem}; the current database was not changed",
        "no se puede restaurar {name}: {problem}; la base de datos actual no se ha modificado"),
    "backup.restore_failed": e(
        "无法恢复 {name}：{reason}。当前数据库未作任何更改。",
        "could not restore {name}: {reason}; the current database was not changed",
        "no se pudo restaurar {name}: {reason}; la base de datos actual no se ha modificado"),
    "backup.db_in_use": e(
        "{path} 正被另一个程序使用。请关闭它后重试。未作任何更改。",
        "{path} is in use by another program; close it and try again (nothing was changed)",
        "otro programa está usando {path}; ciérrelo y vuelva a intentarlo (no se ha cambiado "
        "nada)"),
    "backup.keep_out_of_range": e(
        "自动备份的保留份数应在 1 到 {limit} 之间。设置未更改。",
        "keep between 1 and {limit} automatic backups (the setting was not changed)",
        "conserve entre 1 y {limit} copias automáticas (no se ha cambiado el ajuste)"),
    "backup.outside_folder": e(
        "{path} 不在本公司的备份文件夹中，未删除任何文件。",
        "{path} is not in this company's backup folder; nothing was deleted",
        "{path} no está en la carpeta de copias de seguridad de esta empresa; no se ha "
        "eliminado nada"),

    # --- what is wrong with a backup file (a part of a sentence) -------------------------------
    "backup_check.cannot_open": e("无法打开", "cannot be opened: {detail}", "no se puede abrir"),
    "backup_check.damaged": e("文件已损坏", "damaged: {detail}", "está dañada"),
    "backup_check.not_ours": e("不是招聘面试助手的数据库", "not a Hiring Assistant database",
                               "no es una base de datos del Asistente de contratación"),
    "backup_check.too_new": e("由更新版本的应用写入", "written by a newer version of the app",
                              "la escribió una versión más reciente de la aplicación"),
    "backup_check.unreadable": e("已损坏或不是数据库", "damaged or not a database: {detail}",
                                 "está dañada o no es una base de datos"),
    "backup_check.bad_text": e("已损坏：其中有不是有效 UTF-8 的文字",
                               "damaged: it holds text that is not valid UTF-8",
                               "está dañada: contiene texto que no es UTF-8 válido"),

    # --- kinds of backup, as listed ------------------------------------------------------------
    "backup_kind.auto": e("自动", "auto", "automática"),
    "backup_kind.manual": e("手动", "manual", "manual"),
    "backup_kind.before_upgrade": e("升级前", "before-upgrade", "antes de actualizar"),
    "backup_kind.before_restore": e("恢复前", "before-restore", "antes de restaurar"),
    "backup_kind.damaged": e("已损坏", "damaged", "dañada"),
}
