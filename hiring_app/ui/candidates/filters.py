"""The Candidates screen's filter bar: the search box, which never shrinks below a usable
width, the filters, each as wide as its longest choice, wrapping onto a second row when the
window is narrow, and a hint while any filter is on, with one click to clear them all."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from hiring_app import palette
from hiring_app.ui.candidates.table import link_button
from hiring_app.ui.widgets.combos import FitComboBox
from hiring_app.ui.widgets.flow import FlowLayout

SEARCH_MIN_WIDTH = 220  # room for a name, or pinyin such as "li ming", and the clear button
SEARCH_MAX_WIDTH = 460
SEARCH_MAX_LENGTH = 200  # characters: more than anyone types to find a candidate


class FilterBar(QWidget):
    changed = Signal()  # the search text or a filter changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateFilters")
        self.search = QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)  # a paste of a whole page finds nothing
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search.setMaximumWidth(SEARCH_MAX_WIDTH)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.role, self.status, self.quadrant, self.channel = (FitComboBox() for _ in range(4))
        self.position = FitComboBox()  # open positions (the Team section); hidden while none
        for combo, name in ((self.role, "roleFilter"), (self.status, "statusFilter"),
                            (self.quadrant, "quadrantFilter"), (self.channel, "channelFilter"),
                            (self.position, "candidatePosition")):
            combo.setObjectName(name)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.use_dates = QCheckBox()
        self.use_dates.setObjectName("dateFilter")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)  # shown once the dates are used
        self.date_from.setDate(QDate.currentDate().addMonths(-3))
        self.date_to.setDate(QDate.currentDate())
        self.active = QLabel()
        self.active.setObjectName("filtersActive")
        self.active.setStyleSheet(f"color: {palette.CAUTION};")
        self.clear_button = link_button("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        hint = QWidget()
        hint_layout = QHBoxLayout(hint)
        hint_layout.setContentsMargins(4, 0, 0, 0)
        hint_layout.setSpacing(4)
        hint_layout.addWidget(self.active)
        hint_layout.addWidget(self.clear_button)
        self.hint = hint

        layout = FlowLayout(self)
        for widget in (self.search, self.role, self.position, self.status, self.quadrant,
                       self.channel, self.use_dates, self.date_from, self.date_to, hint):
            layout.addWidget(widget)
        self.search.textChanged.connect(lambda _text: self.changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self._update_hint()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name, pinyin, role or notes (Ctrl+F)"))
        self.search.setToolTip(self.tr(
            "Finds names, also by pinyin or its initials (李明: liming, lm), roles, "
            "interviewers and notes"))
        self.use_dates.setText(self.tr("Dates"))
        self.use_dates.setToolTip(self.tr("Only candidates interviewed (or added) in a period"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every candidate again (the search stays)"))
        self._update_hint()

    def combos(self) -> tuple[QComboBox, ...]:
        return self.role, self.position, self.status, self.quadrant, self.channel

    def active_count(self) -> int:
        """How many filters are not at their default (the search is not a filter)."""
        return sum(combo.currentIndex() > 0 for combo in self.combos()) + int(
            self.use_dates.isChecked())

    def active_text(self) -> str:
        count = self.active_count()
        if count == 1:
            return self.tr("1 filter active")
        return self.tr("{count} filters active").format(count=count) if count else ""

    def clear(self) -> None:
        """Every filter back to its default, in one change; the search text stays."""
        if not self.active_count():
            return
        for widget in (*self.combos(), self.use_dates):
            widget.blockSignals(True)
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        for widget in (*self.combos(), self.use_dates):
            widget.blockSignals(False)
        self._dates_shown(False)
        self._changed()

    def _dates_toggled(self, on: bool) -> None:
        self._dates_shown(on)
        self._changed()

    def _dates_shown(self, on: bool) -> None:
        self.date_from.setVisible(on)
        self.date_to.setVisible(on)

    def _changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        for widget, on in ((*((c, c.currentIndex() > 0) for c in self.combos()),
                            (self.use_dates, self.use_dates.isChecked()))):
            font = widget.font()
            if font.bold() != on:  # a filter that is on stands out in the bar
                font.setBold(on)
                widget.setFont(font)
                widget.updateGeometry()
        text = self.active_text()
        self.active.setText(text)
        self.hint.setVisible(bool(text))
        self.updateGeometry()
