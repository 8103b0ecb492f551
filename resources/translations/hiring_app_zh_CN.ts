<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdhocQuestionDialog</name>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>A note only (not scored)</source>
        <translation>仅作记录（不计分）</translation>
    </message>
    <message>
        <source>Choose what the answer tells you about…</source>
        <translation>请选择这道题考察什么…</translation>
    </message>
    <message>
        <source>A scored question counts toward the dimension you choose. Questions about availability, logistics or anything you only want to record are notes.</source>
        <translation>计分的问题计入您选择的维度。到岗时间、通勤安排等只想记下来的问题，请选“仅作记录”。</translation>
    </message>
    <message>
        <source>The question you want to ask:</source>
        <translation>您想问的问题：</translation>
    </message>
    <message>
        <source>It tells you about</source>
        <translation>考察内容</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>添加问题</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>A candidate applies</source>
        <translation>候选人应聘</translation>
    </message>
</context>
<context>
    <name>AskStage</name>
    <message>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Notes on this answer</source>
        <translation>本题回答记录</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <source>Ask earlier</source>
        <translation>提前问</translation>
    </message>
    <message>
        <source>Ask later</source>
        <translation>往后问</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>{dimension} · {facet} · weight {weight}</source>
        <translation>{dimension} · {facet} · 权重 {weight}</translation>
    </message>
    <message>
        <source>knock-out: {limit} or lower turns the candidate down</source>
        <translation>一票否决：{limit} 分及以下即不录用</translation>
    </message>
    <message>
        <source>A note only: not scored</source>
        <translation>仅作记录：不计分</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>倾听要点</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>Scoring guide</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>An added question: score it as you judge.</source>
        <translation>面试中添加的问题：按您的判断打分。</translation>
    </message>
    <message>
        <source>An added question kept as a note: write down the answer; it does not change the scores.</source>
        <translation>面试中添加、仅作记录的问题：记下回答即可，不影响评分。</translation>
    </message>
    <message>
        <source>This question: {time}</source>
        <translation>本题用时 {time}</translation>
    </message>
</context>
<context>
    <name>AssessStage</name>
    <message>
        <source>Red flags you noticed</source>
        <translation>您发现的危险信号</translation>
    </message>
    <message>
        <source>Team fit</source>
        <translation>团队匹配</translation>
    </message>
    <message>
        <source>The boss&apos;s style</source>
        <translation>老板风格</translation>
    </message>
    <message>
        <source>Other interviewers</source>
        <translation>其他面试官</translation>
    </message>
    <message>
        <source>Team role they would fill</source>
        <translation>可担任的团队角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Attitude {attitude} ({attitude_n} answers) · Ability {ability} ({ability_n} answers)</source>
        <translation>态度 {attitude}（已评 {attitude_n} 题）· 能力 {ability}（已评 {ability_n} 题）</translation>
    </message>
    <message>
        <source>Score at least one attitude and one ability question to place the candidate.</source>
        <translation>请至少为一道态度题和一道能力题打分，才能确定候选人在矩阵中的位置。</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Interviewer calibration</source>
        <translation>面试官打分校准</translation>
    </message>
    <message>
        <source>No candidate has scorecards from two interviewers yet.

When two or more interviewers each submit a scorecard for the same candidate, this shows how each one&apos;s scores compare with the others&apos;.</source>
        <translation>还没有哪位候选人同时有两位面试官提交的评分卡。

