<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdhocQuestionDialog</name>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>A note only (not scored)</source>
        <translation>A note only (not scored)</translation>
    </message>
    <message>
        <source>Choose what the answer tells you about…</source>
        <translation>Choose what the answer tells you about…</translation>
    </message>
    <message>
        <source>A scored question counts toward the dimension you choose. Questions about availability, logistics or anything you only want to record are notes.</source>
        <translation>A scored question counts toward the dimension you choose. Questions about availability, logistics or anything you only want to record are notes.</translation>
    </message>
    <message>
        <source>The question you want to ask:</source>
        <translation>The question you want to ask:</translation>
    </message>
    <message>
        <source>It tells you about</source>
        <translation>It tells you about</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>A candidate applies</source>
        <translation>A candidate applies</translation>
    </message>
</context>
<context>
    <name>AskStage</name>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Notes on this answer</source>
        <translation>Notes on this answer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>Add a question…</translation>
    </message>
    <message>
        <source>Ask earlier</source>
        <translation>Ask earlier</translation>
    </message>
    <message>
        <source>Ask later</source>
        <translation>Ask later</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>{dimension} · {facet} · weight {weight}</source>
        <translation>{dimension} · {facet} · weight {weight}</translation>
    </message>
    <message>
        <source>knock-out: {limit} or lower turns the candidate down</source>
        <translation>knock-out: {limit} or lower turns the candidate down</translation>
    </message>
    <message>
        <source>A note only: not scored</source>
        <translation>A note only: not scored</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Listen for</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Scoring guide</source>
        <translation>Scoring guide</translation>
    </message>
    <message>
        <source>An added question: score it as you judge.</source>
        <translation>An added question: score it as you judge.</translation>
    </message>
    <message>
        <source>An added question kept as a note: write down the answer; it does not change the scores.</source>
        <translation>An added question kept as a note: write down the answer; it does not change the scores.</translation>
    </message>
    <message>
        <source>This question: {time}</source>
        <translation>This question: {time}</translation>
    </message>
</context>
<context>
    <name>AssessStage</name>
    <message>
        <source>Red flags you noticed</source>
        <translation>Red flags you noticed</translation>
    </message>
    <message>
        <source>Team fit</source>
        <translation>Team fit</translation>
    </message>
    <message>
        <source>The boss&apos;s style</source>
        <translation>The boss&apos;s style</translation>
    </message>
    <message>
        <source>Other interviewers</source>
        <translation>Other interviewers</translation>
    </message>
    <message>
        <source>Team role they would fill</source>
        <translation>Team role they would fill</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Attitude {attitude} ({attitude_n} answers) · Ability {ability} ({ability_n} answers)</source>
        <translation>Attitude {attitude} ({attitude_n} answers) · Ability {ability} ({ability_n} answers)</translation>
    </message>
    <message>
        <source>Score at least one attitude and one ability question to place the candidate.</source>
        <translation>Score at least one attitude and one ability question to place the candidate.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Interviewer calibration</source>
        <translation>Interviewer calibration</translation>
    </message>
    <message>
        <source>No candidate has scorecards from two interviewers yet.

When two or more interviewers each submit a scorecard for the same candidate, this shows how each one&apos;s scores compare with the others&apos;.</source>
        <translation>No candidate has scorecards from two interviewers yet.

