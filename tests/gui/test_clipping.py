"""The detector of cut-off texts (hiring_app/ui/clipping.py) on tiny widgets made too narrow on
purpose: it must report each of them, and nothing where the text fits — so the layout test that
relies on it cannot pass by seeing nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hiring_app.ui.clipping import ELIDED_BY_DESIGN, clipped_texts

LONG = "Save the whole comparison as a PDF report"


@pytest.fixture
def board(qtbot):
    """A window without a layout: each widget keeps exactly the geometry a test gives it."""
    widget = QWidget()
    widget.resize(900, 700)
    qtbot.addWidget(widget)

    def place(child: QWidget, x: int, y: int, width: int, height: int = 30) -> QWidget:
        child.setParent(widget)
        child.setGeometry(x, y, width, height)
        return child

    widget.place = place
    return widget


def show(qtbot, widget: QWidget) -> None:
    with qtbot.waitExposed(widget):
        widget.show()


def cut(widget: QWidget) -> dict[str, tuple[int, int, str]]:
    return {clip.text: (clip.needed, clip.available, clip.axis)
            for clip in clipped_texts(widget, "test")}


def test_a_label_and_a_button_too_narrow_are_reported_wide_ones_are_not(board, qtbot) -> None:
    board.place(QLabel("A label much longer than forty pixels"), 10, 10, 40)
    board.place(QLabel("Fits"), 10, 50, 300)
    board.place(QPushButton(LONG), 10, 90, 60)
    board.place(QPushButton("&Wide enough"), 10, 130, 400)
    show(qtbot, board)
    found = cut(board)
    assert set(found) == {"A label much longer than forty pixels", LONG}
    needed, available, axis = found[LONG]
    assert axis == "width" and needed > available
    assert available < 60  # the button's own margins are not space for the text
    clips = clipped_texts(board, "a screen")
    assert {clip.screen for clip in clips} == {"a screen"}
    assert {clip.widget for clip in clips} == {"QLabel", "QPushButton"}


def test_the_object_name_names_the_widget(board, qtbot) -> None:
    button = board.place(QPushButton(LONG), 10, 10, 50)
    button.setObjectName("exportButton")
    show(qtbot, board)
    assert [clip.widget for clip in clipped_texts(board)] == ["exportButton"]


def test_check_boxes_radio_buttons_and_combo_boxes(board, qtbot) -> None:
    board.place(QCheckBox("Only candidates who were interviewed twice"), 10, 10, 70)
    board.place(QRadioButton("Keep the current decision"), 10, 50, 60)
    combo = board.place(QComboBox(), 10, 90, 80)
    combo.addItems(["All statuses of every candidate", "x"])
    fitting = board.place(QComboBox(), 10, 130, 300)
    fitting.addItems(["All statuses"])
    board.place(QCheckBox("Dates"), 10, 170, 200)
    show(qtbot, board)
    assert set(cut(board)) == {"Only candidates who were interviewed twice",
                               "Keep the current decision", "All statuses of every candidate"}


def test_a_wrapped_label_counts_when_its_lines_are_taller_than_the_label(board, qtbot) -> None:
    text = "A reminder that wraps onto several lines when the label is narrow. " * 3
    short = board.place(QLabel(text, wordWrap=True), 10, 10, 160, 20)
    tall = board.place(QLabel(text, wordWrap=True), 200, 10, 160, 400)
    show(qtbot, board)
    found = clipped_texts(board)
    assert [(clip.axis, clip.available) for clip in found] == [("height", short.height())]
    assert tall.height() > found[0].needed


def test_group_titles_tabs_and_headings(board, qtbot) -> None:
    box = board.place(QGroupBox("Printable interview kit for a role"), 10, 10, 60, 80)
    QVBoxLayout(box)
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Weighted total of the panel", "Id"])
    model.setItem(0, 0, QStandardItem("4.2"))
    table = board.place(QTableView(), 10, 120, 400, 200)
    table.setModel(model)
    table.setColumnWidth(0, 50)
    table.setColumnWidth(1, 200)
    show(qtbot, board)
    assert set(cut(board)) == {"Printable interview kit for a role",
                               "Weighted total of the panel"}


def test_a_container_squeezed_below_its_layout_is_reported(board, qtbot) -> None:
    row = board.place(QWidget(), 10, 10, 120, 40)
    layout = QHBoxLayout(row)
    for text in ("Previous", "Next", "Add a question…"):
        button = QPushButton(text)
        button.setMinimumWidth(90)
        layout.addWidget(button)
    show(qtbot, board)
    squeezed = [clip for clip in clipped_texts(board) if clip.widget == "QWidget"]
    assert len(squeezed) == 1
    assert squeezed[0].needed > 270 and squeezed[0].available == 120
    assert "Previous" in squeezed[0].text


def test_a_wrapped_list_that_cuts_an_item_and_a_text_view_that_breaks_words(board,
                                                                             qtbot) -> None:
    questions = board.place(QListWidget(), 10, 10, 200, 300)
    questions.setWordWrap(True)
    questions.addItems(["1. Short", "2. A question long enough to need three or four lines "
                                    "in a list this narrow, so its row cannot hold it"])
    questions.item(1).setSizeHint(QSize(180, 20))  # a row of one line: the question is cut
    profile = board.place(QTextBrowser(), 300, 10, 60, 300)
    profile.setPlainText("Responsibility and carefulness")
    show(qtbot, board)
    found = clipped_texts(board)
    assert [(clip.widget, clip.axis) for clip in found] == [("QListWidget[1]", "height"),
                                                            ("QTextBrowser", "width")]
    assert found[1].text in {"Responsibility", "carefulness"}


def test_hidden_widgets_and_texts_elided_by_design_are_not_reported(board, qtbot) -> None:
    hidden = board.place(QPushButton(LONG), 10, 10, 50)
    elided = board.place(QLabel("/a/very/long/path/to/the/company/database/hiring.db"),
                         10, 50, 60)
    elided.setProperty(ELIDED_BY_DESIGN, True)
    show(qtbot, board)
    hidden.hide()
    assert clipped_texts(board) == []


def test_a_checklist_that_fits_is_not_reported_one_cut_is(board, qtbot) -> None:
    from hiring_app.ui.widgets.common import checklist

    items = [("a", "Arrived at the agreed time"),
             ("b", "Looked into our shop, products or the job beforehand and can mention one "
                   "or two specifics")]
    whole = board.place(checklist(items, ["a"]), 10, 10, 220, 200)
    cut_list = board.place(checklist(items, ["b"]), 300, 10, 220, 200)
    cut_list.item(1).setSizeHint(QSize(200, 18))
    show(qtbot, board)
    assert whole.count() == 2
    assert [(clip.widget, clip.axis) for clip in clipped_texts(board)] == [
        ("QListWidget[1]", "height")]


def test_a_header_that_wraps_counts_when_its_lines_are_taller_than_the_row(board, qtbot) -> None:
    model = QStandardItemModel(2, 1)
    model.setVerticalHeaderLabels([LONG + " " + LONG, "Id"])
    table = board.place(QTableView(), 10, 10, 400, 300)
    table.setModel(model)
    header = table.verticalHeader()
    header.setProperty("wrapsText", True)
    header.setFixedWidth(120)
    header.setSectionResizeMode(header.ResizeMode.Fixed)
    header.resizeSection(0, header.fontMetrics().lineSpacing() + 2)  # room for one line only
    show(qtbot, board)
    assert set(cut(board)) == {LONG + " " + LONG}
    header.resizeSection(0, 20 * header.fontMetrics().lineSpacing())  # room for all of it
    assert cut(board) == {}


def test_a_mnemonic_is_not_counted_as_a_character_a_cut_label_still_is(board, qtbot) -> None:
    edit = board.place(QComboBox(), 300, 10, 100)
    label = board.place(QLabel("&Stage"), 10, 10, 10)
    label.setBuddy(edit)
    fits = board.place(QLabel("&Boss"), 10, 60, 10)
    fits.setBuddy(edit)
    show(qtbot, board)
    fits.setFixedWidth(fits.fontMetrics().horizontalAdvance("Boss") + 1)
    assert set(cut(board)) == {"Stage"}