当两位或更多面试官为同一位候选人各自提交评分卡后，这里会显示每位面试官的打分与其他人相比是偏高还是偏低。</translation>
    </message>
    <message>
        <source>Each difference is the interviewer&apos;s score (1–5) minus the mean of the other interviewers on the same candidate, averaged over the candidates they share: above zero they score higher than their colleagues, below zero lower. A difference of ±{gap} or more over at least {count} shared candidates is flagged: orange rows lenient, blue rows harsh.</source>
        <translation>差值是面试官给同一位候选人的分数（1–5 分）减去其他面试官的平均分，再对所有共同候选人取平均：正数表示打分比同事高，负数表示比同事低。某一项差值达到 ±{gap} 分、且共同候选人至少 {count} 位时会被标出：橙色行偏松，蓝色行偏严。</translation>
    </message>
    <message>
        <source>A number in brackets: that dimension was compared on only that many of the shared candidates.</source>
        <translation>括号里的数字：这一项只在这么多位共同候选人上有可比的分数。</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Shared candidates</source>
        <translation>共同候选人</translation>
    </message>
    <message>
        <source>Attitude ±</source>
        <translation>态度差</translation>
    </message>
    <message>
        <source>Ability ±</source>
        <translation>能力差</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>倾向</translation>
    </message>
    <message>
        <source>Lenient on attitude</source>
        <translation>态度打分偏松</translation>
    </message>
    <message>
        <source>Harsh on attitude</source>
        <translation>态度打分偏严</translation>
    </message>
    <message>
        <source>Lenient on ability</source>
        <translation>能力打分偏松</translation>
    </message>
    <message>
        <source>Harsh on ability</source>
        <translation>能力打分偏严</translation>
    </message>
    <message>
        <source>In line with colleagues</source>
        <translation>与同事一致</translation>
    </message>
    <message>
        <source>Fewer than {count} shared candidates</source>
        <translation>共同候选人不足 {count} 位</translation>
    </message>
    <message>
        <source>{shared} of the {candidates} candidates {name} scored were also scored by a colleague</source>
        <translation>{name} 评过的 {candidates} 位候选人中，有 {shared} 位也有同事评过分</translation>
    </message>
    <message>
        <source>No colleague scored this on the same candidates</source>
        <translation>没有同事在相同的候选人上给这一项打过分</translation>
    </message>
    <message>
        <source>Mean difference from colleagues over {count} candidate(s)</source>
        <translation>与同事相比的平均差值，基于 {count} 位候选人</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>编辑候选人</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>新建候选人</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>New candidate…</source>
        <translation>新建候选人…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Correct the name, contact details, channel, role or notes (F2, or double-click the row)</source>
        <translation>修改姓名、联系方式、渠道、岗位或备注（F2，或双击该行）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>{verb} adding {name}</source>
        <translation>{verb}添加{name}</translation>
    </message>
    <message>
        <source>{verb} changes to {name}</source>
        <translation>{verb}对{name}的修改</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Saved {name}. Ctrl+Z undoes it.</source>
        <translation>已保存{name}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>in notes</source>
        <translation>在备注中</translation>
    </message>
    <message>
        <source>in interviewers</source>
        <translation>在面试官中</translation>
    </message>
    <message>
        <source>Found in the notes: {excerpt}</source>
        <translation>在备注中找到：{excerpt}</translation>
    </message>
    <message>
        <source>Found in the interviewers: {names}</source>
        <translation>在面试官中找到：{names}</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <source>No candidates yet</source>
        <translation>还没有候选人</translation>
    </message>
    <message>
        <source>Add the people who applied, start an interview (the candidate is added as you start), or try the app on made-up candidates first.</source>
        <translation>可以先登记应聘的人，也可以直接开始面试（开始时会自动登记候选人），或者先用虚构的候选人试一试。</translation>
    </message>
    <message>
        <source>New candidate… (Ctrl+N)</source>
        <translation>新建候选人…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <source>Load demo candidates…</source>
        <translation>加载演示候选人…</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>对比所选</translation>
    </message>
    <message>
        <source>Debrief and decide…</source>
        <translation>汇总讨论并决定…</translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards side by side, every disagreement, and the hiring decision (Ctrl+D)</source>
        <translation>并排查看所有面试官的评分表、每一处分歧，并记录录用决定（Ctrl+D）</translation>
    </message>
    <message>
        <source>Mark hired</source>
        <translation>标记为已入职</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>标记为未入职</translation>
    </message>
    <message>
        <source>Back to interviewing</source>
        <translation>退回面试中</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <source>Erase this candidate with every interview, note and score, leaving no trace</source>
        <translation>彻底删除该候选人及其全部面试、记录和评分，不留任何痕迹</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Everything held about this candidate, as a JSON file (for a request to see it)</source>
        <translation>将本程序保存的该候选人全部数据导出为 JSON 文件（用于候选人申请查阅本人数据）</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>全部象限</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>全部招聘职位</translation>
    </message>
    <message>
        <source>Position {id}: {role}</source>
        <translation>职位 {id}：{role}</translation>
    </message>
    <message>
        <source>Getting the list ready for quick search and sorting (once, after an update): {made} of {total} candidates…</source>
        <translation>正在为快速搜索和排序准备候选人列表（更新后仅需一次）：已完成 {made} / {total} 位候选人…</translation>
    </message>
    <message>
        <source>{count} — the list could not be made ready for quick search: {reason}</source>
        <translation>{count}——无法为快速搜索准备列表：{reason}</translation>
    </message>
    <message>
        <source>{shown} of {total} candidates</source>
        <translation>显示 {shown} 位，共 {total} 位候选人</translation>
    </message>
    <message>
        <source>No candidate matches: 1 filter is active.</source>
        <translation>没有符合的候选人：1 个筛选条件生效。</translation>
    </message>
    <message>
        <source>No candidate matches: {count} filters are active.</source>
        <translation>没有符合的候选人：{count} 个筛选条件生效。</translation>
    </message>
    <message>
        <source>No candidate matches “{text}”.</source>
        <translation>没有符合“{text}”的候选人。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Select 2 to 20 candidates (Ctrl+click)</source>
        <translation>请选择 2 到 20 位候选人（按住 Ctrl 点击）</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>未选择候选人</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面试记录</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Panel summary</source>
        <translation>面试小组汇总</translation>
    </message>
    <message>
        <source>submitted {when}</source>
        <translation>提交于 {when}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>attitude {attitude}, ability {ability}, recommends: {decision}</source>
        <translation>态度 {attitude}，能力 {ability}，建议：{decision}</translation>
    </message>
    <message>
        <source>Cannot open the debrief</source>
        <translation>无法打开汇总讨论</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>无法更改状态</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>无法彻底删除</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <source>Any position</source>
        <translation>不限招聘职位</translation>
    </message>
    <message>
        <source>Position {id}: {role}</source>
        <translation>职位 {id}：{role}</translation>
    </message>
    <message>
        <source>Compare the best 20 of this role</source>
        <translation>对比该岗位前 20 名</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Choose 2 to 20 candidates on the Candidates screen (Ctrl+click) and press “Compare selected”, or compare the best of a role.</source>
        <translation>请在“候选人”页面选择 2 到 20 位候选人（按住 Ctrl 点击），然后点“对比所选”；或直接对比某个岗位的前几名。</translation>
    </message>
    <message>
        <source>{count} candidates, ranked by quadrant, then weighted total; knock-outs last. Green: the best value of a row where at least two candidates differ; red: interviewers 2 or more points apart. Click a point or double-click a name for the record.</source>
        <translation>共 {count} 位候选人，先按象限、再按加权总分排序，一票否决者排最后。绿色：至少两位候选人有分且分数不同的行里的最高分；红色：面试官之间相差 2 分或以上。点击图中的点或双击姓名可查看档案。</translation>
    </message>
    <message>
        <source>Not enough candidates</source>
        <translation>候选人不足</translation>
    </message>
    <message>
        <source>This role has fewer than two candidates with a submitted scorecard.</source>
        <translation>该岗位已提交评分表的候选人不足两位。</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something unexpected went wrong in the app. This is a fault of the app, not something you did.

Your data is safe: everything is saved as you type, and notes not saved yet are kept and saved again. You can carry on; if the same thing happens again, restart the app.

The technical details are under “Show Details…”: copy them for whoever looks after the app.</source>
        <translation>程序内部出了意外的问题。这是程序本身的毛病，不是您操作有误。

您的数据是安全的：所有内容都在输入时随时保存，尚未保存的备注也保留着，会再次保存。您可以继续工作；如果同样的问题再次出现，请重新启动程序。

