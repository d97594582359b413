"""How far the phase has gone, as a thick outlined bar (hatched once time is up)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sole_app.ui.stage.paint import INK, PAPER


class StageProgress(QWidget):
    """A bar filling from left to right; past the end it is full and hatched."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fraction = 0.0
        self._overtime = False
        self._colour = QColor(INK)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Opaque, on the stage's paper: as it moves each second, the stage beneath it (its
        # frame, the question) is not painted again with it (bench/bench_idle.py)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, PAPER)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def fraction(self) -> float:
        return self._fraction

    def set_progress(self, elapsed: float, total: float, colour: QColor = INK) -> None:
        fraction = min(1.0, max(0.0, elapsed / total)) if total > 0 else 0.0
        overtime = total > 0 and elapsed > total
        if (fraction, overtime, colour) != (self._fraction, self._overtime, self._colour):
            self._fraction, self._overtime, self._colour = fraction, overtime, QColor(colour)
            self.setAccessibleDescription(f"{round(fraction * 100)}%")
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = max(2.0, self.height() / 8)
        half = outline / 2
        box = QRectF(self.rect()).adjusted(half, half, -half, -half)
        filled = QRectF(box.left(), box.top(), box.width() * self._fraction, box.height())
        painter.fillRect(filled, self._colour)
        if self._overtime:
            painter.fillRect(filled, QBrush(QColor("#f7f5ef"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(self._colour, outline))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.end()
