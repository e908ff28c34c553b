"""The verdict banner: one sentence of what happened, with a colour AND a drawn symbol.

The symbol's shape carries the meaning on its own (a cross for a permanent failure, an
hourglass for a delay, a tick for delivered, an "i" for information), so nothing depends on
colour alone. Colours are picked for the light or dark system palette, text always with enough
contrast against its background.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from smtphelper.gui.text_widgets import TextLabel


class Tone(Enum):
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    DELIVERED = "delivered"
    INFO = "info"


@dataclass(frozen=True)
class Colours:
    background: str
    accent: str  # border stripe and symbol
    text: str


LIGHT = {
    Tone.PERMANENT: Colours("#fbe9e7", "#b71c1c", "#4e0d0d"),
    Tone.TEMPORARY: Colours("#fff3dc", "#9a5b00", "#3f2600"),
    Tone.DELIVERED: Colours("#e6f4e7", "#1b6e20", "#0f3312"),
    Tone.INFO: Colours("#e7effa", "#1a5599", "#0e2c50"),
}
DARK = {
    Tone.PERMANENT: Colours("#4a1c1a", "#ff8a80", "#ffe4e0"),
    Tone.TEMPORARY: Colours("#44310c", "#ffc766", "#fff1d8"),
    Tone.DELIVERED: Colours("#1b3a1e", "#8fd694", "#e2f6e3"),
    Tone.INFO: Colours("#1a2e48", "#8ec5ff", "#e1edfc"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours_for(tone: Tone, palette: QPalette) -> Colours:
    return (DARK if is_dark(palette) else LIGHT)[tone]


class ToneSymbol(QWidget):
    """A round symbol drawn with QPainter (crisp at any scale, no font needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = Tone.INFO
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = int(self.fontMetrics().height() * 2.2)
        return QSize(side, side)

    def set_tone(self, tone: Tone) -> None:
        self.tone = tone
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        colours = colours_for(self.tone, self.palette())
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        painter.scale(side / 24, side / 24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.accent))
        painter.drawEllipse(QRectF(1, 1, 22, 22))
        pen = QPen(QColor(colours.background), 2.6, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.tone is Tone.PERMANENT:
            painter.drawLine(QPointF(8, 8), QPointF(16, 16))
            painter.drawLine(QPointF(16, 8), QPointF(8, 16))
        elif self.tone is Tone.DELIVERED:
            path = QPainterPath(QPointF(7, 12.5))
            path.lineTo(10.5, 16)
            path.lineTo(17, 8.5)
            painter.drawPath(path)
        elif self.tone is Tone.TEMPORARY:
            painter.setPen(QPen(QColor(colours.background), 1.8, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            glass = QPainterPath(QPointF(8, 6.5))
            for x, y in ((16, 6.5), (12, 12), (16, 17.5), (8, 17.5), (12, 12), (8, 6.5)):
                glass.lineTo(x, y)
            painter.drawPath(glass)
            painter.setBrush(QColor(colours.background))
            sand = QPainterPath(QPointF(9.6, 16.6))
            for x, y in ((14.4, 16.6), (12, 14.2)):
                sand.lineTo(x, y)
            sand.closeSubpath()
            painter.drawPath(sand)
        else:
            painter.drawLine(QPointF(12, 11), QPointF(12, 17))
            painter.setBrush(QColor(colours.background))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(12, 7.3), 1.6, 1.6)
        painter.end()


class VerdictBanner(QWidget):
    """Symbol, verdict sentence (large) and a second line (what sending again would do)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = Tone.INFO
        self.symbol = ToneSymbol(self)
        self.headline = TextLabel(size=1.25, bold=True, tab_stop=False)
        self.detail = TextLabel(tab_stop=False)
        # The banner itself is the stop in the focus order: a screen reader reads the verdict
        # (its accessible name) and the rest of it (its description) in one go.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 14, 12)
        row.setSpacing(12)
        row.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self._apply_colours()

    def show_verdict(self, tone: Tone, headline: str, detail: str, tone_name: str) -> None:
        """``tone_name`` says the tone in words, for screen readers ("Permanent failure")."""
        self.tone = tone
        self.symbol.set_tone(tone)
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.symbol.setAccessibleName(tone_name)
        self.setAccessibleName(f"{tone_name}: {headline}")
        self.setAccessibleDescription(detail)
        self._apply_colours()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusOutEvent(event)
        self.update()

    def _apply_colours(self) -> None:
        colours = colours_for(self.tone, self.palette())
        for label in (self.headline, self.detail):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
            label.setPalette(palette)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        colours = colours_for(self.tone, self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(colours.accent), 1))
        painter.setBrush(QColor(colours.background))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.accent))
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 12, rect.height()), 6, 6)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.left(), rect.top(), 6, rect.height()))
        painter.drawPath(stripe.intersected(clip))
        if self.hasFocus():
            draw_focus_frame(painter, QRectF(self.rect()), self.palette())
        painter.end()


def draw_focus_frame(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A clear 2-pixel frame in the palette's highlight colour, inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
    painter.restore()
