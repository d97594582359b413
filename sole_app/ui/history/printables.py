"""Printables for days without a projector or internet, as PDFs in a chosen language: a question
card (the big question in the largest type that fits an A4 landscape page) and a group's
recording sheet (our question, what we found, where, how sure, our new questions), with ruled
lines to write on by hand. Painted with QPainter on QPdfWriter, like the report (pdf.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from sole_app import APP_NAME
from sole_app.core.exports import labels
from sole_app.core.markup import to_plain_lines
from sole_app.core.translatable import Translate
from sole_app.ui.history.pdf import open_buffer, pdf_font, pdf_writer

CARD_POINTS = (20, 160)  # the question's smallest and largest type on the card
WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
# The sheet's writing spaces, by how many lines each gets of what is left of the page
SHEET_SPACES = ((labels.SHEET_FOUND, 9), (labels.SHEET_SOURCES, 4),
                (labels.SHEET_NEW_QUESTIONS, 4))


def question_card_pdf(question: str, translate: Translate, library: str = "") -> bytes:
    """One A4 landscape page: the question as large as it fits, the library's name below."""
    buffer = open_buffer()
    writer = pdf_writer(buffer, to_plain_lines(question)[:80], landscape=True)
    page = _page(writer)
    painter = QPainter(writer)
    try:
        area = page.adjusted(0, 0, 0, -2 * _footer_height(writer))
        text = to_plain_lines(question)
        painter.setFont(_fitting_font(writer, text, area))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(area, WRAP, text)
        _footer(painter, page, library)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def recording_sheet_pdf(question: str, translate: Translate, library: str = "") -> bytes:
    """One A4 page a group fills in by hand (see the module docstring)."""
    buffer = open_buffer()
    writer = pdf_writer(buffer, translate(labels.SHEET_TITLE))
    page = _page(writer)
    painter = QPainter(writer)
    try:
        _SheetPainter(painter, writer, translate).paint(page, to_plain_lines(question), library)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def _page(writer) -> QRectF:
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page.moveTo(0, 0)
    return page


def _points(writer, points: float) -> float:
    """A length in points, in the writer's pixels."""
    return points * writer.resolution() / 72


FOOTER_POINTS = 9


def _footer_height(writer) -> float:
    return QFontMetricsF(pdf_font(FOOTER_POINTS), writer).height()


def _footer(painter: QPainter, page: QRectF, library: str) -> None:
    """The library's name and the app's at the foot of the page (painted last)."""
    painter.setFont(pdf_font(FOOTER_POINTS))
    painter.setPen(Qt.GlobalColor.darkGray)
    bottom = Qt.AlignmentFlag.AlignBottom
    if library:
        painter.drawText(page, int(bottom | Qt.AlignmentFlag.AlignLeft), library)
    painter.drawText(page, int(bottom | Qt.AlignmentFlag.AlignRight), APP_NAME)


def _fitting_font(writer, text: str, area: QRectF):
    """The largest bold type, within CARD_POINTS, at which ``text`` wraps into ``area``."""
    low, high = CARD_POINTS
    while high - low > 1:
        middle = (low + high) // 2
        needed = QFontMetricsF(pdf_font(middle, bold=True), writer).boundingRect(
            area, WRAP, text)
        if needed.height() <= area.height() and needed.width() <= area.width():
            low = middle
        else:
            high = middle
    return pdf_font(low, bold=True)


class _SheetPainter:
    """Paints the recording sheet from the top of the page down."""

    def __init__(self, painter: QPainter, writer, translate: Translate) -> None:
        self.painter, self.writer, self.translate = painter, writer, translate
        self.top = 0.0

    def paint(self, page: QRectF, question: str, library: str) -> None:
        bottom = page.bottom() - 2 * _footer_height(self.writer)
        self.text(page, self.translate(labels.SHEET_TITLE), 20, bold=True)
        self.top += _points(self.writer, 6)
        self.label_and_line(page, self.translate(labels.SHEET_GROUP))
        self.heading(page, self.translate(labels.SHEET_QUESTION))
        self.top += _points(self.writer, 4)
        self.text(page, question, 14)
        spaces = self._spaces_height(page)
        line_gap = (bottom - self.top - spaces) / sum(lines for _label, lines in SHEET_SPACES)
        for label, lines in SHEET_SPACES[:2]:
            self.heading(page, self.translate(label))
            self.ruled(page, lines, line_gap)
        self.certainty(page)
        label, lines = SHEET_SPACES[2]
        self.heading(page, self.translate(label))
        self.ruled(page, lines, line_gap)
        _footer(self.painter, page, library)

    def _spaces_height(self, page: QRectF) -> float:
        """The height of the headings and the certainty boxes still to come."""
        heading = QFontMetricsF(pdf_font(12, bold=True), self.writer).height()
        return 4 * (heading + _points(self.writer, 14)) + _points(self.writer, 30)

    def text(self, page: QRectF, words: str, points: float, bold: bool = False) -> None:
        font = pdf_font(points, bold)
        area = QRectF(page.left(), self.top, page.width(), page.bottom() - self.top)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        needed = QFontMetricsF(font, self.writer).boundingRect(area, flags, words)
        self.painter.setFont(font)
        self.painter.setPen(Qt.GlobalColor.black)
        self.painter.drawText(area, flags, words)
        self.top += needed.height()

    def heading(self, page: QRectF, words: str) -> None:
        self.top += _points(self.writer, 14)
        self.text(page, words, 12, bold=True)

    def label_and_line(self, page: QRectF, words: str) -> None:
        self.heading(page, words)
        self.ruled(page, 1, _points(self.writer, 26))

    def ruled(self, page: QRectF, lines: int, gap: float) -> None:
        self.painter.setPen(QPen(Qt.GlobalColor.gray, _points(self.writer, 0.6)))
        for _line in range(lines):
            self.top += gap
            self.painter.drawLine(page.left(), self.top, page.right(), self.top)

    def certainty(self, page: QRectF) -> None:
        self.heading(page, self.translate(labels.SHEET_CERTAINTY))
        self.top += _points(self.writer, 6)
        size, left = _points(self.writer, 14), page.left()
        font = pdf_font(12)
        metrics = QFontMetricsF(font, self.writer)
        for value in ("not_sure", "fairly_sure", "very_sure"):
            box = QRectF(left, self.top, size, size)
            self.painter.setPen(QPen(Qt.GlobalColor.black, _points(self.writer, 1)))
            self.painter.drawRect(box)
            words = self.translate(labels.CERTAINTIES[value])
            self.painter.setFont(font)
            self.painter.drawText(QRectF(box.right() + size / 2, self.top - size, page.width(),
                                         3 * size), int(Qt.AlignmentFlag.AlignVCenter), words)
            left += size * 3 + metrics.horizontalAdvance(words)
        self.top += size
