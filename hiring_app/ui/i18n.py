"""Which language the window speaks, and loading its translations."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hiring_app import paths

# Our language key -> Qt locale name used in the translation file names.
LANGUAGES: dict[str, str] = {"zh": "zh_CN", "en": "en", "es": "es"}
LANGUAGE_NAMES: dict[str, str] = {"zh": "中文", "en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the window speaks now (the last one installed)."""
    return _current


def system_language() -> str:
    """The system's language if we speak it, else English."""
    lang = QLocale.system().language()
    if lang == QLocale.Language.Chinese:
        return "zh"
    if lang == QLocale.Language.Spanish:
        return "es"
    return DEFAULT_LANGUAGE


class _WithoutMnemonic(QTranslator):
    """Qt's shipped catalogues lag behind Qt: a source text that gained a keyboard mnemonic
    ("&Look in:" in the file dialog) is missing from them while the plain one ("Look in:") is
    there. Asked last, this looks the plain text up in Qt's catalogue, so Qt's own dialogs are not
    half English in a Chinese or Spanish window."""

    def __init__(self, qt_own: QTranslator) -> None:
        super().__init__()
        self.qt_own = qt_own

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None, not "": Qt takes an empty text as a translation and stops looking
        if not source or "&" not in source.replace("&&", ""):
            return None
        plain = re.sub(r"&(?!&)", "", source, count=1)
        return self.qt_own.translate(context, plain, disambiguation, n) or None


_INSTALLED: list[QTranslator] = []


class Translations:
    """Keeps the installed translators so a language switch replaces them."""

    def __init__(self) -> None:
        self._installed = _INSTALLED  # one set for the application, whichever object put it there
        self.language = DEFAULT_LANGUAGE

    def uninstall(self) -> None:
        """Remove the translators this object installed (a window rendered and closed for good,
        e.g. by the screenshots command)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()

    def install(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        locale = LANGUAGES[language]
        # Qt asks the translators in the reverse order of installing them
        qt_own = QTranslator()  # Qt's own dialogs (buttons, file dialog, ...)
        if language != "en" and qt_own.load(
            f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            fallback = _WithoutMnemonic(qt_own)  # asked last
            app.installTranslator(fallback)
            app.installTranslator(qt_own)
            self._installed += [fallback, qt_own]
        ours = QTranslator()
        if ours.load(f"hiring_app_{locale}", str(paths.TRANSLATIONS)):
            app.installTranslator(ours)
            self._installed.append(ours)
        self.language = language
        QLocale.setDefault(QLocale(locale))
        global _current
        _current = language
