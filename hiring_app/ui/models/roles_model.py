"""Qt item models over the role library: roles (filterable by department and text) and one
role's questions."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hiring_app.domain.library import LANGUAGES, Library, text_in

Index = QModelIndex | QPersistentModelIndex
ROLE_ID = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
DEPARTMENT = Qt.ItemDataRole.UserRole + 3
# the roles RolesModel.data answers; it answers None to any other
_ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    ROLE_ID, SEARCH_TEXT, DEPARTMENT))


class RolesModel(QAbstractTableModel):
    """Rows from services.library role rows: name, department, number of questions."""

    COLUMNS = ("name", "department", "questions")

    def __init__(self, vocabulary: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._rows: list[dict] = []
        self.language = "zh"

    def set_rows(self, rows: list[dict], language: str) -> None:
        self.beginResetModel()
        self.language = language
        self._rows = []
        for row in rows:
            department = self._vocabulary.lookup("departments", row["department"]) or {}
            names = department.get("name", {})
            search = "\n".join([row["search_text"], *(names.get(k, "") for k in LANGUAGES)])
            self._rows.append({**row, "_search": search.lower()})
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return text_in(row["name"], self.language)
            if column == "department":
                return self._vocabulary.name_of("departments", row["department"], self.language)
            return row["question_count"]
        if role == Qt.ItemDataRole.ToolTipRole:  # the full name, even when the column elides it
            return f"{text_in(row['name'], self.language)}\n{text_in(row['summary'], self.language)}"
        if role == ROLE_ID:
            return row["id"]
        if role == SEARCH_TEXT:
            return row["_search"]
        if role == DEPARTMENT:
            return row["department"]
        if role == Qt.ItemDataRole.FontRole and column == "name" and row["origin"] == "user":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:  # noqa: N802
        """The roles a view asks of one cell at once (its delegate asks seven), answered as
        data() answers them in one call: the table is measured row by row before it is first
        drawn, and a call from Qt into Python costs more than the answer."""
        for role_data in span:
            role = role_data.role()
            role_data.setData(self.data(index, role) if role in _ANSWERED else None)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Role"), self.tr("Department"), self.tr("Questions")][section]
        return None

    def row_of(self, role_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == role_id), -1)


class RoleFilter(QSortFilterProxyModel):
    """Department filter plus case-insensitive substring search (any length, Chinese too)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._department: str | None = None
        self._needle = ""

    def set_department(self, department: str | None) -> None:
        self.beginFilterChange()
        self._department = department
        self.endFilterChange()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().lower()
        self.endFilterChange()

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:  # noqa: N802
        """Handed to the roles in one call (see RolesModel.multiData)."""
        self.sourceModel().multiData(self.mapToSource(index), span)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        index = self.sourceModel().index(row, 0, parent)
        if self._department and index.data(DEPARTMENT) != self._department:
            return False
        return not self._needle or self._needle in (index.data(SEARCH_TEXT) or "")


class QuestionsModel(QAbstractTableModel):
    """One role's questions in interview order."""

    COLUMNS = ("number", "text", "dimension", "facet", "weight")

    def __init__(self, vocabulary: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._questions: list[dict] = []
        self.language = "zh"

    def set_questions(self, questions: list[dict], language: str) -> None:
        self.beginResetModel()
        self._questions = list(questions)
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def dimension_name(self, dimension: str) -> str:
        return self.tr("Attitude") if dimension == "attitude" else self.tr("Ability")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._questions)):
            return None
        question = self._questions[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return index.row() + 1
            if column == "text":
                return text_in(question["text"], self.language)
            if column == "dimension":
                name = self.dimension_name(question["dimension"])
                return (self.tr("{dimension} (knock-out)").format(dimension=name)
                        if question.get("knockout") else name)
            if column == "facet":
                return self._vocabulary.name_of("facets", question["facet"], self.language)
            return question["weight"]
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return text_in(question["listen_for"], self.language)
        if role == ROLE_ID:
            return question["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "weight"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ["#", self.tr("Question"), self.tr("Dimension"), self.tr("Facet"),
                    self.tr("Weight")][section]
        return None
