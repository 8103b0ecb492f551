<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdhocQuestionDialog</name>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>A note only (not scored)</source>
        <translation>Solo una nota (no puntúa)</translation>
    </message>
    <message>
        <source>Choose what the answer tells you about…</source>
        <translation>Elija qué le dice la respuesta…</translation>
    </message>
    <message>
        <source>A scored question counts toward the dimension you choose. Questions about availability, logistics or anything you only want to record are notes.</source>
        <translation>Una pregunta puntuada cuenta en la dimensión que elija. Las preguntas sobre disponibilidad, logística o cualquier cosa que solo quiera anotar son notas.</translation>
    </message>
    <message>
        <source>The question you want to ask:</source>
        <translation>La pregunta que quiere hacer:</translation>
    </message>
    <message>
        <source>It tells you about</source>
        <translation>Le informa sobre</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>A candidate applies</source>
        <translation>Un candidato se postula</translation>
    </message>
</context>
<context>
    <name>AskStage</name>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Notes on this answer</source>
        <translation>Notas sobre esta respuesta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>Agregar pregunta…</translation>
    </message>
    <message>
        <source>Ask earlier</source>
        <translation>Preguntar antes</translation>
    </message>
    <message>
        <source>Ask later</source>
        <translation>Preguntar después</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>{dimension} · {facet} · weight {weight}</source>
        <translation>{dimension} · {facet} · peso {weight}</translation>
    </message>
    <message>
        <source>knock-out: {limit} or lower turns the candidate down</source>
        <translation>descarte directo: con {limit} o menos se rechaza</translation>
    </message>
    <message>
        <source>A note only: not scored</source>
        <translation>Solo una nota: no puntúa</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Qué escuchar</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Repreguntas</translation>
    </message>
    <message>
        <source>Scoring guide</source>
        <translation>Guía de puntuación</translation>
    </message>
    <message>
        <source>An added question: score it as you judge.</source>
        <translation>Pregunta añadida: puntúela según su criterio.</translation>
    </message>
    <message>
        <source>An added question kept as a note: write down the answer; it does not change the scores.</source>
        <translation>Pregunta añadida como nota: anote la respuesta; no cambia las puntuaciones.</translation>
    </message>
    <message>
        <source>This question: {time}</source>
        <translation>Esta pregunta: {time}</translation>
    </message>
</context>
<context>
    <name>AssessStage</name>
    <message>
        <source>Red flags you noticed</source>
        <translation>Señales de alerta observadas</translation>
    </message>
    <message>
        <source>Team fit</source>
        <translation>Encaje con el equipo</translation>
    </message>
    <message>
        <source>The boss&apos;s style</source>
        <translation>Estilo del jefe</translation>
    </message>
    <message>
        <source>Other interviewers</source>
        <translation>Otros entrevistadores</translation>
    </message>
    <message>
        <source>Team role they would fill</source>
        <translation>Rol que cumpliría en el equipo</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>En conjunto</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Attitude {attitude} ({attitude_n} answers) · Ability {ability} ({ability_n} answers)</source>
        <translation>Actitud {attitude} ({attitude_n} respuestas) · Capacidad {ability} ({ability_n} respuestas)</translation>
    </message>
    <message>
        <source>Score at least one attitude and one ability question to place the candidate.</source>
        <translation>Puntúe al menos una pregunta de actitud y una de capacidad para ubicar al candidato.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Interviewer calibration</source>
        <translation>Calibración de entrevistadores</translation>
    </message>
    <message>
        <source>No candidate has scorecards from two interviewers yet.

When two or more interviewers each submit a scorecard for the same candidate, this shows how each one&apos;s scores compare with the others&apos;.</source>
        <translation>Ningún candidato tiene todavía hojas de evaluación de dos entrevistadores.

