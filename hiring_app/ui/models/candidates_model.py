"""The candidate list as a Qt table model over a list source (services/list_source.py): the
model holds the ids the filter lets through, in the order asked for, and reads a row when it
comes into sight (a block around it), so 100,000 candidates open and filter at once. A row found
by the search somewhere the list does not show (the notes, the interviewers) says so."""
from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from hiring_app.domain.library import Library, text_in
from hiring_app.i18n import Message
from hiring_app.services import candidate_list
from hiring_app.services.candidate_list import COLUMNS, CandidateFilter, CandidateRow
from hiring_app.services.list_source import EVERY, Ids, ListSource, LoadedList, Matched

Index = QModelIndex | QPersistentModelIndex
CANDIDATE_ID = Qt.ItemDataRole.UserRole + 1
FOUND_IN = Qt.ItemDataRole.UserRole + 2  # where the search found the row, when not in sight
NUMERIC = {"attitude", "ability"}
IDLE_GAP_MS = 40  # between the steps that make the searched texts and orders ahead of use
NEAR = 60  # rows read around one that comes into sight, either way
# Where a search can find a row without the list showing it: said beside the name.
UNSEEN_PLACES = frozenset({"interviewers", "notes"})


class CandidatesModel(QAbstractTableModel):
    def __init__(self, vocabulary: Library, labels, parent: QObject | None = None) -> None:
        """`labels` translates codes for display: labels(kind, code) -> str."""
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._labels = labels
        self.language = "zh"
        self.source: ListSource = LoadedList([])
        self.visible: Ids = []  # the ids shown, in order
        self._found: Matched = EVERY  # the candidates the filter lets through
        self.filter = CandidateFilter()
        self.sort_column: str | None = None
        self.descending = False

    # --- content ------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many candidates there are, shown or not."""
        return self.source.total

    def set_rows(self, rows: list[CandidateRow], language: str) -> None:
        """Show rows loaded before (tests, small lists)."""
        self.set_source(LoadedList(rows), language)

    def set_source(self, source: ListSource, language: str) -> None:
        self.beginResetModel()
        try:
            self.source = source
            self.language = language
            self._refresh_visible()
        finally:  # a read that fails (damage) leaves the view whole
            self.endResetModel()
        self._prepare_when_idle(source)

    def _prepare_when_idle(self, kept: ListSource) -> None:
        """Make the usual orders (and whatever else the source prepares) a step at a time while
        nothing else happens, so the first keystroke and the first click on a header find them
        made."""
        steps = kept.steps(list(dict.fromkeys(
            ("name", self.sort_column or "name", "last_interview", "attitude", "ability"))),
            self.language)

        def next_step() -> None:
            if kept is self.source and steps:  # the rows were not loaded again since
                try:
                    steps.pop(0)()
                except sqlite3.ProgrammingError:  # the file was closed (the window too)
                    return
                QTimer.singleShot(IDLE_GAP_MS, next_step)  # room for a key or a paint between

        QTimer.singleShot(IDLE_GAP_MS * 5, next_step)  # after the window has painted the list

    def set_language(self, language: str) -> None:
        """Show the rows in `language`: role names are searched and sorted in it too."""
        self.beginResetModel()
        try:
            self.language = language
            self._refresh_visible()
        finally:
            self.endResetModel()

    def set_filter(self, wanted: CandidateFilter) -> None:
        self.beginResetModel()
        try:
            self.filter = wanted
            self._refresh_visible()
        finally:
            self.endResetModel()

    def _refresh_visible(self) -> None:
        try:
            found = self.source.search(self.filter, self.language)
            self.visible = self.source.ordered(found, self.sort_column, self.descending,
                                               self.language)
            self._found = found
        except sqlite3.ProgrammingError:  # the file was closed (the window is closing): the
            pass  # rows shown stay as they were
        except sqlite3.Error:  # damage or a fault of the disk: nothing listed, said by the
            self._found, self.visible = [], []  # window's handler of unexpected errors
            raise

    def _resort(self) -> None:
        """The rows found, in the order asked for (the filter is not run again)."""
        self.visible = self.source.ordered(self._found, self.sort_column, self.descending,
                                           self.language)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        self.layoutAboutToBeChanged.emit()
        try:
            persistent = self.persistentIndexList()
            ids = [self.visible[i.row()] if i.isValid() else None for i in persistent]
            self.sort_column = COLUMNS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
            try:
                self._resort()
            except sqlite3.ProgrammingError:  # the file was closed: the order stays
                return
            if persistent:  # the selection stays on the same candidates
                wanted = {i for i in ids if i is not None}
                position = {cid: n for n, cid in enumerate(self.visible) if cid in wanted}
                self.changePersistentIndexList(persistent, [
                    self.index(position[cid], p.column()) if cid in position else QModelIndex()
                    for p, cid in zip(persistent, ids)])
        finally:  # announced whatever happened: the view is never left waiting
            self.layoutChanged.emit()

    def found_in(self, candidate_id: int) -> str | None:
        """Where the search found a row when the list does not show it there, else None."""
        if not self.filter.text.strip():
            return None
        place = self.source.place(candidate_id, self.filter.text, self.language)
        return place if place in UNSEEN_PLACES else None

    def row_at(self, row: int) -> CandidateRow:
        return self.source.row(self.visible[row],
                               self.visible[max(0, row - NEAR):row + NEAR])

    def row_of(self, candidate_id: int) -> int:
        try:
            return self.visible.index(candidate_id)
        except ValueError:
            return -1

    def has(self, candidate_id: int) -> bool:
        """True when the candidate is in the list (shown or not)."""
        return self.source.has(candidate_id)

    # --- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.visible)) or not (
                0 <= index.column() < len(COLUMNS)):
            return None
        try:
            row = self.row_at(index.row())
        except (KeyError, sqlite3.Error):  # erased meanwhile, or the file closed: the list
            return None  # is read again when it changes (never an error out of a paint)
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CANDIDATE_ID:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == FOUND_IN and column == "name":
            return self.found_in_label(self.found_in(row.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self._found_tooltip(row, self.found_in(row.id))
            if found:
                return found
            if column in ("interviewers", "quadrant", "role", "name"):
                return self._display(row, column)  # whole, when the column is narrower
        return None

    def found_in_label(self, place: str | None) -> str | None:
        """The short word shown beside a name found where the list does not show it."""
        if place == "notes":
            return self.tr("in notes")
        if place == "interviewers":
            return self.tr("in interviewers")
        return None

    def _found_tooltip(self, row: CandidateRow, place: str | None) -> str | None:
        if place == "notes":
            return self.tr("Found in the notes: {excerpt}").format(
                excerpt=candidate_list.excerpt(row, self.filter.text))
        if place == "interviewers":
            return self.tr("Found in the interviewers: {names}").format(names=row.interviewers)
        return None

    def _display(self, row: CandidateRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "role":
            return text_in(row.role_names, self.language) or (row.role_id or "—")
        if column == "last_interview":
            return (row.last_interview or "")[:10]
        if column in NUMERIC:
            value = getattr(row, column)
            return "" if value is None else f"{value:.1f}"
        if column == "quadrant":  # the verdict's headline, as everywhere else
            if not row.quadrant:
                return ""
            name = self._vocabulary.name_of("quadrants", row.quadrant, self.language)
            if row.knocked_out:
                return Message("verdict.knocked_out", quadrant=name).render(self.language)
            if row.provisional:
                return Message("verdict.provisional", quadrant=name).render(self.language)
            return name
        if column == "interviewers":
            return row.interviewers
        value = getattr(row, column)
        return self._labels(column, value) if value else ""

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels("column", COLUMNS[section])
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # A→Z on the first click, as in Excel
            return Qt.SortOrder.AscendingOrder.value
        return None