技术细节在“显示详细信息…”中，请复制给负责维护程序的人。</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>意外问题</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export the candidate&apos;s data</source>
        <translation>导出候选人数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>DataSafetyDialog</name>
    <message>
        <source>Backups and privacy</source>
        <translation>备份与隐私</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>A backup is made when the app starts (at most once a day) and before every upgrade of the database. Restoring one keeps the current file in the backup folder.</source>
        <translation>程序每次启动时会自动备份（每天最多一次），每次升级数据库前也会备份。恢复某个备份时，当前的数据库文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>自动备份保留份数：</translation>
    </message>
    <message>
        <source>Candidates&apos; records are personal data. Set how long to keep candidates who were not hired; those past the period are listed here to erase, with every interview and note. Hired candidates are never listed.</source>
        <translation>候选人档案属于个人信息。请设置未入职候选人的保留期限；超过期限的候选人会列在这里，可连同其全部面试和记录一并彻底删除。已入职的候选人不会列出。</translation>
    </message>
    <message>
        <source>Keep candidates not hired for (months, 0 = no limit):</source>
        <translation>未入职候选人保留期限（月，0 = 不限）：</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Erase these candidates…</source>
        <translation>彻底删除这些候选人…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>恢复时被替换的数据</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>移出的损坏文件</translation>
    </message>
    <message>
        <source>{candidates} candidates, {interviews} interviews</source>
        <translation>{candidates} 位候选人，{interviews} 场面试</translation>
    </message>
    <message>
        <source>cannot be restored: {problem}</source>
        <translation>无法恢复：{problem}</translation>
    </message>
    <message>
        <source>No limit is set.</source>
        <translation>未设置保留期限。</translation>
    </message>
    <message>
        <source>{count} candidate(s) not hired and inactive for more than {months} months:</source>
        <translation>{count} 位未入职候选人已超过 {months} 个月没有任何动态：</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from {date}? The window closes and opens again on the restored data; the current file is kept in the backup folder.</source>
        <translation>用 {date} 的备份替换当前数据？窗口会关闭，并以恢复后的数据重新打开；当前的数据库文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>Delete {count} backup file(s) for good?</source>
        <translation>永久删除 {count} 个备份文件？</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Erase candidates</source>
        <translation>彻底删除候选人</translation>
    </message>
    <message>
        <source>Erase these {count} candidate(s) for good, with every interview and note?

{names}</source>
        <translation>彻底删除这 {count} 位候选人及其全部面试和记录？

{names}</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief — {name}</source>
        <translation>汇总讨论 — {name}</translation>
    </message>
    <message>
        <source>The hiring decision</source>
        <translation>录用决定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Record decision (Ctrl+Enter)</source>
        <translation>记录决定（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>This goes against the recommendation ({recommended}): the reason you write is kept with the decision.</source>
        <translation>该决定与建议（{recommended}）不同：您写的理由会和决定一起保存。</translation>
    </message>
    <message>
        <source>No scorecard has been submitted: you are deciding without the panel&apos;s scores.</source>
        <translation>还没有提交的评分表：您是在没有面试评分的情况下做决定。</translation>
    </message>
    <message>
        <source>Choose a decision and write the reason first.</source>
        <translation>请先选择决定并写下理由。</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>No submitted scorecard yet.</source>
        <translation>还没有已提交的评分表。</translation>
    </message>
    <message>
        <source>No other interviewer has submitted a scorecard yet.</source>
        <translation>其他面试官还没有提交评分表。</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Their verdict</source>
        <translation>其评分结论</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Combined ({count} scorecards): attitude {attitude}, ability {ability}</source>
        <translation>综合（{count} 份评分表）：态度 {attitude}，能力 {ability}</translation>
    </message>
    <message>
        <source>Recommendation: {decision}</source>
        <translation>建议：{decision}</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>knock-out</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Not counted yet (not submitted): {names}</source>
        <translation>尚未计入（未提交）：{names}</translation>
    </message>
    <message>
        <source>No hiring decision yet.</source>
        <translation>尚未做出录用决定。</translation>
    </message>
    <message>
        <source>{when}, by {name}</source>
        <translation>{when}，{name}</translation>
    </message>
    <message>
        <source>Hiring decision: {decision} ({by})</source>
        <translation>录用决定：{decision}（{by}）</translation>
    </message>
    <message>
        <source>This goes against the recommendation.</source>
        <translation>该决定与建议不同。</translation>
    </message>
</context>
<context>
    <name>DecideStage</name>
    <message>
        <source>&amp;Train</source>
        <translation>培养(&amp;T)</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>待定(&amp;O)</translation>
    </message>
    <message>
        <source>H&amp;ire</source>
        <translation>录用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>不录用(&amp;R)</translation>
    </message>
    <message>
        <source>Why (the reason is kept with your recommendation)</source>
        <translation>理由（会和您的建议一起保存）</translation>
    </message>
    <message>
        <source>Debrief and decide…</source>
        <translation>汇总讨论并决定…</translation>
    </message>
    <message>
        <source>The matrix recommends: {decision}. Your choice is your recommendation to whoever decides.</source>
        <translation>态度/能力矩阵建议：{decision}。您的选择是给决定人的建议。</translation>
    </message>
    <message>
        <source>No recommendation yet: not enough evidence. Ask more questions before choosing.</source>
        <translation>暂无建议：证据还不够。请多问几个问题再选择。</translation>
    </message>
    <message>
        <source>Submitted {when}. Your recommendation: &lt;b&gt;{decision}&lt;/b&gt;. The hiring decision is taken in the debrief, once the panel&apos;s scorecards are in.</source>
        <translation>已于 {when} 提交。您的建议：&lt;b&gt;{decision}&lt;/b&gt;。录用决定在面试小组的评分表都提交后，于汇总讨论中做出。</translation>
    </message>
    <message>
        <source>Submit scorecard (Ctrl+Enter)</source>
        <translation>提交评分表（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>No recommendation yet: score more questions.</source>
        <translation>暂无建议：请为更多问题打分。</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>请先选择一个决定。</translation>
    </message>
</context>
<context>
    <name>DoNotAsk</name>
    <message>
        <source>Why, and what to ask instead (Ctrl+Shift+D)</source>
        <translation>为什么不能问，以及可以改问什么（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Instead: {text}</source>
        <translation>可以改为：{text}</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>why, and what instead</source>
        <translation>为什么？改问什么？</translation>
    </message>
    <message>
        <source>Do not ask, note or score:</source>
        <translation>不问、不记、不评分：</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erase candidate</source>
        <translation>彻底删除候选人</translation>
    </message>
    <message>
        <source>Erase {name} for good: {count} interview(s), every note, score, status change and attached résumé? This cannot be undone.

