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

Choose another folder with --data-dir, or fix the folder&apos;s permissions. Nothing has been changed.</source>
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
</TS>
