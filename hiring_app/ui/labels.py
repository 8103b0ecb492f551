"""Translated names for the codes stored in the database (statuses, channels, decisions...)."""
from __future__ import annotations

from PySide6.QtCore import QObject


class Labels(QObject):
    def names(self, kind: str) -> dict[str, str]:
        if kind == "status":
            return {"new": self.tr("New"), "interviewing": self.tr("Interviewing"),
                    "decided": self.tr("Decided"), "hired": self.tr("Hired"),
                    "declined": self.tr("Declined")}
        if kind == "channel":
            return {"online_board": self.tr("Online job board"), "campus": self.tr("Campus"),
                    "referral": self.tr("Internal referral"), "job_fair": self.tr("Job fair"),
                    "friends": self.tr("Friends and classmates"), "other": self.tr("Other")}
        if kind == "decision":
            return {"hire": self.tr("Hire"), "train": self.tr("Train"), "hold": self.tr("Hold"),
                    "reject": self.tr("Reject")}
        if kind == "column":
            return {"name": self.tr("Name"), "role": self.tr("Role"), "status": self.tr("Status"),
                    "channel": self.tr("Channel"), "last_interview": self.tr("Last interview"),
                    "attitude": self.tr("Attitude"), "ability": self.tr("Ability"),
                    "quadrant": self.tr("Quadrant"), "decision": self.tr("Decision"),
                    "interviewers": self.tr("Interviewers")}
        return {}

    def __call__(self, kind: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.names(kind).get(code, code)
