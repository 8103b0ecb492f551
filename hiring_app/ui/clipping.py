"""Texts a rendered window cuts off: a label, button, check box, radio button, combo box, group
box title, tab or heading whose text needs more room than the widget gives it. The screenshots
command lists them; the layout test fails on any, at every size and in every language.

Widths are measured the way Qt lays the widget out (font metrics plus the style's own margins
and indicators), never guessed. Besides single widgets it finds the causes that cut many texts
at once: a container squeezed below the minimum its layout needs (what does not fit is drawn
off its edge), a word-wrapped list whose items are taller than the rows they get (Qt then
elides them), and a text view so narrow that its words break in the middle. Cells of ordinary
item views elide by design and are not looked at, nor any widget that sets the
ELIDED_BY_DESIGN property."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QStyleOptionToolButton,
    QStyleOptionViewItem,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

# A widget whose text is shortened on purpose (with "…") sets this property to True.
ELIDED_BY_DESIGN = "elidedByDesign"
TOLERANCE = 1  # px: rounding in font metrics
WIDE = 1000  # px of text: wide enough that no style's minimum button width applies
# Runs of letters that only break at a space or a hyphen (Chinese and Japanese break anywhere).
_WORD = re.compile(r"[^\s\-\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")


@dataclass(frozen=True)
class Clip:
    """A text that a widget shows only in part: `needed` px of `axis` ("width" or "height")
    for the text, `available` px in the widget."""

    screen: str
    widget: str  # objectName, else the class name
    text: str
    needed: int
    available: int
    axis: str = "width"


def shown_text(value: str) -> str:
    """A button's or tab's text as shown: '&Train' -> 'Train', '&&' -> '&'."""
    return re.sub(r"&(.)", r"\1", value)


def _text_width(metrics: QFontMetrics, value: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in value.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _visible_width(widget: QWidget, root: QWidget) -> int:
    """How much of the widget's width its parents (up to `root`) leave in view."""
    rect = widget.rect()
    child = widget
    while child is not root and not child.isWindow():
        parent = child.parentWidget()
        if parent is None:
            break
        offset = widget.mapTo(parent, QPoint(0, 0))
        rect = rect.intersected(parent.rect().translated(-offset))
        child = parent
    return max(rect.width(), 0) if rect.height() > 0 else 0


# --- one kind of widget each ------------------------------------------------------------------
def _label_clip(label: QLabel, screen: str, visible: int) -> Clip | None:
    value = label.text()
    if not value.strip():
        return None
    area = label.contentsRect()
    margin = label.margin()
    area.adjust(margin, margin, -margin, -margin)
    metrics = label.fontMetrics()
    indent = label.indent()
    if indent < 0:
        indent = metrics.horizontalAdvance("x") // 2 if label.frameWidth() > 0 else 0
    width = min(area.width(), visible) - indent
    height = area.height()
    rich = (label.textFormat() == Qt.TextFormat.RichText
            or (label.textFormat() == Qt.TextFormat.AutoText
                and QtGui.Qt.mightBeRichText(value)))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(value)
        shown = document.toPlainText()
        if label.wordWrap():
            document.setTextWidth(max(width, 1))
        needed_width = math.ceil(document.idealWidth())
        needed_height = math.ceil(document.size().height())
    else:
        # with a buddy, "&" marks the mnemonic (drawn as an underline, not as a character)
        shown = value = shown_text(value) if label.buddy() is not None else value
        flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag(0)
        bounds = metrics.boundingRect(
            QRect(0, 0, max(width, 1) if label.wordWrap() else 1 << 20, 1 << 20),
            int(flags), value)
        needed_width, needed_height = bounds.width(), bounds.height()
    if needed_width > width + TOLERANCE:
        return Clip(screen, _name(label), shown, needed_width, width)
    if needed_height > height + TOLERANCE:
        return Clip(screen, _name(label), shown, needed_height, height, "height")
    return None


def _button_clip(button: QAbstractButton, screen: str, visible: int) -> Clip | None:
    value = shown_text(button.text())
    if not value.strip():
        return None
    style, metrics = button.style(), button.fontMetrics()
    contents = QSize(WIDE, metrics.height())
    icon = 0
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        tool = QStyleOptionToolButton()
        tool.initFrom(button)
        tool.text = button.text()
        tool.toolButtonStyle = button.toolButtonStyle()
        if not button.icon().isNull() and \
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            icon = button.iconSize().width() + 4
        extra = style.sizeFromContents(QStyle.ContentsType.CT_ToolButton, tool, contents,
                                       button).width() - WIDE
    else:
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        if not button.icon().isNull():
            option.icon, option.iconSize = button.icon(), button.iconSize()
            icon = button.iconSize().width() + 4
        kind = QStyle.ContentsType.CT_PushButton
        if isinstance(button, QCheckBox):
            kind = QStyle.ContentsType.CT_CheckBox
        elif isinstance(button, QRadioButton):
            kind = QStyle.ContentsType.CT_RadioButton
        elif isinstance(button, QPushButton):
            if button.isFlat():
                option.features |= QStyleOptionButton.ButtonFeature.Flat
            if button.autoDefault() or button.isDefault():
                option.features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
            if button.menu() is not None:
                option.features |= QStyleOptionButton.ButtonFeature.HasMenu
        extra = style.sizeFromContents(kind, option, contents, button).width() - WIDE
    needed = _text_width(metrics, value)
    available = min(button.width(), visible) - max(extra, 0) - icon
    if needed > available + TOLERANCE:
        return Clip(screen, _name(button), value, needed, available)
    return None


