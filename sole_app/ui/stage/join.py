"""The group page's address for the room: a QR code and the address in large letters.

One widget, drawn on the laptop (the Group devices tab), in the stage preview and on the
projector. The QR code comes from segno (pure Python) as a PNG, drawn with its modules kept
square and sharp at any size.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import segno
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from sole_app.ui.stage.fit import SMALLEST_TEXT, FittedText

QUIET_ZONE = 4  # modules of white around the code, as scanners expect
PAPER, INK = QColor("#ffffff"), QColor("#111111")


@dataclass(frozen=True)
class JoinCard:
    """What the room is shown to join: the page's address (carrying the session's code)."""

    address: str


@lru_cache(maxsize=8)
def qr_image(text: str) -> QImage:
    """The QR code of ``text``, one pixel per module, with its quiet zone."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=1,
                                                  border=QUIET_ZONE)
    return QImage.fromData(buffer.getvalue(), "PNG")


class QrCode(QWidget):
    """A QR code drawn as large as fits, in whole pixels per module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinQrCode")
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(300, 300)

    def code_rect(self) -> QRect:
        """Where the code is drawn: a centred square, a whole number of pixels per module."""
        if not self._text:
            return QRect()
        modules = qr_image(self._text).width()
        scale = max(1, min(self.width(), self.height()) // modules)
        side = modules * scale
        box = QRect(0, 0, side, side)
        box.moveCenter(self.rect().center())
        return box

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.code_rect(), qr_image(self._text))
        painter.end()


class JoinCardView(QWidget):
    """The QR code with the address under it and a line saying what to do; the words shrink to
    fit (an address is one long word), as the stage's question does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinCard")
        self.setAccessibleName("joinCard")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), PAPER)
        palette.setColor(self.foregroundRole(), INK)
        self.setPalette(palette)
        self.title = FittedText(self)
        self.title.setObjectName("joinTitle")
        self.code = QrCode(self)
        self.address = FittedText(self)
        self.address.setObjectName("joinAddress")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.code, 12)
        layout.addWidget(self.address, 3)
        self.set_card(None)
        self.set_unit(1.0)

    def set_card(self, card: JoinCard | None) -> None:
        self.title.setText(self.tr("Scan the code or type the address"))
        self.code.set_text(card.address if card else "")
        self.address.setText(shown_address(card.address) if card else "")

    def set_unit(self, unit: float) -> None:
        """Text sizes for a stage scaled by ``unit`` (1.0 = a 1024 x 768 projector)."""
        # Nothing under 4 % of the stage's height, as everywhere on the stage (SMALLEST_TEXT)
        self.title.set_size_range(max(8, round(SMALLEST_TEXT * unit)), max(10, round(40 * unit)))
        self.address.set_size_range(max(8, round(SMALLEST_TEXT * unit)),
                                    max(10, round(56 * unit)))
        font = QFont(self.address.font())
        font.setBold(True)
        self.address.setFont(font)
        margin = round(8 * unit)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.layout().setSpacing(margin)


def shown_address(address: str) -> str:
    """The address as a child types it: browsers add the http:// themselves."""
    return address.removeprefix("http://")
