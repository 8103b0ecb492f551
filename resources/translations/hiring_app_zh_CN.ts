<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <source>The role library and question banks arrive in a coming release.</source>
            <translation>岗位库与题库将在后续版本中提供。</translation>
        </message>
        <message>
            <source>The candidate list, with search and filters, arrives in a coming release.</source>
            <translation>候选人列表（含搜索与筛选）将在后续版本中提供。</translation>
        </message>
        <message>
            <source>The guided interview (observe, listen, ask, assess, decide) arrives in a coming release.</source>
            <translation>引导式面试（察、听、问、评估、决定）将在后续版本中提供。</translation>
        </message>
        <message>
            <source>Side-by-side comparison of candidates arrives in a coming release.</source>
            <translation>候选人横向对比将在后续版本中提供。</translation>
        </message>
        <message>
            <source>PDF reports and printable interview kits arrive in a coming release.</source>
            <translation>PDF 报告与可打印的面试手册将在后续版本中提供。</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>岗位库</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>候选人</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>面试</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>About the Hiring Assistant</source>
            <translation>关于招聘面试助手</translation>
        </message>
        <message>
            <source>Hiring Assistant {version}

Database: {path}
Schema version: {schema}

Everything stays on this computer.</source>
            <translation>招聘面试助手 {version}

数据库：{path}
结构版本：{schema}

所有数据只保存在这台电脑上。</translation>
        </message>
        <message>
            <source>Hiring Assistant</source>
            <translation>招聘面试助手</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Cannot use the data folder</source>
            <translation>无法使用数据文件夹</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The database is from a newer version</source>
            <translation>数据库来自更新的版本</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>数据库正忙</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出现了问题</translation>
        </message>
        <message>
            <source>The app cannot write to its data folder:
{path}

Choose another folder with --data-dir, or fix the folder's permissions. Nothing has been changed.</source>
            <translation>程序无法写入数据文件夹：
{path}

请用 --data-dir 指定其他文件夹，或修正该文件夹的权限。没有任何数据被改动。</translation>
        </message>
        <message>
            <source>The database file is damaged and cannot be opened safely:
{path}

The file has been left exactly as it is. Restore it from a backup copy, or move it aside to start with an empty database.</source>
            <translation>数据库文件已损坏，无法安全打开：
{path}

该文件保持原样，未做任何改动。请从备份恢复，或将它移到别处后以空数据库重新开始。</translation>
        </message>
        <message>
            <source>This database was written by a newer version of the app:
{path}

Update the app to open it. The file has not been changed.</source>
            <translation>此数据库由更新版本的程序写入：
{path}

请升级程序后再打开。文件未被改动。</translation>
        </message>
        <message>
            <source>The database is in use by another program:
{path}

Close the other program and try again. Nothing has been changed.</source>
            <translation>数据库正被其他程序使用：
{path}

请关闭其他程序后重试。没有任何数据被改动。</translation>
        </message>
        <message>
            <source>Already open</source>
            <translation>已经打开</translation>
        </message>
        <message>
            <source>The Hiring Assistant is already open on this data folder:
{path}

Switch to the window that is open. Two windows writing to the same database could lose work, so this one will not open.</source>
            <translation>招聘面试助手已在此数据文件夹上打开：
{path}

请切换到已打开的窗口。两个窗口同时写入同一个数据库可能丢失内容，因此本窗口不会打开。</translation>
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
