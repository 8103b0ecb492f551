"""The five stages of a guided interview: observe, listen, ask, assess, decide."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hiring_app import palette
from hiring_app.domain.codes import Decision
from hiring_app.domain.library import DEFAULT_FAMILY, text_in
from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE
from hiring_app.services import verdicts
from hiring_app.ui.interview.session import InterviewSession
from hiring_app.ui.team.fit import TeamFitView
from hiring_app.ui.widgets.common import checklist, heading, wrap_whole_items
from hiring_app.ui.widgets.matrix_chart import COMBINED, OTHER, OWN, ChartPoint, MatrixChart
from hiring_app.ui.widgets.verdict_view import DebriefView, local_time, verdict_reasons_html

DECISIONS = tuple(Decision)


def _esc(text: str | None) -> str:
    return html.escape(text or "")


def stage_names() -> list[str]:
    """The five stages' names, numbered, in the window's language: the stage bar and the paused
    interviews list call them the same."""
    return [QCoreApplication.translate("InterviewPage", "1 Observe"),
            QCoreApplication.translate("InterviewPage", "2 Listen"),
            QCoreApplication.translate("InterviewPage", "3 Ask"),
            QCoreApplication.translate("InterviewPage", "4 Assess"),
            QCoreApplication.translate("InterviewPage", "5 Decide")]


def notes_box(session: InterviewSession, key: str, object_name: str) -> QPlainTextEdit:
    """A notes box bound to an interview field: every keystroke goes to the autosave."""
    edit = QPlainTextEdit(getattr(session.interview, key))
    edit.setObjectName(object_name)
    edit.setReadOnly(session.read_only)
    edit.textChanged.connect(lambda: session.set_field(key, edit.toPlainText(), notify=False))
    return edit


class ObserveStage(QWidget):
    """察: what to look at and a reminder to hold conclusions (the free notes, open at every
    stage, are beside the role profile: page.InterviewPage.free_notes)."""

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        lang = session.language
        layout = QVBoxLayout(self)
        self.reminder = QLabel(wordWrap=True)
        self.reminder.setObjectName("observeReminder")
        self.reminder.setStyleSheet(
            f"background:{palette.NOTICE}; padding:6px; border-radius:4px;")
        items = [(i["id"], text_in(i["text"], lang)) for i in session.vocabulary.observe_checklist]
        self.checklist = checklist(items, session.interview.observations,
                                    lambda ids: session.set_field("observations", ids))
        self.checklist.setObjectName("observeChecklist")
        layout.addWidget(self.reminder)
        layout.addWidget(self.checklist, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.reminder.setText(self.tr(
            "Look, but do not conclude yet: a first impression is a guess to test in the "
            "next stages, not a verdict. Tick what you notice."))


class ListenStage(QWidget):
    """听: the self-introduction, with prompts on what to notice."""

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        prompts = "".join(f"<li>{_esc(text_in(p['text'], session.language))}</li>"
                          for p in session.vocabulary.listen_prompts)
        self.prompts = QLabel(f"<ul>{prompts}</ul>", wordWrap=True)
        self.prompts.setObjectName("listenPrompts")
        self.notes_label = QLabel()
        self.notes = notes_box(session, "listen_notes", "listenNotes")
        layout.addWidget(self.intro)
        layout.addWidget(self.prompts)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Ask for a short self-introduction and let the candidate "
                                   "speak. Check your first impression against what you hear."))
        self.notes_label.setText(self.tr("Notes on the self-introduction"))


class AskStage(QWidget):
    """问: one question at a time, with what to listen for, follow-ups and the scoring guide.
    The current question's notes have the keyboard focus after every move, so what is typed
    always lands on the question on screen."""

    finished = Signal()  # "next" on the last question: on to Assess

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        self.index = min(session.interview.current_question, len(session.interview.answers) - 1)
        self.index = max(self.index, 0)
        self.list = QListWidget()
        self.list.setObjectName("questionList")
        self.list.setSpacing(2)
        wrap_whole_items(self.list)  # whole questions, never cut or scrolled sideways
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.title = heading(1.3, "questionText")
        self.meta = QLabel(wordWrap=True)
        self.guide = QTextBrowser()
        self.guide.setObjectName("questionGuide")
        self.score_buttons = QButtonGroup(self)
        self.score_buttons.setExclusive(False)
        score_row = QHBoxLayout()
        self.score_label = QLabel()
        score_row.addWidget(self.score_label)
        for value in range(1, 6):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setObjectName(f"score{value}")
            button.setFixedWidth(44)
            self.score_buttons.addButton(button, value)
            score_row.addWidget(button)
        self.skip_button = QPushButton()
        self.skip_button.setCheckable(True)
        self.skip_button.setObjectName("skipButton")
        score_row.addWidget(self.skip_button)
        score_row.addStretch(1)
        self.clock = QLabel()
        self.clock.setObjectName("questionClock")
        meta_row = QHBoxLayout()  # what the question counts toward, and its clock
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("answerNotes")
        self.notes.setReadOnly(session.read_only)
        nav = QHBoxLayout()
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.add_button, self.up_button, self.down_button = QPushButton(), QPushButton("↑"), QPushButton("↓")
        for button in (self.up_button, self.down_button):  # an arrow needs no text's width
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↑") + 28)
        for button in (self.previous_button, self.next_button, self.add_button, self.up_button,
                       self.down_button):
            nav.addWidget(button)
        nav.insertStretch(2, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(meta_row)
        right_layout.addWidget(self.guide, 5)
        right_layout.addLayout(score_row)
        right_layout.addWidget(self.notes_label)
        right_layout.addWidget(self.notes, 2)
        right_layout.addLayout(nav)
        self.notes.setMinimumHeight(72)
        self.list.setMinimumWidth(150)
        split = self.splitter = QSplitter()
        split.setObjectName("askSplitter")
        split.addWidget(self.list)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 600])
        self.setStyleSheet(f"QPushButton:checked {{ background: {palette.ACCENT}; "
                           f"color: {palette.ON_ACCENT}; font-weight: bold; border-radius: 3px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.list.currentRowChanged.connect(self.go_to)
        self.list.itemClicked.connect(lambda _item: self.focus_notes())
        self.score_buttons.idClicked.connect(self._score_clicked)
        self.skip_button.toggled.connect(self._skip_toggled)
        self.notes.textChanged.connect(self._notes_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.add_button.clicked.connect(self.add_question)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        session.questionsChanged.connect(self._fill_list)
        for button in (self.add_button, self.up_button, self.down_button):
            button.setEnabled(not session.read_only)
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.score_label.setText(self.tr("Score:"))
        self.skip_button.setText(self.tr("Skip"))
        self.notes_label.setText(self.tr("Notes on this answer"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.add_button.setText(self.tr("Add a question…"))
        self.up_button.setToolTip(self.tr("Ask earlier"))
        self.down_button.setToolTip(self.tr("Ask later"))
        self._fill_list()

    def _item_text(self, i: int) -> str:
        answer = self.session.answer(i)
        mark = ("[—] " if answer.skipped else f"[{answer.score}] " if answer.score else "")
        return f"{i + 1}. {mark}{self.session.question_text(answer)}"

    def _fill_list(self) -> None:
        self._loading = True
        self.list.clear()
        for i in range(len(self.session.interview.answers)):
            self.list.addItem(self._item_text(i))
        self._loading = False
        if self.session.interview.answers:
            self.list.setCurrentRow(min(self.index, self.list.count() - 1))
            self.go_to(self.list.currentRow())

    def go_to(self, index: int) -> None:
        if self._loading or not (0 <= index < len(self.session.interview.answers)):
            return
        self.index = index
        if self.list.currentRow() != index:
            self.list.setCurrentRow(index)
        self.session.set_field("current_question", index, notify=False)
        answer = self.session.answer(index)
        question = self.session.question_of(answer)
        lang = self.session.language
        self.title.setText(self.session.question_text(answer))
        scored = answer.dimension is not None
        if scored:
            dimension = (self.tr("Attitude") if answer.dimension == "attitude"
                         else self.tr("Ability"))
            facet = self.session.vocabulary.name_of("facets", answer.facet or "", lang)
            meta = self.tr("{dimension} · {facet} · weight {weight}").format(
                dimension=dimension, facet=facet, weight=f"{answer.weight:g}")
            if answer.question_id in self.session.rules.knockout_questions:
                meta += " · " + self.tr("knock-out: {limit} or lower turns the candidate down"
                                        ).format(limit=KNOCKOUT_MAX_SCORE)
        else:
            meta = self.tr("A note only: not scored")
        self.meta.setText(meta)
        if question is not None:
            reveals = (f"<p><i>{_esc(text_in(question.reveals, lang))}</i></p>"
                       if question.reveals else "")
            follow = "".join(f"<li>{_esc(text_in(f, lang))}</li>" for f in question.follow_ups)
            family = self.session.role.family if self.session.role else DEFAULT_FAMILY
            listen_for, scoring = question.guide(family)  # the guide for this kind of role
            rows = "".join(f"<tr><td><b>{n}</b></td><td>{_esc(text_in(scoring.get(n), lang))}"
                           "</td></tr>" for n in ("1", "3", "5"))
            listen, follow_ups, guide = (self.tr("Listen for"), self.tr("Follow-ups"),
                                         self.tr("Scoring guide"))
            self.guide.setHtml(
                f"{reveals}<h4>{_esc(listen)}</h4><p>{_esc(text_in(listen_for, lang))}</p>"
                f"<h4>{_esc(follow_ups)}</h4><ul>{follow}</ul>"
                f"<h4>{_esc(guide)}</h4><table cellpadding='3'>{rows}</table>")
        elif scored:
            adhoc = self.tr("An added question: score it as you judge.")
            self.guide.setHtml(f"<p>{_esc(adhoc)}</p>")
        else:
            adhoc = self.tr("An added question kept as a note: write down the answer; it "
                            "does not change the scores.")
            self.guide.setHtml(f"<p>{_esc(adhoc)}</p>")
        self._loading = True
        for value in range(1, 6):
            self.score_buttons.button(value).setChecked(answer.score == value)
            self.score_buttons.button(value).setEnabled(not self.session.read_only and scored)
        self.skip_button.setChecked(answer.skipped)
        self.skip_button.setEnabled(not self.session.read_only)
        if self.notes.toPlainText() != answer.notes:
            self.notes.setPlainText(answer.notes)
        self._loading = False
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(True)  # on the last question: on to Assess
        self.update_clock()

    def update_clock(self) -> None:
        if self.session.interview.answers:
            seconds = self.session.answer(self.index).seconds
            self.clock.setText(self.tr("This question: {time}").format(
                time=f"{seconds // 60:02d}:{seconds % 60:02d}"))

    def _refresh_item(self) -> None:
        item = self.list.item(self.index)
        if item is not None:
            item.setText(self._item_text(self.index))

    def set_score(self, value: int | None) -> None:
        if self.session.read_only or not self.session.interview.answers:
            return
        if self.session.answer(self.index).dimension is None:  # a note is not scored
            return
        self.session.set_answer(self.index, "score", value)
        if value is not None and self.session.answer(self.index).skipped:
            self.session.set_answer(self.index, "skipped", False)
        self.go_to(self.index)
        self._refresh_item()

    def _score_clicked(self, value: int) -> None:
        if self._loading:
            return
        current = self.session.answer(self.index).score
        self.set_score(None if current == value else value)

    def toggle_skip(self) -> None:
        if not self.session.read_only:
            self.skip_button.toggle()

    def _skip_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.session.set_answer(self.index, "skipped", checked)
        self._refresh_item()

    def _notes_changed(self) -> None:
        if not self._loading and self.session.interview.answers:
            self.session.set_answer(self.index, "notes", self.notes.toPlainText(), notify=False)

    def step(self, offset: int) -> None:
        last = len(self.session.interview.answers) - 1
        if offset > 0 and self.index >= last:
            self.finished.emit()
            return
        self.go_to(max(0, min(self.index + offset, last)))
        self.focus_notes()

    def move(self, offset: int) -> None:
        self.index = self.session.move(self.index, offset)
        self.list.setCurrentRow(self.index)

    def add_question(self) -> None:
        """Ask for the question and what it counts toward (or a note only); never copied from
        the current question."""
        from hiring_app.ui.interview.adhoc import AdhocQuestionDialog

        if self.session.read_only:
            return
        dialog = AdhocQuestionDialog(self.session.vocabulary, self.session.role,
                                     self.session.language, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            text, dimension, facet = dialog.choice()
        finally:
            dialog.deleteLater()
        self.index = self.session.add_adhoc(text, dimension, facet, self.index)
        self.list.setCurrentRow(self.index)

    def focus_notes(self) -> None:
        if not self.session.read_only:
            self.notes.setFocus()


class AssessStage(QWidget):
    """Live scores and the 2×2, red flags, and team fit (boss style, team role)."""

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        vocabulary, lang = session.vocabulary, session.language
        self.scores = heading(1.15, "assessScores")  # the live scores: what Assess is for
        self.quadrant = QLabel(wordWrap=True)
        self.quadrant.setObjectName("assessQuadrant")
        self.quadrant.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = MatrixChart()
        self.chart.setObjectName("assessChart")
        flags = [(f["id"], text_in(f["name"], lang)) for f in vocabulary.red_flags]
        self.flags_box = QGroupBox()
        flags_layout = QVBoxLayout(self.flags_box)
        self.flags = checklist(flags, session.interview.red_flags,
                                lambda ids: session.set_field("red_flags", ids))
        for row, flag in enumerate(vocabulary.red_flags):  # what each one means, on hover
            self.flags.item(row).setToolTip(text_in(flag.get("description"), lang))
        self.flags.setObjectName("redFlags")
        flags_layout.addWidget(self.flags)
        self.fit_box = QGroupBox()
        fit = QFormLayout(self.fit_box)
        fit.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        self.boss = QComboBox()
        self.boss.setObjectName("bossType")
        self.team_role = QComboBox()
        self.team_role.setObjectName("teamRole")
        for combo, section, current in ((self.boss, "boss_types", session.interview.boss_type),
                                        (self.team_role, "team_roles", session.interview.team_role)):
            combo.addItem("—", None)
            for item in getattr(vocabulary, section):
                combo.addItem(text_in(item["name"], lang), item["id"])
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.setEnabled(not session.read_only)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.fit_hint = QLabel(wordWrap=True)
        self.boss_label, self.role_label = QLabel(), QLabel()
        self.team_fit = TeamFitView(session.context.db, lang)  # the team, the type it lacks
        fit.addRow(self.boss_label, self.boss)
        fit.addRow(self.role_label, self.team_role)
        fit.addRow(self.fit_hint)
        fit.addRow(self.team_fit)
        settings = session.context.settings
        if session.interview.boss_type is None and not session.read_only:
            # the company profile's boss first; else the last one chosen here
            remembered = self.team_fit.profile_boss or settings.value("company/boss_type")
            if remembered and self.boss.findData(remembered) > 0:
                self.boss.setCurrentIndex(self.boss.findData(remembered))
                session.set_field("boss_type", remembered, notify=False)

        def boss_changed() -> None:
            session.set_field("boss_type", self.boss.currentData())
            settings.setValue("company/boss_type", self.boss.currentData() or "")

        self.boss.currentIndexChanged.connect(boss_changed)
        self.team_role.currentIndexChanged.connect(
            lambda: session.set_field("team_role", self.team_role.currentData()))
        self.team_role.currentIndexChanged.connect(
            lambda: self.team_fit.show_type(self.team_role.currentData()))

        self.panel_box = QGroupBox()
        panel_layout = QVBoxLayout(self.panel_box)
        self.panel = PanelView(session)
        scroller = QScrollArea()  # a panel's debrief can be long: it scrolls, never clips
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.panel)
        panel_layout.addWidget(scroller)

        # Two columns, each stacked from the top (no row shared across them, so no gaps): the
        # scores, the verdict and the chart, which takes the height left; the red flags (as
        # tall as their list), team fit, and the panel, which takes the height left. Below
        # a usable height the whole stage scrolls instead of squeezing the chart.
        self.flags.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flags.installEventFilter(self)  # as tall as its (wrapped) items, see eventFilter
        left = QVBoxLayout()
        left.addWidget(self.scores)
        left.addWidget(self.quadrant)
        left.addWidget(self.chart, 1)
        self.right = right = QVBoxLayout()
        right.addWidget(self.flags_box)
        right.addWidget(self.fit_box)
        right.addWidget(self.panel_box)  # the panel's debrief, once submitted, gets the room
        right.addStretch()
        content = QWidget()
        content.setObjectName("assessContent")
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        content.setMinimumHeight(420)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("assessScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        session.changed.connect(self.refresh)
        session.panelChanged.connect(self.refresh)
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """The red flags list is exactly as tall as its items, wrapped at its width: every
        flag in view, no scrolling inside, no empty space below."""
        if watched is self.flags and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._fit_flags)  # once the list has wrapped its items anew
        return super().eventFilter(watched, event)

    def _fit_flags(self) -> None:
        flags = self.flags
        if not flags.count():
            return
        flags.doItemsLayout()
        last = flags.visualItemRect(flags.item(flags.count() - 1))
        height = last.bottom() + 1 + flags.verticalOffset() + 2 * flags.frameWidth() + 2
        if height > 0 and flags.height() != height:
            flags.setFixedHeight(height)

    def retranslate(self) -> None:
        self.flags_box.setTitle(self.tr("Red flags you noticed"))
        self.fit_box.setTitle(self.tr("Team fit"))
        self.boss_label.setText(self.tr("The boss's style"))
        self.panel_box.setTitle(self.tr("Other interviewers"))
        self.panel.render()
        self.role_label.setText(self.tr("Team role they would fill"))
        labels = {q["id"]: text_in(q["name"], self.session.language)
                  for q in self.session.vocabulary.quadrants}
        self.chart.set_labels({**labels, "attitude": self.tr("Attitude"),
                               "ability": self.tr("Ability"), COMBINED: self.tr("Combined"),
                               OWN: self.tr("You"), OTHER: self.tr("Other interviewers")})
        self.refresh()

    def refresh(self) -> None:
        session, lang = self.session, self.session.language
        submitted = session.read_only  # the debrief takes the height left; before, one line
        self.right.setStretchFactor(self.panel_box, 1 if submitted else 0)
        self.right.setStretch(self.right.count() - 1, 0 if submitted else 1)
        result = session.assessment()
        fmt = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
        self.scores.setText(self.tr(
            "Attitude {attitude} ({attitude_n} answers) · Ability {ability} ({ability_n} answers)"
        ).format(attitude=fmt(result.attitude), attitude_n=result.attitude_answered,
                 ability=fmt(result.ability), ability_n=result.ability_answered))
        explained = verdicts.explain(result.verdict, result.attitude, result.ability,
                                     session.thresholds, session.question_texts())
        reasons = verdict_reasons_html(explained, lang)
        if result.quadrant is None:
            self.quadrant.setText(_esc(self.tr(
                "Score at least one attitude and one ability question to place the candidate."))
                + reasons)
            self.chart.set_points([], (session.thresholds.attitude, session.thresholds.ability))
        else:
            item = session.vocabulary.lookup("quadrants", result.quadrant.value) or {}
            advice = ("" if result.verdict.provisional
                      else f" — {_esc(text_in(item.get('advice'), lang))}")
            self.quadrant.setText(f"<b>{_esc(explained.headline.render(lang))}</b>{advice}"
                                  f"{reasons}")
            self.chart.set_points(self._points(result),
                                  (session.thresholds.attitude, session.thresholds.ability))
        boss = session.vocabulary.lookup("boss_types", self.boss.currentData() or "")
        self.fit_hint.setText(text_in(boss.get("fit_hint"), lang) if boss else "")
        self.team_fit.show_type(self.team_role.currentData(), lang)


    def _points(self, result) -> list[ChartPoint]:
        """Before submitting: the candidate as this interviewer scores them. After: this
        interviewer's own point, each colleague's, and the panel's combined point (drawn apart,
        with a legend), once there is more than one scorecard to combine."""
        session = self.session
        own = ChartPoint(session.candidate["id"], session.candidate["name"], result.attitude,
                         result.ability)
        panel, debrief = self.panel.result, self.panel.debrief
        if not session.read_only or panel is None or debrief is None:
            return [own]
        name = session.interview.interviewer_name
        own = ChartPoint(session.interview.id, name, result.attitude, result.ability,
                         style=OWN)
        others = [ChartPoint(card.interview_id, card.interviewer, card.attitude, card.ability,
                             style=OTHER) for card in debrief[0].colleagues(name)
                  if card.attitude is not None and card.ability is not None]
        combined = []
        attitude, ability = panel.attitude.score, panel.ability.score
        if others and attitude is not None and ability is not None:
            combined = [ChartPoint("combined", self.tr("Combined"), attitude, ability,
                                   style=COMBINED)]
        return [*combined, own, *others]


class PanelView(QLabel):
    """Other interviewers: hidden until this interviewer submits; then the panel's debrief —
    everyone's scores and recommendations, the combined verdict with its reasons, and every
    disagreement. What it shows is read by reload(); render() only lays it out (a language
    change re-renders without touching the database)."""

    def __init__(self, session: InterviewSession) -> None:
        super().__init__(wordWrap=True)
        self.setObjectName("panelView")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.session = session
        self.view = DebriefView(session.vocabulary, session.language, self)
        self.debrief = None
        self.hidden, self.result = session.panel()
        if session.read_only:
            self.debrief = session.debrief()
        session.panelChanged.connect(self.reload)

    def reload(self) -> None:
        self.hidden, self.result = self.session.panel()
        self.debrief = self.session.debrief() if self.session.read_only else None
        self.render()

    def render(self) -> None:
        if not self.session.read_only or self.debrief is None:
            self.setText(_esc(self.tr(
                "Other interviewers' scores stay hidden until you submit yours "
                "({count} other scorecards so far).").format(count=self.hidden)))
            return
        self.view.language = self.session.language
        found, explained = self.debrief
        # under "Other interviewers": the colleagues, not this interviewer (services/debrief)
        self.setText(self.view.html(found, explained, listed=found.colleagues(
            self.session.interview.interviewer_name)))


def without_accelerator(text: str) -> str:
    """'录用(&I)' -> '录用', 'H&ire' -> 'Hire': a menu label as plain text."""
    return re.sub(r"\(&.\)", "", text).replace("&", "")


class DecideStage(QWidget):
    """The interviewer's recommendation and reason; submitting closes the scorecard. The hiring
    decision itself is taken in the debrief (a button here once the scorecard is in)."""

    def __init__(self, session: InterviewSession, on_submit) -> None:
        super().__init__()
        self.session = session
        self.on_submit = on_submit
        layout = QVBoxLayout(self)
        self.recommendation = QLabel(wordWrap=True)
        self.recommendation.setObjectName("recommendation")
        self.choice = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[str, QRadioButton] = {}
        for decision in DECISIONS:
            radio = QRadioButton()
            radio.setObjectName(f"decision_{decision}")
            self.radios[decision] = radio
            self.choice.addButton(radio)
            radio.toggled.connect(lambda on, d=decision: on and self._chosen(d))
            row.addWidget(radio)
        row.addStretch(1)
        self.reason_label = QLabel()
        self.reason = notes_box(session, "decision_reason", "decisionReason")
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self._submit)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("submittedSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.debrief_button = QPushButton()
        self.debrief_button.setObjectName("debriefButton")
        self.debrief_button.clicked.connect(self.open_debrief)
        layout.addWidget(self.recommendation)
        layout.addLayout(row)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.summary)
        layout.addWidget(self.debrief_button, 0, Qt.AlignmentFlag.AlignLeft)
        if session.interview.decision in self.radios:
            self.radios[session.interview.decision].setChecked(True)
        session.changed.connect(self.refresh)
        self.retranslate()

    def decision_names(self) -> dict[str, str]:
        return {"hire": self.tr("H&ire"), "train": self.tr("&Train"), "hold": self.tr("H&old"),
                "reject": self.tr("&Reject")}

    @staticmethod
    def decision_names_for(widget: QWidget) -> dict[str, str]:
        """Plain decision names (no accelerator), in the Decide stage's translation."""
        names = {"hire": "H&ire", "train": "&Train", "hold": "H&old", "reject": "&Reject"}
        return {k: without_accelerator(QCoreApplication.translate("DecideStage", v))
                for k, v in names.items()}

    def retranslate(self) -> None:
        for decision, name in self.decision_names().items():
            self.radios[decision].setText(name)
        self.reason_label.setText(self.tr("Why (the reason is kept with your recommendation)"))
        self.submit_button.setText(self.tr("Submit scorecard (Ctrl+Enter)"))
        self.debrief_button.setText(self.tr("Debrief and decide…"))
        self.refresh()

    def chosen(self) -> str | None:
        return next((d for d, r in self.radios.items() if r.isChecked()), None)

    def _chosen(self, decision: str) -> None:
        """The choice is kept with the draft (a pause and resume finds it again)."""
        if not self.session.read_only and self.session.interview.decision != decision:
            self.session.set_field("decision", decision, notify=False)

    def refresh(self) -> None:
        result = self.session.assessment()
        recommended = result.recommended_decision
        names = {k: without_accelerator(v) for k, v in self.decision_names().items()}
        if recommended:
            self.recommendation.setText(self.tr(
                "The matrix recommends: {decision}. Your choice is your recommendation to "
                "whoever decides.").format(decision=names[recommended]))
        elif result.verdict.provisional:
            self.recommendation.setText(self.tr(
                "No recommendation yet: not enough evidence. Ask more questions before "
                "choosing."))
        else:
            self.recommendation.setText(self.tr("No recommendation yet: score more questions."))
        read_only = self.session.read_only
        for radio in self.radios.values():
            radio.setEnabled(not read_only)
        self.submit_button.setVisible(not read_only)
        self.debrief_button.setVisible(read_only)
        if read_only:
            interview = self.session.interview
            self.summary.setText(self.tr(
                "Submitted {when}. Your recommendation: <b>{decision}</b>. The hiring decision "
                "is taken in the debrief, once the panel's scorecards are in.").format(
                    when=local_time(interview.submitted_at),
                    decision=_esc(names.get(interview.decision or "", ""))))
        else:
            self.summary.clear()

    def open_debrief(self) -> None:
        from hiring_app.ui.candidates.debrief import DebriefDialog

        dialog = DebriefDialog(self.session.context, self.session.interview.candidate_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.session.panelChanged.emit()

    def _submit(self) -> None:
        decision = self.chosen()
        if decision is None:
            self.recommendation.setText(self.tr("Choose a decision first."))
            return
        self.on_submit(decision, self.reason.toPlainText())
