"""The bundled example bounces (``resources/examples/*.eml``) behind "Try an example"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from smtphelper.core.i18n import QT_TRANSLATE_NOOP
from smtphelper.core.resources import resources_dir

# Menu titles, in menu order; an example file missing here is listed by its file name.
TITLES = {
    "postfix-user-unknown.eml": QT_TRANSLATE_NOOP(
        "Examples", "The address does not exist (Postfix)"),
    "gmail-mailbox-full.eml": QT_TRANSLATE_NOOP(
        "Examples", "The recipient's mailbox is full (Gmail)"),
    "microsoft-blocklist.eml": QT_TRANSLATE_NOOP(
        "Examples", "Your provider's server is on a block list (Microsoft)"),
    "czech-domain-not-found.eml": QT_TRANSLATE_NOOP(
        "Examples", "Nelze doručit: the domain does not exist (Czech)"),
    "delayed-greylisting.eml": QT_TRANSLATE_NOOP(
        "Examples", "Delayed, the server is still trying (greylisting)"),
    "exim-several-recipients.eml": QT_TRANSLATE_NOOP(
        "Examples", "Several recipients, different problems (Exim)"),
}


@dataclass(frozen=True)
class Example:
    path: Path
    title_source: str  # untranslated title (translate at display time)

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Examples", self.title_source)


def examples_dir() -> Path:
    return resources_dir() / "examples"


def bundled_examples() -> list[Example]:
    folder = examples_dir()
    try:
        files = {path.name: path for path in folder.glob("*.eml") if path.is_file()}
    except OSError:
        return []
    ordered = [Example(files.pop(name), title) for name, title in TITLES.items()
               if name in files]
    ordered += [Example(path, path.stem.replace("-", " ")) for _, path in sorted(files.items())]
    return ordered
