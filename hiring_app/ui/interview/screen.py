"""The Interviews section: the start page, or the interview in progress. An interview left open
when the window closed (or the app crashed) reopens where it stopped."""
from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hiring_app.errors import UserError
from hiring_app.services import interviews as interview_service
from hiring_app.ui.context import AppContext
from hiring_app.ui.interview import ACTIVE_KEY
from hiring_app.ui.interview.page import InterviewPage
from hiring_app.ui.interview.start_page import StartPage
from hiring_app.ui.messages import error_text

__all__ = ["ACTIVE_KEY", "InterviewsScreen"]


class InterviewsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = QStackedWidget()
        self.start_page = StartPage(context)
        self.stack.addWidget(self.start_page)
        self.page: InterviewPage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.start_page.started.connect(self.open_interview)
        self._reopen_active()

    def _reopen_active(self) -> None:
        active = self.context.settings.value(ACTIVE_KEY)
        if not active:
            return
        try:
            interview = interview_service.load_interview(self.context.db, int(active))
        except (UserError, ValueError):
            self.context.settings.remove(ACTIVE_KEY)
            return
        if interview.state == "draft":
            self.open_interview(interview.id)

    @property
    def has_open_interview(self) -> bool:
        return self.page is not None

    def open_interview(self, interview_id: int) -> None:
        self.close_interview()
        self.page = InterviewPage(self.context, interview_id)
        self.page.closed.connect(self._page_closed)
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        self.page.focus_notes()  # typing at once goes into the stage on screen
        if not self.page.session.read_only:
            self.context.settings.setValue(ACTIVE_KEY, interview_id)
            self.context.settings.sync()  # a crash right after must still find it

    def _page_closed(self) -> None:
        self.close_interview(already_finished=True)
        self.start_page.reload()

    def close_interview(self, already_finished: bool = False) -> None:
        if self.page is None:
            return
        if not already_finished:
            self.page.finish()
        self.stack.removeWidget(self.page)
        self.page.deleteLater()
        self.page = None
        self.stack.setCurrentWidget(self.start_page)

    def retranslate(self) -> None:
        self.start_page.retranslate()
        if self.page is not None:
            self.page.retranslate()

    def release_candidates(self, candidate_ids: list) -> None:
        """Candidates are about to be erased: an interview of theirs that is open here closes
        first (its autosave finishes and lets go of the database)."""
        if self.page is not None and self.page.session.interview.candidate_id in candidate_ids:
            self.close_interview()
            self.context.settings.remove(ACTIVE_KEY)
            self.start_page.reload()

    def check_still_there(self) -> None:
        """Another program changed the data: an open interview it erased says so, and keeps
        what was typed on screen."""
        if self.page is not None:
            self.page.check_still_there()

    def unsaved_work(self) -> str | None:
        """Write what is pending; if it cannot be written, say why (the window stays open)."""
        if self.page is None or self.page.session.read_only:
            return None
        writer = self.page.session.writer
        if writer.flush(timeout=3.0):
            return None
        if writer.last_problem is not None:
            return error_text(writer.last_problem)
        return self.tr("the database did not answer in time")

    def save_state(self) -> None:
        """The window is closing: write everything; an unfinished interview stays active."""
        if self.page is not None:
            self.page.finish()
