"""Names for the codes stored in the database (statuses, channels, decisions...) in the window's
language. They come from hiring_app/domain/code_names.py, the one table the PDFs and the command
line read too, so a thing has one name everywhere (tests/gui/test_code_names.py)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from hiring_app.domain.code_names import (
    CHANNEL_NAMES,
    DECISION_NAMES,
    RESULT_NAMES,
    STATUS_NAMES,
)
from hiring_app.ui.i18n import current_language

_TABLES = {"status": STATUS_NAMES, "channel": CHANNEL_NAMES, "decision": DECISION_NAMES}


class Labels(QObject):
    def names(self, kind: str) -> dict[str, str]:
        language = current_language()
        if kind in _TABLES:
            return {code: names[language] for code, names in _TABLES[kind].items()}
        if kind == "column":
            shared = {key: RESULT_NAMES[key][language]
                      for key in ("attitude", "ability", "quadrant", "decision", "interviewers")}
            return {"name": self.tr("Name"), "role": self.tr("Role"), "status": self.tr("Status"),
                    "channel": self.tr("Channel"), "last_interview": self.tr("Last interview"),
                    **shared}
        return {}

    def __call__(self, kind: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.names(kind).get(code, code)