Cuando dos o más entrevistadores envíen cada uno una hoja para el mismo candidato, aquí verá cómo puntúa cada uno en comparación con los demás.</translation>
    </message>
    <message>
        <source>Each difference is the interviewer&apos;s score (1–5) minus the mean of the other interviewers on the same candidate, averaged over the candidates they share: above zero they score higher than their colleagues, below zero lower. A difference of ±{gap} or more over at least {count} shared candidates is flagged: orange rows lenient, blue rows harsh.</source>
        <translation>Cada diferencia es la puntuación del entrevistador (1–5) menos la media de los demás entrevistadores con el mismo candidato, promediada sobre los candidatos que comparten: por encima de cero puntúa más alto que sus colegas, por debajo más bajo. Una diferencia de ±{gap} o más con al menos {count} candidatos compartidos se marca: filas naranjas indulgente, filas azules severo.</translation>
    </message>
    <message>
        <source>A number in brackets: that dimension was compared on only that many of the shared candidates.</source>
        <translation>Un número entre paréntesis: esa dimensión solo se comparó en esa cantidad de los candidatos compartidos.</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Shared candidates</source>
        <translation>Candidatos compartidos</translation>
    </message>
    <message>
        <source>Attitude ±</source>
        <translation>Actitud ±</translation>
    </message>
    <message>
        <source>Ability ±</source>
        <translation>Capacidad ±</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Lenient on attitude</source>
        <translation>Indulgente en actitud</translation>
    </message>
    <message>
        <source>Harsh on attitude</source>
        <translation>Severo en actitud</translation>
    </message>
    <message>
        <source>Lenient on ability</source>
        <translation>Indulgente en capacidad</translation>
    </message>
    <message>
        <source>Harsh on ability</source>
        <translation>Severo en capacidad</translation>
    </message>
    <message>
        <source>In line with colleagues</source>
        <translation>En línea con sus colegas</translation>
    </message>
    <message>
        <source>Fewer than {count} shared candidates</source>
        <translation>Menos de {count} candidatos compartidos</translation>
    </message>
    <message>
        <source>{shared} of the {candidates} candidates {name} scored were also scored by a colleague</source>
        <translation>{shared} de los {candidates} candidatos que puntuó {name} también los puntuó un colega</translation>
    </message>
    <message>
        <source>No colleague scored this on the same candidates</source>
        <translation>Ningún colega puntuó esto con los mismos candidatos</translation>
    </message>
    <message>
        <source>Mean difference from colleagues over {count} candidate(s)</source>
        <translation>Diferencia media respecto a sus colegas en {count} candidato(s)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nuevo candidato</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>New candidate…</source>
        <translation>Nuevo candidato…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Correct the name, contact details, channel, role or notes (F2, or double-click the row)</source>
        <translation>Corrija el nombre, los datos de contacto, el canal, el puesto o las notas (F2, o doble clic en la fila)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>{verb} adding {name}</source>
        <translation>{verb} el alta de {name}</translation>
    </message>
    <message>
        <source>{verb} changes to {name}</source>
        <translation>{verb} los cambios en {name}</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>No se puede editar</translation>
    </message>
    <message>
        <source>Saved {name}. Ctrl+Z undoes it.</source>
        <translation>Se ha guardado {name}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>in notes</source>
        <translation>en notas</translation>
    </message>
    <message>
        <source>in interviewers</source>
        <translation>en entrevistadores</translation>
    </message>
    <message>
        <source>Found in the notes: {excerpt}</source>
        <translation>Encontrado en las notas: {excerpt}</translation>
    </message>
    <message>
        <source>Found in the interviewers: {names}</source>
        <translation>Encontrado en los entrevistadores: {names}</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <source>No candidates yet</source>
        <translation>Todavía no hay candidatos</translation>
    </message>
    <message>
        <source>Add the people who applied, start an interview (the candidate is added as you start), or try the app on made-up candidates first.</source>
        <translation>Añada a las personas que se postularon, inicie una entrevista (la persona se registra al empezar) o pruebe primero la aplicación con candidatos inventados.</translation>
    </message>
    <message>
        <source>New candidate… (Ctrl+N)</source>
        <translation>Nuevo candidato… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Iniciar una entrevista</translation>
    </message>
    <message>
        <source>Load demo candidates…</source>
        <translation>Cargar candidatos de demostración…</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Comparar selección</translation>
    </message>
    <message>
        <source>Debrief and decide…</source>
        <translation>Puesta en común y decisión…</translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards side by side, every disagreement, and the hiring decision (Ctrl+D)</source>
        <translation>Las evaluaciones del panel lado a lado, cada desacuerdo y la decisión de contratación (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark hired</source>
        <translation>Marcar contratado</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Marcar no incorporado</translation>
    </message>
    <message>
        <source>Back to interviewing</source>
        <translation>Volver a entrevistas</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Erase this candidate with every interview, note and score, leaving no trace</source>
        <translation>Borrar a este candidato con todas sus entrevistas, notas y puntuaciones, sin dejar rastro</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Everything held about this candidate, as a JSON file (for a request to see it)</source>
        <translation>Todos los datos guardados sobre este candidato, en un archivo JSON (para atender una solicitud de acceso a sus datos)</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los puestos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>Todos los cuadrantes</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Todas las vacantes</translation>
    </message>
    <message>
        <source>Position {id}: {role}</source>
        <translation>Vacante {id}: {role}</translation>
    </message>
    <message>
        <source>Getting the list ready for quick search and sorting (once, after an update): {made} of {total} candidates…</source>
        <translation>Preparando la lista para buscar y ordenar al instante (una sola vez, tras una actualización): {made} de {total} candidatos…</translation>
    </message>
    <message>
        <source>{count} — the list could not be made ready for quick search: {reason}</source>
        <translation>{count}: no se pudo preparar la lista para buscar al instante: {reason}</translation>
    </message>
    <message>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} de {total} candidatos</translation>
    </message>
    <message>
        <source>No candidate matches: 1 filter is active.</source>
        <translation>Ningún candidato coincide: hay 1 filtro activo.</translation>
    </message>
    <message>
        <source>No candidate matches: {count} filters are active.</source>
        <translation>Ningún candidato coincide: hay {count} filtros activos.</translation>
    </message>
    <message>
        <source>No candidate matches “{text}”.</source>
        <translation>Ningún candidato coincide con «{text}».</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Select 2 to 20 candidates (Ctrl+click)</source>
        <translation>Seleccione de 2 a 20 candidatos (Ctrl+clic)</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>Ningún candidato seleccionado</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Panel summary</source>
        <translation>Resumen del panel</translation>
    </message>
    <message>
        <source>submitted {when}</source>
        <translation>enviada el {when}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>attitude {attitude}, ability {ability}, recommends: {decision}</source>
        <translation>actitud {attitude}, capacidad {ability}, recomienda: {decision}</translation>
    </message>
    <message>
        <source>Cannot open the debrief</source>
        <translation>No se puede abrir la puesta en común</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>No se puede cambiar el estado</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>No se puede borrar</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <source>Any position</source>
        <translation>Cualquier vacante</translation>
    </message>
    <message>
        <source>Position {id}: {role}</source>
        <translation>Vacante {id}: {role}</translation>
    </message>
    <message>
        <source>Compare the best 20 of this role</source>
        <translation>Comparar los 20 mejores del puesto</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Choose 2 to 20 candidates on the Candidates screen (Ctrl+click) and press “Compare selected”, or compare the best of a role.</source>
        <translation>Elija de 2 a 20 candidatos en la pantalla Candidatos (Ctrl+clic) y pulse “Comparar selección”, o compare los mejores de un puesto.</translation>
    </message>
    <message>
        <source>{count} candidates, ranked by quadrant, then weighted total; knock-outs last. Green: the best value of a row where at least two candidates differ; red: interviewers 2 or more points apart. Click a point or double-click a name for the record.</source>
        <translation>{count} candidatos, ordenados por cuadrante y luego por total ponderado; los descartes directos, al final. Verde: el mejor valor de las filas en las que al menos dos candidatos tienen puntuaciones distintas; rojo: entrevistadores separados por 2 puntos o más. Haga clic en un punto o doble clic en un nombre para ver la ficha.</translation>
    </message>
    <message>
        <source>Not enough candidates</source>
        <translation>No hay suficientes candidatos</translation>
    </message>
    <message>
        <source>This role has fewer than two candidates with a submitted scorecard.</source>
        <translation>Este puesto tiene menos de dos candidatos con una hoja de evaluación enviada.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something unexpected went wrong in the app. This is a fault of the app, not something you did.

Your data is safe: everything is saved as you type, and notes not saved yet are kept and saved again. You can carry on; if the same thing happens again, restart the app.

The technical details are under “Show Details…”: copy them for whoever looks after the app.</source>
        <translation>Ha ocurrido algo inesperado en la aplicación. Es un fallo de la aplicación, no algo que usted haya hecho.

Sus datos están a salvo: todo se guarda mientras escribe, y las notas aún no guardadas se conservan y se guardan de nuevo. Puede continuar; si vuelve a ocurrir lo mismo, reinicie la aplicación.

