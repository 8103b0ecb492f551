"""The window's look, set once for the whole application: the palette's colours, a visible
keyboard focus on every place one types or picks from a list, the sidebar, group titles."""
from __future__ import annotations

from hiring_app import palette

_TEXT_FIELDS = "QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser"
_LISTS = "QListView, QTableView, QTreeView"


def style_sheet() -> str:
    p = palette
    fields = ", ".join(f"{w}:focus" for w in _TEXT_FIELDS.split(", "))
    lists = ", ".join(f"{w}:focus" for w in _LISTS.split(", "))
    return f"""
{_TEXT_FIELDS} {{ border: 1px solid {p.RULE}; border-radius: 3px; padding: 1px; }}
{fields} {{ border: 2px solid {p.ACCENT}; padding: 0px; }}
{_LISTS} {{ border: 1px solid {p.RULE}; }}
{lists} {{ border: 2px solid {p.ACCENT}; }}
QListWidget#sectionList {{ background: {p.SURFACE}; border: none;
    border-right: 1px solid {p.RULE}; font-size: 11pt; outline: none; }}
QListWidget#sectionList::item {{ padding: 9px 12px; color: {p.INK}; border-radius: 4px;
    margin: 2px 6px; }}
QListWidget#sectionList::item:selected {{ background: {p.ACCENT}; color: {p.ON_ACCENT}; }}
QListWidget#sectionList::item:hover:!selected {{ background: {p.RULE}; }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel, QGroupBox QPushButton, QGroupBox QRadioButton, QGroupBox QCheckBox,
QGroupBox QComboBox, QGroupBox QLineEdit {{ font-weight: normal; }}
QHeaderView::section {{ background: {p.SURFACE}; border: none;
    border-right: 1px solid {p.RULE}; border-bottom: 1px solid {p.RULE}; padding: 4px 6px; }}
QStatusBar {{ color: {p.MUTED}; }}
"""
