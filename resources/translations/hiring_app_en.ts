<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>The role library and question banks arrive in a coming release.</source>
        <translation>The role library and question banks arrive in a coming release.</translation>
    </message>
    <message>
        <source>The candidate list, with search and filters, arrives in a coming release.</source>
        <translation>The candidate list, with search and filters, arrives in a coming release.</translation>
    </message>
    <message>
        <source>The guided interview (observe, listen, ask, assess, decide) arrives in a coming release.</source>
        <translation>The guided interview (observe, listen, ask, assess, decide) arrives in a coming release.</translation>
    </message>
    <message>
        <source>Side-by-side comparison of candidates arrives in a coming release.</source>
        <translation>Side-by-side comparison of candidates arrives in a coming release.</translation>
    </message>
    <message>
        <source>PDF reports and printable interview kits arrive in a coming release.</source>
        <translation>PDF reports and printable interview kits arrive in a coming release.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>About the Hiring Assistant</source>
        <translation>About the Hiring Assistant</translation>
    </message>
    <message>
        <source>Hiring Assistant {version}

Database: {path}
Schema version: {schema}

Everything stays on this computer.</source>
        <translation>Hiring Assistant {version}

Database: {path}
Schema version: {schema}

Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Hiring Assistant</source>
        <translation>Hiring Assistant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot use the data folder</source>
        <translation>Cannot use the data folder</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database is from a newer version</source>
        <translation>The database is from a newer version</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>The database is busy</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The app cannot write to its data folder:
{path}

Choose another folder with --data-dir, or fix the folder&apos;s permissions. Nothing has been changed.</source>
        <translation>The app cannot write to its data folder:
{path}

Choose another folder with --data-dir, or fix the folder&apos;s permissions. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened safely:
{path}

The file has been left exactly as it is. Restore it from a backup copy, or move it aside to start with an empty database.</source>
        <translation>The database file is damaged and cannot be opened safely:
{path}

The file has been left exactly as it is. Restore it from a backup copy, or move it aside to start with an empty database.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the app:
{path}

Update the app to open it. The file has not been changed.</source>
        <translation>This database was written by a newer version of the app:
{path}

Update the app to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>The database is in use by another program:
{path}

Close the other program and try again. Nothing has been changed.</source>
        <translation>The database is in use by another program:
{path}

Close the other program and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>The Hiring Assistant is already open on this data folder:
{path}

Switch to the window that is open. Two windows writing to the same database could lose work, so this one will not open.</source>
        <translation>The Hiring Assistant is already open on this data folder:
{path}

Switch to the window that is open. Two windows writing to the same database could lose work, so this one will not open.</translation>
    </message>
</context>
</TS>