When two or more interviewers each submit a scorecard for the same candidate, this shows how each one&apos;s scores compare with the others&apos;.</translation>
    </message>
    <message>
        <source>Each difference is the interviewer&apos;s score (1–5) minus the mean of the other interviewers on the same candidate, averaged over the candidates they share: above zero they score higher than their colleagues, below zero lower. A difference of ±{gap} or more over at least {count} shared candidates is flagged: orange rows lenient, blue rows harsh.</source>
        <translation>Each difference is the interviewer&apos;s score (1–5) minus the mean of the other interviewers on the same candidate, averaged over the candidates they share: above zero they score higher than their colleagues, below zero lower. A difference of ±{gap} or more over at least {count} shared candidates is flagged: orange rows lenient, blue rows harsh.</translation>
    </message>
    <message>
        <source>A number in brackets: that dimension was compared on only that many of the shared candidates.</source>
        <translation>A number in brackets: that dimension was compared on only that many of the shared candidates.</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Shared candidates</source>
        <translation>Shared candidates</translation>
    </message>
    <message>
        <source>Attitude ±</source>
        <translation>Attitude ±</translation>
    </message>
    <message>
        <source>Ability ±</source>
        <translation>Ability ±</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>Leaning</translation>
    </message>
    <message>
        <source>Lenient on attitude</source>
        <translation>Lenient on attitude</translation>
    </message>
    <message>
        <source>Harsh on attitude</source>
        <translation>Harsh on attitude</translation>
    </message>
    <message>
        <source>Lenient on ability</source>
        <translation>Lenient on ability</translation>
    </message>
    <message>
        <source>Harsh on ability</source>
        <translation>Harsh on ability</translation>
    </message>
    <message>
        <source>In line with colleagues</source>
        <translation>In line with colleagues</translation>
    </message>
    <message>
        <source>Fewer than {count} shared candidates</source>
        <translation>Fewer than {count} shared candidates</translation>
    </message>
    <message>
        <source>{shared} of the {candidates} candidates {name} scored were also scored by a colleague</source>
        <translation>{shared} of the {candidates} candidates {name} scored were also scored by a colleague</translation>
    </message>
    <message>
        <source>No colleague scored this on the same candidates</source>
        <translation>No colleague scored this on the same candidates</translation>
    </message>
    <message>
        <source>Mean difference from colleagues over {count} candidate(s)</source>
        <translation>Mean difference from colleagues over {count} candidate(s)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Edit candidate</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>New candidate…</source>
        <translation>New candidate…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Correct the name, contact details, channel, role or notes (F2, or double-click the row)</source>
        <translation>Correct the name, contact details, channel, role or notes (F2, or double-click the row)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>{verb} adding {name}</source>
        <translation>{verb} adding {name}</translation>
    </message>
    <message>
        <source>{verb} changes to {name}</source>
        <translation>{verb} changes to {name}</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <source>Saved {name}. Ctrl+Z undoes it.</source>
        <translation>Saved {name}. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Cannot redo</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>in notes</source>
        <translation>in notes</translation>
    </message>
    <message>
        <source>in interviewers</source>
        <translation>in interviewers</translation>
    </message>
    <message>
        <source>Found in the notes: {excerpt}</source>
        <translation>Found in the notes: {excerpt}</translation>
    </message>
    <message>
        <source>Found in the interviewers: {names}</source>
        <translation>Found in the interviewers: {names}</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <source>No candidates yet</source>
        <translation>No candidates yet</translation>
    </message>
    <message>
        <source>Add the people who applied, start an interview (the candidate is added as you start), or try the app on made-up candidates first.</source>
        <translation>Add the people who applied, start an interview (the candidate is added as you start), or try the app on made-up candidates first.</translation>
    </message>
    <message>
        <source>New candidate… (Ctrl+N)</source>
        <translation>New candidate… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Start an interview</translation>
    </message>
    <message>
        <source>Load demo candidates…</source>
        <translation>Load demo candidates…</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Compare selected</translation>
    </message>
    <message>
        <source>Debrief and decide…</source>
        <translation>Debrief and decide…</translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards side by side, every disagreement, and the hiring decision (Ctrl+D)</source>
        <translation>The panel&apos;s scorecards side by side, every disagreement, and the hiring decision (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark hired</source>
        <translation>Mark hired</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Mark declined</translation>
    </message>
    <message>
        <source>Back to interviewing</source>
        <translation>Back to interviewing</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Erase this candidate with every interview, note and score, leaving no trace</source>
        <translation>Erase this candidate with every interview, note and score, leaving no trace</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Everything held about this candidate, as a JSON file (for a request to see it)</source>
        <translation>Everything held about this candidate, as a JSON file (for a request to see it)</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>All quadrants</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>All positions</translation>
    </message>
    <message>
        <source>Position {id}: {role}</source>
        <translation>Position {id}: {role}</translation>
    </message>
    <message>
        <source>Getting the list ready for quick search and sorting (once, after an update): {made} of {total} candidates…</source>
        <translation>Getting the list ready for quick search and sorting (once, after an update): {made} of {total} candidates…</translation>
    </message>
    <message>
        <source>{count} — the list could not be made ready for quick search: {reason}</source>
        <translation>{count} — the list could not be made ready for quick search: {reason}</translation>
    </message>
    <message>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} of {total} candidates</translation>
    </message>
    <message>
        <source>No candidate matches: 1 filter is active.</source>
        <translation>No candidate matches: 1 filter is active.</translation>
    </message>
    <message>
        <source>No candidate matches: {count} filters are active.</source>
        <translation>No candidate matches: {count} filters are active.</translation>
    </message>
    <message>
        <source>No candidate matches “{text}”.</source>
        <translation>No candidate matches “{text}”.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Select 2 to 20 candidates (Ctrl+click)</source>
        <translation>Select 2 to 20 candidates (Ctrl+click)</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>No candidate selected</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Panel summary</source>
        <translation>Panel summary</translation>
    </message>
    <message>
        <source>submitted {when}</source>
        <translation>submitted {when}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>attitude {attitude}, ability {ability}, recommends: {decision}</source>
        <translation>attitude {attitude}, ability {ability}, recommends: {decision}</translation>
    </message>
    <message>
        <source>Cannot open the debrief</source>
        <translation>Cannot open the debrief</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Cannot change the status</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>Cannot erase</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <source>Any position</source>
        <translation>Any position</translation>
    </message>
    <message>
        <source>Position {id}: {role}</source>
        <translation>Position {id}: {role}</translation>
    </message>
    <message>
        <source>Compare the best 20 of this role</source>
        <translation>Compare the best 20 of this role</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>Choose 2 to 20 candidates on the Candidates screen (Ctrl+click) and press “Compare selected”, or compare the best of a role.</source>
        <translation>Choose 2 to 20 candidates on the Candidates screen (Ctrl+click) and press “Compare selected”, or compare the best of a role.</translation>
    </message>
    <message>
        <source>{count} candidates, ranked by quadrant, then weighted total; knock-outs last. Green: the best value of a row where at least two candidates differ; red: interviewers 2 or more points apart. Click a point or double-click a name for the record.</source>
        <translation>{count} candidates, ranked by quadrant, then weighted total; knock-outs last. Green: the best value of a row where at least two candidates differ; red: interviewers 2 or more points apart. Click a point or double-click a name for the record.</translation>
    </message>
    <message>
        <source>Not enough candidates</source>
        <translation>Not enough candidates</translation>
    </message>
    <message>
        <source>This role has fewer than two candidates with a submitted scorecard.</source>
        <translation>This role has fewer than two candidates with a submitted scorecard.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something unexpected went wrong in the app. This is a fault of the app, not something you did.

Your data is safe: everything is saved as you type, and notes not saved yet are kept and saved again. You can carry on; if the same thing happens again, restart the app.

The technical details are under “Show Details…”: copy them for whoever looks after the app.</source>
        <translation>Something unexpected went wrong in the app. This is a fault of the app, not something you did.

Your data is safe: everything is saved as you type, and notes not saved yet are kept and saved again. You can carry on; if the same thing happens again, restart the app.