Los detalles técnicos están en «Mostrar detalles…»: cópielos para quien se encargue de la aplicación.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export the candidate&apos;s data</source>
        <translation>Exportar los datos del candidato</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>DataSafetyDialog</name>
    <message>
        <source>Backups and privacy</source>
        <translation>Copias de seguridad y privacidad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>A backup is made when the app starts (at most once a day) and before every upgrade of the database. Restoring one keeps the current file in the backup folder.</source>
        <translation>Se hace una copia de seguridad al iniciar la aplicación (como máximo una vez al día) y antes de cada actualización de la base de datos. Al restaurar una copia, el archivo actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>Copias automáticas que conservar:</translation>
    </message>
    <message>
        <source>Candidates&apos; records are personal data. Set how long to keep candidates who were not hired; those past the period are listed here to erase, with every interview and note. Hired candidates are never listed.</source>
        <translation>Los registros de los candidatos son datos personales. Indique cuánto tiempo conservar a los candidatos no contratados; los que superen ese plazo aparecen aquí para borrarlos, con todas sus entrevistas y notas. Los candidatos contratados nunca aparecen en esta lista.</translation>
    </message>
    <message>
        <source>Keep candidates not hired for (months, 0 = no limit):</source>
        <translation>Conservar a los candidatos no contratados durante (meses, 0 = sin límite):</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Erase these candidates…</source>
        <translation>Borrar estos candidatos…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>reemplazada al restaurar</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>archivo dañado apartado</translation>
    </message>
    <message>
        <source>{candidates} candidates, {interviews} interviews</source>
        <translation>{candidates} candidatos, {interviews} entrevistas</translation>
    </message>
    <message>
        <source>cannot be restored: {problem}</source>
        <translation>no se puede restaurar: {problem}</translation>
    </message>
    <message>
        <source>No limit is set.</source>
        <translation>No se ha fijado ningún límite.</translation>
    </message>
    <message>
        <source>{count} candidate(s) not hired and inactive for more than {months} months:</source>
        <translation>{count} candidato(s) no contratado(s) y sin actividad desde hace más de {months} meses:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from {date}? The window closes and opens again on the restored data; the current file is kept in the backup folder.</source>
        <translation>¿Reemplazar los datos actuales por la copia de seguridad del {date}? La ventana se cerrará y se abrirá de nuevo con los datos restaurados; el archivo actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Eliminar copias de seguridad</translation>
    </message>
    <message>
        <source>Delete {count} backup file(s) for good?</source>
        <translation>¿Eliminar definitivamente {count} archivo(s) de copia de seguridad?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Erase candidates</source>
        <translation>Borrar candidatos</translation>
    </message>
    <message>
        <source>Erase these {count} candidate(s) for good, with every interview and note?

{names}</source>
        <translation>¿Borrar definitivamente estos {count} candidato(s), con todas sus entrevistas y notas?

{names}</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief — {name}</source>
        <translation>Puesta en común — {name}</translation>
    </message>
    <message>
        <source>The hiring decision</source>
        <translation>La decisión de contratación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Record decision (Ctrl+Enter)</source>
        <translation>Registrar la decisión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>This goes against the recommendation ({recommended}): the reason you write is kept with the decision.</source>
        <translation>Esto va en contra de la recomendación ({recommended}): el motivo que escriba se guarda con la decisión.</translation>
    </message>
    <message>
        <source>No scorecard has been submitted: you are deciding without the panel&apos;s scores.</source>
        <translation>No se ha enviado ninguna evaluación: está decidiendo sin las puntuaciones del panel.</translation>
    </message>
    <message>
        <source>Choose a decision and write the reason first.</source>
        <translation>Elija primero una decisión y escriba el motivo.</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>No submitted scorecard yet.</source>
        <translation>Todavía no hay ninguna evaluación enviada.</translation>
    </message>
    <message>
        <source>No other interviewer has submitted a scorecard yet.</source>
        <translation>Ningún otro entrevistador ha enviado todavía su evaluación.</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Their verdict</source>
        <translation>Su veredicto</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Recomienda</translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Combined ({count} scorecards): attitude {attitude}, ability {ability}</source>
        <translation>En conjunto ({count} evaluaciones): actitud {attitude}, capacidad {ability}</translation>
    </message>
    <message>
        <source>Recommendation: {decision}</source>
        <translation>Recomendación: {decision}</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>knock-out</source>
        <translation>descarte directo</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Not counted yet (not submitted): {names}</source>
        <translation>Aún no cuentan (sin enviar): {names}</translation>
    </message>
    <message>
        <source>No hiring decision yet.</source>
        <translation>Todavía no hay decisión de contratación.</translation>
    </message>
    <message>
        <source>{when}, by {name}</source>
        <translation>{when}, por {name}</translation>
    </message>
    <message>
        <source>Hiring decision: {decision} ({by})</source>
        <translation>Decisión de contratación: {decision} ({by})</translation>
    </message>
    <message>
        <source>This goes against the recommendation.</source>
        <translation>Esto va en contra de la recomendación.</translation>
    </message>
