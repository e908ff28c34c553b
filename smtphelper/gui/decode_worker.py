"""Decoding off the UI thread, with a generation counter so only current results are shown.

``DecodeController.request`` takes what the user gave (text, file bytes, or a file path to
read), optionally after a debounce delay, and runs ``decode`` in a small thread pool. Every
request bumps the generation; a result is delivered through ``finished`` only when it belongs
to the latest request, so a slow decode of old text can never replace newer results.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from smtphelper import filereading
from smtphelper.core.decode import decode
from smtphelper.core.i18n import Translate, no_translation
from smtphelper.core.model import Report
from smtphelper.gui.localise import deferring, localise

MAX_FILE_BYTES = 50 * 1024 * 1024  # read at most this much of one file
BUSY_AFTER_MS = 150  # say "reading..." only when a decode takes noticeably long


@dataclass
class DecodeRequest:
    data: str | bytes | Path  # a Path is read (up to MAX_FILE_BYTES) by the worker
    source: str  # a name for the input: file name, "pasted text", example title
    show_in_field: bool = False  # the paste field should show the decoded text
    scroll_to_evidence: bool = False  # bring the matched words into view when shown


@dataclass
class DecodeResult:
    generation: int
    request: DecodeRequest
    report: Report | None = None
    english: Report | None = None  # the same report in English (for "Copy in English")
    raw: Report | None = None  # as decoded, with deferred strings: any language from it
    text_key: int = 0  # identifies the message text (keeps checklist ticks per message)
    file_size: int | None = None  # size on disk, for files
    file_cut: bool = False  # the file was larger than MAX_FILE_BYTES; only its start was read
    read_error: str | None = None  # "missing", "folder", "denied", "special", "unreadable"
    failure: str | None = None  # traceback text when decoding itself raised


def read_file_head(path: Path, limit: int = MAX_FILE_BYTES) -> tuple[bytes, int, bool]:
    """The first ``limit`` bytes of ``path``, its size, and whether it was cut; only a regular
    file is read (a pipe, device or socket raises ``NotARegularFile`` without blocking)."""
    return filereading.read_file_head(path, limit)


def read_error_kind(error: OSError) -> str:
    if isinstance(error, filereading.NotARegularFile):
        return "special"
    if isinstance(error, IsADirectoryError):
        return "folder"
    if isinstance(error, FileNotFoundError):
        return "missing"
    if isinstance(error, PermissionError):
        return "denied"
    return "unreadable"


def in_language(result: DecodeResult, translate: Translate, want_english: bool
                ) -> DecodeResult:
    """``result`` said in another language (after a language switch), without decoding."""
    if result.raw is None:
        return result
    report = localise(result.raw, translate)
    english = localise(result.raw, no_translation) if want_english else report
    return replace(result, report=report, english=english)


def run_request(generation: int, request: DecodeRequest, translate: Translate,
                want_english: bool) -> DecodeResult:
    """Do the work of one request (any thread): read the file if needed, then decode."""
    result = DecodeResult(generation, request)
    data = request.data
    if isinstance(data, Path):
        try:
            data, result.file_size, result.file_cut = read_file_head(data)
        except OSError as error:
            result.read_error = read_error_kind(error)
            return result
        # Later re-decodes (language switch) reuse these bytes instead of reading again.
        result.request = replace(request, data=data)
    try:
        # Decoded once, whatever the language: the strings are said in a language afterwards.
        result.raw = decode(data, request.source, deferring)
        result.report = localise(result.raw, translate)
        result.english = localise(result.raw, no_translation) if want_english else result.report
        result.text_key = hash(result.raw.text)
    except Exception:  # noqa: BLE001 - a decoder bug must not take the window down
        result.failure = traceback.format_exc()
    return result


class _DecodeJob(QRunnable):
    def __init__(self, controller: DecodeController, generation: int,
                 request: DecodeRequest) -> None:
        super().__init__()
        self.controller = controller
        self.generation = generation
        self.request = request
        self.translate = controller.translate
        self.want_english = controller.want_english

    def run(self) -> None:
        if self.generation != self.controller.generation:
            return  # superseded before it started: do not spend time on it
        result = run_request(self.generation, self.request, self.translate, self.want_english)
        try:
            self.controller.job_done.emit(result)
        except RuntimeError:  # the window was closed meanwhile
            pass


class DecodeController(QObject):
    """Owns the worker threads, the debounce timer and the generation counter."""

    finished = Signal(object)  # DecodeResult of the latest request
    busy_changed = Signal(bool)
    job_done = Signal(object)  # internal: any job, emitted from a worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.translate: Translate = no_translation
        self.want_english = False
        self.current: DecodeRequest | None = None
        self.shown: DecodeRequest | None = None  # the input whose result is on screen
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._debounce = QTimer(self, singleShot=True)
        self._debounce.timeout.connect(self._submit)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_changed.emit(True))
        self.job_done.connect(self._on_job_done)

    def request(self, request: DecodeRequest, delay_ms: int = 0) -> int:
        """Decode ``request`` after ``delay_ms`` (restarted by every new request)."""
        self.generation += 1
        self.current = request
        self._debounce.start(max(0, delay_ms))
        return self.generation

    def redecode(self) -> None:
        """Decode the current input again (after a language change), at once."""
        if self.current is not None:
            self.request(replace(self.current, scroll_to_evidence=False))

    def cancel(self) -> None:
        """Forget the current input: pending and running work will not be shown."""
        self.generation += 1
        self.current = self.shown = None
        self._debounce.stop()
        self._set_idle()

    def _submit(self) -> None:
        if self.current is None:
            return
        self.pool.start(_DecodeJob(self, self.generation, self.current))
        if not self._busy_timer.isActive():
            self._busy_timer.start()

    def _on_job_done(self, result: DecodeResult) -> None:
        if result.generation != self.generation:
            return
        if result.read_error is None:
            # Keep the bytes read instead of the path, and show the text only once.
            self.current = replace(result.request, show_in_field=False,
                                   scroll_to_evidence=False)
            self.shown = self.current
        else:
            self.current = self.shown  # the input still on screen stays the current one
        self._set_idle()
        self.finished.emit(result)

    def _set_idle(self) -> None:
        self._busy_timer.stop()
        self.busy_changed.emit(False)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running jobs (before the window closes, and in tests)."""
        self._debounce.stop()
        self.pool.clear()
        return self.pool.waitForDone(msecs)