The technical details are under “Show Details…”: copy them for whoever looks after the app.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export the candidate&apos;s data</source>
        <translation>Export the candidate&apos;s data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>DataSafetyDialog</name>
    <message>
        <source>Backups and privacy</source>
        <translation>Backups and privacy</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>A backup is made when the app starts (at most once a day) and before every upgrade of the database. Restoring one keeps the current file in the backup folder.</source>
        <translation>A backup is made when the app starts (at most once a day) and before every upgrade of the database. Restoring one keeps the current file in the backup folder.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>Automatic backups to keep:</translation>
    </message>
    <message>
        <source>Candidates&apos; records are personal data. Set how long to keep candidates who were not hired; those past the period are listed here to erase, with every interview and note. Hired candidates are never listed.</source>
        <translation>Candidates&apos; records are personal data. Set how long to keep candidates who were not hired; those past the period are listed here to erase, with every interview and note. Hired candidates are never listed.</translation>
    </message>
    <message>
        <source>Keep candidates not hired for (months, 0 = no limit):</source>
        <translation>Keep candidates not hired for (months, 0 = no limit):</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Erase these candidates…</source>
        <translation>Erase these candidates…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>replaced by a restore</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>damaged file set aside</translation>
    </message>
    <message>
        <source>{candidates} candidates, {interviews} interviews</source>
        <translation>{candidates} candidates, {interviews} interviews</translation>
    </message>
    <message>
        <source>cannot be restored: {problem}</source>
        <translation>cannot be restored: {problem}</translation>
    </message>
    <message>
        <source>No limit is set.</source>
        <translation>No limit is set.</translation>
    </message>
    <message>
        <source>{count} candidate(s) not hired and inactive for more than {months} months:</source>
        <translation>{count} candidate(s) not hired and inactive for more than {months} months:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from {date}? The window closes and opens again on the restored data; the current file is kept in the backup folder.</source>
        <translation>Replace the current data with the backup from {date}? The window closes and opens again on the restored data; the current file is kept in the backup folder.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <source>Delete {count} backup file(s) for good?</source>
        <translation>Delete {count} backup file(s) for good?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Erase candidates</source>
        <translation>Erase candidates</translation>
    </message>
    <message>
        <source>Erase these {count} candidate(s) for good, with every interview and note?

{names}</source>
        <translation>Erase these {count} candidate(s) for good, with every interview and note?