</context>
<context>
    <name>DecideStage</name>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Formar</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>En &amp;espera</translation>
    </message>
    <message>
        <source>H&amp;ire</source>
        <translation>&amp;Contratar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Why (the reason is kept with your recommendation)</source>
        <translation>Motivo (se guarda con su recomendación)</translation>
    </message>
    <message>
        <source>Debrief and decide…</source>
        <translation>Puesta en común y decisión…</translation>
    </message>
    <message>
        <source>The matrix recommends: {decision}. Your choice is your recommendation to whoever decides.</source>
        <translation>La matriz recomienda: {decision}. Su elección es su recomendación para quien decide.</translation>
    </message>
    <message>
        <source>No recommendation yet: not enough evidence. Ask more questions before choosing.</source>
        <translation>Aún sin recomendación: faltan datos. Haga más preguntas antes de elegir.</translation>
    </message>
    <message>
        <source>Submitted {when}. Your recommendation: &lt;b&gt;{decision}&lt;/b&gt;. The hiring decision is taken in the debrief, once the panel&apos;s scorecards are in.</source>
        <translation>Enviada el {when}. Su recomendación: &lt;b&gt;{decision}&lt;/b&gt;. La decisión de contratación se toma en la puesta en común, cuando estén las evaluaciones del panel.</translation>
    </message>
    <message>
        <source>Submit scorecard (Ctrl+Enter)</source>
        <translation>Enviar hoja de evaluación (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No recommendation yet: score more questions.</source>
        <translation>Aún no hay recomendación: puntúe más preguntas.</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>Primero elija una decisión.</translation>
    </message>
</context>
<context>
    <name>DoNotAsk</name>
    <message>
        <source>Why, and what to ask instead (Ctrl+Shift+D)</source>
        <translation>Por qué, y qué preguntar en su lugar (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Instead: {text}</source>
        <translation>En su lugar: {text}</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ocultar</translation>
    </message>
    <message>
        <source>why, and what instead</source>
        <translation>por qué, y qué preguntar en su lugar</translation>
    </message>
    <message>
        <source>Do not ask, note or score:</source>
        <translation>No pregunte, anote ni puntúe:</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erase candidate</source>
        <translation>Borrar candidato</translation>
    </message>
    <message>
        <source>Erase {name} for good: {count} interview(s), every note, score, status change and attached résumé? This cannot be undone.

PDF reports or scorecard files you saved elsewhere are not touched; delete those yourself.</source>
        <translation>¿Borrar definitivamente a {name}: {count} entrevista(s) y todas sus notas, puntuaciones, cambios de estado y currículums adjuntos? Esta acción no se puede deshacer.

Los informes PDF o archivos de hojas de evaluación que haya guardado en otro lugar no se modifican; elimínelos usted mismo.</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>No se puede borrar</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>The candidate is erased. Some leftover bytes in the database file could not be cleared yet (another program is reading it, or the disk is full); they are cleared the next time the app starts.</source>
        <translation>El candidato ha sido borrado. Algunos restos en el archivo de la base de datos aún no se han podido limpiar (otro programa lo está leyendo o el disco está lleno); se limpiarán la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Erased people are back</source>
        <translation>Han vuelto personas borradas</translation>
    </message>
    <message>
        <source>The restored backup was made before {count} person(s) were erased, so they are back:

{names}

Erase them again?</source>
        <translation>La copia restaurada se hizo antes de borrar a {count} persona(s), así que han vuelto:

{names}

¿Borrarlas otra vez?</translation>
    </message>
    <message>
        <source>Erase them again</source>
        <translation>Borrarlas otra vez</translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation>Conservarlas por ahora</translation>
    </message>
    <message>
        <source>Backups still hold this data</source>
        <translation>Las copias de seguridad aún contienen estos datos</translation>
    </message>
    <message>
        <source>The candidate is erased from the database. These backups were made before and still hold their data:

{names}

Delete these backups too?</source>
        <translation>El candidato se ha borrado de la base de datos. Estas copias de seguridad se hicieron antes y todavía contienen sus datos:

{names}

¿Eliminar también estas copias?</translation>
    </message>
    <message>
        <source>Delete these backups</source>
        <translation>Eliminar estas copias</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Writing reports…</source>
        <translation>Generando informes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing reports… {done} of {total}</source>
        <translation>Generando informes… {done} de {total}</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Informes generados</translation>
    </message>
    <message>
        <source>{count} reports written to {folder}</source>
        <translation>{count} informes guardados en {folder}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name, pinyin, role or notes (Ctrl+F)</source>
        <translation>Nombre, pinyin, puesto o notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds names, also by pinyin or its initials (李明: liming, lm), roles, interviewers and notes</source>
        <translation>Busca nombres, también por su pinyin o sus iniciales (李明: liming, lm), puestos, entrevistadores y notas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Only candidates interviewed (or added) in a period</source>
        <translation>Solo los candidatos entrevistados (o añadidos) en un periodo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every candidate again (the search stays)</source>
        <translation>Volver a mostrar todos los candidatos (la búsqueda se mantiene)</translation>
    </message>
    <message>
        <source>1 filter active</source>
        <translation>1 filtro activo</translation>
    </message>
    <message>
        <source>{count} filters active</source>
        <translation>{count} filtros activos</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>1 Observe</source>
        <translation>1 Observar</translation>
    </message>
    <message>
        <source>2 Listen</source>
        <translation>2 Escuchar</translation>
    </message>
    <message>
        <source>3 Ask</source>
        <translation>3 Preguntar</translation>
    </message>
    <message>
        <source>4 Assess</source>
        <translation>4 Evaluar</translation>
    </message>
    <message>
        <source>5 Decide</source>
        <translation>5 Decidir</translation>
    </message>
    <message>
        <source>{candidate} · {role} · interviewer {interviewer}</source>
        <translation>{candidate} · {role} · entrevistador: {interviewer}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicadores (KPI)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Qué explorar</translation>
    </message>
    <message>
        <source>Interview {time}</source>
        <translation>Entrevista: {time}</translation>
    </message>
    <message>
        <source>This interview was erased by another program: what you typed is still shown but can no longer be saved. Copy what you need, then close it.</source>
        <translation>Otro programa ha borrado esta entrevista: lo que escribió sigue a la vista, pero ya no se puede guardar. Copie lo que necesite y luego ciérrela.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Not saved yet, retrying — your text is kept</source>
        <translation>Aún sin guardar, reintentando — su texto se conserva</translation>
    </message>
    <message>
        <source>A change was refused</source>
        <translation>Se rechazó un cambio</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Not enough evidence for a verdict yet:
{shortfalls}

You can go back and ask more questions, or submit anyway: the verdict will say the evidence is thin.

{question}</source>
        <translation>Aún faltan datos para un veredicto:
{shortfalls}

Puede volver y hacer más preguntas, o enviar igualmente: el veredicto indicará que faltan datos.

{question}</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>Enviar hoja de evaluación</translation>
    </message>
    <message>
        <source>Submit your scorecard? It cannot be changed afterwards, and other interviewers&apos; scores become visible to you.</source>
        <translation>¿Enviar su hoja de evaluación? Después no podrá modificarla, y podrá ver las puntuaciones de los demás entrevistadores.</translation>
    </message>
    <message>
        <source>Keys: Ctrl+PgDn / Ctrl+PgUp next / previous question · Alt+1…5 score (Alt+0 clears) · Ctrl+K skip · Ctrl+L notes · Ctrl+Shift+L free notes · Ctrl+] / Ctrl+[ next / previous stage · Ctrl+Enter submit</source>
        <translation>Teclas: Ctrl+PgDn / Ctrl+PgUp pregunta siguiente / anterior · Alt+1…5 puntuar (Alt+0 borra) · Ctrl+K saltar · Ctrl+L notas · Ctrl+Shift+L notas libres · Ctrl+] / Ctrl+[ etapa siguiente / anterior · Ctrl+Enter enviar</translation>
    </message>
    <message>
        <source>Free notes (any stage, Ctrl+Shift+L)</source>
        <translation>Notas libres (en cualquier etapa, Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>No se puede enviar</translation>
    </message>
</context>
<context>
    <name>InterviewsScreen</name>
    <message>
        <source>the database did not answer in time</source>
        <translation>la base de datos no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Last interview</source>
        <translation>Última entrevista</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>Import question bank</source>
        <translation>Importar banco de preguntas</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml);;All files (*)</source>
        <translation>Bancos de preguntas (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación completada</translation>
    </message>
    <message>
        <source>{added} roles added, {updated} updated; {qadded} questions added, {qupdated} updated.</source>
        <translation>{added} puestos agregados y {updated} actualizados; {qadded} preguntas agregadas y {qupdated} actualizadas.</translation>
    </message>
    <message>
        <source>Export question bank</source>
        <translation>Exportar banco de preguntas</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml)</source>
        <translation>Bancos de preguntas (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported {count} roles to {path}</source>
        <translation>Se exportaron {count} puestos a {path}</translation>
    </message>
    <message>
        <source>Restore built-in library</source>
        <translation>Restaurar biblioteca predefinida</translation>
    </message>
    <message>
        <source>Put every built-in role back as it shipped? Your own roles, and questions you added to built-in roles, stay as they are. This cannot be undone.</source>
        <translation>¿Restaurar todos los puestos predefinidos a su versión original? Sus puestos propios y las preguntas que agregó a puestos predefinidos se conservan tal como están. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored {count} built-in roles</source>
        <translation>Se restauraron {count} puestos predefinidos</translation>
    </message>
</context>
<context>
    <name>ListenStage</name>
    <message>
        <source>Ask for a short self-introduction and let the candidate speak. Check your first impression against what you hear.</source>
        <translation>Pida una breve presentación personal y deje hablar al candidato. Contraste su primera impresión con lo que escucha.</translation>
    </message>
    <message>
        <source>Notes on the self-introduction</source>
        <translation>Notas sobre la presentación personal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Copia de seguridad creada: {name}</translation>
    </message>
    <message>
        <source>The app is already open here; use this window.</source>
        <translation>La aplicación ya está abierta aquí; use esta ventana.</translation>
    </message>
    <message>
        <source>{count} candidate(s) past the retention period: review…</source>
        <translation>{count} candidato(s) superaron el plazo de conservación: revisar…</translation>
    </message>
    <message>
        <source>Load demo candidates</source>
        <translation>Cargar candidatos de demostración</translation>
    </message>
    <message>
        <source>Add {count} made-up candidates with their interviews and scorecards to this company, so that you can try every screen?

They are not real people. Try them in a company you will not use for real hiring, or erase them before you start.</source>
        <translation>¿Añadir a esta empresa {count} candidatos inventados, con sus entrevistas y hojas de evaluación, para probar todas las pantallas?

No son personas reales. Pruébelos en una empresa que no vaya a usar para contratar de verdad, o bórrelos antes de empezar.</translation>
    </message>
    <message>
        <source>{count} demo candidates added.</source>
        <translation>Se han añadido {count} candidatos de demostración.</translation>
    </message>
    <message>
        <source>About the Hiring Assistant</source>
        <translation>Acerca del Asistente de contratación</translation>
    </message>
    <message>
        <source>Hiring Assistant {version}

Database: {path}
Schema version: {schema}

Everything stays on this computer.</source>
        <translation>Asistente de contratación {version}

Base de datos: {path}
Versión del esquema: {schema}

Todos los datos se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Hiring Assistant</source>
        <translation>Asistente de contratación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Backups and &amp;privacy…</source>
        <translation>Copias de seguridad y &amp;privacidad…</translation>
    </message>
    <message>
        <source>Load &amp;demo candidates…</source>
        <translation>Cargar candidatos de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Interviewer &amp;calibration…</source>
        <translation>&amp;Calibración de entrevistadores…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {reason}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved yet:
{reason}

Keep the window open? The app keeps trying, and saves it as soon as it can (for example once disk space is freed). Closing now loses it.</source>
        <translation>Parte de lo que escribió aún no se ha podido guardar:
{reason}

¿Mantener la ventana abierta? La aplicación sigue intentándolo y lo guardará en cuanto pueda (por ejemplo, cuando se libere espacio en disco). Si cierra ahora, se perderá.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Rol en el equipo</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Editar miembro del equipo</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Añadir miembro del equipo</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot use the data folder</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>The database is from a newer version</source>
        <translation>La base de datos es de una versión más reciente</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de datos está ocupada</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened safely:
{path}

The latest good backup is {backup} ({count} candidates). Restore it? The damaged file is moved into the backup folder exactly as it is; nothing is written over it.</source>
        <translation>El archivo de la base de datos está dañado y no se puede abrir de forma segura:
{path}

La última copia de seguridad en buen estado es {backup} ({count} candidatos). ¿Restaurarla? El archivo dañado se mueve tal cual a la carpeta de copias de seguridad; no se sobrescribe nada.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <source>The Hiring Assistant is already open on this data folder:
{path}

Its window has been brought to the front. Two windows writing to the same database could lose work, so this one will not open.</source>
        <translation>El Asistente de contratación ya está abierto en esta carpeta de datos:
{path}

Su ventana se ha traído al frente. Dos ventanas escribiendo en la misma base de datos podrían perder trabajo, así que esta no se abrirá.</translation>
    </message>
    <message>
        <source>The Hiring Assistant is already open on this data folder:
{path}

Switch to the window that is open. Two windows writing to the same database could lose work, so this one will not open.</source>
        <translation>El Asistente de contratación ya está abierto en esta carpeta de datos:
{path}

Cambie a la ventana abierta. Dos ventanas escribiendo en la misma base de datos podrían perder trabajo, así que esta no se abrirá.</translation>
    </message>
</context>
<context>
    <name>ObserveStage</name>
    <message>
        <source>Look, but do not conclude yet: a first impression is a guess to test in the next stages, not a verdict. Tick what you notice.</source>
        <translation>Observe, pero no saque conclusiones todavía: la primera impresión es una hipótesis que se pone a prueba en las siguientes etapas, no un veredicto. Marque lo que note.</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Agree who owns what with the colleagues in the same role: {names}</source>
        <translation>Acuerde quién se encarga de qué con los colegas del mismo puesto: {names}</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Probation review</source>
        <translation>Evaluación del periodo de prueba</translation>
    </message>
    <message>
        <source>One-to-one talks a month</source>
        <translation>Conversaciones individuales al mes</translation>
    </message>
    <message>
        <source>Goals for the first weeks</source>
        <translation>Metas de las primeras semanas</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Onboarding plan: {name}</source>
        <translation>Plan de incorporación: {name}</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>No se puede guardar el plan</translation>
    </message>
</context>
<context>
    <name>OnboardingHook</name>
    <message>
        <source>Onboarding plan…</source>
        <translation>Plan de incorporación…</translation>
    </message>
    <message>
        <source>A mentor, goals, one-to-one talks and the probation review for someone hired or chosen to train</source>
        <translation>Mentor, metas, conversaciones individuales y evaluación del periodo de prueba para alguien contratado o elegido para formarse</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <source>Other interviewers&apos; scores stay hidden until you submit yours ({count} other scorecards so far).</source>
        <translation>Las puntuaciones de los demás entrevistadores permanecen ocultas hasta que usted envíe la suya (hasta ahora, {count} hojas de otros entrevistadores).</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>By</source>
        <translation>Antes del</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Nueva vacante</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>New position…</source>
        <translation>Nueva vacante…</translation>
    </message>
    <message>
        <source>A candidate applies…</source>
        <translation>Añadir un candidato…</translation>
    </message>
    <message>
        <source>Close position</source>
        <translation>Cerrar la vacante</translation>
    </message>
    <message>
        <source>Show in Candidates</source>
        <translation>Ver en Candidatos</translation>
    </message>
    <message>
        <source>The Candidates list, filtered by this position</source>
        <translation>La lista de candidatos, filtrada por esta vacante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Cubiertas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>No position selected</source>
        <translation>Ninguna vacante seleccionada</translation>
    </message>
    <message>
        <source>{role}: {filled} of {places} places filled, {open} open</source>
        <translation>{role}: {filled} de {places} plazas cubiertas, {open} libres</translation>
    </message>
    <message>
        <source>Cannot open the position</source>
        <translation>No se puede abrir la vacante</translation>
    </message>
    <message>
        <source>A candidate applies</source>
        <translation>Añadir un candidato</translation>
    </message>
    <message>
        <source>Every candidate for this role has applied already. Add candidates when you start an interview.</source>
        <translation>Todos los candidatos de este puesto ya se han postulado. Puede añadir candidatos al iniciar una entrevista.</translation>
    </message>
    <message>
        <source>Cannot apply</source>
        <translation>No se puede postular</translation>
    </message>
    <message>
        <source>Close this position? It takes no more applicants; its candidates stay.</source>
        <translation>¿Cerrar esta vacante? No admitirá más candidatos; los que ya tiene se conservan.</translation>
    </message>
    <message>
        <source>Cannot close the position</source>
        <translation>No se puede cerrar la vacante</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Behavioural (past experience)</source>
        <translation>Conductual (experiencia pasada)</translation>
    </message>
    <message>
        <source>Situational (what would you do)</source>
        <translation>Situacional (qué haría usted)</translation>
    </message>
    <message>
        <source>Unprepared (think on your feet)</source>
        <translation>Improvisada (pensar sobre la marcha)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimientos</translation>
    </message>
    <message>
        <source>Practical task</source>
        <translation>Tarea práctica</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Knock-out: a score of {score} or lower turns the candidate down</source>
        <translation>Eliminatoria: con {score} o menos se descarta a la persona</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Qué escuchar</translation>
    </message>
    <message>
        <source>Follow-ups (one per line)</source>
        <translation>Preguntas de seguimiento (una por línea)</translation>
    </message>
    <message>
        <source>A 1 answer</source>
        <translation>Respuesta de 1 punto</translation>
    </message>
    <message>
        <source>A 3 answer</source>
        <translation>Respuesta de 3 puntos</translation>
    </message>
    <message>
        <source>A 5 answer</source>
        <translation>Respuesta de 5 puntos</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>la pregunta</translation>
    </message>
    <message>
        <source>what to listen for</source>
        <translation>qué escuchar</translation>
    </message>
    <message>
        <source>a 1 answer</source>
        <translation>la respuesta de 1 punto</translation>
    </message>
    <message>
        <source>a 3 answer</source>
        <translation>la respuesta de 3 puntos</translation>
    </message>
    <message>
        <source>a 5 answer</source>
        <translation>la respuesta de 5 puntos</translation>
    </message>
    <message>
        <source>Please fill in: {fields}.</source>
        <translation>Falta completar: {fields}.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>{dimension} (knock-out)</source>
        <translation>{dimension} (eliminatoria)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All roles</source>
        <translation>Todos los puestos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} candidatos</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <source>Candidate report</source>
        <translation>Informe del candidato</translation>
    </message>
    <message>
        <source>Many candidate reports at once</source>
        <translation>Varios informes de candidatos a la vez</translation>
    </message>
    <message>
        <source>Comparison report for a role</source>
        <translation>Informe comparativo de un puesto</translation>
    </message>
    <message>
        <source>Printable interview kit for a role</source>
        <translation>Kit de entrevista imprimible de un puesto</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Exportar a una carpeta…</translation>
    </message>
    <message>
        <source>Type to find a candidate</source>
        <translation>Escriba para buscar un candidato</translation>
    </message>
</context>
<context>
    <name>ResumeButton</name>
    <message>
        <source>Open résumé</source>
        <translation>Abrir currículum</translation>
    </message>
</context>
<context>
    <name>ResumePanel</name>
    <message>
        <source>Résumés</source>
        <translation>Currículums</translation>
    </message>
    <message>
        <source>Attach résumé…</source>
        <translation>Adjuntar currículum…</translation>
    </message>
    <message>
        <source>Keep a PDF, Word file or picture with this candidate, inside the company database (up to {limit} MB)</source>
        <translation>Guarde un PDF, un archivo de Word o una imagen con este candidato, dentro de la base de datos de la empresa (hasta {limit} MB)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No résumé attached yet.</source>
        <translation>Todavía no hay ningún currículum adjunto.</translation>
    </message>
    <message>
        <source>Attach a résumé</source>
        <translation>Adjuntar un currículum</translation>
    </message>
    <message>
        <source>Résumés: PDF, Word, pictures ({patterns})</source>
        <translation>Currículums: PDF, Word, imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>Remove “{name}” from this candidate&apos;s record? The file is deleted from the company database; this cannot be undone.</source>
        <translation>¿Quitar «{name}» del expediente de este candidato? El archivo se borra de la base de datos de la empresa; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation>No se puede quitar el archivo</translation>
    </message>
</context>
<context>
    <name>ResumeViewer</name>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>No program opened the file</source>
        <translation>Ningún programa ha abierto el archivo</translation>
    </message>
    <message>
        <source>Nothing on this computer opened “{name}”. Install a program for {kind} files, or open this copy yourself:
{path}

The copy is deleted when the app closes.</source>
        <translation>Ningún programa de este equipo ha abierto «{name}». Instale un programa para archivos {kind} o abra usted mismo esta copia:
{path}

La copia se borra al cerrar la aplicación.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Edit role</source>
        <translation>Editar puesto</translation>
    </message>
    <message>
        <source>Frontline (entry jobs)</source>
        <translation>Primera línea (puestos de entrada)</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Manager (leads people)</source>
        <translation>Mando (dirige personas)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia del puesto</translation>
    </message>
    <message>
        <source>Pay model</source>
        <translation>Modelo de pago</translation>
    </message>
    <message>
        <source>Good attitude from</source>
        <translation>Buena actitud desde</translation>
    </message>
    <message>
        <source>Strong ability from</source>
        <translation>Alta capacidad desde</translation>
    </message>
    <message>
        <source>Trainable from (ability floor)</source>
        <translation>Se puede formar desde (mínimo de capacidad)</translation>
    </message>
    <message>
        <source>Answers needed per dimension</source>
        <translation>Respuestas necesarias por dimensión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Duties (one per line)</source>
        <translation>Funciones (una por línea)</translation>
    </message>
    <message>
        <source>KPIs (one per line)</source>
        <translation>KPI (uno por línea)</translation>
    </message>
    <message>
        <source>Why the attitude bar is lower (if it is)</source>
        <translation>Por qué el umbral de actitud es más bajo (si lo es)</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>Qué evaluar</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Team stages</source>
        <translation>Etapas del equipo</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Escriba un nombre para el puesto.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <source>New role</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Editar puesto</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Eliminar puesto</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export role…</source>
        <translation>Exportar puesto…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Restore built-in…</source>
        <translation>Restaurar predefinidos…</translation>
    </message>
    <message>
        <source>Interview kit (PDF)…</source>
        <translation>Kit de entrevista (PDF)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation>Buscar puestos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Ningún puesto seleccionado</translation>
    </message>
    <message>
        <source>your own role</source>
        <translation>puesto propio</translation>
    </message>
    <message>
        <source>built-in role</source>
        <translation>puesto predefinido</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicadores (KPI)</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>Qué explorar</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Screening thresholds</source>
        <translation>Umbrales de selección</translation>
    </message>
    <message>
        <source>Pay model</source>
        <translation>Modelo de pago</translation>
    </message>
    <message>
        <source>Team stages</source>
        <translation>Etapas del equipo</translation>
    </message>
    <message>
        <source>Good attitude from {attitude:.1f}; strong ability from {ability:.1f} (scores 1-5).</source>
        <translation>Buena actitud desde {attitude:.1f}; alta capacidad desde {ability:.1f} (puntuación de 1 a 5).</translation>
    </message>
    <message>
        <source>Can be trained only from an ability of {floor:.1f}; a verdict needs {answers} answered questions of each dimension.</source>
        <translation>Solo se puede formar desde una capacidad de {floor:.1f}; un veredicto requiere {answers} preguntas respondidas de cada dimensión.</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Familia del puesto</translation>
    </message>
    <message>
        <source>Frontline (entry jobs)</source>
        <translation>Primera línea (puestos de entrada)</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Manager (leads people)</source>
        <translation>Mando (dirige personas)</translation>
    </message>
    <message>
        <source>Knock-outs: a knock-out question scored {score} or lower, or one of these red flags, turns the candidate down:</source>
        <translation>Eliminatorias: una pregunta eliminatoria con {score} o menos, o cualquiera de estas señales de alerta, descarta a la persona:</translation>
    </message>
    <message>
        <source>Knock-out question: a score of {score} or lower turns the candidate down.</source>
        <translation>Pregunta eliminatoria: con {score} o menos se descarta a la persona.</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Qué escuchar</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Repreguntas</translation>
    </message>
    <message>
        <source>Scoring guide</source>
        <translation>Guía de puntuación</translation>
    </message>
    <message>
        <source>{shown} of {total} roles</source>
        <translation>{shown} de {total} puestos</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>new role</source>
        <translation>nuevo puesto</translation>
    </message>
    <message>
        <source>duplicate role</source>
        <translation>duplicar puesto</translation>
    </message>
    <message>
        <source>edit role</source>
        <translation>editar puesto</translation>
    </message>
    <message>
        <source>Delete the role “{name}” and its questions? You can undo this (Ctrl+Z).</source>
        <translation>¿Eliminar el puesto “{name}” y sus preguntas? Puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>delete role</source>
        <translation>eliminar puesto</translation>
    </message>
    <message>
        <source>add question</source>
        <translation>agregar pregunta</translation>
    </message>
    <message>
        <source>edit question</source>
        <translation>editar pregunta</translation>
    </message>
    <message>
        <source>delete question</source>
        <translation>eliminar pregunta</translation>
    </message>
    <message>
        <source>move question</source>
        <translation>mover pregunta</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Type to filter (a key or a word)</source>
        <translation>Escriba para filtrar (una tecla o una palabra)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Starting an interview</source>
        <translation>Al iniciar una entrevista</translation>
    </message>
    <message>
        <source>During an interview</source>
        <translation>Durante una entrevista</translation>
    </message>
    <message>
        <source>Panel decision</source>
        <translation>Puesta en común y decisión</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Go to Roles, Candidates, Interviews, Compare, Reports or Team</source>
        <translation>Ir a Puestos, Candidatos, Entrevistas, Comparar, Informes o Equipo</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>Calibración de entrevistadores</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Search the role library</source>
        <translation>Buscar en la biblioteca de puestos</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <source>Duplicate the role</source>
        <translation>Duplicar el puesto</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>Editar el puesto</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Eliminar el puesto</translation>
    </message>
    <message>
        <source>Add a question to the role</source>
        <translation>Añadir una pregunta al puesto</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Editar la pregunta</translation>
    </message>
    <message>
        <source>Remove the question from the role</source>
        <translation>Quitar la pregunta del puesto</translation>
    </message>
    <message>
        <source>Move the question up / down</source>
        <translation>Subir / bajar la pregunta</translation>
    </message>
    <message>
        <source>Import a question bank file</source>
        <translation>Importar un archivo de banco de preguntas</translation>
    </message>
    <message>
        <source>Export the whole library to a file</source>
        <translation>Exportar toda la biblioteca a un archivo</translation>
    </message>
    <message>
        <source>Printable interview kit (PDF) for the role</source>
        <translation>Kit de entrevista imprimible (PDF) del puesto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Buscar candidatos</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nuevo candidato</translation>
    </message>
    <message>
        <source>Edit the candidate (a double-click on the row does too)</source>
        <translation>Editar el candidato (también con doble clic en la fila)</translation>
    </message>
    <message>
        <source>Save the candidate (in its dialog)</source>
        <translation>Guardar el candidato (en su ventana)</translation>
    </message>
    <message>
        <source>Undo adding or editing a candidate</source>
        <translation>Deshacer el alta o la edición de un candidato</translation>
    </message>
    <message>
        <source>Panel decision (debrief) for the candidate</source>
        <translation>Puesta en común y decisión sobre el candidato</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Iniciar la entrevista</translation>
    </message>
    <message>
        <source>Add a person to the team</source>
        <translation>Añadir una persona al equipo</translation>
    </message>
    <message>
        <source>Edit the person</source>
        <translation>Editar a la persona</translation>
    </message>
    <message>
        <source>Remove the person from the team</source>
        <translation>Quitar a la persona del equipo</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>Etapa siguiente / anterior</translation>
    </message>
    <message>
        <source>Next / previous question (on the last question: on to Assess)</source>
        <translation>Pregunta siguiente / anterior (en la última: pasar a Evaluar)</translation>
    </message>
    <message>
        <source>Score the current question 1 to 5</source>
        <translation>Puntuar la pregunta actual de 1 a 5</translation>
    </message>
    <message>
        <source>Clear the question&apos;s score</source>
        <translation>Borrar la puntuación de la pregunta</translation>
    </message>
    <message>
        <source>Skip the question (again: not skipped)</source>
        <translation>Saltar la pregunta (otra vez: deja de estar saltada)</translation>
    </message>
    <message>
        <source>To this stage&apos;s notes</source>
        <translation>Ir a las notas de esta etapa</translation>
    </message>
    <message>
        <source>To the free notes (at any stage)</source>
        <translation>Ir a las notas libres (en cualquier etapa)</translation>
    </message>
    <message>
        <source>What not to ask: open or close the list</source>
        <translation>Lo que no se pregunta: abrir o cerrar la lista</translation>
    </message>
    <message>
        <source>Submit the scorecard (on Decide)</source>
        <translation>Enviar la hoja de evaluación (en Decidir)</translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision</source>
        <translation>Registrar la decisión del panel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Paused interviews</source>
        <translation>Entrevistas en pausa</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>A new candidate</source>
        <translation>Un candidato nuevo</translation>
    </message>
    <message>
        <source>A candidate already on file</source>
        <translation>Un candidato ya registrado</translation>
    </message>
    <message>
        <source>Start interview (Ctrl+Enter)</source>
        <translation>Iniciar entrevista (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Someone else&apos;s scorecard</source>
        <translation>La evaluación de otra persona</translation>
    </message>
    <message>
        <source>This unfinished scorecard for {candidate} belongs to {owner}.</source>
        <translation>Esta evaluación sin terminar de {candidate} pertenece a {owner}.</translation>
    </message>
    <message>
        <source>Scores stay hidden from colleagues until each interviewer submits. If you are not {owner}, opening it shows you their scores before you have formed your own view.</source>
        <translation>Las puntuaciones quedan ocultas a los compañeros hasta que cada entrevistador envía la suya. Si usted no es {owner}, al abrirla verá sus puntuaciones antes de formarse su propia opinión.</translation>
    </message>
    <message>
        <source>I am {owner}: open it</source>
        <translation>Soy {owner}: abrirla</translation>
    </message>
    <message>
        <source>Who is interviewing? Type your name.</source>
        <translation>¿Quién entrevista? Escriba su nombre.</translation>
    </message>
    <message>
        <source>{candidate} · {role} · {interviewer} · {stage} · {when}</source>
        <translation>{candidate} · {role} · {interviewer} · {stage} · {when}</translation>
    </message>
    <message>
        <source>Type the candidate&apos;s name.</source>
        <translation>Escriba el nombre del candidato.</translation>
    </message>
    <message>
        <source>Choose a candidate.</source>
        <translation>Elija un candidato.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>No se puede iniciar</translation>
    </message>
</context>
<context>
    <name>TeamFitView</name>
    <message>
        <source>No team recorded yet: add the people who work here in the Team section to see which team-role types the team lacks.</source>
        <translation>Aún no hay equipo registrado: añada en la sección Equipo a las personas que trabajan aquí para ver qué tipos de rol le faltan.</translation>
    </message>
    <message>
        <source>The team has:</source>
        <translation>El equipo tiene:</translation>
    </message>
    <message>
        <source>This candidate brings a type the team lacks.</source>
        <translation>Este candidato aporta un tipo que le falta al equipo.</translation>
    </message>
    <message>
        <source>The team already has {count} of this type.</source>
        <translation>El equipo ya tiene {count} de este tipo.</translation>
    </message>
    <message>
        <source>Types the team lacks:</source>
        <translation>Tipos que le faltan al equipo:</translation>
    </message>
    <message>
        <source>Our values:</source>
        <translation>Nuestros valores:</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Company profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>The &amp;boss&apos;s style</source>
        <translation>Estilo del &amp;jefe</translation>
    </message>
    <message>
        <source>Our &amp;values</source>
        <translation>Nuestros &amp;valores</translation>
    </message>
    <message>
        <source>The company&apos;s values and goals in its own words: what you will not do for a sale, how you treat buyers and each other</source>
        <translation>Los valores y metas de la empresa con sus propias palabras: qué no hará nunca por una venta, cómo trata a los compradores y a los compañeros</translation>
    </message>
    <message>
        <source>The team as it is</source>
        <translation>El equipo actual</translation>
    </message>
    <message>
        <source>What the stage calls for</source>
        <translation>Lo que pide la etapa</translation>
    </message>
    <message>
        <source>&amp;Compare with the stage</source>
        <translation>&amp;Comparar con la etapa</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Rol en el equipo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <source>— choose the stage —</source>
        <translation>— elija la etapa —</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
    <message>
        <source>Choose the company&apos;s stage above: the team model of each stage says which roles a shop of that size needs. The team is then compared with it.</source>
        <translation>Elija arriba la etapa de la empresa: el modelo de equipo de cada etapa indica qué puestos necesita una tienda de ese tamaño, y el equipo actual se compara con él.</translation>
    </message>
    <message>
        <source>The boss&apos;s style</source>
        <translation>Estilo del jefe</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sin puesto</translation>
    </message>
    <message>
        <source>{people} people now; a team at this stage usually has {headcount}.</source>
        <translation>Ahora hay {people} personas; un equipo en esta etapa suele tener {headcount}.</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>faltan: {count}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Tiene</translation>
    </message>
    <message>
        <source>The fewest people the model calls for in each role (0: added when the work calls for it); in a small shop one person often covers several roles.</source>
        <translation>El mínimo de personas que el modelo pide en cada puesto (0: se añade cuando el trabajo lo requiere); en una tienda pequeña una misma persona suele cubrir varios puestos.</translation>
    </message>
    <message>
        <source>Roles missing:</source>
        <translation>Puestos que faltan:</translation>
    </message>
    <message>
        <source>People in roles this stage does not list:</source>
        <translation>Personas en puestos que esta etapa no incluye:</translation>
    </message>
    <message>
        <source>Team-role types</source>
        <translation>Tipos de rol en el equipo</translation>
    </message>
    <message>
        <source>Seek precisely placed people, not a dream team: pick the type the team lacks.</source>
        <translation>No busque un equipo de ensueño, sino personas bien ubicadas: elija el tipo que le falta al equipo.</translation>
    </message>
    <message>
        <source>{count} in the team</source>
        <translation>{count} en el equipo</translation>
    </message>
    <message>
        <source>the team lacks this</source>
        <translation>al equipo le falta este tipo</translation>
    </message>
    <message>
        <source>Moving to {stage}</source>
        <translation>Al pasar a {stage}</translation>
    </message>
    <message>
        <source>Usual headcount: {headcount}.</source>
        <translation>Plantilla habitual: {headcount}.</translation>
    </message>
    <message>
        <source> (the team has {count})</source>
        <translation> (el equipo tiene {count})</translation>
    </message>
    <message>
        <source>It adds:</source>
        <translation>Añade:</translation>
    </message>
    <message>
        <source>It adds no role.</source>
        <translation>No añade ningún puesto.</translation>
    </message>
    <message>
        <source>It no longer lists:</source>
        <translation>Ya no incluye:</translation>
    </message>
    <message>
        <source>Cannot change the stage</source>
        <translation>No se puede cambiar la etapa</translation>
    </message>
    <message>
        <source>Cannot change the boss&apos;s style</source>
        <translation>No se puede cambiar el estilo del jefe</translation>
    </message>
    <message>
        <source>Cannot save the values</source>
        <translation>No se pueden guardar los valores</translation>
    </message>
    <message>
        <source>Cannot change the team</source>
        <translation>No se puede cambiar el equipo</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>No se puede añadir a la persona</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>añadir persona</translation>
    </message>
    <message>
        <source>Cannot change the person</source>
        <translation>No se puede cambiar a la persona</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>editar persona</translation>
    </message>
    <message>
        <source>Cannot remove the person</source>
        <translation>No se puede quitar a la persona</translation>
    </message>
    <message>
        <source>remove person</source>
        <translation>quitar persona</translation>
    </message>
    <message>
        <source>{name} removed from the team. Undo with Ctrl+Z.</source>
        <translation>{name} ya no figura en el equipo. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
</TS>
