"""The main window: paste panel | results, menus, and the flow from input to explanation."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from smtphelper import __version__
from smtphelper.gui import guidance
from smtphelper.gui.actions import WindowActions
from smtphelper.gui.crash_dialog import write_crash_log
from smtphelper.gui.decode_worker import (
    MAX_FILE_BYTES,
    DecodeController,
    DecodeRequest,
    in_language,
)
from smtphelper.gui.examples import Example, bundled_examples
from smtphelper.gui.language import LanguageSwitcher
from smtphelper.gui.paste_panel import PastePanel, local_files
from smtphelper.gui.results_view import ResultsView
from smtphelper.gui.seams import Seams
from smtphelper.gui.settings import Settings, SettingsStore
from smtphelper.gui.text_widgets import data_size

translate = QCoreApplication.translate
TYPING_DELAY_MS = 300
NARROW_WIDTH = 900  # below this the panels stack top and bottom
RESULT_PASTE_SHARE = 1 / 3  # the paste field's share of the width once a result is shown


@dataclass
class InputSource:
    """Where the text in the paste field came from."""

    kind: str = "typed"  # typed (or pasted) | opening | file | example
    name: str = ""  # file name or example title
    size: int = 0  # bytes on disk, for files
    cut: bool = False  # only the first MAX_FILE_BYTES of the file were read


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, store: SettingsStore | None,
                 language: LanguageSwitcher, seams: Seams | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.language = language
        self.seams = seams or Seams()
        self.decoder = DecodeController(self)
        self.paste_panel = PastePanel(self)
        self.results = ResultsView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.paste_panel)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.paste_panel.setContentsMargins(12, 10, 6, 10)
        self.setCentralWidget(self.splitter)
        self.actions_ = WindowActions(self)
        self.examples = bundled_examples()
        self.actions_.set_examples(self.examples)
        self.paste_panel.set_examples_menu(self.actions_.examples_menu)
        self.setAcceptDrops(True)
        self._splitter_restored = False  # done at the first show, once the size is final
        self.source = InputSource()  # what the paste field holds, for the line below it
        self._source_before_open = self.source
        self._pending: DecodeRequest | None = None  # text in the field not yet explained
        self._user_sized = bool(settings.splitter)  # the person set the split (kept)
        self._connect()
        self.decoder.translate = QCoreApplication.translate
        self.decoder.want_english = language.language != "en"
        self._restore()
        self.results.code_section.set_folded(settings.codes_folded)
        self.results.show_empty()
        self._update_actions()
        QWidget.setTabOrder(self.paste_panel.clear_button, self.results)
        self.retranslate()

    def _connect(self) -> None:
        panel, actions = self.paste_panel, self.actions_
        panel.text_edited.connect(self._on_text_edited)
        panel.new_input.connect(lambda text: self.load_text(text))
        panel.files_dropped.connect(lambda files: self.open_file(files[0]))
        panel.paste_clicked.connect(self.paste_from_clipboard)
        panel.open_clicked.connect(self.ask_open_file)
        panel.clear_clicked.connect(self.clear)
        self.decoder.finished.connect(self._on_decoded)
        self.decoder.busy_changed.connect(self._on_busy)
        self.results.copy_requested.connect(self.copy_advice)
        self.results.link_clicked.connect(lambda url: self.seams.open_url(url))
        self.results.example_requested.connect(self._on_example_link)
        self.results.recipient_changed.connect(lambda: self._highlight(scroll=True))
        self.results.codes_folded_changed.connect(self._on_codes_folded)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        actions.open.triggered.connect(self.ask_open_file)
        actions.paste.triggered.connect(self.paste_from_clipboard)
        actions.copy_advice.triggered.connect(lambda: self.copy_advice(False))
        actions.copy_english.triggered.connect(lambda: self.copy_advice(True))
        actions.clear.triggered.connect(self.clear)
        actions.quit.triggered.connect(self.close)
        actions.help.triggered.connect(self.show_help)
        actions.about.triggered.connect(self.show_about)
        actions.examples_menu.triggered.connect(self._on_example)
        actions.language_group.triggered.connect(
            lambda action: self.set_language(action.data()))

    # --- input -----------------------------------------------------------------------------

    def _on_text_edited(self, text: str, immediate: bool) -> None:
        self.source = InputSource()
        if not text.strip():
            self._render_info()
            self._pending = None
            self.decoder.cancel()
            self.results.show_empty()
            self._update_actions()
            return
        self._render_info()
        self._pending = DecodeRequest(text, translate("MainWindow", "pasted text"),
                                      scroll_to_evidence=immediate)
        self.decoder.request(self._pending, 0 if immediate else TYPING_DELAY_MS)

    def load_text(self, text: str) -> None:
        """Text from outside the field (clipboard, a text drop): replaces the input."""
        self.source = InputSource()
        self.paste_panel.show_input(text)
        self._render_info()
        if not text.strip():
            self._pending = None
            self.decoder.cancel()
            self.results.show_empty()
            self._update_actions()
            return
        self._pending = DecodeRequest(text, translate("MainWindow", "pasted text"),
                                      scroll_to_evidence=True)
        self.decoder.request(self._pending)

    def open_file(self, path: Path, title: str | None = None) -> None:
        """Read ``path`` (off the UI thread) and explain it; ``title`` names an example."""
        if self.source.kind != "opening":
            self._source_before_open = self.source
        self.source = InputSource("example" if title else "opening", title or path.name)
        self._render_info()
        self.decoder.request(DecodeRequest(Path(path), title or path.name, show_in_field=True,
                                           scroll_to_evidence=True))

    def paste_from_clipboard(self) -> None:
        files = self.seams.clipboard_files()
        if files:
            self.open_file(files[0])
            return
        text = self.seams.clipboard_text()
        if not text.strip():
            self.statusBar().showMessage(translate(
                "MainWindow", "The clipboard holds no text. Copy the returned email first."),
                6000)
            return
        self.load_text(text)

    def ask_open_file(self) -> None:
        folder = self.settings.last_folder
        if not folder or not Path(folder).is_dir():
            from smtphelper.gui.paths import documents_dir

            folder = str(documents_dir())
        path = self.seams.ask_open_file(self, folder)
        if path is None:
            return
        self.settings.last_folder = str(path.parent)
        self.save_settings()
        self.open_file(path)

    def _on_example(self, action) -> None:  # noqa: ANN001 - QAction
        for candidate, example in self.actions_.example_actions:
            if candidate is action:
                self.open_example(example)

    def _on_example_link(self, name: str) -> None:
        for example in self.examples:
            if example.path.name == name:
                self.open_example(example)

    def open_example(self, example: Example) -> None:
        self.open_file(example.path, example.title)

    def clear(self) -> None:
        self._pending = None
        self.decoder.cancel()
        self.source = InputSource()
        self.paste_panel.clear()
        self.results.show_empty()
        self._update_actions()
        self.paste_panel.field.setFocus()

    # --- results ---------------------------------------------------------------------------

    def _on_decoded(self, result) -> None:  # noqa: ANN001 - DecodeResult
        request = result.request
        if result.read_error is not None:
            self.seams.show_warning(self, translate("MainWindow", "Cannot open the file"),
                                    guidance.read_error(result.read_error, request.source))
            self.source = self._source_before_open  # the field still holds that text
            self._render_info()
            if self._pending is not None:  # the field's text was still waiting: explain it
                self.decoder.request(self._pending)
            return
        if result.failure is not None:
            self._pending = None
            log_file = write_crash_log(result.failure)
            self.results.show_failure(str(log_file) if log_file else None)
            self._update_actions()
            return
        self._pending = None
        report = result.report
        if request.show_in_field:
            self.paste_panel.show_input(report.text)
            if self.source.kind == "opening":
                self.source = InputSource("file", self.source.name, result.file_size or 0)
            self.source.cut = result.file_cut
        self._render_info()
        if report.kind not in ("empty",):
            self._give_results_room()
        self.results.show_result(result, self._notes())
        self._highlight(scroll=request.scroll_to_evidence)
        self._update_actions()

    def _on_codes_folded(self, folded: bool) -> None:
        self.settings.codes_folded = folded
        self.save_settings()

    def _on_splitter_moved(self, *_: int) -> None:
        self._user_sized = True

    def _give_results_room(self) -> None:
        """Side by side, a shown result gets most of the width (the paste field shrinks to a
        third), unless the person has set the split themselves."""
        if self._user_sized or self.splitter.orientation() != Qt.Orientation.Horizontal:
            return
        total = sum(self.splitter.sizes())
        if total > 0 and self.splitter.sizes()[0] > total * RESULT_PASTE_SHARE + 2:
            paste = int(total * RESULT_PASTE_SHARE)
            self.splitter.setSizes([paste, total - paste])

    def _highlight(self, scroll: bool = False) -> None:
        report, recipient = self.results.report, self.results.recipient()
        if report is None:
            return
        variant = recipient.variant if recipient else None
        evidence = variant.evidence if variant is not None and not variant.generic else []
        context = recipient.diagnostic_span if recipient else None
        shown = self.paste_panel.highlight(report.text, evidence, context, scroll)
        self.results.set_evidence_visible(shown > 0)

    def _notes(self) -> list[str]:
        if not self.source.cut:
            return []
        return [translate("MainWindow", "This file is {size}; only its first {limit} were "
                                        "read.").format(size=data_size(self.source.size),
                                                        limit=data_size(MAX_FILE_BYTES))]

    def _render_info(self) -> None:
        source, text = self.source, ""
        if source.kind == "opening":
            text = translate("MainWindow", "Opening {name}…").format(name=source.name)
        elif source.kind == "file":
            text = translate("MainWindow", "File: {name} ({size})").format(
                name=source.name, size=data_size(source.size))
        elif source.kind == "example":
            text = translate("MainWindow", "Example: {title}").format(title=source.name)
        self.paste_panel.set_info(text)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(translate("MainWindow", "Reading the message…"))
        else:
            self.statusBar().clearMessage()

    def copy_advice(self, english: bool = False) -> None:
        text = self.results.advice_for(english)
        if not text:
            self.statusBar().showMessage(translate(
                "MainWindow", "There is no advice to copy yet: paste a returned email first."),
                6000)
            return
        self.seams.set_clipboard_text(text)
        self.results.advice_panel.confirm(english)

    def _update_actions(self) -> None:
        has_advice = self.results.advice_for() is not None
        self.actions_.copy_advice.setEnabled(has_advice)
        self.actions_.copy_english.setEnabled(has_advice and self.language.language != "en")
        self.actions_.copy_english.setVisible(self.language.language != "en")

    # --- help ------------------------------------------------------------------------------

    def show_help(self) -> None:
        heading, paragraphs = guidance.empty_state()
        self.seams.show_information(self, heading, "\n\n".join(paragraphs))

    def show_about(self) -> None:
        text = "".join((
            f"<h3>SMTP Helper {html.escape(__version__)}</h3>",
            "<p>", translate("MainWindow", "Explains returned emails (bounces) in plain "
                                           "language and says what to do next."), "</p>",
            "<p><b>", translate("MainWindow", "Works offline: your message never leaves this "
                                              "computer."), "</b></p>",
            "<p>", translate("MainWindow", "Licence: MIT"), "</p>",
        ))
        self.seams.show_about(self, translate("MainWindow", "About SMTP Helper"), text)

    # --- language --------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language.apply(language)
        self.settings.language = self.language.language
        self.save_settings()
        self.decoder.want_english = self.language.language != "en"
        self.retranslate()
        # The shown input is not decoded again: its report is said in the new language.
        result = self.results.result
        pending = self.decoder.current is not None and self.decoder.current is not (
            self.decoder.shown)
        if pending:
            self.decoder.redecode()  # still being decoded: ask again in the new language
        elif result is not None and result.raw is not None:
            self.results.show_result(in_language(result, QCoreApplication.translate,
                                                 self.decoder.want_english), self._notes())
            self._highlight()
            self._update_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "SMTP Helper: explain a returned email"))
        self.splitter.setAccessibleName(translate("MainWindow", "Message and explanation"))
        checked = self.actions_.languages.get(self.language.language)
        if checked is not None:
            checked.setChecked(True)
        self._render_info()
        self._update_actions()
        self.results.set_examples([(e.path.name, e.title) for e in self.examples])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.actions_.retranslate()
            self.retranslate()

    # --- window ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._splitter_restored:
            self._fit_orientation(event.size().width())

    def _fit_orientation(self, width: int) -> None:
        """Side by side when wide enough, else the message on top of the explanation."""
        wanted = Qt.Orientation.Horizontal if width >= NARROW_WIDTH else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            total = sum(self.splitter.sizes()) or 1000
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if local_files(mime) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        files = local_files(mime)
        if files:
            self.open_file(files[0])
        elif mime.hasText():
            self.load_text(mime.text())
        else:
            return
        event.acceptProposedAction()

    def _restore(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode()))
        else:
            self.resize(1180, 760)
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._splitter_restored:
            # After the first layout pass: the splitter has its final size by then.
            QTimer.singleShot(0, self._restore_splitter)

    def _restore_splitter(self) -> None:
        if self._splitter_restored:
            return
        self._splitter_restored = True
        state = QByteArray.fromBase64(self.settings.splitter.encode())
        # Twice: the first call may switch the orientation and then spreads the sizes along
        # the old one; the second applies them along the right one.
        if not (self.settings.splitter and self.splitter.restoreState(state)
                and self.splitter.restoreState(state)):
            total = sum(self.splitter.sizes()) or 1000
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        self._fit_orientation(self.width())
        if self.results.report is not None and self.results.report.kind != "empty":
            self._give_results_room()

    def save_settings(self) -> None:
        if self.store is not None:
            self.store.save(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.geometry = bytes(self.saveGeometry().toBase64()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64()).decode()
        self.settings.splitter = bytes(self.splitter.saveState().toBase64()).decode()
        self.save_settings()
        self.decoder.cancel()
        self.decoder.wait(3000)
        super().closeEvent(event)
