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

Choose another folder with --data-dir, or fix the folder&apos;s permissions. Nothing has been changed.</source>
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
</TS>
