"""The window's actions and menu bar (File, Language, Help), with their shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from smtphelper.gui.examples import Example
from smtphelper.gui.language import LANGUAGES, NATIVE_NAMES

translate = QCoreApplication.translate


class WindowActions(QObject):
    """Every action, built once; ``retranslate`` renames them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open = QAction(window, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.paste = QAction(window, shortcut=QKeySequence("Ctrl+Shift+V"))
        self.copy_advice = QAction(window, shortcut=QKeySequence("Ctrl+Shift+C"))
        self.copy_english = QAction(window)
        self.clear = QAction(window)
        self.quit = QAction(window, shortcut=QKeySequence("Ctrl+Q"))
        self.help = QAction(window, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about = QAction(window)
        self.examples_menu = QMenu(window)
        self.example_actions: list[tuple[QAction, Example]] = []
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(NATIVE_NAMES[language], window, checkable=True)
            action.setData(language)
            self.language_group.addAction(action)
            self.languages[language] = action
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open, self.paste])
        self.file_menu.addMenu(self.examples_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.copy_advice, self.copy_english, self.clear])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.languages.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.help, self.about])
        self.retranslate()

    def set_examples(self, examples: list[Example]) -> None:
        self.examples_menu.clear()
        self.example_actions = []
        for example in examples:
            action = self.examples_menu.addAction(example.title)
            self.example_actions.append((action, example))
        self.examples_menu.setEnabled(bool(examples))

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("WindowActions", "&File"))
        self.language_menu.setTitle(translate("WindowActions", "&Language"))
        self.help_menu.setTitle(translate("WindowActions", "&Help"))
        self.open.setText(translate("WindowActions", "&Open file…"))
        self.open.setStatusTip(translate("WindowActions", "Open a saved email (.eml) or text "
                                                          "file"))
        self.paste.setText(translate("WindowActions", "&Paste from clipboard"))
        self.paste.setStatusTip(translate("WindowActions", "Replace the text with what is on "
                                                           "the clipboard"))
        self.examples_menu.setTitle(translate("WindowActions", "Try an &example"))
        self.copy_advice.setText(translate("WindowActions", "&Copy advice"))
        self.copy_advice.setStatusTip(translate("WindowActions", "Put the advice text on the "
                                                                 "clipboard"))
        self.copy_english.setText(translate("WindowActions", "Copy advice in &English"))
        self.clear.setText(translate("WindowActions", "C&lear"))
        self.quit.setText(translate("WindowActions", "&Quit"))
        self.help.setText(translate("WindowActions", "&How to use SMTP Helper"))
        self.about.setText(translate("WindowActions", "&About SMTP Helper"))
        for action, example in self.example_actions:
            action.setText(example.title)