PDF reports or scorecard files you saved elsewhere are not touched; delete those yourself.</source>
        <translation>彻底删除“{name}”及其 {count} 场面试、全部记录、评分、状态变更和附加的简历？此操作无法撤销。

您另存到其他位置的 PDF 报告或评分表文件不受影响，请自行删除。</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>无法彻底删除</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已彻底删除</translation>
    </message>
    <message>
        <source>The candidate is erased. Some leftover bytes in the database file could not be cleared yet (another program is reading it, or the disk is full); they are cleared the next time the app starts.</source>
        <translation>该候选人已彻底删除。数据库文件中还有少量残留数据暂时无法清除（可能有其他程序正在读取，或磁盘已满），下次启动本程序时会自动清除。</translation>
    </message>
    <message>
        <source>Erased people are back</source>
        <translation>已删除的人又回来了</translation>
    </message>
    <message>
        <source>The restored backup was made before {count} person(s) were erased, so they are back:

{names}

Erase them again?</source>
        <translation>恢复的备份是在 {count} 位候选人被彻底删除之前做的，所以他们又回来了：

{names}

要再次彻底删除他们吗？</translation>
    </message>
    <message>
        <source>Erase them again</source>
        <translation>再次彻底删除</translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation>暂时保留</translation>
    </message>
    <message>
        <source>Backups still hold this data</source>
        <translation>备份中仍有这些数据</translation>
    </message>
    <message>
        <source>The candidate is erased from the database. These backups were made before and still hold their data:

{names}

Delete these backups too?</source>
        <translation>该候选人已从数据库中彻底删除。但以下备份是之前创建的，仍包含其数据：

{names}

要一并删除这些备份吗？</translation>
    </message>
    <message>
        <source>Delete these backups</source>
        <translation>删除这些备份</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留备份</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Writing reports…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing reports… {done} of {total}</source>
        <translation>正在生成报告… 第 {done} 份，共 {total} 份</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <source>{count} reports written to {folder}</source>
        <translation>已生成 {count} 份报告，保存在 {folder}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name, pinyin, role or notes (Ctrl+F)</source>
        <translation>姓名、拼音、岗位或备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds names, also by pinyin or its initials (李明: liming, lm), roles, interviewers and notes</source>
        <translation>按姓名查找，也可输入拼音或拼音首字母（李明：liming、lm）；还能查岗位、面试官和备注</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only candidates interviewed (or added) in a period</source>
        <translation>只看某段时间内面试过（或新建）的候选人</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every candidate again (the search stays)</source>
        <translation>重新显示全部候选人（搜索内容保留）</translation>
    </message>
    <message>
        <source>1 filter active</source>
        <translation>1 个筛选条件生效</translation>
    </message>
    <message>
        <source>{count} filters active</source>
        <translation>{count} 个筛选条件生效</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>1 Observe</source>
        <translation>1 察·观察</translation>
    </message>
    <message>
        <source>2 Listen</source>
        <translation>2 听·倾听</translation>
    </message>
    <message>
        <source>3 Ask</source>
        <translation>3 问·提问</translation>
    </message>
    <message>
        <source>4 Assess</source>
        <translation>4 评估</translation>
    </message>
    <message>
        <source>5 Decide</source>
        <translation>5 决定</translation>
    </message>
    <message>
        <source>{candidate} · {role} · interviewer {interviewer}</source>
        <translation>{candidate} · {role} · 面试官 {interviewer}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>考核指标（KPI）</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>重点考察</translation>
    </message>
    <message>
        <source>Interview {time}</source>
        <translation>面试用时 {time}</translation>
    </message>
    <message>
        <source>This interview was erased by another program: what you typed is still shown but can no longer be saved. Copy what you need, then close it.</source>
        <translation>此面试已被另一个程序彻底删除：您输入的内容仍显示在这里，但已无法保存。请先复制需要的内容，再关闭它。</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Not saved yet, retrying — your text is kept</source>
        <translation>尚未保存，正在重试——您输入的内容不会丢失</translation>
    </message>
    <message>
        <source>A change was refused</source>
        <translation>有一项修改被拒绝</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Not enough evidence for a verdict yet:
{shortfalls}

You can go back and ask more questions, or submit anyway: the verdict will say the evidence is thin.

{question}</source>
        <translation>证据还不够，暂时无法下结论：
{shortfalls}

您可以回去再问几个问题，也可以直接提交：结论会注明证据不足。

{question}</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Submit your scorecard? It cannot be changed afterwards, and other interviewers&apos; scores become visible to you.</source>
        <translation>提交您的评分表？提交后将无法修改，您也将能看到其他面试官的评分。</translation>
    </message>
    <message>
        <source>Keys: Ctrl+PgDn / Ctrl+PgUp next / previous question · Alt+1…5 score (Alt+0 clears) · Ctrl+K skip · Ctrl+L notes · Ctrl+Shift+L free notes · Ctrl+] / Ctrl+[ next / previous stage · Ctrl+Enter submit</source>
        <translation>按键：Ctrl+PgDn / Ctrl+PgUp 下一题 / 上一题 · Alt+1…5 打分（Alt+0 清除）· Ctrl+K 跳过 · Ctrl+L 本阶段笔记 · Ctrl+Shift+L 随手记录 · Ctrl+] / Ctrl+[ 下一阶段 / 上一阶段 · Ctrl+Enter 提交</translation>
    </message>
    <message>
        <source>Free notes (any stage, Ctrl+Shift+L)</source>
        <translation>随手记录（任何阶段可用，Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>无法提交</translation>
    </message>
</context>
<context>
    <name>InterviewsScreen</name>
    <message>
        <source>the database did not answer in time</source>
        <translation>数据库未能及时响应</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Last interview</source>
        <translation>最近面试</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>Import question bank</source>
        <translation>导入题库</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml);;All files (*)</source>
        <translation>题库文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{added} roles added, {updated} updated; {qadded} questions added, {qupdated} updated.</source>
        <translation>新增 {added} 个岗位，更新 {updated} 个；新增 {qadded} 道题，更新 {qupdated} 道。</translation>
    </message>
    <message>
        <source>Export question bank</source>
        <translation>导出题库</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml)</source>
        <translation>题库文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {count} roles to {path}</source>
        <translation>已导出 {count} 个岗位到 {path}</translation>
    </message>
    <message>
        <source>Restore built-in library</source>
        <translation>恢复内置岗位库</translation>
    </message>
    <message>
        <source>Put every built-in role back as it shipped? Your own roles, and questions you added to built-in roles, stay as they are. This cannot be undone.</source>
        <translation>将所有内置岗位恢复为初始内容？自建岗位，以及你在内置岗位中添加的问题，都会保持不变。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restored {count} built-in roles</source>
        <translation>已恢复 {count} 个内置岗位</translation>
    </message>
