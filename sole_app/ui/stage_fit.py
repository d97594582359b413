"""Text that fills its box: the largest type at which word-wrapped text fits, never scrolled.

The stage shows a question of five words or of five lines in the same box. The layout wraps at
word boundaries and breaks inside a word only when one word alone is wider than the box, so a
pasted web address cannot overflow. Results are cached: the search runs again only when the text,
the box or the font changes, not on every repaint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE_SEPARATOR = "\u2028"  # what QTextLayout treats as a line break inside one paragraph
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Fit:
    """The chosen size and whether the text fits at it (if not, the last line is elided)."""

    pixel_size: int
    fits: bool


def laid_out(text: str, font: QFont, width: float, wrap: bool = True,
             alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> QTextLayout:
    """A QTextLayout of the text in lines no wider than ``width``, stacked from y = 0."""
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR), font)
    option = QTextOption(alignment)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def text_extent(text: str, font: QFont, width: float, wrap: bool = True) -> tuple[float, float]:
    """The widest line's natural width and the total height of the text laid out in ``width``."""
    layout = laid_out(text, font, width, wrap)
    lines = [layout.lineAt(index) for index in range(layout.lineCount())]
    widest = max((line.naturalTextWidth() for line in lines), default=0.0)
    height = sum(line.height() for line in lines)
    return widest, height


def font_at(font: QFont, pixel_size: int) -> QFont:
    sized = QFont(font)
    sized.setPixelSize(max(1, pixel_size))
    return sized


def fits_at(text: str, font: QFont, pixel_size: int, box: QSize, wrap: bool = True) -> bool:
    widest, height = text_extent(text, font_at(font, pixel_size), box.width(), wrap)
    return widest <= box.width() + 0.5 and height <= box.height() + 0.5


def best_fit(text: str, font: QFont, box: QSize, minimum: int, maximum: int,
             wrap: bool = True) -> Fit:
    """The largest pixel size in [minimum, maximum] at which the text fits the box."""
    key = (text, font.key(), box.width(), box.height(), minimum, maximum, wrap)
    return _best_fit_cached(key, text, font, box, minimum, maximum, wrap)


_cache: dict[tuple, Fit] = {}
_CACHE_LIMIT = 512


def _best_fit_cached(key, text, font, box, minimum, maximum, wrap) -> Fit:
    found = _cache.get(key)
    if found is None:
        found = _search(text, font, box, minimum, maximum, wrap)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = found
    return found


def _search(text, font, box, minimum, maximum, wrap) -> Fit:
    minimum = max(1, min(minimum, maximum))
    if box.width() <= 0 or box.height() <= 0:
        return Fit(minimum, False)
    if not text.strip():
        return Fit(maximum, True)
    if not fits_at(text, font, minimum, box, wrap):
        return Fit(minimum, False)
    low, high = minimum, maximum
    while low < high:  # invariant: the text fits at `low`
        middle = (low + high + 1) // 2
        if fits_at(text, font, middle, box, wrap):
            low = middle
        else:
            high = middle - 1
    return Fit(low, True)


class FittedText(QWidget):
    """Paints its text at the largest size that fits, within a size range the owner sets.

    ``sizing_text`` lets a countdown keep one size while its digits change ("+88:88").
    """

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = True,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter):
        super().__init__(parent)
        self._text = ""
        self._sizing_text = ""
        self._wrap = wrap
        self._alignment = alignment
        self._range = (12, 96)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name, so tests read it alike)
        if text != self._text:
            self._text = text
            self.setAccessibleDescription(text)
            self.update()

    def set_sizing_text(self, text: str) -> None:
        if text != self._sizing_text:
            self._sizing_text = text
            self.update()

    def set_size_range(self, minimum: int, maximum: int) -> None:
        if (minimum, maximum) != self._range:
            self._range = (minimum, maximum)
            self.update()

    def set_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def fit(self) -> Fit:
        """The size the text is painted at in the widget's current box."""
        measured = self._sizing_text or self._text
        return best_fit(measured, self.font(), self.size(), *self._range, wrap=self._wrap)

    def shown_font(self) -> QFont:
        return font_at(self.font(), self.fit().pixel_size)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._text:
            return
        fit = self.fit()
        font = font_at(self.font(), fit.pixel_size)
        layout = laid_out(self._text, font, self.width(), self._wrap, self._alignment)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.palette().windowText().color())
        if fit.fits:
            _, height = text_extent(self._text, font, self.width(), self._wrap)
            layout.draw(painter, QPointF(0, (self.height() - height) / 2))
        else:
            self._draw_elided(painter, layout, font)
        painter.end()

    def _draw_elided(self, painter: QPainter, layout: QTextLayout, font: QFont) -> None:
        """Too long even at the smallest size: show the lines that fit, the last one ending in …"""
        metrics = QFontMetricsF(font)
        shown_text = layout.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            next_bottom = line.y() + 2 * line.height()
            if next_bottom > self.height() and index + 1 < layout.lineCount():
                rest = shown_text[line.textStart():].replace(LINE_SEPARATOR, " ")
                elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, self.width())
                painter.setFont(font)
                box = QRectF(0, line.y(), self.width(), line.height())
                painter.drawText(box, int(self._alignment | Qt.AlignmentFlag.AlignTop), elided)
                return
            line.draw(painter, QPointF(0, 0))