def _combo_clip(combo: QComboBox, screen: str, visible: int) -> Clip | None:
    value = combo.currentText()
    if not value.strip():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = value
    option.subControls = QStyle.SubControl.SC_All
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    padding = 4 if combo.isEditable() else 2  # a line edit's margins; the label's 1 px a side
    if not combo.itemIcon(combo.currentIndex()).isNull():
        padding += combo.iconSize().width() + 4
    available = min(field.right() + 1, visible) - field.left() - padding
    needed = combo.fontMetrics().horizontalAdvance(value)
    if needed > available + TOLERANCE:
        return Clip(screen, _name(combo), value, needed, available)
    return None


def _group_clip(box: QGroupBox, screen: str, visible: int) -> Clip | None:
    value = shown_text(box.title())
    if not value.strip():
        return None
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = box.title()
    option.lineWidth = 1
    option.subControls = (QStyle.SubControl.SC_GroupBoxFrame | QStyle.SubControl.SC_GroupBoxLabel
                          | (QStyle.SubControl.SC_GroupBoxCheckBox if box.isCheckable()
                             else QStyle.SubControl.SC_None))
    label = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    needed = box.fontMetrics().horizontalAdvance(value)
    # the title's rectangle is as wide as its text: what lies past the box's edge is cut off
    overflow = label.right() + 1 - min(box.width(), visible)
    if overflow > TOLERANCE:
        return Clip(screen, _name(box), value, needed, needed - overflow)
    return None


def _tab_clips(bar: QTabBar, screen: str, visible: int) -> list[Clip]:
    clips = []
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        value = shown_text(bar.tabText(index))
        if not bar.isTabVisible(index) or not value.strip():
            continue
        rect = bar.tabRect(index).intersected(QRect(0, 0, min(bar.width(), visible),
                                                    bar.height()))
        needed, available = _text_width(metrics, value), rect.width() - space
        if needed > available + TOLERANCE:
            clips.append(Clip(screen, f"{_name(bar)}[{index}]", value, needed, available))
    return clips


def _header_clips(header: QHeaderView, screen: str) -> list[Clip]:
    model = header.model()
    if model is None:
        return []
    clips = []
    orientation = header.orientation()
    horizontal = orientation == Qt.Orientation.Horizontal
    length = header.viewport().width() if horizontal else header.viewport().height()
    for logical in range(header.count()):
        size = header.sectionSize(logical)
        start = header.sectionViewportPosition(logical)
        if header.isSectionHidden(logical) or size <= 0 or start + size <= 0 or start >= length:
            continue  # hidden, or scrolled out of view
        value = model.headerData(logical, orientation, Qt.ItemDataRole.DisplayRole)
        if value is None or not str(value).strip():
            continue
        value = str(value)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section, option.text, option.orientation = logical, value, orientation
        option.textAlignment = header.defaultAlignment()
        option.rect = (QRect(0, 0, size, header.height()) if horizontal
                       else QRect(0, 0, header.width(), size))
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else QStyleOptionHeader.SortIndicator.SortUp)
        label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        font = model.headerData(logical, orientation, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if font is not None else header.fontMetrics()
        if header.property("wrapsText"):  # its sections wrap: the wrapped text must fit
            margin = int(header.property("textMargin") or 0)  # as it paints them
            width = (size if horizontal else header.width()) - 2 * margin
            box = metrics.boundingRect(QRect(0, 0, max(width, 1), 10**6),
                                       Qt.TextFlag.TextWordWrap, value).height()
            lines = 1 + max(0, round((box - metrics.height()) / metrics.lineSpacing()))
            tall = lines * metrics.lineSpacing() + 2 * margin
            room = size if not horizontal else header.height()
            if tall > room + TOLERANCE:
                view = header.parentWidget() or header
                clips.append(Clip(screen, f"{_name(view)} heading", value, tall, room))
            continue
        needed = _text_width(metrics, value)
        if needed > label.width() + TOLERANCE:
            view = header.parentWidget() or header
            clips.append(Clip(screen, f"{_name(view)} heading", value, needed, label.width()))
    return clips


def _painted_text(view: QListView, option: QStyleOptionViewItem, index,
                  height: int) -> QImage:
    """The item's text as the view's delegate paints it at the top of a row `height` px tall,
    cut to the text's part of the row (the rest, e.g. a check box, moves with the height)."""
    shown = QStyleOptionViewItem(option)
    shown.rect = QRect(0, 0, option.rect.width(), height)
    shown.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    image = QImage(shown.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    view.itemDelegateForIndex(index).paint(painter, shown, index)
    painter.end()
    shown.rect = QRect(0, 0, option.rect.width(), option.rect.height())
    features = QStyleOptionViewItem.ViewItemFeature  # what the delegate adds for the item
    shown.features |= features.HasDisplay
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        shown.features |= features.HasCheckIndicator
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        shown.features |= features.HasDecoration
    area = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, view)
    return image.copy(area.x(), 0, area.width(), option.rect.height())


def _wrapped_item_clips(view: QListView, screen: str) -> list[Clip]:
    """A list that wraps its items promises whole texts: an item painted differently in its row
    than in a row tall enough for any text has lost its end (Qt elides it with "…")."""
    model = view.model()
    if model is None or not view.wordWrap():
        return []
    clips = []
    viewport = view.viewport().rect()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(model.rowCount(view.rootIndex())):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        rect = view.visualRect(index)
        if view.isRowHidden(row) or not rect.intersects(viewport) or rect.height() <= 0:
            continue
        option = QStyleOptionViewItem()
        try:
            view.initViewItemOption(option)  # as the view paints it (a view made in Python)
        except (AttributeError, TypeError):
            option.initFrom(view.viewport())
            option.font = view.font()
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        if view.flow() == QListView.Flow.TopToBottom:  # as QListView paints: inside spacing
            rect.setWidth(min(rect.width(), viewport.width() - 2 * view.spacing()))
        option.rect = rect
        # a text that fits is painted the same in its row as in a row tall enough for any text
        if _painted_text(view, option, index, rect.height()) == \
                _painted_text(view, option, index, rect.height() * 4 + 200):
            continue
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(rect.width() - 4 * margin, 1), 1 << 20),
            int(Qt.TextFlag.TextWordWrap), text).height()
        clips.append(Clip(screen, f"{_name(view)}[{row}]", text, max(needed, rect.height() + 1),
                          rect.height(), "height"))
    return clips