</context>
<context>
    <name>ListenStage</name>
    <message>
        <source>Ask for a short self-introduction and let the candidate speak. Check your first impression against what you hear.</source>
        <translation>请候选人做简短的自我介绍，让对方把话说完。用听到的内容检验您的第一印象。</translation>
    </message>
    <message>
        <source>Notes on the self-introduction</source>
        <translation>自我介绍记录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>已创建备份：{name}</translation>
    </message>
    <message>
        <source>The app is already open here; use this window.</source>
        <translation>程序已在这里打开，请使用此窗口。</translation>
    </message>
    <message>
        <source>{count} candidate(s) past the retention period: review…</source>
        <translation>{count} 位候选人已超过保留期限：查看…</translation>
    </message>
    <message>
        <source>Load demo candidates</source>
        <translation>加载演示候选人</translation>
    </message>
    <message>
        <source>Add {count} made-up candidates with their interviews and scorecards to this company, so that you can try every screen?

They are not real people. Try them in a company you will not use for real hiring, or erase them before you start.</source>
        <translation>要在这家公司中加入 {count} 位虚构的候选人（含面试和评分表），以便试用每个界面吗？

他们不是真实的人。建议在不用于真实招聘的公司里试用，或在正式使用前将其删除。</translation>
    </message>
    <message>
        <source>{count} demo candidates added.</source>
        <translation>已加入 {count} 位演示候选人。</translation>
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
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Backups and &amp;privacy…</source>
        <translation>备份与隐私(&amp;P)…</translation>
    </message>
    <message>
        <source>Load &amp;demo candidates…</source>
        <translation>加载演示候选人(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Interviewer &amp;calibration…</source>
        <translation>面试官打分校准(&amp;C)…</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>今天的备份未能完成：{reason}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved yet:
{reason}

Keep the window open? The app keeps trying, and saves it as soon as it can (for example once disk space is freed). Closing now loses it.</source>
        <translation>您输入的部分内容暂时无法保存：
{reason}

要保持窗口打开吗？程序会继续尝试，一有条件（例如腾出磁盘空间后）就会立即保存。现在关闭，这些内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>团队角色</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
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
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened safely:
{path}

The latest good backup is {backup} ({count} candidates). Restore it? The damaged file is moved into the backup folder exactly as it is; nothing is written over it.</source>
        <translation>数据库文件已损坏，无法安全打开：
{path}

最近一份完好的备份是 {backup}（{count} 位候选人）。要恢复这份备份吗？损坏的文件会原样移入备份文件夹，不会被覆盖。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>The Hiring Assistant is already open on this data folder:
{path}

Its window has been brought to the front. Two windows writing to the same database could lose work, so this one will not open.</source>
        <translation>招聘面试助手已在此数据文件夹上打开：
{path}

已将它的窗口切换到最前面。两个窗口同时写入同一个数据库可能丢失内容，因此本窗口不会打开。</translation>
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
    <name>ObserveStage</name>
    <message>
        <source>Look, but do not conclude yet: a first impression is a guess to test in the next stages, not a verdict. Tick what you notice.</source>
        <translation>多观察，但先别下结论：第一印象只是有待后面环节检验的猜测，不是定论。请勾选您注意到的情况。</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Agree who owns what with the colleagues in the same role: {names}</source>
        <translation>请与同岗位的同事分清各自负责的部分：{names}</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Probation review</source>
        <translation>试用期评估</translation>
    </message>
    <message>
        <source>One-to-one talks a month</source>
        <translation>每月一对一谈话次数</translation>
    </message>
    <message>
        <source>Goals for the first weeks</source>
        <translation>头几周的目标</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Onboarding plan: {name}</source>
        <translation>入职计划：{name}</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>无法保存入职计划</translation>
    </message>
</context>
<context>
    <name>OnboardingHook</name>
    <message>
        <source>Onboarding plan…</source>
        <translation>入职计划…</translation>
    </message>
    <message>
        <source>A mentor, goals, one-to-one talks and the probation review for someone hired or chosen to train</source>
        <translation>为已录用或决定培养的人安排师傅、目标、一对一谈话和试用期评估</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <source>Other interviewers&apos; scores stay hidden until you submit yours ({count} other scorecards so far).</source>
        <translation>在您提交自己的评分表之前，其他面试官的评分不会显示（目前已有 {count} 份其他评分表）。</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>By</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>新建招聘职位</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>New position…</source>
        <translation>新建职位…</translation>
    </message>
    <message>
        <source>A candidate applies…</source>
        <translation>添加应聘者…</translation>
    </message>
    <message>
        <source>Close position</source>
        <translation>关闭职位</translation>
    </message>
    <message>
        <source>Show in Candidates</source>
        <translation>在候选人中查看</translation>
    </message>
    <message>
        <source>The Candidates list, filtered by this position</source>
        <translation>打开候选人列表，只显示应聘这个职位的人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已招到</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>应聘者</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>No position selected</source>
        <translation>未选择职位</translation>
    </message>
    <message>
        <source>{role}: {filled} of {places} places filled, {open} open</source>
        <translation>{role}：{places} 个名额已招到 {filled} 人，空缺 {open} 个</translation>
    </message>
    <message>
        <source>Cannot open the position</source>
        <translation>无法新建职位</translation>
    </message>
    <message>
        <source>A candidate applies</source>
        <translation>添加应聘者</translation>
    </message>
    <message>
        <source>Every candidate for this role has applied already. Add candidates when you start an interview.</source>
        <translation>这个岗位的候选人都已应聘本职位。新的候选人可在开始面试时添加。</translation>
    </message>
    <message>
        <source>Cannot apply</source>
        <translation>无法应聘</translation>
    </message>
    <message>
        <source>Close this position? It takes no more applicants; its candidates stay.</source>
        <translation>关闭这个职位吗？关闭后不再接收应聘者，已有的候选人保留。</translation>
    </message>
    <message>
        <source>Cannot close the position</source>
        <translation>无法关闭职位</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Behavioural (past experience)</source>
        <translation>行为题（过往经历）</translation>
    </message>
    <message>
        <source>Situational (what would you do)</source>
        <translation>情景题（如果是你会怎么做）</translation>
    </message>
    <message>
        <source>Unprepared (think on your feet)</source>
        <translation>即兴题（考临场反应）</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识题</translation>
    </message>
    <message>
        <source>Practical task</source>
        <translation>实操题</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>考察点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Knock-out: a score of {score} or lower turns the candidate down</source>
        <translation>淘汰题：{score} 分及以下即不录用</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>倾听要点</translation>
    </message>
    <message>
        <source>Follow-ups (one per line)</source>
        <translation>追问（每行一条）</translation>
    </message>
    <message>
        <source>A 1 answer</source>
        <translation>1 分回答</translation>
    </message>
    <message>
        <source>A 3 answer</source>
        <translation>3 分回答</translation>
    </message>
    <message>
        <source>A 5 answer</source>
        <translation>5 分回答</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>what to listen for</source>
        <translation>倾听要点</translation>
    </message>
    <message>
        <source>a 1 answer</source>
        <translation>1 分回答</translation>
    </message>
    <message>
        <source>a 3 answer</source>
        <translation>3 分回答</translation>
    </message>
    <message>
        <source>a 5 answer</source>
        <translation>5 分回答</translation>
    </message>
    <message>
        <source>Please fill in: {fields}.</source>
        <translation>请填写：{fields}。</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>{dimension} (knock-out)</source>
        <translation>{dimension}（淘汰题）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>考察点</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} 位候选人</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF 语言</translation>
    </message>
    <message>
        <source>Candidate report</source>
        <translation>候选人报告</translation>
    </message>
    <message>
        <source>Many candidate reports at once</source>
        <translation>批量生成候选人报告</translation>
    </message>
    <message>
        <source>Comparison report for a role</source>
        <translation>岗位对比报告</translation>
    </message>
    <message>
        <source>Printable interview kit for a role</source>
        <translation>可打印的岗位面试手册</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <source>Type to find a candidate</source>
        <translation>输入以查找候选人</translation>
    </message>
