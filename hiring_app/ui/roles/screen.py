"""The Roles screen: browse the library by department, search it, read a role's profile and
questions, and edit them with undo; import and export bank files; restore the shipped library."""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.library import RoleProfile, text_in
from hiring_app.domain.matrix import KNOCKOUT_MAX_SCORE
from hiring_app.errors import UserError
from hiring_app.services import library as library_service
from hiring_app.services import role_editing as editing
from hiring_app.services.library import BankFileError
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.messages import error_text
from hiring_app.ui.models.roles_model import (
    ROLE_ID,
    QuestionsModel,
    RoleFilter,
    RolesModel,
)
from hiring_app.ui.roles.library_files import LibraryFiles
from hiring_app.ui.widgets.common import heading

NAME_SUFFIX = {"zh": "（副本）", "en": " (copy)", "es": " (copia)"}



def longest_word(view: QTableView, column: int) -> int:
    """The width of a column's longest word, or of its heading (which does not wrap): narrower
    than that, a word would be cut rather than wrapped."""
    model = view.model()
    metrics = view.fontMetrics()
    words = max((metrics.horizontalAdvance(word)
                 for row in range(model.rowCount())
                 for word in str(model.index(row, column).data() or "").split()), default=0)
    heading = view.horizontalHeader().fontMetrics().horizontalAdvance(
        str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return max(words, heading) + 2 * view.style().pixelMetric(
        QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 12


class QuestionsView(QTableView):
    """The role's questions: the question's text gets the room, whatever the window's size. The
    dimension and facet columns take what they need when half the width leaves room for them,
    and otherwise share what is left, wrapping onto a second line but never narrower than their
    longest word (a Spanish facet name is as wide as a short question); rows are as tall as
    their wrapped text."""

    TEXT_COLUMN = 1
    NARROW = (0, 4)  # the number and the weight: always whole
    SHARED = (2, 3)  # dimension and facet: whole when they fit, wrapped otherwise

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        model = self.model()
        if model is None or model.columnCount() <= max(self.SHARED) or not self.isVisible():
            return  # measured when shown (its tab is not the first one)
        header = self.horizontalHeader()
        width = self.viewport().width()
        natural = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
                   for c in (*self.NARROW, *self.SHARED)}
        for column in self.NARROW:
            header.resizeSection(column, natural[column])
        room = max(0, width - sum(natural[c] for c in self.NARROW) - width // 2)
        wanted = sum(natural[c] for c in self.SHARED)
        for column in self.SHARED:
            share = natural[column] if wanted <= room else max(
                longest_word(self, column), room * natural[column] // max(wanted, 1))
            header.resizeSection(column, min(share, natural[column]))
        used = sum(header.sectionSize(c) for c in range(model.columnCount())
                   if c != self.TEXT_COLUMN)
        header.resizeSection(self.TEXT_COLUMN, max(header.minimumSectionSize(), width - used))
        self.resizeRowsToContents()


class RolesView(QTableView):
    """The list of roles: a role's name is never cut — it wraps, and its row grows to fit; the
    department keeps its longest word whole and wraps the rest; the count of questions takes
    what its digits need."""

    NAME, DEPARTMENT, COUNT = 0, 1, 2

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self._pending.start)
        self._pending.start()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._pending.start()

    def fit(self) -> None:
        model = self.model()
        if model is None or model.columnCount() <= self.COUNT:
            return
        header = self.horizontalHeader()
        width = self.viewport().width()
        count = max(self.sizeHintForColumn(self.COUNT), header.sectionSizeHint(self.COUNT))
        department = max(self.sizeHintForColumn(self.DEPARTMENT),
                         header.sectionSizeHint(self.DEPARTMENT))
        # the department gets at most a third of the room, never less than its longest word
        department = min(department, max(longest_word(self, self.DEPARTMENT),
                                         (width - count) // 3))
        header.resizeSection(self.COUNT, count)
        header.resizeSection(self.DEPARTMENT, department)
        header.resizeSection(self.NAME, max(header.minimumSectionSize(),
                                            width - count - department))
        self.resizeRowsToContents()


class RoleChange(QUndoCommand):
    """One edit of one role, already applied when pushed; undo and redo swap snapshots."""

    def __init__(self, screen: RolesScreen, role_id: str, before, after, text: str) -> None:
        super().__init__(text)
        self._screen, self._role_id = screen, role_id
        self._before, self._after = before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo happens before the push
            self._applied = False
            return
        self._screen.apply_snapshot(self._role_id, self._after)

    def undo(self) -> None:
        self._screen.apply_snapshot(self._role_id, self._before)


class RolesScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.vocabulary = builtin_vocabulary()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.current_role_id: str | None = None

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()

        self.department = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.roles_model = RolesModel(self.vocabulary, self)
        self.filter = RoleFilter(self)
        self.filter.setSourceModel(self.roles_model)
        self.filter.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.roles_view = RolesView()
        self.roles_view.setObjectName("rolesView")
        self.roles_view.setModel(self.filter)
        self._table_defaults(self.roles_view)
        self.roles_view.setSortingEnabled(True)
        self.roles_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.department)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.roles_view, 1)
        left_layout.addWidget(self.count_label)

        self.title = heading(1.4, "roleTitle")
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget()
        self.profile = QTextBrowser()
        self.profile.setObjectName("roleProfile")
        self.questions_model = QuestionsModel(self.vocabulary, self)
        self.questions_view = QuestionsView()
        self.questions_view.setObjectName("questionsView")
        self.questions_view.setModel(self.questions_model)
        self._table_defaults(self.questions_view)
        self.questions_view.setWordWrap(True)
        self.question_detail = QTextBrowser()
        self.question_detail.setObjectName("questionDetail")
        questions_split = QSplitter(Qt.Orientation.Vertical)
        questions_split.addWidget(self.questions_view)
        questions_split.addWidget(self.question_detail)
        questions_split.setSizes([320, 260])
        self.tabs.addTab(self.profile, "")
        self.tabs.addTab(questions_split, "")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.subtitle)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 700])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.department.currentIndexChanged.connect(self._department_changed)
        self.search.textChanged.connect(self._search_changed)
        self.roles_view.selectionModel().currentRowChanged.connect(self._role_selected)
        self.questions_view.selectionModel().currentRowChanged.connect(self._question_selected)
        self.questions_view.doubleClicked.connect(lambda _index: self.edit_question())
        self.roles_view.doubleClicked.connect(lambda _index: self.edit_role())
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        context.changes.changed.connect(self._data_changed)

        self._fill_departments()
        self.retranslate()
        self.reload()
        self._restore_state()

    # --- building -----------------------------------------------------------------------------
    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _action(self, shortcut: str | QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.find_action = self._action("Ctrl+F", self._focus_search)
        self.new_role_action = self._action("Ctrl+N", self.new_role)
        self.duplicate_action = self._action("Ctrl+D", self.duplicate_role)
        self.edit_role_action = self._action("F2", self.edit_role)
        self.delete_role_action = self._action("Ctrl+Shift+Delete", self.delete_role)
        self.add_question_action = self._action("Ins", self.add_question)
        self.edit_question_action = self._action("Ctrl+E", self.edit_question)
        self.delete_question_action = self._action("Del", self.delete_question)
        self.move_up_action = self._action("Alt+Up", lambda: self.move_question(-1))
        self.move_down_action = self._action("Alt+Down", lambda: self.move_question(1))
        self.files = LibraryFiles(self)
        self.import_action = self._action("Ctrl+I", self.files.import_file)
        self.export_role_action = self._action(
            None, lambda: self.files.export_file(only_current=True))
        self.export_all_action = self._action(
            "Ctrl+Shift+E", lambda: self.files.export_file(only_current=False))
        self.restore_action = self._action(None, self.files.restore_builtin)
        self.kit_action = self._action("Ctrl+P", self.files.export_kit)
        for group in (
            (self.new_role_action, self.duplicate_action, self.edit_role_action,
             self.delete_role_action),
            (self.add_question_action, self.edit_question_action, self.delete_question_action,
             self.move_up_action, self.move_down_action),
            (self.undo_action, self.redo_action),
        ):
            for action in group:
                self.toolbar.addAction(action)
            self.toolbar.addSeparator()
        self.library_menu = QMenu(self)
        for action in (self.import_action, self.export_role_action, self.export_all_action,
                       self.kit_action):
            self.library_menu.addAction(action)
        self.library_menu.addSeparator()
        self.library_menu.addAction(self.restore_action)
        self.library_button = QToolButton()
        self.library_button.setMenu(self.library_menu)
        self.library_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.library_button)

    def retranslate(self) -> None:
        def label(action: QAction, text: str) -> None:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)

        label(self.new_role_action, self.tr("New role"))
        label(self.duplicate_action, self.tr("Duplicate"))
        label(self.edit_role_action, self.tr("Edit role"))
        label(self.delete_role_action, self.tr("Delete role"))
        label(self.add_question_action, self.tr("Add question"))
        label(self.edit_question_action, self.tr("Edit question"))
        label(self.delete_question_action, self.tr("Delete question"))
        label(self.move_up_action, self.tr("Move up"))
        label(self.move_down_action, self.tr("Move down"))
        self.move_up_action.setText("↑")
        self.move_down_action.setText("↓")
        self.library_button.setText(self.tr("Library"))
        label(self.import_action, self.tr("Import…"))
        label(self.export_role_action, self.tr("Export role…"))
        label(self.export_all_action, self.tr("Export all…"))
        label(self.restore_action, self.tr("Restore built-in…"))
        label(self.kit_action, self.tr("Interview kit (PDF)…"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.search.setPlaceholderText(self.tr("Search roles (Ctrl+F)"))
        self.tabs.setTabText(0, self.tr("Profile"))
        self.tabs.setTabText(1, self.tr("Questions"))
        self.department.setItemText(0, self.tr("All departments"))
        for i, item in enumerate(self.vocabulary.departments, start=1):
            self.department.setItemText(i, text_in(item["name"], self.language))
        if hasattr(self, "current"):  # not during construction
            self.roles_model.set_language(self.language)
            self._update_count()
            self._render_current()

    @property
    def language(self) -> str:
        return self.context.language

    def _fill_departments(self) -> None:
        self.department.addItem("", None)
        for item in self.vocabulary.departments:
            self.department.addItem(text_in(item["name"], self.language), item["id"])

    # --- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the roles from the database, keeping the selection."""
        keep = self.current_role_id
        self.roles_model.set_rows(library_service.role_rows(self.db), self.language)
        self.roles_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._update_count()
        if keep and self.roles_model.row_of(keep) >= 0:
            self.select_role(keep)
        elif self.filter.rowCount() > 0:
            shown = self.current_role_id
            self.roles_view.selectRow(0)  # shows the first role, unless it was shown already
            if self.current_role_id == shown:
                self._role_selected(self.roles_view.currentIndex())
        else:
            self._show_role(None)

    def select_role(self, role_id: str) -> None:
        row = self.roles_model.row_of(role_id)
        if row < 0:
            return
        index = self.filter.mapFromSource(self.roles_model.index(row, 0))
        if not index.isValid():  # hidden by the filter: show everything again
            self.search.clear()
            self.department.setCurrentIndex(0)
            index = self.filter.mapFromSource(self.roles_model.index(row, 0))
        self.roles_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.roles_view.scrollTo(index)
        self._show_role(role_id)

    def _role_selected(self, index: QModelIndex) -> None:
        self._show_role(index.data(ROLE_ID) if index.isValid() else None)

    def _show_role(self, role_id: str | None) -> None:
        self.current_role_id = role_id
        self.current = editing.snapshot(self.db, role_id) if role_id else None
        self._render_current()

    def _render_current(self) -> None:
        """Show the current role from memory (no database read): used on language change too."""
        lang = self.language
        if self.current is None:
            self.title.setText(self.tr("No role selected"))
            self.subtitle.clear()
            self.profile.clear()
            self.questions_model.set_questions([], lang)
            self.question_detail.clear()
            self._update_actions()
            return
        role = RoleProfile.from_dict(self.current.role)
        origin = (self.tr("your own role") if self.current.origin == "user"
                  else self.tr("built-in role"))
        self.title.setText(text_in(role.name, lang))
        self.subtitle.setText(" · ".join([
            self.vocabulary.name_of("departments", role.department, lang),
            self.tr("{count} questions").format(count=len(role.questions)), origin]))
        self.profile.setHtml(self._profile_html(role))
        selected = self.questions_view.currentIndex().row()
        self.questions_model.set_questions(self.current.questions, lang)
        if role.questions:
            self.questions_view.selectRow(min(max(selected, 0), len(role.questions) - 1))
            self._question_selected(self.questions_view.currentIndex())
        else:
            self.question_detail.clear()
        self.questions_view.fit()
        self._update_actions()

    def _profile_html(self, role) -> str:
        lang, v = self.language, self.vocabulary
        esc = lambda s: html.escape(s or "")  # noqa: E731
        items = lambda texts: "".join(f"<li>{esc(text_in(t, lang))}</li>" for t in texts)  # noqa: E731
        names = lambda section, ids: esc(QLocale().createSeparatedList(  # noqa: E731
            [v.name_of(section, i, lang) for i in ids])) or "—"
        duties, kpis, probe = self.tr("Duties"), self.tr("KPIs"), self.tr("What to probe")
        attitude, ability = self.tr("Attitude"), self.tr("Ability")
        thresholds_title, pay, stages = (self.tr("Screening thresholds"), self.tr("Pay model"),
                                         self.tr("Team stages"))
        thresholds = self.tr("Good attitude from {attitude:.1f}; strong ability from {ability:.1f} "
                             "(scores 1-5).").format(attitude=role.thresholds.attitude,
                                                     ability=role.thresholds.ability)
        verdict = self.tr("Can be trained only from an ability of {floor:.1f}; a verdict needs "
                          "{answers} answered questions of each dimension.").format(
                              floor=role.thresholds.ability_floor,
                              answers=role.thresholds.min_answers)
        reason = (f"<br>{esc(text_in(role.threshold_reason, lang))}"
                  if role.threshold_reason else "")
        family_title = self.tr("Role family")
        family = {"frontline": self.tr("Frontline (entry jobs)"),
                  "specialist": self.tr("Specialist"),
                  "manager": self.tr("Manager (leads people)")}.get(role.family, role.family)
        order = [f["id"] for f in v.red_flags]
        flags = sorted(v.knockout_flags(role), key=lambda f: order.index(f) if f in order else 0)
        knockouts = self.tr("Knock-outs: a knock-out question scored {score} or lower, or one "
                            "of these red flags, turns the candidate down:").format(
                                score=KNOCKOUT_MAX_SCORE)
        return (
            f"<p>{esc(text_in(role.summary, lang))}</p>"
            f"<h3>{esc(duties)}</h3><ul>{items(role.duties)}</ul>"
            f"<h3>{esc(kpis)}</h3><ul>{items(role.kpis)}</ul>"
            f"<h3>{esc(probe)}</h3>"
            f"<p><b>{esc(attitude)}:</b> {names('facets', role.attitude_facets)}<br>"
            f"<b>{esc(ability)}:</b> {names('facets', role.ability_facets)}</p>"
            f"<h3>{esc(family_title)}</h3><p>{esc(family)}</p>"
            f"<h3>{esc(thresholds_title)}</h3><p>{esc(thresholds)}<br>{esc(verdict)}{reason}</p>"
            f"<p>{esc(knockouts)} {names('red_flags', flags)}</p>"
            f"<h3>{esc(pay)}</h3><p><b>{esc(v.name_of('pay_models', role.pay_model, lang))}</b>"
            f"<br>{esc(text_in((v.lookup('pay_models', role.pay_model) or {}).get('description'), lang))}</p>"
            f"<h3>{esc(stages)}</h3><p>{names('stages', role.stages)}</p>"
        )

    def _question_selected(self, index: QModelIndex) -> None:
        if not index.isValid() or self.current is None:
            self.question_detail.clear()
            self._update_actions()
            return
        q = self.current.questions[index.row()]
        lang = self.language
        esc = lambda s: html.escape(s or "")  # noqa: E731
        follow = "".join(f"<li>{esc(text_in(f, lang))}</li>" for f in q["follow_ups"])
        scoring = "".join(
            f"<tr><td><b>{score}</b></td><td>{esc(text_in(q['scoring'].get(score), lang))}</td></tr>"
            for score in ("1", "3", "5"))
        reveals = (f"<p><i>{esc(text_in(q['reveals'], lang))}</i></p>" if q.get("reveals") else "")
        if q.get("knockout"):
            reveals += "<p><b>{}</b></p>".format(esc(self.tr(
                "Knock-out question: a score of {score} or lower turns the candidate "
                "down.").format(score=KNOCKOUT_MAX_SCORE)))
        listen, follow_ups, guide = (self.tr("Listen for"), self.tr("Follow-ups"),
                                     self.tr("Scoring guide"))
        self.question_detail.setHtml(
            f"<p><b>{esc(text_in(q['text'], lang))}</b></p>{reveals}"
            f"<h4>{esc(listen)}</h4><p>{esc(text_in(q['listen_for'], lang))}</p>"
            f"<h4>{esc(follow_ups)}</h4><ul>{follow}</ul>"
            f"<h4>{esc(guide)}</h4><table cellpadding='3'>{scoring}</table>")
        self._update_actions()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total} roles").format(
            shown=self.filter.rowCount(), total=self.roles_model.rowCount()))

    def _update_actions(self) -> None:
        has_role = self.current is not None
        has_question = has_role and self.questions_view.currentIndex().isValid()
        row = self.questions_view.currentIndex().row()
        for action in (self.duplicate_action, self.edit_role_action, self.add_question_action,
                       self.export_role_action, self.kit_action):
            action.setEnabled(has_role)
        self.delete_role_action.setEnabled(has_role and self.current.origin == "user")
        for action in (self.edit_question_action, self.delete_question_action):
            action.setEnabled(has_question)
        self.move_up_action.setEnabled(has_question and row > 0)
        self.move_down_action.setEnabled(
            has_question and row < self.questions_model.rowCount() - 1)

    def _department_changed(self) -> None:
        self.filter.set_department(self.department.currentData())
        self._after_filter()

    def _search_changed(self, text: str) -> None:
        self.filter.set_search(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        if not self.roles_view.currentIndex().isValid() and self.filter.rowCount():
            self.roles_view.selectRow(0)
            self._role_selected(self.roles_view.currentIndex())

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _data_changed(self, what: set) -> None:
        if {"roles", "questions"} & set(what):
            self.reload()

    # --- editing ------------------------------------------------------------------------------
    def apply_snapshot(self, role_id: str, snap) -> bool:
        """Store a role snapshot (None deletes); say clearly if it cannot be done."""
        try:
            editing.apply(self.db, role_id, snap)
        except BankFileError as error:  # the summary translated, the issues' own words English
            more = [i.render_detail(self.context.language) for i in error.issues[1:8]]
            QMessageBox.warning(self, self.tr("Cannot save"),
                                "\n\n".join([error_text(error), "\n".join(more)] if more
                                             else [error_text(error)]))
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error_text(error))
            return False
        self.current_role_id = role_id if snap is not None else None
        operations.announce(self.context, editing.apply)
        if snap is not None:
            self.select_role(role_id)
        return True

    def change(self, role_id: str, after, text: str) -> bool:
        before = editing.snapshot(self.db, role_id)
        if not self.apply_snapshot(role_id, after):
            return False
        self.undo_stack.push(RoleChange(self, role_id, before, after, text))
        return True

    def new_role(self) -> None:
        department = self.department.currentData() or self.vocabulary.departments[0]["id"]
        snap = editing.blank_role(self.db, department, {k: "" for k in NAME_SUFFIX})
        from hiring_app.ui.roles.dialogs import RoleDialog  # imported when first opened

        dialog = RoleDialog(snap.role, self.vocabulary, self.language, self)
        dialog.setWindowTitle(self.tr("New role"))
        if dialog.exec():
            snap.role = dialog.role()
            if not snap.role["summary"]:
                snap.role["summary"] = dict(snap.role["name"])
            self.change(snap.role["id"], snap, self.tr("new role"))

    def duplicate_role(self) -> None:
        if self.current is None:
            return
        snap = editing.duplicate(self.db, self.current.role["id"], NAME_SUFFIX)
        self.change(snap.role["id"], snap, self.tr("duplicate role"))

    def edit_role(self) -> None:
        if self.current is None:
            return
        from hiring_app.ui.roles.dialogs import RoleDialog  # imported when first opened

        dialog = RoleDialog(self.current.role, self.vocabulary, self.language, self)
        if dialog.exec():
            after = self.current.copy()
            after.role = dialog.role()
            self.change(after.role["id"], after, self.tr("edit role"))

    def delete_role(self) -> None:
        if self.current is None or self.current.origin != "user":
            return
        name = text_in(self.current.role["name"], self.language)
        answer = QMessageBox.question(
            self, self.tr("Delete role"),
            self.tr("Delete the role “{name}” and its questions? You can undo this (Ctrl+Z)."
                    ).format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            self.change(self.current.role["id"], None, self.tr("delete role"))

    def _question_row(self) -> int:
        return self.questions_view.currentIndex().row()

    def add_question(self) -> None:
        if self.current is None:
            return
        after = self.current.copy()
        role = after.role
        dimension = "attitude"
        facets = role["attitude_facets"] or [f["id"] for f in self.vocabulary.facets
                                             if f["dimension"] == dimension]
        blank = {"id": editing.new_question_id(self.db, after), "dimension": dimension,
                 "facet": facets[0], "kind": "behavioural", "weight": 1,
                 "text": {}, "listen_for": {}, "follow_ups": [], "scoring": {}}
        from hiring_app.ui.roles.dialogs import QuestionDialog  # imported when first opened

        dialog = QuestionDialog(blank, self.vocabulary, self.language, self)
        if dialog.exec():
            row = self._question_row()
            position = row + 1 if row >= 0 else len(after.questions)
            after.questions.insert(position, dialog.question())
            if self.change(role["id"], after, self.tr("add question")):
                self.questions_view.selectRow(position)

    def edit_question(self) -> None:
        row = self._question_row()
        if self.current is None or row < 0:
            return
        from hiring_app.ui.roles.dialogs import QuestionDialog  # imported when first opened

        dialog = QuestionDialog(self.current.questions[row], self.vocabulary, self.language, self)
        if dialog.exec():
            after = self.current.copy()
            after.questions[row] = dialog.question()
            self.change(after.role["id"], after, self.tr("edit question"))

    def delete_question(self) -> None:
        row = self._question_row()
        if self.current is None or row < 0:
            return
        after = self.current.copy()
        del after.questions[row]
        if self.change(after.role["id"], after, self.tr("delete question")):
            if after.questions:
                self.questions_view.selectRow(min(row, len(after.questions) - 1))

    def move_question(self, offset: int) -> None:
        row = self._question_row()
        if self.current is None or row < 0:
            return
        after = editing.move_question(self.current, row, offset)
        if after is not None and self.change(after.role["id"], after, self.tr("move question")):
            self.questions_view.selectRow(row + offset)

    # --- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = self.context.settings.value("roles/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        last = self.context.settings.value("roles/current")
        if last:
            self.select_role(str(last))

    def save_state(self) -> None:
        self.context.settings.setValue("roles/splitter", self.splitter.saveState())
        if self.current_role_id:
            self.context.settings.setValue("roles/current", self.current_role_id)