def _broken_word_clip(view: QTextEdit, screen: str) -> Clip | None:
    """A text view so narrow that a word does not fit on a line (it is broken in the middle)."""
    document = view.document()
    words = _WORD.findall(document.toPlainText())
    if not words:
        return None
    metrics = QFontMetrics(document.defaultFont())
    longest = max(words, key=metrics.horizontalAdvance)
    needed = metrics.horizontalAdvance(longest)
    available = view.viewport().width() - 2 * math.ceil(document.documentMargin())
    if needed > available + TOLERANCE:
        return Clip(screen, _name(view), longest, needed, available)
    return None


def _texts_in(widget: QWidget, limit: int = 3) -> str:
    """A few of the texts a container shows, to name it."""
    if isinstance(widget, QGroupBox) and widget.title():
        return shown_text(widget.title())
    found = []
    for child in widget.findChildren(QWidget):
        value = child.text() if isinstance(child, QLabel | QAbstractButton) else ""
        if isinstance(child, QAbstractButton):
            value = shown_text(value)
        elif QtGui.Qt.mightBeRichText(value):
            value = QTextDocumentFragment.fromHtml(value).toPlainText()
        if child.isVisible() and value.strip():
            found.append(" ".join(value.split()))
        if len(found) == limit:
            break
    return " / ".join(found)


def _squeezed(widget: QWidget) -> bool:
    """A container narrower than its layout's minimum: part of what it holds is off its edge.
    A stack's minimum counts its hidden pages too, and so does the minimum of everything that
    holds one: for those, the page on show is looked at instead."""
    layout = widget.layout()
    if layout is None or isinstance(widget, QStackedWidget) or \
            widget.findChild(QStackedWidget) is not None:
        return False
    return widget.width() + TOLERANCE < layout.minimumSize().width()


def clipped_texts(widget: QWidget, screen: str = "") -> list[Clip]:
    """Every text in `widget` (a rendered window or dialog, shown) that is cut off, with the
    width it needs and the width it has (height, for wrapped texts). An empty list: every
    text is shown whole."""
    clips: list[Clip] = []
    squeezed: list[QWidget] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible() or child.property(ELIDED_BY_DESIGN):
            continue
        visible = _visible_width(child, widget)
        if visible <= 0:
            continue
        if child is not widget and _squeezed(child) and \
                not any(outer.isAncestorOf(child) for outer in squeezed):
            squeezed.append(child)
            clips.append(Clip(screen, _name(child), _texts_in(child),
                              child.layout().minimumSize().width(), child.width()))
        found: list[Clip | None] = []
        if isinstance(child, QLabel):
            found.append(_label_clip(child, screen, visible))
        elif isinstance(child, QAbstractButton):
            found.append(_button_clip(child, screen, visible))
        elif isinstance(child, QComboBox):
            found.append(_combo_clip(child, screen, visible))
        elif isinstance(child, QTabBar):
            found += _tab_clips(child, screen, visible)
        elif isinstance(child, QHeaderView):
            found += _header_clips(child, screen)
        elif isinstance(child, QListView):
            found += _wrapped_item_clips(child, screen)
        elif isinstance(child, QTextEdit) and child.isReadOnly():
            found.append(_broken_word_clip(child, screen))
        if isinstance(child, QGroupBox):
            found.append(_group_clip(child, screen, visible))
        clips += [clip for clip in found if clip is not None]
    return clips