</context>
<context>
    <name>ResumeButton</name>
    <message>
        <source>Open résumé</source>
        <translation>打开简历</translation>
    </message>
</context>
<context>
    <name>ResumePanel</name>
    <message>
        <source>Résumés</source>
        <translation>简历</translation>
    </message>
    <message>
        <source>Attach résumé…</source>
        <translation>附加简历…</translation>
    </message>
    <message>
        <source>Keep a PDF, Word file or picture with this candidate, inside the company database (up to {limit} MB)</source>
        <translation>把 PDF、Word 文件或图片保存在这位候选人的记录里，存放在公司数据库中（最大 {limit} MB）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No résumé attached yet.</source>
        <translation>尚未附加简历。</translation>
    </message>
    <message>
        <source>Attach a résumé</source>
        <translation>附加简历</translation>
    </message>
    <message>
        <source>Résumés: PDF, Word, pictures ({patterns})</source>
        <translation>简历：PDF、Word、图片（{patterns}）</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法附加文件</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove “{name}” from this candidate&apos;s record? The file is deleted from the company database; this cannot be undone.</source>
        <translation>要从这位候选人的记录中移除“{name}”吗？该文件会从公司数据库中删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation>无法移除文件</translation>
    </message>
</context>
<context>
    <name>ResumeViewer</name>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>No program opened the file</source>
        <translation>没有程序能打开此文件</translation>
    </message>
    <message>
        <source>Nothing on this computer opened “{name}”. Install a program for {kind} files, or open this copy yourself:
{path}

The copy is deleted when the app closes.</source>
        <translation>这台电脑上没有程序打开“{name}”。请安装能打开 {kind} 文件的程序，或自行打开这份副本：
{path}

