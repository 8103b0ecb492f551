"""What an interviewer must not ask, note or score (marriage, children, pregnancy, age, origin,
health, ...): one line above every stage, opened with a click or Ctrl+Shift+D to read why and
what to ask instead. The topics and the legal note are the library's (core.yaml do_not_ask),
the same the printed kit lists."""
from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hiring_app import palette
from hiring_app.domain.library import Library, text_in


class DoNotAsk(QWidget):
    def __init__(self, vocabulary: Library, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doNotAsk")
        self.vocabulary, self.language = vocabulary, language
        self.summary = QLabel(wordWrap=True)  # the topics at a glance, wrapped, never cut
        self.summary.setObjectName("doNotAskSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda _link: self.toggle())
        self.details = QLabel(wordWrap=True)
        self.details.setObjectName("doNotAskDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setStyleSheet(
            f"background: {palette.NOTICE}; padding: 6px; border-radius: 4px;")
        self.details.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self.retranslate()

    def topics(self) -> list[str]:
        return [text_in(t["name"], self.language) for t in self.vocabulary.do_not_ask]

    def retranslate(self) -> None:
        self._render_summary()
        self.summary.setToolTip(self.tr("Why, and what to ask instead (Ctrl+Shift+D)"))
        lang = self.language
        rows = "".join(
            "<li><b>{}</b>: {} <i>{}</i></li>".format(
                html.escape(text_in(t["name"], lang)), html.escape(text_in(t["description"], lang)),
                html.escape(self.tr("Instead: {text}").format(text=text_in(t["instead"], lang))))
            for t in self.vocabulary.do_not_ask)
        note = text_in(getattr(self.vocabulary, "do_not_ask_note", None), lang)
        self.details.setText(f"<ul style='margin:0'>{rows}</ul>"
                             + (f"<p><small>{html.escape(note)}</small></p>" if note else ""))

    def _render_summary(self) -> None:
        topics = html.escape(QLocale().createSeparatedList(self.topics()))
        link = self.tr("hide") if not self.details.isHidden() else self.tr("why, and what instead")
        self.summary.setText(
            "<span style='color:{}'><b>{}</b></span> {} · <a href='#'>{}</a>".format(
                palette.WARNING, html.escape(self.tr("Do not ask, note or score:")), topics,
                html.escape(link)))

    def toggle(self) -> None:
        """Open or close the reasons."""
        self.details.setHidden(not self.details.isHidden())
        self._render_summary()
