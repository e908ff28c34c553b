"""Calm explanations for the states without a bounce: empty, not recognised, not text, error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smtphelper.core.model import Report
from smtphelper.gui.text_widgets import TextLabel, column

translate = QCoreApplication.translate


def empty_state() -> tuple[str, list[str]]:
    return (translate("Guidance", "Explain a returned email"), [
        translate("Guidance", "When an email comes back to you as undeliverable, SMTP Helper "
                  "tells you in plain words what went wrong and what to do next. It works "
                  "offline: your message never leaves this computer."),
        translate("Guidance", "1. Open the returned email in your mail program. Its subject "
                  "often says “Undeliverable”, “Nelze doručit” or “Mail delivery failed”."),
        translate("Guidance", "2. Select all its text (Ctrl+A) and copy it (Ctrl+C)."),
        translate("Guidance", "3. Paste it into the large field (Ctrl+V), or click "
                  "“Paste from clipboard”."),
        translate("Guidance", "Or save the returned email as a file (.eml) and drop it on this "
                  "window, or open it with “Open file”. To see how it works first, try an "
                  "example."),
    ])


def unrecognised(report: Report) -> tuple[str, list[str]]:
    lines = report.text.count("\n") + 1
    read = translate("Guidance", "SMTP Helper read the whole text (lines: {count}) but found no "
                     "delivery error and no mail server code in it.").format(count=lines)
    if report.subject:
        read += " " + translate("Guidance", "The subject of the original message is "
                                "“{subject}”.").format(subject=report.subject)
    return (translate("Guidance", "What to try next"), [
        read,
        translate("Guidance", "• Make sure you copied the whole returned email, including "
                  "the part where the server explains the problem. It is often further down, "
                  "or in an attachment such as “details.txt” or “ATT00001”."),
        translate("Guidance", "• If your mail program shows the bounce as an attachment, open "
                  "that attachment and copy its text too."),
        translate("Guidance", "• Save the returned email as a file (.eml) and drop it here: "
                  "the file holds parts that copying sometimes leaves out."),
        translate("Guidance", "• If you only have the error line, paste just that line. It "
                  "usually starts with a three-digit code such as 550."),
    ])


def not_text() -> tuple[str, list[str]]:
    return (translate("Guidance", "What to try next"), [
        translate("Guidance", "• Open the returned email itself in your mail program, select "
                  "all its text (Ctrl+A), copy it (Ctrl+C) and paste it here."),
        translate("Guidance", "• Or save the returned email as an .eml file (in most mail "
                  "programs: drag it to the desktop, or File › Save As) and drop that file "
                  "here."),
    ])


def failure(log_file: str | None) -> tuple[str, list[str]]:
    paragraphs = [translate("Guidance", "Your text is safe in the message field. SMTP "
                            "Helper could not explain it because of a fault in the program "
                            "itself.")]
    if log_file:
        paragraphs.append(translate("Guidance", "The technical details were saved to {path}. "
                                    "Sending that file to the developers helps them fix "
                                    "it.").format(path=log_file))
    return (translate("Guidance", "Something went wrong while reading this text"), paragraphs)


def read_error(kind: str, name: str) -> str:
    messages = {
        "missing": translate("Guidance", "The file “{name}” no longer exists."),
        "folder": translate("Guidance", "“{name}” is a folder. Open the email file inside "
                            "it instead."),
        "denied": translate("Guidance", "You do not have permission to read “{name}”."),
        "special": translate("Guidance", "“{name}” is not an ordinary file but a special "
                             "one (such as a pipe or a device), so it was not opened. Save "
                             "the email as a file and open that file."),
        "unreadable": translate("Guidance", "The file “{name}” could not be read."),
    }
    return messages.get(kind, messages["unreadable"]).format(name=name)


class GuidancePanel(QWidget):
    """A heading and a few paragraphs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextLabel(size=1.1, bold=True)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        column(self, 8, self.heading, self.body)
        self.paragraphs: list[TextLabel] = []

    def show_text(self, heading: str, paragraphs: list[str]) -> None:
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        while len(self.paragraphs) < len(paragraphs):
            label = TextLabel(parent=self)
            self.body.addWidget(label)
            self.paragraphs.append(label)
        for index, label in enumerate(self.paragraphs):
            text = paragraphs[index] if index < len(paragraphs) else ""
            label.setText(text)
            label.setVisible(bool(text))