{names}</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief — {name}</source>
        <translation>Debrief — {name}</translation>
    </message>
    <message>
        <source>The hiring decision</source>
        <translation>The hiring decision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Record decision (Ctrl+Enter)</source>
        <translation>Record decision (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This goes against the recommendation ({recommended}): the reason you write is kept with the decision.</source>
        <translation>This goes against the recommendation ({recommended}): the reason you write is kept with the decision.</translation>
    </message>
    <message>
        <source>No scorecard has been submitted: you are deciding without the panel&apos;s scores.</source>
        <translation>No scorecard has been submitted: you are deciding without the panel&apos;s scores.</translation>
    </message>
    <message>
        <source>Choose a decision and write the reason first.</source>
        <translation>Choose a decision and write the reason first.</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>No submitted scorecard yet.</source>
        <translation>No submitted scorecard yet.</translation>
    </message>
    <message>
        <source>No other interviewer has submitted a scorecard yet.</source>
        <translation>No other interviewer has submitted a scorecard yet.</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Their verdict</source>
        <translation>Their verdict</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Recommends</translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation>Their reason</translation>
    </message>
    <message>
        <source>Combined ({count} scorecards): attitude {attitude}, ability {ability}</source>
        <translation>Combined ({count} scorecards): attitude {attitude}, ability {ability}</translation>
    </message>
    <message>
        <source>Recommendation: {decision}</source>
        <translation>Recommendation: {decision}</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>knock-out</source>
        <translation>knock-out</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Not counted yet (not submitted): {names}</source>
        <translation>Not counted yet (not submitted): {names}</translation>
    </message>
    <message>
        <source>No hiring decision yet.</source>
        <translation>No hiring decision yet.</translation>
    </message>
    <message>
        <source>{when}, by {name}</source>
        <translation>{when}, by {name}</translation>
    </message>
    <message>
        <source>Hiring decision: {decision} ({by})</source>
        <translation>Hiring decision: {decision} ({by})</translation>
    </message>
    <message>
        <source>This goes against the recommendation.</source>
        <translation>This goes against the recommendation.</translation>
    </message>
</context>
<context>
    <name>DecideStage</name>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>H&amp;old</translation>
    </message>
    <message>
        <source>H&amp;ire</source>
        <translation>H&amp;ire</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Why (the reason is kept with your recommendation)</source>
        <translation>Why (the reason is kept with your recommendation)</translation>
    </message>
    <message>
        <source>Debrief and decide…</source>
        <translation>Debrief and decide…</translation>
    </message>
    <message>
        <source>The matrix recommends: {decision}. Your choice is your recommendation to whoever decides.</source>
        <translation>The matrix recommends: {decision}. Your choice is your recommendation to whoever decides.</translation>
    </message>
    <message>
        <source>No recommendation yet: not enough evidence. Ask more questions before choosing.</source>
        <translation>No recommendation yet: not enough evidence. Ask more questions before choosing.</translation>
    </message>
    <message>
        <source>Submitted {when}. Your recommendation: &lt;b&gt;{decision}&lt;/b&gt;. The hiring decision is taken in the debrief, once the panel&apos;s scorecards are in.</source>
        <translation>Submitted {when}. Your recommendation: &lt;b&gt;{decision}&lt;/b&gt;. The hiring decision is taken in the debrief, once the panel&apos;s scorecards are in.</translation>
    </message>
    <message>
        <source>Submit scorecard (Ctrl+Enter)</source>
        <translation>Submit scorecard (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No recommendation yet: score more questions.</source>
        <translation>No recommendation yet: score more questions.</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>Choose a decision first.</translation>
    </message>
</context>
<context>
    <name>DoNotAsk</name>
    <message>
        <source>Why, and what to ask instead (Ctrl+Shift+D)</source>
        <translation>Why, and what to ask instead (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Instead: {text}</source>
        <translation>Instead: {text}</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>hide</translation>
    </message>
    <message>
        <source>why, and what instead</source>
        <translation>why, and what instead</translation>
    </message>
    <message>
        <source>Do not ask, note or score:</source>
        <translation>Do not ask, note or score:</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erase candidate</source>
        <translation>Erase candidate</translation>
    </message>
    <message>
        <source>Erase {name} for good: {count} interview(s), every note, score, status change and attached résumé? This cannot be undone.

PDF reports or scorecard files you saved elsewhere are not touched; delete those yourself.</source>
        <translation>Erase {name} for good: {count} interview(s), every note, score, status change and attached résumé? This cannot be undone.

PDF reports or scorecard files you saved elsewhere are not touched; delete those yourself.</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>Cannot erase</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>The candidate is erased. Some leftover bytes in the database file could not be cleared yet (another program is reading it, or the disk is full); they are cleared the next time the app starts.</source>
        <translation>The candidate is erased. Some leftover bytes in the database file could not be cleared yet (another program is reading it, or the disk is full); they are cleared the next time the app starts.</translation>
    </message>
    <message>
        <source>Erased people are back</source>
        <translation>Erased people are back</translation>
    </message>
    <message>
        <source>The restored backup was made before {count} person(s) were erased, so they are back:

{names}

Erase them again?</source>
        <translation>The restored backup was made before {count} person(s) were erased, so they are back:

{names}

Erase them again?</translation>
    </message>
    <message>
        <source>Erase them again</source>
        <translation>Erase them again</translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation>Keep them for now</translation>
    </message>
    <message>
        <source>Backups still hold this data</source>
        <translation>Backups still hold this data</translation>
    </message>
    <message>
        <source>The candidate is erased from the database. These backups were made before and still hold their data:

{names}

Delete these backups too?</source>
        <translation>The candidate is erased from the database. These backups were made before and still hold their data:

{names}

Delete these backups too?</translation>
    </message>
    <message>
        <source>Delete these backups</source>
        <translation>Delete these backups</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Writing reports…</source>
        <translation>Writing reports…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing reports… {done} of {total}</source>
        <translation>Writing reports… {done} of {total}</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Reports written</translation>
    </message>
    <message>
        <source>{count} reports written to {folder}</source>
        <translation>{count} reports written to {folder}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name, pinyin, role or notes (Ctrl+F)</source>
        <translation>Name, pinyin, role or notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds names, also by pinyin or its initials (李明: liming, lm), roles, interviewers and notes</source>
        <translation>Finds names, also by pinyin or its initials (李明: liming, lm), roles, interviewers and notes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Only candidates interviewed (or added) in a period</source>
        <translation>Only candidates interviewed (or added) in a period</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show every candidate again (the search stays)</source>
        <translation>Show every candidate again (the search stays)</translation>
    </message>
    <message>
        <source>1 filter active</source>
        <translation>1 filter active</translation>
    </message>
    <message>
        <source>{count} filters active</source>
        <translation>{count} filters active</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>1 Observe</source>
        <translation>1 Observe</translation>
    </message>
    <message>
        <source>2 Listen</source>
        <translation>2 Listen</translation>
    </message>
    <message>
        <source>3 Ask</source>
        <translation>3 Ask</translation>
    </message>
    <message>
        <source>4 Assess</source>
        <translation>4 Assess</translation>
    </message>
    <message>
        <source>5 Decide</source>
        <translation>5 Decide</translation>
    </message>
    <message>
        <source>{candidate} · {role} · interviewer {interviewer}</source>
        <translation>{candidate} · {role} · interviewer {interviewer}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Interview {time}</source>
        <translation>Interview {time}</translation>
    </message>
    <message>
        <source>This interview was erased by another program: what you typed is still shown but can no longer be saved. Copy what you need, then close it.</source>
        <translation>This interview was erased by another program: what you typed is still shown but can no longer be saved. Copy what you need, then close it.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Not saved yet, retrying — your text is kept</source>
        <translation>Not saved yet, retrying — your text is kept</translation>
    </message>
    <message>
        <source>A change was refused</source>
        <translation>A change was refused</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Not enough evidence for a verdict yet:
{shortfalls}

You can go back and ask more questions, or submit anyway: the verdict will say the evidence is thin.

{question}</source>
        <translation>Not enough evidence for a verdict yet:
{shortfalls}

You can go back and ask more questions, or submit anyway: the verdict will say the evidence is thin.

{question}</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>Submit scorecard</translation>
    </message>
    <message>
        <source>Submit your scorecard? It cannot be changed afterwards, and other interviewers&apos; scores become visible to you.</source>
        <translation>Submit your scorecard? It cannot be changed afterwards, and other interviewers&apos; scores become visible to you.</translation>
    </message>
    <message>
        <source>Keys: Ctrl+PgDn / Ctrl+PgUp next / previous question · Alt+1…5 score (Alt+0 clears) · Ctrl+K skip · Ctrl+L notes · Ctrl+Shift+L free notes · Ctrl+] / Ctrl+[ next / previous stage · Ctrl+Enter submit</source>
        <translation>Keys: Ctrl+PgDn / Ctrl+PgUp next / previous question · Alt+1…5 score (Alt+0 clears) · Ctrl+K skip · Ctrl+L notes · Ctrl+Shift+L free notes · Ctrl+] / Ctrl+[ next / previous stage · Ctrl+Enter submit</translation>
    </message>
    <message>
        <source>Free notes (any stage, Ctrl+Shift+L)</source>
        <translation>Free notes (any stage, Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>Cannot submit</translation>
    </message>
</context>
<context>
    <name>InterviewsScreen</name>
    <message>
        <source>the database did not answer in time</source>
        <translation>the database did not answer in time</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Last interview</source>
        <translation>Last interview</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>Import question bank</source>
        <translation>Import question bank</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml);;All files (*)</source>
        <translation>Question banks (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>{added} roles added, {updated} updated; {qadded} questions added, {qupdated} updated.</source>
        <translation>{added} roles added, {updated} updated; {qadded} questions added, {qupdated} updated.</translation>
    </message>
    <message>
        <source>Export question bank</source>
        <translation>Export question bank</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml)</source>
        <translation>Question banks (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported {count} roles to {path}</source>
        <translation>Exported {count} roles to {path}</translation>
    </message>
    <message>
        <source>Restore built-in library</source>
        <translation>Restore built-in library</translation>
    </message>
    <message>
        <source>Put every built-in role back as it shipped? Your own roles, and questions you added to built-in roles, stay as they are. This cannot be undone.</source>
        <translation>Put every built-in role back as it shipped? Your own roles, and questions you added to built-in roles, stay as they are. This cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Restored {count} built-in roles</source>
        <translation>Restored {count} built-in roles</translation>
    </message>
</context>
<context>
    <name>ListenStage</name>
    <message>
        <source>Ask for a short self-introduction and let the candidate speak. Check your first impression against what you hear.</source>
        <translation>Ask for a short self-introduction and let the candidate speak. Check your first impression against what you hear.</translation>
    </message>
    <message>
        <source>Notes on the self-introduction</source>
        <translation>Notes on the self-introduction</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>The app is already open here; use this window.</source>
        <translation>The app is already open here; use this window.</translation>
    </message>
    <message>
        <source>{count} candidate(s) past the retention period: review…</source>
        <translation>{count} candidate(s) past the retention period: review…</translation>
    </message>
    <message>
        <source>Load demo candidates</source>
        <translation>Load demo candidates</translation>
    </message>
    <message>
        <source>Add {count} made-up candidates with their interviews and scorecards to this company, so that you can try every screen?

They are not real people. Try them in a company you will not use for real hiring, or erase them before you start.</source>
        <translation>Add {count} made-up candidates with their interviews and scorecards to this company, so that you can try every screen?

They are not real people. Try them in a company you will not use for real hiring, or erase them before you start.</translation>
    </message>
    <message>
        <source>{count} demo candidates added.</source>
        <translation>{count} demo candidates added.</translation>
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
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Backups and &amp;privacy…</source>
        <translation>Backups and &amp;privacy…</translation>
    </message>
    <message>
        <source>Load &amp;demo candidates…</source>
        <translation>Load &amp;demo candidates…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Interviewer &amp;calibration…</source>
        <translation>Interviewer &amp;calibration…</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>Today&apos;s backup could not be made: {reason}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved yet:
{reason}

Keep the window open? The app keeps trying, and saves it as soon as it can (for example once disk space is freed). Closing now loses it.</source>
        <translation>Some of what you typed could not be saved yet:
{reason}

Keep the window open? The app keeps trying, and saves it as soon as it can (for example once disk space is freed). Closing now loses it.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Team role</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Add team member</translation>
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
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened safely:
{path}

The latest good backup is {backup} ({count} candidates). Restore it? The damaged file is moved into the backup folder exactly as it is; nothing is written over it.</source>
        <translation>The database file is damaged and cannot be opened safely:
{path}

The latest good backup is {backup} ({count} candidates). Restore it? The damaged file is moved into the backup folder exactly as it is; nothing is written over it.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>The Hiring Assistant is already open on this data folder:
{path}

Its window has been brought to the front. Two windows writing to the same database could lose work, so this one will not open.</source>
        <translation>The Hiring Assistant is already open on this data folder:
{path}

Its window has been brought to the front. Two windows writing to the same database could lose work, so this one will not open.</translation>
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
<context>
    <name>ObserveStage</name>
    <message>
        <source>Look, but do not conclude yet: a first impression is a guess to test in the next stages, not a verdict. Tick what you notice.</source>
        <translation>Look, but do not conclude yet: a first impression is a guess to test in the next stages, not a verdict. Tick what you notice.</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Agree who owns what with the colleagues in the same role: {names}</source>
        <translation>Agree who owns what with the colleagues in the same role: {names}</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Probation review</source>
        <translation>Probation review</translation>
    </message>
    <message>
        <source>One-to-one talks a month</source>
        <translation>One-to-one talks a month</translation>
    </message>
    <message>
        <source>Goals for the first weeks</source>
        <translation>Goals for the first weeks</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Onboarding plan: {name}</source>
        <translation>Onboarding plan: {name}</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Cannot save the plan</translation>
    </message>
</context>
<context>
    <name>OnboardingHook</name>
    <message>
        <source>Onboarding plan…</source>
        <translation>Onboarding plan…</translation>
    </message>
    <message>
        <source>A mentor, goals, one-to-one talks and the probation review for someone hired or chosen to train</source>
        <translation>A mentor, goals, one-to-one talks and the probation review for someone hired or chosen to train</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <source>Other interviewers&apos; scores stay hidden until you submit yours ({count} other scorecards so far).</source>
        <translation>Other interviewers&apos; scores stay hidden until you submit yours ({count} other scorecards so far).</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>New position</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>New position…</source>
        <translation>New position…</translation>
    </message>
    <message>
        <source>A candidate applies…</source>
        <translation>A candidate applies…</translation>
    </message>
    <message>
        <source>Close position</source>
        <translation>Close position</translation>
    </message>
    <message>
        <source>Show in Candidates</source>
        <translation>Show in Candidates</translation>
    </message>
    <message>
        <source>The Candidates list, filtered by this position</source>
        <translation>The Candidates list, filtered by this position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No position selected</source>
        <translation>No position selected</translation>
    </message>
    <message>
        <source>{role}: {filled} of {places} places filled, {open} open</source>
        <translation>{role}: {filled} of {places} places filled, {open} open</translation>
    </message>
    <message>
        <source>Cannot open the position</source>
        <translation>Cannot open the position</translation>
    </message>
    <message>
        <source>A candidate applies</source>
        <translation>A candidate applies</translation>
    </message>
    <message>
        <source>Every candidate for this role has applied already. Add candidates when you start an interview.</source>
        <translation>Every candidate for this role has applied already. Add candidates when you start an interview.</translation>
    </message>
    <message>
        <source>Cannot apply</source>
        <translation>Cannot apply</translation>
    </message>
    <message>
        <source>Close this position? It takes no more applicants; its candidates stay.</source>
        <translation>Close this position? It takes no more applicants; its candidates stay.</translation>
    </message>
    <message>
        <source>Cannot close the position</source>
        <translation>Cannot close the position</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Behavioural (past experience)</source>
        <translation>Behavioural (past experience)</translation>
    </message>
    <message>
        <source>Situational (what would you do)</source>
        <translation>Situational (what would you do)</translation>
    </message>
    <message>
        <source>Unprepared (think on your feet)</source>
        <translation>Unprepared (think on your feet)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Practical task</source>
        <translation>Practical task</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Knock-out: a score of {score} or lower turns the candidate down</source>
        <translation>Knock-out: a score of {score} or lower turns the candidate down</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Listen for</translation>
    </message>
    <message>
        <source>Follow-ups (one per line)</source>
        <translation>Follow-ups (one per line)</translation>
    </message>
    <message>
        <source>A 1 answer</source>
        <translation>A 1 answer</translation>
    </message>
    <message>
        <source>A 3 answer</source>
        <translation>A 3 answer</translation>
    </message>
    <message>
        <source>A 5 answer</source>
        <translation>A 5 answer</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>the question</translation>
    </message>
    <message>
        <source>what to listen for</source>
        <translation>what to listen for</translation>
    </message>
    <message>
        <source>a 1 answer</source>
        <translation>a 1 answer</translation>
    </message>
    <message>
        <source>a 3 answer</source>
        <translation>a 3 answer</translation>
    </message>
    <message>
        <source>a 5 answer</source>
        <translation>a 5 answer</translation>
    </message>
    <message>
        <source>Please fill in: {fields}.</source>
        <translation>Please fill in: {fields}.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>{dimension} (knock-out)</source>
        <translation>{dimension} (knock-out)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} candidates</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Language of the PDF</translation>
    </message>
    <message>
        <source>Candidate report</source>
        <translation>Candidate report</translation>
    </message>
    <message>
        <source>Many candidate reports at once</source>
        <translation>Many candidate reports at once</translation>
    </message>
    <message>
        <source>Comparison report for a role</source>
        <translation>Comparison report for a role</translation>
    </message>
    <message>
        <source>Printable interview kit for a role</source>
        <translation>Printable interview kit for a role</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Export to a folder…</translation>
    </message>
    <message>
        <source>Type to find a candidate</source>
        <translation>Type to find a candidate</translation>
    </message>
</context>
<context>
    <name>ResumeButton</name>
    <message>
        <source>Open résumé</source>
        <translation>Open résumé</translation>
    </message>
</context>
<context>
    <name>ResumePanel</name>
    <message>
        <source>Résumés</source>
        <translation>Résumés</translation>
    </message>
    <message>
        <source>Attach résumé…</source>
        <translation>Attach résumé…</translation>
    </message>
    <message>
        <source>Keep a PDF, Word file or picture with this candidate, inside the company database (up to {limit} MB)</source>
        <translation>Keep a PDF, Word file or picture with this candidate, inside the company database (up to {limit} MB)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No résumé attached yet.</source>
        <translation>No résumé attached yet.</translation>
    </message>
    <message>
        <source>Attach a résumé</source>
        <translation>Attach a résumé</translation>
    </message>
    <message>
        <source>Résumés: PDF, Word, pictures ({patterns})</source>
        <translation>Résumés: PDF, Word, pictures ({patterns})</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Cannot attach the file</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <source>Remove “{name}” from this candidate&apos;s record? The file is deleted from the company database; this cannot be undone.</source>
        <translation>Remove “{name}” from this candidate&apos;s record? The file is deleted from the company database; this cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation>Cannot remove the file</translation>
    </message>
</context>
<context>
    <name>ResumeViewer</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>No program opened the file</source>
        <translation>No program opened the file</translation>
    </message>
    <message>
        <source>Nothing on this computer opened “{name}”. Install a program for {kind} files, or open this copy yourself:
{path}

The copy is deleted when the app closes.</source>
        <translation>Nothing on this computer opened “{name}”. Install a program for {kind} files, or open this copy yourself:
{path}

The copy is deleted when the app closes.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>Frontline (entry jobs)</source>
        <translation>Frontline (entry jobs)</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Manager (leads people)</source>
        <translation>Manager (leads people)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Role family</translation>
    </message>
    <message>
        <source>Pay model</source>
        <translation>Pay model</translation>
    </message>
    <message>
        <source>Good attitude from</source>
        <translation>Good attitude from</translation>
    </message>
    <message>
        <source>Strong ability from</source>
        <translation>Strong ability from</translation>
    </message>
    <message>
        <source>Trainable from (ability floor)</source>
        <translation>Trainable from (ability floor)</translation>
    </message>
    <message>
        <source>Answers needed per dimension</source>
        <translation>Answers needed per dimension</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Duties (one per line)</source>
        <translation>Duties (one per line)</translation>
    </message>
    <message>
        <source>KPIs (one per line)</source>
        <translation>KPIs (one per line)</translation>
    </message>
    <message>
        <source>Why the attitude bar is lower (if it is)</source>
        <translation>Why the attitude bar is lower (if it is)</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>What to probe</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Team stages</source>
        <translation>Team stages</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Give the role a name.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export role…</source>
        <translation>Export role…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <source>Restore built-in…</source>
        <translation>Restore built-in…</translation>
    </message>
    <message>
        <source>Interview kit (PDF)…</source>
        <translation>Interview kit (PDF)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation>Search roles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>No role selected</translation>
    </message>
    <message>
        <source>your own role</source>
        <translation>your own role</translation>
    </message>
    <message>
        <source>built-in role</source>
        <translation>built-in role</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} questions</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>What to probe</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Screening thresholds</source>
        <translation>Screening thresholds</translation>
    </message>
    <message>
        <source>Pay model</source>
        <translation>Pay model</translation>
    </message>
    <message>
        <source>Team stages</source>
        <translation>Team stages</translation>
    </message>
    <message>
        <source>Good attitude from {attitude:.1f}; strong ability from {ability:.1f} (scores 1-5).</source>
        <translation>Good attitude from {attitude:.1f}; strong ability from {ability:.1f} (scores 1-5).</translation>
    </message>
    <message>
        <source>Can be trained only from an ability of {floor:.1f}; a verdict needs {answers} answered questions of each dimension.</source>
        <translation>Can be trained only from an ability of {floor:.1f}; a verdict needs {answers} answered questions of each dimension.</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Role family</translation>
    </message>
    <message>
        <source>Frontline (entry jobs)</source>
        <translation>Frontline (entry jobs)</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Manager (leads people)</source>
        <translation>Manager (leads people)</translation>
    </message>
    <message>
        <source>Knock-outs: a knock-out question scored {score} or lower, or one of these red flags, turns the candidate down:</source>
        <translation>Knock-outs: a knock-out question scored {score} or lower, or one of these red flags, turns the candidate down:</translation>
    </message>
    <message>
        <source>Knock-out question: a score of {score} or lower turns the candidate down.</source>
        <translation>Knock-out question: a score of {score} or lower turns the candidate down.</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Listen for</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Scoring guide</source>
        <translation>Scoring guide</translation>
    </message>
    <message>
        <source>{shown} of {total} roles</source>
        <translation>{shown} of {total} roles</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>new role</source>
        <translation>new role</translation>
    </message>
    <message>
        <source>duplicate role</source>
        <translation>duplicate role</translation>
    </message>
    <message>
        <source>edit role</source>
        <translation>edit role</translation>
    </message>
    <message>
        <source>Delete the role “{name}” and its questions? You can undo this (Ctrl+Z).</source>
        <translation>Delete the role “{name}” and its questions? You can undo this (Ctrl+Z).</translation>
    </message>
    <message>
        <source>delete role</source>
        <translation>delete role</translation>
    </message>
    <message>
        <source>add question</source>
        <translation>add question</translation>
    </message>
    <message>
        <source>edit question</source>
        <translation>edit question</translation>
    </message>
    <message>
        <source>delete question</source>
        <translation>delete question</translation>
    </message>
    <message>
        <source>move question</source>
        <translation>move question</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Type to filter (a key or a word)</source>
        <translation>Type to filter (a key or a word)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
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
        <source>Starting an interview</source>
        <translation>Starting an interview</translation>
    </message>
    <message>
        <source>During an interview</source>
        <translation>During an interview</translation>
    </message>
    <message>
        <source>Panel decision</source>
        <translation>Panel decision</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Go to Roles, Candidates, Interviews, Compare, Reports or Team</source>
        <translation>Go to Roles, Candidates, Interviews, Compare, Reports or Team</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>Interviewer calibration</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Search the role library</source>
        <translation>Search the role library</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Duplicate the role</source>
        <translation>Duplicate the role</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>Edit the role</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Delete the role</translation>
    </message>
    <message>
        <source>Add a question to the role</source>
        <translation>Add a question to the role</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Edit the question</translation>
    </message>
    <message>
        <source>Remove the question from the role</source>
        <translation>Remove the question from the role</translation>
    </message>
    <message>
        <source>Move the question up / down</source>
        <translation>Move the question up / down</translation>
    </message>
    <message>
        <source>Import a question bank file</source>
        <translation>Import a question bank file</translation>
    </message>
    <message>
        <source>Export the whole library to a file</source>
        <translation>Export the whole library to a file</translation>
    </message>
    <message>
        <source>Printable interview kit (PDF) for the role</source>
        <translation>Printable interview kit (PDF) for the role</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Search candidates</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Edit the candidate (a double-click on the row does too)</source>
        <translation>Edit the candidate (a double-click on the row does too)</translation>
    </message>
    <message>
        <source>Save the candidate (in its dialog)</source>
        <translation>Save the candidate (in its dialog)</translation>
    </message>
    <message>
        <source>Undo adding or editing a candidate</source>
        <translation>Undo adding or editing a candidate</translation>
    </message>
    <message>
        <source>Panel decision (debrief) for the candidate</source>
        <translation>Panel decision (debrief) for the candidate</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Start the interview</translation>
    </message>
    <message>
        <source>Add a person to the team</source>
        <translation>Add a person to the team</translation>
    </message>
    <message>
        <source>Edit the person</source>
        <translation>Edit the person</translation>
    </message>
    <message>
        <source>Remove the person from the team</source>
        <translation>Remove the person from the team</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>Next / previous stage</translation>
    </message>
    <message>
        <source>Next / previous question (on the last question: on to Assess)</source>
        <translation>Next / previous question (on the last question: on to Assess)</translation>
    </message>
    <message>
        <source>Score the current question 1 to 5</source>
        <translation>Score the current question 1 to 5</translation>
    </message>
    <message>
        <source>Clear the question&apos;s score</source>
        <translation>Clear the question&apos;s score</translation>
    </message>
    <message>
        <source>Skip the question (again: not skipped)</source>
        <translation>Skip the question (again: not skipped)</translation>
    </message>
    <message>
        <source>To this stage&apos;s notes</source>
        <translation>To this stage&apos;s notes</translation>
    </message>
    <message>
        <source>To the free notes (at any stage)</source>
        <translation>To the free notes (at any stage)</translation>
    </message>
    <message>
        <source>What not to ask: open or close the list</source>
        <translation>What not to ask: open or close the list</translation>
    </message>
    <message>
        <source>Submit the scorecard (on Decide)</source>
        <translation>Submit the scorecard (on Decide)</translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision</source>
        <translation>Record the panel&apos;s decision</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>Paused interviews</source>
        <translation>Paused interviews</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>A new candidate</source>
        <translation>A new candidate</translation>
    </message>
    <message>
        <source>A candidate already on file</source>
        <translation>A candidate already on file</translation>
    </message>
    <message>
        <source>Start interview (Ctrl+Enter)</source>
        <translation>Start interview (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Someone else&apos;s scorecard</source>
        <translation>Someone else&apos;s scorecard</translation>
    </message>
    <message>
        <source>This unfinished scorecard for {candidate} belongs to {owner}.</source>
        <translation>This unfinished scorecard for {candidate} belongs to {owner}.</translation>
    </message>
    <message>
        <source>Scores stay hidden from colleagues until each interviewer submits. If you are not {owner}, opening it shows you their scores before you have formed your own view.</source>
        <translation>Scores stay hidden from colleagues until each interviewer submits. If you are not {owner}, opening it shows you their scores before you have formed your own view.</translation>
    </message>
    <message>
        <source>I am {owner}: open it</source>
        <translation>I am {owner}: open it</translation>
    </message>
    <message>
        <source>Who is interviewing? Type your name.</source>
        <translation>Who is interviewing? Type your name.</translation>
    </message>
    <message>
        <source>{candidate} · {role} · {interviewer} · {stage} · {when}</source>
        <translation>{candidate} · {role} · {interviewer} · {stage} · {when}</translation>
    </message>
    <message>
        <source>Type the candidate&apos;s name.</source>
        <translation>Type the candidate&apos;s name.</translation>
    </message>
    <message>
        <source>Choose a candidate.</source>
        <translation>Choose a candidate.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
</context>
<context>
    <name>TeamFitView</name>
    <message>
        <source>No team recorded yet: add the people who work here in the Team section to see which team-role types the team lacks.</source>
        <translation>No team recorded yet: add the people who work here in the Team section to see which team-role types the team lacks.</translation>
    </message>
    <message>
        <source>The team has:</source>
        <translation>The team has:</translation>
    </message>
    <message>
        <source>This candidate brings a type the team lacks.</source>
        <translation>This candidate brings a type the team lacks.</translation>
    </message>
    <message>
        <source>The team already has {count} of this type.</source>
        <translation>The team already has {count} of this type.</translation>
    </message>
    <message>
        <source>Types the team lacks:</source>
        <translation>Types the team lacks:</translation>
    </message>
    <message>
        <source>Our values:</source>
        <translation>Our values:</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>The &amp;boss&apos;s style</source>
        <translation>The &amp;boss&apos;s style</translation>
    </message>
    <message>
        <source>Our &amp;values</source>
        <translation>Our &amp;values</translation>
    </message>
    <message>
        <source>The company&apos;s values and goals in its own words: what you will not do for a sale, how you treat buyers and each other</source>
        <translation>The company&apos;s values and goals in its own words: what you will not do for a sale, how you treat buyers and each other</translation>
    </message>
    <message>
        <source>The team as it is</source>
        <translation>The team as it is</translation>
    </message>
    <message>
        <source>What the stage calls for</source>
        <translation>What the stage calls for</translation>
    </message>
    <message>
        <source>&amp;Compare with the stage</source>
        <translation>&amp;Compare with the stage</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Team role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Open positions</translation>
    </message>
    <message>
        <source>— choose the stage —</source>
        <translation>— choose the stage —</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>Choose the company&apos;s stage above: the team model of each stage says which roles a shop of that size needs. The team is then compared with it.</source>
        <translation>Choose the company&apos;s stage above: the team model of each stage says which roles a shop of that size needs. The team is then compared with it.</translation>
    </message>
    <message>
        <source>The boss&apos;s style</source>
        <translation>The boss&apos;s style</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>{people} people now; a team at this stage usually has {headcount}.</source>
        <translation>{people} people now; a team at this stage usually has {headcount}.</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>{count} missing</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Has</translation>
    </message>
    <message>
        <source>The fewest people the model calls for in each role (0: added when the work calls for it); in a small shop one person often covers several roles.</source>
        <translation>The fewest people the model calls for in each role (0: added when the work calls for it); in a small shop one person often covers several roles.</translation>
    </message>
    <message>
        <source>Roles missing:</source>
        <translation>Roles missing:</translation>
    </message>
    <message>
        <source>People in roles this stage does not list:</source>
        <translation>People in roles this stage does not list:</translation>
    </message>
    <message>
        <source>Team-role types</source>
        <translation>Team-role types</translation>
    </message>
    <message>
        <source>Seek precisely placed people, not a dream team: pick the type the team lacks.</source>
        <translation>Seek precisely placed people, not a dream team: pick the type the team lacks.</translation>
    </message>
    <message>
        <source>{count} in the team</source>
        <translation>{count} in the team</translation>
    </message>
    <message>
        <source>the team lacks this</source>
        <translation>the team lacks this</translation>
    </message>
    <message>
        <source>Moving to {stage}</source>
        <translation>Moving to {stage}</translation>
    </message>
    <message>
        <source>Usual headcount: {headcount}.</source>
        <translation>Usual headcount: {headcount}.</translation>
    </message>
    <message>
        <source> (the team has {count})</source>
        <translation> (the team has {count})</translation>
    </message>
    <message>
        <source>It adds:</source>
        <translation>It adds:</translation>
    </message>
    <message>
        <source>It adds no role.</source>
        <translation>It adds no role.</translation>
    </message>
    <message>
        <source>It no longer lists:</source>
        <translation>It no longer lists:</translation>
    </message>
    <message>
        <source>Cannot change the stage</source>
        <translation>Cannot change the stage</translation>
    </message>
    <message>
        <source>Cannot change the boss&apos;s style</source>
        <translation>Cannot change the boss&apos;s style</translation>
    </message>
    <message>
        <source>Cannot save the values</source>
        <translation>Cannot save the values</translation>
    </message>
    <message>
        <source>Cannot change the team</source>
        <translation>Cannot change the team</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>Cannot add the person</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>add person</translation>
    </message>
    <message>
        <source>Cannot change the person</source>
        <translation>Cannot change the person</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>edit person</translation>
    </message>
    <message>
        <source>Cannot remove the person</source>
        <translation>Cannot remove the person</translation>
    </message>
    <message>
        <source>remove person</source>
        <translation>remove person</translation>
    </message>
    <message>
        <source>{name} removed from the team. Undo with Ctrl+Z.</source>
        <translation>{name} removed from the team. Undo with Ctrl+Z.</translation>
    </message>
</context>
</TS>
