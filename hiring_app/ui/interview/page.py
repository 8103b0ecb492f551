"""An interview in progress: the role's profile beside the five stages, clocks, shortcuts and
the autosave state."""
from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hiring_app import palette
from hiring_app.domain.interview import STAGES
from hiring_app.domain.library import text_in
from hiring_app.errors import NotFoundError, UserError
from hiring_app.i18n import Message
from hiring_app.services import autosave
from hiring_app.services import interviews as interview_service
from hiring_app.ui.candidates.resumes import ResumeButton
from hiring_app.ui.context import AppContext
from hiring_app.ui.interview.do_not_ask import DoNotAsk
from hiring_app.ui.interview.session import InterviewSession
from hiring_app.ui.interview.stages import (
    AskStage,
    AssessStage,
    DecideStage,
    ListenStage,
    ObserveStage,
    notes_box,
    stage_names,
)
from hiring_app.ui.messages import error_text
from hiring_app.ui.widgets.common import heading

CLOCK_SAVE_EVERY = 5  # seconds: clocks are saved this often (and on every pause or close)


def _mmss(seconds: int) -> str:
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class InterviewPage(QWidget):
    closed = Signal()  # paused, or finished and left

    def __init__(self, context: AppContext, interview_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.gone = False  # erased by another program while open here
        self.session = InterviewSession(context, interview_id, self)
        session = self.session
        lang = session.language

        self.title = heading(1.3, "interviewTitle")
        self.clock = QLabel()
        self.clock.setObjectName("interviewClock")
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self.pause)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)
        header.addSpacing(12)
        header.addWidget(self.save_state)
        header.addWidget(self.pause_button)

        self.stage_group = QButtonGroup(self)
        stage_row = QHBoxLayout()
        for index, _stage in enumerate(STAGES):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"stage_{STAGES[index]}")
            self.stage_group.addButton(button, index)
            stage_row.addWidget(button)
        self.stage_group.idClicked.connect(self.show_stage)
        # the current stage stands out; a visible ring shows where the keyboard is
        self.setStyleSheet(
            f"QPushButton[objectName^='stage_']:checked {{ background: {palette.ACCENT}; "
            f"color: {palette.ON_ACCENT}; font-weight: bold; border-radius: 3px; padding: 4px; }}")

        self.observe = ObserveStage(session)
        self.listen = ListenStage(session)
        self.ask = AskStage(session)
        self.ask.finished.connect(lambda: self.show_stage(STAGES.index("assess")))
        self.assess = AssessStage(session)
        self.decide = DecideStage(session, self.submit)
        self.stack = QStackedWidget()
        for widget in (self.observe, self.listen, self.ask, self.assess, self.decide):
            self.stack.addWidget(widget)

        self.profile = QTextBrowser()
        self.profile.setObjectName("interviewProfile")
        # free notes, open at every stage beside the profile (Ctrl+Shift+L from anywhere)
        self.free_notes_label = QLabel(wordWrap=True)
        self.free_notes = notes_box(session, "free_notes", "freeNotes")
        self.free_notes_label.setBuddy(self.free_notes)
        notes_panel = QWidget()
        notes_layout = QVBoxLayout(notes_panel)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        notes_layout.addWidget(self.free_notes_label)
        notes_layout.addWidget(self.free_notes, 1)
        self.resume = ResumeButton(context, session.interview.candidate_id)
        beside = QWidget()  # the role profile, and the candidate's résumé when there is one
        beside_layout = QVBoxLayout(beside)
        beside_layout.setContentsMargins(0, 0, 0, 0)
        beside_layout.addWidget(self.resume)
        beside_layout.addWidget(self.profile, 1)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("interviewSide")
        self.side.addWidget(beside)
        self.side.addWidget(notes_panel)
        self.side.setChildrenCollapsible(False)
        self.side.setSizes([400, 220])
        self.shortcut_hint = QLabel(wordWrap=True)
        self.shortcut_hint.setObjectName("shortcutHint")
        self.shortcut_hint.setStyleSheet("color:#555;")

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(6, 0, 0, 0)
        centre_layout.addLayout(stage_row)
        self.do_not_ask = DoNotAsk(session.vocabulary, lang)
        centre_layout.addWidget(self.do_not_ask)
        centre_layout.addWidget(self.stack, 1)
        centre_layout.addWidget(self.shortcut_hint)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(centre)
        self.splitter.setChildrenCollapsible(False)
        # the role's profile stays readable beside the stages: a narrower window takes the
        # room from the stages (which wrap), never squeezes the profile to a column of letters
        self.side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self._build_shortcuts()
        self._restore_layout()
        self.session.changed.connect(self._mark_stages)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(200)
        self.status_timer.timeout.connect(self._show_save_state)
        self.status_timer.start()
        if not session.read_only:
            self.ticker.start()
            if session.interview.state == "paused":
                session.set_field("state", "draft", notify=False)
        self._ticks = 0
        stage = session.interview.stage if session.interview.stage in STAGES else STAGES[0]
        self.retranslate()
        self.show_stage(STAGES.index(stage))
        self.profile.setHtml(self._profile_html(lang))

    # --- keyboard -----------------------------------------------------------------------------
    def _shortcut(self, keys: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_shortcuts(self) -> None:
        self._shortcut("Ctrl+PgDown", lambda: self._on_ask(lambda: self.ask.step(1)))
        self._shortcut("Ctrl+PgUp", lambda: self._on_ask(lambda: self.ask.step(-1)))
        for value in range(1, 6):
            self._shortcut(f"Alt+{value}",
                           lambda _checked=False, v=value: self._on_ask(lambda: self.ask.set_score(v)))
        self._shortcut("Alt+0", lambda: self._on_ask(lambda: self.ask.set_score(None)))
        self._shortcut("Ctrl+K", lambda: self._on_ask(self.ask.toggle_skip))
        self._shortcut("Ctrl+L", self.focus_notes)
        self._shortcut("Ctrl+Shift+L", self.free_notes.setFocus)
        self._shortcut("Ctrl+Shift+D", self.do_not_ask.toggle)
        self._shortcut("Ctrl+]", lambda: self.show_stage(min(self.stack.currentIndex() + 1, 4)))
        self._shortcut("Ctrl+[", lambda: self.show_stage(max(self.stack.currentIndex() - 1, 0)))
        self._shortcut("Ctrl+Return", self._submit_shortcut)

    def _on_ask(self, action) -> None:
        if self.stack.currentWidget() is not self.ask:
            self.show_stage(STAGES.index("ask"))
        action()

    def focus_notes(self) -> None:
        page = self.stack.currentWidget()
        target = {self.observe: self.free_notes, self.listen: self.listen.notes,
                  self.ask: self.ask.notes, self.assess: self.assess.flags,
                  self.decide: self.decide.reason}.get(page)
        (target or self.ask.notes).setFocus()

    def _submit_shortcut(self) -> None:
        if self.stack.currentWidget() is self.decide:
            self.decide._submit()  # noqa: SLF001 - the same as clicking the button

    # --- stages -------------------------------------------------------------------------------
    def _stages_done(self) -> list[bool]:
        """Which stages hold the interviewer's work: the stage bar ticks them."""
        interview = self.session.interview
        scored = [a for a in interview.answers if a.dimension is not None]
        return [bool(interview.observations or interview.free_notes.strip()),
                bool(interview.listen_notes.strip()),
                bool(scored) and all(a.score is not None or a.skipped for a in scored),
                bool(interview.red_flags or interview.team_role),
                interview.submitted or bool(interview.decision)]

    def _mark_stages(self) -> None:
        """Done stages ticked, the current one highlighted, those to come plain."""
        names = getattr(self, "stage_names", None)
        if not names:
            return
        for index, (name, done) in enumerate(zip(names, self._stages_done(), strict=True)):
            self.stage_group.button(index).setText(("✓ " if done else "") + name)

    def show_stage(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.stage_group.button(index).setChecked(True)
        self.session.set_field("stage", STAGES[index], notify=False)
        if self.stack.currentWidget() is self.assess:
            self.assess.refresh()
        # the keyboard follows: what is typed next lands in this stage's writing field, never
        # in a field that was just hidden
        self.focus_notes()
        self._mark_stages()

    def retranslate(self) -> None:
        session = self.session
        self.stage_names = stage_names()
        self._mark_stages()
        role_name = text_in(session.role.name, session.language) if session.role else "—"
        self.title.setText(self.tr("{candidate} · {role} · interviewer {interviewer}").format(
            candidate=session.candidate["name"], role=role_name,
            interviewer=session.interview.interviewer_name))
        self.pause_button.setText(self.tr("Pause") if not session.read_only else self.tr("Close"))
        self.shortcut_hint.setText(self.tr(
            "Keys: Ctrl+PgDn / Ctrl+PgUp next / previous question · Alt+1…5 score (Alt+0 clears) "
            "· Ctrl+K skip · Ctrl+L notes · Ctrl+Shift+L free notes · Ctrl+] / Ctrl+[ next / "
            "previous stage · Ctrl+Enter submit"))
        self.free_notes_label.setText(self.tr("Free notes (any stage, Ctrl+Shift+L)"))
        for stage in (self.observe, self.listen, self.ask, self.assess, self.decide):
            stage.retranslate()
        self.do_not_ask.retranslate()
        self._show_clock()
        self._show_save_state()

    def _profile_html(self, lang: str) -> str:
        role = self.session.role
        if role is None:
            return ""
        esc = lambda s: html.escape(s or "")  # noqa: E731
        items = lambda texts: "".join(f"<li>{esc(text_in(t, lang))}</li>" for t in texts)  # noqa: E731
        facets = lambda ids: esc(QLocale().createSeparatedList(  # noqa: E731
            [self.session.vocabulary.name_of("facets", i, lang) for i in ids]))
        duties, kpis, probe = self.tr("Duties"), self.tr("KPIs"), self.tr("Probe")
        return (f"<h3>{esc(text_in(role.name, lang))}</h3><p>{esc(text_in(role.summary, lang))}</p>"
                f"<h4>{esc(probe)}</h4><p>{facets(role.attitude_facets)}<br>"
                f"{facets(role.ability_facets)}</p>"
                f"<h4>{esc(duties)}</h4><ul>{items(role.duties)}</ul>"
                f"<h4>{esc(kpis)}</h4><ul>{items(role.kpis)}</ul>")

    # --- clocks and saving --------------------------------------------------------------------
    def _tick(self) -> None:
        interview = self.session.interview
        interview.elapsed_seconds += 1
        on_ask = self.stack.currentWidget() is self.ask and interview.answers
        if on_ask:
            self.ask.session.answer(self.ask.index).seconds += 1
            self.ask.update_clock()
        self._ticks += 1
        if self._ticks % CLOCK_SAVE_EVERY == 0:
            self._save_clocks()
        self._show_clock()

    def _save_clocks(self) -> None:
        interview = self.session.interview
        self.session.set_field("elapsed_seconds", interview.elapsed_seconds, notify=False)
        if interview.answers and self.ask.index < len(interview.answers):
            answer = interview.answers[self.ask.index]
            self.session.set_answer(self.ask.index, "seconds", answer.seconds, notify=False)

    def _show_clock(self) -> None:
        self.clock.setText(self.tr("Interview {time}").format(
            time=_mmss(self.session.interview.elapsed_seconds)))

    def check_still_there(self) -> bool:
        """False (and the header says so) when another program erased this interview: what
        was typed stays on screen to copy, though it can no longer be saved."""
        if self.gone:
            return False
        try:
            there = interview_service.interview_exists(self.context.db,
                                                       self.session.interview.id)
        except UserError:
            return True  # cannot tell now (busy): the next look, or the autosave, will
        if not there:
            self.gone = True
            self.ticker.stop()
            self.context.settings.remove("interview/active")
            self._show_save_state()
        return there

    def _show_save_state(self) -> None:
        writer = self.session.writer
        problem = writer.last_problem
        if writer.state == autosave.REFUSED and isinstance(problem, NotFoundError):
            self.gone = True  # the autosave found it erased before the window looked
        if self.gone:
            text, colour = self.tr(
                "This interview was erased by another program: what you typed is still shown "
                "but can no longer be saved. Copy what you need, then close it."), palette.WARNING
        elif self.session.read_only:
            text, colour = self.tr("Submitted"), "#555"
        elif writer.state == autosave.FAILED:
            text, colour = self.tr("Not saved yet, retrying — your text is kept"), palette.WARNING
        elif writer.state == autosave.REFUSED:
            text, colour = self.tr("A change was refused"), palette.WARNING
        elif writer.state == autosave.PENDING:
            text, colour = self.tr("Saving…"), palette.CAUTION
        else:
            text, colour = self.tr("All changes saved"), palette.GOOD
        self.save_state.setText(text)
        self.save_state.setStyleSheet(f"color:{colour};")
        self.save_state.setToolTip(error_text(writer.last_problem))

    # --- leaving ------------------------------------------------------------------------------
    def submit(self, decision: str, reason: str) -> None:
        question = self.tr("Submit your scorecard? It cannot be changed afterwards, and other "
                           "interviewers' scores become visible to you.")
        verdict = self.session.assessment().verdict
        if verdict.shortfalls:  # too thin for a verdict: say so before it is final
            lang = self.context.language
            short = "\n".join("• " + Message(
                "verdict.shortfall", dimension=Message(f"verdict.dimension_{s.dimension}"),
                answered=s.answered, needed=s.needed).render(lang) for s in verdict.shortfalls)
            question = self.tr("Not enough evidence for a verdict yet:\n{shortfalls}\n\n"
                               "You can go back and ask more questions, or submit anyway: "
                               "the verdict will say the evidence is thin.\n\n{question}"
                               ).format(shortfalls=short, question=question)
        answer = QMessageBox.question(self, self.tr("Submit scorecard"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._save_clocks()
        try:
            self.session.submit(decision, reason)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot submit"), error_text(error))
            return
        self.ticker.stop()
        self.assess.panel.reload()
        self.retranslate()
        self.show_stage(STAGES.index("assess"))  # the panel's view, now visible
        self.context.settings.remove("interview/active")

    def pause(self) -> None:
        if not self.session.read_only:
            self._save_clocks()
            self.session.set_field("state", "paused", notify=False)
        self.finish()
        self.context.settings.remove("interview/active")
        self.closed.emit()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"interview/split_side": self.splitter, "interview/split_profile": self.side,
                "interview/split_ask": self.ask.splitter}

    def _restore_layout(self) -> None:
        """The panes as the interviewer last left them."""
        for key, splitter in self._splitters().items():
            state = self.context.settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self) -> None:
        for key, splitter in self._splitters().items():
            self.context.settings.setValue(key, splitter.saveState())

    def finish(self) -> bool:
        """Stop the clocks and write everything; True when all is saved."""
        self.save_layout()
        self.ticker.stop()
        self.status_timer.stop()
        if not self.session.read_only:
            self._save_clocks()
        return self.session.close()
