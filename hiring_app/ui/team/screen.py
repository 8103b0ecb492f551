"""The Team section: the company profile (its stage, the boss's style, its values), the team as
it is beside what the stage's team model calls for (roles missing, people each needs, team-role
types nobody has), what the next stage adds, and the open positions."""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hiring_app import palette
from hiring_app.domain.library import text_in
from hiring_app.errors import UserError
from hiring_app.services import library as library_service
from hiring_app.services import team as team_service
from hiring_app.services.team import TeamMember
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext
from hiring_app.ui.messages import error_text
from hiring_app.ui.team.dialogs import MemberDialog
from hiring_app.ui.team.members import MEMBER_ID, MemberChange, MembersModel
from hiring_app.ui.team.positions import PositionsPanel
from hiring_app.ui.widgets.common import RefreshWhenShown

VALUES_SAVE_MS = 800  # the values are saved this long after the last keystroke


def _esc(text: object) -> str:
    return html.escape(str(text or ""))


class TeamScreen(RefreshWhenShown, QWidget):
    showPositionCandidates = Signal(int)  # position id
    refresh_on = frozenset({"team", "candidates", "roles"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vocabulary = team_service.vocabulary()
        self.profile = team_service.CompanyProfile()
        self.members: list[TeamMember] = []
        self.roles: list[dict] = []
        self.role_names: dict[str, str] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

        # --- the company profile ----------------------------------------------------------------
        self.profile_box = QGroupBox()
        self.stage = QComboBox()
        self.stage.setObjectName("teamStage")
        self.boss = QComboBox()
        self.boss.setObjectName("teamBoss")
        self.values = QPlainTextEdit()
        self.values.setObjectName("teamValues")
        self.values.setFixedHeight(self.values.fontMetrics().lineSpacing() * 3 + 12)
        self.values.setTabChangesFocus(True)
        self.values_timer = QTimer(self)
        self.values_timer.setSingleShot(True)
        self.values_timer.setInterval(VALUES_SAVE_MS)
        self.values_timer.timeout.connect(self.save_values)
        self.stage_label, self.boss_label, self.values_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.stage_label, self.stage), (self.boss_label, self.boss),
                             (self.values_label, self.values)):
            label.setBuddy(buddy)
        grid = QGridLayout(self.profile_box)
        grid.addWidget(self.stage_label, 0, 0)
        grid.addWidget(self.stage, 0, 1)
        grid.addWidget(self.boss_label, 0, 2)
        grid.addWidget(self.boss, 0, 3)
        grid.addWidget(self.values_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.values, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        # --- the team as it is ------------------------------------------------------------------
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action("Ins", self.add_member)
        self.edit_action = self._action("F2", self.edit_member)
        self.remove_action = self._action("Del", self.remove_member)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for action in (self.add_action, self.edit_action, self.remove_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.model = MembersModel(self.vocabulary, self)
        self.view = QTableView()
        self.view.setObjectName("teamMembers")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.count.setObjectName("teamCount")
        self.team_box = QGroupBox()
        team_layout = QVBoxLayout(self.team_box)
        team_layout.addWidget(self.toolbar)
        team_layout.addWidget(self.view, 1)
        team_layout.addWidget(self.count)

        # --- what the stage calls for -----------------------------------------------------------
        self.needs_box = QGroupBox()
        self.next_stage = QComboBox()
        self.next_stage.setObjectName("teamNextStage")
        self.next_label = QLabel()
        self.next_label.setBuddy(self.next_stage)
        self.needs = QTextBrowser()
        self.needs.setObjectName("teamNeeds")
        self.needs.setOpenLinks(False)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_label)
        next_row.addWidget(self.next_stage, 1)
        needs_layout = QVBoxLayout(self.needs_box)
        needs_layout.addWidget(self.needs, 1)
        needs_layout.addLayout(next_row)

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.team_box)
        self.splitter.addWidget(self.needs_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.positions = PositionsPanel(self)
        self.positions.showCandidates.connect(self.showPositionCandidates)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.positions, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.profile_box)
        layout.addWidget(self.tabs, 1)

        self.stage.currentIndexChanged.connect(self._stage_chosen)
        self.boss.currentIndexChanged.connect(self._boss_chosen)
        self.values.textChanged.connect(self.values_timer.start)
        self.next_stage.currentIndexChanged.connect(lambda _i: self.render_needs())
        self.next_stage.activated.connect(self._next_picked)
        self._picked_next: str | None = None  # a stage the user chose to compare with
        self.view.doubleClicked.connect(lambda _index: self.edit_member())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.watch_changes(context.changes)
        self.retranslate()

    def _action(self, keys: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def language(self) -> str:
        return self.context.language

    # --- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the profile, the team, the roles and the positions, then show them."""
        db = self.context.db
        if self.values_timer.isActive():  # typed values first: never lose them to a reload
            self.values_timer.stop()
            self.save_values()
        self.profile = team_service.profile(db)
        self.members = team_service.members(db)
        self.roles = library_service.role_rows(db)
        self.positions.reload()
        self._render()

    def stage_roles(self) -> list[str]:
        stage = self.vocabulary.lookup("stages", self.profile.stage or "")
        return list(stage.get("roles") or []) if stage else []

    # --- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        def label(action: QAction, text: str) -> None:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)

        self.profile_box.setTitle(self.tr("Company profile"))
        self.stage_label.setText(self.tr("&Stage"))
        self.boss_label.setText(self.tr("The &boss's style"))
        self.values_label.setText(self.tr("Our &values"))
        self.values.setPlaceholderText(self.tr(
            "The company's values and goals in its own words: what you will not do for a sale, "
            "how you treat buyers and each other"))
        self.team_box.setTitle(self.tr("The team as it is"))
        self.needs_box.setTitle(self.tr("What the stage calls for"))
        self.next_label.setText(self.tr("&Compare with the stage"))
        label(self.add_action, self.tr("Add person…"))
        label(self.edit_action, self.tr("Edit…"))
        label(self.remove_action, self.tr("Remove"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.model.set_headers([self.tr("Name"), self.tr("Role"), self.tr("Team role")])
        self.tabs.setTabText(0, self.tr("Team"))
        self.tabs.setTabText(1, self.tr("Open positions"))
        self.positions.retranslate()
        self._render()

    def _fill(self, combo: QComboBox, none: str, items: list[tuple[str, str]],
              current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _render(self) -> None:
        """Show what was read (no database access: a language change comes here too)."""
        lang, v = self.language, self.vocabulary
        self.role_names = {r["id"]: text_in(r["name"], lang) for r in self.roles}
        stages = [(s["id"], "{} ({})".format(text_in(s["name"], lang), s.get("headcount", "")))
                  for s in v.stages]
        self._fill(self.stage, self.tr("— choose the stage —"), stages, self.profile.stage)
        self._fill(self.boss, "—", [(b["id"], text_in(b["name"], lang)) for b in v.boss_types],
                   self.profile.boss_type)
        if not self.values.hasFocus() and self.values.toPlainText() != self.profile.values:
            self.values.blockSignals(True)
            self.values.setPlainText(self.profile.values)
            self.values.blockSignals(False)
        chosen = self._picked_next
        upcoming = team_service.next_stage_of(self.profile.stage)
        others = [(s, n) for s, n in stages if s != self.profile.stage]
        self._fill(self.next_stage, "—", others,
                   chosen if chosen in dict(others) else upcoming)
        keep = self.view.currentIndex().data(MEMBER_ID)
        self.model.set_members(self.members, self.role_names, lang)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_member(keep)
        self.count.setText(self.tr("{count} people").format(count=len(self.members)))
        self.positions.render()
        self.render_needs()
        self._update_actions()

    def render_needs(self) -> None:
        """The stage's model against the team, the boss's style, and what the chosen next
        stage adds; from memory."""
        lang, v = self.language, self.vocabulary
        parts: list[str] = []
        stage_id = self.profile.stage
        if stage_id is None:
            parts.append("<p>{}</p>".format(_esc(self.tr(
                "Choose the company's stage above: the team model of each stage says which "
                "roles a shop of that size needs. The team is then compared with it."))))
        else:
            parts += self._stage_html(stage_id)
        parts += self._types_html()
        boss = v.lookup("boss_types", self.profile.boss_type or "")
        if boss:
            parts.append("<h3>{}: {}</h3><p>{}</p><p><i>{}</i></p>".format(
                _esc(self.tr("The boss's style")), _esc(text_in(boss["name"], lang)),
                _esc(text_in(boss.get("description"), lang)),
                _esc(text_in(boss.get("fit_hint"), lang))))
        target = self.next_stage.currentData()
        if target:
            parts += self._step_html(target)
        self.needs.setHtml("".join(parts))

    def _role(self, role_id: str | None) -> str:
        return self.role_names.get(role_id or "", role_id or self.tr("no role"))

    def _stage_html(self, stage_id: str) -> list[str]:
        lang, v = self.language, self.vocabulary
        stage = v.lookup("stages", stage_id) or {}
        gaps = team_service.gaps(self.context.db, stage_id, self.members)
        out = ["<h3>{}</h3><p>{}</p>".format(_esc(text_in(stage.get("name"), lang)),
                                             _esc(text_in(stage.get("description"), lang)))]
        if gaps is None:
            return out
        headcount = gaps.headcount.text() if gaps.headcount else "?"
        out.append("<p>{}</p>".format(_esc(self.tr(
            "{people} people now; a team at this stage usually has {headcount}.").format(
            people=gaps.people, headcount=headcount))))
        rows = []
        for need in gaps.needs:
            if need.missing:
                state = "<span style='color:{}'>✗ {}</span>".format(
                    palette.WARNING, _esc(self.tr("{count} missing").format(count=need.missing)))
            else:
                state = f"<span style='color:{palette.GOOD}'>✓</span>"
            name = _esc(self._role(need.role_id))
            rows.append(f"<tr><td>{name}</td><td align='center'>{need.needed}</td>"
                        f"<td align='center'>{need.have}</td><td>{state}</td></tr>")
        out.append("<table cellpadding='3' cellspacing='0'><tr>"
                   "<th align='left'>{}</th><th>{}</th><th>{}</th><th></th></tr>{}</table>"
                   .format(_esc(self.tr("Role")), _esc(self.tr("Needs")), _esc(self.tr("Has")),
                           "".join(rows)))
        out.append("<p><small>{}</small></p>".format(_esc(self.tr(
            "The fewest people the model calls for in each role (0: added when the work calls "
            "for it); in a small shop one person often covers several roles."))))
        if gaps.missing:
            out.append("<p><b>{}</b> {}</p>".format(
                _esc(self.tr("Roles missing:")),
                _esc(self._list([self._role(n.role_id) for n in gaps.missing]))))
        if gaps.beyond:
            out.append("<p>{} {}</p>".format(
                _esc(self.tr("People in roles this stage does not list:")),
                _esc(self._list([f"{self._role(r)} ({n})"
                                 for r, n in gaps.beyond.items()]))))
        return out

    def _types_html(self) -> list[str]:
        lang, v = self.language, self.vocabulary
        fit = team_service.fit_among(self.members, None)
        out = ["<h3>{}</h3><p>{}</p><ul>".format(
            _esc(self.tr("Team-role types")),
            _esc(self.tr("Seek precisely placed people, not a dream team: pick the type the "
                         "team lacks.")))]
        for item in v.team_roles:
            count = fit.present.get(item["id"], 0)
            mark = (_esc(self.tr("{count} in the team").format(count=count)) if count else
                    "<b style='color:{}'>{}</b>".format(palette.WARNING,
                                                        _esc(self.tr("the team lacks this"))))
            out.append("<li><b>{}</b> — {}<br>{}</li>".format(
                _esc(text_in(item["name"], lang)), mark,
                _esc(text_in(item.get("description"), lang))))
        out.append("</ul>")
        return out

    def _step_html(self, target: str) -> list[str]:
        lang, v = self.language, self.vocabulary
        try:
            step = team_service.step(self.context.db, target, self.profile.stage, self.members)
        except UserError:
            return []
        name = text_in((v.lookup("stages", target) or {}).get("name"), lang)
        out = ["<h3>{}</h3>".format(_esc(self.tr("Moving to {stage}").format(stage=name)))]
        stage = v.lookup("stages", target) or {}
        out.append("<p>{}</p>".format(_esc(text_in(stage.get("description"), lang))))
        if step.headcount_to:
            out.append("<p>{}</p>".format(_esc(self.tr("Usual headcount: {headcount}.").format(
                headcount=step.headcount_to.text()))))
        if step.added:
            items = "".join("<li>{}{}</li>".format(
                _esc(self._role(n.role_id)),
                _esc(self.tr(" (the team has {count})").format(count=n.have)) if n.have else "")
                for n in step.added)
            out.append("<p><b>{}</b></p><ul>{}</ul>".format(_esc(self.tr("It adds:")), items))
        else:
            out.append("<p>{}</p>".format(_esc(self.tr("It adds no role."))))
        if step.dropped:
            out.append("<p>{} {}</p>".format(
                _esc(self.tr("It no longer lists:")),
                _esc(self._list([self._role(r) for r in step.dropped]))))
        return out

    def _list(self, names: list[str]) -> str:
        return ("、" if self.language == "zh" else ", ").join(names)

    def _next_picked(self) -> None:
        self._picked_next = self.next_stage.currentData()

    # --- the profile ----------------------------------------------------------------------------
    def _stage_chosen(self) -> None:
        self._picked_next = None  # compare with the new stage's next one
        operations.run(self, self.context, self.tr("Cannot change the stage"),
                       team_service.set_stage, self.stage.currentData())

    def _boss_chosen(self) -> None:
        operations.run(self, self.context, self.tr("Cannot change the boss's style"),
                       team_service.set_profile, boss_type=self.boss.currentData())

    def save_values(self) -> None:
        text = self.values.toPlainText()
        if text.strip() == self.profile.values:
            return
        try:
            self.profile = team_service.set_profile(self.context.db, values=text)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save the values"), error_text(error))
            return
        operations.announce(self.context, team_service.set_profile)

    def unsaved_work(self) -> str | None:
        if self.values_timer.isActive():
            self.values_timer.stop()
            self.save_values()
        return None

    # --- the team -------------------------------------------------------------------------------
    def current_member(self) -> TeamMember | None:
        member_id = self.view.currentIndex().data(MEMBER_ID)
        return next((m for m in self.members if m.id == member_id), None)

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _update_actions(self) -> None:
        has = self.current_member() is not None
        self.edit_action.setEnabled(has)
        self.remove_action.setEnabled(has)

    def apply_member(self, now: TeamMember | None, wanted: TeamMember | None) -> TeamMember | None:
        """Make the team hold `wanted` instead of `now` (either may be None); returns the member
        as stored, None when removed or refused."""
        db = self.context.db
        try:
            if wanted is None and now is not None:
                team_service.remove_member(db, now.id)
                found = None
            elif now is None and wanted is not None:
                new_id = team_service.add_member(db, wanted.name, wanted.role_id,
                                                 wanted.team_role, member_id=wanted.id)
                found = team_service.get_member(db, new_id)
            elif wanted is not None:
                found = team_service.edit_member(db, wanted.id, wanted.name, wanted.role_id,
                                                 wanted.team_role)
            else:
                return None
        except UserError as error:
            operations.refuse(self, self.context, self.tr("Cannot change the team"), error)
            return None
        operations.announce(self.context, team_service.add_member)
        if found is not None:
            self.refresh_if_stale()
            self.select_member(found.id)
        return found

    def add_member(self) -> None:
        dialog = MemberDialog(self.vocabulary, self.roles, self.language, self.stage_roles(),
                              parent=self)
        if dialog.exec():
            name, role_id, kind = dialog.values()
            try:
                new_id = team_service.add_member(self.context.db, name, role_id, kind)
            except UserError as error:
                operations.refuse(self, self.context, self.tr("Cannot add the person"), error)
            else:
                operations.announce(self.context, team_service.add_member)
                added = team_service.get_member(self.context.db, new_id)
                self.undo_stack.push(MemberChange(self, None, added, self.tr("add person")))
                self.refresh_if_stale()
                self.select_member(new_id)
        dialog.deleteLater()

    def edit_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        dialog = MemberDialog(self.vocabulary, self.roles, self.language, self.stage_roles(),
                              member, parent=self)
        if dialog.exec():
            name, role_id, kind = dialog.values()
            try:
                after = team_service.edit_member(self.context.db, member.id, name, role_id, kind)
            except UserError as error:
                operations.refuse(self, self.context, self.tr("Cannot change the person"), error)
            else:
                operations.announce(self.context, team_service.edit_member)
                self.undo_stack.push(MemberChange(self, member, after, self.tr("edit person")))
        dialog.deleteLater()

    def remove_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        try:
            team_service.remove_member(self.context.db, member.id)
        except UserError as error:
            operations.refuse(self, self.context, self.tr("Cannot remove the person"), error)
            return
        operations.announce(self.context, team_service.remove_member)
        self.undo_stack.push(MemberChange(self, member, None, self.tr("remove person")))
        status_bar = getattr(self.window(), "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(self.tr(
                "{name} removed from the team. Undo with Ctrl+Z.").format(name=member.name), 8000)
