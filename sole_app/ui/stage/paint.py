"""The stage's look: colours, and the frame that tells the room how much time is left.

The state never rests on colour alone. Each level has its own frame *shape* as well as a word
next to the countdown: none while running, a solid frame for the first warning, a wide striped
frame for the last minute and for overtime (and then the clock turns light-on-dark), a dashed
frame while paused.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from sole_app.core.session.countdown import Level

# Dark text on warm white: reads best in a lit library and keeps the room bright enough to work.
PAPER = QColor("#f7f5ef")
INK = QColor("#111111")
PAUSED_INK = QColor("#5c5c5c")
WARNING = QColor("#8a4b00")
FINAL = QColor("#a3001b")
BLACK = QColor("#000000")


class FrameKind(StrEnum):
    NONE = "none"
    SOLID = "solid"
    STRIPES = "stripes"
    DASHED = "dashed"


@dataclass(frozen=True)
class FrameStyle:
    """How the border around the stage looks; thickness is a share of the frame allowance."""

    kind: FrameKind
    colour: str = "#111111"
    share: float = 1.0


FRAMES = {
    Level.IDLE: FrameStyle(FrameKind.NONE),
    Level.RUNNING: FrameStyle(FrameKind.NONE),
    Level.WARNING: FrameStyle(FrameKind.SOLID, WARNING.name(), 0.5),
    Level.FINAL: FrameStyle(FrameKind.STRIPES, FINAL.name(), 1.0),
    Level.OVERTIME: FrameStyle(FrameKind.STRIPES, FINAL.name(), 1.0),
}
PAUSED_FRAME = FrameStyle(FrameKind.DASHED, PAUSED_INK.name(), 0.5)


def frame_for(level: Level, paused: bool) -> FrameStyle:
    return PAUSED_FRAME if paused else FRAMES.get(level, FRAMES[Level.IDLE])


def paint_frame(painter: QPainter, outer: QRectF, style: FrameStyle, allowance: float) -> None:
    """Draw the border inside ``outer``'s edge; ``allowance`` is the widest border in pixels."""
    thickness = max(2.0, allowance * style.share)
    if style.kind == FrameKind.SOLID:
        _fill_ring(painter, outer, thickness, QColor(style.colour))
    elif style.kind == FrameKind.STRIPES:
        _striped_ring(painter, outer, thickness, QColor(style.colour))
    elif style.kind == FrameKind.DASHED:
        _dashed_ring(painter, outer, thickness, QColor(style.colour))


def _ring(outer: QRectF, thickness: float) -> QPainterPath:
    path = QPainterPath()
    path.addRect(outer)
    path.addRect(outer.adjusted(thickness, thickness, -thickness, -thickness))
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


def _fill_ring(painter: QPainter, outer: QRectF, thickness: float, colour: QColor) -> None:
    painter.fillPath(_ring(outer, thickness), colour)


def _striped_ring(painter: QPainter, outer: QRectF, thickness: float, colour: QColor) -> None:
    """Diagonal hazard stripes: a pattern that reads as "urgent" even in black and white."""
    painter.save()
    painter.setClipPath(_ring(outer, thickness))
    painter.fillRect(outer, colour)
    stripe = thickness * 0.7
    painter.setPen(QPen(PAPER, stripe, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    step = stripe * 2.2
    x = outer.left() - outer.height()
    while x < outer.right():
        painter.drawLine(QLineF(x, outer.bottom(), x + outer.height(), outer.top()))
        x += step
    painter.restore()


def _dashed_ring(painter: QPainter, outer: QRectF, thickness: float, colour: QColor) -> None:
    """Square corners and even dashes along each side: "stopped, waiting" in any colour."""
    painter.save()
    painter.setClipPath(_ring(outer, thickness))
    dash = thickness * 2.5
    for start, end in _sides(outer, thickness / 2):
        line = QLineF(start, end)
        count = max(1, round(line.length() / (2 * dash)))
        for index in range(count):
            piece = QLineF(line.pointAt((2 * index) / (2 * count)),
                           line.pointAt((2 * index + 1) / (2 * count)))
            painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(piece)
    for corner in (outer.topLeft(), outer.topRight(), outer.bottomLeft(), outer.bottomRight()):
        square = QRectF(0, 0, thickness * 2, thickness * 2)
        square.moveCenter(corner)
        painter.fillRect(square, colour)
    painter.restore()


def _sides(outer: QRectF, inset: float):
    box = outer.adjusted(inset, inset, -inset, -inset)
    corners = [box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()]
    return [(corners[index], corners[(index + 1) % 4]) for index in range(4)]