关闭本应用时，这份副本会被删除。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Edit role</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Frontline (entry jobs)</source>
        <translation>一线（入门岗位）</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专员</translation>
    </message>
    <message>
        <source>Manager (leads people)</source>
        <translation>管理者（带人）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <source>Pay model</source>
        <translation>薪酬模式</translation>
    </message>
    <message>
        <source>Good attitude from</source>
        <translation>态度好的分数线</translation>
    </message>
    <message>
        <source>Strong ability from</source>
        <translation>能力强的分数线</translation>
    </message>
    <message>
        <source>Trainable from (ability floor)</source>
        <translation>可培养的能力下限</translation>
    </message>
    <message>
        <source>Answers needed per dimension</source>
        <translation>每个维度需要的答题数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Duties (one per line)</source>
        <translation>岗位职责（每行一条）</translation>
    </message>
    <message>
        <source>KPIs (one per line)</source>
        <translation>KPI（每行一条）</translation>
    </message>
    <message>
        <source>Why the attitude bar is lower (if it is)</source>
        <translation>态度分数线为何低于能力（如果是）</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>考察重点</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Team stages</source>
        <translation>团队阶段</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>请填写岗位名称。</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <source>New role</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>题库文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export role…</source>
        <translation>导出岗位…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Restore built-in…</source>
        <translation>恢复内置岗位…</translation>
    </message>
    <message>
        <source>Interview kit (PDF)…</source>
        <translation>面试手册（PDF）…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation>搜索岗位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>岗位概况</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>面试题</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>未选择岗位</translation>
    </message>
    <message>
        <source>your own role</source>
        <translation>自建岗位</translation>
    </message>
    <message>
        <source>built-in role</source>
        <translation>内置岗位</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} 道题</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>考核指标（KPI）</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>重点考察</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Screening thresholds</source>
        <translation>筛选分数线</translation>
    </message>
    <message>
        <source>Pay model</source>
        <translation>薪酬方式</translation>
    </message>
    <message>
        <source>Team stages</source>
        <translation>适用团队阶段</translation>
    </message>
    <message>
        <source>Good attitude from {attitude:.1f}; strong ability from {ability:.1f} (scores 1-5).</source>
        <translation>态度 {attitude:.1f} 分及以上算好，能力 {ability:.1f} 分及以上算强（评分 1–5 分）。</translation>
    </message>
    <message>
        <source>Can be trained only from an ability of {floor:.1f}; a verdict needs {answers} answered questions of each dimension.</source>
        <translation>能力 {floor:.1f} 分及以上才考虑培养；每个维度至少答 {answers} 道题才下结论。</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <source>Frontline (entry jobs)</source>
        <translation>一线（入门岗位）</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专员</translation>
    </message>
    <message>
        <source>Manager (leads people)</source>
        <translation>管理者（带人）</translation>
    </message>
    <message>
        <source>Knock-outs: a knock-out question scored {score} or lower, or one of these red flags, turns the candidate down:</source>
        <translation>一票否决：淘汰题得 {score} 分及以下，或出现以下任一危险信号，即不录用：</translation>
    </message>
    <message>
        <source>Knock-out question: a score of {score} or lower turns the candidate down.</source>
        <translation>淘汰题：得 {score} 分及以下即不录用。</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>倾听要点</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>Scoring guide</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>{shown} of {total} roles</source>
        <translation>显示 {shown} 个，共 {total} 个岗位</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>new role</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>duplicate role</source>
        <translation>复制岗位</translation>
    </message>
    <message>
        <source>edit role</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Delete the role “{name}” and its questions? You can undo this (Ctrl+Z).</source>
        <translation>删除岗位“{name}”及其全部问题？此操作可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>delete role</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>delete question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>move question</source>
        <translation>移动问题</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Type to filter (a key or a word)</source>
        <translation>输入按键或文字进行筛选</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>在哪里</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何界面</translation>
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
        <source>Starting an interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <source>During an interview</source>
        <translation>面试进行中</translation>
    </message>
    <message>
        <source>Panel decision</source>
        <translation>汇总讨论并决定</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Go to Roles, Candidates, Interviews, Compare, Reports or Team</source>
        <translation>切换到岗位库、候选人、面试、对比、报告或团队</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>面试官打分校准</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>打开本快捷键列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Search the role library</source>
        <translation>搜索岗位库</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Duplicate the role</source>
        <translation>复制岗位</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Add a question to the role</source>
        <translation>为岗位添加问题</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Remove the question from the role</source>
        <translation>从岗位中移除该问题</translation>
    </message>
    <message>
        <source>Move the question up / down</source>
        <translation>上移 / 下移该问题</translation>
    </message>
    <message>
        <source>Import a question bank file</source>
        <translation>导入题库文件</translation>
    </message>
    <message>
        <source>Export the whole library to a file</source>
        <translation>将整个岗位库导出为文件</translation>
    </message>
    <message>
        <source>Printable interview kit (PDF) for the role</source>
        <translation>该岗位的可打印面试手册（PDF）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>搜索候选人</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>新建候选人</translation>
    </message>
    <message>
        <source>Edit the candidate (a double-click on the row does too)</source>
        <translation>编辑候选人（双击该行也可以）</translation>
    </message>
    <message>
        <source>Save the candidate (in its dialog)</source>
        <translation>保存候选人（在编辑窗口中）</translation>
    </message>
    <message>
        <source>Undo adding or editing a candidate</source>
        <translation>撤销添加或修改候选人</translation>
    </message>
    <message>
        <source>Panel decision (debrief) for the candidate</source>
        <translation>为该候选人汇总讨论并决定</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <source>Add a person to the team</source>
        <translation>向团队添加成员</translation>
    </message>
    <message>
        <source>Edit the person</source>
        <translation>编辑该成员</translation>
    </message>
    <message>
        <source>Remove the person from the team</source>
        <translation>将该成员移出团队</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>下一阶段 / 上一阶段</translation>
    </message>
    <message>
        <source>Next / previous question (on the last question: on to Assess)</source>
        <translation>下一题 / 上一题（在最后一题时进入评估）</translation>
    </message>
    <message>
        <source>Score the current question 1 to 5</source>
        <translation>给当前问题打 1 到 5 分</translation>
    </message>
    <message>
        <source>Clear the question&apos;s score</source>
        <translation>清除该题分数</translation>
    </message>
    <message>
        <source>Skip the question (again: not skipped)</source>
        <translation>跳过该题（再按一次取消跳过）</translation>
    </message>
    <message>
        <source>To this stage&apos;s notes</source>
        <translation>转到本阶段的笔记</translation>
    </message>
    <message>
        <source>To the free notes (at any stage)</source>
        <translation>转到随手记录（任何阶段）</translation>
    </message>
    <message>
        <source>What not to ask: open or close the list</source>
        <translation>不该问的内容：展开或收起列表</translation>
    </message>
    <message>
        <source>Submit the scorecard (on Decide)</source>
        <translation>提交评分表（在“决定”阶段）</translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision</source>
        <translation>记录小组的最终决定</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>New interview</source>
        <translation>新建面试</translation>
    </message>
    <message>
        <source>Paused interviews</source>
        <translation>已暂停的面试</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>招聘渠道</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>电话（选填）</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>邮箱（选填）</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>A new candidate</source>
        <translation>新候选人</translation>
    </message>
    <message>
        <source>A candidate already on file</source>
        <translation>已登记的候选人</translation>
    </message>
    <message>
        <source>Start interview (Ctrl+Enter)</source>
        <translation>开始面试（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续面试</translation>
    </message>
    <message>
        <source>Someone else&apos;s scorecard</source>
        <translation>其他面试官的评分表</translation>
    </message>
    <message>
        <source>This unfinished scorecard for {candidate} belongs to {owner}.</source>
        <translation>这份{candidate}的未完成评分表属于 {owner}。</translation>
    </message>
    <message>
        <source>Scores stay hidden from colleagues until each interviewer submits. If you are not {owner}, opening it shows you their scores before you have formed your own view.</source>
        <translation>每位面试官提交之前，评分对同事保密。如果您不是 {owner}，打开后会在您形成自己的判断之前看到对方的评分。</translation>
    </message>
    <message>
        <source>I am {owner}: open it</source>
        <translation>我是 {owner}，打开</translation>
    </message>
    <message>
        <source>Who is interviewing? Type your name.</source>
        <translation>谁来面试？请输入您的姓名。</translation>
    </message>
    <message>
        <source>{candidate} · {role} · {interviewer} · {stage} · {when}</source>
        <translation>{candidate} · {role} · {interviewer} · {stage} · {when}</translation>
    </message>
    <message>
        <source>Type the candidate&apos;s name.</source>
        <translation>请输入候选人姓名。</translation>
    </message>
    <message>
        <source>Choose a candidate.</source>
        <translation>请选择候选人。</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>无法开始</translation>
    </message>
