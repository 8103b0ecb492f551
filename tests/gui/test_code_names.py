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


def _catalogue(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in the window's catalogue."""
    import xml.etree.ElementTree as ET

    from hiring_app import paths
    from hiring_app.ui.i18n import LANGUAGES

    root = ET.parse(paths.TRANSLATIONS / f"hiring_app_{LANGUAGES[language]}.ts").getroot()
    return [(context.findtext("name"), message.findtext("source"),
             message.findtext("translation"))
            for context in root.iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", ["zh", "es"])
def test_no_screen_gives_a_code_another_name(language) -> None:
    """A screen that writes a code's name itself (tr("Job fair")) must call it what the PDFs and
    the command line call it: 招聘会 on one screen and 现场招聘会 on another was a finding."""
    from hiring_app.domain.code_names import RESULT_NAMES

    names = {names["en"]: names[language]
             for table in (*TABLES.values(), RESULT_NAMES) for names in table.values()}
    differing = [(context, source, translation)
                 for context, source, translation in _catalogue(language)
                 if source in names and translation != names[source]]
    assert differing == []
