"""The window's language: two translators (the app's own and Qt's), switchable at run time.

Installing or removing a translator makes Qt post ``QEvent.LanguageChange`` to every widget,
whose ``retranslate()`` then runs. A missing ``.qm`` is not an error: the text stays English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smtphelper.core.resources import translations_dir

log = logging.getLogger(__name__)
LANGUAGES = ("en", "cs")  # English is the source language: it needs no translator
NATIVE_NAMES = {"en": "English", "cs": "Čeština"}  # shown untranslated in the menu


def system_language() -> str:
    return "cs" if QLocale.system().language() == QLocale.Language.Czech else "en"


def normalise(language: str | None) -> str:
    """A supported language code; anything else (or nothing) follows the system."""
    return language if language in LANGUAGES else system_language()


class LanguageSwitcher:
    """Keeps the installed translators alive and swaps them."""

    def __init__(self) -> None:
        self.language = "en"
        self.translators: list[QTranslator] = []
        self.app_translation_loaded = False

    def apply(self, language: str) -> bool:
        """Switch to ``language``; True when anything visible may have changed."""
        language = normalise(language)
        app = QCoreApplication.instance()
        changed = bool(self.translators)
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators = []
        self.app_translation_loaded = False
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Czech if language == "cs"
                                   else QLocale.Language.English))
        if language == "en":
            return changed
        own = QTranslator(app)
        if own.load(f"smtphelper_{language}", str(translations_dir())):
            self.translators.append(own)
            self.app_translation_loaded = True
        else:
            log.info("no compiled translation for %s in %s: English text stays",
                     language, translations_dir())
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            self.translators.append(qt)
        for translator in self.translators:
            app.installTranslator(translator)
        return changed or bool(self.translators)
