"""Statuses, channels and decisions read the same in the window and in PDFs, in each language."""
from __future__ import annotations

import pytest

from hiring_app.domain.code_names import CHANNEL_NAMES, DECISION_NAMES, STATUS_NAMES
from hiring_app.ui.i18n import Translations
from hiring_app.ui.labels import Labels

TABLES = {"status": STATUS_NAMES, "channel": CHANNEL_NAMES, "decision": DECISION_NAMES}


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_window_and_pdf_names_agree(qapp, language) -> None:
    translations = Translations()
    translations.install(language)
    try:
        labels = Labels()
        for kind, table in TABLES.items():
            assert labels.names(kind) == {code: names[language] for code, names in table.items()}
    finally:
        translations.install("en")
