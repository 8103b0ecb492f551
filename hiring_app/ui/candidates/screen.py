"""The Candidates screen: every candidate in one list to search, filter and sort; a candidate's
record beside it; moving along the pipeline; choosing candidates to compare."""
from __future__ import annotations

import html
import time

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.library import text_in
from hiring_app.errors import UserError
from hiring_app.i18n import Message
from hiring_app.services import candidates as candidate_service
from hiring_app.services import debrief as debrief_service
from hiring_app.services import interviews as interview_service
from hiring_app.services import library as library_service
from hiring_app.services import list_source, verdicts
from hiring_app.services import positions as position_service
from hiring_app.services.candidate_list import CandidateFilter
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.services.list_source import LoadedList
from hiring_app.ui import operations
from hiring_app.ui.candidates.debrief import DebriefDialog
from hiring_app.ui.candidates.editor import CandidateEditor
from hiring_app.ui.candidates.filters import FilterBar
from hiring_app.ui.candidates.preparing import ListPreparing
from hiring_app.ui.candidates.resumes import ResumePanel
from hiring_app.ui.candidates.table import CandidateTable
from hiring_app.ui.context import AppContext
from hiring_app.ui.labels import Labels
from hiring_app.ui.messages import error_text
from hiring_app.ui.models.candidates_model import CANDIDATE_ID, CandidatesModel
from hiring_app.ui.reports.export import Exporter, safe_file_name
from hiring_app.ui.safety import DataExport, Erasure
from hiring_app.ui.team.onboarding import OnboardingHook
from hiring_app.ui.widgets.common import RefreshWhenShown, heading
from hiring_app.ui.widgets.empty_state import EmptyState
from hiring_app.ui.widgets.flow import FlowLayout
from hiring_app.ui.widgets.verdict_view import DebriefView, local_time

MAX_COMPARE = 20
LIST_MIN_WIDTH = 300  # the names and a column or two beside them
RECORD_MIN_WIDTH = 300  # the record stays readable: the splitter never hides it
PREPARE_AGAIN_AFTER_S = 60  # a list that could not be made ready is tried again after this


