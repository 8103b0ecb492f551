"""Team fit at Assess, beside the boss's style and the team role the interviewer picks: the
team-role types the team already has, and whether this candidate's type is one it lacks (the
rule is domain.team.team_fit). The team and the company profile are read once, when the
interview opens; changing the picked type re-renders from memory."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hiring_app import palette
from hiring_app.domain.library import text_in
from hiring_app.services import team as team_service
from hiring_app.ui.team.members import short_type_name


class TeamFitView(QLabel):
    def __init__(self, db, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamFit")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.language = language
        self.vocabulary = team_service.vocabulary()
        self.profile = team_service.profile(db)
        self.members = team_service.members(db)
        self.candidate_type: str | None = None

    @property
    def profile_boss(self) -> str | None:
        """The boss's style from the company profile: preselected at Assess."""
        return self.profile.boss_type

    def show_type(self, candidate_type: str | None, language: str | None = None) -> None:
        self.candidate_type = candidate_type
        self.language = language or self.language
        self.render()

    def render(self) -> None:
        lang, v = self.language, self.vocabulary
        esc = html.escape
        if not self.members:
            self.setText("<small>{}</small>".format(esc(self.tr(
                "No team recorded yet: add the people who work here in the Team section to see "
                "which team-role types the team lacks."))))
            return
        fit = team_service.fit_among(self.members, self.candidate_type)
        present = [f"{short_type_name(v, t, lang)} × {n}" for t, n in fit.present.items() if n]
        parts = ["{} {}".format(esc(self.tr("The team has:")),
                                esc(("、" if lang == "zh" else ", ").join(present)))]
        if fit.brings_missing is True:
            parts.append("<b style='color:{}'>{}</b>".format(palette.GOOD, esc(self.tr(
                "This candidate brings a type the team lacks."))))
        elif fit.brings_missing is False:
            parts.append("<span style='color:{}'>{}</span>".format(palette.CAUTION, esc(self.tr(
                "The team already has {count} of this type.").format(count=fit.already))))
        if fit.missing:
            parts.append("{} {}".format(esc(self.tr("Types the team lacks:")), esc(
                ("、" if lang == "zh" else ", ").join(
                    short_type_name(v, t, lang) for t in fit.missing))))
        if self.profile.values:
            parts.append("<i>{} {}</i>".format(esc(self.tr("Our values:")),
                                               esc(self.profile.values)))
        kind = v.lookup("team_roles", self.candidate_type or "")
        if kind:
            parts.append("<small>{}</small>".format(esc(text_in(kind.get("description"), lang))))
        self.setText("<br>".join(parts))
