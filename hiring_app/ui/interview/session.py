"""One open interview on screen: the in-memory scorecard, its questions, and the autosave.

Widgets change the session; the session updates the in-memory interview at once, hands the
change to the DraftWriter (no disk I/O on the GUI thread) and tells every stage to refresh.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.library import Question, RoleProfile, text_in
from hiring_app.domain.matrix import Assessment, Rules, Thresholds
from hiring_app.errors import StorageWriteError
from hiring_app.i18n import Message
from hiring_app.services import interviews as interview_service
from hiring_app.services import library as library_service
from hiring_app.services.autosave import DraftWriter
from hiring_app.services.candidates import get_candidate
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.ui import operations
from hiring_app.ui.context import AppContext


class InterviewSession(QObject):
    changed = Signal()          # scores, flags, notes: anything the assessment depends on
    questionsChanged = Signal()  # order or set of questions
    panelChanged = Signal()      # the panel's scorecards or its hiring decision

    def __init__(self, context: AppContext, interview_id: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vocabulary = builtin_vocabulary()
        self.interview: Interview = interview_service.load_interview(context.db, interview_id)
        self.candidate = get_candidate(context.db, self.interview.candidate_id)
        self.role: RoleProfile | None = library_service.get_role(context.db,
                                                                 self.interview.role_id)
        bank = library_service.standard_questions(context.db) + (
            self.role.questions if self.role else [])
        self.questions: dict[str, Question] = {q.id: q for q in bank}
        self.writer = DraftWriter(context.db_path, interview_id)
        self.rules: Rules = interview_service.rules_for(context.db, self.interview.role_id)

    @property
    def language(self) -> str:
        return self.context.language

    @property
    def thresholds(self) -> Thresholds:
        return self.rules.thresholds

    @property
    def read_only(self) -> bool:
        return self.interview.submitted

    # --- reading ------------------------------------------------------------------------------
    def answer(self, index: int) -> Answer:
        return self.interview.answers[index]

    def question_of(self, answer: Answer) -> Question | None:
        return self.questions.get(answer.question_id)

    def question_text(self, answer: Answer) -> str:
        if answer.adhoc_text is not None:
            return answer.adhoc_text
        question = self.question_of(answer)
        return text_in(question.text, self.language) if question else answer.question_id

    def question_texts(self) -> dict[str, dict[str, str]]:
        """Question texts by id, ad-hoc ones included (the verdict's reasons name them)."""
        texts = {qid: q.text for qid, q in self.questions.items()}
        texts.update({a.question_id: {"zh": a.adhoc_text, "en": a.adhoc_text,
                                      "es": a.adhoc_text}
                      for a in self.interview.answers if a.adhoc_text is not None})
        return texts

    def assessment(self) -> Assessment:
        return self.interview.assess(self.rules)

    # --- changing -----------------------------------------------------------------------------
    def set_field(self, key: str, value: Any, *, notify: bool = True) -> None:
        if self.read_only:
            return
        setattr(self.interview, key, value)
        self.writer.set_field(key, value)
        if notify:
            self.changed.emit()

    def set_answer(self, index: int, key: str, value: Any, *, notify: bool = True) -> None:
        if self.read_only:
            return
        answer = self.interview.answers[index]
        setattr(answer, key, value)
        self.writer.set_answer(answer.question_id, key, value)
        if notify:
            self.changed.emit()

    def add_adhoc(self, text: str, dimension: str | None, facet: str | None, after: int) -> int:
        """Add an ad-hoc question after `after` (dimension None: a note, not scored); returns
        its index. Saved at once."""
        self.writer.flush()
        interview_service.add_adhoc_question(self.context.db, self.interview.id, text, dimension,
                                             facet, 1.0, position=after + 1)
        self._reload_answers()
        return after + 1

    def move(self, index: int, offset: int) -> int:
        target = index + offset
        answers = self.interview.answers
        if not (0 <= index < len(answers) and 0 <= target < len(answers)):
            return index
        self.writer.flush()
        order = [a.question_id for a in answers]
        order[index], order[target] = order[target], order[index]
        interview_service.reorder(self.context.db, self.interview.id, order)
        self._reload_answers()
        return target

    def _reload_answers(self) -> None:
        fresh = interview_service.load_interview(self.context.db, self.interview.id)
        self.interview.answers = fresh.answers
        self.questionsChanged.emit()
        self.changed.emit()

    def panel(self):
        """(other scorecards hidden from this interviewer, combined result they may see)."""
        from hiring_app.services import scorecards

        db, interview = self.context.db, self.interview
        everyone = interview_service.interviews_of(db, interview.candidate_id)
        visible = scorecards.visible_scorecards(db, interview.candidate_id,
                                                interview.interviewer_id)
        hidden = len([s for s in everyone if s not in visible
                      and s.interviewer_id != interview.interviewer_id])
        return hidden, scorecards.candidate_result(db, interview.candidate_id,
                                                   interview.interviewer_id)

    def debrief(self):
        """The panel's debrief and its verdict in words (shown once this scorecard is in)."""
        from hiring_app.services import debrief, verdicts

        found = debrief.debrief(self.context.db, self.interview.candidate_id)
        role_id = self.candidate["role_id"] or self.interview.role_id
        return found, verdicts.explain_result(self.context.db, found.result, role_id)

    def submit(self, decision: str, reason: str) -> None:
        if not self.writer.flush():  # never submit over notes that are not written yet
            raise StorageWriteError("interview.notes_not_saved",
                                    reason=self.writer.last_problem
                                    or Message("interview.waiting"))
        self.interview = interview_service.submit(self.context.db, self.interview.id, decision,
                                                  reason)
        self.candidate = get_candidate(self.context.db, self.interview.candidate_id)
        operations.announce(self.context, interview_service.submit)
        self.changed.emit()

    def close(self) -> bool:
        return self.writer.close()
