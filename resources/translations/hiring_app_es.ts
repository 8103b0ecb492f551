<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>MainWindow</name>
        <message>
            <source>The role library and question banks arrive in a coming release.</source>
            <translation>La biblioteca de puestos y los bancos de preguntas llegarán en una próxima versión.</translation>
        </message>
        <message>
            <source>The candidate list, with search and filters, arrives in a coming release.</source>
            <translation>La lista de candidatos, con búsqueda y filtros, llegará en una próxima versión.</translation>
        </message>
        <message>
            <source>The guided interview (observe, listen, ask, assess, decide) arrives in a coming release.</source>
            <translation>La entrevista guiada (observar, escuchar, preguntar, evaluar, decidir) llegará en una próxima versión.</translation>
        </message>
        <message>
            <source>Side-by-side comparison of candidates arrives in a coming release.</source>
            <translation>La comparación de candidatos lado a lado llegará en una próxima versión.</translation>
        </message>
        <message>
            <source>PDF reports and printable interview kits arrive in a coming release.</source>
            <translation>Los informes PDF y los kits de entrevista imprimibles llegarán en una próxima versión.</translation>
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
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
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
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
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
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>The app cannot write to its data folder:
{path}

Choose another folder with --data-dir, or fix the folder's permissions. Nothing has been changed.</source>
            <translation>La aplicación no puede escribir en su carpeta de datos:
{path}

Elija otra carpeta con --data-dir o corrija los permisos de la carpeta. No se ha modificado nada.</translation>
        </message>
        <message>
            <source>The database file is damaged and cannot be opened safely:
{path}

The file has been left exactly as it is. Restore it from a backup copy, or move it aside to start with an empty database.</source>
            <translation>El archivo de la base de datos está dañado y no se puede abrir con seguridad:
{path}

El archivo se ha dejado tal como estaba. Restáurelo desde una copia de seguridad o muévalo a otro lugar para empezar con una base de datos vacía.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of the app:
{path}

Update the app to open it. The file has not been changed.</source>
            <translation>Esta base de datos fue escrita por una versión más reciente de la aplicación:
{path}

Actualice la aplicación para abrirla. El archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>The database is in use by another program:
{path}

Close the other program and try again. Nothing has been changed.</source>
            <translation>La base de datos está siendo usada por otro programa:
{path}

Cierre el otro programa e inténtelo de nuevo. No se ha modificado nada.</translation>
        </message>
        <message>
            <source>Already open</source>
            <translation>Ya está abierta</translation>
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
        <name>QuestionDialog</name>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavioural (past experience)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Situational (what would you do)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unprepared (think on your feet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practical task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dimension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 1 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 3 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 5 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what to listen for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a 1 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a 3 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a 5 answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill in: {fields}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionsModel</name>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dimension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Edit role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good attitude from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong ability from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duties (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to probe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the role a name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RolesModel</name>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RolesScreen</name>
        <message>
            <source>New role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore built-in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search roles (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No role selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your own role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>built-in role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good attitude from {attitude:.1f}; strong ability from {ability:.1f} (scores 1-5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total} roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>duplicate role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the role “{name}” and its questions? You can undo this (Ctrl+Z).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question banks (*.yaml *.yml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has {count} problems; nothing was changed.

{first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{added} roles added, {updated} updated; {qadded} questions added, {qupdated} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question banks (*.yaml *.yml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {count} roles to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore built-in library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put every built-in role back as it shipped? Your own roles, and questions you added to built-in roles, stay as they are. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {count} built-in roles</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
