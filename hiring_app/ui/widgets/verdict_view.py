"""A verdict and a panel's debrief as rich text, the same on the Assess stage, in the debrief
dialog and in the candidate's record. What it says comes from the core (services/verdicts.py,
services/debrief.py); this only lays it out."""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QObject

from hiring_app import palette
from hiring_app.domain.library import Library, text_in
from hiring_app.services import verdicts
from hiring_app.services.debrief import Debrief
from hiring_app.services.verdicts import Explained
from hiring_app.ui.labels import Labels

WARNING = palette.WARNING


def _esc(text: str | None) -> str:
    return html.escape(text or "")


def local_time(iso: str | None) -> str:
    """A stored UTC time as the user's local date and time."""
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def verdict_reasons_html(explained: Explained, language: str) -> str:
    """The reasons as a list; knock-outs (which decide) in the warning colour."""
    if not explained.reasons:
        return ""
    items = []
    for reason in explained.reasons:
        text = _esc(reason.render(language))
        knock = reason.code.startswith("verdict.knockout")
        items.append(f"<li style='color:{WARNING}'><b>{text}</b></li>" if knock
                     else f"<li>{text}</li>")
    return f"<ul style='margin-top:2px'>{''.join(items)}</ul>"


class DebriefView(QObject):
    """The debrief of one candidate as rich text."""

    def __init__(self, vocabulary: Library, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.language = language
        self.labels = Labels(self)

    def html(self, debrief: Debrief, explained: Explained, *, with_table: bool = True) -> str:
        lang, result = self.language, debrief.result
        fmt = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
        parts: list[str] = []
        if result.count == 0:
            nothing = self.tr("No submitted scorecard yet.")
            parts.append(f"<p>{_esc(nothing)}</p>")
        else:
            if with_table:
                head = "".join(f"<th align='left'>{_esc(h)}</th>" for h in (
                    self.tr("Interviewer"), self.tr("Attitude"), self.tr("Ability"),
                    self.tr("Their verdict"), self.tr("Recommends"), self.tr("Their reason")))
                rows = []
                for card in result.scorecards:
                    verdict = verdicts.headline(card.verdict).render(lang)
                    rows.append(
                        f"<tr><td>{_esc(card.interviewer)}</td><td>{fmt(card.attitude)}</td>"
                        f"<td>{fmt(card.ability)}</td><td>{_esc(verdict)}</td>"
                        f"<td><b>{_esc(self.labels('decision', card.decision))}</b></td>"
                        f"<td>{_esc(card.reason)}</td></tr>")
                parts.append(f"<table cellpadding='3' cellspacing='0' border='1' "
                             f"style='border-collapse:collapse'><tr>{head}</tr>"
                             f"{''.join(rows)}</table>")
            combined = self.tr("Combined ({count} scorecards): attitude {attitude}, ability "
                               "{ability}").format(count=result.count,
                                                   attitude=fmt(result.attitude.score),
                                                   ability=fmt(result.ability.score))
            recommendation = self.tr("Recommendation: {decision}").format(
                decision=explained.recommendation.render(lang))
            parts.append(f"<p>{_esc(combined)} — <b>{_esc(explained.headline.render(lang))}"
                         f"</b><br>{_esc(recommendation)}</p>")
            parts.append(verdict_reasons_html(explained, lang))
            disagreements = verdicts.disagreements(result)
            if disagreements:
                items = "".join(f"<li>⚠ {_esc(m.render(lang))}</li>" for m in disagreements)
                title = self.tr("Disagreements")
                parts.append(f"<p style='color:{WARNING}'><b>{_esc(title)}"
                             f"</b></p><ul style='color:{WARNING}'>{items}</ul>")
            if result.red_flags:
                knockouts = result.rules.knockout_flags
                knock, title = self.tr("knock-out"), self.tr("Red flags")
                items = []
                for interviewer, flag in result.red_flags:
                    name = self.vocabulary.name_of("red_flags", flag, lang)
                    mark = f" — {knock}" if flag in knockouts else ""
                    items.append(f"<li>{_esc(name)}{_esc(mark)} ({_esc(interviewer)})</li>")
                parts.append(f"<p><b>{_esc(title)}</b></p>"
                             f"<ul>{''.join(items)}</ul>")
        if debrief.drafts:
            parts.append("<p><i>" + _esc(self.tr(
                "Not counted yet (not submitted): {names}").format(
                    names=", ".join(debrief.drafts))) + "</i></p>")
        decision = debrief.decision
        if decision is None:
            undecided = self.tr("No hiring decision yet.")
            parts.append(f"<p><b>{_esc(undecided)}</b></p>")
        else:
            by = (self.tr("{when}, by {name}").format(when=local_time(decision.decided_at),
                                                      name=decision.decided_by)
                  if decision.decided_by else local_time(decision.decided_at))
            text = self.tr("Hiring decision: {decision} ({by})").format(
                decision=self.labels("decision", decision.decision), by=by)
            warning = self.tr("This goes against the recommendation.")
            against = (f"<br><span style='color:{WARNING}'>{_esc(warning)}</span>"
                       if debrief.against_recommendation else "")
            parts.append(f"<p><b>{_esc(text)}</b><br><i>{_esc(decision.reason)}</i>"
                         f"{against}</p>")
        return "".join(parts)


def quadrant_advice(vocabulary: Library, quadrant: str | None, language: str) -> str:
    item = vocabulary.lookup("quadrants", quadrant) if quadrant else None
    return text_in(item.get("advice"), language) if item else ""
