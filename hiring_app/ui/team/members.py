"""The team as it is: a table model of the members, and the undoable edits of them (add, edit,
remove), each applied through the team service."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoCommand

from hiring_app.domain.library import Library, text_in
from hiring_app.services.team import TeamMember

Index = QModelIndex | QPersistentModelIndex
MEMBER_ID = Qt.ItemDataRole.UserRole + 1


def short_type_name(vocabulary: Library, type_id: str | None, language: str) -> str:
    """A team-role type's name up to its explanation ("唐僧型：信念坚定的带路人" -> "唐僧型"), for
    narrow columns; the whole name where it has no such part."""
    name = vocabulary.name_of("team_roles", type_id or "", language)
    for separator in ("：", ": "):
        if separator in name:
            return name.split(separator, 1)[0]
    return name


class MembersModel(QAbstractTableModel):
    """Name, role and team-role type of each person, in the window's language."""

    def __init__(self, vocabulary: Library, parent=None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.members: list[TeamMember] = []
        self.role_names: dict[str, str] = {}
        self.headers = ["", "", ""]
        self.language = "zh"

    def set_members(self, members: list[TeamMember], role_names: dict[str, str],
                    language: str) -> None:
        self.beginResetModel()
        self.members, self.role_names, self.language = list(members), role_names, language
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member = self.members[index.row()]
        if role == MEMBER_ID:
            return member.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and member.team_role:
            item = self.vocabulary.lookup("team_roles", member.team_role) or {}
            return "{}\n{}".format(text_in(item.get("name"), self.language),
                                   text_in(item.get("description"), self.language))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return member.name
        if index.column() == 1:
            return self.role_names.get(member.role_id or "", member.role_id or "—")
        if index.column() == 2:
            return (short_type_name(self.vocabulary, member.team_role, self.language)
                    if member.team_role else "—")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            return self.headers[section]
        return None

    def row_of(self, member_id: int) -> int:
        return next((i for i, m in enumerate(self.members) if m.id == member_id), -1)


class MemberChange(QUndoCommand):
    """One change to the team, already applied when pushed: `before` and `after` are the member
    as they were and are (None: not in the team). Undo and redo apply the other one."""

    def __init__(self, screen, before: TeamMember | None, after: TeamMember | None,
                 text: str) -> None:
        super().__init__(text)
        self._screen, self._before, self._after = screen, before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo happens before the push
            self._applied = False
            return
        self._after = self._apply(self._before, self._after)

    def undo(self) -> None:
        self._before = self._apply(self._after, self._before)

    def _apply(self, now: TeamMember | None, wanted: TeamMember | None) -> TeamMember | None:
        found = self._screen.apply_member(now, wanted)
        if found is not None and wanted is not None and found.id != wanted.id:
            # put back under a new id: later steps of the stack follow it
            now_id = found.id
            self._before = (TeamMember(now_id, *_fields(self._before))
                            if self._before is not None else None)
            self._after = (TeamMember(now_id, *_fields(self._after))
                           if self._after is not None else None)
        return found if wanted is not None else None


def _fields(member: TeamMember) -> tuple[str, str | None, str | None]:
    return member.name, member.role_id, member.team_role
