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

# No text on the stage smaller than 4 % of its height (31 px of 768), so the back of a larger
# room reads it: this is the smallest type size at 1024 x 768, a little above that.
SMALLEST_TEXT = 32

BULLET = "\u2022"  # a paragraph starting with "• " gets a hanging indent
PARAGRAPH_GAP = 0.35  # space between paragraphs, in lines: items of a list read apart


@dataclass(frozen=True)
class Fit:
    """The chosen size and whether the text fits at it (if not, the last line is elided)."""

    pixel_size: int
    fits: bool


def laid_out(text: str, font: QFont, width: float, wrap: bool = True,
             alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> list[QTextLayout]:
    """One QTextLayout per paragraph, lines no wider than ``width``, stacked from y = 0."""
    gap = QFontMetricsF(font).height() * PARAGRAPH_GAP
    layouts: list[QTextLayout] = []
    y = 0.0
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption(alignment)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap
                           else QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        y = _stack_lines(layout, width, _hanging_indent(paragraph, font), y) + gap
        layouts.append(layout)
    return layouts


def _hanging_indent(paragraph: str, font: QFont) -> float:
    if not paragraph.startswith(BULLET + " "):
        return 0.0
    return QFontMetricsF(font).horizontalAdvance(BULLET + " ")


def _stack_lines(layout: QTextLayout, width: float, indent: float, y: float) -> float:
    """Lay out the lines from ``y`` down (later lines indented); return the bottom."""
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        x = indent if line.lineNumber() > 0 else 0.0
        line.setLineWidth(max(1.0, width - x))
        line.setPosition(QPointF(x, y))
        y += line.height()
    layout.endLayout()
    return y


def _lines(layouts: list[QTextLayout]):
    for layout in layouts:
        for index in range(layout.lineCount()):
            yield layout, layout.lineAt(index)


def text_extent(text: str, font: QFont, width: float, wrap: bool = True) -> tuple[float, float]:
    """The widest line's natural width and the total height of the text laid out in ``width``."""
    layouts = laid_out(text, font, width, wrap)  # keep: a QTextLine dies with its layout
    lines = [line for _, line in _lines(layouts)]
    widest = max((line.x() + line.naturalTextWidth() for line in lines), default=0.0)
    height = max((line.y() + line.height() for line in lines), default=0.0)
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
        layouts = laid_out(self._text, font, self.width(), self._wrap, self._alignment)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.palette().windowText().color())
        if fit.fits:
            _, height = text_extent(self._text, font, self.width(), self._wrap)
            for layout in layouts:
                layout.draw(painter, QPointF(0, (self.height() - height) / 2))
        else:
            self._draw_elided(painter, layouts, font)
        painter.end()

    def _draw_elided(self, painter: QPainter, layouts: list[QTextLayout], font: QFont) -> None:
        """Too long even at the smallest size: show the lines that fit, the last one ending in …"""
        metrics = QFontMetricsF(font)
        lines = list(_lines(layouts))
        for position, (layout, line) in enumerate(lines):
            last_fitting = line.y() + 2 * line.height() > self.height()
            if last_fitting and position + 1 < len(lines):
                rest = " ".join([layout.text()[line.textStart():]]
                                + [other.text() for other in layouts[layouts.index(layout) + 1:]])
                elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight,
                                            self.width() - line.x())
                painter.setFont(font)
                box = QRectF(line.x(), line.y(), self.width() - line.x(), line.height())
                painter.drawText(box, int(self._alignment | Qt.AlignmentFlag.AlignTop), elided)
                return
            line.draw(painter, QPointF(0, 0))