</context>
<context>
    <name>TeamFitView</name>
    <message>
        <source>No team recorded yet: add the people who work here in the Team section to see which team-role types the team lacks.</source>
        <translation>还没有记录团队成员：在“团队”页添加现有员工后，这里会显示团队缺少哪种角色类型。</translation>
    </message>
    <message>
        <source>The team has:</source>
        <translation>团队现有：</translation>
    </message>
    <message>
        <source>This candidate brings a type the team lacks.</source>
        <translation>这位候选人正好补上团队缺少的类型。</translation>
    </message>
    <message>
        <source>The team already has {count} of this type.</source>
        <translation>团队里已有 {count} 人属于这种类型。</translation>
    </message>
    <message>
        <source>Types the team lacks:</source>
        <translation>团队缺少的类型：</translation>
    </message>
    <message>
        <source>Our values:</source>
        <translation>我们的价值观：</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Company profile</source>
        <translation>公司概况</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>团队阶段(&amp;S)</translation>
    </message>
    <message>
        <source>The &amp;boss&apos;s style</source>
        <translation>老板风格(&amp;B)</translation>
    </message>
    <message>
        <source>Our &amp;values</source>
        <translation>价值观(&amp;V)</translation>
    </message>
    <message>
        <source>The company&apos;s values and goals in its own words: what you will not do for a sale, how you treat buyers and each other</source>
        <translation>用自己的话写下公司的价值观和目标：为了成交绝不做什么，怎样对待买家和同事</translation>
    </message>
    <message>
        <source>The team as it is</source>
        <translation>现有团队</translation>
    </message>
    <message>
        <source>What the stage calls for</source>
        <translation>该阶段需要的团队</translation>
    </message>
    <message>
        <source>&amp;Compare with the stage</source>
        <translation>与以下阶段对比(&amp;C)</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>团队角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>招聘职位</translation>
    </message>
    <message>
        <source>— choose the stage —</source>
        <translation>—— 选择团队阶段 ——</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>Choose the company&apos;s stage above: the team model of each stage says which roles a shop of that size needs. The team is then compared with it.</source>
        <translation>请先在上方选择公司所处的阶段：每个阶段的团队模型列出了这种规模的店需要哪些岗位，现有团队会与之对比。</translation>
    </message>
    <message>
        <source>The boss&apos;s style</source>
        <translation>老板风格</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>未定岗位</translation>
    </message>
    <message>
        <source>{people} people now; a team at this stage usually has {headcount}.</source>
        <translation>现有 {people} 人；这个阶段的团队一般有 {headcount} 人。</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>缺 {count} 人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>The fewest people the model calls for in each role (0: added when the work calls for it); in a small shop one person often covers several roles.</source>
        <translation>该模型对每个岗位至少需要的人数（0 表示等工作需要时再设）；小店里一个人常常身兼数职。</translation>
    </message>
    <message>
        <source>Roles missing:</source>
        <translation>缺少的岗位：</translation>
    </message>
    <message>
        <source>People in roles this stage does not list:</source>
        <translation>以下岗位不在本阶段的模型中：</translation>
    </message>
    <message>
        <source>Team-role types</source>
        <translation>团队角色类型</translation>
    </message>
    <message>
        <source>Seek precisely placed people, not a dream team: pick the type the team lacks.</source>
        <translation>不求梦幻团队，要找定位准确的人：优先选团队缺少的类型。</translation>
    </message>
    <message>
        <source>{count} in the team</source>
        <translation>团队中有 {count} 人</translation>
    </message>
    <message>
        <source>the team lacks this</source>
        <translation>团队缺少这种类型</translation>
    </message>
    <message>
        <source>Moving to {stage}</source>
        <translation>进入“{stage}”阶段</translation>
    </message>
    <message>
        <source>Usual headcount: {headcount}.</source>
        <translation>一般人数：{headcount} 人。</translation>
    </message>
    <message>
        <source> (the team has {count})</source>
        <translation>（团队已有 {count} 人）</translation>
    </message>
    <message>
        <source>It adds:</source>
        <translation>需要新增的岗位：</translation>
    </message>
    <message>
        <source>It adds no role.</source>
        <translation>不新增岗位。</translation>
    </message>
    <message>
        <source>It no longer lists:</source>
        <translation>不再列出的岗位：</translation>
    </message>
    <message>
        <source>Cannot change the stage</source>
        <translation>无法更改团队阶段</translation>
    </message>
    <message>
        <source>Cannot change the boss&apos;s style</source>
        <translation>无法更改老板风格</translation>
    </message>
    <message>
        <source>Cannot save the values</source>
        <translation>无法保存价值观</translation>
    </message>
    <message>
        <source>Cannot change the team</source>
        <translation>无法更改团队</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>无法添加成员</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Cannot change the person</source>
        <translation>无法修改成员</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>修改成员</translation>
    </message>
    <message>
        <source>Cannot remove the person</source>
        <translation>无法移除成员</translation>
    </message>
    <message>
        <source>remove person</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>{name} removed from the team. Undo with Ctrl+Z.</source>
        <translation>已将 {name} 移出团队。可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
</TS>