class CandidatesScreen(RefreshWhenShown, QWidget):
    compareRequested = Signal(list)  # candidate ids
    interviewRequested = Signal()  # "start an interview" from the empty state
    demoRequested = Signal()  # "load demo candidates" from the empty state
    refresh_on = frozenset({"candidates", "interviews", "team"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vocabulary = builtin_vocabulary()
        self.labels = Labels(self)
        self.model = CandidatesModel(self.vocabulary, self.labels, self)
        self.current_id: int | None = None

        self.filters = FilterBar()
        self.search = self.filters.search
        self.role, self.status = self.filters.role, self.filters.status
        self.quadrant, self.channel = self.filters.quadrant, self.filters.channel
        self.position = self.filters.position
        self.use_dates = self.filters.use_dates
        self.date_from, self.date_to = self.filters.date_from, self.filters.date_to

        self.table = CandidateTable(self.model)
        self.view, self.names = self.table.view, self.table.names
        self.count = QLabel(wordWrap=True)  # beside New candidate… and Compare: wraps if tight
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareButton")
        self.editor = CandidateEditor(context, self, lambda: self.current_id)
        self.editor.shown.connect(self.select)
        self.resumes = ResumePanel(context)
        bottom = QHBoxLayout()
        bottom.addWidget(self.editor.new_button)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.compare_button)

        self.title = heading(1.3, "candidateTitle")
        self.record = QTextBrowser()
        self.record.setObjectName("candidateRecord")
        self.debrief_button = QPushButton()
        self.debrief_button.setObjectName("candidateDebrief")
        self.pipeline = {s: QPushButton() for s in ("hired", "declined", "interviewing")}
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteCandidate")
        self.data_button = QPushButton()
        self.data_button.setObjectName("candidateData")
        self.erasure = Erasure(context, self)
        self.debrief_view = DebriefView(builtin_vocabulary(), context.language, self)
        self.data_export = DataExport(context, self)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("candidatePdf")
        self.exporter = Exporter(context, self)
        self.onboarding = OnboardingHook(context, self)
        actions_row = QWidget()
        actions_row.setObjectName("recordActions")
        actions = FlowLayout(actions_row)  # wraps onto more lines rather than cutting a label
        actions.addWidget(self.debrief_button)
        for button in self.pipeline.values():
            actions.addWidget(button)
        actions.addWidget(self.onboarding.button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.data_button)
        actions.addWidget(self.delete_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.editor.edit_button)
        right_layout.addLayout(title_row)
        right_layout.addWidget(actions_row)
        right_layout.addWidget(self.record, 1)
        right_layout.addWidget(self.resumes)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # a company without any candidate says what to do next instead of an empty table
        self.first_run = EmptyState("candidatesEmpty")
        self.first_run.add_button("firstRunNew", self.editor.new_action.trigger, primary=True)
        self.first_run.add_button("firstRunInterview", self.interviewRequested.emit)
        self.first_run.add_button("firstRunDemo", self.demoRequested.emit)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.first_run)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addLayout(bottom)
        left.setMinimumWidth(LIST_MIN_WIDTH)
        right.setMinimumWidth(RECORD_MIN_WIDTH)
        self.splitter = QSplitter()
        self.splitter.setObjectName("candidatesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)  # neither the list nor the record vanishes
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        find = QAction(self, shortcut=QKeySequence("Ctrl+F"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        debrief = QAction(self, shortcut=QKeySequence("Ctrl+D"))
        debrief.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        debrief.triggered.connect(self.open_debrief)
        self.addAction(debrief)
        self.filters.changed.connect(self.apply_filter)
        self.table.empty.clear.connect(self.filters.clear)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_record(current.data(CANDIDATE_ID)))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_compare())
        # Edit… also by double-clicking a row or pressing Enter on it; the record actions in the
        # list's right-click menu
        enter = QAction(self)
        enter.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self.editor.edit_current)
        # (a double-click on the names reaches the other view's signal: CandidateTable)
        self.view.doubleClicked.connect(lambda index: self.editor.edit(index.data(CANDIDATE_ID)))
        for view in (self.names, self.view):
            view.addAction(enter)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(self.editor.actions())
        self.compare_button.clicked.connect(self.request_compare)
        for status, button in self.pipeline.items():
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
        self.delete_button.clicked.connect(self.delete_current)
        self.debrief_button.clicked.connect(self.open_debrief)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.data_button.clicked.connect(self.export_data)
        self.watch_changes(context.changes)

        self._preparing: ListPreparing | None = None  # the list made ready beside the window
        self._prepared_so_far = (0, 0)
        self._prepare_failed_at = -PREPARE_AGAIN_AFTER_S
        self._filled = False
        self.retranslate()
        self.table.first_layout(self._column_texts())  # the user's own layout is remembered:
        settings = context.settings
        self.table.restore_state(settings.value("candidates/columns"),
                                 settings.value("candidates/name_width"))
        self._names_fitted = settings.value("candidates/name_width") is not None
        splitter = settings.value("candidates/splitter")
        self._split_to_fit = splitter is None or not self.splitter.restoreState(splitter)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._split_to_fit:  # first shown: the list as wide as its columns, if there is room
            self._split_to_fit = False
            QTimer.singleShot(0, self._split_for_columns)

    def _split_for_columns(self) -> None:
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        handle = self.splitter.handleWidth()
        wanted, whole = self.table.wanted_width() + 2, self.table.wanted_width(whole=True) + 2
        room = total - RECORD_MIN_WIDTH - handle
        list_width = max(LIST_MIN_WIDTH, min(wanted, room, int(total * 0.72)))
        if whole > list_width:  # room to spare: long role names and verdicts shown whole
            widened = min(whole, room, int(total * 0.55))
            if widened > list_width:
                self.table.widen(widened - list_width)
                list_width = widened
        self.splitter.setSizes([list_width, total - list_width])

    def _column_texts(self) -> dict[str, list[str]]:
        """Each column's possible texts in this language (for sizing the columns at first)."""
        lang = self.context.language
        quadrants = [text_in(q["name"], lang) for q in self.vocabulary.quadrants]
        return {
            "role": [text_in(r["name"], lang) for r in self._role_rows],
            "status": list(self.labels.names("status").values()),
            "channel": list(self.labels.names("channel").values()),
            "decision": list(self.labels.names("decision").values()),
            "quadrant": quadrants + [Message(key, quadrant=q).render(lang) for q in quadrants
                                     for key in ("verdict.provisional", "verdict.knocked_out")],
            "attitude": ["5.0"], "ability": ["5.0"], "last_interview": ["2026-12-31"],
        }

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.first_run.set_texts(
            self.tr("No candidates yet"),
            self.tr("Add the people who applied, start an interview (the candidate is added as "
                    "you start), or try the app on made-up candidates first."))
        new, interview, demo = self.first_run.buttons
        new.setText(self.tr("New candidate… (Ctrl+N)"))
        interview.setText(self.tr("Start an interview"))
        demo.setText(self.tr("Load demo candidates…"))
        lang = self.context.language
        self.debrief_view.language = lang
        self.filters.retranslate()
        self.compare_button.setText(self.tr("Compare selected"))
        self.debrief_button.setText(self.tr("Debrief and decide…"))
        self.debrief_button.setToolTip(self.tr(
            "The panel's scorecards side by side, every disagreement, and the hiring decision "
            "(Ctrl+D)"))
        self.pipeline["hired"].setText(self.tr("Mark hired"))
        self.pipeline["declined"].setText(self.tr("Mark declined"))
        self.pipeline["interviewing"].setText(self.tr("Back to interviewing"))
        self.delete_button.setText(self.tr("Erase…"))
        self.delete_button.setToolTip(self.tr(
            "Erase this candidate with every interview, note and score, leaving no trace"))
        self.data_button.setText(self.tr("Export data…"))
        self.data_button.setToolTip(self.tr(
            "Everything held about this candidate, as a JSON file (for a request to see it)"))
        self.pdf_button.setText(self.tr("PDF report…"))
        self.onboarding.retranslate()
        self.editor.retranslate()
        self.retranslate_filters()
        self.model.set_language(lang)
        self.table.retranslate()
        self._update_count()
        self._update_compare()
        self._render_record()  # from what was read; a language change reads nothing

    def retranslate_filters(self) -> None:
        lang = self.context.language
        if not self._filled:
            self._role_rows = library_service.role_rows(self.context.db)
            self._positions = position_service.list_positions(self.context.db)
        self._fill_combo(self.role, self.tr("All roles"),
                         [(r["id"], text_in(r["name"], lang)) for r in self._role_rows])
        self._fill_combo(self.status, self.tr("All statuses"),
                         list(self.labels.names("status").items()))
        self._fill_combo(self.quadrant, self.tr("All quadrants"),
                         [(q["id"], text_in(q["name"], lang)) for q in self.vocabulary.quadrants])
        self._fill_combo(self.channel, self.tr("All channels"),
                         list(self.labels.names("channel").items()))
        role_names = {r["id"]: text_in(r["name"], lang) for r in self._role_rows}
        self._fill_combo(self.position, self.tr("All positions"), [
            (p.id, self.tr("Position {id}: {role}").format(
                id=p.id, role=role_names.get(p.role_id or "", p.role_id or "—")))
            for p in self._positions])
        self.position.setVisible(bool(self._positions))  # no room taken before any position
        self._filled = True

    def _fill_combo(self, combo: QComboBox, everything: str, items) -> None:
        """(Re)fill a filter combo in the current language, keeping its choice."""
        combo.blockSignals(True)
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        combo.updateGeometry()  # as wide as its text in this language

    # --- list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._filled = False  # roles may have changed: re-read them with the rows
        self.retranslate_filters()
        pending = self._preparing is None and list_source.needs_preparing(self.context.db)
        failed_lately = time.monotonic() - self._prepare_failed_at < PREPARE_AGAIN_AFTER_S
        if self._preparing is not None or (pending and not failed_lately):
            self._prepare_list()
            return
        # made beside the window moments ago in vain: listed from the tables for now, without
        # trying the whole work again here
        self.model.set_source(list_source.open_list(self.context.db, remake=not pending),
                              self.context.language)
        self.list_stack.setCurrentWidget(self.table if self.model.total else self.first_run)
        if not self._names_fitted and self.model.total:  # first shown: wide enough for names
            self._names_fitted = True
            self.table.fit_names(self.model.source.names(2000),  # a sample tells as well
                                 [self.model.found_in_label(p) for p in ("notes",)])
        self._update_count()
        if self.current_id is not None:
            if self.model.has(self.current_id):
                self.select(self.current_id)
                self.show_record(self.current_id)  # read afresh: it may have changed
            else:  # erased (perhaps by another program): nothing is shown for them any more
                self.show_record(None)

    # --- the list made ready beside the window (preparing.py) ----------------------------------
    def _prepare_list(self) -> None:
        """Make every stale row beside the window, the list saying how far it has come."""
        if self._preparing is None:
            self._preparing = ListPreparing(self.context.data_dir, parent=self)
            self._preparing.progress.connect(self._say_prepared)
            self._preparing.finished.connect(self._list_prepared)
            self._preparing.start()
            self.model.set_source(LoadedList([]), self.context.language)
            self.list_stack.setCurrentWidget(self.table)
            self._say_prepared(0, list_source.needs_preparing(self.context.db))

    def _say_prepared(self, made: int, total: int) -> None:
        self._prepared_so_far = (made, total)
        text = self.tr("Getting the list ready for quick search and sorting (once, after an "
                       "update): {made} of {total} candidates…").format(
            made=self.locale().toString(made), total=self.locale().toString(total))
        self.count.setText("")  # said once, in the list's place
        self.table.empty.say(text, None)

    def _list_prepared(self, _done, error: UserError | None) -> None:
        self._preparing = None
        self.table.empty.say("", None)
        if error is not None:  # listed from its tables for now; tried again later
            self._prepare_failed_at = time.monotonic()
            self.reload()
            self.count.setText(self.tr("{count} — the list could not be made ready for quick "
                                       "search: {reason}").format(count=self.count.text(),
                                                                  reason=error_text(error)))
            return
        self.reload()

    def stop_work(self) -> None:
        """The window is closing: the list's preparation ends after the part under way."""
        if self._preparing is not None:
            self._preparing.stop()

    def current_filter(self) -> CandidateFilter:
        dates = self.use_dates.isChecked()
        return CandidateFilter(
            text=self.search.text(), role_id=self.role.currentData(),
            status=self.status.currentData(), quadrant=self.quadrant.currentData(),
            channel=self.channel.currentData(), position_id=self.position.currentData(),
            date_from=self.date_from.date().toString(Qt.DateFormat.ISODate) if dates else None,
            date_to=self.date_to.date().toString(Qt.DateFormat.ISODate) if dates else None)

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()
        if self.current_id is not None:  # the candidate shown stays only while listed
            if self.model.row_of(self.current_id) >= 0:
                self._mark(self.current_id)
            else:
                self.show_record(None)
        self._update_compare()

    def _mark(self, candidate_id: int) -> None:
        """Select the candidate's row again (a new filter starts the list afresh)."""
        row = self.model.row_of(candidate_id)
        selection = self.view.selectionModel()
        selection.blockSignals(True)  # the record shown is theirs already
        selection.setCurrentIndex(self.table.row_index(row),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.view.viewport().update()
        self.names.viewport().update()

    def _update_count(self) -> None:
        if self._preparing is not None:
            self._say_prepared(*self._prepared_so_far)
            return
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.tr("{shown} of {total} candidates").format(
            shown=shown, total=total))
        self._update_empty(shown, total)

    def _update_empty(self, shown: int, total: int) -> None:
        """The empty table says why: the search, or filters left on."""
        if shown or not total:
            self.table.empty.say("", None)
            return
        active = self.filters.active_count()
        if active == 1:
            text = self.tr("No candidate matches: 1 filter is active.")
        elif active:
            text = self.tr("No candidate matches: {count} filters are active.").format(
                count=active)
        else:
            text = self.tr("No candidate matches “{text}”.").format(
                text=self.search.text().strip())
        self.table.empty.say(text, self.tr("Clear filters") if active else None)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.visible[r] for r in rows]

    def _update_compare(self) -> None:
        count = len(self.selected_ids())
        self.compare_button.setEnabled(2 <= count <= MAX_COMPARE)
        self.compare_button.setToolTip(self.tr("Select 2 to 20 candidates (Ctrl+click)"))

    def request_compare(self) -> None:  # noqa: D102
        ids = self.selected_ids()
        if 2 <= len(ids) <= MAX_COMPARE:
            self.compareRequested.emit(ids)

    def select(self, candidate_id: int) -> None:
        self.refresh_if_stale()
        row = self.model.row_of(candidate_id)
        if row < 0:  # hidden by the filters: show everyone, then select
            self.filters.clear()
            self.search.clear()
            row = self.model.row_of(candidate_id)
        if row < 0:
            return
        index = self.table.row_index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    # --- record -------------------------------------------------------------------------------
    def show_record(self, candidate_id: int | None) -> None:
        """Read the candidate's record, then show it."""
        self.current_id = candidate_id
        self._record = None
        if candidate_id is not None:
            db = self.context.db
            try:
                candidate = candidate_service.get_candidate(db, candidate_id)
            except UserError:
                candidate = None
            if candidate is not None:
                role = library_service.get_role(db, candidate["role_id"])
                questions = {q.id: q for q in library_service.standard_questions(db)}
                if role:
                    questions.update({q.id: q for q in role.questions})
                found = debrief_service.debrief(db, candidate_id)
                explained = verdicts.explain_result(db, found.result, candidate["role_id"])
                self._record = (candidate, role, questions,
                                interview_service.interviews_of(db, candidate_id),
                                candidate_service.status_history(db, candidate_id),
                                (found, explained))
        self.onboarding.show_for(self._record[0] if self._record else None)
        self.resumes.show_candidate(candidate_id if self._record is not None else None)
        self._render_record()

    def _render_record(self) -> None:
        has = getattr(self, "_record", None) is not None
        for button in (*self.pipeline.values(), self.delete_button, self.pdf_button,
                       self.data_button, self.debrief_button, self.editor.edit_button):
            button.setEnabled(has)
        if not has:
            self.title.setText(self.tr("No candidate selected"))
            self.record.clear()
            return
        candidate, role, questions, interviews, history, (found, explained) = self._record
        lang, esc = self.context.language, html.escape
        self.title.setText(candidate["name"])
        parts = [
            f"<p>{esc(text_in(role.name, lang) if role else '—')} · "
            f"{esc(self.labels('status', candidate['status']))} · "
            f"{esc(self.labels('channel', candidate['channel']))}</p>",
        ]
        contact = " · ".join(esc(v) for v in (candidate["phone"], candidate["email"]) if v)
        if contact:
            parts.append(f"<p>{contact}</p>")
        if candidate["notes"]:
            parts.append(f"<p style='white-space:pre-wrap'>{esc(candidate['notes'])}</p>")
        interviews_title, history_title = self.tr("Interviews"), self.tr("Status history")
        summary_title = self.tr("Panel summary")
        parts.append(f"<h3>{esc(summary_title)}</h3>")
        parts.append(self.debrief_view.html(found, explained, with_table=False))
        parts.append(f"<h3>{esc(interviews_title)}</h3>")
        for interview in interviews:
            state = (self.tr("submitted {when}").format(when=local_time(interview.submitted_at))
                     if interview.submitted else self.tr("in progress"))
            scores = ""
            if interview.submitted:
                fmt = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
                scores = self.tr("attitude {attitude}, ability {ability}, recommends: {decision}"
                                 ).format(attitude=fmt(interview.attitude_score),
                                          ability=fmt(interview.ability_score),
                                          decision=self.labels("decision", interview.decision))
            parts.append(f"<h4>{esc(interview.interviewer_name)} — {esc(state)}</h4>"
                         f"<p>{esc(scores)}</p>")
            if interview.decision_reason:
                parts.append(f"<p><i>{esc(interview.decision_reason)}</i></p>")
            for note in (interview.listen_notes, interview.free_notes):
                if note:
                    parts.append(f"<p>{esc(note)}</p>")
            items = []
            for answer in interview.answers:
                if answer.score is None and not answer.notes:
                    continue
                question = questions.get(answer.question_id)
                text = answer.adhoc_text or (text_in(question.text, lang) if question
                                             else answer.question_id)
                score = "—" if answer.score is None else str(answer.score)
                notes = f"<br><span style='color:#444'>{esc(answer.notes)}</span>" \
                    if answer.notes else ""
                items.append(f"<li><b>[{score}]</b> {esc(text)}{notes}</li>")
            if items:
                parts.append(f"<ul>{''.join(items)}</ul>")
        parts.append(f"<h3>{esc(history_title)}</h3><ul>")
        for entry in history:
            decision = (f" ({esc(self.labels('decision', entry['decision']))})"
                        if entry["decision"] else "")
            parts.append(f"<li>{esc(local_time(entry['changed_at']))} — "
                         f"{esc(self.labels('status', entry['status']))}{decision}</li>")
        parts.append("</ul>")
        self.record.setHtml("".join(parts))

    def _still_there(self, title: str) -> dict | None:
        """The candidate shown, read now; if another program erased them, say so (in the
        user's language), and every screen drops them."""
        if self.current_id is None:
            return None
        try:
            return candidate_service.get_candidate(self.context.db, self.current_id)
        except UserError as error:
            operations.refuse(self, self.context, title, error)
            self.show_record(None)
            return None

    def open_debrief(self) -> None:
        if self._still_there(self.tr("Cannot open the debrief")) is None:
            return
        dialog = DebriefDialog(self.context, self.current_id, self)
        dialog.exec()
        dialog.deleteLater()

    def export_pdf(self) -> None:
        from hiring_app.services.report_data import write_candidate_report

        if self._record is None:
            return
        candidate = self._still_there(self.tr("Export failed"))
        if candidate is None:
            return
        self.exporter.build(safe_file_name(f"{candidate['name']}-{candidate['id']}"),
                            lambda path: write_candidate_report(self.context.db, candidate["id"],
                                                                self.context.language, path))

    def move_to(self, status: str) -> None:
        if self.current_id is None:
            return
        operations.run(self, self.context, self.tr("Cannot change the status"),
                       candidate_service.set_status, self.current_id, status)

    def delete_current(self) -> None:
        """Erase the candidate shown, with every trace, after confirmation."""
        candidate = self._still_there(self.tr("Cannot erase"))
        if candidate is None or self.current_id is None:
            return
        interviews = len(interview_service.interviews_of(self.context.db, self.current_id))
        if not self.erasure.confirm_one(candidate["name"], interviews):
            return
        erasing, self.current_id = self.current_id, None  # the list reloads without them
        if not self.erasure.erase([erasing]):
            self.current_id = erasing
            return
        self.show_record(None)

    def export_data(self) -> None:
        candidate = self._still_there(self.tr("Export failed"))
        if candidate is None or self.current_id is None:
            return
        path = self.data_export.export(self.current_id, candidate["name"])
        status_bar = getattr(self.window(), "statusBar", None)
        if path is not None and status_bar is not None:
            status_bar().showMessage(self.tr("Saved {path}").format(path=path), 8000)

    def show_position(self, position_id: int) -> None:
        """The list filtered by an open position (from the Team section)."""
        self.refresh_if_stale()
        self.position.setCurrentIndex(max(self.position.findData(position_id), 0))

    def save_state(self) -> None:
        settings = self.context.settings
        columns, name_width = self.table.save_state()
        settings.setValue("candidates/columns", columns)
        settings.setValue("candidates/name_width", name_width)
        settings.setValue("candidates/splitter", self.splitter.saveState())
        settings.remove("candidates/header")  # the layout before the name column stayed put
